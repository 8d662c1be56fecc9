/**
 * Mutation helpers for the fake-green guard (mutants.test.ts): edit ONE key of
 * ONE expectation table of a suite's TOML text, leaving every other line as
 * the author wrote it.
 *
 * Tables are located with the project's own TOML parser (`parseToml`), which
 * records the line of every table header (`[[scenario.expect.span]]`,
 * `[expect.counts]`, …). A table's body runs from its header to the next line
 * that starts a header (`[` in column 1) — continuation lines of multi-line
 * arrays are indented in these suites, so they never end a table early.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseToml, type PathSegments, type TomlData, type TomlValue, pathKey } from '../../src/load/toml.js';

/**
 * Where an edit goes: a `[[scenario.expect.span]]` (by scenario name), a scenario's `[[scenario.expect.during]]` /
 * `[[scenario.expect.after]]`, a file-level `[[expect.span]]`, or another file-level table.
 */
export type Target =
  | { scenario: string; span: number }
  | { scenario: string; window: 'during' | 'after'; index: number }
  | { file: true; span: number }
  | { file: true; table: readonly string[] };

/** One edit: set (replace or add) a key of the table, or change one entry of its `attrs.all`. */
export type Edit = { key: string; value: TomlValue } | { attr: string; value: TomlValue };

const BARE = /^[A-Za-z0-9_-]+$/;

/** A TOML value as inline text (strings, integers, booleans, inline tables, arrays). */
export function tomlInline(v: TomlValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(tomlInline).join(', ')}]`;
  return `{ ${Object.entries(v).map(([k, x]) => `${BARE.test(k) ? k : JSON.stringify(k)} = ${tomlInline(x)}`).join(', ')} }`;
}

/** The path segments of the target table in the parsed data. */
export function tablePath(data: TomlData, t: Target): (string | number)[] {
  if ('scenario' in t) {
    const scenarios = (data.scenario ?? []) as TomlData[];
    const i = scenarios.findIndex((s) => s.name === t.scenario);
    if (i < 0) throw new Error(`no scenario named ${t.scenario}`);
    return 'window' in t ? ['scenario', i, 'expect', t.window, t.index] : ['scenario', i, 'expect', 'span', t.span];
  }
  return 'span' in t ? ['expect', 'span', t.span] : [...t.table];
}

/** The key path the validator reports for the edited expectation (`scenario[4].expect.span[0]`, `expect.counts.errors_total`). */
export function verdictKeyPath(data: TomlData, t: Target, e: Edit): string {
  const path = tablePath(data, t);
  const base = path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i > 0 ? '.' : ''}${s}`)).join('');
  // In a non-span table (e.g. [expect.counts]) each key is its own verdict.
  return 'span' in t || 'scenario' in t ? base : `${base}.${'key' in e ? e.key : e.attr}`;
}

function valueAt(data: TomlData, path: PathSegments): TomlValue | undefined {
  let cur: TomlValue | undefined = data;
  for (const seg of path) cur = cur === undefined ? undefined : (cur as Record<string | number, TomlValue>)[seg];
  return cur;
}

/** The lines [header, end) of the table at `path`. */
function tableLines(text: string, path: PathSegments): { header: number; end: number; lines: string[] } {
  const lines = text.split('\n');
  const at = parseToml(text).positions.get(pathKey(path));
  if (!at) throw new Error(`no table at ${JSON.stringify(path)}`);
  const header = at.line - 1;
  if (!lines[header]!.startsWith('[')) throw new Error(`line ${at.line} is not a table header: ${lines[header]}`);
  let end = header + 1;
  while (end < lines.length && !lines[end]!.startsWith('[')) end++;
  return { header, end, lines };
}

/**
 * Applies one edit to the text and returns the new text. The result is
 * re-parsed and compared with the original data changed by exactly that edit:
 * any other difference (a clobbered neighbour, a wrong table) throws.
 */
