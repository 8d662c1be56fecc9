/**
 * Export of a whole run's trace (the runner's spans and the system under
 * test's, as judged) after the run: `[otel] exporter = "stdout"` prints OTLP/JSON
 * lines, `"otlp"` POSTs OTLP/JSON to a collector's `/v1/traces`.
 *
 * The OTLP/JSON is written here, not by an SDK exporter: the spans are
 * SpanRecords (some were received, not made by our SDK), and the JSON mapping
 * is small: hex ids, Unix nanoseconds as decimal strings, enums as integers,
 * attribute values as AnyValue. The receiver reads back exactly what is written.
 *
 * Runner spans go under the instrumentation scope `clnrm` (the name of the
 * runner's tracer); spans of the system under test under a scope without a
 * name (their own scope is not kept). `clnrm analyze` tells them apart that way.
 */
import { TelemetryError } from '../common/errors.js';
import { SPAN_KINDS, SPAN_STATUSES, type AttrKind, type AttrKinds, type AttrValue, type SpanRecord } from './span-record.js';

export const RUNNER_SCOPE = 'clnrm';
/** Spans per ExportTraceServiceRequest (per stdout line, per POST). */
export const EXPORT_BATCH = 512;
export const DEFAULT_OTLP_ENDPOINT = 'http://localhost:4318';
const TIMEOUT_MS = 10_000;

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

export type ExporterName = 'none' | 'stdout' | 'otlp';

export interface ExportTarget {
  exporter: ExporterName;
  /** Base URL of an OTLP/HTTP endpoint (`/v1/traces` is appended); default http://localhost:4318. */
  endpoint?: string;
  headers?: Readonly<Record<string, string>>;
  /** Where `stdout` lines go (default: process.stdout). */
  out?: NodeJS.WritableStream;
  timeoutMs?: number;
}

export interface ExportResult {
  /** Requests written or sent. */
  requests: number;
  spans: number;
  /** Problems the collector reported while accepting the request (partial success). */
  warnings: string[];
}

/** `<endpoint>/v1/traces`, unless the endpoint already ends with it. */
export function tracesUrl(endpoint: string = DEFAULT_OTLP_ENDPOINT): string {
  const base = endpoint.replace(/\/+$/, '');
  return base.endsWith('/v1/traces') ? base : `${base}/v1/traces`;
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
 * Sends the spans to the target, EXPORT_BATCH spans per request. Rejects when a
 * line cannot be written or the collector does not answer 2xx (the message
 * says which); a partial success is a warning.
 */
export async function exportSpans(spans: readonly SpanRecord[], target: ExportTarget): Promise<ExportResult> {
  const result: ExportResult = { requests: 0, spans: 0, warnings: [] };
  if (target.exporter === 'none' || spans.length === 0) return result;
  for (const batch of batches(spans, EXPORT_BATCH)) {
    const body = JSON.stringify(toOtlpJson(batch));
    if (target.exporter === 'stdout') {
      await write(target.out ?? process.stdout, `${body}\n`);
    } else {
      const url = tracesUrl(target.endpoint);
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { ...target.headers, 'Content-Type': 'application/json' },
          body,
          signal: AbortSignal.timeout(target.timeoutMs ?? TIMEOUT_MS),
        });
      } catch (err) {
        const cause = (err as { cause?: { message?: string } }).cause?.message;
        throw new TelemetryError(`OTLP export to ${url} failed: ${(err as Error).message}${cause ? ` (${cause})` : ''}`, { cause: err });
      }
      const text = await res.text().catch(() => '');
      if (!res.ok) throw new TelemetryError(`OTLP export to ${url} failed: HTTP ${res.status}${text ? `: ${text.slice(0, 200).trim()}` : ''}`);
      const partial = partialSuccess(text);
      if (partial) result.warnings.push(`${url}: ${partial}`);
    }
    result.requests++;
    result.spans += batch.length;
  }
  return result;
}

function partialSuccess(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { partialSuccess?: { rejectedSpans?: string | number; errorMessage?: string } };
    const p = body.partialSuccess;
    if (!p || (!Number(p.rejectedSpans) && !p.errorMessage)) return undefined;
    return `${Number(p.rejectedSpans ?? 0)} span(s) rejected${p.errorMessage ? `: ${p.errorMessage}` : ''}`;
  } catch {
    return undefined;
  }
}
