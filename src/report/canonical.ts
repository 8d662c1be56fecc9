/**
 * The canonical form of a trace and its SHA-256 digest (documented for users
 * in docs/digest.md): a tree of spans from the roots down, with everything
 * that changes from one run of the same suite and seed to the next (ids,
 * times, container names, ports, status messages...) removed, and siblings
 * in an order that does not depend on which span finished first.
 *
 * Serialization is RFC 8785 (JSON Canonicalization Scheme): members in UTF-16
 * code unit order, numbers as ECMAScript prints them (JSON.stringify does), no
 * whitespace. The tree is ordered without serializing subtrees: siblings are
 * compared member by member, which orders them as their texts would
 * (compareSubtrees). The ordered tree is then written once, depth-first, in
 * chunks that the digest hashes as they come (so a trace larger than V8's
 * longest string still has a digest). canonical-oracle.test.ts checks the
 * output against the `canonicalize` package (the RFC authors' reference
 * implementation) on generated traces.
 */
import { createHash } from 'node:crypto';
import { matchesPattern } from '../common/span-names.js';
import { spanPositions } from './span-positions.js';
import type { SuiteRun } from '../runtime/suite.js';
import type { AttrValue, SpanKindName, SpanRecord, StatusName } from '../telemetry/span-record.js';

export type CanonicalScalar = string | number | boolean;
export type CanonicalValue = CanonicalScalar | CanonicalScalar[];

export interface CanonicalEvent {
  name: string;
  attributes: Record<string, CanonicalValue>;
}

export interface CanonicalNode {
  name: string;
  kind: SpanKindName;
  status: StatusName;
  attributes: Record<string, CanonicalValue>;
  /** Sorted by name, then by canonical JSON (attributes). */
  events: CanonicalEvent[];
  /** Sorted by name, then by canonical JSON of the whole child subtree. */
  children: CanonicalNode[];
}

/**
 * Attribute keys whose values differ between two runs of the same suite with
 * the same seed. Each is left out of span and event attributes alike; the
 * reason of each is in docs/digest.md.
 */
export const VOLATILE_KEYS: readonly string[] = [
  // Engine-assigned or run-specific resource names (they embed the run id).
  ...['container.name', 'network.name', 'volume.name'],
  // Processes, hosts and threads.
  ...['process.parent_pid', 'host.name', 'host.ip', 'thread.name'],
  // Network endpoints: addresses and (ephemeral) ports handed out by the engine, in current and older conventions.
  ...['server.address', 'server.port', 'client.address', 'client.port'],
  ...['network.peer.address', 'network.peer.port', 'network.local.address', 'network.local.port'],
  ...['net.peer.name', 'net.peer.ip', 'net.peer.port', 'net.host.name', 'net.host.ip', 'net.host.port'],
  ...['net.sock.peer.addr', 'net.sock.peer.port', 'net.sock.host.addr', 'net.sock.host.port'],
  // Ids in snake case or as a W3C header (dotted ids are caught by the `.id` suffix).
  ...['trace_id', 'span_id', 'traceparent'],
  // Measured times and amounts of the host (configured values such as timeout.ms stay).
  ...['ready.ms', 'duration.ms', 'disk.free_kb', 'disk.written_kb'],
  // Fault evidence counted on live traffic (retransmits, TCP segmentation): whether it is > 0 shows in chaos.injected.
  ...['rules.packets_matched', 'toxic.connections_affected', 'toxic.chunks_affected'],
  // The same for HTTP requests through the proxy while an HTTP fault was active, and a clock read inside a target.
  ...['http.requests_seen', 'http.requests_matched', 'http.requests_failed', 'http.requests_delayed', 'http.connections_unparsed', 'clock.skew_observed_ms'],
  // Measured durations of delayed syscalls (whether each took at least the delay stays, in syscall.delay_observed).
  ...['syscall.delay_min_ms', 'syscall.delay_max_ms'],
  // Free text that embeds ids, addresses and paths.
  ...['message', 'error.message', 'exception.message', 'exception.stacktrace'],
];

/** Key suffixes that make an attribute volatile: `container.id`, `run.id`, `process.pid`, `clnrm.pid`... */
export const VOLATILE_SUFFIXES: readonly string[] = ['.id', '.pid'];

/**
 * Key prefixes that make an attribute volatile: `kpi.*`, the experiment's KPIs, measured from probe samples
 * (docs/experiments.md); `syscall.live.*`, syscalls counted in processes attached while they ran.
 */
