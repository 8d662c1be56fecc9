/**
 * OTLP traces in the OTLP/JSON shape (what a JSON request holds, and what a
 * protobuf request becomes through otlp-protobuf.ts) → SpanRecords, for every
 * reader of OTLP: the receiver, spans printed on a step's stdout, saved trace
 * files. Attribute values stay exact and typed (int64 never through a float).
 */
import { setOwn, SPAN_KIND_BY_NAME, SPAN_KINDS_BY_NUMBER, SPAN_STATUS_BY_NAME, SPAN_STATUSES_BY_NUMBER } from './span-record.js';
import type { AttrKind, AttrValue, SpanRecord } from './span-record.js';

/** The request (or a part of it) does not have the OTLP shape; the receiver answers 400. */
export class BadRequest extends Error {}

// Exported for the other readers of OTLP JSON (stdout spans, saved trace files).
export type Obj = Record<string, unknown>;
export type IdEncoding = 'hex' | 'base64';


export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field by its lowerCamelCase name, or the proto field name that the protobuf JSON mapping also allows. */
export function field(o: Obj, camel: string): unknown {
  if (camel in o) return o[camel];
  return o[snakeCase(camel)];
}

const snakeNames = new Map<string, string>();
function snakeCase(camel: string): string {
  let snake = snakeNames.get(camel);
  if (snake === undefined) {
    snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    snakeNames.set(camel, snake);
  }
  return snake;
}

/** A string of 1 to 19 ASCII digits (an unsigned nanosecond time as OTLP/JSON writes it). */
function isShortDigits(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0 || v.length > 19) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function list(o: Obj, camel: string): unknown[] {
  const v = field(o, camel);
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new BadRequest(`${camel} is not an array`);
  return v;
}

export function bigint(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return BigInt(Math.trunc(v));
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return BigInt(v.trim());
  return undefined;
}

/** Unix nanoseconds (string or number) → epoch milliseconds, keeping the sub-millisecond part. */
export function nanosToMs(v: unknown): number {
  if (isShortDigits(v)) {
    // Number(ns / 10^6) + Number(ns % 10^6) / 10^6 without BigInt: both parts are exact doubles.
    const cut = v.length - 6;
    return cut > 0 ? Number(v.slice(0, cut)) + Number(v.slice(cut)) / 1e6 : Number(v) / 1e6;
  }
  const ns = bigint(v);
  if (ns === undefined) return 0;
  return Number(ns / 1_000_000n) + Number(ns % 1_000_000n) / 1e6;
}

export function enumValue<T>(v: unknown, byNumber: readonly T[], byName: Readonly<Record<string, T>>, fallback: T): T {
  if (typeof v === 'number') return byNumber[v] ?? fallback;
  if (typeof v === 'string') return byName[v] ?? (/^\d+$/.test(v) ? byNumber[Number(v)] : undefined) ?? fallback;
  return fallback;
}

interface Typed {
  value: AttrValue;
  kind: AttrKind | AttrKind[];
}

/** One AnyValue that is not an array: its value as kept in `attributes`, and its kind. */
function scalar(value: unknown): { value: string | number | boolean; kind: AttrKind } | undefined {
  if (!isObj(value)) return undefined;
  if ('stringValue' in value || 'string_value' in value) return { value: String(field(value, 'stringValue') ?? ''), kind: 'string' };
  if ('boolValue' in value || 'bool_value' in value) {
    const b = field(value, 'boolValue');
    return { value: b === true || b === 'true', kind: 'bool' };
  }
  if ('intValue' in value || 'int_value' in value) {
    // int64 exactly: a JS number only while it is a safe integer, else its decimal string (never rounded).
    const n = bigint(field(value, 'intValue'));
    if (n === undefined) return undefined;
    return { value: n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString(), kind: 'int' };
  }
  if ('doubleValue' in value || 'double_value' in value) return { value: Number(field(value, 'doubleValue')), kind: 'double' };
  if ('bytesValue' in value || 'bytes_value' in value) return { value: String(field(value, 'bytesValue') ?? ''), kind: 'bytes' }; // base64, as in OTLP/JSON
  if ('kvlistValue' in value || 'kvlist_value' in value) {
    const kv = field(value, 'kvlistValue');
    return { value: JSON.stringify(isObj(kv) ? attributes(list(kv, 'values')) : {}), kind: 'kvlist' };
  }
  if ('arrayValue' in value || 'array_value' in value) {
    // An array inside an array: kept as the JSON of its values.
    const arr = field(value, 'arrayValue');
    return { value: JSON.stringify((isObj(arr) ? list(arr, 'values') : []).map((item) => scalar(item)?.value ?? null)), kind: 'array' };
  }
  return undefined;
}

function anyValue(value: unknown): Typed | undefined {
  if (isObj(value) && ('arrayValue' in value || 'array_value' in value)) {
    const arr = field(value, 'arrayValue');
    const values: (string | number | boolean)[] = [];
    const kinds: AttrKind[] = [];
    for (const item of isObj(arr) ? list(arr, 'values') : []) {
      const s = scalar(item);
      if (s === undefined) continue;
      values.push(s.value);
      kinds.push(s.kind);
    }
    return { value: values, kind: kinds };
  }
  return scalar(value);
}

/** OTLP key-values → values and their kinds as sent. */
export function typedAttributes(kvs: unknown[]): { values: Record<string, AttrValue>; types: Record<string, AttrKind | AttrKind[]> } {
  const values: Record<string, AttrValue> = {};
  const types: Record<string, AttrKind | AttrKind[]> = {};
  for (const kv of kvs) {
    if (!isObj(kv) || typeof kv.key !== 'string') continue;
    const v = anyValue(kv.value);
    if (v === undefined) continue;
    setOwn(values, kv.key, v.value);
    setOwn(types, kv.key, v.kind);
  }
  return { values, types };
}

