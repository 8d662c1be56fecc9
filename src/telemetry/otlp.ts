/**
 * OTLP traces in the OTLP/JSON shape (what a JSON request holds, and what a
 * protobuf request becomes through otlp-protobuf.ts) → SpanRecords, for every
 * reader of OTLP: the receiver, spans printed on a step's stdout, saved trace
 * files. Attribute values stay exact and typed (int64 never through a float).
 */
import { setOwn, SPAN_KIND_BY_NAME, SPAN_KINDS_BY_NUMBER, SPAN_STATUS_BY_NAME, SPAN_STATUSES_BY_NUMBER } from './span-record.js';
import type { AttrKind, AttrKinds, AttrValue, SpanRecord } from './span-record.js';

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
    // Number(ns / 10^6) + Number(ns % 10^6) / 10^6 without BigInt or substrings: both parts
    // (at most 13 and 6 digits) are exact doubles.
    const cut = v.length - 6;
    let ms = 0;
    let i = 0;
    for (; i < cut; i++) ms = ms * 10 + (v.charCodeAt(i) - 48);
    let sub = 0;
    for (; i < v.length; i++) sub = sub * 10 + (v.charCodeAt(i) - 48);
    return ms + sub / 1e6;
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

/** Set by `scalar` to the kind of the value it returned (no object per attribute: ingest reads millions). */
let scalarKind: AttrKind = 'string';

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An int64 exactly: a JS number only while it is a safe integer, else its decimal string (never rounded). */
function int64Value(v: unknown): number | string | undefined {
  if (typeof v === 'string') {
    const digits = canonicalDigits(v);
    // Up to 15 digits is below 2^53: Number() is exact. Longer: the string is already the exact decimal.
    if (digits > 0 && digits <= 15) return Number(v);
    if (digits > 16 || (digits === 16 && v.slice(v.length - 16) > '9007199254740991')) return v;
  }
  const n = bigint(v);
  if (n === undefined) return undefined;
  return n >= MIN_SAFE && n <= MAX_SAFE ? Number(n) : n.toString();
}

/**
 * How many digits `v` has when it is an integer written as BigInt(v).toString() would write it
 * (an optional '-', no leading zero, not "-0"); 0 when it is not.
 */
function canonicalDigits(v: string): number {
  const first = v.charCodeAt(0) === 45 ? 1 : 0;
  const digits = v.length - first;
  if (digits === 0 || (v.charCodeAt(first) === 48 && (digits > 1 || first === 1))) return 0;
  for (let i = first; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
  }
  return digits;
}

/** An AnyValue's scalar field as kept in `attributes` (for every reader of OTLP/JSON: the same conversions). */
export const stringAttr = (x: unknown): string => String(x ?? '');
export const boolAttr = (x: unknown): boolean => x === true || x === 'true';
export const doubleAttr = (x: unknown): number => Number(x);
/** base64, as in OTLP/JSON */
export const bytesAttr = (x: unknown): string => String(x ?? '');
export { int64Value as intAttr };

/** One AnyValue that is not an array: its value as kept in `attributes` (its kind in `scalarKind`). */
function scalar(value: unknown): string | number | boolean | undefined {
  if (!isObj(value)) return undefined;
  if ('stringValue' in value || 'string_value' in value) {
    scalarKind = 'string';
    return stringAttr(field(value, 'stringValue'));
  }
  if ('boolValue' in value || 'bool_value' in value) {
    scalarKind = 'bool';
    return boolAttr(field(value, 'boolValue'));
  }
  if ('intValue' in value || 'int_value' in value) {
    scalarKind = 'int';
    return int64Value(field(value, 'intValue'));
  }
  if ('doubleValue' in value || 'double_value' in value) {
    scalarKind = 'double';
    return doubleAttr(field(value, 'doubleValue'));
  }
  if ('bytesValue' in value || 'bytes_value' in value) {
    scalarKind = 'bytes';
    return bytesAttr(field(value, 'bytesValue'));
  }
  if ('kvlistValue' in value || 'kvlist_value' in value) {
    const kv = field(value, 'kvlistValue');
    const json = JSON.stringify(isObj(kv) ? attributes(list(kv, 'values')) : {});
    scalarKind = 'kvlist'; // after the nested read, which sets it too
    return json;
  }
  if ('arrayValue' in value || 'array_value' in value) {
    // An array inside an array: kept as the JSON of its values.
    const arr = field(value, 'arrayValue');
    const json = JSON.stringify((isObj(arr) ? list(arr, 'values') : []).map((item) => scalar(item) ?? null));
    scalarKind = 'array';
    return json;
  }
  return undefined;
}

