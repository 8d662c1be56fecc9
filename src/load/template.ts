/**
 * `{{ name }}` substitution in string values. Lookup order, later wins:
 * `[vars]`, then the environment, then `--var name=value` from the command line.
 * Only strings are templated, so a template can never change a value's type.
 */
import { issueAt, type LoadIssue } from './issues.js';
import { pathKey, type ParsedToml, type PathSegments, type TomlValue } from './toml.js';

const EXPRESSION = /\{\{(.*?)\}\}/g;
const NAME = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/;

export interface TemplateContext {
  vars: Record<string, string>;
  env: Record<string, string | undefined>;
  cliVars: Record<string, string>;
}

/** Own keys only: `{{ constructor }}` must be an undefined variable, not Object's constructor. */
const get = (map: Record<string, string | undefined>, name: string): string | undefined => (Object.hasOwn(map, name) ? map[name] : undefined);

function lookup(name: string, ctx: TemplateContext): string | undefined {
  return get(ctx.cliVars, name) ?? get(ctx.env, name) ?? get(ctx.vars, name);
}

/** Replaces templates in place in `parsed.data` (except inside `[vars]`), returning problems found. */
export function applyTemplates(file: string, parsed: ParsedToml, ctx: TemplateContext): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const render = (text: string, path: PathSegments): string =>
    text.replace(EXPRESSION, (whole, inner: string) => {
      const at = parsed.valuePositions.get(pathKey(path));
      const m = NAME.exec(inner);
      if (!m) {
        issues.push(issueAt(file, path, at, `bad template expression ${JSON.stringify(whole)}`, 'write `{{ name }}` with a variable name of letters, digits and `_`'));
        return whole;
      }
      const value = lookup(m[1]!, ctx);
      if (value === undefined) {
        issues.push(
          issueAt(file, path, at, `undefined variable \`${m[1]}\``, `define it under [vars], in the environment, or with --var ${m[1]}=VALUE`),
        );
        return whole;
      }
      return value;
    });

  const walk = (value: TomlValue, path: PathSegments): TomlValue => {
    if (typeof value === 'string') return value.includes('{{') ? render(value, path) : value;
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value !== null && typeof value === 'object') {
      const table = value as Record<string, TomlValue>;
      for (const key of Object.keys(table)) {
        if (path.length === 0 && key === 'vars') continue;
        table[key] = walk(table[key]!, [...path, key]);
      }
    }
    return value;
  };
  walk(parsed.data, []);
  return issues;
}

/** `[vars]` values as strings (numbers and booleans are written as TOML would). */
export function varsOf(data: Record<string, TomlValue>): Record<string, string> {
  const raw = data.vars;
  if (raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v !== 'object') out[k] = String(v);
  return out;
}
