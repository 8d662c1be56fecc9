/**
 * Canonical formatting of `*.clnrm.toml` files (`clnrm fmt`).
 *
 * The formatter is deliberately conservative: it only regenerates the layout
 * *between* tokens and copies every scalar (strings of every kind, numbers,
 * dates, booleans) and every quoted key byte for byte. Rules:
 *   - `key = value`, dotted keys as `a.b`, headers as `[a.b]` / `[[a.b]]`;
 *   - no indentation for top-level key/values, own-line comments or headers;
 *   - one blank line before each table header (and before the comment block
 *     directly above it), at most one blank line anywhere, no trailing
 *     whitespace, exactly one final newline, the file's dominant line ending;
 *   - the output is TOML 1.0, which editors' TOML engines (taplo) accept:
 *     inline tables always on one line as `{ k = v }`, without a trailing
 *     comma (TOML 1.1 lets them span lines; the loader still reads that);
 *     comments from inside a reflowed inline table go on their own lines
 *     above its key, in order;
 *   - single-line arrays as `[a, b]`; ones the user wrote over several lines
 *     stay multi-line, one element per line, 4 spaces per nesting level,
 *     trailing commas — unless they contain a comment, in which case their
 *     text is kept verbatim (if it holds no TOML 1.1 inline table);
 *   - end-of-line comments stay on their line with one space before `#`.
 *
 * Every result is checked before it is returned: the output must parse to
 * the same value, contain the same keys/scalars/comments in the same order,
 * and be a fixed point of the formatter. Otherwise TomlFormatSafetyError.
 */
import { getStaticTOMLValue, parseTOML } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import { scanToml, TomlScanError, type ScannedSource } from './scan.js';
import { LoadError } from '../common/errors.js';

/** The input is not valid TOML. Line and column are 1-based. */
export class TomlFormatError extends LoadError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'TomlFormatError';
  }
}

/** The formatter produced something it cannot prove equivalent: a bug in the formatter, never in the input. */
export class TomlFormatSafetyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TomlFormatSafetyError';
  }
}

type Range = readonly [number, number];

const parse = (source: string): AST.TOMLProgram => parseTOML(source, { tomlVersion: '1.1' });

/** Formats a TOML document. Pure; throws TomlFormatError on invalid input. */
export function formatToml(source: string): string {
  // The parser rejects a byte-order mark; keep it aside and put it back.
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  // Nesting is bounded and long strings are set aside first (see scan.ts); the shadow is what gets formatted.
  let scanned: ScannedSource;
  try {
    scanned = scanToml(source.slice(bom.length));
  } catch (err) {
    if (!(err instanceof TomlScanError)) throw err;
    const where = err.keyPath ? `${err.keyPath}: ` : '';
    throw new TomlFormatError(`${where}${err.message}${err.hint ? ` (${err.hint})` : ''}`, err.line, err.column);
  }
  const text = scanned.shadow;
  let program: AST.TOMLProgram;
  try {
    program = parse(text);
  } catch (err) {
    const e = err as { message?: string; lineNumber?: number; column?: number };
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)\s*$/, '');
    const at = scanned.toSource(e.lineNumber ?? 1, (e.column ?? 0) + 1);
    throw new TomlFormatError(message, at.line, at.column);
  }
  const output = formatProgram(text, program);
  verify(program, output);
  return bom + scanned.restore(output);
}