export const VOLATILE_PREFIXES: readonly string[] = ['kpi.', 'syscall.live.'];

/**
 * Spans left out of the canonical trace: measurements whose number depends on
 * timing (`clnrm.probe`, one per steady-state probe sample). They stay in report.json.
 */
export const MEASUREMENT_SPANS: readonly string[] = ['clnrm.probe'];

/** True when the attribute key is left out of the canonical trace. `exclude` entries may use `*`. */
export function isVolatileKey(key: string, exclude: readonly string[] = []): boolean {
  if (VOLATILE_KEYS.includes(key)) return true;
  if (VOLATILE_PREFIXES.some((p) => key.startsWith(p))) return true;
  if (VOLATILE_SUFFIXES.some((s) => key.endsWith(s))) return true;
  return exclude.some((pattern) => matchesPattern(key, pattern));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lone UTF-16 surrogates (not representable in UTF-8, rejected by RFC 8785) become U+FFFD. */
const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();
const wellFormed = (s: string): string => (isWellFormed(s) ? s : s.replace(/\p{Cs}/gu, '\uFFFD'));

function canonicalScalar(v: string | number | boolean): CanonicalScalar {
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string') return wellFormed(v);
  return v;
}

function canonicalAttributes(attrs: Readonly<Record<string, AttrValue>>, volatile: (key: string) => boolean): Record<string, CanonicalValue> {
  const out: Record<string, CanonicalValue> = {};
  for (const key of Object.keys(attrs)) {
    const value = attrs[key];
    if (value === undefined || value === null || volatile(key)) continue;
    out[wellFormed(key)] = Array.isArray(value) ? value.map(canonicalScalar) : canonicalScalar(value as CanonicalScalar);
  }
  return out;
}

/** isVolatileKey for one exclude list, remembered per key (a trace has few distinct keys). */
function volatileKeys(exclude: readonly string[]): (key: string) => boolean {
  const known = new Map<string, boolean>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined) known.set(key, (v = isVolatileKey(key, exclude)));
    return v;
  };
}

// ── RFC 8785 serialization, each object once ────────────────────────────────

/**
 * A serialized value: one string, or (past TEXT_MAX_CHARS) the list of its
 * parts, so no single string outgrows V8's limit (~2^29 characters).
 */
export type Text = string | TextParts;
export interface TextParts {
  parts: Text[];
  length: number;
}

/** Longest text kept as one string; longer ones stay a list of parts (written and hashed part by part). */
let TEXT_MAX_CHARS = 2 ** 24;

/** Runs `fn` with another longest-string bound (tests reach the list-of-parts path with small traces). */
export function withTextMaxChars<T>(chars: number, fn: () => T): T {
  const saved = TEXT_MAX_CHARS;
  TEXT_MAX_CHARS = chars;
  try {
    return fn();
  } finally {
    TEXT_MAX_CHARS = saved;
  }
}

function join(parts: Text[], length: number): Text {
  if (length > TEXT_MAX_CHARS) return { parts, length };
  let out = '';
  // `+` makes ropes: the pieces are copied once, when the string is first read whole.
  for (const p of parts) out += p as string;
  return out;
}

function stringText(s: string): string {
  if (!isWellFormed(s)) throw new Error('Lone surrogate is not allowed');
  return JSON.stringify(s);
}

/** `"key":` of member names, remembered (the same few names come back in every span). */
const memberHeads = new Map<string, string>();
function memberHead(key: string): string {
  let head = memberHeads.get(key);
  if (head === undefined) {
    head = `${stringText(key)}:`;
    if (memberHeads.size < 10_000) memberHeads.set(key, head);
  }
  return head;
}

