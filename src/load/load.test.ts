/**
 * Unit tests of the loader: exact locations (line, column, key path), message
 * fragments and hints for every kind of problem, and the defaults of the model.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSuiteFile, loadSuiteSource, MAX_FILE_BYTES, type LoadIssue, type LoadOptions, type LoadResult, type Suite } from './index.js';

const FILE = 'suite.clnrm.toml';

/** Loads with an empty environment so the tests never depend on the caller's variables. */
const load = (source: string, options: LoadOptions = {}): LoadResult => loadSuiteSource(FILE, source, { env: {}, ...options });

function suiteOf(source: string, options?: LoadOptions): { suite: Suite; warnings: LoadIssue[] } {
  const r = load(source, options);
  if (!r.ok) throw new Error(`expected a valid suite, got:\n${JSON.stringify(r.issues, null, 2)}`);
  return r;
}

function issuesOf(source: string, options?: LoadOptions): LoadIssue[] {
  const r = load(source, options);
  if (r.ok) throw new Error('expected the suite to be invalid');
  return r.issues;
}

/** The single error of an invalid source. */
function onlyIssue(source: string, options?: LoadOptions): LoadIssue {
  const issues = issuesOf(source, options);
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  return issues[0]!;
}

/** 1-based line and column of the `nth` occurrence of `needle` in `source` (computed, to keep sources readable). */
function loc(source: string, needle: string, nth = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = source.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(needle)} not found in source`);
  }
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const HEAD = `[meta]
name = "demo"

[service.app]
image = "busybox:1.36"
`;

const MINIMAL = `${HEAD}
[[scenario]]
name = "hello"
run = "echo hello"
`;

describe('valid suites', () => {
  it('loads a minimal suite and applies the defaults', () => {
    const { suite, warnings } = suiteOf(MINIMAL);
    expect(warnings).toEqual([]);
    expect(suite.file).toBe(FILE);
    expect(suite.name).toBe('demo');
    expect(suite.tags).toEqual([]);
    expect(suite.otel).toEqual({ headers: {}, resources: {}, receiver: true, receiverMaxSpans: 100_000 });
    expect(suite.cleanup).toEqual({ containers: 'always', verifyCleanup: true, timeoutMs: 30000 });
    expect(suite.report).toEqual({ dir: '.clnrm/reports', formats: ['json', 'junit', 'digest', 'cleanup', 'html'] });
    expect(suite.network).toEqual({ egress: false, allow: [] });
    expect(suite.chaos).toEqual({ preset: 'none' });
    expect(suite.determinism).toEqual({ digestExclude: [] });

    const app = suite.services.app!;
    expect(app).toMatchObject({ name: 'app', image: 'busybox:1.36', env: {}, ports: [], tmpfs: {}, capabilities: [], privileged: false, limits: {} });
    expect(app.wait).toBeUndefined();

    expect(suite.scenarios).toHaveLength(1);
    const sc = suite.scenarios[0]!;
    expect(sc).toMatchObject({ name: 'hello', keyPath: 'scenario[0]', tags: [], services: ['app'], expectFailure: false, artifacts: [], faults: [] });
    expect(sc.expect).toEqual({ span: [], window: [] });
  });

  it('turns a scenario `run` into one step named after the scenario, running in the only service', () => {
    const step = suiteOf(MINIMAL).suite.scenarios[0]!.steps;
    expect(step).toEqual([
      {
        name: 'hello',
        keyPath: 'scenario[0]',
        run: 'echo hello',
        service: 'app',
        env: {},
        timeoutStrategy: 'hard',
        gracePeriodMs: 5000,
        expectExitCode: 0,
        continueOnFailure: false,
        expectFailure: false,
      },
    ]);
  });

  it('applies step defaults to named steps and inherits scenario-level settings', () => {
    const { suite } = suiteOf(`${HEAD}
[[scenario]]
name = "two"
timeout_strategy = "graceful"
env = { A = "1" }

[[scenario.steps]]
name = "first"
run = ["sh", "-c", "true"]
env = { B = 2 }

