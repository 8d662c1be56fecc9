/**
 * OTLP/JSON ExportTraceServiceRequest bytes → SpanRecords in one pass over the
 * bytes, without the object tree JSON.parse builds first (building, walking and
 * collecting that tree cost more than the parse itself).
 *
 * It reads the shape exporters send: camelCase field names, each once, hex ids,
 * AnyValues with one field, arrays of scalars. Anything else (snake_case names,
 * a repeated field, a key-value list, invalid JSON, a field of an unexpected
 * JSON type) makes it give up and return undefined: the caller then takes the
 * reference path, JSON.parse and convertRequest, which is what this reader's
 * answers equal by construction (the same conversions from otlp.ts, applied to
 * the same leaf values JSON.parse would give) and by test (otlp-json-reader.test.ts).
 */
import {
  AttributeBuilder,
  boolAttr,
  bytesAttr,
  doubleAttr,
  endTimeMs,
  intAttr,
  nanosToMs,
  spanEvent,
  spanIds,
  spanRecord,
  stringAttr,
  type Converted,
} from './otlp.js';
import type { AttrKind, AttrKinds, AttrValue, SpanRecord } from './span-record.js';

/** Thrown (one shared value, no stack) when the request is outside what this reader reads. */
const GIVE_UP = Symbol('outside the fast OTLP/JSON grammar');

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const MINUS = 0x2d;
const UNDERSCORE = 0x5f;

type Leaf = string | number | boolean | null;

/** Field names of each message, by position (the reader switches on the position). */
const REQUEST = ['resourceSpans'] as const;
const RESOURCE_SPANS = ['resource', 'scopeSpans'] as const;
const RESOURCE = ['attributes'] as const;
const SCOPE_SPANS = ['spans'] as const;
const SPAN = ['traceId', 'spanId', 'parentSpanId', 'name', 'kind', 'startTimeUnixNano', 'endTimeUnixNano', 'attributes', 'events', 'status'] as const;
const EVENT = ['name', 'timeUnixNano', 'attributes'] as const;
const STATUS = ['code', 'message'] as const;
const KEY_VALUE = ['key', 'value'] as const;
const ANY_VALUE = ['stringValue', 'boolValue', 'intValue', 'doubleValue', 'bytesValue', 'arrayValue', 'kvlistValue'] as const;
const ARRAY_VALUE = ['values'] as const;
const [STRING, BOOL, INT, DOUBLE, ARRAY, KVLIST] = [0, 1, 2, 3, 5, 6];
const KINDS: readonly AttrKind[] = ['string', 'bool', 'int', 'double', 'bytes'];
const NO_EVENTS: SpanRecord['events'] = Object.freeze([]);

interface Attributes {
  values: Record<string, AttrValue>;
  types: AttrKinds;
}

class Reader {
  private i = 0;
  /** Set by `scalar` and `arrayValue`: the kind of the value they returned. */
  private kind: AttrKind | AttrKind[] = 'string';
  readonly out: Converted = { spans: [], rejected: 0, reasons: [] };

  constructor(private readonly b: Buffer) {}

