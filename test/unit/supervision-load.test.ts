/**
 * Services' restart policy and `depends_on`: how the loader reads them, the load
 * errors (unknown names, cycles, a dependency the scenario does not start,
 * `restart_max_retries` without `on-failure`, the supervision expectation's
 * service and scope), and the start order the plan gives.
 */
import { describe, expect, it } from 'vitest';
import { loadSuiteSource, type LoadIssue, type Suite } from '../../src/load/index.js';
import { dependencyCycle, startWaves } from '../../src/load/depends-on.js';
import { plan } from '../../src/plan/plan.js';
import { planJson, planText } from '../../src/plan/print.js';

const load = (source: string) => loadSuiteSource('s.clnrm.toml', source, { env: {} });

function suiteOf(source: string): Suite {
  const r = load(source);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.keyPath}: ${i.message}`).join('\n'));
  return r.suite;
}

function errorsOf(source: string): LoadIssue[] {
  const r = load(source);
  if (r.ok) throw new Error('expected the suite to be invalid');
  return r.issues.filter((i) => i.severity !== 'warning');
}

const suite = (services: string, scenario = '[[scenario]]\nname = "s"\nservice = "api"\nrun = "true"\n') => `[meta]\nname = "s"\n${services}\n${scenario}`;

const THREE = `[service.db]\nimage = "x"\n[service.cache]\nimage = "x"\n[service.api]\nimage = "x"\nrestart = "on-failure"\nrestart_max_retries = 3\ndepends_on = { db = "ready", cache = "started" }\n`;

describe('restart and depends_on in the model', () => {
  it('reads the restart policy, its retry limit and the dependencies with their conditions', () => {
    const s = suiteOf(suite(THREE));
    expect(s.services.api!.restart).toEqual({ policy: 'on-failure', maxRetries: 3 });
    expect(s.services.api!.dependsOn).toEqual([
      { service: 'db', condition: 'ready' },
      { service: 'cache', condition: 'started' },
    ]);
    expect(s.services.db!.restart).toBeUndefined();
    expect(s.services.db!.dependsOn).toBeUndefined();
  });

  it('a list of names waits for each to be ready; restart = "no" is no policy', () => {
    const s = suiteOf(suite(`[service.db]\nimage = "x"\n[service.api]\nimage = "x"\nrestart = "no"\ndepends_on = ["db"]\n`));
    expect(s.services.api!.dependsOn).toEqual([{ service: 'db', condition: 'ready' }]);
    expect(s.services.api!.restart).toBeUndefined();
  });

  it('reads [[scenario.expect.supervision]] with its key path', () => {
    const s = suiteOf(
      suite(THREE, '[[scenario]]\nname = "s"\nservice = "api"\nrun = "true"\n[[scenario.expect.supervision]]\nservice = "api"\nback_within_ms = 5000\nmax_restarts_per_minute = 2\n'),
    );
    expect(s.scenarios[0]!.expect.supervision).toEqual([{ keyPath: 'scenario[0].expect.supervision[0]', service: 'api', backWithinMs: 5000, maxRestartsPerMinute: 2 }]);
  });
});

describe('load errors', () => {
  it('names an unknown dependency by its key path, with a suggestion', () => {
    const [e, ...rest] = errorsOf(suite(`[service.db]\nimage = "x"\n[service.api]\nimage = "x"\ndepends_on = ["dv"]\n`));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ keyPath: 'service.api.depends_on[0]', message: 'unknown service `dv`', hint: 'did you mean `db`?', line: 7 });
  });

  it('names a cycle with the path that closes it, at the dependency that closes it', () => {
    const errors = errorsOf(suite(`[service.a]\nimage = "x"\ndepends_on = ["b"]\n[service.b]\nimage = "x"\ndepends_on = { c = "started" }\n[service.c]\nimage = "x"\ndepends_on = ["a"]\n`, '[[scenario]]\nname = "s"\nservice = "a"\nrun = "true"\n'));
    expect(errors.map((e) => [e.keyPath, e.message])).toEqual([['service.a.depends_on[0]', '`depends_on` cycle: a → b → c → a']]);
  });

  it('a service depending on itself is a cycle', () => {
    const errors = errorsOf(suite(`[service.api]\nimage = "x"\ndepends_on = { api = "ready" }\n`));
    expect(errors.map((e) => [e.keyPath, e.message])).toEqual([['service.api.depends_on.api', '`depends_on` cycle: api → api']]);
  });

  it('a scenario that starts a service but not its dependency', () => {
    const errors = errorsOf(suite(THREE, '[[scenario]]\nname = "s"\nservices = ["api", "cache"]\nservice = "api"\nrun = "true"\n'));
    expect(errors.map((e) => [e.keyPath, e.message])).toEqual([['scenario[0].services', 'service `api` depends on `db`, which this scenario does not start']]);
  });

  it('restart_max_retries without restart = "on-failure"', () => {
    const errors = errorsOf(suite(`[service.api]\nimage = "x"\nrestart = "always"\nrestart_max_retries = 2\n`));
    expect(errors.map((e) => [e.keyPath, e.message])).toEqual([['service.api.restart_max_retries', '`restart_max_retries` applies only to `restart = "on-failure"`']]);
  });

  it('rejects an unknown restart policy and an unknown condition (schema)', () => {
    expect(errorsOf(suite(`[service.api]\nimage = "x"\nrestart = "sometimes"\n`)).map((e) => e.keyPath)).toEqual(['service.api.restart']);
    const [condition, ...rest] = errorsOf(suite(`[service.db]\nimage = "x"\n[service.api]\nimage = "x"\ndepends_on = { db = "healthy" }\n`));
    expect(rest).toEqual([]);
    expect(condition).toMatchObject({ keyPath: 'service.api.depends_on', line: 7 });
    expect(condition!.message).toContain('`"started"` (its container runs) or `"ready"`');
  });

  it('a supervision expectation on a service the scenario does not start, or at file level', () => {
    const notStarted = errorsOf(
      suite(THREE, '[[scenario]]\nname = "s"\nservices = ["db"]\nservice = "db"\nrun = "true"\n[[scenario.expect.supervision]]\nservice = "api"\nback_within_ms = 1000\n'),
    );
    expect(notStarted.map((e) => e.keyPath)).toEqual(['scenario[0].expect.supervision[0].service']);
    const fileLevel = errorsOf(suite(THREE, '[[scenario]]\nname = "s"\nservice = "api"\nrun = "true"\n[[expect.supervision]]\nservice = "api"\nback_within_ms = 1000\n'));
    expect(fileLevel.map((e) => [e.keyPath, e.message])).toEqual([['expect.supervision', '`supervision` checks the services of one scenario']]);
  });
});

describe('start order', () => {
  it('waves: every service after what it depends on, independent ones together in the order given', () => {
    expect(startWaves(['api', 'web', 'db', 'cache'], { api: ['db', 'cache'], web: ['api'], db: [], cache: [] })).toEqual([['db', 'cache'], ['api'], ['web']]);
    expect(startWaves(['a', 'b'], {})).toEqual([['a', 'b']]);
    // A dependency the scenario does not start does not hold anything back (the loader rejects it).
    expect(startWaves(['api'], { api: ['db'] })).toEqual([['api']]);
    expect(() => startWaves(['a', 'b'], { a: ['b'], b: ['a'] })).toThrow(/cycle/);
  });

  it('cycles: the first found, in declaration order; none in a DAG', () => {
    expect(dependencyCycle({ a: ['b'], b: ['c'], c: ['b'] })).toEqual(['b', 'c', 'b']);
    expect(dependencyCycle({ a: ['b', 'c'], b: ['c'], c: [] })).toBeUndefined();
  });

  it('the plan gives the order by depends_on and prints it', () => {
    const p = plan([suiteOf(suite(THREE, '[[scenario]]\nname = "s"\nservices = ["api", "cache", "db"]\nservice = "api"\nrun = "true"\n'))], { supported: () => true, seed: 1 });
    expect(p.suites[0]!.scenarios[0]!.startWaves).toEqual([['cache', 'db'], ['api']]);
    expect(planJson(p).suites[0]!.scenarios[0]!.startOrder).toEqual([['cache', 'db'], ['api']]);
    expect(planText(p)).toContain('start order (depends_on): cache + db → api');
  });

  it('without depends_on the plan shows no start order', () => {
    const p = plan([suiteOf(suite(`[service.api]\nimage = "x"\n`))], { supported: () => true, seed: 1 });
    expect(planJson(p).suites[0]!.scenarios[0]!.startOrder).toBeUndefined();
    expect(planText(p)).not.toContain('start order');
  });
});