/** One formatting pass over a parsed document. */
function formatProgram(src: string, program: AST.TOMLProgram): string {
  const comments = program.comments;
  // Line breaks inside multi-line strings are content, not layout: never touched.
  const mlStrings = program.tokens.filter((t) => t.type === 'MultiLineBasicString' || t.type === 'MultiLineLiteralString');
  // Binary searches over the (sorted, disjoint) token and comment ranges: linear scans here made fmt quadratic.
  const inString = (offset: number): boolean => {
    const k = lastStartingBefore(mlStrings, offset);
    return k >= 0 && offset < mlStrings[k]!.range[1];
  };
  /** Offsets of the layout line breaks (`\n` outside multi-line strings) in `range`. */
  const breaksIn = (range: Range): number[] => {
    const found: number[] = [];
    for (let i = src.indexOf('\n', range[0]); i !== -1 && i < range[1]; i = src.indexOf('\n', i + 1)) {
      if (!inString(i)) found.push(i);
    }
    return found;
  };

  // Dominant line ending, counted over layout breaks only so that a second pass agrees.
  const breaks = breaksIn([0, src.length]);
  const crlf = breaks.filter((i) => src[i - 1] === '\r').length;
  const eol = crlf > breaks.length - crlf ? '\r\n' : '\n';

  const slice = (r: Range): string => src.slice(r[0], r[1]);
  const hasComment = (r: Range): boolean => {
    const k = lastStartingBefore(comments, r[1]);
    return k >= 0 && comments[k]!.range[0] > r[0];
  };

  /** Original text of `r`, with layout line breaks normalised, trailing blanks cut and blank runs collapsed. */
  const verbatim = (r: Range): string => {
    const lines: string[] = [];
    let from = r[0];
    for (const i of breaksIn(r)) {
      const line = src.slice(from, i).trimEnd();
      if (!(line === '' && lines[lines.length - 1] === '')) lines.push(line);
      from = i + 1;
    }
    lines.push(src.slice(from, r[1]));
    return lines.join(eol);
  };

  // Quoted keys are kept as written; only the spacing around dots goes.
  const keyText = (key: AST.TOMLKey): string => key.keys.map((k) => slice(k.range)).join('.');
  const keyValue = (kv: AST.TOMLKeyValue, depth: number, hoisted: string[], flat = false): string =>
    `${keyText(kv.key)} = ${value(kv.value, depth, hoisted, flat)}`;

  const commentsIn = (r: Range): string[] =>
    comments.filter((c) => c.range[0] >= r[0] && c.range[1] <= r[1]).map((c) => slice(c.range).trimEnd());
  /** An inline table TOML 1.0 accepts as written: on one line, no trailing comma. */
  const isToml10Inline = (node: AST.TOMLInlineTable): boolean =>
    breaksIn(node.range).length === 0 && !/,\s*\}$/.test(slice(node.range));
  const hasToml11Inline = (node: AST.TOMLContentNode): boolean => {
    if (node.type === 'TOMLInlineTable') return !isToml10Inline(node) || node.body.some((kv) => hasToml11Inline(kv.value));
    if (node.type === 'TOMLArray') return node.elements.some(hasToml11Inline);
    return false;
  };

  /**
   * A value at nesting `depth` (0 = value of a top-level key). Output is TOML 1.0 (what editors' TOML
   * engines accept): inline tables always on one line, without a trailing comma, everything inside them
   * on that line too (`flat`). Comments inside a value that has to be reflowed go to `hoisted`: they are
   * written on their own lines above the key, in their original order.
   */
  const value = (node: AST.TOMLContentNode, depth: number, hoisted: string[], flat = false): string => {
    if (node.type === 'TOMLValue') return slice(node.range);
    if (node.type !== 'TOMLArray' && node.type !== 'TOMLInlineTable') return verbatim((node as AST.TOMLNode).range);
    const isArray = node.type === 'TOMLArray';
    // Comments are collected once, by the outermost value that reflows them; what it holds goes on one line.
    let flatInside = flat || !isArray;
    if (!flat && hasComment(node.range)) {
      if (isArray && !hasToml11Inline(node)) return verbatim(node.range);
      hoisted.push(...commentsIn(node.range));
      flatInside = true;
    }
    const parts = isArray
      ? node.elements.map((e) => value(e, depth + 1, hoisted, flatInside))
      : node.body.map((kv) => keyValue(kv, depth + 1, hoisted, flatInside));
    const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
    if (parts.length === 0) return open + close;
    if (!isArray) return `{ ${parts.join(', ')} }`;
    if (flatInside || breaksIn(node.range).length === 0) return `[${parts.join(', ')}]`;
    const pad = '    '.repeat(depth + 1);
    return open + eol + parts.map((p) => `${pad}${p},${eol}`).join('') + '    '.repeat(depth) + close;
  };

  // Items (headers and key/values) and comments, in source order, with their original lines.
  interface Entry {
    kind: 'header' | 'keyvalue' | 'comment';
    range: Range;
    startLine: number;
    endLine: number;
    text: string;
  }
  const entries: Entry[] = [];
  const addKeyValue = (kv: AST.TOMLKeyValue): void => {
    const hoisted: string[] = [];
    const text = keyValue(kv, 0, hoisted);
    entries.push({ kind: 'keyvalue', range: kv.range, startLine: kv.loc.start.line, endLine: kv.loc.end.line, text: [...hoisted, text].join(eol) });
  };
  for (const node of program.body[0].body) {
    if (node.type === 'TOMLKeyValue') {
      addKeyValue(node);
      continue;
    }
    // The table node spans its whole body; the header ends at its closing bracket(s).
    let end = node.key.range[1];
    for (let n = node.kind === 'array' ? 2 : 1; n > 0; n--) end = src.indexOf(']', end) + 1;
    const [open, close] = node.kind === 'array' ? ['[[', ']]'] : ['[', ']'];
    const line = node.loc.start.line;
    entries.push({ kind: 'header', range: [node.range[0], end], startLine: line, endLine: line, text: open + keyText(node.key) + close });
    node.body.forEach(addKeyValue);
  }
  // Merge in the comments. A comment inside an item is already part of its verbatim text;
  // one with code before it on its line is an end-of-line comment of the item before it.
  const items = entries.splice(0);
  let next = 0;
  for (const c of comments) {
    while (next < items.length && items[next]!.range[0] < c.range[0]) entries.push(items[next++]!);
    const last = entries[entries.length - 1];
    if (last && last.kind !== 'comment' && c.range[0] < last.range[1]) continue;
    const text = slice(c.range).trimEnd();
    const lineStart = src.lastIndexOf('\n', c.range[0] - 1) + 1;
    if (last && src.slice(lineStart, c.range[0]).trim() !== '') {
      last.text += ` ${text}`;
      continue;
    }
    entries.push({ kind: 'comment', range: c.range, startLine: c.loc.start.line, endLine: c.loc.start.line, text });
  }
  entries.push(...items.slice(next));

  // Blank lines: one where the source had at least one, and one before every header
  // (placed above the comment block directly on top of it, never at file start).
  const blankBefore = entries.map((e, i) => i > 0 && e.startLine - entries[i - 1]!.endLine > 1);
  entries.forEach((e, h) => {
    if (e.kind !== 'header') return;
    let j = h;
    while (j > 0 && entries[j - 1]!.kind === 'comment' && entries[j]!.startLine - entries[j - 1]!.endLine === 1) j--;
    for (let k = j + 1; k <= h; k++) blankBefore[k] = false;
    blankBefore[j] = j > 0;
  });
  const out: string[] = [];
  entries.forEach((e, i) => {
    if (blankBefore[i]) out.push('');
    out.push(e.text);
  });
  return out.length === 0 ? '' : out.join(eol) + eol;
}

