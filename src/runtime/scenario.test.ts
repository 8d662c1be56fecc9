import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../common/errors.js';
import type { Suite } from '../load/index.js';
import { createRng } from '../plan/rng.js';
import { createRecorder, type Recorder } from '../telemetry/recorder.js';
import { fromReadableSpan, type SpanRecord } from '../telemetry/span-record.js';
import { FakeEngine, loadSuite } from '../../test/kit/index.js';
import { MANAGED_LABEL, PID_LABEL, RUN_LABEL, SCENARIO_LABEL } from './engine.js';
import type { ScenarioResult } from './results.js';
import { OWNER_LABEL, currentOwner, formatOwner } from './owner.js';
import { runScenario, type ScenarioContext } from './scenario.js';
import { writeScenarioFiles } from '../report/write.js';
import type { ScenarioChaos, ScenarioHooks, ServicesStartedContext } from './scenario.js';
import { createScenarioChaos } from '../chaos/session.js';
import { planFaults } from '../plan/faults.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const load = (source: string): Suite => loadSuite(source);

const TWO_SERVICES = `
[meta]
name = "shop"

[service.api]
image = "alpine:3"

[service.db]
image = "postgres:16"
`;

function suiteWith(scenario: string, head = TWO_SERVICES): Suite {
  return load(`${head}\n${scenario}`);
}

const STEPS = `
[[scenario]]
name = "flow"
steps = [
  { name = "first", service = "api", run = "echo one" },
  { name = "second", service = "db", run = "exit 3" },
  { name = "third", service = "api", run = "echo three" },
]
`;

interface Ran {
  result: ScenarioResult;
  engine: FakeEngine;
  spans: SpanRecord[];
  recorder: Recorder;
}

async function run(
  suite: Suite,
  engine = new FakeEngine(),
  o: { signal?: AbortSignal; index?: number; prepare?: (e: FakeEngine) => void; hooks?: ScenarioHooks; chaos?: (recorder: Recorder) => ScenarioChaos } = {},
): Promise<Ran> {
  o.prepare?.(engine);
  const recorder = createRecorder({ seed: 7, traceKey: suite.name });
  const runSpan = recorder.start('clnrm.run');
  const scenario = suite.scenarios[o.index ?? 0]!;
  const ctx: ScenarioContext = {
    engine,
    recorder,
    runSpan,
    suite,
    scenario,
    index: o.index ?? 0,
    suiteIndex: 0,
    runId: 'run42',
    rng: createRng(7, `scenario:${scenario.name}`),
    env: {},
    signal: o.signal ?? new AbortController().signal,
    reportDir: mkdtempSync(join(tmpdir(), 'clnrm-scenario-test-')),
    // The run's artifact writer (step logs), as runFiles gives it.
    hooks: o.hooks ?? { stepsEnded: writeScenarioFiles },
    ...(o.chaos ? { chaos: o.chaos(recorder) } : {}),
  };
  const result = await runScenario(ctx);
  runSpan.end();
  const spans = recorder.spans().map(fromReadableSpan);
  await recorder.shutdown();
  return { result, engine, spans, recorder };
}

const named = (spans: SpanRecord[], name: string) => spans.filter((s) => s.name === name);
const parentName = (spans: SpanRecord[], s: SpanRecord) => spans.find((p) => p.spanId === s.parentSpanId)?.name;

/** The scenario's cleanup span (not a timeout's), asserted to be unique. */
function scenarioCleanup(spans: SpanRecord[]): SpanRecord {
  const cleanups = named(spans, 'clnrm.cleanup').filter((s) => s.attributes['cleanup.triggered'] !== 'timeout' || s.attributes['cleanup.verified'] !== undefined);
  expect(cleanups).toHaveLength(1);
  return cleanups[0]!;
}

/** Nothing carrying the scenario's labels is left on the fake engine, and the engine is empty. */
function expectEmpty(engine: FakeEngine) {
  expect([...engine.containers.values()].map((c) => c.spec.name)).toEqual([]);
  expect([...engine.networks.values()].map((n) => n.name)).toEqual([]);
}

function expectCleanCleanup(spans: SpanRecord[], trigger: string) {
  const c = scenarioCleanup(spans);
  expect(c.attributes).toMatchObject({ 'cleanup.triggered': trigger, 'cleanup.success': true, 'cleanup.verified': true, 'leaks.count': 0 });
  expect(c.status).toBe('OK');
  expect(c.events.map((e) => e.name)).toContain('cleanup.complete');
  return c;
}