[[scenario.steps]]
name = "second"
run = "false"
expect_exit_code = 1
timeout_strategy = "hard"
`);
    const [first, second] = suite.scenarios[0]!.steps;
    expect(first).toMatchObject({ name: 'first', keyPath: 'scenario[0].steps[0]', run: ['sh', '-c', 'true'], service: 'app', env: { A: '1', B: '2' }, timeoutStrategy: 'graceful', expectExitCode: 0 });
    expect(second).toMatchObject({ name: 'second', keyPath: 'scenario[0].steps[1]', timeoutStrategy: 'hard', expectExitCode: 1 });
  });

  it('does not pick a service for a step when the file declares several', () => {
    const { suite } = suiteOf(`${HEAD}
[service.db]
image = "postgres:16"

[[scenario]]
name = "s"
service = "db"
run = "true"
`);
    expect(suite.scenarios[0]!.services).toEqual(['app', 'db']);
    expect(suite.scenarios[0]!.steps[0]!.service).toBe('db');
  });

  it('returns a deeply frozen model', () => {
    const { suite } = suiteOf(MINIMAL);
    expect(Object.isFrozen(suite)).toBe(true);
    expect(Object.isFrozen(suite.scenarios)).toBe(true);
    expect(Object.isFrozen(suite.scenarios[0]!.steps[0])).toBe(true);
    expect(Object.isFrozen(suite.services.app!.env)).toBe(true);
    expect(() => {
      (suite as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (suite.scenarios as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('locates key paths of the model in the file', () => {
    const { suite } = suiteOf(MINIMAL);
    expect(suite.locate('scenario[0]')).toEqual(loc(MINIMAL, '[[scenario]]'));
    expect(suite.locate('scenario[0].run')).toEqual(loc(MINIMAL, 'run ='));
    expect(suite.locate('service.app.image')).toEqual(loc(MINIMAL, 'image ='));
    expect(suite.locate('no.such.key')).toBeUndefined();
  });

  it('loads TOML 1.1 multi-line inline tables with trailing commas', () => {
    const { suite } = suiteOf(`[meta]
name = "multi"

[service.app]
image = "busybox"
env = {
  A = "1",
  B = "two",
}

[[scenario]]
name = "s"
run = "true"
chaos_injection = {
  type = "kill_container",
  target = "app",
  delay_ms = 100,
}
`);
    expect(suite.services.app!.env).toEqual({ A: '1', B: 'two' });
    expect(suite.scenarios[0]!.faults).toEqual([
      { type: 'kill_container', name: 'kill_container', keyPath: 'scenario[0].chaos_injection', target: 'app', atMs: 100, count: 1, probability: 1, params: {} },
    ]);
  });

  it('accepts a UTF-8 byte order mark and CRLF line ends', () => {
    const { suite } = suiteOf(`\uFEFF${MINIMAL.replace(/\n/g, '\r\n')}`);
    expect(suite.scenarios[0]!.steps[0]!.run).toBe('echo hello');
  });

  it('keeps TOML dates as their RFC 3339 text', () => {
    const { suite } = suiteOf(`${MINIMAL}
[determinism]
seed = 7
freeze_clock = 2025-01-01T00:00:00Z
`);
    expect(suite.determinism).toEqual({ seed: 7, freezeClock: '2025-01-01T00:00:00Z', digestExclude: [] });
  });
});

describe('unknown keys', () => {
  it('locates a misspelled `atrs.all` in [[expect.span]] at `atrs` and suggests `attrs`', () => {
    const src = `${MINIMAL}
[[scenario.expect.span]]
name = "clnrm.cleanup"
atrs.all = { "cleanup.success" = true }
`;
    const issue = onlyIssue(src);
    expect(issue).toEqual({
      file: FILE,
      ...loc(src, 'atrs.all'),
      keyPath: 'scenario[0].expect.span[0].atrs',
      message: 'unknown key `atrs`',
      hint: 'did you mean `attrs`?',
    });
    expect(issue.line).toBe(13);
    expect(issue.column).toBe(1);
  });

  it('locates an indented misspelled key at its first character', () => {
    const src = `${MINIMAL}
