/**
 * The canonical form of a trace and its SHA-256 digest (documented for users
 * in docs/digest.md): a tree of spans from the roots down, with everything
 * that changes from one run of the same suite and seed to the next (ids,
 * times, container names, ports, status messages...) removed, and siblings
 * in an order that does not depend on which span finished first.
 *
 * Serialization is RFC 8785 (JSON Canonicalization Scheme): members in UTF-16
 * code unit order, numbers as ECMAScript prints them (JSON.stringify does), no
 * whitespace. Each node is serialized once, bottom-up, when the tree is built:
 * siblings are ordered by those texts, a parent's text is made of its
 * children's, and the digest streams the pieces into the hash, so neither a
 * subtree nor the whole trace is serialized twice (and a trace larger than
 * V8's longest string still has a digest). canonical.test.ts checks the output
 * against the `canonicalize` package (the RFC authors' reference
 * implementation) on generated traces.
 */
import { createHash } from 'node:crypto';
import { matchesPattern } from '../common/span-names.js';
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

/** stringText of the few distinct span names, kinds and statuses, remembered (they come back in every span). */
const quotedTexts = new Map<string, string>();
function quoted(s: string): string {
  let text = quotedTexts.get(s);
  if (text === undefined) {
    text = stringText(s);
    if (quotedTexts.size < 10_000) quotedTexts.set(s, text);
  }
  return text;
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

/** The text of an array of already serialized items (`arrayText` of them, without the intermediate lists when it is one string). */
function textsArray(texts: readonly Text[]): Text {
  if (texts.length === 0) return '[]';
  let length = 1;
  for (const t of texts) {
    if (typeof t !== 'string') return arrayText(texts);
    length += t.length + 1;
  }
  if (length > TEXT_MAX_CHARS) return arrayText(texts);
  let out = '[' + (texts[0] as string);
  for (let i = 1; i < texts.length; i++) out += ',' + (texts[i] as string);
  return out + ']';
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

/** The characters JSON.stringify escapes in a well-formed string. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

/** The text of one attribute scalar as canonicalScalar + scalarText make it; undefined for what they treat otherwise. */
function attrScalarText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      // Most values need no escape: quoted directly (JSON.stringify escapes only these and lone surrogates).
      if (!NEEDS_ESCAPE.test(v) && isWellFormed(v)) return '"' + v + '"';
      return JSON.stringify(isWellFormed(v) ? v : wellFormed(v));
    case 'number':
      // A finite number prints as JSON.stringify prints it; the others become strings ("NaN", "Infinity").
      return Number.isFinite(v) ? String(v) : `"${String(v)}"`;
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return undefined;
  }
}

/** The kept keys of the span attributesText is at, reused from span to span (it never calls itself). */
const keptKeys: string[] = [];

/**
 * The RFC 8785 text of `canonicalAttributes(attrs, volatile)`, made straight from
 * the span's attributes (the digest's hottest path: no object per span or event).
 * Undefined for the rare shapes left to the general path (a key with a lone
 * surrogate, a value that is no attribute scalar or array of them).
 */
function attributesText(attrs: Readonly<Record<string, AttrValue>>, volatile: (key: string) => boolean): string | undefined {
  const keys = keptKeys;
  keys.length = 0;
  for (const key in attrs) {
    if (!Object.hasOwn(attrs, key)) continue;
    const value = attrs[key];
    if (value === undefined || value === null || volatile(key)) continue;
    if (!isWellFormed(key)) return undefined;
    keys.push(key);
  }
  if (keys.length === 0) return '{}';
  // UTF-16 code unit order, as RFC 8785 requires (the default sort).
  keys.sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = attrs[key];
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
    out += (i > 0 ? ',' : '') + memberHead(key) + text;
  }
  return `${out}}`;
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

/**
 * The canonical trace and its text, serialized once, bottom-up: each node's
 * text is made when the node is, from its children's texts (which also order
 * the siblings). Without `keepNodes` only the text is kept (`nodes` is empty).
 */