function scalarText(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return stringText(v);
    case 'number':
      if (Number.isNaN(v)) throw new Error('NaN is not allowed');
      if (!Number.isFinite(v)) throw new Error('Infinity is not allowed');
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return 'null';
  }
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * The RFC 8785 text of a JSON value (plain data: objects, arrays, strings,
 * finite numbers, booleans, null). `known` gives the texts of some members
 * already serialized (a node's sorted children), used as they are.
 */
function textOf(value: unknown, known?: Readonly<Record<string, Text>>): Text {
  if (value === null || typeof value !== 'object') return scalarText(value);
  const parts: Text[] = [];
  let length = 0;
  if (Array.isArray(value)) {
    parts.push('[');
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const t = skipped(v) ? 'null' : textOf(v);
      parts.push(i > 0 ? ',' : '', t);
      length += t.length + 1;
    }
    parts.push(']');
    return join(parts, length + 1);
  }
  const obj = value as Record<string, unknown>;
  // toJSON and boxed primitives are no part of the canonical structure; canonicalize knows them.
  if (typeof obj.toJSON === 'function' || value instanceof Number || value instanceof String || value instanceof Boolean) throw new TypeError('not plain JSON data');
  let sep = '{';
  // The default sort orders by UTF-16 code unit, as RFC 8785 requires.
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (skipped(v)) continue;
    const head = sep + memberHead(key);
    const t = known?.[key] ?? textOf(v);
    parts.push(head, t);
    length += head.length + t.length;
    sep = ',';
  }
  if (sep === '{') return '{}';
  parts.push('}');
  return join(parts, length + 1);
}

/** The text of an array whose elements are serialized already. */
function arrayText(items: readonly Text[]): Text {
  const parts: Text[] = ['['];
  let length = 2;
  items.forEach((t, i) => {
    if (i > 0) parts.push(',');
    parts.push(t);
    length += t.length + (i > 0 ? 1 : 0);
  });
  parts.push(']');
  return join(parts, length);
}

/** The strings of a text, in order. */
export function* textPieces(text: Text): Generator<string> {
  if (typeof text === 'string') yield text;
  else for (const p of text.parts) yield* textPieces(p);
}

/** A text as one string (for texts known to fit in one: V8 caps a string at ~2^29 characters). */
export function textString(text: Text): string {
  if (typeof text === 'string') return text;
  let out = '';
  eachPiece(text, (p) => (out += p));
  return out;
}

/** Calls `write` with each string of a text, in order. */
export function eachPiece(text: Text, write: (piece: string) => void): void {
  if (typeof text === 'string') write(text);
  else for (const p of text.parts) eachPiece(p, write);
}

/** Compares two texts as the strings they stand for (UTF-16 code units). */
function compareText(a: Text, b: Text): number {
  if (typeof a === 'string' && typeof b === 'string') return compare(a, b);
  // Only subtrees longer than TEXT_MAX_CHARS get here: compare piece by piece.
  const pa: string[] = [];
  const pb: string[] = [];
  eachPiece(a, (p) => pa.push(p));
  eachPiece(b, (p) => pb.push(p));
  let i = 0, j = 0, oa = 0, ob = 0;
  while (i < pa.length && j < pb.length) {
    const sa = pa[i]!, sb = pb[j]!;
    const n = Math.min(sa.length - oa, sb.length - ob);
    const c = compare(sa.slice(oa, oa + n), sb.slice(ob, ob + n));
    if (c !== 0) return c;
    oa += n;
    ob += n;
    if (oa === sa.length) (i++, (oa = 0));
    if (ob === sb.length) (j++, (ob = 0));
  }
  return a.length - b.length;
}

/** RFC 8785 serialization of a canonical trace (or any part of it). */
export function canonicalJson(value: unknown): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') throw new TypeError('value has no JSON representation');
  const text = textOf(value);
  if (typeof text === 'string') return text;
  let out = '';
  eachPiece(text, (p) => (out += p));
  return out;
}

/** Calls `write` with the RFC 8785 serialization of `value`, piece by piece (for values longer than one string may be). */
export function writeCanonicalJson(value: unknown, write: (piece: string) => void): void {
  eachPiece(textOf(value), write);
}

interface WithText<T> {
  item: T;
  text: Text;
}

// ── Span texts without the intermediate canonical objects ──────────────────

/**
 * `"s"` when JSON.stringify would quote `s` as it is (no character it escapes and no
 * surrogate, which might be lone), else undefined: a loop over the characters is
 * cheaper than a regular expression or JSON.stringify on the short values of attributes.
 */
function plainQuoted(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return undefined;
  }
  return '"' + s + '"';
}

/** The text of one attribute scalar as canonicalScalar + scalarText make it; undefined for what they treat otherwise. */
function attrScalarText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      // Most values need no escape: quoted directly.
      return plainQuoted(v) ?? JSON.stringify(wellFormed(v));
    case 'number':
      // A finite number prints as JSON.stringify prints it; the others become strings ("NaN", "Infinity").
      return Number.isFinite(v) ? String(v) : `"${String(v)}"`;
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return undefined;
  }
}