[[scenario.expect.span]]
  name = "clnrm.cleanup"
  atrs.all = { "cleanup.success" = true }
`;
    expect(onlyIssue(src)).toMatchObject({ line: 13, column: 3, keyPath: 'scenario[0].expect.span[0].atrs' });
  });

  it('locates a misspelled top-level table `[determinsm]` at its header', () => {
    const src = `${MINIMAL}
[determinsm]
seed = 42
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '[determinsm]'),
      keyPath: 'determinsm',
      message: 'unknown key `determinsm`',
      hint: 'did you mean `determinism`?',
    });
  });

  it('lists the known keys when nothing is close', () => {
    const src = `${MINIMAL}
[cleanup]
zzzzzzzz = true
`;
    const issue = onlyIssue(src);
    expect(issue).toMatchObject({ ...loc(src, 'zzzzzzzz'), keyPath: 'cleanup.zzzzzzzz', message: 'unknown key `zzzzzzzz`' });
    expect(issue.hint).toBe('known keys here: `containers`, `timeout_ms`, `verify_cleanup`');
  });

  it('rejects a parameter of another fault type (`percent` on `kill_container`) at the key', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
run = "true"
chaos_injection = { type = "kill_container", target = "app", percent = 50 }
`;
    const issue = onlyIssue(src);
    expect(issue).toMatchObject({ ...loc(src, 'percent'), keyPath: 'scenario[0].chaos_injection.percent', message: 'unknown key `percent`' });
    // The hint lists what kill_container does take: its own `signal` but not packet_loss's `percent`.
    expect(issue.hint).toContain('`signal`');
    expect(issue.hint).not.toContain('`percent`');
  });

  it('accepts the same parameter on the fault type that has it', () => {
    const { suite } = suiteOf(`${HEAD}
[[scenario]]
name = "s"
run = "true"
chaos_injection = { type = "packet_loss", target = "app", percent = 50 }
`);
    expect(suite.scenarios[0]!.faults[0]!.params).toEqual({ percent: 50 });
  });
});

describe('values of the wrong type or out of range', () => {
  it('locates a string given for an integer at the value', () => {
    const src = `${MINIMAL}
[determinism]
seed = "42"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"42"'),
      keyPath: 'determinism.seed',
      message: 'expected an integer, got a string',
    });
  });

  it('locates a bad enum value with a suggestion and the allowed values', () => {
    const src = `${MINIMAL}
[cleanup]
containers = "alwys"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"alwys"'),
      keyPath: 'cleanup.containers',
      message: 'expected one of `always`, `on_success`, `never`, got "alwys"',
      hint: 'did you mean `always`?',
    });
  });

  it('rejects an unknown fault type with a suggestion', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
run = "true"
chaos_injection = { type = "kill_contaner", target = "app" }
`;
    const issue = onlyIssue(src);
    expect(issue).toMatchObject({ ...loc(src, '"kill_contaner"'), keyPath: 'scenario[0].chaos_injection.type', hint: 'did you mean `kill_container`?' });
    expect(issue.message).toMatch(/^expected one of `kill_container`, .*`packet_loss`.*, got "kill_contaner"$/);
  });

  it('rejects a `freeze_clock` that is not an RFC 3339 date-time', () => {
    const src = `${MINIMAL}
[determinism]
freeze_clock = "yesterday"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"yesterday"'),
      keyPath: 'determinism.freeze_clock',
      message: 'expected an RFC 3339 date-time such as 2025-01-01T00:00:00Z, got "yesterday"',
    });
  });

  it('rejects a local date as `freeze_clock` (it needs a time and an offset)', () => {
    const src = `${MINIMAL}
[determinism]
freeze_clock = 2025-01-01
`;
    expect(onlyIssue(src)).toMatchObject({ ...loc(src, '2025-01-01'), keyPath: 'determinism.freeze_clock', message: expect.stringContaining('RFC 3339') });
  });

  it('reports an integer beyond 2^53 in an enum without throwing', () => {
    const src = `${MINIMAL}
[cleanup]
containers = 99999999999999999999
`;
    expect(onlyIssue(src)).toMatchObject({ ...loc(src, '9999'), keyPath: 'cleanup.containers', message: 'expected one of `always`, `on_success`, `never`, got 99999999999999999999' });
  });

  it('reports a number out of range with the limit', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
run = "true"
timeout_ms = 90000000
`;
    expect(onlyIssue(src)).toMatchObject({ ...loc(src, '90000000'), keyPath: 'scenario[0].timeout_ms', message: 'expected a value at most 86400000, got 90000000' });
  });
});

