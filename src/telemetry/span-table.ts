/**
 * A trace held as columns instead of one object per span: what a very large
 * trace (past LARGE_TRACE_SPANS) is kept as, so 10 M spans fit in a stated
 * memory bound. One SpanRecord object takes ~465 B of heap; a row here takes
 * ~61 B, plus 12 B per attribute unless its attributes repeat another span's.
 *
 * - strings (names, attribute keys and string values, status
 *   messages) are interned once in a pool and stored as numbers;
 * - span and parent ids of the usual form (16 lowercase hex digits) are two
 *   Uint32 each; any other id string is kept aside, by row;
 * - times are Float64 columns;
 * - attributes (of spans and of events) are runs in one arena (key and tag,
 *   value); a span whose attributes equal an earlier span's shares its run
 *   (up to 65 536 distinct runs remembered);
 * - trace id, kind, status, source, resource, attribute kinds and origin (few
 *   combinations per trace) are one interned context per row.
 *
 * `at(i)` makes the SpanRecord of row i on demand (a new object each call,
 * equal to the record appended); `spanList(table)` is a read-only array view
 * whose elements are made as they are read, for the code that reads spans as
 * an array (validators, reports) without holding them all at once.
 */
import { setOwn, type AttrKinds, type AttrValue, type SpanKindName, type SpanOrigin, type SpanRecord, type StatusName } from './span-record.js';

/** Spans past which a trace is kept as a SpanTable (the count past which report.json also moves its spans to a file). */
export const LARGE_TRACE_SPANS = 100_000;

const HEX16 = /^[0-9a-f]{16}$/;
const ABSENT = { absent: true } as const;
const PACKED = { absent: false, odd: undefined } as const;

/** A typed column kept in fixed chunks: it grows without copying and holds at most one chunk it does not use. */
type TypedArray = Float64Array | Uint32Array | Int32Array | Uint8Array;
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;
class Column<T extends TypedArray> {
  readonly chunks: T[] = [];
  constructor(private readonly make: (n: number) => T) {}
  /** Makes room for index i (indices are written in order). */
  room(i: number): void {
    while (i >= this.chunks.length * CHUNK) this.chunks.push(this.make(CHUNK));
  }
  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & IN_CHUNK]!;
  }
  set(i: number, v: number): void {
    this.chunks[i >>> CHUNK_BITS]![i & IN_CHUNK] = v;
  }
  bytes(): number {
    let n = 0;
    for (const c of this.chunks) n += c.byteLength;
    return n;
  }
}
const f64 = () => new Column((n) => new Float64Array(n));
const u32 = () => new Column((n) => new Uint32Array(n));
const i32 = () => new Column((n) => new Int32Array(n));
const u8 = () => new Column((n) => new Uint8Array(n));

/** Attribute value tags in the arena (the low 3 bits of an entry's key word). */
const TAG_STRING = 0;
const TAG_NUMBER = 1;
const TAG_TRUE = 2;
const TAG_FALSE = 3;
/** Any other value (arrays, and whatever else a record carried) kept as it is in `others`. */
const TAG_OTHER = 4;
const TAG_BITS = 3;
/** Distinct attribute runs remembered for sharing (the dictionary's bound: ~100 B each). */
const RUNS_MAX = 1 << 16;

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

/**
 * A key that tells apart every value JSON.stringify would confuse (NaN, ±Infinity,
 * -0 and undefined against null or 0); key order counts, as it shows in the records.
 */
const exactKey = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? v : `\u0000n${String(Object.is(v, -0) ? '-0' : v)}`;
    if (v === undefined) return '\u0000u';
    if (typeof v === 'string' && v.startsWith('\u0000')) return `\u0000${v}`;
    return v;
  }) ?? '\u0000u';

/** What few spans of a trace differ in, interned once per distinct combination. */
export interface SpanContext {
  traceId: string;
  kind: SpanKindName;
  status: StatusName;
  source: SpanRecord['source'];
  resource: SpanRecord['resource'];
  types?: AttrKinds;
  origin?: SpanOrigin;
}

export class SpanTable {
  length = 0;
  /** Interned strings: names, keys, string values, status messages. */
  readonly strings = new Pool<string>();
  private readonly contexts = new Pool<SpanContext>();
  /** Odd span ids and parent ids (not 16 lowercase hex digits), by row. */
  private readonly oddIds = new Map<number, string>();
  private readonly oddParents = new Map<number, string>();
  /** Attribute values that are no string, number or boolean (arrays...). */
  private readonly others: unknown[] = [];

