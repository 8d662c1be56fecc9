/**
 * A single iterative pass over TOML source, before the real parser sees it,
 * that bounds what hostile input can make the loader do:
 *
 *   - nesting: tables, arrays, inline tables and dotted-key segments deeper
 *     than MAX_NESTING_DEPTH are refused with a located error, so every later
 *     recursive walk (the parser, templates, the JSON Schema check, the model,
 *     `clnrm fmt`) stays far from the call-stack limit;
 *   - long strings: toml-eslint-parser builds each string with
 *     `String.fromCodePoint(...chars)`, which overflows the stack past ~100k
 *     characters. Strings longer than LONG_STRING_CHARS are decoded here and
 *     replaced by a short placeholder in a "shadow" copy of the source that the
 *     parser reads; positions after a placeholder are mapped back.
 *
 * The scanner does not validate TOML (the parser does); on input it does not
 * understand it stays out of the way rather than report a wrong error.
 */
import { createRequire } from 'node:module';
import { formatKeyPath } from './key-path.js';
import { LoadError } from '../common/errors.js';

/** Deepest nesting a suite file may use (docs/format.md says so; real suites use fewer than 10). */
export const MAX_NESTING_DEPTH = 100;
/** Strings longer than this (in UTF-16 units, quotes included) are decoded by the scanner, not the parser. */
export const LONG_STRING_CHARS = 4096;
/** Quoted keys are names, not data. */
export const MAX_KEY_CHARS = 4096;

/** A problem the scanner found, located (1-based line and column). */
export class TomlScanError extends LoadError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly keyPath: string,
    readonly hint: string | undefined,
    /** true when the file is valid TOML but over one of our limits. */
    readonly limit: boolean,
  ) {
    super(message);
    this.name = 'TomlScanError';
  }
}

export interface ScannedSource {
  /** The text to give the parser: the source with long strings replaced by placeholders. */
  shadow: string;
  /** Decoded value of each long string, by the offset of its placeholder in `shadow`. */
  longValues: Map<number, string>;
  /** Maps a 1-based (line, column) in `shadow` to the same place in the source. */
  toSource(line: number, column: number): { line: number; column: number };
  /** Puts the original text of every long string back into text made from `shadow` (used by `fmt`). */
  restore(text: string): string;
}

type Segment = string | number;
interface Container {
  kind: 'array' | 'table';
  /** Key-path length of the container's elements (array) or of the table itself. */
  depth: number;
  path: Segment[];
  index: number;
}

const isBare = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

/** Shortened key path for a message: a 100-level path is not readable in full. */
function shortPath(path: readonly Segment[]): string {
  if (path.length <= 8) return formatKeyPath(path);
  return `${formatKeyPath(path.slice(0, 6))}…(${path.length - 6} more levels)`;
}

