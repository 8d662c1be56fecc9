/**
 * `clnrm migrate`: converts suite files of the Rust clnrm tool into this format.
 *
 * Two source formats: the legacy one (`[test]` / `[test.metadata]`, `[[steps]]` with an argv
 * `command`, `[assertions]`, `[services]`) and the later one (`[meta]`, `[service.X]` with a
 * `plugin`, `[[scenario]]`, `[[expect.span]]`, nested `[expect.hermeticity]` keys, `[report]`
 * paths, Tera templates). Whatever has no equivalent is never dropped in silence: it becomes a
 * note with its line, printed by the command and kept as a comment at the top of the output.
 */
import { formatToml } from './format-toml.js';
import { parseToml, pathKey, type ParsedToml, type TomlData, type TomlValue } from './toml.js';
import { formatKeyPath, type PathSegments } from './key-path.js';

export interface MigrationNote {
  line: number;
  message: string;
}

export interface Migration {
  /** The converted suite, formatted like `clnrm fmt` writes it. */
  text: string;
  /** Constructs that were not converted (or converted with a change of meaning), in source order. */
  notes: MigrationNote[];
  format: 'legacy' | 'later';
}

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

/** Images of the Rust tool's service plugins that are not a plain container. */
const PLUGIN_IMAGES: Record<string, { image: string; args?: string[] }> = {
  surrealdb: { image: 'surrealdb/surrealdb:latest', args: ['start', '--user', 'root', '--pass', 'root', 'memory'] },
};
const CONTAINER_PLUGINS = new Set(['generic_container', 'container', 'testcontainers', 'generic']);

const isTable = (v: unknown): v is TomlData => typeof v === 'object' && v !== null && !Array.isArray(v);

class Converter {
  readonly notes: MigrationNote[] = [];
  readonly out: TomlData = {};
  constructor(
    private readonly parsed: ParsedToml,
    private readonly lines: readonly string[],
  ) {}

  line(path: PathSegments): number {
    for (let p = [...path]; p.length > 0; p = p.slice(0, -1)) {
      const at = this.parsed.positions.get(pathKey(p));
      if (at) return at.line;
    }
    return 1;
  }

  note(path: PathSegments, message: string): void {
    this.notes.push({ line: this.line(path), message });
  }

  /** Every key of `table` not in `handled` is reported as not converted. */
  rest(table: TomlData, path: PathSegments, handled: readonly string[], why = 'no equivalent in this format'): void {
    for (const key of Object.keys(table)) {
      if (handled.includes(key)) continue;
      this.note([...path, key], `${formatKeyPath([...path, key])}: not converted (${why})`);
    }
  }

  /** Converts the tables of an array; any other element is reported, never skipped in silence. */
  tables<T>(items: readonly TomlValue[], path: PathSegments, convert: (t: TomlData, at: PathSegments) => T): T[] {
    return items.flatMap((item, i) => {
      if (isTable(item)) return [convert(item, [...path, i])];
      this.note([...path, i], `${formatKeyPath([...path, i])}: not a table, not converted`);
      return [];
    });
  }

  sourceLine(line: number): string {
    return this.lines[line - 1]?.trim() ?? '';
  }
}

/** `"60s"`, `"500ms"`, `"2m"` or a number of seconds → milliseconds; undefined when unreadable. */
function durationMs(value: TomlValue | undefined): number | undefined {
  if (typeof value === 'number') return Math.round(value * 1000);
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  if (!m) return undefined;
  const scale = { ms: 1, s: 1000, m: 60000, h: 3600000 }[m[2] ?? 's']!;
  return Math.round(Number(m[1]) * scale);
}

/**
 * Tera: `{% ... %}` and `{# ... #}` lines have no equivalent (they are not TOML either): they are
 * blanked before parsing and reported. `{{ name | filter }}` keeps the variable, drops the filter.
 */