  /** Per row (~61 B). */
  private readonly idHi = u32();
  private readonly idLo = u32();
  private readonly parentHi = u32();
  private readonly parentLo = u32();
  private readonly nameOf = i32();
  private readonly contextOfRow = i32();
  private readonly flags = u8();
  private readonly statusMessage = i32();
  private readonly start = f64();
  private readonly end = f64();
  /** Where the row's attributes are in the arena (runs may be shared), and where its events start (they end where the next row's start). */
  private readonly attrStart = u32();
  private readonly attrCount = u32();
  private readonly eventStart = u32();

  /** Events (~20 B each). */
  private events = 0;
  private readonly eventName = i32();
  private readonly eventTime = f64();
  private readonly eventAttrStart = u32();
  private readonly eventAttrCount = u32();

  /** Runs of attributes already in the arena (see appendAttributes): where each starts, and its length. */
  private readonly runs = new Map<string, number>();
  private readonly runLength = new Map<string, number>();
  /** The attribute arena, of spans and events (12 B an attribute): key and tag in one word, the value. */
  private attrs = 0;
  private readonly attrKeyTag = u32();
  private readonly attrValue = f64();

  private string(s: string): number {
    return this.strings.id(s, s);
  }

  /**
   * Where a run of attributes equal to these is in the arena (start and count),
   * appending it when none is. Runs seen before are shared (dictionary encoding:
   * spans of one code path mostly carry the same attributes); the dictionary
   * stops growing at RUNS_MAX distinct runs, after which new runs are appended
   * without being remembered, so unique values cost the arena and no more.
   */
  private appendAttributes(attributes: Readonly<Record<string, AttrValue>>): [start: number, count: number] {
    let key = '';
    let plain = true;
    for (const k in attributes) {
      if (!Object.hasOwn(attributes, k)) continue;
      const v = attributes[k] as unknown;
      const t = typeof v;
      if (t !== 'string' && t !== 'number' && t !== 'boolean') {
        plain = false;
        break;
      }
      // Key id, then the value typed (a string id, or the number or boolean as text: -0 and NaN kept apart).
      key += `${this.string(k)}${t === 'string' ? `s${this.string(v as string)}` : t === 'number' ? `n${Object.is(v, -0) ? '-0' : String(v)}` : v ? 't' : 'f'};`;
    }
    if (plain) {
      const known = this.runs.get(key);
      if (known !== undefined) return [known, this.runLength.get(key)!];
    }
    const start = this.attrs;
    for (const k in attributes) {
      if (!Object.hasOwn(attributes, k)) continue;
      const value = attributes[k] as unknown;
      const at = this.attrs++;
      this.attrKeyTag.room(at);
      this.attrValue.room(at);
      let tag = TAG_OTHER;
      if (typeof value === 'string') {
        tag = TAG_STRING;
        this.attrValue.set(at, this.string(value));
      } else if (typeof value === 'number') {
        tag = TAG_NUMBER;
        this.attrValue.set(at, value);
      } else if (typeof value === 'boolean') tag = value ? TAG_TRUE : TAG_FALSE;
      else this.attrValue.set(at, this.others.push(value) - 1);
      const keyId = this.string(k);
      if (keyId >= 2 ** (32 - TAG_BITS)) throw new RangeError('more than 2^29 distinct strings in one trace');
      this.attrKeyTag.set(at, ((keyId << TAG_BITS) | tag) >>> 0);
    }
    const count = this.attrs - start;
    if (plain && this.runs.size < RUNS_MAX) {
      this.runs.set(key, start);
      this.runLength.set(key, count);
    }
    return [start, count];
  }

  private readAttributes(start: number, end: number): Record<string, AttrValue> {
    const out: Record<string, AttrValue> = {};
    const strings = this.strings.values;
    for (let a = start; a < end; a++) {
      const word = this.attrKeyTag.get(a);
      const key = strings[word >>> TAG_BITS]!;
      let value: AttrValue;
      switch (word & ((1 << TAG_BITS) - 1)) {
        case TAG_STRING:
          value = strings[this.attrValue.get(a)]!;
          break;
        case TAG_NUMBER:
          value = this.attrValue.get(a);
          break;
        case TAG_TRUE:
          value = true;
          break;
        case TAG_FALSE:
          value = false;
          break;
        default:
          value = this.others[this.attrValue.get(a)] as AttrValue;
      }
      setOwn(out, key, value);
    }
    return out;
  }