export function applyEdit(text: string, t: Target, e: Edit): string {
  const before = parseToml(text).data;
  const path = tablePath(before, t);
  const table = valueAt(before, path) as TomlData | undefined;
  if (!table || typeof table !== 'object') throw new Error(`no table at ${JSON.stringify(path)}`);
  let key: string;
  let value: TomlValue;
  if ('key' in e) {
    key = e.key;
    value = e.value;
  } else {
    const attrs = (table.attrs as TomlData | undefined)?.all as TomlData | undefined;
    if (!attrs || !(e.attr in attrs)) throw new Error(`${JSON.stringify(path)} has no attrs.all entry ${e.attr}`);
    key = 'attrs.all';
    value = { ...attrs, [e.attr]: e.value };
  }
  const { header, end, lines } = tableLines(text, path);
  const keyRe = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`);
  const line = `${key} = ${tomlInline(value)}`;
  const existing = lines.findIndex((l, i) => i > header && i < end && keyRe.test(l));
  if (existing >= 0) lines[existing] = line;
  else lines.splice(header + 1, 0, line);
  const out = lines.join('\n');

  // Self-check: exactly the intended change, nothing else.
  const expected = structuredClone(before);
  const tableCopy = valueAt(expected, path) as TomlData;
  const segs = key.split('.');
  let cur = tableCopy;
  for (const s of segs.slice(0, -1)) cur = (cur[s] ??= {}) as TomlData;
  cur[segs[segs.length - 1]!] = value;
  const after = parseToml(out).data;
  if (!isDeepStrictEqual(after, expected)) throw new Error(`edit ${JSON.stringify(e)} on ${JSON.stringify(path)} changed more than intended`);
  if (isDeepStrictEqual(after, before)) throw new Error(`edit ${JSON.stringify(e)} on ${JSON.stringify(path)} changed nothing`);
  return out;
}

/** Where a fault edit goes: the `index`-th fault (`chaos = [...]`, or the one `chaos_injection`) of a scenario. */
export interface FaultTarget {
  scenario: string;
  index: number;
}

/** The parsed fault a FaultTarget names. */
function faultAt(data: TomlData, t: FaultTarget): { path: (string | number)[]; fault: TomlData } {
  const scenarios = (data.scenario ?? []) as TomlData[];
  const i = scenarios.findIndex((s) => s.name === t.scenario);
  if (i < 0) throw new Error(`no scenario named ${t.scenario}`);
  const sc = scenarios[i]!;
  const path = Array.isArray(sc.chaos) ? ['scenario', i, 'chaos', t.index] : ['scenario', i, 'chaos_injection'];
  const fault = valueAt(data, path) as TomlData | undefined;
  if (!fault || typeof fault !== 'object') throw new Error(`scenario ${t.scenario} has no fault #${t.index}`);
  return { path, fault };
}

/**
 * Changes one parameter of one fault (inline tables, one per line in these
 * suites): the `key = value` inside the fault's line is replaced. Self-checked
 * like applyEdit: the re-parsed data differs from the original by exactly that
 * parameter.
 */
export function applyFaultEdit(text: string, t: FaultTarget, key: string, value: TomlValue): string {
  const before = parseToml(text).data;
  const { path, fault } = faultAt(before, t);
  if (!(key in fault)) throw new Error(`fault #${t.index} of ${t.scenario} has no ${key}`);
  const lines = text.split('\n');
  // The fault's own line: inside the scenario's table, carrying its type and the current key = value.
  const scenarioLine = parseToml(text).positions.get(pathKey(path.slice(0, 2) as PathSegments))!.line - 1;
  const current = new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*${tomlInline(fault[key]!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const candidates = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i >= scenarioLine && l.includes(`type = ${JSON.stringify(fault.type)}`) && current.test(l));
  let out: string | undefined;
  for (const { i } of candidates) {
    const copy = [...lines];
    copy[i] = copy[i]!.replace(current, `${key} = ${tomlInline(value)}`);
    const expected = structuredClone(before);
    (valueAt(expected, path) as TomlData)[key] = value;
    if (isDeepStrictEqual(parseToml(copy.join('\n')).data, expected)) {
      out = copy.join('\n');
      break;
    }
  }
  if (out === undefined) throw new Error(`could not edit ${key} of fault #${t.index} in ${t.scenario} alone`);
  return out;
}
