/**
 * Property tests of the loader: random mutations of valid suites never make it
 * throw, and whatever it reports is well-formed and located inside the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSuiteSource, type LoadIssue, type LoadResult } from './index.js';

const FILE = 'fuzz.clnrm.toml';
/** Runs per property; raise it locally (CLNRM_FUZZ_RUNS=20000) to hunt for bugs. */
const RUNS = Number(process.env.CLNRM_FUZZ_RUNS ?? 300);

/** Four valid suites that between them use most of the format. */
const SEEDS: readonly string[] = [
  // 1: services, vars, container chaos, span expectations, multi-line inline table (TOML 1.1).
  `# container chaos
[meta]
name = "containers"
description = "kill and stop"
tags = ["chaos", "containers"]

[determinism]
seed = 666
freeze_clock = "2025-01-01T00:00:00Z"

[vars]
image = "busybox:1.36"

[service.app]
image = "{{ image }}"
args = ["sleep", "3600"]
env = {
  MODE = "test",
  LEVEL = 3,
}

[service.peer]
image = "{{ image }}"
args = ["sleep", "3600"]
wait = { command = ["true"], timeout_ms = 5000 }

[[scenario]]
name = "killed"
service = "app"
run = "sleep 30"
timeout_ms = 20000
expect_failure = true
chaos_injection = { type = "kill_container", target = "app", delay_ms = 500, signal = "SIGKILL" }

[[scenario.expect.span]]
name = "clnrm.step:killed"
status = "ERROR"
attrs.all = { "error.type" = "container_killed" }

[[scenario]]
name = "random_stop"
service = "app"
run = ["sh", "-c", "sleep 5"]
chaos = [{ type = "stop_container", target = "random(1, [app, peer])", stop_timeout_ms = 100 }]

[[scenario.expect.span]]
name = "clnrm.cleanup"
attrs.all = { "cleanup.success" = true }
count = { gte = 1 }
`,
  // 2: named steps, retries, timeouts, graceful strategy, scenario order expectations.
  `[meta]
name = "steps"

[service.worker]
image = "alpine:3"
limits = { memory_mb = 64, cpu_millicores = 500, pids = 64 }

[[scenario]]
name = "pipeline"
timeout_ms = 60000
timeout_strategy = "graceful"
grace_period_ms = 1000

[[scenario.steps]]
name = "prepare"
run = "mkdir -p /tmp/x"
timeout_ms = 5000

[[scenario.steps]]
name = "flaky"
run = "test -f /tmp/x/ok || (touch /tmp/x/ok; exit 1)"
retries = { max = 3, backoff_ms = 10, factor = 2, jitter = 0.5 }
continue_on_failure = true

[[scenario.steps]]
name = "check"
run = "ls /tmp/x"
expected_output_regex = "^ok$"
expect_exit_code = 0

[scenario.expect.order]
must_precede = [["clnrm.step:prepare", "clnrm.step:check"]]

[[scenario]]
name = "fail_on_purpose"
run = "exit 3"
expect_exit_code = 3
`,
  // 3: proxies, network faults, partitions, suite-wide expectations.
  `[meta]
name = "network"

[service.web]
image = "busybox"
ports = [8080]
wait = { port = 8080, timeout_ms = 10000 }

[service.client]
image = "busybox"

[proxy.web_proxy]
listen = 18080
upstream = "web:8080"

[[scenario]]
name = "latency"
service = "client"
run = "wget -q -O - http://web_proxy:18080/"
chaos = [{ type = "latency", proxy = "web_proxy", latency_ms = 500, jitter_ms = 0 }]

[[scenario]]
name = "partition"
service = "client"
timeout_ms = 30000
steps = [
    { name = "during", run = "wget -T 2 http://web:8080/", expect_failure = true },
    { name = "after", run = "sleep 3; wget http://web:8080/" },
]
chaos = [{ type = "partition", groups = [["client"], ["web"]], duration_ms = 2500 }]

[[scenario.expect.window]]
outer = "clnrm.scenario:partition"
contains = ["clnrm.step:during", "clnrm.step:after"]

[expect.graph]
must_include = [["clnrm.run", "clnrm.scenario:latency"]]
acyclic = true

[expect.counts]
spans_total = { gte = 4 }
by_name = { "clnrm.cleanup" = { eq = 2 } }

[expect.status]
by_name = { "clnrm.step:*" = "OK" }

[expect.hermeticity]
no_container_leakage = true
span_attrs_forbid_keys = ["secret"]
`,
  // 4: suite-wide settings and a one-off image step.
  `[meta]
name = "settings"
version = "1.0"

[otel]
exporter = "otlp"
endpoint = "http://localhost:4318"
headers = { authorization = "Bearer x" }
resources = { "deployment.environment" = "ci" }

[limits]
memory_mb = 128
max_duration_seconds = 600

[cleanup]
containers = "on_success"
verify_cleanup = true
timeout_ms = 10000

[report]
dir = "out/reports"
formats = ["json", "junit"]

[network]
egress = false

[chaos]
preset = "gentle"

[[scenario]]
name = "one_off"
image = "alpine:3"
run = 'echo "literal \\n kept"'
tags = ["smoke"]
artifacts = { collect = ["logs", "spans"] }
`,
];