/** Index of the last range that starts before `offset` (ranges sorted by start), or -1. */
function lastStartingBefore(sorted: readonly { range: Range }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.range[0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Throws TomlFormatSafetyError unless `output` is equivalent to `input` and a fixed point of the formatter. */
function verify(input: AST.TOMLProgram, output: string): void {
  let reparsed: AST.TOMLProgram;
  try {
    reparsed = parse(output);
  } catch (err) {
    throw new TomlFormatSafetyError(`formatted text does not parse: ${(err as Error).message}`);
  }
  if (!sameValue(getStaticTOMLValue(input), getStaticTOMLValue(reparsed))) {
    throw new TomlFormatSafetyError('formatted text has a different value');
  }
  if (fingerprint(input) !== fingerprint(reparsed)) {
    throw new TomlFormatSafetyError('formatted text has different keys, scalars or comments');
  }
  if (formatProgram(output, reparsed) !== output) {
    throw new TomlFormatSafetyError('formatting is not idempotent');
  }
}

/** Every key, scalar (as written) and comment, in order: the formatter must keep all of them. */
function fingerprint(program: AST.TOMLProgram): string {
  const tokens = program.tokens.filter((t) => t.type !== 'Punctuator').map((t) => `${t.type}:${t.value}`);
  return JSON.stringify([tokens, program.comments.map((c) => c.value.trimEnd())]);
}

/** Deep equality of static TOML values; dates by instant, NaN equal to itself, -0 distinct from 0. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const rb = b as Record<string, unknown>;
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(rb, k) && sameValue((a as Record<string, unknown>)[k], rb[k]));
  }
  return Object.is(a, b);
}