  /** Appends a span; returns its row. */
  append(s: SpanRecord): number {
    const i = this.length;
    for (const c of [this.idHi, this.idLo, this.parentHi, this.parentLo, this.nameOf, this.contextOfRow, this.flags, this.statusMessage, this.start, this.end, this.attrStart, this.attrCount, this.eventStart]) c.room(i + 1);
    if (s.source !== 'sut' && s.source !== 'runner') throw new TypeError(`span source ${String(s.source)} cannot be stored`);
    let flags = s.source === 'sut' ? SOURCE_SUT : 0;
    if (HEX16.test(s.spanId)) {
      this.idHi.set(i, parseInt(s.spanId.slice(0, 8), 16));
      this.idLo.set(i, parseInt(s.spanId.slice(8), 16));
    } else {
      flags |= ID_ODD;
      this.oddIds.set(i, s.spanId);
    }
    if (s.parentSpanId === undefined) flags |= PARENT_ABSENT;
    else if (HEX16.test(s.parentSpanId)) {
      this.parentHi.set(i, parseInt(s.parentSpanId.slice(0, 8), 16));
      this.parentLo.set(i, parseInt(s.parentSpanId.slice(8), 16));
    } else {
      flags |= PARENT_ODD;
      this.oddParents.set(i, s.parentSpanId);
    }
    if (s.endMissing) flags |= END_MISSING;
    this.flags.set(i, flags);
    this.nameOf.set(i, this.string(s.name));
    const context: SpanContext = { traceId: s.traceId, kind: s.kind, status: s.status, source: s.source, resource: s.resource };
    if (s.types !== undefined) context.types = s.types;
    if (s.origin !== undefined) context.origin = s.origin;
    this.contextOfRow.set(i, this.contexts.id(exactKey([s.traceId, s.kind, s.status, s.source, s.resource, s.types, s.origin]), context));
    this.statusMessage.set(i, s.statusMessage === undefined ? -1 : this.string(s.statusMessage));
    this.start.set(i, s.startMs);
    this.end.set(i, s.endMs);
    const [attrStart, attrCount] = this.appendAttributes(s.attributes);
    this.attrStart.set(i, attrStart);
    this.attrCount.set(i, attrCount);
    this.eventStart.set(i, this.events);
    for (const e of s.events) {
      const at = this.events++;
      for (const c of [this.eventName, this.eventTime, this.eventAttrStart, this.eventAttrCount]) c.room(at + 1);
      this.eventName.set(at, this.string(e.name));
      this.eventTime.set(at, e.timeMs);
      const [start, count] = this.appendAttributes(e.attributes);
      this.eventAttrStart.set(at, start);
      this.eventAttrCount.set(at, count);
    }
    this.length = i + 1;
    return i;
  }

  /** The rows (in order) whose trace id, origin and the like — what SpanContext holds — pass the test (asked once per distinct context). */
  rowsWhere(test: (context: Readonly<SpanContext>) => boolean): Int32Array {
    const pass = this.contexts.values.map(test);
    let n = 0;
    for (let i = 0; i < this.length; i++) if (pass[this.contextOfRow.get(i)]) n++;
    const rows = new Int32Array(n);
    for (let i = 0, k = 0; i < this.length; i++) if (pass[this.contextOfRow.get(i)]) rows[k++] = i;
    return rows;
  }

  /** The row's name as a string-pool number (graph.ts indexes names with it). */
  nameIdOf(i: number): number {
    return this.nameOf.get(i);
  }
  /**
   * A key equal for two rows exactly when their name, kind, status and attributes
   * are stored alike (the same name, context and shared attribute run) and neither
   * has events; undefined for a row with events.
   */
  contentKey(i: number): string | undefined {
    if (this.eventStart.get(i) !== this.eventsEnd(i)) return undefined;
    return `${this.nameOf.get(i)}:${this.contextOfRow.get(i)}:${this.attrStart.get(i)}:${this.attrCount.get(i)}`;
  }

