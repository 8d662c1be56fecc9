/**
 * `clnrm migrate`: converts suite files of the Rust clnrm tool into this format.
 *
 * Two source formats: the legacy one (`[test]` / `[test.metadata]`, `[[steps]]` with an argv
 * `command`, `[assertions]`, `[services]`) and the later one (`[meta]`, `[service.X]` with a
 * `plugin`, `[[scenario]]`, `[[expect.span]]`, nested `[expect.hermeticity]` keys, `[report]`
 * paths, Tera templates). Whatever has no equivalent is never dropped in silence: it becomes a
 * note with its line, printed by the command and kept as a comment at the top of the output.
 */
import { parseToml, type TomlData } from '../toml.js';
import { Converter, isTable, type Migration, type MigrationNote } from './converter.js';
import { render } from './emit.js';
import { convertLater } from './later.js';
import { convertLegacy } from './legacy.js';

export type { Migration, MigrationNote } from './converter.js';

/** Default values of the Rust tool's built-in template variables, used when a file relies on them. */
const RUST_DEFAULT_VARS: Record<string, string> = {
  svc: 'clnrm',
  env: 'ci',
  endpoint: 'http://localhost:4318',
  exporter: 'otlp',
  image: 'registry/clnrm:1.0.0',
  freeze_clock: '2025-01-01T00:00:00Z',
  token: '',
};

/**
 * Tera: `{% ... %}` and `{# ... #}` lines have no equivalent (they are not TOML either): they are
 * blanked before parsing and reported, and so are the lines of every branch of an `{% if %}` but
 * the first (two branches would define their keys twice). `{{ name | filter }}` keeps the variable,
 * drops the filter; a `{{ … }}` alone on its line (a macro call) is blanked and reported; an
 * unquoted `key = {{ … }}` becomes a string.
 */
function stripTera(source: string, notes: MigrationNote[], defaults: Map<string, string>): string {
  /** For each open `{% if %}`: whether a later branch (`elif`/`else`) has begun. */
  const branches: boolean[] = [];
  return source
    .split('\n')
    .map((text, i) => {
      const block = /\{%-?\s*(\w+)/.exec(text)?.[1];
      if (/\{%.*%\}|\{#.*#\}/.test(text)) {
        if (block === 'if') branches.push(false);
        else if ((block === 'else' || block === 'elif') && branches.length > 0) branches[branches.length - 1] = true;
        else if (block === 'endif') branches.pop();
        notes.push({ line: i + 1, message: `Tera block not converted (this format has {{ name }} variables only): ${text.trim()}` });
        return '';
      }
      if (branches.some((later) => later) && text.trim() !== '') {
        notes.push({ line: i + 1, message: `not converted: a later branch of a Tera {% if %} (only the first branch is kept): ${text.trim()}` });
        return '';
      }
      if (/^\s*\{\{.*\}\}\s*$/.test(text)) {
        notes.push({ line: i + 1, message: `Tera expression on a line of its own not converted (a macro call has no equivalent): ${text.trim()}` });
        return '';
      }
      const filtered = text.replace(/\{\{\s*([A-Za-z_][\w.:]*)\s*\|([^}]*)\}\}/g, (_all, name: string, filter: string) => {
        const fallback = /^\s*default\(\s*value\s*=\s*\\?"([^"\\]*)\\?"\s*\)\s*$/.exec(filter);
        if (fallback) {
          defaults.set(name, fallback[1]!);
          notes.push({ line: i + 1, message: `Tera filter "|${filter.trim()}": its value is the default of ${name} in [vars]` });
          return `{{ ${name} }}`;
        }
        notes.push({ line: i + 1, message: `Tera filter "|${filter.trim()}" on {{ ${name} }} not converted (the variable is kept)` });
        return `{{ ${name} }}`;
      });
      // A bare template value is not TOML (a number or table from Tera): the key is left out.
      if (/=\s*\{\{[^}]*\}\}\s*(?:[,}\]#]|$)/.test(filtered)) {
        notes.push({ line: i + 1, message: `not converted: a key whose value is an unquoted Tera expression: ${text.trim()}` });
        return '';
      }
      // `{{ loop.item }}`: a variable of a Tera loop or structure becomes a plain variable, empty until given.
      return filtered.replace(/\{\{\s*([A-Za-z_]\w*(?:\.\w+)+)\s*\}\}/g, (_all, dotted: string) => {
        const flat = dotted.replace(/\./g, '_');
        defaults.set(flat, defaults.get(flat) ?? '');
        notes.push({ line: i + 1, message: `template expression {{ ${dotted} }} (a Tera loop or structure variable) became {{ ${flat} }}, empty in [vars]: give it with --var ${flat}=…` });
        return `{{ ${flat} }}`;
      });
    })
    .join('\n');
}

/** Converts one suite file. Throws Error(line-prefixed message) when the input is not TOML at all. */
export function migrateSuite(source: string, file: string): Migration {
  const teraNotes: MigrationNote[] = [];
  const teraDefaults = new Map<string, string>();
  const text = stripTera(source.replace(/^\uFEFF/, ''), teraNotes, teraDefaults);
  const parsed = parseToml(text);
  const c = new Converter(parsed, source.split('\n'));
  c.notes.push(...teraNotes);
  const data = parsed.data;
  const legacy = 'test' in data || 'steps' in data || 'assertions' in data || 'services' in data;
  if (legacy) convertLegacy(c, data, file);
  else convertLater(c, data, file);
  addTemplateDefaults(c, text, teraDefaults);
  c.notes.sort((a, b) => a.line - b.line);
  return { text: render(c, file), notes: c.notes, format: legacy ? 'legacy' : 'later' };
}

/** `{{ name }}` of the Rust tool's built-in variables need a value here: their defaults go to [vars]. */
function addTemplateDefaults(c: Converter, text: string, teraDefaults: ReadonlyMap<string, string>): void {
  const used = new Set([...text.matchAll(/\{\{\s*([A-Za-z_]\w*)\s*\}\}/g)].map((m) => m[1]!));
  const vars: TomlData = isTable(c.out.vars) ? c.out.vars : {};
  for (const name of used) {
    if (name in vars) continue;
    if (teraDefaults.has(name)) vars[name] = teraDefaults.get(name)!;
    else if (name in RUST_DEFAULT_VARS) vars[name] = RUST_DEFAULT_VARS[name]!;
    else c.notes.push({ line: text.split('\n').findIndex((l) => l.includes(name)) + 1, message: `template variable "${name}" has no value: give it with --var ${name}=… or in [vars]` });
  }
  if (Object.keys(vars).length > 0) c.out.vars = vars;
}
