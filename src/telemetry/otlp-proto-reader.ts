/**
 * OTLP/protobuf ExportTraceServiceRequest bytes → SpanRecords directly, over
 * the known field numbers of opentelemetry-proto (trace/v1, common/v1,
 * resource/v1), without building message objects first. It gives exactly what
 * the generated decoder followed by convertRequest gives (otlp-proto-reader.test.ts
 * checks both on generated requests): ids as lowercase hex, times in epoch ms
 * with the sub-millisecond part, int64 values beyond 2^53 as exact decimal
 * strings, and every AnyValue kind kept.
 *
 * Field numbers (opentelemetry/proto/...):
 *   ExportTraceServiceRequest: 1 resource_spans
 *   ResourceSpans: 1 resource, 2 scope_spans      Resource: 1 attributes
 *   ScopeSpans: 2 spans
 *   Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 7 start_time_unix_nano,
 *         8 end_time_unix_nano, 9 attributes, 11 events, 15 status
 *   Span.Event: 1 time_unix_nano, 2 name, 3 attributes      Status: 2 message, 3 code
 *   KeyValue: 1 key, 2 value        KeyValueList / ArrayValue: 1 values
 *   AnyValue: 1 string, 2 bool, 3 int (int64), 4 double, 5 array, 6 kvlist, 7 bytes
 * Other fields are skipped by wire type.
 */
import { BadRequest, type Converted } from './otlp.js';
import { setOwn, SPAN_KINDS_BY_NUMBER, SPAN_STATUSES_BY_NUMBER, type AttrKind, type AttrValue, type SpanRecord } from './span-record.js';

const VARINT = 0;
const FIXED64 = 1;
const LENGTH = 2;
const FIXED32 = 5;

/** A cursor over one message's bytes (`end` is where the message stops). */
class Reader {
  pos: number;
  constructor(
    readonly buf: Buffer,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  private fail(what: string): never {
    throw new BadRequest(`invalid protobuf: ${what} at byte ${this.pos}`);
  }

  /** A varint's low 32 bits (as unsigned); the rest is read and dropped. */
  uint32(): number {
    let value = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.end) this.fail('truncated varint');
      const b = this.buf[this.pos++]!;
      if (shift < 32) value |= (b & 0x7f) << shift;
      if (b < 0x80) return value >>> 0;
    }
    return this.fail('varint longer than 10 bytes');
  }

  /** A varint as [low 32 bits, high 32 bits], both unsigned. */
  varint64(): [number, number] {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) this.fail('truncated varint');
      const b = this.buf[this.pos++]!;
      if (i < 4) lo |= (b & 0x7f) << (i * 7);
      else if (i === 4) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >> 4;
      } else hi |= (b & 0x7f) << (i * 7 - 32);
      if (b < 0x80) return [lo >>> 0, hi >>> 0];
    }
    return this.fail('varint longer than 10 bytes');
  }

  fixed64(): [number, number] {
    if (this.pos + 8 > this.end) this.fail('truncated fixed64');
    const lo = this.buf.readUInt32LE(this.pos);
    const hi = this.buf.readUInt32LE(this.pos + 4);
    this.pos += 8;
    return [lo, hi];
  }

  double(): number {
    if (this.pos + 8 > this.end) this.fail('truncated double');
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }

  /** A length-delimited field: its end (the cursor is at its start). */
  lengthEnd(): number {
    const n = this.uint32();
    const end = this.pos + n;
    if (end > this.end) this.fail(`length ${n} past the end of the message`);
    return end;
  }

  string(): string {
    const end = this.lengthEnd();
    const s = this.buf.toString('utf8', this.pos, end);
    this.pos = end;
    return s;
  }

  bytes(): Buffer {
    const end = this.lengthEnd();
    const b = this.buf.subarray(this.pos, end);
    this.pos = end;
    return b;
  }

  /** The reader of an embedded message; the cursor moves past it. */
  message(): Reader {
    const end = this.lengthEnd();
    const r = new Reader(this.buf, this.pos, end);
    this.pos = end;
    return r;
  }

  skip(wireType: number): void {
    if (wireType === VARINT) this.uint32();
    else if (wireType === FIXED64) this.pos += 8;
    else if (wireType === LENGTH) this.pos = this.lengthEnd();
    else if (wireType === FIXED32) this.pos += 4;
    else if (wireType === 3) {
      // A group: skip fields until its end tag.
      for (;;) {
        const tag = this.uint32();
        if ((tag & 7) === 4) break;
        this.skip(tag & 7);
      }
    } else this.fail(`invalid wire type ${wireType}`);
    if (this.pos > this.end) this.fail('field past the end of the message');
  }

  more(): boolean {
    return this.pos < this.end;
  }
}