describe('missing keys and tables', () => {
  it('locates a scenario without `name` at its [[scenario]] header', () => {
    const src = `${HEAD}
[[scenario]]
name = "first"
run = "true"

[[scenario]]
run = "true"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '[[scenario]]', 1),
      keyPath: 'scenario[1]',
      message: 'missing required key `name`',
      hint: 'add `name = ...` to this table',
    });
  });

  it('reports a missing [meta] for the whole file', () => {
    const issue = onlyIssue(`[service.app]
image = "busybox"

[[scenario]]
name = "s"
run = "true"
`);
    expect(issue).toEqual({ file: FILE, keyPath: '', message: 'missing required key `meta`', hint: 'add a `[meta]` table with `name = "..."`' });
  });

  it('reports a file without scenarios', () => {
    expect(onlyIssue(HEAD)).toEqual({ file: FILE, keyPath: '', message: 'missing required key `scenario`', hint: 'add at least one `[[scenario]]` table' });
  });

  it('reports a scenario with nothing to run at its header', () => {
    const src = `${HEAD}
[[scenario]]
name = "idle"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '[[scenario]]'),
      keyPath: 'scenario[0]',
      message: 'scenario has nothing to run',
      hint: 'add `run = "..."` or a `steps` list',
    });
  });

  it('rejects `run` and `steps` together, naming both keys', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
run = "true"
steps = [{ name = "a", run = "true" }]
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '[[scenario]]'),
      keyPath: 'scenario[0]',
      message: 'give either `run` or `steps`, not both',
    });
  });
});