// ---------------------------------------------------------------------------------------------

describe('runScenario on an in-memory engine', () => {
  it('runs a passing scenario and removes everything it created', async () => {
    const suite = suiteWith(STEPS.replace('exit 3', 'echo two'));
    const { result, engine, spans } = await run(suite);
    expect(result).toMatchObject({ name: 'flow', outcome: 'pass', message: 'passed', leaks: [] });
    expect(result.reason).toBeUndefined();
    expect(result.steps.map((s) => [s.name, s.outcome])).toEqual([
      ['first', 'pass'],
      ['second', 'pass'],
      ['third', 'pass'],
    ]);
    expectEmpty(engine);
    expect(engine.created.filter((r) => r.kind === 'container')).toHaveLength(2);
    const c = expectCleanCleanup(spans, 'scenario_end');
    expect(parentName(spans, c)).toBe('clnrm.scenario:flow');
    expect(c.attributes['containers.removed']).toBe(2);
    // Two containers go at once: a concurrent child span.
    const concurrent = named(spans, 'clnrm.cleanup.concurrent');
    expect(concurrent).toHaveLength(1);
    expect(concurrent[0]!.attributes).toMatchObject({ 'containers.cleaned': 2, 'cleanup.parallel': true });
    expect(c.events.filter((e) => e.name === 'container.remove').map((e) => e.attributes['container.name']).sort()).toEqual(['api', 'db']);
    expect(c.events.filter((e) => e.name === 'network.remove')).toHaveLength(1);
    const sc = named(spans, 'clnrm.scenario:flow')[0]!;
    expect(sc.status).toBe('OK');
    expect(sc.attributes.result).toBe('pass');
    expect(named(spans, 'clnrm.service.start')).toHaveLength(2);
    // The network is created internal (no egress) before any container.
    expect([...engine.calls].filter((c) => c.startsWith('create'))[0]).toBe('createNetwork clnrm-run42-0-0');
  });

  it('labels everything it creates with clnrm.managed, clnrm.run, clnrm.pid and the scenario', async () => {
    const suite = suiteWith(`
[[scenario]]
name = "flow"
steps = [
  { name = "svc", service = "api", run = "true" },
  { name = "oneoff", image = "busybox:1", run = "echo hi" },
]
`);
    const { result, engine } = await run(suite, new FakeEngine(), { index: 0 });
    expect(result.outcome).toBe('pass');
    // Two services, one one-off step container, one network.
    expect(engine.created.map((r) => r.kind).sort()).toEqual(['container', 'container', 'container', 'network']);
    for (const r of engine.created) {
      expect(r.labels).toEqual({ [MANAGED_LABEL]: 'true', [RUN_LABEL]: 'run42', [PID_LABEL]: String(process.pid), [OWNER_LABEL]: formatOwner(currentOwner()), [SCENARIO_LABEL]: '0.0' });
    }
    expectEmpty(engine);
  });

  it('on a failing step: stops at that step, fails with its reason, and still cleans up', async () => {
    const { result, engine, spans } = await run(suiteWith(STEPS));
    expect(result.outcome).toBe('fail');
    expect(result.reason).toEqual({ type: 'exit_code', exitCode: 3, expected: 0 });
    expect(result.message).toBe('step second: exit code 3, expected 0');
    expect(result.steps.map((s) => s.name)).toEqual(['first', 'second']);
    expect(engine.calls).not.toContain('exec clnrm-run42-0-0-api echo three');
    expectEmpty(engine);
    expectCleanCleanup(spans, 'failure');
    const sc = named(spans, 'clnrm.scenario:flow')[0]!;
    expect(sc.status).toBe('ERROR');
    expect(sc.attributes['error.type']).toBe('exit_code');
  });

  it('continue_on_failure runs the next steps but keeps the first failure', async () => {
    const suite = suiteWith(STEPS.replace('run = "exit 3"', 'run = "exit 3", continue_on_failure = true'));
    const { result, engine } = await run(suite);
    expect(result.steps.map((s) => [s.name, s.outcome])).toEqual([
      ['first', 'pass'],
      ['second', 'fail'],
      ['third', 'pass'],
    ]);
    expect(result).toMatchObject({ outcome: 'fail', reason: { type: 'exit_code', exitCode: 3 } });
    expectEmpty(engine);
  });

  it('when exec throws an engine error: outcome error, reason engine_error, everything removed', async () => {
    const { result, engine, spans } = await run(suiteWith(STEPS), new FakeEngine(), {
      prepare: (e) => e.steps.set('exit 3', { execThrows: true }),
    });
    expect(result.outcome).toBe('error');
    expect(result.reason).toEqual({ type: 'engine_error' });
    expect(result.message).toBe('step second: engine error: exec: connection reset by peer');
    expectEmpty(engine);
    expectCleanCleanup(spans, 'failure');
  });

  it('when a service fails to start after the other exists: not run, every container and the network removed', async () => {
    const { result, engine, spans } = await run(suiteWith(STEPS), new FakeEngine(), {
      prepare: (e) => e.failStart.add('-db'),
    });
    expect(result.outcome).toBe('error');
    expect(result.reason).toEqual({ type: 'engine_error' });
    expect(result.message).toBe('start clnrm-run42-0-0-db: port is already allocated');
    expect(result.steps).toEqual([]);
    expect(engine.created.filter((r) => r.kind === 'container')).toHaveLength(2);
    expectEmpty(engine);
    expectCleanCleanup(spans, 'failure');
    const failedStart = named(spans, 'clnrm.service.start').find((s) => s.attributes['service.name'] === 'db')!;
    expect(failedStart.status).toBe('ERROR');
    expect(failedStart.attributes['error.type']).toBe('engine_error');
  });

  it('when createContainer throws while another service is still being created: that container is removed too', async () => {
    // db fails at once; api's container appears 50 ms later, after the failure is known.
    const { result, engine } = await run(suiteWith(STEPS), new FakeEngine(), {
      prepare: (e) => {
        e.failCreate.set('-db', {});
        e.delayCreate.set('clnrm-run42-0-0-api', 50);
      },
    });
    expect(result.outcome).toBe('error');
    expect(result.reason).toEqual({ type: 'engine_error' });
    expect(result.message).toBe('create clnrm-run42-0-0-db: no space left on device');
    // Give a straggler time to appear: nothing may be created after the scenario returned.
    await sleep(100);
    expect(engine.created.filter((r) => r.kind === 'container')).toHaveLength(1);
    expectEmpty(engine);
    expect(await engine.list({ [RUN_LABEL]: 'run42' })).toEqual([]);
  });

  it('a service that fails to start stops the others from waiting for readiness', async () => {
    const head = TWO_SERVICES.replace('image = "alpine:3"', 'image = "alpine:3"\nwait = { command = "ready?", timeout_ms = 20000, interval_ms = 20 }');
    const t0 = Date.now();
    const { result, engine, spans } = await run(suiteWith(STEPS, head), new FakeEngine(), {
      prepare: (e) => {
        e.steps.set('ready?', { exitCode: 1 });
        e.failStart.add('-db');
      },
    });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(result).toMatchObject({ outcome: 'error', reason: { type: 'engine_error' }, message: 'start clnrm-run42-0-0-db: port is already allocated' });
    const api = named(spans, 'clnrm.service.start').find((s) => s.attributes['service.name'] === 'api')!;
    expect(api.status).toBe('ERROR');
    expect(api.statusMessage).toContain('interrupted while waiting');
    expectEmpty(engine);
  });

  it('a service that never becomes ready fails the scenario with not_ready, and is removed', async () => {
    const head = TWO_SERVICES.replace('image = "alpine:3"', 'image = "alpine:3"\nwait = { command = "ready?", timeout_ms = 150, interval_ms = 20 }');
    const { result, engine, spans } = await run(suiteWith(STEPS, head), new FakeEngine(), { prepare: (e) => e.steps.set('ready?', { exitCode: 1 }) });
    expect(result.outcome).toBe('fail');
    expect(result.reason).toEqual({ type: 'not_ready', service: 'api' });
    expect(result.message).toBe('service api never became ready (command "ready?"): not ready after 150 ms\n  last log lines:\n    last line of the log');
    expect(result.steps).toEqual([]);
    expectEmpty(engine);
    expectCleanCleanup(spans, 'failure');
    // Expected to fail: a service that never became ready counts as the expected failure.
    const expected = await run(suiteWith(STEPS.replace('name = "flow"', 'name = "flow"\nexpect_failure = true'), head), new FakeEngine(), {
      prepare: (e) => e.steps.set('ready?', { exitCode: 1 }),
    });
    expect(expected.result).toMatchObject({ outcome: 'pass', reason: { type: 'not_ready', service: 'api' } });
  });

  it('a resource the engine will not remove is a leak and fails the scenario', async () => {
    const { result, engine, spans } = await run(suiteWith(STEPS.replace('exit 3', 'echo two')), new FakeEngine(), {
      prepare: (e) => e.stuck.add('clnrm-run42-0-0-db'),
    });
    expect(result.outcome).toBe('fail');
    expect(result.reason).toEqual({ type: 'leak' });
    expect(result.leaks).toHaveLength(1);
    expect(result.leaks[0]).toMatchObject({ kind: 'container', labels: { [MANAGED_LABEL]: 'true', [RUN_LABEL]: 'run42' } });
    expect(result.message).toBe(`1 resource(s) left on the engine after cleanup: container ${result.leaks[0]!.id.slice(0, 12)}`);
    // Cleanup retried the straggler once after listing it.
    expect(engine.calls.filter((c) => c === 'removeContainer clnrm-run42-0-0-db')).toHaveLength(2);
    const c = scenarioCleanup(spans);
    expect(c.attributes).toMatchObject({ 'cleanup.success': false, 'cleanup.verified': true, 'leaks.count': 1 });
    expect(c.status).toBe('ERROR');
    expect(c.statusMessage).toContain(`container ${result.leaks[0]!.id} left behind`);
    // The other resources went.
    expect([...engine.networks.values()]).toEqual([]);
    expect([...engine.containers.values()].map((x) => x.spec.name)).toEqual(['clnrm-run42-0-0-db']);
  });

  it('a stuck network is a leak too, even when the steps failed', async () => {
    const { result } = await run(suiteWith(STEPS), new FakeEngine(), { prepare: (e) => e.stuck.add('clnrm-run42-0-0') });
    expect(result.reason).toEqual({ type: 'leak' });
    expect(result.outcome).toBe('fail');
    expect(result.leaks.map((l) => l.kind)).toEqual(['network']);
  });

  it('verify_cleanup = false does not list the engine', async () => {
    const suite = suiteWith(STEPS.replace('exit 3', 'echo two'), `${TWO_SERVICES}\n[cleanup]\nverify_cleanup = false\n`);
    const { result, spans } = await run(suite, new FakeEngine(), { prepare: (e) => e.stuck.add('clnrm-run42-0-0-db') });
    expect(result.outcome).toBe('pass');
    expect(result.leaks).toEqual([]);
    expect(scenarioCleanup(spans).attributes['cleanup.verified']).toBeUndefined();
  });

  describe('expect_failure', () => {
    it('a scenario expected to fail passes when a step fails', async () => {
      const suite = suiteWith(STEPS.replace('name = "flow"', 'name = "flow"\nexpect_failure = true'));
      const { result, engine } = await run(suite);
      expect(result.outcome).toBe('pass');
      expect(result.reason).toEqual({ type: 'exit_code', exitCode: 3, expected: 0 });
      expect(result.message).toBe('failed as expected: step second: exit code 3, expected 0');
      expectEmpty(engine);
    });

    it('a scenario expected to fail fails with unexpected_success when every step passes', async () => {
      const suite = suiteWith(STEPS.replace('exit 3', 'echo two').replace('name = "flow"', 'name = "flow"\nexpect_failure = true'));
      const { result } = await run(suite);
      expect(result).toMatchObject({ outcome: 'fail', reason: { type: 'unexpected_success' }, message: 'expected to fail (expect_failure = true), but every step passed' });
    });

    it('an engine error is not an expected failure', async () => {
      const suite = suiteWith(STEPS.replace('name = "flow"', 'name = "flow"\nexpect_failure = true'));
      const { result } = await run(suite, new FakeEngine(), { prepare: (e) => e.steps.set('exit 3', { execThrows: true }) });
      expect(result).toMatchObject({ outcome: 'error', reason: { type: 'engine_error' } });
    });

    it('a step expected to fail lets the scenario pass; one that passes fails it', async () => {
      const suite = suiteWith(STEPS.replace('run = "exit 3"', 'run = "exit 3", expect_failure = true'));
      const { result, spans } = await run(suite);
      expect(result.outcome).toBe('pass');
      expect(result.steps[1]).toMatchObject({ name: 'second', outcome: 'pass', expectedFailure: true, reason: { type: 'exit_code', exitCode: 3 } });
      const step = named(spans, 'clnrm.step:second')[0]!;
      expect(step.status).toBe('ERROR');
      expect(step.attributes.expected_failure).toBe(true);

      const passing = suiteWith(STEPS.replace('run = "exit 3"', 'run = "echo two", expect_failure = true'));
      const r2 = await run(passing);
      expect(r2.result).toMatchObject({ outcome: 'fail', reason: { type: 'unexpected_success' }, message: 'step second: expected to fail, but passed' });
      expect(r2.result.steps.map((s) => s.name)).toEqual(['first', 'second']);
    });
  });

  it('[cleanup] containers = "never" keeps the resources and says how to remove them', async () => {
    const suite = suiteWith(STEPS.replace('exit 3', 'echo two'), `${TWO_SERVICES}\n[cleanup]\ncontainers = "never"\n`);
    const { result, engine, spans } = await run(suite);
    expect(result.outcome).toBe('pass');
    expect([...engine.containers.values()]).toHaveLength(2);
    expect([...engine.networks.values()]).toHaveLength(1);
    expect(engine.calls.some((c) => c.startsWith('remove'))).toBe(false);
    const filter = `--filter label=clnrm.managed=true --filter label=clnrm.run=run42 --filter label=clnrm.pid=${process.pid} --filter label=clnrm.scenario=0.0`;
    expect(result.message).toBe(
      `passed (resources kept; remove them with: docker rm -f $(docker ps -aq ${filter}); docker network rm $(docker network ls -q ${filter}); docker volume rm $(docker volume ls -q ${filter}))`,
    );
    const c = scenarioCleanup(spans);
    expect(c.attributes).toMatchObject({ 'cleanup.skipped': true, 'cleanup.success': true });
    expect(c.attributes['cleanup.verified']).toBeUndefined();
  });

  it('[cleanup] containers = "on_success" keeps the resources of a failed scenario only', async () => {
    const head = `${TWO_SERVICES}\n[cleanup]\ncontainers = "on_success"\n`;
    const failed = await run(suiteWith(STEPS, head));
    expect(failed.result.outcome).toBe('fail');
    expect([...failed.engine.containers.values()]).toHaveLength(2);
    expect(failed.result.message).toContain('remove them with: docker rm -f');
    const passed = await run(suiteWith(STEPS.replace('exit 3', 'echo two'), head));
    expect(passed.result.outcome).toBe('pass');
    expectEmpty(passed.engine);
  });

  it('an aborted signal before the steps: error, interrupted, no step runs, cleanup still happens', async () => {
    const stop = new AbortController();
    stop.abort(new Error('SIGINT'));
    const { result, engine, spans } = await run(suiteWith(STEPS), new FakeEngine(), { signal: stop.signal });
    expect(result).toMatchObject({ outcome: 'error', reason: { type: 'interrupted' }, message: 'interrupted by SIGINT (interrupted before the step started)' });
    expect(result.steps).toEqual([]);
    expect(engine.calls.some((c) => c.startsWith('exec '))).toBe(false);
    expectEmpty(engine);
    expectCleanCleanup(spans, 'interrupt');
  });

  it('an abort while a step runs kills it: error, interrupted, cleanup triggered by the interrupt', async () => {
    const stop = new AbortController();
    const suite = suiteWith(STEPS.replace('"exit 3"', '"sleep 1000"'));
    const pending = run(suite, new FakeEngine(), { signal: stop.signal, prepare: (e) => e.steps.set('sleep 1000', { hang: true }) });
    setTimeout(() => stop.abort(new Error('SIGTERM')), 50);
    const { result, engine, spans } = await pending;
    expect(result).toMatchObject({ outcome: 'error', reason: { type: 'interrupted' } });
    expect(result.message).toBe('interrupted by SIGTERM (step second: interrupted: the run was stopped)');
    expect(result.steps.map((s) => [s.name, s.outcome])).toEqual([
      ['first', 'pass'],
      ['second', 'error'],
    ]);
    expect(engine.calls).toContain('killSession clnrm-run42-0-0-db');
    expectEmpty(engine);
    expectCleanCleanup(spans, 'interrupt');
  });

  it('the rest of the fault schedule happens before the cleanup starts, not inside it', async () => {
    // Paused 30 ms after the step runs, for 20 ms: both due after the step has ended.
    const suite = suiteWith(`[[scenario]]\nname = "late"\nservices = ["api", "db"]\nservice = "api"\nrun = "echo one"\nchaos = [{ type = "pause_container", target = "db", at_ms = 30, duration_ms = 20 }]\n`);
    const scenario = suite.scenarios[0]!;
    const chaos = (recorder: Recorder) =>
      createScenarioChaos({ engine, recorder, suite, scenario, injections: planFaults(scenario.faults, scenario.services, createRng(7, 'x').fork('chaos'), scenario.steps[0]?.name), rng: createRng(7, 'x') });
    const engine = new FakeEngine();
    const { result, spans } = await run(suite, engine, { chaos });
    expect(result.outcome).toBe('pass');
    const cleanup = scenarioCleanup(spans);
    const fault = named(spans, 'clnrm.chaos.pause_container')[0]!;
    expect(fault.attributes).toMatchObject({ 'chaos.injected': true });
    // Injected and reverted on its schedule (its recovery under the fault span), all before the cleanup began.
    expect(named(spans, 'clnrm.recovery')[0]!.parentSpanId).toBe(fault.spanId);
    expect(fault.endMs).toBeLessThanOrEqual(cleanup.startMs);
    expect(cleanup.events.filter((e) => e.name === 'chaos.cancelled')).toEqual([]);
    const calls = engine.calls.filter((c) => /^(pauseContainer|unpauseContainer|removeContainer)/.test(c));
    expect(calls.slice(0, 2)).toEqual(['pauseContainer clnrm-run42-0-0-db', 'unpauseContainer clnrm-run42-0-0-db']);
  });

  it('a scenario with faults but no chaos engine is an error and creates nothing', async () => {
    const suite = suiteWith(`${STEPS}\n[[scenario.chaos]]\ntype = "pause_container"\ntarget = "db"\n`);
    const { result, engine } = await run(suite);
    expect(result).toMatchObject({ outcome: 'error', reason: { type: 'engine_error' }, message: 'this scenario declares chaos faults, but the runner was started without a chaos engine' });
    expect(engine.created).toEqual([]);
  });

  it('a step timeout kills the step; the scenario cleanup hangs under clnrm.timeout.enforced', async () => {
    const suite = suiteWith(STEPS.replace('run = "exit 3"', 'run = "sleep 1000", timeout_ms = 60'));
    const { result, engine, spans } = await run(suite, new FakeEngine(), { prepare: (e) => e.steps.set('sleep 1000', { hang: true }) });
    expect(result).toMatchObject({ outcome: 'fail', reason: { type: 'timeout', kind: 'step', timeoutMs: 60 } });
    expect(result.message).toBe('step second: step timeout of 60 ms reached; the step was killed (hard)');
    expect(engine.calls).toContain('killSession clnrm-run42-0-0-db');
    expectEmpty(engine);
    const enforced = named(spans, 'clnrm.timeout.enforced');
    expect(enforced).toHaveLength(1);
    expect(parentName(spans, enforced[0]!)).toBe('clnrm.step:second');
    expect(enforced[0]!.attributes).toMatchObject({ 'timeout.ms': 60, 'timeout.type': 'step', 'timeout.strategy': 'hard' });
    const under = spans.filter((s) => s.parentSpanId === enforced[0]!.spanId).map((s) => [s.name, s.attributes['cleanup.triggered']]);
    expect(under).toEqual(
      expect.arrayContaining([
        ['clnrm.timeout.hard', undefined],
        ['clnrm.cleanup', 'timeout'],
      ]),
    );
    // Two cleanups under the timeout: the step's processes, then the scenario's resources (verified).
    expect(under.filter(([n]) => n === 'clnrm.cleanup')).toHaveLength(2);
    const c = expectCleanCleanup(spans, 'timeout');
    expect(parentName(spans, c)).toBe('clnrm.timeout.enforced');
  });

  it('hangs the step and timeout spans under the scenario, and the cleanup under the scenario', async () => {
    const { spans } = await run(suiteWith(STEPS));
    const sc = named(spans, 'clnrm.scenario:flow')[0]!;
    expect(parentName(spans, sc)).toBe('clnrm.run');
    for (const n of ['clnrm.step:first', 'clnrm.step:second', 'clnrm.cleanup']) expect(parentName(spans, named(spans, n)[0]!)).toBe('clnrm.scenario:flow');
    const second = named(spans, 'clnrm.step:second')[0]!;
    expect(second.attributes).toMatchObject({ 'step.service': 'db', 'exit.code': 3, 'error.type': 'exit_code', 'processes.leaked': 0 });
  });
});