/**
 * The kept keys of one listing of attribute keys, in RFC 8785 order: spans made by
 * the same code list the same keys in the same order, so the keys are filtered
 * and sorted once per listing, not once per span.
 */
interface KeyListing {
  /** The object's own keys as `for…in` lists them. */
  listed: string[];
  /** The kept (not volatile) keys, in UTF-16 code unit order. */
  sorted: string[];
  /** `{"key":` of each sorted key (when it is the first one written), and `,"key":` (when it is not). */
  firstHeads: string[];
  heads: string[];
  /** A kept key has a lone surrogate: the general path serializes these attributes. */
  general: boolean;
}

/** Listings remembered per call of canonicalTraceText, by first key (the exclude list makes them per call). */
type KeyListings = Map<string, KeyListing[]>;
/** At most this many listings are remembered per call (a trace has few; a hostile one does not fill the memory). */
const KEY_LISTINGS_MAX = 10_000;

/** The own keys of the attributes attributesText is at (the first listedCount), reused from span to span (it never calls itself). */
const listedKeys: string[] = [];
let listedCount = 0;

function keyListing(listings: KeyListings, volatile: (key: string) => boolean): KeyListing {
  const listed = listedKeys;
  const n = listedCount;
  const known = listings.get(listed[0]!);
  if (known) {
    for (const l of known) {
      if (l.listed.length !== n) continue;
      let same = true;
      for (let i = 1; i < n && same; i++) same = l.listed[i] === listed[i];
      if (same) return l;
    }
  }
  const keys = listed.slice(0, n);
  const sorted = keys.filter((key) => !volatile(key));
  const general = !sorted.every(isWellFormed);
  // UTF-16 code unit order, as RFC 8785 requires (the default sort).
  sorted.sort();
  const firstHeads = general ? [] : sorted.map((key) => `{${memberHead(key)}`);
  const listing: KeyListing = { listed: keys, sorted, firstHeads, heads: firstHeads.map((head) => `,${head.slice(1)}`), general };
  if (listings.size < KEY_LISTINGS_MAX) {
    if (known) known.push(listing);
    else listings.set(keys[0]!, [listing]);
  }
  return listing;
}

/**
 * The RFC 8785 text of `canonicalAttributes(attrs, volatile)`, made straight from
 * the span's attributes (the digest's hottest path: no object per span or event).
 * Undefined for the rare shapes left to the general path (a key with a lone
 * surrogate, a value that is no attribute scalar or array of them).
 */
function attributesText(attrs: Readonly<Record<string, AttrValue>>, listings: KeyListings, volatile: (key: string) => boolean): string | undefined {
  const listed = listedKeys;
  let n = 0;
  for (const key in attrs) if (Object.hasOwn(attrs, key)) listed[n++] = key;
  if (n === 0) return '{}';
  listedCount = n;
  const { sorted, firstHeads, heads, general } = keyListing(listings, volatile);
  if (general) return undefined;
  let out = '';
  let first = true;
  for (let i = 0; i < sorted.length; i++) {
    const value = attrs[sorted[i]!];
    if (value === undefined || value === null) continue;
    let text: string | undefined;
    if (Array.isArray(value)) {
      text = '[';
      for (let j = 0; j < value.length; j++) {
        const item: unknown = value[j];
        const t = item === undefined || item === null ? 'null' : attrScalarText(item);
        if (t === undefined) return undefined;
        text += j > 0 ? `,${t}` : t;
      }
      text += ']';
    } else text = attrScalarText(value);
    if (text === undefined) return undefined;
    if (first) {
      out = firstHeads[i]! + text;
      first = false;
    } else out += heads[i]! + text;
  }
  return first ? '{}' : `${out}}`;
}

/** Sorts by name, then by canonical text (the texts are made once, before sorting). */
function orderWithText<T extends { name: string }>(xs: WithText<T>[]): WithText<T>[] {
  return xs.sort((a, b) => compare(a.item.name, b.item.name) || compareText(a.text, b.text));
}

/** Orders nodes (or events) by name, then by their canonical JSON. */
export function canonicalOrder<T extends CanonicalNode | CanonicalEvent>(items: T[]): T[] {
  const sorted = orderWithText(items.map((item) => ({ item, text: textOf(item) })));
  sorted.forEach((x, i) => (items[i] = x.item));
  return items;
}

/** A canonical trace and its RFC 8785 text (one string, or a list of parts when longer than one string may be). */
export interface CanonicalTraceText {
  nodes: CanonicalNode[];
  text: Text;
}