describe('templates', () => {
  const TEMPLATED = `[vars]
who = "vars"

${HEAD}
[[scenario]]
name = "greet"
run = "echo {{ who }}"
`;
  const run = (r: { suite: Suite }) => r.suite.scenarios[0]!.steps[0]!.run;

  it('substitutes from [vars]', () => {
    expect(run(suiteOf(TEMPLATED))).toBe('echo vars');
  });

  it('lets the environment override [vars], and --var override the environment', () => {
    expect(run(suiteOf(TEMPLATED, { env: { who: 'env' } }))).toBe('echo env');
    expect(run(suiteOf(TEMPLATED, { env: { who: 'env' }, vars: { who: 'cli' } }))).toBe('echo cli');
    expect(run(suiteOf(TEMPLATED, { vars: { who: 'cli' } }))).toBe('echo cli');
  });

  it('renders numbers and booleans of [vars] as TOML writes them', () => {
    const src = `[vars]
n = 5
flag = true
${HEAD}
[[scenario]]
name = "s"
run = "echo {{n}} {{ flag }}"
`;
    expect(run(suiteOf(src))).toBe('echo 5 true');
  });

  it('locates an undefined variable at the string and hints at --var', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
run = "echo {{ greeting }}"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"echo {{'),
      keyPath: 'scenario[0].run',
      message: 'undefined variable `greeting`',
      hint: 'define it under [vars], in the environment, or with --var greeting=VALUE',
    });
  });

  it('does not resolve names inherited from Object.prototype', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
run = "echo {{ constructor }} {{ toString }}"
`;
    const issues = issuesOf(src);
    expect(issues.map((i) => i.message)).toEqual(['undefined variable `constructor`', 'undefined variable `toString`']);
  });

  it('rejects a bad `{{ }}` expression at the string', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
run = "echo {{ not a name }}"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"echo {{'),
      keyPath: 'scenario[0].run',
      message: 'bad template expression "{{ not a name }}"',
      hint: 'write `{{ name }}` with a variable name of letters, digits and `_`',
    });
  });

  it('locates templates in quoted keys and keeps the quotes in the key path', () => {
    const src = `${MINIMAL}
[[scenario.expect.span]]
name = "x"
attrs.all."service.name" = "{{ svc }}"
`;
    expect(onlyIssue(src)).toMatchObject({ ...loc(src, '"{{ svc }}"'), keyPath: 'scenario[0].expect.span[0].attrs.all."service.name"', message: 'undefined variable `svc`' });
  });
});

describe('references', () => {
  it('rejects an unknown service in a step with did-you-mean', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"

[[scenario.steps]]
name = "a"
service = "ap"
run = "true"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"ap"'),
      keyPath: 'scenario[0].steps[0].service',
      message: 'unknown service `ap`',
      hint: 'did you mean `app`?',
    });
  });

  it('lists the declared services when no name is close', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
service = "postgres"
run = "true"
`;
    expect(onlyIssue(src)).toMatchObject({ ...loc(src, '"postgres"'), message: 'unknown service `postgres`', hint: 'declared services: `app`' });
  });

  const TWO = `${HEAD}
[service.db]
image = "postgres:16"

[service.cache]
image = "redis:7"
`;

  it('rejects an unknown chaos target with did-you-mean', () => {
    const src = `${TWO}
[[scenario]]
name = "s"
service = "app"
run = "true"
chaos_injection = { type = "kill_container", target = "dbb" }
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"dbb"'),
      keyPath: 'scenario[0].chaos_injection.target',
      message: 'unknown service `dbb`',
      hint: 'did you mean `db`?',
    });
  });

  it('rejects a target that the scenario does not start', () => {
    const src = `${TWO}
[[scenario]]
name = "s"
services = ["app"]
run = "true"
chaos_injection = { type = "kill_container", target = "db" }
`;
    expect(onlyIssue(src)).toMatchObject({ ...loc(src, '"db" }'), keyPath: 'scenario[0].chaos_injection.target', message: 'unknown service `db`' });
  });

  it('accepts `random(2, [a, b, c])` as a target', () => {
    const { suite } = suiteOf(`${TWO}
[[scenario]]
name = "s"
service = "app"
run = "true"
chaos_injection = { type = "kill_container", target = "random(2, [app, db, cache])" }
`);
    expect(suite.scenarios[0]!.faults[0]!.target).toBe('random(2, [app, db, cache])');
  });

  it('rejects `random(5, [a])`: more picks than services', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
run = "true"
chaos_injection = { type = "kill_container", target = "random(5, [app])" }
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"random('),
      keyPath: 'scenario[0].chaos_injection.target',
      message: 'cannot pick 5 of 1 services',
    });
  });

  it('rejects an unknown service inside `random(...)` and a malformed selector', () => {
    const src = `${TWO}
[[scenario]]
name = "s"
service = "app"
run = "true"

[[scenario.chaos]]
type = "kill_container"
target = "random(1, [app, dbx])"

[[scenario.chaos]]
type = "kill_container"
target = "random(app)"
`;
    const issues = issuesOf(src);
    expect(issues).toEqual([
      { file: FILE, ...loc(src, '"random(1'), keyPath: 'scenario[0].chaos[0].target', message: 'unknown service `dbx`', hint: 'did you mean `db`?' },
      {
        file: FILE,
        ...loc(src, '"random(app)"'),
        keyPath: 'scenario[0].chaos[1].target',
        message: 'bad target selector "random(app)"',
        hint: 'write `random(N, [a, b, c])`',
      },
    ]);
  });

  it('rejects duplicate scenario names at the second name', () => {
    const src = `${HEAD}
[[scenario]]
name = "same"
run = "true"

[[scenario]]
name = "same"
run = "false"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"same"', 1),
      keyPath: 'scenario[1].name',
      message: 'duplicate scenario name `same` (also scenario[0])',
      hint: 'scenario names must be unique in a file',
    });
  });

  it('rejects duplicate step names at the second name', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"

[[scenario.steps]]
name = "a"
run = "true"

[[scenario.steps]]
name = "a"
run = "false"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"a"', 1),
      keyPath: 'scenario[0].steps[1].name',
      message: 'duplicate step name `a` in scenario `s`',
    });
  });

  it('rejects a `clnrm.step:NAME` expectation naming a missing step', () => {
    const src = `${MINIMAL}
[[scenario.expect.span]]
name = "clnrm.step:goodbye"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"clnrm.step:goodbye"'),
      keyPath: 'scenario[0].expect.span[0].name',
      message: 'unknown step `goodbye`',
      hint: 'declared steps: `hello`',
    });
  });

  it('accepts `clnrm.step:NAME` for the implicit step of a `run` scenario', () => {
    suiteOf(`${MINIMAL}
[[scenario.expect.span]]
name = "clnrm.step:hello"
parent = "clnrm.scenario:hello"
`);
  });

  it('rejects a runner span that does not exist, suggesting the closest one', () => {
    const src = `${MINIMAL}
[[scenario.expect.span]]
name = "clnrm.clenup"
`;
    expect(onlyIssue(src)).toEqual({
      file: FILE,
      ...loc(src, '"clnrm.clenup"'),
      keyPath: 'scenario[0].expect.span[0].name',
      message: 'the runner emits no span named `clnrm.clenup`',
      hint: 'did you mean `clnrm.cleanup`?',
    });
  });

  it('leaves span names of the system under test alone', () => {
    suiteOf(`${MINIMAL}
[[scenario.expect.span]]
name = "GET /users"

[[scenario.expect.span]]
name = "clnrm.chaos.kill_container"
`);
  });
});

describe('warnings', () => {
  it('warns (and still loads) when a step timeout can never fire', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
timeout_ms = 1000

[[scenario.steps]]
name = "a"
run = "sleep 5"
timeout_ms = 1000
`;
    const { suite, warnings } = suiteOf(src);
    expect(suite.scenarios[0]!.timeoutMs).toBe(1000);
    expect(warnings).toEqual([
      {
        file: FILE,
        ...loc(src, '1000', 1),
        keyPath: 'scenario[0].steps[0].timeout_ms',
        message: 'step timeout 1000 ms can never fire: the scenario times out first at 1000 ms',
        severity: 'warning',
      },
    ]);
  });

  it('keeps warnings next to errors when the file is invalid', () => {
    const src = `${HEAD}
[[scenario]]
name = "s"
timeout_ms = 1000

[[scenario.steps]]
name = "a"
service = "nope"
run = "true"
timeout_ms = 2000
`;
    const issues = issuesOf(src);
    expect(issues.map((i) => [i.keyPath, i.severity])).toEqual([
      ['scenario[0].steps[0].service', undefined],
      ['scenario[0].steps[0].timeout_ms', 'warning'],
    ]);
  });
});