export function scanToml(source: string): ScannedSource {
  const n = source.length;
  let line = 1;
  let lineStart = 0;
  const at = (offset: number) => ({ line, column: offset - lineStart + 1 });

  const tooDeep = (offset: number, path: readonly Segment[], depth: number): never => {
    const p = at(offset);
    throw new TomlScanError(
      `nesting deeper than ${MAX_NESTING_DEPTH} levels (level ${depth} here); every table, dotted-key segment and array level counts`,
      p.line,
      p.column,
      shortPath(path),
      'flatten the structure: a suite needs fewer than 10 levels (see "Limits" in docs/format.md)',
      true,
    );
  };

  // Long strings found so far, in source order.
  const long: { start: number; end: number; value: string; newlines: number }[] = [];

  /**
   * Scans the string starting at `i` (at its opening quote); returns the offset after it,
   * or -1 when it is unterminated (the parser reports that). Counts lines inside it.
   */
  const scanString = (i: number, asKey: boolean): number => {
    const quote = source.charCodeAt(i);
    const multi = source.charCodeAt(i + 1) === quote && source.charCodeAt(i + 2) === quote;
    const basic = quote === 34;
    let j = i + (multi ? 3 : 1);
    let newlines = 0;
    let lastNewline = -1;
    let end = -1;
    while (j < n) {
      const c = source.charCodeAt(j);
      if (c === 92 && basic) {
        if (source.charCodeAt(j + 1) === 10) {
          newlines++;
          lastNewline = j + 1;
        }
        j += 2;
        continue;
      }
      if (c === 10) {
        if (!multi) break;
        newlines++;
        lastNewline = j;
      }
      if (c === quote) {
        if (!multi) {
          end = j + 1;
          break;
        }
        if (source.charCodeAt(j + 1) === quote && source.charCodeAt(j + 2) === quote) {
          end = j + 3;
          // Up to two more quotes belong to the content (`""""` ends with one quote in the value).
          for (let k = 0; k < 2 && source.charCodeAt(end) === quote; k++) end++;
          break;
        }
      }
      j++;
    }
    if (end === -1) return -1;
    if (end - i > (asKey ? MAX_KEY_CHARS : LONG_STRING_CHARS)) {
      if (asKey) {
        const p = at(i);
        throw new TomlScanError(`a quoted key of ${end - i} characters; keys are limited to ${MAX_KEY_CHARS}`, p.line, p.column, '', 'use a shorter key', true);
      }
      long.push({ start: i, end, value: decodeLong(source, i, end, multi, basic, at(i)), newlines });
    }
    if (lastNewline !== -1) {
      line += newlines;
      lineStart = lastNewline + 1;
    }
    return end;
  };

  const stack: Container[] = [];
  /** Depth and path of the current table (`[a.b]` header) for top-level keys. */
  let tablePath: Segment[] = [];
  let mode: 'key' | 'value' = 'key';
  let keySegments: Segment[] = [];
  let afterDot = true;
  // Depth of the value the current key/value holds, and its path as the container's path and the key's
  // segments: joined only when the value opens an array or inline table (no array per key of the file).
  let valueDepth = 0;
  let valueBase: Segment[] = [];
  let valueKeys: Segment[] = [];

  const baseDepth = (): number => {
    const top = stack[stack.length - 1];
    return top ? top.depth : tablePath.length;
  };
  const basePath = (): Segment[] => {
    const top = stack[stack.length - 1];
    return top ? top.path : tablePath;
  };
  const addKeySegment = (name: string, offset: number): void => {
    keySegments.push(name);
    afterDot = false;
    const depth = baseDepth() + keySegments.length;
    // Stop collecting once over the limit: a 10,000-segment key must not cost 10,000² here.
    if (depth > MAX_NESTING_DEPTH) tooDeep(offset, [...basePath(), ...keySegments], depth);
  };
  /**
   * Depth is the length of the key path: a key adds its segments, an array adds one
   * (its index) for its elements, an inline table adds nothing (its keys do).
   */
  const openValue = (offset: number, kind: 'array' | 'table'): void => {
    const top = stack[stack.length - 1];
    const inArray = top?.kind === 'array';
    const path = inArray ? [...top.path, top.index] : [...valueBase, ...valueKeys];
    const depth = (inArray ? top.depth : valueDepth) + (kind === 'array' ? 1 : 0);
    if (depth > MAX_NESTING_DEPTH) tooDeep(offset, kind === 'array' ? [...path, 0] : path, depth);
    stack.push({ kind, depth, path, index: 0 });
    mode = kind === 'table' ? 'key' : 'value';
    keySegments = [];
    afterDot = true;
  };

  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      if (stack.length === 0) {
        mode = 'key';
        keySegments = [];
            afterDot = true;
      }
      i++;
      continue;
    }
    if (c === 35) {
      // Comment: to the end of the line.
      const eol = source.indexOf('\n', i);
      i = eol === -1 ? n : eol;
      continue;
    }
    if (c === 34 || c === 39) {
      const asKey = mode === 'key';
      const start = i;
      const end = scanString(i, asKey);
      if (end === -1) break;
      if (asKey) addKeySegment(source.slice(start + 1, end - 1), start);
      i = end;
      continue;
    }
    if (mode === 'key') {
      if (c === 91 && stack.length === 0 && keySegments.length === 0) {
        // Table header `[a.b]` or `[[a.b]]`.
        const close = source.indexOf(']', i);
        const eol = source.indexOf('\n', i);
        const stop = close === -1 || (eol !== -1 && eol < close) ? (eol === -1 ? n : eol) : close;
        tablePath = [];
        const header = source.slice(i, stop);
        // Quoted segments may contain dots; a header with quotes is split by the parser's rules only roughly here.
        for (const seg of header.replace(/^\[+/, '').split('.')) {
          tablePath.push(seg.trim().replace(/^["']|["']$/g, ''));
          if (tablePath.length > MAX_NESTING_DEPTH) tooDeep(i, tablePath, tablePath.length);
        }
        i = stop;
        continue;
      }
      if (isBare(c)) {
        let j = i + 1;
        while (j < n && isBare(source.charCodeAt(j))) j++;
        if (afterDot) addKeySegment(source.slice(i, j), i);
        i = j;
        continue;
      }
      if (c === 46) {
        afterDot = true;
      } else if (c === 61) {
        valueDepth = baseDepth() + keySegments.length;
        // keySegments is never pushed to again: the next key starts a new array.
        valueBase = basePath();
        valueKeys = keySegments;
        mode = 'value';
      } else if (c === 125 && stack[stack.length - 1]?.kind === 'table') {
        stack.pop();
        mode = 'value';
      }
      i++;
      continue;
    }
    // Value mode.
    if (c === 91) openValue(i, 'array');
    else if (c === 123) openValue(i, 'table');
    else if (c === 93 || c === 125) {
      stack.pop();
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      else if (top?.kind === 'table') {
        mode = 'key';
        keySegments = [];
            afterDot = true;
      }
    }
    i++;
  }

  return shadowOf(source, long);
}

/** Builds the shadow source and the position map from the long strings found. */
function shadowOf(source: string, long: { start: number; end: number; value: string; newlines: number }[]): ScannedSource {
  if (long.length === 0) {
    return { shadow: source, longValues: new Map(), toSource: (line, column) => ({ line, column }), restore: (t) => t };
  }
  // node:crypto costs a few ms to load, and only a file with long strings needs a nonce.
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  let nonce = randomBytes(6).toString('hex');
  while (source.includes(nonce)) nonce = randomBytes(6).toString('hex');
  const parts: string[] = [];
  const longValues = new Map<number, string>();
  // Per shadow line: [column where the placeholder ends, columns to add after it].
  const shifts = new Map<number, [number, number][]>();
  let from = 0;
  let shadowLength = 0;
  let shadowLine = 1;
  let shadowLineStart = 0;
  const advance = (text: string): void => {
    parts.push(text);
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) {
      shadowLine++;
      shadowLineStart = shadowLength + k + 1;
    }
    shadowLength += text.length;
  };
  long.forEach((s, k) => {
    advance(source.slice(from, s.start));
    // Same number of line breaks as the original, so lines keep their numbers.
    const placeholder = s.newlines > 0 ? `'''clnrm-long-string:${nonce}:${k}${'\n'.repeat(s.newlines)}'''` : `"clnrm-long-string:${nonce}:${k}"`;
    longValues.set(shadowLength, s.value);
    advance(placeholder);
    const originalTail = s.end - (source.lastIndexOf('\n', s.end - 1) + 1);
    const shadowTail = shadowLength - shadowLineStart;
    const list = shifts.get(shadowLine) ?? [];
    // Columns after the placeholder on its last line move by the difference in length.
    list.push([shadowTail, originalTail - shadowTail]);
    shifts.set(shadowLine, list);
    from = s.end;
  });
  advance(source.slice(from));
  const originals = long.map((s) => source.slice(s.start, s.end));
  const pattern = new RegExp(`(?:'''|")clnrm-long-string:${nonce}:(\\d+)\\n*(?:'''|")`, 'g');
  return {
    shadow: parts.join(''),
    longValues,
    toSource(line, column) {
      // Deltas are cumulative along a line: the last placeholder before the column decides.
      let delta = 0;
      for (const [endColumn, d] of shifts.get(line) ?? []) if (column - 1 >= endColumn) delta = d;
      return { line, column: column + delta };
    },
    restore: (text) => text.replace(pattern, (_, k: string) => originals[Number(k)]!),
  };
}

const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };

/**
 * Decodes a long string literal (source[start, end), delimiters included) as
 * TOML 1.1 does, with the parser's newline handling (CRLF → LF). Throws a
 * located TomlScanError on a character or escape TOML forbids.
 */
function decodeLong(source: string, start: number, end: number, multi: boolean, basic: boolean, startAt: { line: number; column: number }): string {
  const open = multi ? 3 : 1;
  let j = start + open;
  // The closing delimiter is the last three quotes; quotes before it (`''''`) are content.
  const stop = end - open;
  if (multi) {
    // Content quotes right before the closing delimiter (`""""`) were counted into `end`.
    if (source.charCodeAt(j) === 13 && source.charCodeAt(j + 1) === 10) j += 2;
    else if (source.charCodeAt(j) === 10) j += 1;
  }
  const bad = (offset: number, message: string): never => {
    // Position by counting lines from the string's start (rare path).
    let l = startAt.line;
    let ls = start - (startAt.column - 1);
    for (let k = source.indexOf('\n', start); k !== -1 && k < offset; k = source.indexOf('\n', k + 1)) {
      l++;
      ls = k + 1;
    }
    throw new TomlScanError(message, l, offset - ls + 1, '', undefined, false);
  };
  const chunks: string[] = [];
  let plainFrom = j;
  const flush = (to: number): void => {
    if (to > plainFrom) chunks.push(source.slice(plainFrom, to));
  };
  while (j < stop) {
    const c = source.charCodeAt(j);
    if (c === 13) {
      // CRLF (or a lone CR) is a newline to the parser.
      flush(j);
      chunks.push('\n');
      j += source.charCodeAt(j + 1) === 10 ? 2 : 1;
      plainFrom = j;
      continue;
    }
    if ((c < 32 && c !== 9 && !(multi && c === 10)) || c === 127) bad(j, 'control characters other than tab are not permitted in strings (escape them, e.g. \\u0007)');
    if (c === 92 && basic) {
      flush(j);
      const e = source[j + 1] ?? '';
      if (e in ESCAPES) {
        chunks.push(ESCAPES[e]!);
        j += 2;
      } else if (e === 'u' || e === 'U' || e === 'x') {
        const len = e === 'u' ? 4 : e === 'U' ? 8 : 2;
        const hex = source.slice(j + 2, j + 2 + len);
        const cp = /^[0-9A-Fa-f]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
        if (!(cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) bad(j, `invalid escape \\${e}${hex}: not a Unicode scalar value`);
        chunks.push(String.fromCodePoint(cp));
        j += 2 + len;
      } else if (multi && /^[ \t]*\r?\n/.test(source.slice(j + 1, j + 1 + 256))) {
        // Line-ending backslash: drop the newline and all whitespace after it.
        j++;
        while (j < stop && /[ \t\r\n]/.test(source[j]!)) j++;
      } else {
        bad(j, 'invalid escape sequence');
      }
      plainFrom = j;
      continue;
    }
    j++;
  }
  flush(stop);
  return chunks.join('');
}