// ── The canonical tree over span positions ──────────────────────────────────
//
// A node's text is `{"attributes":A,"children":[C1,…],"events":E` + tail, the tail
// being `,"kind":K,"name":N,"status":S}`. No node text is made before the whole
// trace is written: siblings are ordered by comparing their texts member by
// member (compareSubtrees), then the ordered tree is written out once, in chunks.

/** A canonical trace as ordered links between span positions, and what writing it reads per node. */
interface CanonicalTree {
  /** Positions of the root nodes, in canonical order. */
  roots: number[];
  /** First child of each position in canonical order (-1: none), and each child's next sibling in that order. */
  childHead: Int32Array;
  childNext: Int32Array;
  /** The text of a node's attributes. */
  attributesAt(i: number): string;
  /** What follows the attributes of a node without children: `,"children":[],"events":E` + tail. */
  leafEndAt(i: number): string;
  /** What follows the last child of a node: `],"events":E` + tail. */
  listEndAt(i: number): string;
  /** With keepNodes, the canonical nodes of the roots. */
  nodes: CanonicalNode[];
}

/** The members of a node after its events, per name, kind and status, and the ends of a node without events. */
interface Tail {
  kind: unknown;
  status: unknown;
  /** `,"kind":K,"name":N,"status":S}` */
  tail: string;
  /** `,"children":[],"events":[]` + tail */
  leafEnd: string;
  /** `],"events":[]` + tail */
  listEnd: string;
}

/** Frames of compareSubtrees (pairs of parents whose children lists it is in), reused from call to call. */
const frameX: number[] = [];
const frameY: number[] = [];

/**
 * The canonical tree of the spans: without duplicate ids and cycles, one tree per
 * root span; each node's children (unvisited spans naming it as parent, in trace
 * order) sorted by name, then by canonical text. Built bottom-up without recursion.
 */