describe('several problems', () => {
  it('reports every error of a file, each located', () => {
    const src = `${HEAD}
[determinism]
seed = "x"

[cleanup]
containers = "sometimes"

[[scenario]]
name = "s"
run = "true"
bogus = 1
`;
    const issues = issuesOf(src);
    expect(issues.map(({ keyPath, line, column }) => ({ keyPath, line, column }))).toEqual([
      { keyPath: 'determinism.seed', ...loc(src, '"x"') },
      { keyPath: 'cleanup.containers', ...loc(src, '"sometimes"') },
      { keyPath: 'scenario[0].bogus', ...loc(src, 'bogus') },
    ]);
    for (const issue of issues) expect(issue.file).toBe(FILE);
  });

  it('reports template and schema errors together', () => {
    const src = `${HEAD}
[determinism]
seed = -1

[[scenario]]
name = "s"
run = "echo {{ missing }}"
`;
    expect(issuesOf(src).map((i) => i.message)).toEqual(['undefined variable `missing`', 'expected a value at least 0, got -1']);
  });
});

describe('hostile input', () => {
  it('does not let `[__proto__]` or `__proto__.x` pollute Object.prototype', () => {
    const src = `${HEAD}
__proto__.polluted_b = 1

[__proto__]
polluted_a = 1

[[scenario]]
name = "s"
run = "true"
`;
    const issues = issuesOf(src);
    expect(({} as Record<string, unknown>).polluted_a).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted_b).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({ keyPath: '__proto__', ...loc(src, '[__proto__]'), message: 'unknown key `__proto__`' }),
      expect.objectContaining({ keyPath: 'service.app.__proto__', ...loc(src, '__proto__.'), message: 'unknown key `__proto__`' }),
    ]);
  });
});