describe('engine requests of a scenario start', () => {
  it("asks for the services' images before the network exists (both are under way together)", async () => {
    const { result, engine } = await run(suiteWith(STEPS));
    const first = (prefix: string) => engine.calls.findIndex((c) => c.startsWith(prefix));
    expect(first('ensureImage')).toBeGreaterThanOrEqual(0);
    expect(first('ensureImage')).toBeLessThan(first('createNetwork'));
    // One lookup per image, none again at the service's start.
    expect(engine.calls.filter((c) => c.startsWith('ensureImage'))).toEqual([...new Set(engine.calls.filter((c) => c.startsWith('ensureImage')))]);
    expect(result.outcome).toBe('fail');
  });

  it("the peers take each service's address from its start: no second inspect on the network", async () => {
    const engine = new FakeEngine();
    const onNetwork: string[] = [];
    const addresses: string[] = [];
    const inspect = engine.inspectContainer.bind(engine);
    engine.inspectContainer = async (id, networkId) => {
      const state = await inspect(id, networkId);
      if (networkId !== undefined) onNetwork.push(id);
      if (state.ipAddress) addresses.push(state.ipAddress);
      return state;
    };
    const { result } = await run(suiteWith(STEPS), engine);
    const services = engine.created.filter((r) => r.kind === 'container').map((r) => r.id);
    expect(onNetwork.sort()).toEqual([...services].sort());
    expect(addresses).toHaveLength(services.length);
    for (const address of addresses) expect(result.peers).toContain(address);
  });
});