/** Unsigned 64 bits as epoch ms with the sub-millisecond part: Number(ns / 10^6) + Number(ns % 10^6) / 10^6, without BigInt. */
function nanosToMs(lo: number, hi: number): number {
  // 2^32 = 4294 · 10^6 + 967296, so ns = hi · 4294 · 10^6 + (hi · 967296 + lo), every term exact in a double.
  const low = hi * 967296 + lo;
  const rest = low % 1_000_000;
  return hi * 4294 + (low - rest) / 1_000_000 + rest / 1e6;
}

/** A signed int64 (two's complement lo/hi) as a number while it is a safe integer, else its exact decimal string. */
function int64(lo: number, hi: number): number | string {
  const negative = hi >= 0x80000000;
  if (!negative && hi < 0x200000) return hi * 4294967296 + lo;
  if (negative) {
    // |v| = 2^64 − v; safe when it is at most 2^53 − 1.
    const v = BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
    return v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
  }
  return ((BigInt(hi) << 32n) | BigInt(lo)).toString();
}

const hexOf = (b: Buffer) => b.toString('hex');
const allZero = (b: Buffer) => {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
};
/** Id bytes → hex, '' when absent or empty, undefined when invalid (wrong length, all zero unless `zeroIsEmpty`). */
function id(b: Buffer | undefined, bytes: number, zeroIsEmpty = false): string | undefined {
  if (b === undefined || b.length === 0) return '';
  if (b.length !== bytes) return undefined;
  if (allZero(b)) return zeroIsEmpty ? '' : undefined;
  return hexOf(b);
}

/** One AnyValue as the generated decoder sees it: the members present on the wire (the last of each). */
interface AnyValueFields {
  string?: string;
  bool?: boolean;
  int?: number | string;
  double?: number;
  array?: Reader;
  kvlist?: Reader;
  bytes?: Buffer;
}

function anyValueFields(r: Reader): AnyValueFields {
  const f: AnyValueFields = {};
  while (r.more()) {
    const tag = r.uint32();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        if (wire === LENGTH) f.string = r.string();
        else r.skip(wire);
        break;
      case 2:
        if (wire === VARINT) f.bool = r.uint32() !== 0;
        else r.skip(wire);
        break;
      case 3:
        if (wire === VARINT) f.int = int64(...r.varint64());
        else r.skip(wire);
        break;
      case 4:
        if (wire === FIXED64) f.double = r.double();
        else r.skip(wire);
        break;
      case 5:
        if (wire === LENGTH) f.array = r.message();
        else r.skip(wire);
        break;
      case 6:
        if (wire === LENGTH) f.kvlist = r.message();
        else r.skip(wire);
        break;
      case 7:
        if (wire === LENGTH) f.bytes = r.bytes();
        else r.skip(wire);
        break;
      default:
        r.skip(wire);
    }
  }
  return f;
}

/** The `values` (field 1) of an ArrayValue or KeyValueList, each as its own reader. */
function values(r: Reader): Reader[] {
  const out: Reader[] = [];
  const at = r.pos;
  while (r.more()) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === LENGTH) out.push(r.message());
    else r.skip(tag & 7);
  }
  r.pos = at; // a kvlist may be read again (nested arrays)
  return out;
}

type Scalar = { value: string | number | boolean; kind: AttrKind };

