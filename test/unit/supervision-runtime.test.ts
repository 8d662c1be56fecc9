/**
 * The runtime side of restart policies and `depends_on`, on the in-memory engine: a
 * service starts only once what it depends on is up, a failed dependency keeps its
 * dependents from starting, and the restart policy is handed to the engine as written.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Suite } from '../../src/load/index.js';
import { createRng } from '../../src/plan/rng.js';
import type { ContainerSpec } from '../../src/runtime/engine.js';
import { runScenario } from '../../src/runtime/scenario.js';
import { createRecorder } from '../../src/telemetry/recorder.js';
import { FakeEngine, loadSuite } from '../kit/index.js';

const suite = (api: string) =>
  loadSuite(`[meta]\nname = "order"\n[service.db]\nimage = "x"\n[service.api]\nimage = "x"\n${api}\n[[scenario]]\nname = "s"\nservices = ["api", "db"]\nservice = "api"\nrun = "echo ok"\n`);

async function run(s: Suite, prepare: (e: FakeEngine) => void = () => undefined) {
  const engine = new FakeEngine();
  prepare(engine);
  const specs: ContainerSpec[] = [];
  const create = engine.createContainer.bind(engine);
  engine.createContainer = async (spec) => (specs.push(spec), create(spec));
  const recorder = createRecorder({ seed: 7, traceKey: s.name });
  const runSpan = recorder.start('clnrm.run');
  const scenario = s.scenarios[0]!;
  const result = await runScenario({
    engine,
    recorder,
    runSpan,
    suite: s,
    scenario,
    index: 0,
    suiteIndex: 0,
    runId: 'run42',
    rng: createRng(7, `scenario:${scenario.name}`),
    env: {},
    signal: new AbortController().signal,
    reportDir: mkdtempSync(join(tmpdir(), 'clnrm-order-test-')),
  });
  runSpan.end();
  return { result, calls: engine.calls, specs };
}

const started = (calls: readonly string[]) => calls.filter((c) => c.startsWith('startContainer')).map((c) => c.split('-').at(-1));

describe('depends_on at run time', () => {
  it('starts a service after the one it depends on, even when that one is slower to create', async () => {
    const slowDb = (e: FakeEngine) => e.delayCreate.set('clnrm-run42-0-0-db', 50);
    const free = await run(suite(''), slowDb);
    expect(started(free.calls)).toEqual(['api', 'db']);
    for (const dep of ['depends_on = ["db"]', 'depends_on = { db = "started" }']) {
      const ordered = await run(suite(dep), slowDb);
      expect(ordered.result.outcome, ordered.result.message).toBe('pass');
      expect(started(ordered.calls), dep).toEqual(['db', 'api']);
    }
  });

  it('a dependency that fails to start keeps its dependents from starting; the failure is the dependency\'s', async () => {
    const { result, calls } = await run(suite('depends_on = ["db"]'), (e) => e.failStart.add('-db'));
    expect(result.outcome).toBe('error');
    expect(result.message).toContain('port is already allocated');
    expect(calls.filter((c) => c.includes('-api'))).toEqual([]);
  });
});

describe('restart policy', () => {
  it('is handed to the engine as written; no policy without `restart`', async () => {
    const { specs } = await run(suite('restart = "on-failure"\nrestart_max_retries = 3'));
    expect(specs.find((s) => s.name.endsWith('-api'))!.restart).toEqual({ policy: 'on-failure', maxRetries: 3 });
    expect(specs.find((s) => s.name.endsWith('-db'))!.restart).toBeUndefined();
    const always = await run(suite('restart = "always"'));
    expect(always.specs.find((s) => s.name.endsWith('-api'))!.restart).toEqual({ policy: 'always' });
  });
});