describe('a service paused from outside the run', () => {
  it('fails the step as service_paused, not by this run, without an engine error (the exec is refused and read)', async () => {
    const engine = new FakeEngine();
    const start = engine.startContainer.bind(engine);
    // Someone else pauses the service as soon as it starts.
    engine.startContainer = async (id) => {
      await start(id);
      await engine.pauseContainer(id);
    };
    const { result } = await run(suiteWith(STEPS), engine);
    expect(result.outcome).toBe('fail');
    expect(result.reason).toEqual({ type: 'service_paused', service: 'api' });
    expect(result.message).toMatch(/service `api` is paused outside clnrm \(not by a fault of this run\)/);
    expect(engine.calls.filter((c) => c.startsWith('exec '))).toEqual([]);
  });
});

describe('step logs never hold a secret in clear', () => {
  it('a secret var printed by a step is masked in the artifacts written during the run', async () => {
    const { readFileSync } = await import('node:fs');
    const suite = load(`${TWO_SERVICES}
[vars]
pw = { value = "canary-0f1e2d3c4b5a6978", secret = true }

[[scenario]]
name = "prints"
artifacts = { collect = ["logs"] }
steps = [{ name = "leak", service = "api", run = "echo user:{{ pw }}" }]
`);
    expect(suite.scenarios[0]!.steps[0]!.run).toBe('echo user:canary-0f1e2d3c4b5a6978');
    const { result } = await run(suite);
    const log = result.artifacts.find((f) => f.endsWith('leak.stdout.log'))!;
    expect(readFileSync(log, 'utf8')).toBe('user:***\n');
  });
});