export function attributes(kvs: unknown[]): Record<string, AttrValue> {
  return typedAttributes(kvs).values;
}

/**
 * Id in the request's encoding → lowercase hex of `bytes` bytes, '' when empty,
 * undefined when invalid (wrong length, not hex, all zero). With `zeroIsEmpty`
 * (parent ids) an all-zero id means "no parent", as some SDKs send it.
 */
export function id(v: unknown, bytes: number, encoding: IdEncoding, zeroIsEmpty = false): string | undefined {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v !== 'string') return undefined;
  let hex: string;
  if (encoding === 'hex') {
    if (!/^[0-9a-fA-F]*$/.test(v)) return undefined;
    hex = v.toLowerCase();
  } else {
    hex = Buffer.from(v, 'base64').toString('hex');
  }
  if (hex.length !== bytes * 2) return undefined;
  if (/^0+$/.test(hex)) return zeroIsEmpty ? '' : undefined;
  return hex;
}

export interface Converted {
  spans: SpanRecord[];
  rejected: number;
  reasons: string[];
}

/** Which side made a span, from its instrumentation scope (the receiver: always the system under test). */
export type SourceOf = (scope: Obj | undefined) => SpanRecord['source'];

/**
 * One OTLP (JSON shape) span → a SpanRecord with the given flattened resource
 * attributes, or the reason it is rejected (invalid ids).
 */
export function convertSpan(s: unknown, resource: Record<string, AttrValue>, encoding: IdEncoding, source: SpanRecord['source'] = 'sut'): SpanRecord | string {
  if (!isObj(s)) return 'span is not an object';
  const label = typeof s.name === 'string' ? `span '${s.name}'` : 'span';
  const traceId = id(field(s, 'traceId'), 16, encoding);
  const spanId = id(field(s, 'spanId'), 8, encoding);
  const parentSpanId = id(field(s, 'parentSpanId'), 8, encoding, true);
  if (!traceId) return `${label}: invalid trace id`;
  if (!spanId) return `${label}: invalid span id`;
  if (parentSpanId === undefined) return `${label}: invalid parent span id`;
  const status = field(s, 'status');
  const attrs = typedAttributes(list(s, 'attributes'));
  const startMs = nanosToMs(field(s, 'startTimeUnixNano'));
  const endField = field(s, 'endTimeUnixNano');
  const endRaw = isShortDigits(endField) ? (/^0+$/.test(endField) ? 0n : endField) : bigint(endField);
  const record: SpanRecord = {
    traceId,
    spanId,
    name: typeof s.name === 'string' ? s.name : '',
    kind: enumValue(s.kind, SPAN_KINDS_BY_NUMBER, SPAN_KIND_BY_NAME, 'internal'),
    status: isObj(status) ? enumValue(status.code, SPAN_STATUSES_BY_NUMBER, SPAN_STATUS_BY_NAME, 'UNSET') : 'UNSET',
    attributes: attrs.values,
    types: attrs.types,
    events: list(s, 'events')
      .filter(isObj)
      .map((e) => ({
        name: typeof e.name === 'string' ? e.name : '',
        timeMs: nanosToMs(field(e, 'timeUnixNano')),
        attributes: attributes(list(e, 'attributes')),
      })),
    startMs,
    // A span without an end never ended: it is kept, flagged, and judged malformed.
    endMs: endRaw === undefined || endRaw === 0n ? startMs : nanosToMs(endRaw),
    resource,
    source,
  };
  if (endRaw === undefined || endRaw === 0n) record.endMissing = true;
  if (parentSpanId) record.parentSpanId = parentSpanId;
  if (isObj(status) && typeof status.message === 'string' && status.message) record.statusMessage = status.message;
  return record;
}

/**
 * An ExportTraceServiceRequest (JSON shape) → SpanRecords. Throws BadRequest
 * when the request's structure is wrong; invalid spans are counted as rejected.
 * `sourceOf` decides runner/sut by scope (default: every span is the system under test's).
 */
export function convertRequest(body: unknown, encoding: IdEncoding, sourceOf: SourceOf = () => 'sut'): Converted {
  if (!isObj(body)) throw new BadRequest('request is not an object');
  const out: Converted = { spans: [], rejected: 0, reasons: [] };
  const reject = (reason: string) => {
    out.rejected++;
    if (out.reasons.length < 3) out.reasons.push(reason);
  };
  for (const rs of list(body, 'resourceSpans')) {
    if (!isObj(rs)) throw new BadRequest('resourceSpans entry is not an object');
    const res = field(rs, 'resource');
    const resource = attributes(isObj(res) ? list(res, 'attributes') : []);
    for (const ss of list(rs, 'scopeSpans')) {
      if (!isObj(ss)) throw new BadRequest('scopeSpans entry is not an object');
      const scope = field(ss, 'scope');
      const source = sourceOf(isObj(scope) ? scope : undefined);
      for (const s of list(ss, 'spans')) {
        const converted = convertSpan(s, resource, encoding, source);
        if (typeof converted === 'string') reject(converted);
        else out.spans.push(converted);
      }
    }
  }
  return out;
}


/** How many spans a decoded request carries, without converting any (cheap: dropped requests are only counted). */
export function countSpans(decoded: unknown): number {
  if (!isObj(decoded)) throw new BadRequest('request is not an object');
  let n = 0;
  for (const rs of list(decoded, 'resourceSpans')) {
    if (!isObj(rs)) throw new BadRequest('resourceSpans entry is not an object');
    for (const ss of list(rs, 'scopeSpans')) {
      if (!isObj(ss)) throw new BadRequest('scopeSpans entry is not an object');
      n += list(ss, 'spans').length;
    }
  }
  return n;
}
