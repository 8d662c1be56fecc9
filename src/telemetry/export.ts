/**
 * Export of a whole run's trace (the runner's spans and the system under
 * test's, as judged) after the run: `[otel] exporter = "stdout"` prints OTLP/JSON
 * lines, `"otlp"` sends it to a collector with the OpenTelemetry OTLP/HTTP
 * exporters (JSON or protobuf, gzip, retries; docs/otel.md).
 *
 * The stdout lines are written here: the JSON mapping is small (hex ids, Unix
 * nanoseconds as decimal strings, enums as integers, attribute values as
 * AnyValue) and keeps the kinds the system under test sent (an int64 beyond
 * 2^53, bytes), which `clnrm analyze` reads back exactly.
 *
 * Runner spans go under the instrumentation scope `clnrm` (the name of the
 * runner's tracer); spans of the system under test under a scope without a
 * name (their own scope is not kept). `clnrm analyze` tells them apart that way.
 */
import { SPAN_KINDS, SPAN_STATUSES, type AttrKind, type AttrKinds, type AttrValue, type SpanRecord } from './span-record.js';
import { DEFAULT_EXPORT_TIMEOUT_MS, tracesUrl, type ExporterName, type OtlpCompression, type OtlpProtocol, type TraceParent } from './otel-env.js';

export { tracesUrl } from './otel-env.js';

export const RUNNER_SCOPE = 'clnrm';
/** Spans per ExportTraceServiceRequest (per stdout line, per POST). */
export const EXPORT_BATCH = 512;

type Json = Record<string, unknown>;


/** Epoch milliseconds (with a sub-millisecond part) → Unix nanoseconds as a decimal string. */
export function msToNanos(ms: number): string {
  if (!Number.isFinite(ms)) return '0';
  const whole = Math.floor(ms);
  const sub = Math.round((ms - whole) * 1e6);
  return String(BigInt(whole) * 1_000_000n + BigInt(sub));
}

function anyValue(v: string | number | boolean, kind?: AttrKind): Json {
  // The kind the system under test sent wins: an int64 kept as its decimal string goes back as an int, bytes as bytes.
  if (kind === 'int' && (typeof v === 'number' || typeof v === 'string') && /^-?\d+$/.test(String(v))) return { intValue: String(v) };
  if (kind === 'double' && typeof v === 'number') return { doubleValue: Number.isFinite(v) ? v : String(v) };
  if (kind === 'bytes' && typeof v === 'string') return { bytesValue: v };
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (Number.isSafeInteger(v)) return { intValue: String(v) };
  // Non-finite doubles as the protobuf JSON mapping writes them.
  return { doubleValue: Number.isFinite(v) ? v : String(v) };
}

function keyValues(attrs: Readonly<Record<string, AttrValue>>, types?: AttrKinds): Json[] {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([key, v]) => {
      const kind = types && Object.hasOwn(types, key) ? types[key] : undefined;
      if (Array.isArray(v)) return { key, value: { arrayValue: { values: v.map((x, i) => anyValue(x, Array.isArray(kind) ? kind[i] : undefined)) } } };
      return { key, value: anyValue(v as string | number | boolean, typeof kind === 'string' ? kind : undefined) };
    });
}

function spanJson(s: SpanRecord): Json {
  const out: Json = {
    traceId: s.traceId,
    spanId: s.spanId,
    ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
    name: s.name,
    kind: SPAN_KINDS[s.kind] ?? 1,
    startTimeUnixNano: msToNanos(s.startMs),
    endTimeUnixNano: msToNanos(s.endMs),
    attributes: keyValues(s.attributes, s.types),
    events: s.events.map((e) => ({ timeUnixNano: msToNanos(e.timeMs), name: e.name, attributes: keyValues(e.attributes) })),
    status: { code: SPAN_STATUSES[s.status] ?? 0, ...(s.statusMessage ? { message: s.statusMessage } : {}) },
  };
  return out;
}

/**
 * One OTLP/JSON ExportTraceServiceRequest holding `spans`: one resourceSpans
 * entry per distinct resource, in order of first appearance, and in it one
 * scopeSpans for the runner's spans and one for the system under test's.
 */