  /** Skips whitespace; the byte there (-1 at the end). */
  private peek(): number {
    const b = this.b;
    let i = this.i;
    while (i < b.length) {
      const c = b[i]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
    this.i = i;
    return i < b.length ? b[i]! : -1;
  }

  private eat(c: number): void {
    if (this.peek() !== c) throw GIVE_UP;
    this.i++;
  }

  /** `{` and whether a member follows (the reader is then at its key). */
  private objectStart(): boolean {
    this.eat(LBRACE);
    if (this.peek() !== RBRACE) return true;
    this.i++;
    return false;
  }

  /** After a member: whether another follows. */
  private objectNext(): boolean {
    const c = this.peek();
    this.i++;
    if (c === COMMA) return true;
    if (c === RBRACE) return false;
    throw GIVE_UP;
  }

  private arrayStart(): boolean {
    this.eat(LBRACKET);
    if (this.peek() !== RBRACKET) return true;
    this.i++;
    return false;
  }

  private arrayNext(): boolean {
    const c = this.peek();
    this.i++;
    if (c === COMMA) return true;
    if (c === RBRACKET) return false;
    throw GIVE_UP;
  }

  /** A repeated field: null (empty) or an array; whether an element follows. */
  private listStart(): boolean {
    if (this.peek() === 0x6e) {
      this.literal('null');
      return false;
    }
    return this.arrayStart();
  }

  /**
   * A member's key, as its position in `names` (-1: a field this reader skips), and the `:` after it.
   * Gives up on a key with escapes or an underscore (the proto field names the reference path also reads).
   */
  private key(names: readonly string[]): number {
    this.eat(QUOTE);
    const b = this.b;
    const start = this.i;
    let i = start;
    let plain = true;
    for (; i < b.length; i++) {
      const c = b[i]!;
      if (c === QUOTE) break;
      if (c === BACKSLASH || c === UNDERSCORE || c < 0x20) plain = false;
    }
    if (!plain || i >= b.length) throw GIVE_UP;
    this.i = i + 1;
    this.eat(COLON);
    const length = i - start;
    for (let n = 0; n < names.length; n++) {
      const name = names[n]!;
      if (name.length === length && this.bytesAre(start, name)) return n;
    }
    return -1;
  }

  private bytesAre(start: number, text: string): boolean {
    const b = this.b;
    for (let j = 0; j < text.length; j++) if (b[start + j] !== text.charCodeAt(j)) return false;
    return true;
  }

  /** A string, as JSON.parse gives it (escapes and UTF-8 decoded by JSON.parse itself). */
  private string(reuse?: string): string {
    this.eat(QUOTE);
    const b = this.b;
    const start = this.i;
    let ascii = true;
    let i = start;
    for (; i < b.length; i++) {
      const c = b[i]!;
      if (c === QUOTE) break;
      if (c === BACKSLASH || c >= 0x80 || c < 0x20) ascii = false;
      if (c === BACKSLASH) i++;
    }
    if (i >= b.length) throw GIVE_UP;
    this.i = i + 1;
    if (ascii) {
      // A string equal to the one the previous span had here is shared, not made again.
      if (reuse !== undefined && reuse.length === i - start && this.bytesAre(start, reuse)) return reuse;
      return b.toString('latin1', start, i);
    }
    return JSON.parse(b.toString('utf8', start - 1, i + 1)) as string;
  }

  private literal(word: 'true' | 'false' | 'null'): boolean | null {
    if (!this.bytesAre(this.i, word)) throw GIVE_UP;
    this.i += word.length;
    return word === 'null' ? null : word === 'true';
  }

  /** A number, checked against JSON's grammar; its value as JSON.parse gives it. */
  private number(): number {
    const b = this.b;
    const start = this.i;
    let i = start;
    if (b[i] === MINUS) i++;
    const intStart = i;
    while (i < b.length && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
    const intDigits = i - intStart;
    if (intDigits === 0 || (intDigits > 1 && b[intStart] === 0x30)) throw GIVE_UP;
    let simple = intStart === start && intDigits <= 15;
    if (b[i] === 0x2e) {
      simple = false;
      const f = ++i;
      while (i < b.length && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
      if (i === f) throw GIVE_UP;
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      simple = false;
      i++;
      if (b[i] === 0x2b || b[i] === MINUS) i++;
      const e = i;
      while (i < b.length && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
      if (i === e) throw GIVE_UP;
    }
    this.i = i;
    if (!simple) return Number(b.toString('latin1', start, i));
    let n = 0;
    for (let j = start; j < i; j++) n = n * 10 + (b[j]! - 0x30);
    return n;
  }

  /** A string, number, true, false or null; gives up on an object or array. */
  private leaf(): Leaf {
    const c = this.peek();
    if (c === QUOTE) return this.string();
    if (c === 0x74) return this.literal('true');
    if (c === 0x66) return this.literal('false');
    if (c === 0x6e) return this.literal('null');
    if (c === MINUS || (c >= 0x30 && c <= 0x39)) return this.number();
    throw GIVE_UP;
  }

  /** A string passed over, checked as JSON.parse would check it. */
  private skipString(): void {
    this.eat(QUOTE);
    const b = this.b;
    const start = this.i;
    let escaped = false;
    let i = start;
    for (; i < b.length; i++) {
      const c = b[i]!;
      if (c === QUOTE) break;
      if (c < 0x20) throw GIVE_UP;
      if (c === BACKSLASH) {
        escaped = true;
        i++;
      }
    }
    if (i >= b.length) throw GIVE_UP;
    this.i = i + 1;
    if (escaped) JSON.parse(b.toString('latin1', start - 1, i + 1)); // throws on an invalid escape
  }

  /** Any JSON value, checked and passed over. */
  private skip(depth = 0): void {
    if (depth > 64) throw GIVE_UP;
    const c = this.peek();
    if (c === LBRACE) {
      if (this.objectStart())
        do {
          this.skipString();
          this.eat(COLON);
          this.skip(depth + 1);
        } while (this.objectNext());
    } else if (c === LBRACKET) {
      if (this.arrayStart())
        do this.skip(depth + 1);
        while (this.arrayNext());
    } else if (c === QUOTE) this.skipString();
    else this.leaf();
  }

  /** Digits of a quoted time in place: its epoch ms as nanosToMs gives it, or undefined (the reader has not moved). */
  private digitsMs(): number | undefined {
    const b = this.b;
    if (this.peek() !== QUOTE) return undefined;
    const start = this.i + 1;
    let i = start;
    while (i < b.length && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
    const digits = i - start;
    if (b[i] !== QUOTE || digits === 0 || digits > 19) return undefined;
    this.i = i + 1;
    // As nanosToMs: the parts above and below a millisecond (at most 13 and 6 digits), both exact doubles.
    const cut = i - 6;
    let ms = 0;
    let j = start;
    for (; j < cut; j++) ms = ms * 10 + (b[j]! - 0x30);
    let sub = 0;
    for (; j < i; j++) sub = sub * 10 + (b[j]! - 0x30);
    return ms + sub / 1e6;
  }

  /** A start or event time (Unix nanoseconds) → epoch ms. */
  private timeMs(): number {
    return this.digitsMs() ?? nanosToMs(this.leaf());
  }

  /** An end time → epoch ms, undefined when the span never ended (0). */
  private endMs(): number | undefined {
    const ms = this.digitsMs();
    if (ms !== undefined) return ms === 0 ? undefined : ms; // digits: 0 exactly when all are zeros
    return endTimeMs(this.leaf());
  }

  request(): Converted {
    let seen = 0;
    if (this.objectStart())
      do {
        const k = this.key(REQUEST);
        if (k < 0) this.skip();
        else {
          seen = this.once(seen, k);
          if (this.listStart())
            do this.resourceSpans();
            while (this.arrayNext());
        }
      } while (this.objectNext());
    if (this.peek() !== -1) throw GIVE_UP;
    return this.out;
  }

  /** A field's bit in `seen`, giving up when it was already there (JSON.parse would keep the last). */
  private once(seen: number, k: number): number {
    if (seen & (1 << k)) throw GIVE_UP;
    return seen | (1 << k);
  }

  private resourceSpans(): void {
    let seen = 0;
    // Spans read before the resource get it at the end.
    const none: Record<string, AttrValue> = {};
    let resource: Record<string, AttrValue> | undefined;
    if (this.objectStart())
      do {
        const k = this.key(RESOURCE_SPANS);
        if (k < 0) {
          this.skip();
          continue;
        }
        seen = this.once(seen, k);
        if (k === 0) resource = this.resource();
        else if (this.listStart())
          do this.scopeSpans(resource ?? none);
          while (this.arrayNext());
      } while (this.objectNext());
    if (resource !== undefined) for (const span of this.out.spans) if (span.resource === none) span.resource = resource;
  }

  private resource(): Record<string, AttrValue> {
    if (this.peek() !== LBRACE) {
      this.skip(); // not an object: no attributes
      return {};
    }
    let values: Record<string, AttrValue> = {};
    let seen = 0;
    if (this.objectStart())
      do {
        const k = this.key(RESOURCE);
        if (k < 0) this.skip();
        else {
          seen = this.once(seen, k);
          values = this.attributes().values;
        }
      } while (this.objectNext());
    return values;
  }

  private scopeSpans(resource: Record<string, AttrValue>): void {
    let seen = 0;
    if (this.objectStart())
      do {
        const k = this.key(SCOPE_SPANS);
        if (k < 0) this.skip(); // the scope: every span here is the system under test's
        else {
          seen = this.once(seen, k);
          if (this.listStart())
            do this.span(resource);
            while (this.arrayNext());
        }
      } while (this.objectNext());
  }

  private span(resource: Record<string, AttrValue>): void {
    const out = this.out;
    if (this.peek() !== LBRACE) {
      this.skip();
      return this.reject('span is not an object');
    }
    const previous = out.spans.length > 0 ? out.spans[out.spans.length - 1] : undefined;
    let traceId: Leaf | undefined;
    let spanId: Leaf | undefined;
    let parentSpanId: Leaf | undefined;
    let name: Leaf | undefined;
    let kind: Leaf | undefined;
    let startMs: number | undefined;
    let endMs: number | undefined;
    let endRead = false;
    let attrs: Attributes | undefined;
    let events: SpanRecord['events'] | undefined;
    let statusCode: Leaf | undefined;
    let statusMessage: Leaf | undefined;
    let seen = 0;
    if (this.objectStart())
      do {
        const k = this.key(SPAN);
        if (k < 0) {
          this.skip();
          continue;
        }
        seen = this.once(seen, k);
        if (k === 0) traceId = this.peek() === QUOTE ? this.string(previous?.traceId) : this.leaf();
        else if (k === 1) spanId = this.leaf();
        else if (k === 2) parentSpanId = this.leaf();
        else if (k === 3) name = this.peek() === QUOTE ? this.string(previous?.name) : this.leaf();
        else if (k === 4) kind = this.leaf();
        else if (k === 5) startMs = this.timeMs();
        else if (k === 6) {
          endMs = this.endMs();
          endRead = true;
        } else if (k === 7) attrs = this.attributes();
        else if (k === 8) events = this.events();
        else if (this.peek() === LBRACE) [statusCode, statusMessage] = this.status();
        else this.skip(); // a status that is not an object: UNSET
      } while (this.objectNext());
    const ids = spanIds(traceId, spanId, parentSpanId, name, 'hex');
    if (typeof ids === 'string') return this.reject(ids);
    out.spans.push(
      spanRecord(
        ids,
        name,
        kind,
        statusCode,
        statusMessage,
        attrs ?? this.noAttributes(),
        events ?? NO_EVENTS,
        startMs ?? nanosToMs(undefined),
        endRead ? endMs : endTimeMs(undefined),
        resource,
        'sut',
      ),
    );
  }

  private reject(reason: string): void {
    this.out.rejected++;
    if (this.out.reasons.length < 3) this.out.reasons.push(reason);
  }

  private status(): [Leaf | undefined, Leaf | undefined] {
    let code: Leaf | undefined;
    let message: Leaf | undefined;
    let seen = 0;
    if (this.objectStart())
      do {
        const k = this.key(STATUS);
        if (k < 0) {
          this.skip();
          continue;
        }
        seen = this.once(seen, k);
        if (k === 0) code = this.leaf();
        else message = this.leaf();
      } while (this.objectNext());
    return [code, message];
  }

  private events(): SpanRecord['events'] {
    if (!this.listStart()) return NO_EVENTS;
    const events: SpanRecord['events'][number][] = [];
    do {
      if (this.peek() !== LBRACE) {
        this.skip(); // not an object: not an event
        continue;
      }
      let name: Leaf | undefined;
      let timeMs: number | undefined;
      let attributes: Record<string, AttrValue> | undefined;
      let seen = 0;
      if (this.objectStart())
        do {
          const k = this.key(EVENT);
          if (k < 0) {
            this.skip();
            continue;
          }
          seen = this.once(seen, k);
          if (k === 0) name = this.leaf();
          else if (k === 1) timeMs = this.timeMs();
          else attributes = this.attributes().values;
        } while (this.objectNext());
      events.push(spanEvent(name, timeMs ?? nanosToMs(undefined), attributes ?? this.noAttributes().values));
    } while (this.arrayNext());
    return events.length > 0 ? events : NO_EVENTS;
  }

  private noAttributes(): Attributes {
    const built = new AttributeBuilder();
    return { values: built.values, types: built.types() };
  }

  /** A list of key-values → the attribute map and the kinds of its values. */
  private attributes(): Attributes {
    const built = new AttributeBuilder();
    if (this.listStart())
      do this.keyValue(built);
      while (this.arrayNext());
    return { values: built.values, types: built.types() };
  }

  private keyValue(built: AttributeBuilder): void {
    if (this.peek() !== LBRACE) return this.skip(); // not an object: no attribute
    let key: Leaf | undefined;
    let value: AttrValue | undefined;
    let kind: AttrKind | AttrKind[] = 'string';
    let seen = 0;
    if (this.objectStart())
      do {
        const k = this.key(KEY_VALUE);
        if (k < 0) {
          this.skip();
          continue;
        }
        seen = this.once(seen, k);
        if (k === 0) key = this.peek() === QUOTE ? this.string(built.previousKey()) : this.leaf();
        else {
          value = this.anyValue();
          kind = this.kind;
        }
      } while (this.objectNext());
    if (typeof key === 'string' && value !== undefined) built.add(key, value, kind);
  }

  /** An AnyValue → its value as kept in `attributes` (kind in `this.kind`), undefined when it has none. */
  private anyValue(): AttrValue | undefined {
    if (this.peek() !== LBRACE) {
      this.skip(); // not an object: no value
      return undefined;
    }
    if (!this.objectStart()) return undefined;
    const k = this.key(ANY_VALUE);
    let value: AttrValue | undefined;
    if (k === ARRAY) value = this.arrayValue();
    else if (k === KVLIST) throw GIVE_UP;
    else if (k < 0) this.skip(); // no field this reader knows: no value (as the reference path)
    else value = this.scalar(k);
    // A second field: which one counts is the reference path's to say.
    if (this.objectNext()) throw GIVE_UP;
    return value;
  }

  /** The scalar field `k` of an AnyValue (the reader is at its value). */
  private scalar(k: number): string | number | boolean | undefined {
    const leaf = this.leaf();
    this.kind = KINDS[k]!;
    if (k === STRING) return stringAttr(leaf);
    if (k === BOOL) return boolAttr(leaf);
    if (k === INT) return intAttr(leaf);
    if (k === DOUBLE) return doubleAttr(leaf);
    return bytesAttr(leaf);
  }

  /** An ArrayValue → its scalars (their kinds in `this.kind`). */
  private arrayValue(): AttrValue {
    const items: (string | number | boolean)[] = [];
    const kinds: AttrKind[] = [];
    if (this.peek() !== LBRACE) this.skip(); // not an object: no values
    else {
      let seen = 0;
      if (this.objectStart())
        do {
          const k = this.key(ARRAY_VALUE);
          if (k < 0) {
            this.skip();
            continue;
          }
          seen = this.once(seen, k);
          if (this.listStart())
            do {
              const item = this.item();
              if (item === undefined) continue;
              items.push(item);
              kinds.push(this.kind as AttrKind);
            } while (this.arrayNext());
        } while (this.objectNext());
    }
    this.kind = kinds;
    return items;
  }

  /** One value of an array: a scalar AnyValue (an array or key-value list inside one: the reference path). */
  private item(): string | number | boolean | undefined {
    if (this.peek() !== LBRACE) {
      this.skip();
      return undefined;
    }
    if (!this.objectStart()) return undefined;
    const k = this.key(ANY_VALUE);
    let value: string | number | boolean | undefined;
    if (k === ARRAY || k === KVLIST) throw GIVE_UP;
    if (k < 0) this.skip();
    else value = this.scalar(k);
    if (this.objectNext()) throw GIVE_UP;
    return value;
  }
}

/**
 * The span records of an OTLP/JSON request, or undefined when the request is
 * outside what this reader reads (including invalid JSON): then JSON.parse and
 * convertRequest decide, errors included.
 */
export function readJsonRequest(body: Buffer): Converted | undefined {
  try {
    return new Reader(body).request();
  } catch {
    return undefined;
  }
}