/** Names and values that push mutations past the syntax layer into the schema and reference checks. */
const KNOWN_KEYS = [
  'name', 'run', 'steps', 'service', 'services', 'image', 'target', 'type', 'timeout_ms', 'seed', 'freeze_clock', 'attrs', 'atrs',
  'expect', 'span', 'chaos', 'chaos_injection', 'proxy', 'upstream', 'percent', 'signal', 'retries', 'max', 'step', 'vars', 'meta',
  'scenario', 'count', 'every_ms', 'at_ms', 'delay_ms', 'groups', 'isolate', 'status', 'kind', '__proto__', 'constructor', 'toString',
];

const scalar: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Number.isInteger(d) ? `${d}.0` : String(d)).replace('e', 'E')),
  fc.constantFrom('inf', '-inf', 'nan', 'true', 'false', '0x1F', '0o17', '0b101', '1_000', '1e3', '-0'),
  fc.constantFrom('2025-01-01T00:00:00Z', '2025-01-01', '00:00:00', '2025-01-01T00:00:00', '1979-05-27T07:32:00-08:00'),
  fc.constantFrom('[]', '{}', '[1, "a"]', '{ a = 1 }', '[[1], ["x"]]', '{ type = "kill_container" }'),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.constantFrom(
    '"{{ image }}"', '"{{ nope }}"', '"{{ a b }}"', '"{{"', '"random(2, [app, peer])"', '"random(9, [app])"', '"random(x)"',
    '"clnrm.step:nope"', '"clnrm.clenup"', '"clnrm.scenario:killed"', '"app"', '"web"', '"web:8080"', '"SIGKILL"', '"kill_container"',
    '"packet_loss"', '"partition"', '"graceful"', '"(("', "'literal'", '"""multi\nline"""', '"\\u00e9"', '"\\uD800"',
  ),
);

const identifier = fc.oneof(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,10}$/), fc.constantFrom(...KNOWN_KEYS), fc.constantFrom('"quoted.key"', "'lit'", 'a.b', '""'));

const FRAGMENTS = ['[', ']', '[[', ']]', '{', '}', '"', "'", '"""', "'''", '=', ',', '.', '#', '\n', '\r\n', '\t', ' ', 'a', '1', '\\', '{{', '}}', 'é', '😀', '\u0000', '\u007f', 'x = 1', '[meta]', '[[scenario]]'];
const junk = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));

type Mutation = (src: string) => string;
const at = (src: string, frac: number): number => Math.floor(frac * (src.length + 1));
/** A uniform position in [0, 1) (fc.double is biased towards its bounds, which would only ever mutate the ends). */
const frac = fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000);

/** Lines matching `re`, as indexes. */
const linesMatching = (lines: string[], re: RegExp): number[] => lines.flatMap((l, i) => (re.test(l) ? [i] : []));
const pick = <T>(xs: readonly T[], f: number): T | undefined => xs[Math.floor(f * xs.length)];

