/** The Rust tool's later format: `[meta]`, `[service.X] plugin`, `[[scenario]]`, expectations, `[report]` paths. */
import { formatKeyPath, type PathSegments } from '../key-path.js';
import type { TomlData, TomlValue } from '../toml.js';
import { baseName, convertServices, isTable, type Converter } from './converter.js';

export function convertLater(c: Converter, data: TomlData, file: string): void {
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
  else if (otel.endpoint !== undefined) c.note(['otel', 'endpoint'], `otel.endpoint: not converted (no OTLP exporter to send to)`);
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

export function convertLaterStep(c: Converter, st: TomlData, path: PathSegments): TomlData {
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

export function convertExpect(c: Converter, expect: TomlData, path: PathSegments, into: TomlData): void {
  const out: TomlData = isTable(into.expect) ? into.expect : {};
  const spans = Array.isArray(expect.span) ? expect.span : [];
  // `[expect.span.NAME]` (named tables, as some files of the Rust tool wrote them) has no equivalent here.
  if (isTable(expect.span)) c.rest(expect.span, [...path, 'span'], [], 'named span expectation tables have no equivalent; write [[expect.span]] entries');
  const converted: TomlData[] = [];
  spans.forEach((span, i) => {
    if (!isTable(span)) return c.note([...path, 'span', i], `${formatKeyPath([...path, 'span', i])}: not a table, not converted`);
    const s: TomlData = {};
    for (const k of SPAN_KEYS) if (span[k] !== undefined) s[k] = span[k]!;
    // `attributes` is the longer spelling of `attrs`.
    const aliased = span.attrs === undefined && isTable(span.attributes);
    if (aliased) s.attrs = span.attributes!;
    if (typeof s.status === 'string') s.status = s.status.toUpperCase();
    c.rest(span, [...path, 'span', i], aliased ? [...SPAN_KEYS, 'attributes'] : SPAN_KEYS);
    converted.push(s);
  });
  if (converted.length > 0) out.span = converted;
  for (const [k, keys] of Object.entries(COPIED_EXPECT)) {
    const v = expect[k];
    // A table none of whose keys converted would check nothing (and not load): left out, its keys reported.
    const empty = (t: TomlData, at: PathSegments) => Object.keys(t).length === 0 && (c.note(at, `${formatKeyPath(at)}: nothing in it converted; left out`), true);
    if (isTable(v)) {
      const picked = pick(c, v, [...path, k], keys);
      if (!empty(picked, [...path, k])) out[k] = picked;
    } else if (Array.isArray(v)) {
      const picked = c.tables(v, [...path, k], (item, at) => ({ at, t: pick(c, item, at, keys) })).filter(({ at, t }) => !empty(t, at)).map(({ t }) => t);
      if (picked.length > 0) out[k] = picked;
    }
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

const REPORT_SUFFIX: Record<string, string> = { digest: 'trace.sha256', json: 'report.json', junit: 'junit.xml', html: 'html' };

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
    c.note(path, `${formatKeyPath(path)}: file name "${file}" not kept (reports are named <suite>.${REPORT_SUFFIX[format]})`);
  };
  take('json', report.json, ['report', 'json']);
  take('junit', report.junit, ['report', 'junit']);
  take('digest', report.digest, ['report', 'digest']);
  take('html', report.html, ['report', 'html']);
  if (isTable(report.digest)) c.rest(report.digest, ['report', 'digest'], ['path']);
  if (formats.length === 0) return c.rest(report, ['report'], []);
  const out: TomlData = { formats };
  if (dirs.size === 1 && !dirs.has('.')) out.dir = [...dirs][0]!;
  else if (dirs.size > 1) c.note(['report'], `report: files in several directories (${[...dirs].join(', ')}); all reports go to the default directory`);
  c.out.report = out;
  c.rest(report, ['report'], ['json', 'junit', 'digest', 'html']);
}
