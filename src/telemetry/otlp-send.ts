/**
 * Sends SpanRecords to an OTLP/HTTP collector with the OpenTelemetry JS
 * exporters (`@opentelemetry/exporter-trace-otlp-http` for http/json,
 * `-proto` for http/protobuf): they bring gzip, retries with back-off on
 * 429/502/503/504 and Retry-After, and the timeout. The records are handed
 * to them as the ReadableSpans they expect.
 *
 * Every setting is given explicitly (url, headers, compression, timeout); the
 * exporters still read the OTEL_EXPORTER_OTLP_* variables themselves, which
 * only fills in headers the suite does not set (the same rule as otel-env.ts).
 */
import { diag, DiagLogLevel, TraceFlags, type HrTime, type SpanContext } from '@opentelemetry/api';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter as HttpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as HttpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { TelemetryError } from '../common/errors.js';
import type { OtlpCompression, OtlpProtocol } from './otel-env.js';
import { setOwn, SPAN_KINDS, SPAN_STATUSES, type AttrKinds, type AttrValue, type SpanRecord } from './span-record.js';

/** Spans per request. */
const BATCH = 512;
const RUNNER_SCOPE = { name: 'clnrm' };
const SUT_SCOPE = { name: '' };

export interface OtlpSendOptions {
  url: string;
  headers: Readonly<Record<string, string>>;
  protocol: OtlpProtocol;
  compression: OtlpCompression;
  /** Bound of the whole send, retries included. */
  timeoutMs: number;
}

function hrTime(ms: number): HrTime {
  const nanos = Number.isFinite(ms) ? BigInt(Math.floor(ms)) * 1_000_000n + BigInt(Math.round((ms - Math.floor(ms)) * 1e6)) : 0n;
  return [Number(nanos / 1_000_000_000n), Number(nanos % 1_000_000_000n)];
}

/** Attribute values as the exporters encode them: bytes (kept as base64) back to bytes, the rest as they are. */
function attributes(attrs: Readonly<Record<string, AttrValue>>, types?: AttrKinds): ReadableSpan['attributes'] {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    setOwn(out, key, types?.[key] === 'bytes' && typeof v === 'string' ? new Uint8Array(Buffer.from(v, 'base64')) : v);
  }
  return out as ReadableSpan['attributes'];
}

/** The records as ReadableSpans, one Resource object per distinct resource (the exporters group by identity). */
export function toReadableSpans(spans: readonly SpanRecord[]): ReadableSpan[] {
  const resources = new Map<string, Resource>();
  const resourceOf = (attrs: SpanRecord['resource']): Resource => {
    const key = JSON.stringify(Object.entries(attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    let r = resources.get(key);
    if (!r) resources.set(key, (r = resourceFromAttributes(attributes(attrs))));
    return r;
  };
  return spans.map((s): ReadableSpan => {
    const ctx: SpanContext = { traceId: s.traceId, spanId: s.spanId, traceFlags: TraceFlags.SAMPLED };
    const start = hrTime(s.startMs);
    const end = hrTime(s.endMs);
    return {
      name: s.name,
      // The SDK's SpanKind is the OTLP value minus one.
      kind: (SPAN_KINDS[s.kind] ?? 1) - 1,
      spanContext: () => ctx,
      ...(s.parentSpanId ? { parentSpanContext: { traceId: s.traceId, spanId: s.parentSpanId, traceFlags: TraceFlags.SAMPLED } } : {}),
      startTime: start,
      endTime: end,
      duration: hrTime(Math.max(0, s.endMs - s.startMs)),
      status: { code: SPAN_STATUSES[s.status] ?? 0, ...(s.statusMessage ? { message: s.statusMessage } : {}) },
      attributes: attributes(s.attributes, s.types),
      links: [],
      events: s.events.map((e) => ({ name: e.name, time: hrTime(e.timeMs), attributes: attributes(e.attributes) })),
      ended: true,
      resource: resourceOf(s.resource),
      instrumentationScope: s.source === 'runner' ? RUNNER_SCOPE : SUT_SCOPE,
      droppedAttributesCount: 0,
      droppedEventsCount: 0,
      droppedLinksCount: 0,
    };
  });
}

/**
 * The exporters report a collector's partial success (spans it rejected) only
 * through the diagnostic logger: while sends are under way, it hands those
 * messages to them.
 */
const partialSinks = new Set<string[]>();
let diagInstalled = false;
function collectPartialSuccess(sink: string[]): () => void {
  if (!diagInstalled) {
    const ignore = () => undefined;
    const warn = (message: string, ...args: unknown[]) => {
      if (!message.startsWith('Received Partial Success')) return;
      const p = (() => {
        try {
          return JSON.parse(String(args[0])) as { rejectedSpans?: string | number; errorMessage?: string };
        } catch {
          return {};
        }
      })();
      for (const s of partialSinks) s.push(`${Number(p.rejectedSpans ?? 0)} span(s) rejected${p.errorMessage ? `: ${p.errorMessage}` : ''}`);
    };
    diag.setLogger({ error: ignore, warn, info: ignore, debug: ignore, verbose: ignore }, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
    diagInstalled = true;
  }
  partialSinks.add(sink);
  return () => partialSinks.delete(sink);
}

function describe(result: ExportResult): string {
  const err = result.error as (Error & { code?: number; data?: string; cause?: { message?: string } }) | undefined;
  if (!err) return 'the exporter gave no reason';
  const status = typeof err.code === 'number' ? `HTTP ${err.code}` : err.message || String(err);
  const body = typeof err.data === 'string' && err.data.trim() ? `: ${err.data.slice(0, 200).trim()}` : '';
  return `${status}${body}`;
}

/**
 * Sends the spans, BATCH per request, and resolves with the number of
 * requests; rejects with what went wrong when the collector did not take them
 * or did not answer within `timeoutMs` (the wait never exceeds it).
 */
export async function sendOtlp(spans: readonly SpanRecord[], o: OtlpSendOptions): Promise<{ requests: number; spans: number; warnings: string[] }> {
  const config = { url: o.url, headers: { ...o.headers }, compression: o.compression as never, timeoutMillis: o.timeoutMs };
  const exporter = o.protocol === 'http/json' ? new HttpJsonExporter(config) : new HttpProtoExporter(config);
  const deadline = Date.now() + o.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  let requests = 0;
  const partial: string[] = [];
  const stopCollecting = collectPartialSuccess(partial);
  try {
    const readable = toReadableSpans(spans);
    for (let i = 0; i < readable.length; i += BATCH) {
      const remaining = deadline - Date.now();
      const result = await Promise.race([
        new Promise<ExportResult>((resolve) => exporter.export(readable.slice(i, i + BATCH), resolve)),
        new Promise<ExportResult>((resolve) => (timer = setTimeout(() => resolve({ code: ExportResultCode.FAILED, error: new Error(`no answer within ${o.timeoutMs} ms`) }), Math.max(0, remaining)))),
      ]);
      clearTimeout(timer);
      if (result.code !== ExportResultCode.SUCCESS) throw new TelemetryError(`OTLP export to ${o.url} failed: ${describe(result)}`);
      requests++;
    }
    return { requests, spans: spans.length, warnings: partial.map((p) => `${o.url}: ${p}`) };
  } finally {
    clearTimeout(timer);
    stopCollecting();
    // Shutting down waits for requests still under way: bounded like the rest.
    await Promise.race([exporter.shutdown().catch(() => undefined), new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())).unref())]);
  }
}
