/**
 * The canonical trace text of a very large trace (a SpanTable), with the same
 * bytes and digest as canonical.ts's canonicalTraceText, in bounded memory:
 * a subtree's text longer than SPILL_CHARS is written to a spill file (an
 * unlinked temporary file, UTF-16 so offsets are characters) and kept as a
 * reference to it, so the text of the whole trace (gigabytes for 10 M spans)
 * is never in memory. The result is canonical.ts's `Text`: a spilled part is a
 * TextParts whose parts are read from the file as they are iterated, so
 * textDigest, textPieces and the digest reporter take it as they are.
 *
 * Only used for traces kept as a SpanTable (past LARGE_TRACE_SPANS): every
 * smaller trace goes through canonical.ts alone. canonical-large.test.ts
 * checks the text and digest equal canonical.ts's on generated traces.
 *
 * The rules are canonical.ts's (docs/digest.md): measurement spans left out;
 * children by parent id (the last span with an id; a span whose parent is
 * itself or absent is a root); siblings by name, then text; spans only on a
 * parent cycle cut at the earliest (start, then name); each node's own text is
 * canonical.ts's for the span alone (its `children` then filled in here).
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { canonicalTraceText, MEASUREMENT_SPANS, textString, type Text, type TextParts } from './canonical.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { rowsOf, viewMapOf, type SpanRows } from '../telemetry/span-table.js';

/** A text longer than this (characters) is spilled to the file and kept as a reference. */
let SPILL_CHARS = 1 << 16;
/** A string part of a spilled text is at most this long (a reference to the file costs about as much memory). */
export const KEEP_CHARS = 256;
/** Own texts of spans remembered by content (see SpanTable.contentKey). */
const OWN_TEXTS_MAX = 1 << 16;
/** Characters read from the spill file at a time. */
const READ_CHARS = 1 << 20;