function canonicalTree(all: readonly SpanRecord[], exclude: readonly string[], keepNodes: boolean): CanonicalTree {
  const measurement = (s: SpanRecord) => s.source === 'runner' && MEASUREMENT_SPANS.includes(s.name);
  // Copied only when there is something to leave out.
  const spans = all.some(measurement) ? all.filter((s) => !measurement(s)) : all;
  const n = spans.length;
  const volatile = volatileKeys(exclude);
  const listings: KeyListings = new Map();
  // Position of each span id (the last span with it), and children as linked lists over
  // positions (first child, next sibling), in trace order: no list or map per parent.
  const position = spanPositions(spans);
  // Without duplicate ids a span's own id names its own position: no lookup per node.
  const uniqueIds = position.unique;
  const firstChild = new Int32Array(n).fill(-1);
  const lastChild = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n).fill(-1);
  const rootsInTraceOrder: number[] = [];
  // With unique ids, a parent that is the span listed just before or just after, or the
  // parent of the span before, is known without a lookup (spans are listed in start or
  // in end order, siblings often one after the other).
  let previousParentId: string | undefined;
  let previousParent = -1;
  for (let i = 0; i < n; i++) {
    const s = spans[i]!;
    const parentId = s.parentSpanId;
    let p = -1;
    if (parentId && parentId !== s.spanId) {
      if (!uniqueIds) p = position.of(parentId);
      else if (parentId === previousParentId) p = previousParent;
      else if (i > 0 && parentId === spans[i - 1]!.spanId) p = i - 1;
      else if (i + 1 < n && parentId === spans[i + 1]!.spanId) p = i + 1;
      else p = position.of(parentId);
      previousParentId = parentId;
      previousParent = p;
    } else previousParentId = undefined;
    if (p === -1) rootsInTraceOrder.push(i);
    else {
      if (lastChild[p] === -1) firstChild[p] = i;
      else nextSibling[lastChild[p]!] = i;
      lastChild[p] = i;
    }
  }

  // Per position, once the node is built: its canonical name, its ordered children and
  // (only when not {} or []) the texts of its attributes and events; with keepNodes, the node.
  const nameAt: string[] = new Array<string>(n);
  const childHead = new Int32Array(n).fill(-1);
  const childNext = new Int32Array(n).fill(-1);
  const attributesTexts: (string | undefined)[] = new Array<string | undefined>(n);
  const eventsTexts: (string | undefined)[] = [];
  const nodeAt: (CanonicalNode | undefined)[] = keepNodes ? new Array<CanonicalNode | undefined>(n) : [];

  const spanAttributesText = (attrs: Readonly<Record<string, AttrValue>>): string =>
    attributesText(attrs, listings, volatile) ?? textString(textOf(canonicalAttributes(attrs, volatile)));
  /** A node's attributes text, made when first compared (and kept for writing) or when written. */
  const attributesAt = (i: number): string => attributesTexts[i] ?? spanAttributesText(spans[i]!.attributes);
  const comparedAttributes = (i: number): string => (attributesTexts[i] ??= spanAttributesText(spans[i]!.attributes));
  const eventsAt = (i: number): string => eventsTexts[i] ?? '[]';
  // Tails by name, then kind and status (a trace has few of each), with the ends of
  // nodes without events made of them: written as one string per node, not three.
  const tails = new Map<string, Tail[]>();
  const tailOf = (i: number): Tail => {
    const { kind, status } = spans[i]!;
    const name = nameAt[i]!;
    let known = tails.get(name);
    if (known) for (const t of known) if (t.kind === kind && t.status === status) return t;
    // The members after events in RFC 8785 order (kind, name, status), as textOf writes them (a kind or status that is no string included).
    const tail = `,${textString(textOf({ kind, name, status })).slice(1)}`;
    const entry: Tail = { kind, status, tail, leafEnd: `,"children":[],"events":[]${tail}`, listEnd: `],"events":[]${tail}` };
    if (tails.size < 10_000) {
      if (!known) tails.set(name, (known = []));
      if (known.length < 100) known.push(entry);
    }
    return entry;
  };
  const tailAt = (i: number): string => tailOf(i).tail;
  const leafEndAt = (i: number): string => {
    const events = eventsTexts[i];
    return events === undefined ? tailOf(i).leafEnd : `,"children":[],"events":${events}${tailOf(i).tail}`;
  };
  const listEndAt = (i: number): string => {
    const events = eventsTexts[i];
    return events === undefined ? tailOf(i).listEnd : `],"events":${events}${tailOf(i).tail}`;
  };

  /**
   * The order of two nodes' texts (UTF-16 code units), read member by member.
   * Each member value (attributes, a child, events, the tail) is complete JSON, and
   * no complete JSON text is a proper prefix of another, so the first member that
   * differs decides, by the order of its two texts. Between lists of children,
   * `[]` sorts before `[{` and a list that ends (`]`) after one that goes on (`,`).
   */
  const compareSubtrees = (a: number, b: number): number => {
    let depth = 0;
    let x = a;
    let y = b;
    for (;;) {
      // Entering the pair x, y.
      const c = compare(comparedAttributes(x), comparedAttributes(y));
      if (c !== 0) return c;
      const cx = childHead[x]!;
      const cy = childHead[y]!;
      if (cx !== -1 && cy !== -1) {
        frameX[depth] = x;
        frameY[depth] = y;
        depth++;
        x = cx;
        y = cy;
        continue;
      }
      if (cx !== cy) return cx === -1 ? -1 : 1;
      // Leaving x, y, then each pair of parents whose children lists both end.
      for (;;) {
        const d = compare(eventsAt(x), eventsAt(y)) || compare(tailAt(x), tailAt(y));
        if (d !== 0) return d;
        if (depth === 0) return 0;
        const nx = childNext[x]!;
        const ny = childNext[y]!;
        if (nx !== -1 && ny !== -1) {
          x = nx;
          y = ny;
          break;
        }
        if (nx !== ny) return nx === -1 ? 1 : -1;
        depth--;
        x = frameX[depth]!;
        y = frameY[depth]!;
      }
    }
  };
  const siblingOrder = (a: number, b: number) => compare(nameAt[a]!, nameAt[b]!) || compareSubtrees(a, b);

  /** Orders the children of position i (`kids` from `from` to `to`) and links them in that order. */
  const link = (i: number, kids: Int32Array, from: number, to: number): void => {
    if (to === from) return;
    const ordered = kids.subarray(from, to);
    if (ordered.length > 1) ordered.sort(siblingOrder);
    childHead[i] = ordered[0]!;
    for (let k = 1; k < ordered.length; k++) childNext[ordered[k - 1]!] = ordered[k]!;
    if (keepNodes) {
      const children = Array.from(ordered, (c) => nodeAt[c]!);
      for (const c of ordered) nodeAt[c] = undefined;
      nodeAt[i]!.children = children;
    }
  };

  /** The node's own parts: its name, its events ordered and serialized, with keepNodes the node. */
  const finish = (i: number): void => {
    const span = spans[i]!;
    const name = wellFormed(span.name);
    nameAt[i] = name;
    let events: CanonicalEvent[] = [];
    if (span.events.length > 0) {
      const ordered = orderWithText(span.events.map((e) => {
        const eventName = wellFormed(e.name);
        const attributes = attributesText(e.attributes, listings, volatile);
        // The members of an event in RFC 8785 order: attributes, name.
        if (attributes !== undefined && !keepNodes) return { item: { name: eventName } as CanonicalEvent, text: `{"attributes":${attributes},"name":${stringText(eventName)}}` };
        const event: CanonicalEvent = { name: eventName, attributes: canonicalAttributes(e.attributes, volatile) };
        return { item: event, text: attributes !== undefined ? `{"attributes":${attributes},"name":${stringText(eventName)}}` : textString(textOf(event)) };
      }));
      let text = '[';
      for (let k = 0; k < ordered.length; k++) text += (k > 0 ? ',' : '') + (ordered[k]!.text as string);
      eventsTexts[i] = `${text}]`;
      if (keepNodes) events = ordered.map((e) => e.item);
    }
    if (keepNodes) nodeAt[i] = { name, kind: span.kind, status: span.status, attributes: canonicalAttributes(span.attributes, volatile), events, children: [] };
  };

  // Depth-first, without recursion (deep traces do not overflow the stack): frames of
  // (position, next child to look at, where its children start in `kids`), 3 numbers each.
  const visited = new Uint8Array(n);
  // Children of the nodes being built, on a stack (a span is a child once at most).
  const kids = new Int32Array(n);
  let kidsTop = 0;
  const frames: number[] = [];
  const build = (root: number): void => {
    visited[root] = 1;
    frames[0] = root;
    frames[1] = firstChild[uniqueIds ? root : position.of(spans[root]!.spanId)]!;
    frames[2] = kidsTop;
    let top = 0;
    while (top >= 0) {
      let c = frames[top + 1]!;
      // A child may have been reached another way meanwhile (duplicate ids, cycles): it is checked when its turn comes.
      while (c !== -1 && visited[c]) c = nextSibling[c]!;
      if (c !== -1) {
        frames[top + 1] = nextSibling[c]!;
        kids[kidsTop++] = c;
        visited[c] = 1;
        top += 3;
        frames[top] = c;
        frames[top + 1] = firstChild[uniqueIds ? c : position.of(spans[c]!.spanId)]!;
        frames[top + 2] = kidsTop;
        continue;
      }
      const i = frames[top]!;
      const from = frames[top + 2]!;
      top -= 3;
      finish(i);
      link(i, kids, from, kidsTop);
      kidsTop = from;
    }
  };
  const trees: number[] = [];
  for (const i of rootsInTraceOrder) {
    build(i);
    trees.push(i);
  }
  // Spans only reachable through a parent cycle (malformed input): each cycle is
  // cut at its earliest span, which becomes a root.
  const rest: number[] = [];
  for (let i = 0; i < n; i++) if (!visited[i]) rest.push(i);
  rest.sort((a, b) => spans[a]!.startMs - spans[b]!.startMs || compare(spans[a]!.name, spans[b]!.name));
  for (const i of rest) {
    if (visited[i]) continue;
    build(i);
    trees.push(i);
  }
  trees.sort(siblingOrder);
  return { roots: trees, childHead, childNext, attributesAt, leafEndAt, listEndAt, nodes: keepNodes ? trees.map((i) => nodeAt[i]!) : [] };
}

