/**
 * One span as the validators and the digest see it, whatever its source: the
 * runner's own spans (SDK ReadableSpan) or spans the system under test sent
 * over OTLP. Times are epoch milliseconds.
 */
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

export type AttrValue = string | number | boolean | readonly (string | number | boolean)[];

/**
 * The OTLP AnyValue kind an attribute was sent as. `attributes` keeps a value
 * readers can show (an int64 beyond 2^53 as its exact decimal string, bytes as
 * base64, a key-value list as JSON); `types` says what it was, so `"1"` is
 * never mistaken for the int 1, the double 1.0, true or ["1"]. Arrays list the
 * kind of each element.
 */
export type AttrKind = 'string' | 'bool' | 'int' | 'double' | 'bytes' | 'kvlist' | 'array' | 'empty';
export type AttrKinds = Readonly<Record<string, AttrKind | readonly AttrKind[]>>;

/**
 * `record[key] = value` as the record's own property, also for the key `__proto__`: an assignment would take
 * that key as the record's prototype, and a system under test sending `__proto__` = ["paid"] would then have
 * attributes it never sent (`0`, `length`) read by inheritance. Every attribute map read from outside is built with it.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/** Where a span of the system under test came from: the scenario whose own channel (receiver path, step stdout) carried it. */
export interface SpanOrigin {
  scenario: string;
  via: 'otlp' | 'stdout';
}
export type SpanKindName = 'internal' | 'server' | 'client' | 'producer' | 'consumer';
export type StatusName = 'OK' | 'ERROR' | 'UNSET';

/**
 * The one table of span kinds: clnrm's name → the OTLP enum value
 * (`SPAN_KIND_<NAME>`). OTLP's 0 is SPAN_KIND_UNSPECIFIED, read as internal;
 * the SDK's SpanKind is the OTLP value minus one.
 */
export const SPAN_KINDS: Readonly<Record<SpanKindName, number>> = { internal: 1, server: 2, client: 3, producer: 4, consumer: 5 };
/** The one table of span statuses: clnrm's name → the OTLP (and SDK) status code (`STATUS_CODE_<NAME>`). */
export const SPAN_STATUSES: Readonly<Record<StatusName, number>> = { UNSET: 0, OK: 1, ERROR: 2 };

const byNumber = <T extends string>(table: Readonly<Record<T, number>>, unspecified?: T): T[] => {
  const out: T[] = unspecified ? [unspecified] : [];
  for (const [name, n] of Object.entries(table) as [T, number][]) out[n] = name;
  return out;
};
/** Kind names by OTLP value (0, unspecified, is internal). */
export const SPAN_KINDS_BY_NUMBER: readonly SpanKindName[] = byNumber(SPAN_KINDS, 'internal');
/** Kind names by OTLP enum name (`SPAN_KIND_SERVER` → server). */
export const SPAN_KIND_BY_NAME: Readonly<Record<string, SpanKindName>> = Object.fromEntries([
  ['SPAN_KIND_UNSPECIFIED', 'internal'],
  ...Object.keys(SPAN_KINDS).map((k) => [`SPAN_KIND_${k.toUpperCase()}`, k]),
]);
/** Status names by code. */
export const SPAN_STATUSES_BY_NUMBER: readonly StatusName[] = byNumber(SPAN_STATUSES);
/** Status names by OTLP enum name (`STATUS_CODE_ERROR` → ERROR). */
export const SPAN_STATUS_BY_NAME: Readonly<Record<string, StatusName>> = Object.fromEntries((Object.keys(SPAN_STATUSES) as StatusName[]).map((k) => [`STATUS_CODE_${k}`, k]));

export interface SpanRecord {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: SpanKindName;
  status: StatusName;
  statusMessage?: string;
  attributes: Readonly<Record<string, AttrValue>>;
  events: readonly { name: string; timeMs: number; attributes: Readonly<Record<string, AttrValue>> }[];
  startMs: number;
  endMs: number;
  resource: Readonly<Record<string, AttrValue>>;
  source: 'runner' | 'sut';
  /** Kinds of the attributes as sent (spans of the system under test; absent for the runner's). */
  types?: AttrKinds;
  /** The scenario whose channel delivered the span; a span of the system under test without one is never credited. */
  origin?: SpanOrigin;
  /** Set when the span arrived without an end time (endMs is then startMs). */
  endMissing?: true;
}

const ms = (t: readonly [number, number]) => t[0] * 1000 + t[1] / 1e6;

function plain(attrs: Record<string, unknown> | undefined): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) if (v !== undefined && v !== null) out[k] = v as AttrValue;
  return out;
}

export function fromReadableSpan(s: ReadableSpan): SpanRecord {
  const ctx = s.spanContext();
  const record: SpanRecord = {
    traceId: ctx.traceId,
    spanId: ctx.spanId,
    name: s.name,
    // The SDK's SpanKind is the OTLP value minus one.
    kind: SPAN_KINDS_BY_NUMBER[s.kind + 1] ?? 'internal',
    status: SPAN_STATUSES_BY_NUMBER[s.status.code] ?? 'UNSET',
    attributes: plain(s.attributes),
    events: s.events.map((e) => ({ name: e.name, timeMs: ms(e.time), attributes: plain(e.attributes) })),
    startMs: ms(s.startTime),
    endMs: ms(s.endTime),
    resource: plain(s.resource.attributes as Record<string, unknown>),
    source: 'runner',
  };
  if (s.parentSpanContext?.spanId) record.parentSpanId = s.parentSpanContext.spanId;
  if (s.status.message) record.statusMessage = s.status.message;
  return record;
}