describe('scenario hooks', () => {
  const PROXIED = `${TWO_SERVICES}
[proxy.db_proxy]
listen = 15432
upstream = "db:5432"

[[scenario]]
name = "through"
steps = [{ name = "query", service = "api", run = "echo ok" }]
`;

  it('servicesStarted runs once the services run, on the scenario network; what it registers is removed by cleanup', async () => {
    const seen: ServicesStartedContext[] = [];
    const hooks: ScenarioHooks = {
      async servicesStarted(ctx) {
        seen.push(ctx);
        const id = await ctx.engine.createContainer({ name: `${ctx.namePrefix}-proxy-db_proxy`, image: 'proxy', env: {}, labels: ctx.labels, network: { id: ctx.networkId, aliases: ['db_proxy'] } });
        ctx.onCreated(id, 'proxy-db_proxy');
        return new Map([['db_proxy', { controlUrl: 'http://proxy:8474' }]]);
      },
    };
    const { result, engine, spans } = await run(suiteWith('', PROXIED), undefined, { hooks });
    expect(result.outcome).toBe('pass');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.scenario.name).toBe('through');
    expect(engine.created.filter((r) => r.kind === 'network').map((r) => r.id)).toContain(seen[0]!.networkId);
    // The services were created before the hook's container.
    expect(engine.calls.filter((c) => c.startsWith('createContainer')).at(-1)).toMatch(/-proxy-db_proxy$/);
    expectEmpty(engine);
    expect(expectCleanCleanup(spans, 'scenario_end').attributes['containers.removed']).toBe(3);
  });

  it('a scenario in front of whose service a [proxy.NAME] stands ends in an error when nothing can start the proxy', async () => {
    const { result, engine } = await run(suiteWith('', PROXIED), undefined, { hooks: {} });
    expect(result.outcome).toBe('error');
    expect(result.message).toMatch(/\[proxy\.\*\] fault proxies, but the runner was started without a chaos engine/);
    expectEmpty(engine);
  });

  it('stepsEnded gets every step that ran, before cleanup, and its paths become the scenario\'s artifacts', async () => {
    const hooks: ScenarioHooks = { stepsEnded: (ctx) => ctx.steps.map((s) => `${ctx.reportDir}/${s.name}:${s.outcome}`) };
    const { result } = await run(suiteWith(STEPS), undefined, { hooks });
    expect(result.artifacts.map((a) => a.split('/').at(-1))).toEqual(['first:pass', 'second:fail']);
  });
});

