/**
 * A trace held as columns instead of one object per span: what a very large
 * trace (past LARGE_TRACE_SPANS) is kept as, so 10 M spans fit in a stated
 * memory bound. One SpanRecord object takes ~465 B of heap; a row here takes
 * ~70 B plus ~13 B per attribute.
 *
 * - strings (names, trace ids, attribute keys and string values, status
 *   messages) are interned once in a pool and stored as numbers;
 * - span and parent ids of the usual form (16 lowercase hex digits) are two
 *   Uint32 each; any other id string is kept aside, by row;
 * - times are Float64 columns;
 * - attributes (of spans and of events) are rows of one arena: key, tag, value;
 * - resources, attribute kinds and origins (few distinct per trace) are interned objects.
 *
 * `at(i)` makes the SpanRecord of row i on demand (a new object each call,
 * equal to the record appended); `spanList(table)` is a read-only array view
 * whose elements are made as they are read, for the code that reads spans as
 * an array (validators, reports) without holding them all at once.
 */
import type { AttrKinds, AttrValue, SpanKindName, SpanOrigin, SpanRecord, StatusName } from './span-record.js';

/** Spans past which a trace is kept as a SpanTable (the count past which report.json also moves its spans to a file). */
export const LARGE_TRACE_SPANS = 100_000;

const HEX16 = /^[0-9a-f]{16}$/;

/** A growable typed column. */
type Column = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;
function grown<T extends Column>(column: T, need: number): T {
  if (need <= column.length) return column;
  const next = new (column.constructor as new (n: number) => T)(Math.max(need, column.length * 2));
  next.set(column);
  return next;
}

/** Attribute value tags in the arena. */
const TAG_STRING = 0;
const TAG_NUMBER = 1;
const TAG_TRUE = 2;
const TAG_FALSE = 3;
/** Any other value (arrays, and whatever else a record carried) kept as it is in `others`. */
const TAG_OTHER = 4;

/** Row flags. */
const PARENT_ABSENT = 1;
const ID_ODD = 2;
const PARENT_ODD = 4;
const END_MISSING = 8;
const SOURCE_SUT = 16;

type SpanEvent = SpanRecord['events'][number];

/** Interns values by a key: the same key gives the same number (and object). */
class Pool<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();
  id(key: string, value: T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.values.length));
      this.values.push(value);
    }
    return id;
  }
}

export class SpanTable {
  length = 0;
  /** Interned strings: names, trace ids, keys, string values, status messages. */
  readonly strings = new Pool<string>();
  private readonly objects = new Pool<unknown>();
  private readonly kinds = new Pool<SpanKindName>();
  private readonly statuses = new Pool<StatusName>();
  /** Odd span ids and parent ids (not 16 lowercase hex digits), by row. */
  private readonly oddIds = new Map<number, string>();
  private readonly oddParents = new Map<number, string>();
  /** Attribute values that are no string, number or boolean (arrays...). */
  private readonly others: unknown[] = [];

  private capacity = 0;
  /** Per row. */
  private idHi = new Uint32Array(0);
  private idLo = new Uint32Array(0);
  private parentHi = new Uint32Array(0);
  private parentLo = new Uint32Array(0);
  /** The name of each row as a string-pool number (graph.ts indexes names with it). */
  nameId = new Int32Array(0);
  private traceIdOf = new Int32Array(0);
  private flags = new Uint8Array(0);
  private kind = new Uint8Array(0);
  private status = new Uint8Array(0);
  private statusMessage = new Int32Array(0);
  startMs = new Float64Array(0);
  endMs = new Float64Array(0);
  private resource = new Int32Array(0);
  private types = new Int32Array(0);
  private origin = new Int32Array(0);
  private attrStart = new Uint32Array(0);
  private attrCount = new Uint32Array(0);
  private eventStart = new Uint32Array(0);
  private eventCount = new Uint32Array(0);

  /** Events. */
  private events = 0;
  private eventName = new Int32Array(0);
  private eventTime = new Float64Array(0);
  private eventAttrStart = new Uint32Array(0);
  private eventAttrCount = new Uint32Array(0);

  /** The attribute arena (of spans and events). */
  private attrs = 0;
  private attrKey = new Int32Array(0);
  private attrTag = new Uint8Array(0);
  private attrValue = new Float64Array(0);