/**
 * Writes the text of a canonical tree, depth-first without recursion, as strings of
 * about `chunkChars` characters (more by the part of one node at most).
 */
function writeTree(tree: CanonicalTree, chunkChars: number, write: (chunk: string) => void): void {
  const { roots, childHead, childNext, attributesAt, leafEndAt, listEndAt } = tree;
  const parents: number[] = [];
  let depth = 0;
  let chunk = '[';
  for (let r = 0; r < roots.length; r++) {
    let x = roots[r]!;
    // A sibling's separator goes with its opening: one string fewer per node.
    let open = r > 0 ? ',{"attributes":' : '{"attributes":';
    for (;;) {
      if (chunk.length >= chunkChars) {
        write(chunk);
        chunk = '';
      }
      chunk += open;
      chunk += attributesAt(x);
      // Entering x: a node with children opens its list and goes down.
      const head = childHead[x]!;
      if (head !== -1) {
        chunk += ',"children":[';
        parents[depth++] = x;
        x = head;
        open = '{"attributes":';
        continue;
      }
      chunk += leafEndAt(x);
      // Leaving x: on to its next sibling, or closing each parent whose last child it was.
      while (depth > 0 && childNext[x] === -1) {
        x = parents[--depth]!;
        chunk += listEndAt(x);
      }
      if (depth === 0) break;
      x = childNext[x]!;
      open = ',{"attributes":';
    }
  }
  chunk += ']';
  write(chunk);
}