function stripTera(source: string, notes: MigrationNote[], defaults: Map<string, string>): string {
  return source
    .split('\n')
    .map((text, i) => {
      if (/\{%.*%\}|\{#.*#\}/.test(text)) {
        notes.push({ line: i + 1, message: `Tera block not converted (this format has {{ name }} variables only): ${text.trim()}` });
        return '';
      }
      return text.replace(/\{\{\s*([A-Za-z_][\w.]*)\s*\|([^}]*)\}\}/g, (_all, name: string, filter: string) => {
        const fallback = /^\s*default\(\s*value\s*=\s*\\?"([^"\\]*)\\?"\s*\)\s*$/.exec(filter);
        if (fallback) {
          defaults.set(name, fallback[1]!);
          notes.push({ line: i + 1, message: `Tera filter "|${filter.trim()}": its value is the default of ${name} in [vars]` });
          return `{{ ${name} }}`;
        }
        notes.push({ line: i + 1, message: `Tera filter "|${filter.trim()}" on {{ ${name} }} not converted (the variable is kept)` });
        return `{{ ${name} }}`;
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

function baseName(file: string): string {
  return (file.split('/').pop() ?? 'suite').replace(/\.clnrm\.toml$|\.toml(\.tera)?$|\.tera$/, '').replace(/[^\w-]/g, '_');
}

// ---------------------------------------------------------------- legacy format

function convertLegacy(c: Converter, data: TomlData, file: string): void {
  const test = isTable(data.test) ? data.test : {};
  const meta = isTable(test.metadata) ? test.metadata : test;
  const metaPath = isTable(test.metadata) ? ['test', 'metadata'] : ['test'];
  c.out.meta = { name: typeof meta.name === 'string' ? meta.name : baseName(file) };
  if (typeof meta.description === 'string') (c.out.meta as TomlData).description = meta.description;
  const timeout = durationMs(meta.timeout);
  if (timeout !== undefined) c.out.limits = { max_duration_seconds: Math.max(1, Math.ceil(timeout / 1000)) };
  else if (meta.timeout !== undefined) c.note([...metaPath, 'timeout'], `${formatKeyPath(metaPath)}.timeout: unreadable duration, not converted`);
  c.rest(meta, metaPath, ['name', 'description', 'timeout', ...(metaPath.length === 1 ? ['metadata'] : [])], 'no equivalent; concurrency is `clnrm run -j`');
  if (metaPath.length === 2) c.rest(test, ['test'], ['metadata']);

  const services = convertServices(c, data.services, ['services']);
  const steps = Array.isArray(data.steps) ? data.steps : [];
  const only = services.length === 1 ? services[0] : undefined;
  const converted = c.tables(steps, ['steps'], (s, at) => convertStep(c, s, at, only));
  if (converted.length === 0) {
    c.note(['steps'], 'no [[steps]]: the suite has no scenario; one that runs `true` was added so that the file loads');
    converted.push({ name: 'placeholder', run: 'true' });
  }
  c.out.scenario = [{ name: String((c.out.meta as TomlData).name), steps: converted }];
  if (isTable(data.assertions)) {
    c.rest(data.assertions, ['assertions'], [], 'free-form assertion; express it as [[expect.span]] or [expect.hermeticity]');
  }
  c.rest(data, [], ['test', 'services', 'steps', 'assertions']);
}

function convertStep(c: Converter, step: TomlData, path: PathSegments, only: string | undefined): TomlData {
  const out: TomlData = { name: typeof step.name === 'string' ? step.name : `step_${String(path[path.length - 1])}` };
  const command = step.command ?? step.run ?? step.cmd;
  out.run = Array.isArray(command) || typeof command === 'string' ? command : 'true';
  if (command === undefined) c.note(path, `${formatKeyPath(path)}: step without a command; \`true\` is run instead`);
  if (typeof step.service === 'string') out.service = step.service;
  else if (only !== undefined) out.service = only;
  if (typeof step.expected_output_regex === 'string') out.expected_output_regex = step.expected_output_regex;
  const exit = step.expected_exit_code ?? step.expect_exit_code;
  if (typeof exit === 'number') out.expect_exit_code = exit;
  if (isTable(step.env)) out.env = step.env;
  if (typeof step.workdir === 'string') out.workdir = step.workdir;
  const timeout = durationMs(step.timeout ?? step.timeout_ms);
  if (timeout !== undefined) out.timeout_ms = typeof step.timeout_ms === 'number' ? step.timeout_ms : timeout;
  c.rest(step, path, ['name', 'command', 'run', 'cmd', 'service', 'expected_output_regex', 'expected_exit_code', 'expect_exit_code', 'env', 'workdir', 'timeout', 'timeout_ms']);
  return out;
}

/** `[services] x = { type, plugin, image }` or `[services.x]` / `[service.x]` → `[service.x]`; returns the names. */
function convertServices(c: Converter, value: TomlValue | undefined, path: PathSegments): string[] {
  if (!isTable(value)) return [];
  const out: TomlData = {};
  for (const [name, spec] of Object.entries(value)) {
    if (!isTable(spec)) {
      c.note([...path, name], `${formatKeyPath(path)}.${name}: not a table, not converted`);
      continue;
    }
    out[name] = convertService(c, spec, [...path, name]);
  }
  if (Object.keys(out).length > 0) c.out.service = out;
  return Object.keys(out);
}

function convertService(c: Converter, spec: TomlData, path: PathSegments): TomlData {
  const where = formatKeyPath(path);
  const plugin = String(spec.plugin ?? spec.type ?? 'generic_container');
  const known = PLUGIN_IMAGES[plugin];
  const out: TomlData = {};
  if (typeof spec.image === 'string') out.image = spec.image;
  else if (known) {
    out.image = known.image;
    c.note([...path, 'plugin'], `${where}: plugin "${plugin}" became a plain container of ${known.image}; check its image and command`);
  } else {
    out.image = 'clnrm-fixture/busybox:latest';
    c.note(path, `${where}: no image (plugin "${plugin}"); a busybox placeholder image was written`);
  }
  if (!CONTAINER_PLUGINS.has(plugin) && !known) c.note([...path, 'plugin'], `${where}.plugin = "${plugin}": not converted (only containers exist here)`);
  const args = spec.args ?? spec.command ?? known?.args;
  if (Array.isArray(args) || typeof args === 'string') out.args = args;
  else {
    // The Rust tool kept a generic container alive itself; here the container runs its command.
    out.args = ['sleep', 'infinity'];
    c.note(path, `${where}: no command; \`sleep infinity\` keeps the container up for the steps`);
  }
  if (isTable(spec.env)) out.env = spec.env;
  if (Array.isArray(spec.ports)) out.ports = spec.ports;
  if (typeof spec.workdir === 'string') out.workdir = spec.workdir;
  c.rest(spec, path, ['plugin', 'type', 'image', 'args', 'command', 'env', 'ports', 'workdir']);
  return out;
}

// ---------------------------------------------------------------- later format

function convertLater(c: Converter, data: TomlData, file: string): void {
  const meta = isTable(data.meta) ? data.meta : {};
  c.out.meta = { name: typeof meta.name === 'string' ? meta.name : baseName(file) };
  for (const k of ['version', 'description'] as const) if (typeof meta[k] === 'string') (c.out.meta as TomlData)[k] = meta[k];
  if (Array.isArray(meta.tags)) (c.out.meta as TomlData).tags = meta.tags;
  c.rest(meta, ['meta'], ['name', 'version', 'description', 'tags']);
  if (isTable(data.vars)) c.out.vars = data.vars;
  if (isTable(data.determinism)) copyKeys(c, data.determinism, ['determinism'], ['seed', 'freeze_clock']);
  if (isTable(data.limits)) copyKeys(c, data.limits, ['limits'], ['cpu_millicores', 'memory_mb']);
  if (isTable(data.otel)) convertOtel(c, data.otel);
  convertServices(c, data.service, ['service']);
  const scenarios = Array.isArray(data.scenario) ? data.scenario : [];
  c.out.scenario = c.tables(scenarios, ['scenario'], (s, at) => convertScenario(c, s, at));
  if ((c.out.scenario as TomlValue[]).length === 0) {
    c.note(['scenario'], 'no [[scenario]]: one that runs `true` was added so that the file loads');
    c.out.scenario = [{ name: 'placeholder', run: 'true' }];
  }
  if (isTable(data.expect)) convertExpect(c, data.expect, ['expect'], c.out);
  if (isTable(data.report)) convertReport(c, data.report);
  c.rest(data, [], ['meta', 'vars', 'determinism', 'limits', 'otel', 'service', 'scenario', 'expect', 'report']);
}

function copyKeys(c: Converter, table: TomlData, path: [string], keys: readonly string[]): void {
  const out: TomlData = {};
  for (const k of keys) if (table[k] !== undefined) out[k] = table[k]!;
  if (Object.keys(out).length > 0) c.out[path[0]] = out;
  c.rest(table, path, keys);
}

function convertOtel(c: Converter, otel: TomlData): void {
  const out: TomlData = {};
  const exporter = otel.exporter;
  if (typeof exporter === 'string') {
    if (exporter === 'stdout' || exporter === 'none' || exporter.includes('{{')) out.exporter = exporter;
    else if (/^otlp/.test(exporter)) {
      out.exporter = 'otlp';
      if (exporter !== 'otlp' && exporter !== 'otlp-http') c.note(['otel', 'exporter'], `otel.exporter = "${exporter}": exported over OTLP/HTTP instead`);
    } else c.note(['otel', 'exporter'], `otel.exporter = "${exporter}": not converted`);
  }
  if (typeof otel.endpoint === 'string' && out.exporter !== undefined && out.exporter !== 'stdout' && out.exporter !== 'none') out.endpoint = otel.endpoint;
  for (const k of ['headers', 'resources'] as const) if (isTable(otel[k])) out[k] = otel[k];
  if (Object.keys(out).length > 0) c.out.otel = out;
  c.rest(otel, ['otel'], ['exporter', 'endpoint', 'headers', 'resources']);
}

const STEP_KEYS = ['service', 'env', 'workdir', 'timeout_ms', 'expected_output_regex', 'expect_exit_code', 'continue_on_failure', 'expect_failure'];

function convertScenario(c: Converter, s: TomlData, path: PathSegments): TomlData {
  const out: TomlData = { name: typeof s.name === 'string' ? s.name : `scenario_${String(path[1])}` };
  for (const k of ['description', 'tags', ...STEP_KEYS]) if (s[k] !== undefined) out[k] = s[k]!;
  if (typeof s.expected_exit_code === 'number') out.expect_exit_code = s.expected_exit_code;
  const run = s.run ?? s.exec ?? s.command;
  if (Array.isArray(s.steps)) {
    out.steps = c.tables(s.steps, [...path, 'steps'], (st, at) => convertLaterStep(c, st, at));
  } else if (Array.isArray(run) || typeof run === 'string') out.run = run;
  else {
    c.note(path, `${formatKeyPath(path)}: no run or steps; \`true\` is run instead`);
    out.run = 'true';
  }
  if (isTable(s.artifacts)) convertArtifacts(c, s.artifacts, [...path, 'artifacts'], out);
  if (isTable(s.expect)) {
    const expect: TomlData = {};
    convertExpect(c, s.expect, [...path, 'expect'], { expect } as TomlData);
    out.expect = expect;
  }
  c.rest(s, path, ['name', 'description', 'tags', ...STEP_KEYS, 'expected_exit_code', 'run', 'exec', 'command', 'steps', 'artifacts', 'expect']);
  return out;
}

function convertLaterStep(c: Converter, st: TomlData, path: PathSegments): TomlData {
  const out: TomlData = { name: typeof st.name === 'string' ? st.name : `step_${String(path[path.length - 1])}` };
  const run = st.run ?? st.exec ?? st.command ?? st.cmd;
  out.run = Array.isArray(run) || typeof run === 'string' ? run : 'true';
  if (run === undefined) c.note(path, `${formatKeyPath(path)}: step without a command; \`true\` is run instead`);
  for (const k of STEP_KEYS) if (st[k] !== undefined) out[k] = st[k]!;
  if (typeof st.expected_exit_code === 'number') out.expect_exit_code = st.expected_exit_code;
  c.rest(st, path, ['name', 'run', 'exec', 'command', 'cmd', 'expected_exit_code', ...STEP_KEYS]);
  return out;
}

/** `"spans:default"` (the Rust tool's default span collector) is this format's `"spans"`. */
function convertArtifacts(c: Converter, artifacts: TomlData, path: PathSegments, out: TomlData): void {
  const collect = Array.isArray(artifacts.collect) ? artifacts.collect : [];
  const kept: string[] = [];
  collect.forEach((item, i) => {
    const name = item === 'spans:default' ? 'spans' : item;
    if (typeof name === 'string' && ['logs', 'spans', 'inspect', 'spans:stdout'].includes(name)) kept.push(name);
    else c.note([...path, 'collect', i], `${formatKeyPath(path)}.collect: "${String(item)}" not converted`);
  });
  if (kept.length > 0) out.artifacts = { collect: [...new Set(kept)] };
  c.rest(artifacts, path, ['collect']);
}

const SPAN_KEYS = ['name', 'parent', 'ancestor', 'kind', 'status', 'attrs', 'events', 'duration_ms', 'count'];
/** Expectation tables with the same meaning in both formats, and the keys they share. */
const COPIED_EXPECT: Record<string, readonly string[]> = {
  graph: ['must_include', 'must_not_cross', 'acyclic', 'no_orphans'],
  counts: ['spans_total', 'events_total', 'errors_total', 'by_name'],
  window: ['outer', 'contains', 'max_duration_ms'],
  order: ['must_precede', 'must_follow'],
  status: ['all', 'by_name', 'errors_allowed'],
};

function pick(c: Converter, table: TomlData, path: PathSegments, keys: readonly string[]): TomlData {
  const out: TomlData = {};
  for (const k of keys) if (table[k] !== undefined) out[k] = table[k]!;
  c.rest(table, path, keys);
  return out;
}

function convertExpect(c: Converter, expect: TomlData, path: PathSegments, into: TomlData): void {
  const out: TomlData = isTable(into.expect) ? into.expect : {};
  const spans = Array.isArray(expect.span) ? expect.span : [];
  const converted: TomlData[] = [];
  spans.forEach((span, i) => {
    if (!isTable(span)) return c.note([...path, 'span', i], `${formatKeyPath([...path, 'span', i])}: not a table, not converted`);
    const s: TomlData = {};
    for (const k of SPAN_KEYS) if (span[k] !== undefined) s[k] = span[k]!;
    if (typeof s.status === 'string') s.status = s.status.toUpperCase();
    c.rest(span, [...path, 'span', i], SPAN_KEYS);
    converted.push(s);
  });
  if (converted.length > 0) out.span = converted;
  for (const [k, keys] of Object.entries(COPIED_EXPECT)) {
    const v = expect[k];
    if (isTable(v)) out[k] = pick(c, v, [...path, k], keys);
    else if (Array.isArray(v)) out[k] = c.tables(v, [...path, k], (item, at) => pick(c, item, at, keys));
  }
  if (isTable(expect.hermeticity)) out.hermeticity = convertHermeticity(c, expect.hermeticity, [...path, 'hermeticity']);
  c.rest(expect, path, ['span', 'hermeticity', ...Object.keys(COPIED_EXPECT)]);
  if (Object.keys(out).length > 0) into.expect = out;
}

/** Nested `resource_attrs.must_match` / `span_attrs.forbid_keys` are flat keys here. */
function convertHermeticity(c: Converter, h: TomlData, path: PathSegments): TomlData {
  const out: TomlData = {};
  for (const k of ['no_container_leakage', 'no_network_leakage', 'no_volume_leakage', 'no_process_leakage', 'no_external_services']) {
    if (h[k] !== undefined) out[k] = h[k]!;
  }
  const resource = isTable(h.resource_attrs) ? h.resource_attrs : undefined;
  if (resource && isTable(resource.must_match)) out.resource_attrs_must_match = resource.must_match;
  if (resource) c.rest(resource, [...path, 'resource_attrs'], ['must_match']);
  const spanAttrs = isTable(h.span_attrs) ? h.span_attrs : undefined;
  if (spanAttrs && Array.isArray(spanAttrs.forbid_keys)) out.span_attrs_forbid_keys = spanAttrs.forbid_keys;
  if (spanAttrs) c.rest(spanAttrs, [...path, 'span_attrs'], ['forbid_keys']);
  for (const k of ['resource_attrs_must_match', 'span_attrs_forbid_keys']) if (h[k] !== undefined) out[k] = h[k]!;
  c.rest(h, path, [...Object.keys(out), 'resource_attrs', 'span_attrs']);
  return out;
}

/** `json = "dir/name.json"`, `junit = "…"`, `[report.digest] path`: formats and one directory; file names are fixed here. */
function convertReport(c: Converter, report: TomlData): void {
  const formats: string[] = [];
  const dirs = new Set<string>();
  const take = (format: string, value: TomlValue | undefined, path: PathSegments): void => {
    const file = typeof value === 'string' ? value : isTable(value) && typeof value.path === 'string' ? value.path : undefined;
    if (file === undefined) return;
    formats.push(format);
    const slash = file.lastIndexOf('/');
    dirs.add(slash >= 0 ? file.slice(0, slash) : '.');
    c.note(path, `${formatKeyPath(path)}: file name "${file}" not kept (reports are named <suite>.${format === 'digest' ? 'trace.sha256' : format === 'json' ? 'report.json' : 'junit.xml'})`);
  };
  take('json', report.json, ['report', 'json']);
  take('junit', report.junit, ['report', 'junit']);
  take('digest', report.digest, ['report', 'digest']);
  if (isTable(report.digest)) c.rest(report.digest, ['report', 'digest'], ['path']);
  if (formats.length === 0) return c.rest(report, ['report'], []);
  const out: TomlData = { formats };
  if (dirs.size === 1 && !dirs.has('.')) out.dir = [...dirs][0]!;
  else if (dirs.size > 1) c.note(['report'], `report: files in several directories (${[...dirs].join(', ')}); all reports go to the default directory`);
  c.out.report = out;
  c.rest(report, ['report'], ['json', 'junit', 'digest']);
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

// ---------------------------------------------------------------- output

const ORDER = ['meta', 'vars', 'determinism', 'otel', 'limits', 'report', 'service', 'scenario', 'expect'];

function render(c: Converter, file: string): string {
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
