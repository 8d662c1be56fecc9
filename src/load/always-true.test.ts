/**
 * Checks that cannot fail are load errors: one case per always-true form, each
 * located (line, column, key path) with the reason and the fix; the same
 * expectations with a bound that some run could miss still load.
 */
import { describe, expect, it } from 'vitest';
import { suiteSchema } from './schema.js';
import { ALWAYS_TRUE_FORMS, REGEX_PROBES, RULES, alwaysTrueExpectations, boundAlwaysHolds, regexMatchesEverything, statusToleratesEveryError } from './always-true.js';
import { loadSuiteSource, type LoadIssue } from './index.js';

const FILE = 'trivial.clnrm.toml';

const HEAD = `[meta]
name = "trivial"

[service.app]
image = "busybox:1.36"

[[scenario]]
name = "flow"
run = "echo ready"
`;

function issuesOf(source: string): LoadIssue[] {
  const r = loadSuiteSource(FILE, source, { env: {} });
  return r.ok ? [] : r.issues;
}

/** 1-based line and column of `needle` in `source`. */
function loc(source: string, needle: string): { line: number; column: number } {
  const index = source.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} not found`);
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

interface Case {
  form: string;
  /** TOML appended after the scenario. */
  toml: string;
  keyPath: string;
  /** Text whose first character the issue must point at. */
  at: string;
  message: RegExp;
  hint: RegExp;
  /** The same expectation made able to fail: must load. */
  fixed?: string;
}

const span = (body: string) => `[[scenario.expect.span]]\nname = "app.request"\n${body}\n`;

const CASES: Case[] = [
  // [[expect.span]]
  { form: 'attrs.all = {}', toml: span('attrs.all = {}'), keyPath: 'scenario[0].expect.span[0].attrs.all', at: '{}', message: /always true: an empty table checks nothing/, hint: /add an attribute/, fixed: span('attrs.all = { "http.route" = "/x" }') },
  { form: 'attrs.any = {}', toml: span('attrs.any = {}'), keyPath: 'scenario[0].expect.span[0].attrs.any', at: '{}', message: /empty table/, hint: /remove `any`/, fixed: span('attrs.any = { "a" = 1, "b" = 2 }') },
  { form: 'attrs.none = []', toml: span('attrs.none = []'), keyPath: 'scenario[0].expect.span[0].attrs.none', at: '[]', message: /empty list checks nothing/, hint: /must be absent/, fixed: span('attrs.none = ["secret"]') },
  { form: 'attrs = {}', toml: span('attrs = {}'), keyPath: 'scenario[0].expect.span[0].attrs', at: '{}', message: /empty table/, hint: /`all`, `any` or `none`/ },
  { form: 'events = {}', toml: span('events = {}'), keyPath: 'scenario[0].expect.span[0].events', at: '{}', message: /empty table/, hint: /`all` or `any`/ },
  { form: 'events.all = []', toml: span('events.all = []'), keyPath: 'scenario[0].expect.span[0].events.all', at: '[]', message: /empty list/, hint: /event name/, fixed: span('events.all = ["retry"]') },
  { form: 'events.any = []', toml: span('events.any = []'), keyPath: 'scenario[0].expect.span[0].events.any', at: '[]', message: /empty list/, hint: /event names/, fixed: span('events.any = ["retry"]') },
  { form: 'count = { gte = 0 }', toml: span('count = { gte = 0 }'), keyPath: 'scenario[0].expect.span[0].count', at: '{ gte = 0 }', message: /always true: every count of spans named `app.request` satisfies gte = 0 \(no count is below 0\)/, hint: /gte = 1/, fixed: span('count = { gte = 1 }') },
  { form: 'count = { gte = 5, lte = 2 } (never true)', toml: span('count = { gte = 5, lte = 2 }'), keyPath: 'scenario[0].expect.span[0].count', at: '{ gte = 5', message: /never true/, hint: /bounds/, fixed: span('count = { gte = 0, lte = 2 }') },
  { form: 'duration_ms = { min = 0 }', toml: span('duration_ms = { min = 0 }'), keyPath: 'scenario[0].expect.span[0].duration_ms', at: '{ min = 0 }', message: /every duration satisfies min = 0/, hint: /finite `max`/, fixed: span('duration_ms = { min = 1 }') },
  { form: 'duration_ms = { max = inf }', toml: span('duration_ms = { max = inf }'), keyPath: 'scenario[0].expect.span[0].duration_ms', at: '{ max = inf }', message: /every duration satisfies max = inf$/, hint: /finite `max`/, fixed: span('duration_ms = { max = 5000 }') },
  { form: 'duration_ms = { min = 0, max = inf }', toml: span('duration_ms = { min = 0, max = inf }'), keyPath: 'scenario[0].expect.span[0].duration_ms', at: '{ min', message: /always true/, hint: /remove `duration_ms`/ },
  { form: 'parent = "*"', toml: span('parent = "*"'), keyPath: 'scenario[0].expect.span[0].parent', at: '"*"', message: /only says the span has a parent/, hint: /name the parent/, fixed: span('parent = "clnrm.step:*"') },
  { form: 'ancestor = "**"', toml: span('ancestor = "**"'), keyPath: 'scenario[0].expect.span[0].ancestor', at: '"**"', message: /has a ancestor|has an? ancestor/, hint: /name the ancestor/ },
  {
    form: 'name = "*" alone',
    toml: '[[scenario.expect.span]]\nname = "*"\n',
    keyPath: 'scenario[0].expect.span[0].name',
    at: '"*"',
    message: /matches `clnrm.scenario:flow`, the span this scope always holds/,
    hint: /add a condition/,
    fixed: '[[scenario.expect.span]]\nname = "*"\nstatus = "OK"\n',
  },
  { form: 'name = the scenario root alone', toml: '[[scenario.expect.span]]\nname = "clnrm.scenario:flow"\n', keyPath: 'scenario[0].expect.span[0].name', at: '"clnrm.scenario:flow"', message: /always true/, hint: /name a span/ },
  { form: 'file: name = "clnrm.run" alone', toml: '[[expect.span]]\nname = "clnrm.run"\n', keyPath: 'expect.span[0].name', at: '"clnrm.run"', message: /matches `clnrm.run`/, hint: /name a span/ },
  // matchers
  { form: 'regex = ".*"', toml: span('attrs.all = { "http.route" = { regex = ".*" } }'), keyPath: 'scenario[0].expect.span[0].attrs.all."http.route".regex', at: '".*"', message: /\/\.\*\/ matches every string/, hint: /exists = true/, fixed: span('attrs.all = { "http.route" = { regex = ".+" } }') },
  { form: 'regex = ""', toml: span('attrs.all = { "k" = { regex = "" } }'), keyPath: 'scenario[0].expect.span[0].attrs.all.k.regex', at: '""', message: /matches every string/, hint: /exists = true/ },
  { form: 'regex = "^"', toml: span('attrs.any = { "k" = { regex = "^" } }'), keyPath: 'scenario[0].expect.span[0].attrs.any.k.regex', at: '"^"', message: /matches every string/, hint: /exists/ },
  { form: 'regex = "(?:)"', toml: span('attrs.all = { "k" = { regex = "(?:)" } }'), keyPath: 'scenario[0].expect.span[0].attrs.all.k.regex', at: '"(?:)"', message: /matches every string/, hint: /exists/ },
  { form: "regex = '[\\s\\S]*'", toml: span("attrs.all = { \"k\" = { regex = '[\\s\\S]*' } }"), keyPath: 'scenario[0].expect.span[0].attrs.all.k.regex', at: "'[", message: /matches every string/, hint: /exists/ },
  { form: 'regex = "x*"', toml: span('attrs.all = { "k" = { regex = "x*" } }'), keyPath: 'scenario[0].expect.span[0].attrs.all.k.regex', at: '"x*"', message: /matches every string/, hint: /exists/, fixed: span('attrs.all = { "k" = { regex = "^x*$" } }') },
  { form: 'glob = "*"', toml: span('attrs.all = { "k" = { glob = "*" } }'), keyPath: 'scenario[0].expect.span[0].attrs.all.k.glob', at: '"*"', message: /glob "\*" matches every string/, hint: /exists = true/, fixed: span('attrs.all = { "k" = { glob = "GET *" } }') },
  { form: 'lte = inf', toml: span('attrs.all = { "k" = { lte = inf } }'), keyPath: 'scenario[0].expect.span[0].attrs.all.k.lte', at: 'inf', message: /lte = inf accepts every number/, hint: /finite bound/, fixed: span('attrs.all = { "k" = { lte = 10 } }') },
  { form: 'gt = -inf', toml: span('attrs.all = { "k" = { gt = -inf } }'), keyPath: 'scenario[0].expect.span[0].attrs.all.k.gt', at: '-inf', message: /gt = -inf accepts every number/, hint: /finite/ },
  { form: 'gte = nan (never true)', toml: span('attrs.all = { "k" = { gte = nan } }'), keyPath: 'scenario[0].expect.span[0].attrs.all.k.gte', at: 'nan', message: /never true: gte = nan/, hint: /finite/ },
  // graph
  { form: 'graph = {}', toml: '[scenario.expect.graph]\n', keyPath: 'scenario[0].expect.graph', at: '[scenario.expect.graph]', message: /empty table/, hint: /must_include/ },
  { form: 'graph.must_include = []', toml: '[scenario.expect.graph]\nmust_include = []\n', keyPath: 'scenario[0].expect.graph.must_include', at: '[]', message: /empty list/, hint: /edge/, fixed: '[scenario.expect.graph]\nmust_include = [["clnrm.scenario:flow", "clnrm.step:flow"]]\n' },
  { form: 'graph.must_not_cross = []', toml: '[scenario.expect.graph]\nmust_not_cross = []\n', keyPath: 'scenario[0].expect.graph.must_not_cross', at: '[]', message: /empty list/, hint: /pair/ },
  { form: 'graph.must_include = [["*", "*"]]', toml: '[scenario.expect.graph]\nmust_include = [["*", "*"]]\n', keyPath: 'scenario[0].expect.graph.must_include[0]', at: '["*", "*"]', message: /some span has a parent/, hint: /name the parent/ },
  // counts
  { form: 'counts = {}', toml: '[scenario.expect.counts]\n', keyPath: 'scenario[0].expect.counts', at: '[scenario.expect.counts]', message: /empty table/, hint: /spans_total/ },
  { form: 'counts.spans_total = { gte = 1 }', toml: '[scenario.expect.counts]\nspans_total = { gte = 1 }\n', keyPath: 'scenario[0].expect.counts.spans_total', at: '{ gte = 1 }', message: /the scope always holds at least 1/, hint: /gte = 2/, fixed: '[scenario.expect.counts]\nspans_total = { gte = 2 }\n' },
  { form: 'counts.events_total = { gte = 0 }', toml: '[scenario.expect.counts]\nevents_total = { gte = 0 }\n', keyPath: 'scenario[0].expect.counts.events_total', at: '{ gte = 0 }', message: /every count of events/, hint: /lte = N/ },
  { form: 'counts.errors_total = { gte = 0 }', toml: '[scenario.expect.counts]\nerrors_total = { gte = 0 }\n', keyPath: 'scenario[0].expect.counts.errors_total', at: '{ gte = 0 }', message: /ERROR spans/, hint: /lte/, fixed: '[scenario.expect.counts]\nerrors_total = { eq = 0 }\n' },
  { form: 'counts.by_name = {}', toml: '[scenario.expect.counts]\nby_name = {}\n', keyPath: 'scenario[0].expect.counts.by_name', at: '{}', message: /empty table/, hint: /span name/ },
  { form: 'counts.by_name."*" = { gte = 1 }', toml: '[scenario.expect.counts]\nby_name = { "*" = { gte = 1 } }\n', keyPath: 'scenario[0].expect.counts.by_name."*"', at: '{ gte = 1 }', message: /at least 1/, hint: /gte = 2/ },
  { form: 'counts.by_name.x = { gte = 0 }', toml: '[scenario.expect.counts]\nby_name = { "app.request" = { gte = 0 } }\n', keyPath: 'scenario[0].expect.counts.by_name."app.request"', at: '{ gte = 0 }', message: /no count is below 0/, hint: /gte = 1/, fixed: '[scenario.expect.counts]\nby_name = { "app.request" = { gte = 1 } }\n' },
  { form: 'name = "*" with count = { gte = 1 }', toml: '[[scenario.expect.span]]\nname = "*"\ncount = { gte = 1 }\n', keyPath: 'scenario[0].expect.span[0].count', at: '{ gte = 1 }', message: /the scope always holds at least 1/, hint: /gte = 2/, fixed: '[[scenario.expect.span]]\nname = "*"\ncount = { gte = 3 }\n' },
  { form: 'counts.by_name.<scope root> = { gte = 1 }', toml: '[scenario.expect.counts]\nby_name = { "clnrm.scenario:flow" = { gte = 1 } }\n', keyPath: 'scenario[0].expect.counts.by_name."clnrm.scenario:flow"', at: '{ gte = 1 }', message: /at least 1/, hint: /gte = 2/, fixed: '[scenario.expect.counts]\nby_name = { "clnrm.step:flow" = { gte = 1 } }\n' },
  { form: 'graph.no_orphans = false', toml: '[scenario.expect.graph]\nno_orphans = false\n', keyPath: 'scenario[0].expect.graph.no_orphans', at: 'false', message: /`no_orphans = false` asks nothing/, hint: /no_orphans = true/, fixed: '[scenario.expect.graph]\nno_orphans = true\n' },
  // window
  {
    form: 'window outer = contained name',
    toml: '[[scenario.expect.window]]\nouter = "app.request"\ncontains = ["app.request"]\n',
    keyPath: 'scenario[0].expect.window[0].contains[0]',
    at: '"app.request"]',
    message: /every span lies within its own window/,
    hint: /outer span other than/,
    fixed: '[[scenario.expect.window]]\nouter = "clnrm.step:flow"\ncontains = ["app.request"]\n',
  },
  { form: 'window outer = "*"', toml: '[[scenario.expect.window]]\nouter = "*"\ncontains = ["app.request"]\n', keyPath: 'scenario[0].expect.window[0].contains[0]', at: '"app.request"]', message: /also matched by outer `\*`/, hint: /outer span/ },
  // order
  { form: 'order = {}', toml: '[scenario.expect.order]\n', keyPath: 'scenario[0].expect.order', at: '[scenario.expect.order]', message: /empty table/, hint: /must_precede/ },
  { form: 'order.must_precede = []', toml: '[scenario.expect.order]\nmust_precede = []\n', keyPath: 'scenario[0].expect.order.must_precede', at: '[]', message: /empty list/, hint: /pair/, fixed: '[scenario.expect.order]\nmust_precede = [["a", "b"]]\n' },
  { form: 'order.must_follow = []', toml: '[scenario.expect.order]\nmust_follow = []\n', keyPath: 'scenario[0].expect.order.must_follow', at: '[]', message: /empty list/, hint: /pair/ },
  // status
  { form: 'status = {}', toml: '[scenario.expect.status]\n', keyPath: 'scenario[0].expect.status', at: '[scenario.expect.status]', message: /empty table/, hint: /`all` or `by_name`/ },
  { form: 'status.by_name = {}', toml: '[scenario.expect.status]\nby_name = {}\n', keyPath: 'scenario[0].expect.status.by_name', at: '{}', message: /empty table/, hint: /span name/, fixed: '[scenario.expect.status]\nby_name = { "app.*" = "OK" }\n' },
  // hermeticity
  { form: 'hermeticity = {}', toml: '[expect.hermeticity]\n', keyPath: 'expect.hermeticity', at: '[expect.hermeticity]', message: /empty table/, hint: /no_container_leakage = true/ },
  ...['no_container_leakage', 'no_network_leakage', 'no_volume_leakage', 'no_process_leakage', 'no_external_services'].map(
    (flag): Case => ({ form: `${flag} = false`, toml: `[expect.hermeticity]\n${flag} = false\n`, keyPath: `expect.hermeticity.${flag}`, at: 'false', message: new RegExp(`\`${flag} = false\` checks nothing`), hint: /set it to true/, fixed: `[expect.hermeticity]\n${flag} = true\n` }),
  ),
  { form: 'resource_attrs_must_match = {}', toml: '[expect.hermeticity]\nresource_attrs_must_match = {}\n', keyPath: 'expect.hermeticity.resource_attrs_must_match', at: '{}', message: /empty table/, hint: /resource attribute/ },
  { form: 'resource_attrs_must_match regex ".*"', toml: '[expect.hermeticity]\nresource_attrs_must_match = { "service.name" = { regex = ".*" } }\n', keyPath: 'expect.hermeticity.resource_attrs_must_match."service.name".regex', at: '".*"', message: /matches every string/, hint: /exists = true/, fixed: '[expect.hermeticity]\nresource_attrs_must_match = { "service.name" = { regex = "^sut$" } }\n' },
  { form: 'span_attrs_forbid_keys = []', toml: '[expect.hermeticity]\nspan_attrs_forbid_keys = []\n', keyPath: 'expect.hermeticity.span_attrs_forbid_keys', at: '[]', message: /empty list/, hint: /attribute key/, fixed: '[expect.hermeticity]\nspan_attrs_forbid_keys = ["password"]\n' },
  // KPI bounds
  { form: 'kpi = {}', toml: '[scenario.expect.kpi]\n', keyPath: 'scenario[0].expect.kpi', at: '[scenario.expect.kpi]', message: /empty table/, hint: /mttr_ms = \{ max = 5000 \}/, fixed: '[scenario.expect.kpi]\nmttr_ms = { max = 5000 }\n' },
  { form: 'availability_pct = { min = 0 }', toml: '[scenario.expect.kpi]\navailability_pct = { min = 0 }\n', keyPath: 'scenario[0].expect.kpi.availability_pct', at: '{ min = 0 }', message: /always true: every value of availability_pct satisfies \{ min = 0 \} \(values lie between 0 and 100\)/, hint: /min = 99/, fixed: '[scenario.expect.kpi]\navailability_pct = { min = 99 }\n' },
  { form: 'recovery_rate_pct = { max = 100 }', toml: '[scenario.expect.kpi]\nrecovery_rate_pct = { max = 100 }\n', keyPath: 'scenario[0].expect.kpi.recovery_rate_pct', at: '{ max = 100 }', message: /always true/, hint: /`min` above 0/, fixed: '[scenario.expect.kpi]\nrecovery_rate_pct = { min = 95, max = 100 }\n' },
  { form: 'mttr_ms = { min = 0 }', toml: '[scenario.expect.kpi]\nmttr_ms = { min = 0 }\n', keyPath: 'scenario[0].expect.kpi.mttr_ms', at: '{ min = 0 }', message: /always true: every value of mttr_ms satisfies \{ min = 0 \} \(no value is below 0\)/, hint: /`max`/, fixed: '[scenario.expect.kpi]\nmttr_ms = { min = 0, max = 5000 }\n' },
  { form: 'mttd_ms = { max = inf }', toml: '[scenario.expect.kpi]\nmttd_ms = { max = inf }\n', keyPath: 'scenario[0].expect.kpi.mttd_ms', at: '{ max = inf }', message: /always true/, hint: /`max`/ },
  { form: 'availability_pct = { min = 101 } (never true)', toml: '[scenario.expect.kpi]\navailability_pct = { min = 101 }\n', keyPath: 'scenario[0].expect.kpi.availability_pct', at: '{ min = 101 }', message: /never true: no value of availability_pct/, hint: /bounds/ },
  { form: 'mttd_ms = { min = 5, max = 2 } (never true)', toml: '[scenario.expect.kpi]\nmttd_ms = { min = 5, max = 2 }\n', keyPath: 'scenario[0].expect.kpi.mttd_ms', at: '{ min = 5', message: /never true/, hint: /bounds/, fixed: '[scenario.expect.kpi]\nmttd_ms = { min = 2, max = 5 }\n' },
];