const KEY_VALUE = /^(\s*)([A-Za-z0-9_."'-]+(?:\s*\.\s*[A-Za-z0-9_"'-]+)*)(\s*=\s*)(.*)$/;

const mutations: Record<string, fc.Arbitrary<Mutation>> = {
  deleteRange: fc.tuple(frac, fc.integer({ min: 1, max: 40 })).map(([f, n]) => (src: string) => src.slice(0, at(src, f)) + src.slice(at(src, f) + n)),
  insert: fc.tuple(frac, junk).map(([f, s]) => (src: string) => src.slice(0, at(src, f)) + s + src.slice(at(src, f))),
  duplicateLine: frac.map((f) => (src: string) => {
    const lines = src.split('\n');
    const i = Math.floor(f * lines.length);
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  }),
  swapLines: fc.tuple(frac, frac).map(([f, g]) => (src: string) => {
    const lines = src.split('\n');
    const i = Math.floor(f * lines.length);
    const j = Math.floor(g * lines.length);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  }),
  truncate: frac.map((f) => (src: string) => src.slice(0, at(src, f))),
  replaceKey: fc.tuple(frac, identifier).map(([f, id]) => (src: string) => {
    const lines = src.split('\n');
    const i = pick(linesMatching(lines, KEY_VALUE), f);
    if (i === undefined) return src;
    lines[i] = lines[i]!.replace(KEY_VALUE, (_, ind: string, _k: string, eq: string, v: string) => `${ind}${id}${eq}${v}`);
    return lines.join('\n');
  }),
  replaceValue: fc.tuple(frac, scalar).map(([f, value]) => (src: string) => {
    const lines = src.split('\n');
    const i = pick(linesMatching(lines, KEY_VALUE), f);
    if (i === undefined) return src;
    lines[i] = lines[i]!.replace(KEY_VALUE, (_, ind: string, k: string, eq: string) => `${ind}${k}${eq}${value}`);
    return lines.join('\n');
  }),
  replaceHeader: fc.tuple(frac, identifier, fc.boolean()).map(([f, id, array]) => (src: string) => {
    const lines = src.split('\n');
    const i = pick(linesMatching(lines, /^\s*\[/), f);
    if (i === undefined) return src;
    lines[i] = array ? `[[${id}]]` : `[${id}]`;
    return lines.join('\n');
  }),
};

const anyMutation = fc.oneof(...Object.values(mutations));
/** Mutations that mostly keep the TOML well-formed, so the schema and reference checks run. */
const structuredMutation = fc.oneof(mutations.replaceKey!, mutations.replaceValue!, mutations.replaceValue!, mutations.duplicateLine!, mutations.swapLines!, mutations.replaceHeader!);

const seed = fc.integer({ min: 0, max: SEEDS.length - 1 }).map((i) => SEEDS[i]!);
const options = fc.record({
  vars: fc.dictionary(fc.constantFrom('image', 'nope', 'x', 'constructor'), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
  env: fc.dictionary(fc.constantFrom('image', 'nope', 'HOME'), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
});

/** Whole-file issues carry no location. */
const isFileLevel = (issue: LoadIssue): boolean => issue.keyPath === '' && issue.line === undefined;

/** Every invariant of a load result, for the source it came from. */
function checkResult(source: string, result: LoadResult): void {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  const checkIssue = (issue: LoadIssue): void => {
    const where = JSON.stringify(issue);
    expect(issue.file, where).toBe(FILE);
    expect(typeof issue.message, where).toBe('string');
    expect(issue.message.trim().length, where).toBeGreaterThan(0);
    expect(typeof issue.keyPath, where).toBe('string');
    if (issue.hint !== undefined) expect(issue.hint.trim().length, where).toBeGreaterThan(0);
    expect([undefined, 'warning'], where).toContain(issue.severity);
    if (isFileLevel(issue)) return;
    expect(Number.isInteger(issue.line), where).toBe(true);
    expect(Number.isInteger(issue.column), where).toBe(true);
    expect(issue.line!, where).toBeGreaterThanOrEqual(1);
    expect(issue.line!, where).toBeLessThanOrEqual(lines.length + 1);
    expect(issue.column!, where).toBeGreaterThanOrEqual(1);
    // The column points into the line (or just past its end, for "unexpected end of line").
    const text = lines[issue.line! - 1] ?? '';
    expect(issue.column!, `${where}\nline: ${JSON.stringify(text)}`).toBeLessThanOrEqual(text.length + 2);
  };
  if (result.ok) {
    expect(Object.isFrozen(result.suite)).toBe(true);
    for (const w of result.warnings) {
      expect(w.severity).toBe('warning');
      checkIssue(w);
    }
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.some((i) => i.severity !== 'warning'), JSON.stringify(result.issues)).toBe(true);
    result.issues.forEach(checkIssue);
  }
  // A key such as `[__proto__]` must never reach Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
}

function loadAndCheck(source: string, opts: { vars: Record<string, string>; env: Record<string, string> } = { vars: {}, env: {} }): LoadResult {
  let result: LoadResult;
  try {
    result = loadSuiteSource(FILE, source, opts);
  } catch (err) {
    throw new Error(`loadSuiteSource threw on:\n${source}\n---\n${(err as Error).stack}`);
  }
  checkResult(source, result);
  return result;
}

describe('loader properties', () => {
  it('loads every seed suite', () => {
    for (const s of SEEDS) {
      const r = loadAndCheck(s);
      expect(r.ok, JSON.stringify(!r.ok && r.issues, null, 2)).toBe(true);
    }
  });

  it('never throws and reports well-formed, located issues after one random mutation', () => {
    fc.assert(
      fc.property(seed, anyMutation, (s, m) => {
        loadAndCheck(m(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws and reports well-formed, located issues after several stacked mutations', () => {
    fc.assert(
      fc.property(seed, fc.array(anyMutation, { minLength: 2, maxLength: 6 }), options, (s, ms, opts) => {
        loadAndCheck(
          ms.reduce((src, m) => m(src), s),
          opts,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on structure-preserving mutations that reach the schema and reference checks', () => {
    let reachedSemantics = 0;
    fc.assert(
      fc.property(seed, fc.array(structuredMutation, { minLength: 1, maxLength: 3 }), options, (s, ms, opts) => {
        const r = loadAndCheck(
          ms.reduce((src, m) => m(src), s),
          opts,
        );
        if (r.ok || !r.issues.some((i) => i.message.startsWith('invalid TOML'))) reachedSemantics++;
      }),
      { numRuns: RUNS },
    );
    // The property is only meaningful if most mutated files get past the parser.
    expect(reachedSemantics).toBeGreaterThan(RUNS / 2);
  });

  it('reports truncations of a valid file either as valid or as located problems', () => {
    fc.assert(
      fc.property(seed, fc.nat(), (s, n) => {
        loadAndCheck(s.slice(0, n % (s.length + 1)));
      }),
      { numRuns: RUNS },
    );
  });
});