  private reserve(rows: number): void {
    if (rows <= this.capacity) return;
    const n = Math.max(rows, 1024, this.capacity * 2);
    this.idHi = grown(this.idHi, n);
    this.idLo = grown(this.idLo, n);
    this.parentHi = grown(this.parentHi, n);
    this.parentLo = grown(this.parentLo, n);
    this.nameId = grown(this.nameId, n);
    this.traceIdOf = grown(this.traceIdOf, n);
    this.flags = grown(this.flags, n);
    this.kind = grown(this.kind, n);
    this.status = grown(this.status, n);
    this.statusMessage = grown(this.statusMessage, n);
    this.startMs = grown(this.startMs, n);
    this.endMs = grown(this.endMs, n);
    this.resource = grown(this.resource, n);
    this.types = grown(this.types, n);
    this.origin = grown(this.origin, n);
    this.attrStart = grown(this.attrStart, n);
    this.attrCount = grown(this.attrCount, n);
    this.eventStart = grown(this.eventStart, n);
    this.eventCount = grown(this.eventCount, n);
    this.capacity = n;
  }

  private string(s: string): number {
    return this.strings.id(s, s);
  }

  /** An interned object: the same content (as JSON, plus key order) gives the same object. */
  private object(value: unknown): number {
    return this.objects.id(JSON.stringify(value), value);
  }

  /** Appends attributes to the arena; returns where they start. */
  private appendAttributes(attributes: Readonly<Record<string, AttrValue>>): [start: number, count: number] {
    const start = this.attrs;
    for (const key in attributes) {
      if (!Object.hasOwn(attributes, key)) continue;
      const value = attributes[key] as unknown;
      const at = this.attrs++;
      if (at >= this.attrKey.length) {
        this.attrKey = grown(this.attrKey, at + 1);
        this.attrTag = grown(this.attrTag, at + 1);
        this.attrValue = grown(this.attrValue, at + 1);
      }
      this.attrKey[at] = this.string(key);
      if (typeof value === 'string') {
        this.attrTag[at] = TAG_STRING;
        this.attrValue[at] = this.string(value);
      } else if (typeof value === 'number') {
        this.attrTag[at] = TAG_NUMBER;
        this.attrValue[at] = value;
      } else if (typeof value === 'boolean') {
        this.attrTag[at] = value ? TAG_TRUE : TAG_FALSE;
      } else {
        this.attrTag[at] = TAG_OTHER;
        this.attrValue[at] = this.others.push(value) - 1;
      }
    }
    return [start, this.attrs - start];
  }

  private readAttributes(start: number, count: number): Record<string, AttrValue> {
    const out: Record<string, AttrValue> = {};
    const strings = this.strings.values;
    for (let a = start; a < start + count; a++) {
      const key = strings[this.attrKey[a]!]!;
      const v = this.attrValue[a]!;
      switch (this.attrTag[a]) {
        case TAG_STRING:
          out[key] = strings[v]!;
          break;
        case TAG_NUMBER:
          out[key] = v;
          break;
        case TAG_TRUE:
          out[key] = true;
          break;
        case TAG_FALSE:
          out[key] = false;
          break;
        default:
          out[key] = this.others[v] as AttrValue;
      }
    }
    return out;
  }

  /** Appends a span; returns its row. */
  append(s: SpanRecord): number {
    const i = this.length;
    this.reserve(i + 1);
    let flags = s.source === 'sut' ? SOURCE_SUT : 0;
    if (HEX16.test(s.spanId)) {
      this.idHi[i] = parseInt(s.spanId.slice(0, 8), 16);
      this.idLo[i] = parseInt(s.spanId.slice(8), 16);
    } else {
      flags |= ID_ODD;
      this.oddIds.set(i, s.spanId);
    }
    if (s.parentSpanId === undefined) flags |= PARENT_ABSENT;
    else if (HEX16.test(s.parentSpanId)) {
      this.parentHi[i] = parseInt(s.parentSpanId.slice(0, 8), 16);
      this.parentLo[i] = parseInt(s.parentSpanId.slice(8), 16);
    } else {
      flags |= PARENT_ODD;
      this.oddParents.set(i, s.parentSpanId);
    }
    if (s.endMissing) flags |= END_MISSING;
    if (s.source !== 'sut' && s.source !== 'runner') throw new TypeError(`span source ${String(s.source)} cannot be stored`);
    this.flags[i] = flags;
    this.traceIdOf[i] = this.string(s.traceId);
    this.nameId[i] = this.string(s.name);
    this.kind[i] = this.kinds.id(s.kind, s.kind);
    this.status[i] = this.statuses.id(s.status, s.status);
    if (this.kinds.values.length > 255 || this.statuses.values.length > 255) throw new RangeError('more than 255 distinct span kinds or statuses');
    this.statusMessage[i] = s.statusMessage === undefined ? -1 : this.string(s.statusMessage);
    this.startMs[i] = s.startMs;
    this.endMs[i] = s.endMs;
    this.resource[i] = this.object(s.resource);
    this.types[i] = s.types === undefined ? -1 : this.object(s.types);
    this.origin[i] = s.origin === undefined ? -1 : this.object(s.origin);
    [this.attrStart[i], this.attrCount[i]] = this.appendAttributes(s.attributes);
    this.eventStart[i] = this.events;
    this.eventCount[i] = s.events.length;
    for (const e of s.events) {
      const at = this.events++;
      if (at >= this.eventName.length) {
        this.eventName = grown(this.eventName, at + 1);
        this.eventTime = grown(this.eventTime, at + 1);
        this.eventAttrStart = grown(this.eventAttrStart, at + 1);
        this.eventAttrCount = grown(this.eventAttrCount, at + 1);
      }
      this.eventName[at] = this.string(e.name);
      this.eventTime[at] = e.timeMs;
      [this.eventAttrStart[at], this.eventAttrCount[at]] = this.appendAttributes(e.attributes);
    }
    this.length = i + 1;
    return i;
  }