describe('always-true expectations are load errors', () => {
  it.each(CASES)('$form', (c) => {
    const source = `${HEAD}\n${c.toml}`;
    const issues = issuesOf(source);
    expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.keyPath).toBe(c.keyPath);
    expect({ line: issue.line, column: issue.column }).toEqual(loc(source, c.at));
    expect(issue.message).toMatch(c.message);
    expect(issue.hint).toMatch(c.hint);
    expect(issue.severity).toBeUndefined();
    if (c.fixed !== undefined) expect(issuesOf(`${HEAD}\n${c.fixed}`)).toEqual([]);
  });
});

describe('steps: expected_output_regex', () => {
  for (const re of ['', '.*', '^', '$', '(?:)', '\\\\s*', '[^]*', 'a?', '(|x)']) {
    it(`rejects ${JSON.stringify(re)}, which matches every output`, () => {
      const source = `[meta]\nname = "t"\n[service.app]\nimage = "busybox:1.36"\n[[scenario]]\nname = "s"\nrun = "echo hi"\nexpected_output_regex = "${re}"\n`;
      const issues = issuesOf(source);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.keyPath).toBe('scenario[0].expected_output_regex');
      expect(issues[0]).toMatchObject(loc(source, `"${re}"`));
      expect(issues[0]!.message).toMatch(/always true: .* matches every output, the empty one included/);
    });
  }
  it('locates it in a step of `steps`', () => {
    const source = `[meta]\nname = "t"\n[service.app]\nimage = "busybox:1.36"\n[[scenario]]\nname = "s"\nsteps = [\n  { name = "a", run = "echo hi", expected_output_regex = ".*" },\n]\n`;
    const [issue] = issuesOf(source);
    expect(issue!.keyPath).toBe('scenario[0].steps[0].expected_output_regex');
    expect(issue).toMatchObject(loc(source, '".*"'));
  });
  it('accepts patterns that some output misses', () => {
    for (const re of ['hi', '^hi$', '.+', '\\\\S', '[0-9]']) {
      expect(issuesOf(`[meta]\nname = "t"\n[service.app]\nimage = "busybox:1.36"\n[[scenario]]\nname = "s"\nrun = "echo hi"\nexpected_output_regex = "${re}"\n`)).toEqual([]);
    }
  });
});