/** Same choice as otlp.ts's scalar(): string, bool, int, double, bytes, kvlist, array, in that order. */
function scalar(f: AnyValueFields): Scalar | undefined {
  if (f.string !== undefined) return { value: f.string, kind: 'string' };
  if (f.bool !== undefined) return { value: f.bool, kind: 'bool' };
  if (f.int !== undefined) return { value: f.int, kind: 'int' };
  if (f.double !== undefined) return { value: f.double, kind: 'double' };
  if (f.bytes !== undefined) return { value: f.bytes.toString('base64'), kind: 'bytes' };
  if (f.kvlist !== undefined) return { value: JSON.stringify(keyValues(values(f.kvlist), false).values), kind: 'kvlist' };
  if (f.array !== undefined) return { value: JSON.stringify(values(f.array).map((item) => scalar(anyValueFields(item))?.value ?? null)), kind: 'array' };
  return undefined;
}

/** KeyValues → values (and their kinds as sent when `withTypes`), as otlp.ts's typedAttributes. */
function keyValues(kvs: Reader[], withTypes: boolean): { values: Record<string, AttrValue>; types: Record<string, AttrKind | AttrKind[]> } {
  const out: Record<string, AttrValue> = {};
  const types: Record<string, AttrKind | AttrKind[]> = {};
  for (const kv of kvs) {
    let key: string | undefined;
    let value: Reader | undefined;
    while (kv.more()) {
      const tag = kv.uint32();
      const wire = tag & 7;
      if (tag >>> 3 === 1 && wire === LENGTH) key = kv.string();
      else if (tag >>> 3 === 2 && wire === LENGTH) value = kv.message();
      else kv.skip(wire);
    }
    if (key === undefined || value === undefined) continue;
    const f = anyValueFields(value);
    if (f.array !== undefined) {
      const vs: (string | number | boolean)[] = [];
      const kinds: AttrKind[] = [];
      for (const item of values(f.array)) {
        const s = scalar(anyValueFields(item));
        if (s === undefined) continue;
        vs.push(s.value);
        kinds.push(s.kind);
      }
      setOwn(out, key, vs);
      if (withTypes) setOwn(types, key, kinds);
      continue;
    }
    const s = scalar(f);
    if (s === undefined) continue;
    setOwn(out, key, s.value);
    if (withTypes) setOwn(types, key, s.kind);
  }
  return { values: out, types };
}

/** The messages of one repeated field (by number) of a message. */
function repeated(r: Reader, field: number): Reader[] {
  const out: Reader[] = [];
  while (r.more()) {
    const tag = r.uint32();
    if (tag >>> 3 === field && (tag & 7) === LENGTH) out.push(r.message());
    else r.skip(tag & 7);
  }
  return out;
}

function event(r: Reader): SpanRecord['events'][number] {
  let time: [number, number] = [0, 0];
  let name = '';
  const attrs: Reader[] = [];
  while (r.more()) {
    const tag = r.uint32();
    const wire = tag & 7;
    const n = tag >>> 3;
    if (n === 1 && wire === FIXED64) time = r.fixed64();
    else if (n === 2 && wire === LENGTH) name = r.string();
    else if (n === 3 && wire === LENGTH) attrs.push(r.message());
    else r.skip(wire);
  }
  return { name, timeMs: nanosToMs(...time), attributes: keyValues(attrs, false).values };
}