  startMsOf(i: number): number {
    return this.start.get(i);
  }
  name(i: number): string {
    return this.strings.values[this.nameOf.get(i)]!;
  }
  source(i: number): SpanRecord['source'] {
    return this.flags.get(i) & SOURCE_SUT ? 'sut' : 'runner';
  }
  spanId(i: number): string {
    return this.flags.get(i) & ID_ODD ? this.oddIds.get(i)! : hex16(this.idHi.get(i), this.idLo.get(i));
  }
  parentSpanId(i: number): string | undefined {
    const f = this.flags.get(i);
    if (f & PARENT_ABSENT) return undefined;
    return f & PARENT_ODD ? this.oddParents.get(i)! : hex16(this.parentHi.get(i), this.parentLo.get(i));
  }

  /** True when the row's parent id is its own id. */
  parentIsSelf(i: number): boolean {
    const f = this.flags.get(i);
    if (f & PARENT_ABSENT) return false;
    if ((f & ID_ODD) !== 0 || (f & PARENT_ODD) !== 0) return this.parentSpanId(i) === this.spanId(i);
    return this.idHi.get(i) === this.parentHi.get(i) && this.idLo.get(i) === this.parentLo.get(i);
  }

  /**
   * Each span's parent, found by id among the spans (the last one with the id, as
   * a Map set in order keeps; -1: no parent, an empty parent id, or a parent not
   * among them), and whether two spans share an id. The spans are the rows of
   * the table, or the `rows` given (positions are then indices into `rows`).
   * See SpanRows.parentRows.
   */
  parentRows(rows?: Int32Array): { parentIndex: Int32Array; hasDuplicateIds: boolean; rowOfId: (id: string) => number } {
    return new SpanRows(this, rows).parentRows();
  }

  /** The row's packed id words and flags, for SpanRows (valid only for what the flags say is packed). */
  idHiOf(i: number): number {
    return this.idHi.get(i);
  }
  idLoOf(i: number): number {
    return this.idLo.get(i);
  }
  parentHiOf(i: number): number {
    return this.parentHi.get(i);
  }
  parentLoOf(i: number): number {
    return this.parentLo.get(i);
  }
  /** The id of the row when it is not 16 lowercase hex digits (else undefined). */
  oddIdOf(i: number): string | undefined {
    return this.flags.get(i) & ID_ODD ? this.oddIds.get(i)! : undefined;
  }
  /** How the row's parent id is kept: absent, packed (parentHiOf/parentLoOf) or as a string (odd, possibly ''). */
  parentOddOf(i: number): { absent: true } | { absent: false; odd: string | undefined } {
    const f = this.flags.get(i);
    if (f & PARENT_ABSENT) return ABSENT;
    return f & PARENT_ODD ? { absent: false, odd: this.oddParents.get(i)! } : PACKED;
  }
  /** The interned context of the row (trace id, kind, status, source, resource, types, origin): shared, do not change it. */
  contextOf(i: number): Readonly<SpanContext> {
    return this.contexts.values[this.contextOfRow.get(i)]!;
  }
  /** True when the row has no end time. */
  endMissingOf(i: number): boolean {
    return (this.flags.get(i) & END_MISSING) !== 0;
  }
  endMsOf(i: number): number {
    return this.end.get(i);
  }

  /** The SpanRecord of row i (a new object, equal to the one appended). */
  at(i: number): SpanRecord {
    const f = this.flags.get(i);
    const c = this.contexts.values[this.contextOfRow.get(i)]!;
    const record: SpanRecord = {
      traceId: c.traceId,
      spanId: this.spanId(i),
      name: this.name(i),
      kind: c.kind,
      status: c.status,
      attributes: this.readAttributes(this.attrStart.get(i), this.attrStart.get(i) + this.attrCount.get(i)),
      events: this.eventsOf(i),
      startMs: this.start.get(i),
      endMs: this.end.get(i),
      resource: c.resource,
      source: c.source,
    };
    const parent = this.parentSpanId(i);
    if (parent !== undefined) record.parentSpanId = parent;
    const message = this.statusMessage.get(i);
    if (message !== -1) record.statusMessage = this.strings.values[message]!;
    if (c.types !== undefined) record.types = c.types;
    if (c.origin !== undefined) record.origin = c.origin;
    if (f & END_MISSING) record.endMissing = true;
    return record;
  }

