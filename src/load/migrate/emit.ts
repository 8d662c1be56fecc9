/** Writes the converted data as TOML, with the notes as comments on top, through the formatter of `clnrm fmt`. */
import { formatToml } from '../format-toml.js';
import type { TomlData, TomlValue } from '../toml.js';
import { isTable, type Converter } from './converter.js';

const ORDER = ['meta', 'vars', 'determinism', 'otel', 'limits', 'report', 'service', 'scenario', 'expect'];

export function render(c: Converter, file: string): string {
  const head = [`# Converted from ${file} by clnrm migrate.`];
  if (c.notes.length > 0) {
    head.push('# Not converted, or converted with a change (the original line and the reason):');
    for (const n of c.notes) {
      head.push(`#   ${file}:${n.line}: ${n.message}`);
      const original = c.sourceLine(n.line);
      if (original !== '') head.push(`#     ${original}`);
    }
  }
  const keys = [...ORDER.filter((k) => k in c.out), ...Object.keys(c.out).filter((k) => !ORDER.includes(k))];
  const body: string[] = [];
  for (const k of keys) emitTable(body, [k], c.out[k]!);
  return formatToml(`${head.join('\n')}\n\n${body.join('\n')}\n`);
}

const bareKey = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
const header = (path: readonly string[]): string => path.map(bareKey).join('.');

function inline(v: TomlValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  const entries = Object.entries(v);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${bareKey(k)} = ${inline(x)}`).join(', ')} }`;
}

const isTableArray = (v: TomlValue): v is TomlData[] => Array.isArray(v) && v.length > 0 && v.every(isTable);

/** Scalars and inline values first, then sub-tables and arrays of tables (TOML requires that order). */
function emitTable(out: string[], path: string[], value: TomlValue): void {
  if (isTableArray(value)) {
    for (const item of value) {
      out.push('', `[[${header(path)}]]`);
      emitBody(out, path, item);
    }
    return;
  }
  if (!isTable(value)) {
    out.push(`${bareKey(path[path.length - 1]!)} = ${inline(value)}`);
    return;
  }
  // A table that holds only tables needs no header of its own (no empty `[service]`).
  const onlyTables = Object.values(value).length > 0 && Object.values(value).every((v) => isTable(v) || isTableArray(v));
  if (!onlyTables || path.length > 1) out.push('', `[${header(path)}]`);
  emitBody(out, path, value);
}

/** Tables whose values are all scalars or short lists stay inline (env, attrs.all, …); bigger ones get a header. */
const nested = (v: TomlValue): boolean => isTableArray(v) || (isTable(v) && Object.values(v).some((x) => isTable(x) || isTableArray(x)));

function emitBody(out: string[], path: string[], table: TomlData): void {
  const later: [string, TomlValue][] = [];
  for (const [k, v] of Object.entries(table)) {
    if (nested(v) || (path.length === 1 && path[0] !== 'scenario' && isTable(v) && k !== 'env')) later.push([k, v]);
    else out.push(`${bareKey(k)} = ${inline(v)}`);
  }
  for (const [k, v] of later) emitTable(out, [...path, k], v);
}