/** Runs `fn` with another spill bound (tests spill small traces). */
export function withSpillChars<T>(chars: number, fn: () => T): T {
  const saved = SPILL_CHARS;
  SPILL_CHARS = chars;
  try {
    return fn();
  } finally {
    SPILL_CHARS = saved;
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The spill file: written once, read back by offset; unlinked at once, closed when no text refers to it. */
class SpillFile {
  readonly fd: number;
  chars = 0;
  private readonly buffer = Buffer.allocUnsafe(READ_CHARS * 2);
  constructor() {
    const path = join(tmpdir(), `clnrm-canonical-${process.pid}-${randomBytes(6).toString('hex')}.utf16`);
    this.fd = openSync(path, 'wx+', 0o600);
    unlinkSync(path);
  }
  /** Writes a string; returns the text standing for it (its parts read back from the file). */
  spill(s: string): Text {
    const offset = this.chars;
    const bytes = Buffer.from(s, 'utf16le');
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, (offset + done / 2) * 2);
    this.chars += s.length;
    // Piece boundaries never split a surrogate pair (each piece is hashed as UTF-8 on its own).
    const ends: number[] = [];
    for (let at = 0; at < s.length; ) {
      let end = Math.min(s.length, at + READ_CHARS);
      if (end < s.length && isHighSurrogate(s.charCodeAt(end - 1))) end--;
      ends.push(end);
      at = end;
    }
    return spilledText(this, offset, s.length, ends);
  }
  read(offset: number, chars: number): string {
    let got = 0;
    while (got < chars * 2) {
      const n = readSync(this.fd, this.buffer, got, chars * 2 - got, (offset * 2) + got);
      if (n === 0) throw new Error('the canonical spill file ended early');
      got += n;
    }
    return this.buffer.toString('utf16le', 0, chars * 2);
  }
}

const closeFile = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** A spilled string as a TextParts: its parts, made from the file when read (array reads and iteration alike). */
function spilledText(file: SpillFile, offset: number, length: number, ends: readonly number[]): Text {
  const piece = (i: number) => {
    const start = i === 0 ? 0 : ends[i - 1]!;
    return file.read(offset + start, ends[i]! - start);
  };
  const parts = new Proxy([] as Text[], {
    get(target, key, receiver) {
      if (key === 'length') return ends.length;
      if (typeof key === 'string' && /^\d+$/.test(key)) return Number(key) < ends.length ? piece(Number(key)) : undefined;
      if (key === Symbol.iterator) return function* () {
        for (let i = 0; i < ends.length; i++) yield piece(i);
      };
      return Reflect.get(target, key, receiver);
    },
  });
  const text = { parts, length } satisfies TextParts;
  spilled.add(text);
  return text;
}

/** The texts that stand for a part of the spill file (their parts are read from it). */
const spilled = new WeakSet<TextParts>();

/** The strings a text keeps in memory (its parts not in the spill file). */
export function heldStrings(text: Text): string[] {
  if (typeof text === 'string') return [text];
  if (spilled.has(text)) return [];
  return text.parts.flatMap(heldStrings);
}

/** The strings of a text in order (spilled parts read back in pieces). */
function* pieces(text: Text): Generator<string> {
  if (typeof text === 'string') yield text;
  else for (const p of text.parts) yield* pieces(p);
}

/** Compares two texts as the strings they stand for (UTF-16 code units), reading spilled parts as needed. */
function compareText(a: Text, b: Text): number {
  if (typeof a === 'string' && typeof b === 'string') return compare(a, b);
  const ia = pieces(a);
  const ib = pieces(b);
  let sa = '', sb = '', oa = 0, ob = 0;
  for (;;) {
    if (oa === sa.length) {
      const n = ia.next();
      if (n.done) break;
      (sa = n.value), (oa = 0);
      continue;
    }
    if (ob === sb.length) {
      const n = ib.next();
      if (n.done) break;
      (sb = n.value), (ob = 0);
      continue;
    }
    const n = Math.min(sa.length - oa, sb.length - ob);
    const c = compare(sa.slice(oa, oa + n), sb.slice(ob, ob + n));
    if (c !== 0) return c;
    oa += n;
    ob += n;
  }
  return a.length - b.length;
}

/**
 * A text made of parts: one string when short; else a list of spilled parts and strings of at most
 * KEEP_CHARS. Runs of strings are spilled as they grow past SPILL_CHARS; a part made here before is
 * taken apart (its spilled parts kept as they are); and a run longer than KEEP_CHARS that ends next to a
 * spilled part is spilled too. So a node with many large children (10 000 scenarios under one run) holds
 * references to the file, not the head and tail strings of each child.
 */
function partsText(parts: Iterable<Text>, file: SpillFile): Text {
  const out: Text[] = [];
  let length = 0;
  let run: string[] = [];
  let runChars = 0;
  /** Ends the run: spilled when longer than `limit` characters. */
  const flush = (limit: number) => {
    if (run.length === 0) return;
    const s = run.join('');
    out.push(runChars > limit ? file.spill(s) : s);
    run = [];
    runChars = 0;
  };
  const add = (p: Text) => {
    if (typeof p === 'string') {
      run.push(p);
      runChars += p.length;
      // Spilled as it grows: a run of millions of sibling texts is never joined into one string.
      if (runChars > SPILL_CHARS) flush(SPILL_CHARS);
    } else if (spilled.has(p)) {
      flush(KEEP_CHARS);
      out.push(p);
    } else for (const q of p.parts) add(q);
  };
  for (const p of parts) {
    length += p.length;
    add(p);
  }
  flush(out.length > 0 ? KEEP_CHARS : SPILL_CHARS);
  if (out.length === 0) return '';
  if (out.length === 1) return out[0]!;
  return { parts: out, length } satisfies TextParts;
}

/** `[a,b,...]` of texts. */
function arrayParts(items: readonly Text[]): Text[] {
  const parts: Text[] = ['['];
  items.forEach((t, i) => parts.push(i > 0 ? ',' : '', t));
  parts.push(']');
  return parts;
}

/** The marker between a lone span's attributes and its (empty) children in canonical.ts's text. */
const CHILDREN_MARK = '},"children":[],"events":';

/**
 * canonical.ts's text of the span as a lone root, split around its empty
 * `children`: attributes come first in RFC 8785 order and end with the first
 * `}` followed by `,"children":` (inside a string a quote is escaped).
 */
function ownText(span: SpanRecord, exclude: readonly string[]): { head: string; tail: string } {
  // An attribute value that is an object (no SpanRecord source makes one) could hold the marker itself.
  for (const v of Object.values(span.attributes)) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) throw new TypeError(`span ${span.name} has an attribute value that is an object: its canonical text cannot be split`);
  }
  const { parentSpanId: _parent, ...alone } = span;
  const text = textString(canonicalTraceText([{ ...alone, events: span.events }], exclude, false).text);
  // text is `[{"attributes":…},"children":[],"events":…}]`.
  const at = text.indexOf(CHILDREN_MARK);
  if (at === -1) throw new Error(`no children member in the canonical text of span ${span.name}`);
  return { head: text.slice(1, at + 1), tail: text.slice(at + CHILDREN_MARK.length - ',"events":'.length + 1, text.length - 1) };
}