describe('the rules themselves', () => {
  it('find nothing in a key the expect table does not have (alwaysTrueExpectations looks only at the keys given)', () => {
    for (const [key, rule] of Object.entries(RULES)) expect(rule(undefined, ['expect', key], { root: 'clnrm.run' }), key).toEqual([]);
    expect(alwaysTrueExpectations({}, ['expect'], { root: 'clnrm.run' })).toEqual([]);
  });

  it('a regex matches every string exactly when it matches every probe, for the usual forms', () => {
    for (const re of ['', '.*', '^', '$', '(?:)', '[\\s\\S]*', '\\b|\\B', 'x*', '^.*$|[\\s\\S]']) expect(regexMatchesEverything(re), re).toBe(true);
    for (const re of ['.', '.+', '^$', 'a', '^.*$', '\\S', '[^x]', '^[ -~]*$', 'ERROR|OK']) expect(regexMatchesEverything(re), re).toBe(false);
    expect(regexMatchesEverything('(')).toBe(false);
  });
  it('probes include the empty string, line breaks, non-ASCII and 32 pseudo-random strings, the same on every run', () => {
    expect(REGEX_PROBES).toContain('');
    expect(REGEX_PROBES).toContain('\n');
    expect(REGEX_PROBES.some((p) => /[^\x00-\x7f]/.test(p))).toBe(true);
    expect(REGEX_PROBES.length).toBeGreaterThanOrEqual(48);
    expect(new Set(REGEX_PROBES).size).toBe(REGEX_PROBES.length);
  });
  it('a count bound always holds without eq/lte and with gte at most the floor', () => {
    expect(boundAlwaysHolds({ gte: 0 })).toBe(true);
    expect(boundAlwaysHolds({ gte: 1 })).toBe(false);
    expect(boundAlwaysHolds({ gte: 1 }, 1)).toBe(true);
    expect(boundAlwaysHolds({ gte: 0, lte: 1000 })).toBe(false);
    expect(boundAlwaysHolds({ eq: 0 })).toBe(false);
  });
  it('errors_allowed is vacuous when it tolerates every span in scope being an error', () => {
    expect(statusToleratesEveryError(1000, 12)).toBe(true);
    expect(statusToleratesEveryError(12, 12)).toBe(true);
    expect(statusToleratesEveryError(11, 12)).toBe(false);
    expect(statusToleratesEveryError(0, 0)).toBe(false);
  });
  it('ALWAYS_TRUE_FORMS names every expectation key and matcher key of the schema, and nothing else', () => {
    const schema = suiteSchema();
    const defs = schema.$defs;
    const keys: string[] = ['step.expected_output_regex'];
    const walk = (node: any, prefix: string) => {
      for (const [k, v] of Object.entries<any>(node.properties ?? {})) {
        const path = `${prefix}.${k}`;
        keys.push(path);
        const target = v.$ref ? defs[v.$ref.split('/').pop()] : v.type === 'array' && v.items?.$ref === '#/$defs/expectSpan' ? defs.expectSpan : v.type === 'array' ? v.items : v;
        if (k === 'span') walk(defs.expectSpan, path);
        else if (target?.type === 'object' && target.properties && !['count', 'spans_total', 'events_total', 'errors_total'].includes(k)) walk(target, path);
      }
    };
    walk(defs.expect, 'expect');
    const matcher = defs.attrValue.oneOf?.find((b: any) => b.properties) ?? defs.attrValue.anyOf?.find((b: any) => b.properties) ?? defs.attrValue;
    for (const k of Object.keys(matcher.properties)) keys.push(`matcher.${k}`);
    // Bounds (`min`, `max`, `gte`, …) are covered by the row of the key they bound.
    const filtered = keys.filter((k) => !/^expect\.(span|during|after)\.(count|duration_ms)\./.test(k) && !/^expect\.kpi\.[a-z_]+\.(min|max)$/.test(k));
    expect(Object.keys(ALWAYS_TRUE_FORMS).sort()).toEqual([...new Set(filtered)].sort());
  });
});

describe('docs', () => {
  it('docs/expectations.md carries the table of always-true forms as the code defines it', async () => {
    const { readFileSync } = await import('node:fs');
    const { alwaysTrueFormsMarkdown } = await import('./always-true.js');
    const doc = readFileSync(new URL('../../docs/expectations.md', import.meta.url), 'utf8');
    expect(doc).toContain(alwaysTrueFormsMarkdown());
  });
});
