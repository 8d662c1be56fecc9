/**
 * TOML 1.1 → plain data plus a map from key path to source position.
 *
 * Two parsers, one result (docs/toml-parser.md):
 *   - the fast path: smol-toml gives the data alone, about 6× faster than an AST;
 *   - the positional path: toml-eslint-parser keeps an AST with line/column, so
 *     every error can point at the exact key or value in the user's file.
 * A file is parsed on the fast path when it can be; its positions are computed by
 * the positional parser only when something asks for them (an issue to locate,
 * a verdict's `file:line`), which a valid file being validated never does. Any
 * file the fast parser rejects, or whose data it could give differently (dates,
 * very long strings, lone carriage returns), goes to the positional path, which
 * writes today's error messages.
 */
import { createRequire } from 'node:module';
import { parse as parseFast } from 'smol-toml';
import type { AST } from 'toml-eslint-parser';
import { LoadError } from '../common/errors.js';
import type { PathSegments, Position } from './key-path.js';
import { LONG_STRING_CHARS, MAX_KEY_CHARS, MAX_NESTING_DEPTH, scanToml, TomlScanError, type ScannedSource } from './scan.js';

export type TomlData = { [key: string]: TomlValue };
export type TomlValue = string | number | bigint | boolean | TomlValue[] | TomlData;

export type { PathSegments, Position };

export interface ParsedToml {
  data: TomlData;
  /**
   * Where the data holds a string with `{{` (a template, maybe), as pairs of holder (table or array) and key,
   * in the order of a depth-first walk; found by the fast path's copy. Absent when unknown (walk the data).
   */
  readonly templateSites?: readonly TemplateSite[];
  /** Position of the key (or table header, or array element) for each path, keyed by `pathKey()`. May be computed on first read. */
  readonly positions: Map<string, Position>;
  /** Position of the value node for each path, when there is one (key/values and array elements). May be computed on first read. */
  readonly valuePositions: Map<string, Position>;
}

export class TomlSyntaxError extends LoadError {
  constructor(
    message: string,
    readonly position: Position,
    /** Set for problems with a known key path and fix (limits of the loader). */
    readonly detail: { keyPath: string; hint?: string; limit: boolean } = { keyPath: '', limit: false },
  ) {
    super(message);
  }
}

/** A string value with `{{`: `holder[key]`. */
export type TemplateSite = readonly [holder: TomlData | TomlValue[], key: string | number];

/** Stable map key of a path; JSON keeps dots in key names unambiguous. */
export function pathKey(path: PathSegments): string {
  return JSON.stringify(path);
}

/**
 * Own-property read and write: keys such as `__proto__` or `constructor` are
 * plain keys of the user's table, never the prototype (`[__proto__]` must not
 * pollute Object.prototype).
 */
const own = (obj: object, key: string | number): TomlValue | undefined =>
  Object.hasOwn(obj, key) ? (obj as Record<string | number, TomlValue>)[key] : undefined;
const put = (obj: object, key: string | number, value: TomlValue): void => {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
};

/** Bounds the input (nesting depth, long strings, key length: see scan.ts); a located TomlSyntaxError past a limit. */
function scanBounded(source: string): ScannedSource {
  try {
    return scanToml(source);
  } catch (err) {
    if (!(err instanceof TomlScanError)) throw err;
    throw new TomlSyntaxError(err.message, { line: err.line, column: err.column }, { keyPath: err.keyPath, ...(err.hint ? { hint: err.hint } : {}), limit: err.limit });
  }
}

type PositionalParser = typeof import('toml-eslint-parser');
let positionalParser: PositionalParser | undefined;
/**
 * toml-eslint-parser, loaded on first use: a `clnrm validate` of valid files never
 * needs it, and loading it costs about 40 % of a bare Node start. Synchronous
 * (require of an ES module, Node ≥ 20.19) because loading a suite is.
 */
function positional(): PositionalParser {
  positionalParser ??= createRequire(import.meta.url)('toml-eslint-parser') as PositionalParser;
  return positionalParser;
}