/** The rows the canonical text is made of: measurement spans of the runner are left out (they stay in report.json). */
function keptRows(all: SpanRows): SpanRows {
  const measurement = (i: number) => all.source(i) === 'runner' && MEASUREMENT_SPANS.includes(all.name(i));
  let n = 0;
  for (let i = 0; i < all.length; i++) if (!measurement(i)) n++;
  const kept = new Int32Array(n);
  for (let i = 0, k = 0; i < all.length; i++) if (!measurement(i)) kept[k++] = i;
  return all.select(kept);
}

/**
 * Children as linked lists in trace order, made from the last span back (no list per parent), and the
 * id lookup when ids repeat. In a function of its own so that the parent index and the id lookup (each
 * as large as the trace) are garbage while the texts are built.
 */
function childLists(table: SpanRows): { firstChild: Int32Array; nextSibling: Int32Array; isRoot: Uint8Array; rowOfId: ((id: string) => number) | undefined } {
  const n = table.length;
  const { parentIndex, hasDuplicateIds, rowOfId } = table.parentRows();
  const firstChild = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n).fill(-1);
  const isRoot = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const p = parentIndex[k]!;
    if (p === -1 || table.parentIsSelf(k)) isRoot[k] = 1;
    else {
      nextSibling[k] = firstChild[p]!;
      firstChild[p] = k;
    }
  }
  return { firstChild, nextSibling, isRoot, rowOfId: hasDuplicateIds ? rowOfId : undefined };
}

/**
 * The canonical text of a table's spans: canonicalTraceText(table's spans, exclude).text, byte for byte.
 * `map` is applied to each span as it is read (secret masking); when it changes what the tree is
 * built from (an id, a parent id, a name or a start time) the answer is undefined: the caller then
 * takes the spans as a list.
 */
