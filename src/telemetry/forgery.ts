/**
 * Span names starting with `clnrm.` are the runner's. A span of the system
 * under test (received over OTLP or read from a step's stdout) that takes such
 * a name, or the id of one of the runner's spans, would let the system under
 * test satisfy expectations about what the runner did (`clnrm.cleanup`,
 * `clnrm.recovery`...), or rewire the graph under a runner span. Such a span
 * is kept out of the graph and recorded as a forgery attempt instead.
 */
import type { AttrValue, SpanRecord } from './span-record.js';
import type { SpanRows } from './span-table.js';

export const RESERVED_PREFIX = 'clnrm.';

/** Event added to the `clnrm.run` span for each forgery attempt (the first MAX_FORGERY_EVENTS of them). */
export const FORGERY_EVENT = 'clnrm.forgery';
export const MAX_FORGERY_EVENTS = 20;

export interface Forgery {
  /** The name the span claimed. */
  name: string;
  /** `service.name` of the span's resource, null when it has none. */
  service: string | null;
  traceId: string;
  spanId: string;
  /** `reserved_name`: a `clnrm.*` name; `runner_span_id`: the id of one of the runner's spans. */
  reason: 'reserved_name' | 'runner_span_id';
  /** The scenario whose channel carried the span (its origin), when known. */
  scenario?: string;
}

export const isReservedName = (name: string): boolean => name.startsWith(RESERVED_PREFIX);

/**
 * Splits the spans of the system under test into those that join the graph
 * and the forgery attempts. `runner` are the runner's spans of the same trace;
 * `open` the runner's spans not ended yet, so not among them (clnrm.run while
 * a scenario is judged as it ends): their ids are the runner's all the same.
 */
export function admitSutSpans(
  runner: readonly SpanRecord[],
  sut: readonly SpanRecord[],
  open?: { traceId: string; spanIds: readonly string[] },
): { admitted: SpanRecord[]; forgeries: Forgery[] } {
  const runnerIds = new Set(runner.map((s) => `${s.traceId}/${s.spanId}`));
  for (const id of open?.spanIds ?? []) runnerIds.add(`${open!.traceId}/${id}`);
  const admitted: SpanRecord[] = [];
  const forgeries: Forgery[] = [];
  for (const s of sut) {
    const reason = isReservedName(s.name) ? 'reserved_name' : runnerIds.has(`${s.traceId}/${s.spanId}`) ? 'runner_span_id' : undefined;
    if (reason) forgeries.push(forgeryOf(s, reason));
    else admitted.push(s);
  }
  return { admitted, forgeries };
}

function forgeryOf(s: SpanRecord, reason: Forgery['reason']): Forgery {
  const service = s.resource['service.name'];
  const forgery: Forgery = { name: s.name, service: service === undefined ? null : String(service), traceId: s.traceId, spanId: s.spanId, reason };
  if (s.origin) forgery.scenario = s.origin.scenario;
  return forgery;
}

/**
 * admitSutSpans over rows of a span table (a very large trace): the same split, as positions
 * into `sut`; only a forged span is made as an object (for its Forgery).
 */
export function admitSutRows(
  runner: readonly SpanRecord[],
  sut: SpanRows,
  open?: { traceId: string; spanIds: readonly string[] },
): { admitted: Int32Array; forgeries: Forgery[] } {
  const runnerIds = new Set(runner.map((s) => `${s.traceId}/${s.spanId}`));
  for (const id of open?.spanIds ?? []) runnerIds.add(`${open!.traceId}/${id}`);
  // A span id no runner span has needs no key: most rows are answered by this set alone.
  const runnerSpanIds = new Set([...runner.map((s) => s.spanId), ...(open?.spanIds ?? [])]);
  const admitted = new Int32Array(sut.length);
  let n = 0;
  const forgeries: Forgery[] = [];
  for (let k = 0; k < sut.length; k++) {
    let reason: Forgery['reason'] | undefined;
    if (isReservedName(sut.name(k))) reason = 'reserved_name';
    else {
      const spanId = sut.spanId(k);
      if (runnerSpanIds.has(spanId) && runnerIds.has(`${sut.traceId(k)}/${spanId}`)) reason = 'runner_span_id';
    }
    if (reason) forgeries.push(forgeryOf(sut.at(k), reason));
    else admitted[n++] = k;
  }
  return { admitted: admitted.subarray(0, n), forgeries };
}

/**
 * The runner's spans with the forgery attempts recorded on `clnrm.run`: an
 * attribute `forgeries.count` and one `clnrm.forgery` event per attempt (the
 * first MAX_FORGERY_EVENTS), so the reports and the digest show them. Returns
 * `runner` itself when there is nothing to record.
 */
export function recordForgeries(runner: readonly SpanRecord[], forgeries: readonly Forgery[]): SpanRecord[] {
  if (forgeries.length === 0) return [...runner];
  return runner.map((s) => {
    if (s.name !== 'clnrm.run' || s.parentSpanId) return s;
    const events = forgeries.slice(0, MAX_FORGERY_EVENTS).map((f) => {
      const attributes: Record<string, AttrValue> = { 'forgery.span_name': f.name, 'forgery.reason': f.reason };
      if (f.service !== null) attributes['forgery.service'] = f.service;
      return { name: FORGERY_EVENT, timeMs: s.endMs, attributes };
    });
    return { ...s, attributes: { ...s.attributes, 'forgeries.count': forgeries.length }, events: [...s.events, ...events] };
  });
}