/** Bounds the input (see scanBounded), then parses its shadow with toml-eslint-parser. */
export function parseProgram(source: string, scanned: ScannedSource = scanBounded(source)): { program: AST.TOMLProgram; scanned: ScannedSource } {
  try {
    return { program: positional().parseTOML(scanned.shadow, { tomlVersion: '1.1' }), scanned };
  } catch (err) {
    const e = err as { message?: string; lineNumber?: number; column?: number };
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new TomlSyntaxError(message, scanned.toSource(e.lineNumber ?? 1, (e.column ?? 0) + 1));
  }
}

/**
 * Parses a suite's source: the fast path when it applies, else the positional
 * path. Both give equal data (key order included) and, when read, equal positions
 * (toml.test.ts checks it on every suite file of the repository).
 *
 * The scanner (scan.ts) runs first, unless the text and smol-toml's data prove it would
 * find nothing (`mayHoldLongLiteral`, `scanCannotFind`): then it runs only when positions
 * are asked for (an issue to locate), which a valid file being validated never does.
 */
export function parseToml(source: string): ParsedToml {
  const lines = lineFacts(source);
  if (!mayHoldLongLiteralIn(source, lines)) {
    const fast = parseFastCopy(source);
    if (fast !== undefined && scanCannotFindIn(lines, fast.depth)) return locatedOnDemand(source, fast.data, undefined, fast.templateSites);
  }
  const scanned = scanBounded(source);
  const fast = scanned.longValues.size === 0 ? parseFastCopy(source) : undefined;
  if (fast === undefined) return parsePositional(source, scanned);
  return locatedOnDemand(source, fast.data, scanned, fast.templateSites);
}

/** Data from the fast path, with its positions computed by the positional path when first read. */
function locatedOnDemand(source: string, data: TomlData, scannedBefore: ScannedSource | undefined, templateSites: readonly TemplateSite[]): ParsedToml {
  let located: ParsedToml | undefined;
  const locate = (): ParsedToml => {
    try {
      located ??= parsePositional(source, scannedBefore ?? scanBounded(source));
    } catch (err) {
      if (!(err instanceof TomlSyntaxError)) throw err;
      // The fast parser accepted what the positional one refuses (no such file is known):
      // issues are then reported without a line rather than not at all.
      located = { data, positions: new Map(), valuePositions: new Map() };
    }
    return located;
  };
  return {
    data,
    templateSites,
    get positions() {
      return locate().positions;
    },
    get valuePositions() {
      return locate().valuePositions;
    },
  };
}

/** Thrown inside the fast path's copy when a value would differ from the positional path's. */
const NOT_FAST = Symbol('not on the fast path');

/**
 * The data of `source` from smol-toml, as the positional path builds it; undefined when
 * smol-toml rejects the file (the positional parser then words the error) or when the
 * file holds what the two could give differently:
 *   - dates, which the positional path keeps as the text the user wrote;
 *   - carriage returns: TOML reads CRLF as a newline (toml-eslint-parser gives `\n` inside
 *     multi-line strings, smol-toml keeps `\r\n`), so CRLF is read as LF here, and a lone CR
 *     goes to the positional path.
 * Long strings never come here: the scanner decodes those for the positional path
 * (parseToml takes this path only when `mayHoldLongLiteral` is false or the scan found none).
 */
export function parseFastData(source: string): TomlData | undefined {
  return parseFastCopy(source)?.data;
}

/** parseFastData's data, and the number of segments of its deepest key path (see `scanCannotFind`). */
function parseFastCopy(source: string): { data: TomlData; depth: number; templateSites: TemplateSite[] } | undefined {
  let text = source;
  if (text.includes('\r')) {
    if (/\r(?!\n)/.test(text)) return undefined;
    text = text.replace(/\r\n/g, '\n');
  }
  try {
    deepest = 0;
    sites = [];
    const data = plainCopy(parseFast(text, { integersAsBigInt: 'asNeeded' }), 0) as TomlData;
    return { data, depth: deepest, templateSites: sites };
  } catch {
    return undefined;
  } finally {
    // Not kept past the call: the sites hold the file's data.
    sites = [];
  }
}