export function largeCanonicalTraceText(all: SpanRows, exclude: readonly string[], map?: (s: SpanRecord) => SpanRecord): Text | undefined {
  if (map) {
    for (let i = 0; i < all.length; i++) {
      const raw = all.at(i);
      const s = map(raw);
      if (s.spanId !== raw.spanId || s.parentSpanId !== raw.parentSpanId || s.name !== raw.name || s.startMs !== raw.startMs || s.source !== raw.source) return undefined;
    }
  }
  const file = new SpillFile();
  // From here on, positions are those of the kept spans.
  const table = keptRows(all);
  const n = table.length;
  const spanAt = (k: number) => (map ? map(table.at(k)) : table.at(k));
  const { firstChild, nextSibling, isRoot, rowOfId } = childLists(table);
  const visited = new Uint8Array(n);
  const ownTexts = new Map<string, { head: string; tail: string }>();
  // Per position built and not yet taken by its parent: its canonical name and text.
  const nameAt = new Map<number, string>();
  const textAt = new Map<number, Text>();
  const wellFormedName = (s: string) => ((s as string & { isWellFormed(): boolean }).isWellFormed() ? s : s.replace(/\p{Cs}/gu, '\uFFFD'));
  const siblingOrder = (a: number, b: number) => compare(nameAt.get(a)!, nameAt.get(b)!) || compareText(textAt.get(a)!, textAt.get(b)!);
  // Leaves stored alike (same content key, no children) have the same text: made once, and a parent's run of
  // them is kept as one of them and a count, so a parent with millions of such children holds no text per child.
  const leafTexts = new Map<string, Text>();
  const repeats = new Map<number, number>();
  const childrenOf = (k: number) => firstChild[rowOfId ? rowOfId(table.spanId(k)) : k]!;
  const isLeaf = (k: number) => {
    for (let c = childrenOf(k); c !== -1; c = nextSibling[c]!) if (!visited[c]) return false;
    return true;
  };
  const ownOf = (row: number) => {
    // Spans stored alike (most spans of one code path) have the same own text: made once, from one of them.
    const key = table.contentKey(row);
    let own = key === undefined ? undefined : ownTexts.get(key);
    if (!own) {
      own = ownText(spanAt(row), exclude);
      if (key !== undefined && ownTexts.size < OWN_TEXTS_MAX) ownTexts.set(key, own);
    }
    return own;
  };
  const build = (k: number): void => {
    visited[k] = 1;
    const row = k;
    const first = childrenOf(k);
    let kids: number[] | undefined;
    let alike: Map<string, number> | undefined;
    for (let c = first; c !== -1; c = nextSibling[c]!) {
      if (visited[c]) continue;
      const key = table.contentKey(c);
      if (key !== undefined && isLeaf(c)) {
        const rep = (alike ??= new Map()).get(key);
        if (rep !== undefined) {
          visited[c] = 1;
          repeats.set(rep, repeats.get(rep)! + 1);
          continue;
        }
        alike.set(key, c);
        repeats.set(c, 1);
        visited[c] = 1;
        let text = leafTexts.get(key);
        if (text === undefined) {
          const { head, tail } = ownOf(c);
          text = partsText([head, ',"children":', '[', ']', ',', tail], file);
          if (leafTexts.size < OWN_TEXTS_MAX) leafTexts.set(key, text);
        }
        nameAt.set(c, wellFormedName(table.name(c)));
        textAt.set(c, text);
      } else build(c);
      (kids ??= []).push(c);
    }
    kids?.sort(siblingOrder);
    const { head, tail } = ownOf(row);
    const sorted = kids ?? [];
    const childTexts = function* (): Generator<Text> {
      yield '[';
      let first = true;
      for (const c of sorted) {
        const text = textAt.get(c)!;
        for (let n = repeats.get(c) ?? 1; n > 0; n--) {
          if (!first) yield ',';
          yield text;
          first = false;
        }
      }
      yield ']';
    };
    const text = partsText(
      (function* () {
        yield head;
        yield ',"children":';
        yield* childTexts();
        yield ',';
        yield tail;
      })(),
      file,
    );
    for (const c of sorted) (textAt.delete(c), nameAt.delete(c), repeats.delete(c));
    // The name as stored: a mask that would change it sends the trace to the list path (see above).
    nameAt.set(k, wellFormedName(table.name(row)));
    textAt.set(k, text);
  };
  const trees: number[] = [];
  for (let k = 0; k < n; k++) {
    if (!isRoot[k]) continue;
    build(k);
    trees.push(k);
  }
  const rest: number[] = [];
  for (let k = 0; k < n; k++) if (!visited[k]) rest.push(k);
  const start = (k: number) => table.startMsOf(k);
  rest.sort((a, b) => start(a) - start(b) || compare(table.name(a), table.name(b)));
  for (const k of rest) {
    if (visited[k]) continue;
    build(k);
    trees.push(k);
  }
  trees.sort(siblingOrder);
  const text = partsText(arrayParts(trees.map((k) => textAt.get(k)!)), file);
  // The spill file is closed once the text (and every part that reads it) is gone.
  if (typeof text !== 'string') closeFile.register(text, file.fd);
  else closeSync(file.fd);
  return text;
}

/**
 * The canonical text of a suite's spans (what `<suite>.trace.json` holds): canonical.ts's,
 * or for a trace kept as a SpanTable (a very large one) largeCanonicalTraceText's, the same
 * text made in bounded memory. A masked view of a table (redactSecrets) is read through its
 * mask, span by span (as a list, should the mask touch an id or a name).
 */
export function canonicalText(spans: readonly SpanRecord[], exclude: readonly string[]): Text {
  const rows = rowsOf(spans);
  const large = rows && largeCanonicalTraceText(rows, exclude, viewMapOf(spans));
  return large ?? canonicalTraceText(spans, exclude, false).text;
}