/**
 * The canonical trace and its text: the tree is ordered first (siblings compared
 * member by member, no subtree text made), then written once. Without `keepNodes`
 * only the text is kept (`nodes` is empty).
 */
export function canonicalTraceText(all: readonly SpanRecord[], exclude: readonly string[], keepNodes = true): CanonicalTraceText {
  const tree = canonicalTree(all, exclude, keepNodes);
  const parts: string[] = [];
  let length = 0;
  writeTree(tree, TEXT_MAX_CHARS, (chunk) => {
    parts.push(chunk);
    length += chunk.length;
  });
  return { nodes: tree.nodes, text: parts.length === 1 ? parts[0]! : { parts, length } };
}

/**
 * The canonical trace: one tree per root span (a span without a parent, or whose
 * parent is not in the trace), volatile values removed, siblings sorted.
 */
export function canonicalTrace(all: readonly SpanRecord[], exclude: readonly string[]): CanonicalNode[] {
  return canonicalTraceText(all, exclude).nodes;
}

/** Puts a parsed trace (e.g. read back from a file) in canonical sibling order again. */
export function normalizeTrace(nodes: CanonicalNode[]): CanonicalNode[] {
  return canonicalOrder(
    nodes.map((n) => ({
      name: n.name,
      kind: n.kind,
      status: n.status,
      attributes: n.attributes ?? {},
      events: canonicalOrder((n.events ?? []).map((e) => ({ name: e.name, attributes: e.attributes ?? {} }))),
      children: normalizeTrace(n.children ?? []),
    })),
  );
}

/** Characters of canonical text hashed at a time by traceDigest. */
const HASH_CHUNK_CHARS = 2 ** 15;

/** Lower-case hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Lower-case hex SHA-256 of a text, hashed piece by piece. */
export function textDigest(text: Text): string {
  const hash = createHash('sha256');
  eachPiece(text, (piece) => hash.update(piece, 'utf8'));
  return hash.digest('hex');
}

/** Lower-case hex SHA-256 of the RFC 8785 serialization of a canonical structure. */
export function canonicalDigest(value: unknown): string {
  return textDigest(textOf(value));
}

/** SHA-256 (hex) of the RFC 8785 serialization of the canonical trace. */
export function traceDigest(spans: readonly SpanRecord[], exclude: readonly string[]): string {
  const hash = createHash('sha256');
  // Chunks of ~1 Mi characters: hashed as they are written, the trace's text is never whole in memory.
  writeTree(canonicalTree(spans, exclude, false), Math.min(TEXT_MAX_CHARS, HASH_CHUNK_CHARS), (chunk) => hash.update(chunk, 'utf8'));
  return hash.digest('hex');
}

/**
 * Milliseconds added to every reported time: `freeze_clock − run start` when
 * the suite sets `[determinism] freeze_clock`, else 0.
 */
export function clockShiftMs(run: Pick<SuiteRun, 'suite' | 'startedAt'>): number {
  const frozen = run.suite.determinism.freezeClock;
  if (!frozen) return 0;
  const at = Date.parse(frozen);
  return Number.isFinite(at) ? at - run.startedAt : 0;
}

/**
 * The spans with their start, end and event times shifted so the run starts at
 * the frozen clock. Durations and offsets between spans stay as measured.
 * Without `freeze_clock` the spans come back unchanged (as copies).
 */
export function applyFrozenClock(spans: readonly SpanRecord[], run: Pick<SuiteRun, 'suite' | 'startedAt'>): SpanRecord[] {
  const shift = clockShiftMs(run);
  return spans.map((s) => ({
    ...s,
    startMs: s.startMs + shift,
    endMs: s.endMs + shift,
    events: s.events.map((e) => ({ ...e, timeMs: e.timeMs + shift })),
  }));
}