  private eventsEnd(i: number): number {
    return i + 1 < this.length ? this.eventStart.get(i + 1) : this.events;
  }

  private eventsOf(i: number): SpanEvent[] {
    const first = this.eventStart.get(i);
    const end = this.eventsEnd(i);
    if (first === end) return [];
    const out: SpanEvent[] = [];
    for (let e = first; e < end; e++) {
      const start = this.eventAttrStart.get(e);
      out.push({ name: this.strings.values[this.eventName.get(e)]!, timeMs: this.eventTime.get(e), attributes: this.readAttributes(start, start + this.eventAttrCount.get(e)) });
    }
    return out;
  }

  /** Bytes held by the columns and the arena (without the interned strings and contexts). */
  columnBytes(): number {
    let bytes = 0;
    for (const v of Object.values(this)) if (v instanceof Column) bytes += v.bytes();
    return bytes;
  }
}

/** Character codes of the lowercase hex digits. */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const nibble = (word: number, shift: number) => HEX_CODES[(word >>> shift) & 15]!;

/** Two Uint32 as 16 lowercase hex digits (one flat string, made at once: ids are made for every span read). */
function hex16(hi: number, lo: number): string {
  return String.fromCharCode(
    nibble(hi, 28), nibble(hi, 24), nibble(hi, 20), nibble(hi, 16), nibble(hi, 12), nibble(hi, 8), nibble(hi, 4), nibble(hi, 0),
    nibble(lo, 28), nibble(lo, 24), nibble(lo, 20), nibble(lo, 16), nibble(lo, 12), nibble(lo, 8), nibble(lo, 4), nibble(lo, 0),
  );
}

/** A table from records. */
export function spanTableOf(spans: Iterable<SpanRecord>): SpanTable {
  const table = new SpanTable();
  for (const s of spans) table.append(s);
  return table;
}

// ── the array view ──────────────────────────────────────────────────────────

const TABLE = Symbol('clnrm.spanTable');
/** The array index a property key names (`"12"`; not `"012"` or `"1.5"`), or -1. */
function indexOf(key: string): number {
  const c = key.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return -1;
  const i = Number(key);
  return Number.isInteger(i) && String(i) === key ? i : -1;
}
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
  return lazyView(length, make, { [TABLE]: rows ? undefined : table, [ROWS]: rows ? new SpanRows(table, rows) : undefined, [MAP]: map });
}

/**
 * A read-only array of `length` elements, `make(i)` each made when read; `markers` answers its symbol
 * keys (what tableOf, rowsOf and viewMapOf read back).
 */