function span(r: Reader, resource: Record<string, AttrValue>): SpanRecord | string {
  let traceId: Buffer | undefined;
  let spanId: Buffer | undefined;
  let parentId: Buffer | undefined;
  let name: string | undefined;
  let kind: number | undefined;
  let start: [number, number] = [0, 0];
  let end: [number, number] | undefined;
  const attrs: Reader[] = [];
  const events: Reader[] = [];
  let status: { code?: number; message?: string } | undefined;
  while (r.more()) {
    const tag = r.uint32();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        if (wire === LENGTH) traceId = r.bytes();
        else r.skip(wire);
        break;
      case 2:
        if (wire === LENGTH) spanId = r.bytes();
        else r.skip(wire);
        break;
      case 4:
        if (wire === LENGTH) parentId = r.bytes();
        else r.skip(wire);
        break;
      case 5:
        if (wire === LENGTH) name = r.string();
        else r.skip(wire);
        break;
      case 6:
        // An enum is an int32: negative values come as 10-byte varints, and name no kind.
        if (wire === VARINT) kind = r.uint32() | 0;
        else r.skip(wire);
        break;
      case 7:
        if (wire === FIXED64) start = r.fixed64();
        else r.skip(wire);
        break;
      case 8:
        if (wire === FIXED64) end = r.fixed64();
        else r.skip(wire);
        break;
      case 9:
        if (wire === LENGTH) attrs.push(r.message());
        else r.skip(wire);
        break;
      case 11:
        if (wire === LENGTH) events.push(r.message());
        else r.skip(wire);
        break;
      case 15:
        if (wire === LENGTH) {
          const s = r.message();
          status = {}; // a repeated message field replaces the earlier one
          while (s.more()) {
            const t = s.uint32();
            if (t >>> 3 === 2 && (t & 7) === LENGTH) status.message = s.string();
            else if (t >>> 3 === 3 && (t & 7) === VARINT) status.code = s.uint32() | 0;
            else s.skip(t & 7);
          }
        } else r.skip(wire);
        break;
      default:
        r.skip(wire);
    }
  }
  const label = name !== undefined ? `span '${name}'` : 'span';
  const trace = id(traceId, 16);
  const own = id(spanId, 8);
  const parent = id(parentId, 8, true);
  if (!trace) return `${label}: invalid trace id`;
  if (!own) return `${label}: invalid span id`;
  if (parent === undefined) return `${label}: invalid parent span id`;
  const typed = keyValues(attrs, true);
  const startMs = nanosToMs(...start);
  const endMissing = end === undefined || (end[0] === 0 && end[1] === 0);
  const record: SpanRecord = {
    traceId: trace,
    spanId: own,
    name: name ?? '',
    kind: (kind !== undefined ? SPAN_KINDS_BY_NUMBER[kind] : undefined) ?? 'internal',
    status: (status?.code !== undefined ? SPAN_STATUSES_BY_NUMBER[status.code] : undefined) ?? 'UNSET',
    attributes: typed.values,
    types: typed.types,
    events: events.map(event),
    startMs,
    // A span without an end never ended: it is kept, flagged, and judged malformed.
    endMs: endMissing ? startMs : nanosToMs(...end!),
    resource,
    source: 'sut',
  };
  if (endMissing) record.endMissing = true;
  if (parent) record.parentSpanId = parent;
  if (status?.message) record.statusMessage = status.message;
  return record;
}

/** Every span of an OTLP/protobuf request (all of the system under test); invalid ones are counted as rejected. Throws BadRequest on bytes that are not protobuf. */
export function readProtobufRequest(body: Buffer): Converted {
  const out: Converted = { spans: [], rejected: 0, reasons: [] };
  for (const rs of repeated(new Reader(body, 0, body.length), 1)) {
    let resource: Record<string, AttrValue> = {};
    const scopes: Reader[] = [];
    while (rs.more()) {
      const tag = rs.uint32();
      const wire = tag & 7;
      if (tag >>> 3 === 1 && wire === LENGTH) resource = keyValues(repeated(rs.message(), 1), false).values;
      else if (tag >>> 3 === 2 && wire === LENGTH) scopes.push(rs.message());
      else rs.skip(wire);
    }
    for (const ss of scopes) {
      for (const s of repeated(ss, 2)) {
        const converted = span(s, resource);
        if (typeof converted === 'string') {
          out.rejected++;
          if (out.reasons.length < 3) out.reasons.push(converted);
        } else out.spans.push(converted);
      }
    }
  }
  return out;
}

/** How many spans an OTLP/protobuf request carries, without reading them. Throws BadRequest on bytes that are not protobuf. */
export function countProtobufSpans(body: Buffer): number {
  let n = 0;
  for (const rs of repeated(new Reader(body, 0, body.length), 1)) {
    for (const ss of repeated(rs, 2)) {
      while (ss.more()) {
        const tag = ss.uint32();
        if (tag >>> 3 === 2 && (tag & 7) === LENGTH) n++;
        ss.skip(tag & 7);
      }
    }
  }
  return n;
}