/** The most key path segments plainCopy has met since it was reset. */
let deepest = 0;
/** The strings with `{{` plainCopy has met since it was reset. */
let sites: TemplateSite[] = [];

/**
 * smol-toml's tables have no prototype; ours are plain objects like the positional path's.
 * Only `__proto__` needs `put` (an assignment would set the prototype); any other key is an own property when assigned.
 * `depth`: the number of segments of the value's key path; a table or array with entries notes theirs in `deepest`.
 */
function plainCopy(value: unknown, depth: number): TomlValue {
  if (typeof value !== 'object' || value === null) return value as TomlValue;
  const below = depth + 1;
  if (Array.isArray(value)) {
    const out: TomlValue[] = [];
    for (let i = 0; i < value.length; i++) {
      const copy = plainCopy(value[i], below);
      if (typeof copy === 'string' && copy.includes('{{')) sites.push([out, i]);
      out.push(copy);
    }
    if (value.length > 0 && below > deepest) deepest = below;
    return out;
  }
  if (value instanceof Date) throw NOT_FAST;
  const table: TomlData = {};
  // Object.keys, not for…in: smol-toml's tables are dictionaries, and for…in checks each of their keys again.
  const keys = Object.keys(value);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const copy = plainCopy((value as Record<string, unknown>)[key], below);
    if (typeof copy === 'string' && copy.includes('{{')) sites.push([table, key]);
    if (key === '__proto__') put(table, key, copy);
    else table[key] = copy;
    if (below > deepest) deepest = below;
  }
  return table;
}

/** What parseToml reads of the lines of a source, in one pass: the longest line, and the most dots on a table header's line. */
interface LineFacts {
  longest: number;
  headerDots: number;
}

function lineFacts(source: string): LineFacts {
  let longest = 0;
  let headerDots = 0;
  const n = source.length;
  for (let start = 0; start <= n; ) {
    let eol = source.indexOf('\n', start);
    if (eol === -1) eol = n;
    if (eol - start > longest) longest = eol - start;
    // A table header's line (`[a.b]`, `[[a.b]]`, indented or not; the first may follow a byte order mark,
    // which smol-toml skips and the scanner steps over).
    let k = start;
    while (k < eol && (source.charCodeAt(k) === 32 || source.charCodeAt(k) === 9 || (k === 0 && source.charCodeAt(k) === 0xfeff))) k++;
    if (k < eol && source.charCodeAt(k) === 91) {
      let dots = 0;
      for (let d = source.indexOf('.', k); d !== -1 && d < eol; d = source.indexOf('.', d + 1)) dots++;
      if (dots > headerDots) headerDots = dots;
    }
    start = eol + 1;
  }
  return { longest, headerDots };
}

/**
 * False when no string literal or quoted key of `source` can be over the scanner's limits
 * (LONG_STRING_CHARS, MAX_KEY_CHARS): without multi-line strings and without a backslash
 * ending a line, the scanner reads each string within one line, so with no line as long as
 * the limits no literal is longer than them.
 */
export function mayHoldLongLiteral(source: string): boolean {
  return mayHoldLongLiteralIn(source, lineFacts(source));
}

function mayHoldLongLiteralIn(source: string, lines: LineFacts): boolean {
  return source.includes('"""') || source.includes("'''") || source.includes('\\\n') || lines.longest >= Math.min(LONG_STRING_CHARS, MAX_KEY_CHARS);
}

/**
 * True when the scanner cannot find a nesting deeper than MAX_NESTING_DEPTH in `source`, a
 * file smol-toml parsed (valid TOML) into data whose deepest key path has `depth` segments.
 * The scanner's depth is a key path's length too, except that it counts one level more for
 * the elements of an empty array and splits a table header at every dot, quoted ones
 * included; so it never exceeds `depth` + 1 + the dots of the header line with most of them.
 */