export function toOtlpJson(spans: readonly SpanRecord[]): { resourceSpans: Json[] } {
  const groups = new Map<string, { resource: SpanRecord['resource']; runner: Json[]; sut: Json[] }>();
  for (const s of spans) {
    const key = JSON.stringify(Object.entries(s.resource).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    let group = groups.get(key);
    if (!group) {
      group = { resource: s.resource, runner: [], sut: [] };
      groups.set(key, group);
    }
    (s.source === 'runner' ? group.runner : group.sut).push(spanJson(s));
  }
  return {
    resourceSpans: [...groups.values()].map((g) => ({
      resource: { attributes: keyValues(g.resource) },
      scopeSpans: [
        ...(g.runner.length ? [{ scope: { name: RUNNER_SCOPE }, spans: g.runner }] : []),
        ...(g.sut.length ? [{ scope: {}, spans: g.sut }] : []),
      ],
    })),
  };
}

export type { ExporterName } from './otel-env.js';

export interface ExportTarget {
  exporter: ExporterName;
  /** Base URL of an OTLP/HTTP endpoint (`/v1/traces` is appended); `url` wins when both are given. */
  endpoint?: string;
  /** The full traces URL (default: `endpoint` + `/v1/traces`, else http://localhost:4318/v1/traces). */
  url?: string;
  headers?: Readonly<Record<string, string>>;
  protocol?: OtlpProtocol;
  compression?: OtlpCompression;
  /** Bound of the whole export, retries included (default and maximum: 10 s). */
  timeoutMs?: number;
  /** Replaces the resource of the runner's spans. */
  resource?: Readonly<Record<string, AttrValue>>;
  /** The trace the export joins: `clnrm.run` becomes a child of this span (docs/otel.md). */
  parent?: TraceParent;
  /** Where `stdout` lines go (default: process.stdout). */
  out?: NodeJS.WritableStream;
}

export interface ExportResult {
  /** Requests written or sent. */
  requests: number;
  spans: number;
  /** Problems met that did not stop the export. */
  warnings: string[];
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/**
 * The spans as exported: the runner's spans under the configured resource, and
 * with a parent, the whole trace moved into the parent's trace and each root
 * runner span (`clnrm.run`) made its child. The spans the digest is made from
 * are not touched: this is a copy.
 */
export function spansForExport(spans: readonly SpanRecord[], target: Pick<ExportTarget, 'resource' | 'parent'>): SpanRecord[] {
  const { resource, parent } = target;
  return spans.map((s) => {
    const out: SpanRecord = { ...s };
    if (resource && s.source === 'runner') out.resource = resource;
    if (parent) {
      out.traceId = parent.traceId;
      if (s.source === 'runner' && !s.parentSpanId) out.parentSpanId = parent.spanId;
    }
    return out;
  });
}

/**
 * Sends the spans to the target, EXPORT_BATCH spans per request. Rejects when a
 * line cannot be written or the collector does not take the spans (the message
 * says why); the otlp export never takes longer than its timeout.
 */
export async function exportSpans(spans: readonly SpanRecord[], target: ExportTarget): Promise<ExportResult> {
  const result: ExportResult = { requests: 0, spans: 0, warnings: [] };
  if (target.exporter === 'none' || spans.length === 0) return result;
  const exported = spansForExport(spans, target);
  if (target.exporter === 'stdout') {
    for (const batch of batches(exported, EXPORT_BATCH)) {
      await write(target.out ?? process.stdout, `${JSON.stringify(toOtlpJson(batch))}\n`);
      result.requests++;
      result.spans += batch.length;
    }
    return result;
  }
  // The OTLP exporters are loaded only for an otlp export: most runs export nothing, and loading them is slow.
  const { sendOtlp } = await import('./otlp-send.js');
  return sendOtlp(exported, {
    url: target.url ?? tracesUrl(target.endpoint),
    headers: target.headers ?? {},
    protocol: target.protocol ?? 'http/protobuf',
    compression: target.compression ?? 'none',
    timeoutMs: Math.min(target.timeoutMs ?? DEFAULT_EXPORT_TIMEOUT_MS, DEFAULT_EXPORT_TIMEOUT_MS),
  });
}