function lazyView(length: number, make: (i: number) => SpanRecord, markers: Record<symbol, unknown>): readonly SpanRecord[] {
  return new Proxy([] as SpanRecord[], {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        if (key === 'length') return length;
        const i = indexOf(key);
        if (i !== -1) return i < length ? make(i) : undefined;
      } else if (key in markers) return markers[key];
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') {
        const i = indexOf(key);
        if (i !== -1) return i < length;
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

// ── rows: a table's rows and a few records, as positions ───────────────────

type PackedId = { hi: number; lo: number } | string;
const packId = (id: string): PackedId => (HEX16.test(id) ? { hi: parseInt(id.slice(0, 8), 16) >>> 0, lo: parseInt(id.slice(8), 16) >>> 0 } : id);

/**
 * Spans as positions 0..length-1: each a row of `table` (a ref ≥ 0) or one of
 * `records` (a ref < 0: records[~ref]). What a trace judged from a table is:
 * the runner's spans (a few, changed by judging: forgeries, findings, KPI
 * attributes recorded on them) as records, the system under test's as rows of
 * the receiver's table, never copied. Without refs, the table's rows in order.
 */
export class SpanRows {
  readonly length: number;
  constructor(
    readonly table: SpanTable,
    readonly refs?: Int32Array,
    readonly records: readonly SpanRecord[] = [],
  ) {
    this.length = refs ? refs.length : table.length;
  }

  /** The ref of position k: a table row (≥ 0), or ~index into records (< 0). */
  ref(k: number): number {
    return this.refs ? this.refs[k]! : k;
  }
  /** The span at position k: a record as it is, or the row made as a new SpanRecord. */
  at(k: number): SpanRecord {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]! : this.table.at(r);
  }
  name(k: number): string {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.name : this.table.name(r);
  }
  spanId(k: number): string {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.spanId : this.table.spanId(r);
  }
  parentSpanId(k: number): string | undefined {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.parentSpanId : this.table.parentSpanId(r);
  }
  startMsOf(k: number): number {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.startMs : this.table.startMsOf(r);
  }
  endMsOf(k: number): number {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.endMs : this.table.endMsOf(r);
  }
  endMissing(k: number): boolean {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.endMissing === true : this.table.endMissingOf(r);
  }
  source(k: number): SpanRecord['source'] {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.source : this.table.source(r);
  }
  traceId(k: number): string {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.traceId : this.table.contextOf(r).traceId;
  }
  origin(k: number): SpanOrigin | undefined {
    const r = this.ref(k);
    return r < 0 ? this.records[~r]!.origin : this.table.contextOf(r).origin;
  }
  /** SpanTable.contentKey of a row; undefined for a record (its text is made each time). */
  contentKey(k: number): string | undefined {
    const r = this.ref(k);
    return r < 0 ? undefined : this.table.contentKey(r);
  }
  /** True when the span's parent id is its own id. */
  parentIsSelf(k: number): boolean {
    const r = this.ref(k);
    if (r >= 0) return this.table.parentIsSelf(r);
    const s = this.records[~r]!;
    return s.parentSpanId !== undefined && s.parentSpanId === s.spanId;
  }
  /** The spans at these positions, in this order. */
  select(positions: ArrayLike<number>): SpanRows {
    const refs = new Int32Array(positions.length);
    for (let i = 0; i < refs.length; i++) refs[i] = this.ref(positions[i]!);
    return new SpanRows(this.table, refs, this.records);
  }
  /** The same positions with the records replaced (index for index: `map` keeps their number and order). */
  withRecords(map: (records: readonly SpanRecord[]) => SpanRecord[]): SpanRows {
    const records = map(this.records);
    if (records.length !== this.records.length) throw new Error('withRecords: the records changed in number');
    return new SpanRows(this.table, this.refs ?? Int32Array.from({ length: this.table.length }, (_, i) => i), records);
  }

  /**
   * Each span's parent, found by id among the spans (the last position with the
   * id, as a Map set in order keeps; -1: no parent, an empty parent id, or a
   * parent not among them), and whether two spans share an id. Ids of the
   * usual form are looked up in an open-addressing table of positions, not in
   * a Map of strings.
   */
  parentRows(): { parentIndex: Int32Array; hasDuplicateIds: boolean; rowOfId: (id: string) => number } {
    const { table, records } = this;
    const n = this.length;
    const packed = records.map((s) => packId(s.spanId));
    const hiOf = (r: number) => (r < 0 ? (packed[~r] as { hi: number }).hi : table.idHiOf(r));
    const loOf = (r: number) => (r < 0 ? (packed[~r] as { lo: number }).lo : table.idLoOf(r));
    const oddOf = (r: number): string | undefined => {
      if (r >= 0) return table.oddIdOf(r);
      const p = packed[~r]!;
      return typeof p === 'string' ? p : undefined;
    };
    // Open addressing at a load of at most 3/4.
    let size = 1;
    while (size * 3 < n * 4) size <<= 1;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    const slotOf = (hi: number, lo: number): number => {
      let h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) >>> 0;
      for (;;) {
        const at = h & mask;
        const k = slots[at]!;
        if (k === -1) return at;
        const r = this.ref(k);
        if (hiOf(r) === hi && loOf(r) === lo) return at;
        h = (h + 1) >>> 0;
      }
    };
    // Odd ids (not 16 lowercase hex digits) cannot equal a packed one.
    const odd = new Map<string, number>();
    let distinct = 0;
    for (let k = 0; k < n; k++) {
      const r = this.ref(k);
      const oddId = oddOf(r);
      if (oddId !== undefined) {
        if (!odd.has(oddId)) distinct++;
        odd.set(oddId, k);
        continue;
      }
      const at = slotOf(hiOf(r), loOf(r));
      if (slots[at] === -1) distinct++;
      slots[at] = k;
    }
    const positionOfHex = (hi: number, lo: number) => slots[slotOf(hi, lo)]!;
    const rowOfId = (id: string): number => {
      if (HEX16.test(id)) return positionOfHex(parseInt(id.slice(0, 8), 16) >>> 0, parseInt(id.slice(8), 16) >>> 0);
      return odd.get(id) ?? -1;
    };
    // An empty parent id is no parent (as `s.parentSpanId ? ... : -1` reads it).
    const parentOfOdd = (id: string) => (id === '' ? -1 : rowOfId(id));
    const parentIndex = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const r = this.ref(k);
      if (r < 0) {
        const parent = records[~r]!.parentSpanId;
        parentIndex[k] = parent === undefined ? -1 : parentOfOdd(parent);
        continue;
      }
      const p = table.parentOddOf(r);
      if (p.absent) parentIndex[k] = -1;
      else if (p.odd !== undefined) parentIndex[k] = parentOfOdd(p.odd);
      else parentIndex[k] = positionOfHex(table.parentHiOf(r), table.parentLoOf(r));
    }
    return { parentIndex, hasDuplicateIds: distinct !== n, rowOfId };
  }
}