export function scanCannotFind(source: string, depth: number): boolean {
  return scanCannotFindIn(lineFacts(source), depth);
}

function scanCannotFindIn(lines: LineFacts, depth: number): boolean {
  return depth + 1 + lines.headerDots <= MAX_NESTING_DEPTH;
}

/** The positional path: toml-eslint-parser's AST walked into data and positions. */
export function parsePositional(source: string, scanned: ScannedSource = scanBounded(source)): ParsedToml {
  const { program } = parseProgram(source, scanned);
  const pos = (node: { loc: AST.SourceLocation }): Position => scanned.toSource(node.loc.start.line, node.loc.start.column + 1);
  const data: TomlData = {};
  const positions = new Map<string, Position>();
  const valuePositions = new Map<string, Position>();

  const remember = (path: PathSegments, at: Position): void => {
    const k = pathKey(path);
    if (!positions.has(k)) positions.set(k, at);
  };

  /** Walks to the table at `path`, creating tables and array-of-table items as TOML does. */
  const tableAt = (path: PathSegments): TomlData => {
    let current: TomlValue = data;
    for (const seg of path) {
      if (own(current as object, seg) === undefined) put(current as object, seg, {});
      current = own(current as object, seg)!;
    }
    return current as TomlData;
  };

  const keyNames = (key: AST.TOMLKey): string[] =>
    key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));

  const toValue = (node: AST.TOMLContentNode, path: PathSegments): TomlValue => {
    valuePositions.set(pathKey(path), pos(node));
    switch (node.type) {
      case 'TOMLArray':
        return node.elements.map((el, i) => {
          remember([...path, i], pos(el));
          return toValue(el, [...path, i]);
        });
      case 'TOMLInlineTable': {
        const table: TomlData = {};
        for (const kv of node.body) assign(table, path, kv);
        return table;
      }
      case 'TOMLValue':
        // Dates stay as the text the user wrote (RFC 3339): the schema checks them as strings.
        if (node.kind === 'offset-date-time' || node.kind === 'local-date-time' || node.kind === 'local-date' || node.kind === 'local-time') {
          return scanned.shadow.slice(node.range[0], node.range[1]);
        }
        if (node.kind === 'string' && scanned.longValues.has(node.range[0])) return scanned.longValues.get(node.range[0])!;
        if (node.kind === 'integer' && typeof node.value === 'number' && !Number.isSafeInteger(node.value)) {
          return BigInt(node.bigint);
        }
        return node.value as string | number | boolean;
    }
  };

  const assign = (table: TomlData, base: PathSegments, kv: AST.TOMLKeyValue): void => {
    const names = keyNames(kv.key);
    let target = table;
    const path = [...base];
    names.forEach((name, i) => {
      path.push(name);
      remember(path, pos(kv.key.keys[i]!));
      if (i < names.length - 1) {
        if (own(target, name) === undefined) put(target, name, {});
        target = own(target, name) as TomlData;
      }
    });
    put(target, names[names.length - 1]!, toValue(kv.value, path));
  };

  const top = program.body[0];
  for (const item of top.body) {
    if (item.type === 'TOMLKeyValue') {
      assign(data, [], item);
      continue;
    }
    const header = item.resolvedKey;
    header.forEach((_, i) => remember(header.slice(0, i + 1), pos(item)));
    if (item.kind === 'array') {
      // resolvedKey ends with the new element's index; create it.
      const arrayPath = header.slice(0, -1);
      const parent = tableAt(arrayPath.slice(0, -1));
      const name = arrayPath[arrayPath.length - 1] as string;
      if (!Array.isArray(own(parent, name))) put(parent, name, []);
      (own(parent, name) as TomlValue[]).push({});
    }
    const table = tableAt(header);
    for (const kv of item.body) assign(table, header, kv);
  }
  return { data, positions, valuePositions };
}