  name(i: number): string {
    return this.strings.values[this.nameId[i]!]!;
  }
  source(i: number): SpanRecord['source'] {
    return this.flags[i]! & SOURCE_SUT ? 'sut' : 'runner';
  }
  hasParent(i: number): boolean {
    return (this.flags[i]! & PARENT_ABSENT) === 0;
  }
  spanId(i: number): string {
    return this.flags[i]! & ID_ODD ? this.oddIds.get(i)! : hex16(this.idHi[i]!, this.idLo[i]!);
  }
  parentSpanId(i: number): string | undefined {
    const f = this.flags[i]!;
    if (f & PARENT_ABSENT) return undefined;
    return f & PARENT_ODD ? this.oddParents.get(i)! : hex16(this.parentHi[i]!, this.parentLo[i]!);
  }

  /** True when the row's parent id is its own id. */
  parentIsSelf(i: number): boolean {
    const f = this.flags[i]!;
    if (f & PARENT_ABSENT) return false;
    if ((f & ID_ODD) !== 0 || (f & PARENT_ODD) !== 0) return this.parentSpanId(i) === this.spanId(i);
    return this.idHi[i] === this.parentHi[i] && this.idLo[i] === this.parentLo[i];
  }

  /**
   * Each span's parent, found by id among the spans (the last one with the id, as
   * a Map set in order keeps; -1: no parent, an empty parent id, or a parent not
   * among them), and whether two spans share an id. The spans are the rows of
   * the table, or the `rows` given (positions are then indices into `rows`). Ids
   * of the usual form are looked up in an open-addressing table of positions,
   * not in a Map of strings.
   */
  parentRows(rows?: Int32Array): { parentIndex: Int32Array; hasDuplicateIds: boolean; rowOfId: (id: string) => number } {
    const n = rows ? rows.length : this.length;
    const row = (k: number) => (rows ? rows[k]! : k);
    let size = 1;
    while (size < n * 2) size <<= 1;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    const slotOf = (hi: number, lo: number): number => {
      let h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) >>> 0;
      for (;;) {
        const at = h & mask;
        const k = slots[at]!;
        if (k === -1) return at;
        const r = row(k);
        if (this.idHi[r] === hi && this.idLo[r] === lo) return at;
        h = (h + 1) >>> 0;
      }
    };
    // Odd ids (not 16 lowercase hex digits) cannot equal a packed one.
    const odd = new Map<string, number>();
    let distinct = 0;
    for (let k = 0; k < n; k++) {
      const r = row(k);
      if (this.flags[r]! & ID_ODD) {
        const id = this.oddIds.get(r)!;
        if (!odd.has(id)) distinct++;
        odd.set(id, k);
        continue;
      }
      const at = slotOf(this.idHi[r]!, this.idLo[r]!);
      if (slots[at] === -1) distinct++;
      slots[at] = k;
    }
    const positionOfHex = (hi: number, lo: number) => slots[slotOf(hi, lo)]!;
    const rowOfId = (id: string): number => {
      if (HEX16.test(id)) return positionOfHex(parseInt(id.slice(0, 8), 16) >>> 0, parseInt(id.slice(8), 16) >>> 0);
      return odd.get(id) ?? -1;
    };
    const parentIndex = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const r = row(k);
      const f = this.flags[r]!;
      if (f & PARENT_ABSENT) parentIndex[k] = -1;
      else if (f & PARENT_ODD) {
        const id = this.oddParents.get(r)!;
        // An empty parent id is no parent (as `s.parentSpanId ? ... : -1` reads it).
        parentIndex[k] = id === '' ? -1 : rowOfId(id);
      } else parentIndex[k] = positionOfHex(this.parentHi[r]!, this.parentLo[r]!);
    }
    return { parentIndex, hasDuplicateIds: distinct !== n, rowOfId };
  }

  /** The SpanRecord of row i (a new object, equal to the one appended). */
  at(i: number): SpanRecord {
    const f = this.flags[i]!;
    const record: SpanRecord = {
      traceId: this.strings.values[this.traceIdOf[i]!]!,
      spanId: this.spanId(i),
      name: this.name(i),
      kind: this.kinds.values[this.kind[i]!]!,
      status: this.statuses.values[this.status[i]!]!,
      attributes: this.readAttributes(this.attrStart[i]!, this.attrCount[i]!),
      events: this.eventsOf(i),
      startMs: this.startMs[i]!,
      endMs: this.endMs[i]!,
      resource: this.objects.values[this.resource[i]!] as SpanRecord['resource'],
      source: f & SOURCE_SUT ? 'sut' : 'runner',
    };
    const parent = this.parentSpanId(i);
    if (parent !== undefined) record.parentSpanId = parent;
    if (this.statusMessage[i] !== -1) record.statusMessage = this.strings.values[this.statusMessage[i]!]!;
    if (this.types[i] !== -1) record.types = this.objects.values[this.types[i]!] as AttrKinds;
    if (this.origin[i] !== -1) record.origin = this.objects.values[this.origin[i]!] as SpanOrigin;
    if (f & END_MISSING) record.endMissing = true;
    return record;
  }

  private eventsOf(i: number): SpanEvent[] {
    const count = this.eventCount[i]!;
    if (count === 0) return [];
    const out: SpanEvent[] = [];
    for (let e = this.eventStart[i]!; e < this.eventStart[i]! + count; e++) {
      out.push({ name: this.strings.values[this.eventName[e]!]!, timeMs: this.eventTime[e]!, attributes: this.readAttributes(this.eventAttrStart[e]!, this.eventAttrCount[e]!) });
    }
    return out;
  }

  /** Bytes held by the columns and the arena (without the interned strings and objects). */
  columnBytes(): number {
    let bytes = 0;
    for (const v of Object.values(this)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
    return bytes;
  }
}