const ROWS = Symbol('clnrm.spanRows');

/**
 * The spans of a SpanRows as a read-only array whose elements are made when read
 * (see spanList); `map` is applied to each span as it is read (secret masking).
 */
export function rowsList(rows: SpanRows, map?: (s: SpanRecord) => SpanRecord): readonly SpanRecord[] {
  const length = rows.length;
  const make = (i: number) => (map ? map(rows.at(i)) : rows.at(i));
  return lazyView(length, make, { [ROWS]: rows, [MAP]: map });
}

/** The rows behind a view made by spanList or rowsList (undefined for a plain array). */
export function rowsOf(spans: readonly SpanRecord[]): SpanRows | undefined {
  const rows = (spans as unknown as Record<symbol, SpanRows | undefined>)[ROWS];
  if (rows) return rows;
  const table = tableOf(spans);
  return table ? new SpanRows(table) : undefined;
}

/**
 * `items` in ascending order of `keyOf` (a stable sort: items with equal keys keep their order), as
 * `[...items].sort((a, b) => keyOf(a) - keyOf(b))` orders them, in typed arrays (a merge sort of
 * indices over the keys; no array of numbers grows); items already in order come back as they are.
 * A NaN key (which that comparator cannot order) sorts as that expression does.
 */
/** `items` sorted by `cmp` (a stable merge sort in two Int32Arrays, where Int32Array.prototype.sort holds two arrays of 8-byte numbers); `items` is left as it was. */
export function sortedBy(items: Int32Array, cmp: (a: number, b: number) => number): Int32Array {
  const n = items.length;
  let from = Int32Array.from(items);
  let to = new Int32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      let o = lo;
      while (a < mid && b < hi) to[o++] = cmp(from[b]!, from[a]!) < 0 ? from[b++]! : from[a++]!;
      while (a < mid) to[o++] = from[a++]!;
      while (b < hi) to[o++] = from[b++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

export function sortedByKey(items: Int32Array, keyOf: (item: number) => number): Int32Array {
  const n = items.length;
  const keys = new Float64Array(n);
  let ordered = true;
  for (let i = 0; i < n; i++) {
    const k = keyOf(items[i]!);
    if (Number.isNaN(k)) return Int32Array.from(Array.from(items).sort((a, b) => keyOf(a) - keyOf(b)));
    keys[i] = k;
    if (i > 0 && k < keys[i - 1]!) ordered = false;
  }
  if (ordered) return items;
  let from = new Int32Array(n);
  let to = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      let o = lo;
      // The left run wins ties: stable.
      while (a < mid && b < hi) to[o++] = keys[from[b]!]! < keys[from[a]!]! ? from[b++]! : from[a++]!;
      while (a < mid) to[o++] = from[a++]!;
      while (b < hi) to[o++] = from[b++]!;
    }
    [from, to] = [to, from];
  }
  const out = to;
  for (let i = 0; i < n; i++) out[i] = items[from[i]!]!;
  return out;
}

/** A read-only array of `length` elements, each made by `make` when read (none is kept). */
export function lazyList<T>(length: number, make: (i: number) => T): readonly T[] {
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        if (key === 'length') return length;
        const i = indexOf(key);
        if (i !== -1) return i < length ? make(i) : undefined;
      }
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') {
        const i = indexOf(key);
        if (i !== -1) return i < length;
      }
      return Reflect.has(target, key);
    },
    set() {
      throw new TypeError('a lazy list is read-only');
    },
  });
}