type Kind = AttrKind | readonly AttrKind[];
const sameKind = (a: Kind, b: Kind): boolean =>
  a === b || (typeof a !== 'string' && typeof b !== 'string' && a.length === b.length && a.every((k, i) => k === b[i]));

interface Shape {
  keys: string[];
  kinds: Kind[];
  types: AttrKinds;
}
/**
 * The last kinds object built and the (key, kind) sequence that built it: spans of one instrumentation send
 * the same keys with the same kinds, so they share one frozen kinds object instead of building one each.
 */
let lastShape: Shape = { keys: [], kinds: [], types: Object.freeze({}) };

/**
 * One attribute map and the kinds its values were sent as, built in the order the key-values came
 * (a later duplicate key wins). Each builder compares with the shape current when it started, so a
 * map read inside another (a key-value list) does not disturb the outer one.
 */
export class AttributeBuilder {
  readonly values: Record<string, AttrValue> = {};
  private readonly previous = lastShape;
  private keys: string[] | undefined;
  private kinds: Kind[] | undefined;
  private n = 0;

  /** The key of the `n`th value of the previous map, for readers that can reuse its string. */
  previousKey(): string | undefined {
    return this.keys === undefined ? this.previous.keys[this.n] : undefined;
  }

  add(key: string, value: AttrValue, kind: Kind): void {
    setOwn(this.values, key, value);
    const n = this.n++;
    const previous = this.previous;
    // While the (key, kind) sequence equals the previous one, nothing is copied; at the first difference, its prefix is.
    if (this.keys === undefined && (n >= previous.keys.length || previous.keys[n] !== key || !sameKind(previous.kinds[n]!, kind))) {
      this.keys = previous.keys.slice(0, n);
      this.kinds = previous.kinds.slice(0, n);
    }
    if (this.keys !== undefined) {
      this.keys.push(key);
      this.kinds!.push(typeof kind === 'string' ? kind : Object.freeze(kind));
    }
  }

  types(): AttrKinds {
    const previous = this.previous;
    if (this.keys === undefined && this.n === previous.keys.length) return previous.types;
    const keys = this.keys ?? previous.keys.slice(0, this.n);
    const kinds = this.kinds ?? previous.kinds.slice(0, this.n);
    const types: Record<string, Kind> = {};
    for (let i = 0; i < keys.length; i++) setOwn(types, keys[i]!, kinds[i]!);
    lastShape = { keys, kinds, types: Object.freeze(types) as AttrKinds };
    return lastShape.types;
  }
}

/** OTLP key-values → values and their kinds as sent. */
export function typedAttributes(kvs: unknown[]): { values: Record<string, AttrValue>; types: AttrKinds } {
  const built = new AttributeBuilder();
  for (const kv of kvs) {
    if (!isObj(kv) || typeof kv.key !== 'string') continue;
    const value = kv.value;
    if (isObj(value) && ('arrayValue' in value || 'array_value' in value)) {
      const arr = field(value, 'arrayValue');
      const items: (string | number | boolean)[] = [];
      const itemKinds: AttrKind[] = [];
      for (const item of isObj(arr) ? list(arr, 'values') : []) {
        const s = scalar(item);
        if (s === undefined) continue;
        items.push(s);
        itemKinds.push(scalarKind);
      }
      built.add(kv.key, items, itemKinds);
    } else {
      const v = scalar(value);
      if (v !== undefined) built.add(kv.key, v, scalarKind);
    }
  }
  return { values: built.values, types: built.types() };
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
  if (encoding === 'hex') return hexId(v, bytes, zeroIsEmpty);
  const hex = Buffer.from(v, 'base64').toString('hex');
  if (hex.length !== bytes * 2) return undefined;
  if (/^0+$/.test(hex)) return zeroIsEmpty ? '' : undefined;
  return hex;
}

/** `id` for a hex id, in one pass over its characters (the string itself is returned when it is already lowercase). */
function hexId(v: string, bytes: number, zeroIsEmpty: boolean): string | undefined {
  if (v.length !== bytes * 2) return undefined;
  let zero = true;
  let lower = true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (c !== 48) zero = false;
    } else if (c >= 97 && c <= 102) zero = false;
    else if (c >= 65 && c <= 70) {
      zero = false;
      lower = false;
    } else return undefined;
  }
  if (zero) return zeroIsEmpty ? '' : undefined;
  return lower ? v : v.toLowerCase();
}

export interface Converted {
  spans: SpanRecord[];
  rejected: number;
  reasons: string[];
}

/** Which side made a span, from its instrumentation scope (the receiver: always the system under test). */
export type SourceOf = (scope: Obj | undefined) => SpanRecord['source'];