/** Two Uint32 as 16 lowercase hex digits. */
function hex16(hi: number, lo: number): string {
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** A table from records. */
export function spanTableOf(spans: Iterable<SpanRecord>): SpanTable {
  const table = new SpanTable();
  for (const s of spans) table.append(s);
  return table;
}

// ── the array view ──────────────────────────────────────────────────────────

const TABLE = Symbol('clnrm.spanTable');
const MAP = Symbol('clnrm.spanTableMap');

/**
 * The spans of a table (or of some of its rows, in the order given) as a
 * read-only array whose elements are made when read: `list[i]`, `length`,
 * iteration and every non-mutating Array method work, and no span object
 * outlives its use unless the reader keeps it. `map`, when given, is applied
 * to each span as it is made (secret masking of a report).
 */
export function spanList(table: SpanTable, rows?: Int32Array, map?: (s: SpanRecord) => SpanRecord): readonly SpanRecord[] {
  const length = rows ? rows.length : table.length;
  const make = (i: number) => {
    const s = table.at(rows ? rows[i]! : i);
    return map ? map(s) : s;
  };
  return new Proxy([] as SpanRecord[], {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        if (key === 'length') return length;
        const c = key.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const i = Number(key);
          return Number.isInteger(i) && i < length ? make(i) : undefined;
        }
      } else if (key === TABLE) return rows ? undefined : table;
      else if (key === MAP) return map;
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0) return i < length;
      }
      return Reflect.has(target, key);
    },
    set() {
      throw new TypeError('a span table view is read-only');
    },
  });
}

/** The table behind a whole-table view made by spanList (undefined for a plain array). */
export function tableOf(spans: readonly SpanRecord[]): SpanTable | undefined {
  return (spans as unknown as Record<symbol, SpanTable | undefined>)[TABLE];
}

/** The per-span map of a view made by spanList (undefined for a plain array or a view without one). */
export function viewMapOf(spans: readonly SpanRecord[]): ((s: SpanRecord) => SpanRecord) | undefined {
  return (spans as unknown as Record<symbol, ((s: SpanRecord) => SpanRecord) | undefined>)[MAP];
}
