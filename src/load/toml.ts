/**
 * TOML 1.1 → plain data plus a map from key path to source position.
 *
 * We use toml-eslint-parser because it parses TOML 1.1 (inline tables over
 * several lines, which our users write) and keeps an AST with line/column, so
 * every later error can point at the exact key or value in the user's file.
 */
import { parseTOML } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import { LoadError } from '../common/errors.js';
import type { PathSegments, Position } from './key-path.js';
import { scanToml, TomlScanError, type ScannedSource } from './scan.js';

export type TomlData = { [key: string]: TomlValue };
export type TomlValue = string | number | bigint | boolean | TomlValue[] | TomlData;

export type { PathSegments, Position };

export interface ParsedToml {
  data: TomlData;
  /** Position of the key (or table header, or array element) for each path, keyed by `pathKey()`. */
  positions: Map<string, Position>;
  /** Position of the value node for each path, when there is one (key/values and array elements). */
  valuePositions: Map<string, Position>;
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

/** Bounds the input (nesting depth, long strings: see scan.ts), then parses its shadow with toml-eslint-parser. */
export function parseProgram(source: string): { program: AST.TOMLProgram; scanned: ScannedSource } {
  let scanned: ScannedSource;
  try {
    scanned = scanToml(source);
  } catch (err) {
    if (!(err instanceof TomlScanError)) throw err;
    throw new TomlSyntaxError(err.message, { line: err.line, column: err.column }, { keyPath: err.keyPath, ...(err.hint ? { hint: err.hint } : {}), limit: err.limit });
  }
  try {
    return { program: parseTOML(scanned.shadow, { tomlVersion: '1.1' }), scanned };
  } catch (err) {
    const e = err as { message?: string; lineNumber?: number; column?: number };
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new TomlSyntaxError(message, scanned.toSource(e.lineNumber ?? 1, (e.column ?? 0) + 1));
  }
}

export function parseToml(source: string): ParsedToml {
  const { program, scanned } = parseProgram(source);
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