export function canonicalTraceText(all: readonly SpanRecord[], exclude: readonly string[], keepNodes = true): CanonicalTraceText {
  const spans = all.filter((s) => !(s.source === 'runner' && MEASUREMENT_SPANS.includes(s.name)));
  const volatile = volatileKeys(exclude);
  // Position of each span id (the last span with it), and children as linked lists over
  // positions (first child, next sibling), in trace order: no list or map per parent.
  const position = new Map<string, number>();
  for (let i = 0; i < spans.length; i++) position.set(spans[i]!.spanId, i);
  // Without duplicate ids a span's own id names its own position: no lookup per node.
  const uniqueIds = position.size === spans.length;
  const firstChild = new Int32Array(spans.length).fill(-1);
  const lastChild = new Int32Array(spans.length).fill(-1);
  const nextSibling = new Int32Array(spans.length).fill(-1);
  const roots: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const p = s.parentSpanId && s.parentSpanId !== s.spanId ? position.get(s.parentSpanId) : undefined;
    if (p === undefined) roots.push(i);
    else {
      if (lastChild[p] === -1) firstChild[p] = i;
      else nextSibling[lastChild[p]!] = i;
      lastChild[p] = i;
    }
  }
  const visited = new Uint8Array(spans.length);
  // Per position, once the node is built: its canonical name and text (which order it among its
  // siblings) and, with keepNodes, the node. A parent drops its children's once it is built.
  const nameAt: (string | undefined)[] = new Array(spans.length);
  const textAt: (Text | undefined)[] = new Array(spans.length);
  const nodeAt: (CanonicalNode | undefined)[] = keepNodes ? new Array(spans.length) : [];
  const siblingOrder = (a: number, b: number) => compare(nameAt[a]!, nameAt[b]!) || compareText(textAt[a]!, textAt[b]!);
  const build = (i: number): void => {
    visited[i] = 1;
    const span = spans[i]!;
    const first = firstChild[uniqueIds ? i : position.get(span.spanId)!]!;
    // Leaves (most spans) allocate no list of children.
    let kids: number[] | undefined;
    for (let c = first; c !== -1; c = nextSibling[c]!) {
      if (visited[c]) continue;
      build(c);
      (kids ??= []).push(c);
    }
    kids?.sort(siblingOrder);
    const events = span.events.length === 0 ? [] : orderWithText(span.events.map((e) => {
      const name = wellFormed(e.name);
      // The members of an event in RFC 8785 order: attributes, name.
      const attributes = attributesText(e.attributes, volatile);
      if (keepNodes || attributes === undefined) {
        const event: CanonicalEvent = { name, attributes: canonicalAttributes(e.attributes, volatile) };
        return { item: event, text: keepNodes && attributes !== undefined ? `{"attributes":${attributes},"name":${stringText(name)}}` : textOf(event) };
      }
      // A digest only: the event's name is all that ordering reads of it besides its text.
      return { item: { name } as CanonicalEvent, text: `{"attributes":${attributes},"name":${stringText(name)}}` };
    }));
    const name = wellFormed(span.name);
    const childrenText = kids ? textsArray(kids.map((c) => textAt[c]!)) : '[]';
    const eventsText = textsArray(events.map((e) => e.text));
    const children = keepNodes && kids ? kids.map((c) => nodeAt[c]!) : [];
    if (kids) {
      for (const c of kids) textAt[c] = nameAt[c] = undefined;
      if (keepNodes) for (const c of kids) nodeAt[c] = undefined;
    }
    nameAt[i] = name;
    const attributes = typeof span.kind === 'string' && typeof span.status === 'string' ? attributesText(span.attributes, volatile) : undefined;
    if (!keepNodes && attributes !== undefined) {
      // The members of a node in RFC 8785 order: attributes, children, events, kind, name, status.
      const tail = `,"kind":${quoted(span.kind)},"name":${quoted(name)},"status":${quoted(span.status)}}`;
      // The common case, one string: concatenated directly (no list of parts per node).
      if (typeof childrenText === 'string' && typeof eventsText === 'string' && attributes.length + childrenText.length + eventsText.length + tail.length + 40 <= TEXT_MAX_CHARS) {
        textAt[i] = '{"attributes":' + attributes + ',"children":' + childrenText + ',"events":' + eventsText + tail;
        return;
      }
      const parts: Text[] = ['{"attributes":', attributes, ',"children":', childrenText, ',"events":', eventsText, tail];
      let length = 0;
      for (const p of parts) length += p.length;
      textAt[i] = join(parts, length);
      return;
    }
    const node: CanonicalNode = {
      name,
      kind: span.kind,
      status: span.status,
      attributes: canonicalAttributes(span.attributes, volatile),
      // Without keepNodes (a digest only) the subtrees are not kept: their texts stand for them.
      events: keepNodes ? events.map((e) => e.item) : [],
      children,
    };
    if (keepNodes) nodeAt[i] = node;
    textAt[i] = textOf(node, { children: childrenText, events: eventsText });
  };
  const trees: number[] = [];
  for (const i of roots) {
    build(i);
    trees.push(i);
  }
  // Spans only reachable through a parent cycle (malformed input): each cycle is
  // cut at its earliest span, which becomes a root.
  const rest: number[] = [];
  for (let i = 0; i < spans.length; i++) if (!visited[i]) rest.push(i);
  rest.sort((a, b) => spans[a]!.startMs - spans[b]!.startMs || compare(spans[a]!.name, spans[b]!.name));
  for (const i of rest) {
    if (visited[i]) continue;
    build(i);
    trees.push(i);
  }
  trees.sort(siblingOrder);
  return { nodes: keepNodes ? trees.map((i) => nodeAt[i]!) : [], text: arrayText(trees.map((i) => textAt[i]!)) };
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
  return textDigest(canonicalTraceText(spans, exclude, false).text);
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