describe('files and syntax', () => {
  it('rejects an empty (or blank) file', () => {
    for (const src of ['', '  \n\n\t\n']) {
      expect(onlyIssue(src)).toEqual({
        file: FILE,
        keyPath: '',
        message: 'is empty',
        hint: 'run `clnrm init` for a starter suite, or add `[meta]` and a `[[scenario]]`',
      });
    }
  });

  it('locates a syntax error (unterminated string)', () => {
    const src = `${HEAD}
[[scenario]]
name = "hello
run = "true"
`;
    const issue = onlyIssue(src);
    expect(issue).toMatchObject({ file: FILE, keyPath: '', line: loc(src, 'name = "hello').line, message: 'invalid TOML: Unterminated string constant' });
    expect(issue.column).toBe('name = "hello'.length + 1);
  });

  it('locates a syntax error at the offending token', () => {
    const issue = onlyIssue('[meta]\nname = = "x"\n');
    expect(issue).toEqual({ file: FILE, line: 2, column: 8, keyPath: '', message: 'invalid TOML: Unexpected token' });
  });

  it('rejects a key defined twice as a syntax error', () => {
    const issue = onlyIssue(`${HEAD}image = "again"\n`);
    expect(issue.message).toMatch(/^invalid TOML: /);
    expect(issue.line).toBe(6);
  });

  describe('on disk', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'clnrm-load-test-'));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('loads a valid file', () => {
      const file = join(dir, 'ok.clnrm.toml');
      writeFileSync(file, MINIMAL);
      const r = loadSuiteFile(file, { env: {} });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.suite.file).toBe(file);
    });

    it('locates invalid UTF-8 at the first bad byte', () => {
      const file = join(dir, 'latin1.clnrm.toml');
      writeFileSync(file, Buffer.concat([Buffer.from('[meta]\nname = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]));
      const r = loadSuiteFile(file);
      expect(r).toEqual({
        ok: false,
        issues: [
          {
            file,
            line: 2,
            column: 12,
            keyPath: '',
            message: 'is not valid UTF-8',
            hint: 'TOML files must be UTF-8; re-save the file with UTF-8 encoding',
          },
        ],
      });
    });

    it(`rejects a file over ${MAX_FILE_BYTES / 1048576} MiB without parsing it`, () => {
      const file = join(dir, 'huge.clnrm.toml');
      const line = `# ${'x'.repeat(1021)}\n`; // 1 KiB per line
      writeFileSync(file, MINIMAL + line.repeat(17 * 1024));
      const r = loadSuiteFile(file);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toEqual({ file, keyPath: '', message: expect.stringMatching(/^is 17\.0 MiB; suite files are limited to 16 MiB$/), hint: 'split it into several suite files' });
    });

    it('accepts a file of exactly the limit', () => {
      const file = join(dir, 'limit.clnrm.toml');
      const padding = MAX_FILE_BYTES - Buffer.byteLength(MINIMAL);
      writeFileSync(file, MINIMAL + '#'.repeat(padding - 1) + '\n');
      expect(loadSuiteFile(file, { env: {} }).ok).toBe(true);
    });

    it('rejects a directory with a hint', () => {
      const sub = join(dir, 'suites');
      mkdirSync(sub, { recursive: true });
      expect(loadSuiteFile(sub)).toEqual({
        ok: false,
        issues: [{ file: sub, keyPath: '', message: 'is a directory, not a suite file', hint: `give the files inside it, e.g. ${sub}/*.clnrm.toml` }],
      });
    });

    it('rejects a missing file', () => {
      const file = join(dir, 'nope.clnrm.toml');
      expect(loadSuiteFile(file)).toEqual({
        ok: false,
        issues: [{ file, keyPath: '', message: 'no such file', hint: 'check the path (globs are expanded relative to the working directory)' }],
      });
    });
  });
});