const NO_EVENTS: SpanRecord['events'] = Object.freeze([]);

function events(items: unknown[]): SpanRecord['events'] {
  if (items.length === 0) return NO_EVENTS;
  const out: SpanRecord['events'][number][] = [];
  for (const e of items) {
    if (!isObj(e)) continue;
    out.push(spanEvent(e.name, nanosToMs(field(e, 'timeUnixNano')), attributes(list(e, 'attributes'))));
  }
  return out;
}

/** Every reader of OTLP/JSON builds a span's parts with these, so they give the same records. */
export const spanEvent = (name: unknown, timeMs: number, attributes: Record<string, AttrValue>): SpanRecord['events'][number] => ({
  name: typeof name === 'string' ? name : '',
  timeMs,
  attributes,
});

/** A span's end time from its field, or undefined when it never ended (no end, or 0). */
export function endTimeMs(endField: unknown): number | undefined {
  if (isShortDigits(endField)) return Number(endField) === 0 ? undefined : nanosToMs(endField); // digits: all zeros exactly when 0
  const ns = bigint(endField);
  return ns === undefined || ns === 0n ? undefined : nanosToMs(ns);
}

export interface SpanIds {
  traceId: string;
  spanId: string;
  /** '' when the span is a root */
  parentSpanId: string;
}

/** A span's ids (fields as sent) in lowercase hex, or why the span is rejected. */
export function spanIds(traceIdField: unknown, spanIdField: unknown, parentSpanIdField: unknown, name: unknown, encoding: IdEncoding): SpanIds | string {
  const traceId = id(traceIdField, 16, encoding);
  const spanId = id(spanIdField, 8, encoding);
  const parentSpanId = id(parentSpanIdField, 8, encoding, true);
  const label = () => (typeof name === 'string' ? `span '${name}'` : 'span');
  if (!traceId) return `${label()}: invalid trace id`;
  if (!spanId) return `${label()}: invalid span id`;
  if (parentSpanId === undefined) return `${label()}: invalid parent span id`;
  return { traceId, spanId, parentSpanId };
}

/** The record of a span with valid ids; `statusCode`/`statusMessage` are undefined when it has no status object. */
export function spanRecord(
  ids: SpanIds,
  name: unknown,
  kind: unknown,
  statusCode: unknown,
  statusMessage: unknown,
  attrs: { values: Record<string, AttrValue>; types: AttrKinds },
  events: SpanRecord['events'],
  startMs: number,
  endMs: number | undefined,
  resource: Record<string, AttrValue>,
  source: SpanRecord['source'],
): SpanRecord {
  const record: SpanRecord = {
    traceId: ids.traceId,
    spanId: ids.spanId,
    name: typeof name === 'string' ? name : '',
    kind: enumValue(kind, SPAN_KINDS_BY_NUMBER, SPAN_KIND_BY_NAME, 'internal'),
    status: enumValue(statusCode, SPAN_STATUSES_BY_NUMBER, SPAN_STATUS_BY_NAME, 'UNSET'),
    attributes: attrs.values,
    types: attrs.types,
    events,
    startMs,
    // A span without an end never ended: it is kept, flagged, and judged malformed.
    endMs: endMs ?? startMs,
    resource,
    source,
  };
  if (endMs === undefined) record.endMissing = true;
  if (ids.parentSpanId) record.parentSpanId = ids.parentSpanId;
  if (typeof statusMessage === 'string' && statusMessage) record.statusMessage = statusMessage;
  return record;
}

/**
 * One OTLP (JSON shape) span → a SpanRecord with the given flattened resource
 * attributes, or the reason it is rejected (invalid ids).
 */
export function convertSpan(s: unknown, resource: Record<string, AttrValue>, encoding: IdEncoding, source: SpanRecord['source'] = 'sut'): SpanRecord | string {
  if (!isObj(s)) return 'span is not an object';
  const ids = spanIds(field(s, 'traceId'), field(s, 'spanId'), field(s, 'parentSpanId'), s.name, encoding);
  if (typeof ids === 'string') return ids;
  const status = field(s, 'status');
  const attrs = typedAttributes(list(s, 'attributes'));
  const startMs = nanosToMs(field(s, 'startTimeUnixNano'));
  const endMs = endTimeMs(field(s, 'endTimeUnixNano'));
  const spanEvents = events(list(s, 'events'));
  return isObj(status)
    ? spanRecord(ids, s.name, s.kind, status.code, status.message, attrs, spanEvents, startMs, endMs, resource, source)
    : spanRecord(ids, s.name, s.kind, undefined, undefined, attrs, spanEvents, startMs, endMs, resource, source);
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