// ---------------------------------------------------------------------------------------------
// Steady state
// ---------------------------------------------------------------------------------------------

describe('a scenario with a steady state', () => {
  const withProbe = (tolerance = 0) =>
    suiteWith(`
[[scenario]]
name = "exp"
steps = [{ name = "work", service = "api", run = "echo one" }]

[scenario.steady_state]
recover_within_ms = 500

[[scenario.steady_state.probe]]
name = "ready"
type = "exec"
service = "api"
command = "healthy?"
interval_ms = 50
tolerance = { failures = ${tolerance} }
`);

  it('not steady before any fault: an error with the evidence; no step runs; cleanup still happens', async () => {
    const { result, engine, spans } = await run(withProbe(1), new FakeEngine(), { prepare: (e) => e.steps.set('healthy?', { exitCode: 1 }) });
    expect(result.outcome).toBe('error');
    expect(result.reason).toEqual({ type: 'not_steady', probe: 'ready' });
    expect(result.message).toBe('steady state not met before any fault: probe ready failed 2 sample(s) in a row: exit code 1');
    expect(result.steps).toEqual([]);
    expect(named(spans, 'clnrm.probe').map((s) => [s.attributes['probe.phase'], s.attributes['probe.outcome']])).toEqual([
      ['before', 'failed'],
      ['before', 'failed'],
    ]);
    expect(result.kpis).toBeUndefined();
    expectCleanCleanup(spans, 'failure');
    expectEmpty(engine);
  });

  it('steady throughout: the steps run, samples are taken during and after, and the KPIs are on the scenario span', async () => {
    const { result, spans, engine } = await run(withProbe(), new FakeEngine(), { prepare: (e) => e.steps.set('healthy?', { exitCode: 0 }) });
    expect(result.outcome).toBe('pass');
    const phases = new Set(result.probeSamples!.map((s) => s.phase));
    expect(phases.has('before') && phases.has('after')).toBe(true);
    expect(result.kpis).toMatchObject({ availabilityPct: 100, faults: { effective: 0, detected: 0, recovered: 0 } });
    const scenario = named(spans, 'clnrm.scenario:exp')[0]!;
    expect(scenario.attributes).toMatchObject({ 'kpi.availability_pct': 100, 'kpi.faults.effective': 0 });
    expect(scenario.attributes['kpi.samples.total']).toBe(result.kpis!.samples.total);
    expectEmpty(engine);
  });

  it('not healthy again within recover_within_ms after the steps: the scenario fails with the last sample', async () => {
    let n = 0;
    const engine = new FakeEngine();
    const { result } = await run(withProbe(), engine, {
      prepare: (e) =>
        e.steps.set('healthy?', {
          get exitCode() {
            // Healthy for the check before the faults, then never again.
            return n++ === 0 ? 0 : 1;
          },
        }),
    });
    expect(result.outcome).toBe('fail');
    expect(result.reason).toEqual({ type: 'not_recovered', probe: 'ready' });
    expect(result.message).toBe('steady state not restored within recover_within_ms = 500 after the faults were reverted: probe ready: exit code 1');
    expect(result.kpis!.availabilityPct).toBe(0);
  });
});
