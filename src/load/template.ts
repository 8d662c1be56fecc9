/**
 * `{{ name }}` substitution in string values. Lookup order, later wins:
 * `[vars]`, then the environment, then `--var name=value` from the command line.
 * Only strings are templated, so a template can never change a value's type.
 */
import { issueAt, type LoadIssue } from './issues.js';
import { pathKey, type ParsedToml, type PathSegments, type TemplateSite, type TomlData, type TomlValue } from './toml.js';

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

/**
 * False when no string of the TOML `source` can hold `{{`: the text has none, and neither an escape
 * (`\u007B`, `\x7B`, …) nor a line-ending backslash (which joins `{` and `{` across lines) can make one.
 * Most files have no template, and then need no walk over every value.
 */
export function mayHoldTemplate(source: string): boolean {
  return source.includes('{{') || /\\[uUx\s]/.test(source);
}

/**
 * Replaces templates in place in `parsed.data` (except inside `[vars]`), returning problems found.
 * `source`, when given, lets a file that cannot hold a template skip the walk.
 */
export function applyTemplates(file: string, parsed: ParsedToml, ctx: TemplateContext, source?: string): LoadIssue[] {
  if (source !== undefined && !mayHoldTemplate(source)) return [];
  const issues: LoadIssue[] = [];
  // `pathOf`: the value's key path, asked for only to locate an issue.
  const render = (text: string, pathOf: () => PathSegments): string =>
    text.replace(EXPRESSION, (whole, inner: string) => {
      // Looked up only for an issue: positions may be computed on first read (toml.ts).
      const at = (path: PathSegments) => parsed.valuePositions.get(pathKey(path));
      const m = NAME.exec(inner);
      if (!m) {
        const path = pathOf();
        issues.push(issueAt(file, path, at(path), `bad template expression ${JSON.stringify(whole)}`, 'write `{{ name }}` with a variable name of letters, digits and `_`'));
        return whole;
      }
      const value = lookup(m[1]!, ctx);
      if (value === undefined) {
        const path = pathOf();
        issues.push(
          issueAt(file, path, at(path), `undefined variable \`${m[1]}\``, `define it under [vars], in the environment, or with --var ${m[1]}=VALUE`),
        );
        return whole;
      }
      return value;
    });

  if (parsed.templateSites) {
    renderSites(parsed.data, parsed.templateSites, render);
    return issues;
  }
  // One path, extended and shortened as the walk goes; copied only for a string that holds a template.
  const path: (string | number)[] = [];
  const walk = (value: TomlValue): TomlValue => {
    if (typeof value === 'string') {
      if (!value.includes('{{')) return value;
      const here = [...path];
      return render(value, () => here);
    }
    // In place, writing only what a template changed: no new array or store per value of the file.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const out = walk(value[i]!);
        if (out !== value[i]) value[i] = out;
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      const table = value as Record<string, TomlValue>;
      for (const key of Object.keys(table)) {
        if (path.length === 0 && key === 'vars') continue;
        path.push(key);
        const out = walk(table[key]!);
        if (out !== table[key]) table[key] = out;
        path.pop();
      }
    }
    return value;
  };
  walk(parsed.data);
  return issues;
}

/**
 * Renders the strings the parser found holding `{{` (toml.ts, templateSites) in place of a walk over every
 * value, in the walk's order, except those inside `[vars]`. A site's key path is looked for only when an
 * issue must be located.
 */
function renderSites(data: TomlData, sites: readonly TemplateSite[], render: (text: string, path: () => PathSegments) => string): void {
  const inVars = new Set<unknown>();
  const collect = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || inVars.has(v)) return;
    inVars.add(v);
    for (const child of Object.values(v)) collect(child);
  };
  if (Object.hasOwn(data, 'vars')) collect(data.vars);
  for (const [holder, key] of sites) {
    if (inVars.has(holder)) continue;
    const value = (holder as Record<string | number, TomlValue>)[key] as string;
    const out = render(value, () => pathTo(data, holder, key) ?? []);
    if (out !== value) (holder as Record<string | number, TomlValue>)[key] = out;
  }
}

/** The key path of `holder[key]` in `data` (a walk: for locating an issue only). */
function pathTo(data: TomlData, holder: object, key: string | number): PathSegments | undefined {
  const find = (node: unknown, path: PathSegments): PathSegments | undefined => {
    if (node === holder) return [...path, key];
    if (node === null || typeof node !== 'object') return undefined;
    for (const [k, child] of Object.entries(node)) {
      const found = find(child, [...path, Array.isArray(node) ? Number(k) : k]);
      if (found) return found;
    }
    return undefined;
  };
  return find(data, []);
}

/** `[vars]` values as strings (numbers and booleans are written as TOML would). */
export function varsOf(data: Record<string, TomlValue>): Record<string, string> {
  const raw = data.vars;
  if (raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'object') out[k] = String(v);
    else if (!Array.isArray(v) && v !== null && 'value' in v && typeof v.value !== 'object') out[k] = String(v.value);
  }
  return out;
}

/**
 * Values to mask, from the file and the command line: `[vars]` and env entries marked
 * `secret = true`, and `[vars]` / `--var` names that look secret — each with the value
 * a template really gets (`--var` and the environment override `[vars]`).
 * Call after applyTemplates, so env values are the expanded ones.
 */
export function declaredSecrets(data: Record<string, TomlValue>, ctx: TemplateContext, looksSecret: (name: string) => boolean): string[] {
  const out: string[] = [];
  const marked = (v: unknown): v is { value: TomlValue; secret: boolean } =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && (v as { secret?: unknown }).secret === true;
  const vars = data.vars !== undefined && typeof data.vars === 'object' && !Array.isArray(data.vars) ? (data.vars as Record<string, TomlValue>) : {};
  for (const [name, v] of Object.entries(vars)) {
    if (!marked(v) && !looksSecret(name)) continue;
    const declared = varsOf({ vars: { [name]: v } })[name];
    for (const value of [declared, lookup(name, ctx)]) if (value !== undefined) out.push(value);
  }
  for (const [name, value] of Object.entries(ctx.cliVars)) if (looksSecret(name)) out.push(value);
  // env tables: services, scenarios, steps.
  const envTables: unknown[] = [];
  for (const svc of Object.values((data.service ?? {}) as Record<string, { env?: unknown }>)) envTables.push(svc.env);
  for (const sc of (Array.isArray(data.scenario) ? data.scenario : []) as { env?: unknown; steps?: { env?: unknown }[] }[]) {
    envTables.push(sc.env);
    for (const st of Array.isArray(sc.steps) ? sc.steps : []) envTables.push(st.env);
  }
  for (const table of envTables) {
    if (table === null || typeof table !== 'object') continue;
    for (const v of Object.values(table)) if (marked(v)) out.push(String(v.value));
  }
  return out;
}
