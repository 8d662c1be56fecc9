/**
 * The session's evidence rule with an in-memory engine: `chaos.injected` comes
 * only from what the fault read back after acting, never from the engine call
 * returning, and a revert only undoes what the fault changed.
 */
import { describe, expect, it } from 'vitest';
import { loadSuiteSource } from '../load/index.js';
import { planFaults } from '../plan/faults.js';
import { createRng } from '../plan/rng.js';
import type { ContainerState, Engine, ExecOutput, ExecSpec, LiveUpdate } from '../runtime/engine.js';
import { createRecorder } from '../telemetry/recorder.js';
import { fromReadableSpan, type SpanRecord } from '../telemetry/span-record.js';
import { combineEvidence, createScenarioChaos, stepEvidence } from './session.js';

/** One container, whose verbs can be made to lie (return without doing anything). */
class FakeEngine {
  readonly endpoint = 'fake://';
  state: ContainerState = { id: 'c1', running: true, paused: false, oomKilled: false, status: 'running', startedAt: 't0' };
  /** Verbs that return success but change nothing (an engine answering "already paused", an update of a stopped container…). */
  inert = new Set<string>();
  /** What `cat` of the memory cgroup returns, in bytes. */
  memoryBytes = 256 * 1024 * 1024;
  calls: string[] = [];

  async inspectContainer(): Promise<ContainerState> {
    return { ...this.state };
  }
  async pauseContainer() {
    this.calls.push('pause');
    if (!this.inert.has('pause')) this.state = { ...this.state, paused: true, status: 'paused' };
  }
  async unpauseContainer() {
    this.calls.push('unpause');
    this.state = { ...this.state, paused: false, status: 'running' };
  }
  async stopContainer() {
    this.calls.push('stop');
    if (!this.inert.has('stop')) this.state = { ...this.state, running: false, status: 'exited', exitCode: 143 };
  }
  async startContainer() {
    this.calls.push('start');
    this.state = { ...this.state, running: true, status: 'running', startedAt: 't1' };
  }
  async killContainer(_id: string, signal: string) {
    this.calls.push(`kill ${signal}`);
    if (!this.inert.has('kill')) this.state = { ...this.state, running: false, status: 'exited', exitCode: 137 };
  }
  async updateContainer(_id: string, u: LiveUpdate) {
    this.calls.push(`update ${JSON.stringify(u)}`);
    if (!this.inert.has('update') && u.memoryMb !== undefined) this.memoryBytes = u.memoryMb * 1024 * 1024;
  }
  /** Only the cgroup probe is understood: prints the memory limit. */
  async exec(_id: string, spec: ExecSpec, out: ExecOutput) {
    if (!this.state.running) throw new Error('container is not running');
    const script = spec.cmd[2] ?? '';
    if (script.includes('memory')) out.onStdout(Buffer.from(`memory_bytes=${this.memoryBytes}\ncpu_quota=-1\ncpu_period=100000\n`));
    return { id: 'e', done: Promise.resolve({ exitCode: 0 }) };
  }
}

function suiteWith(chaos: string, steps = 'run = "true"') {
  const r = loadSuiteSource(
    's.clnrm.toml',
    `[meta]\nname = "s"\n[service.app]\nimage = "x"\nargs = ["sleep", "1"]\nlimits = { memory_mb = 256 }\n[[scenario]]\nname = "sc"\nservice = "app"\n${steps}\nchaos = [${chaos}]\n`,
    { env: {} },
  );
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.keyPath}: ${i.message}`).join('\n'));
  return r.suite;
}

/** Starts the chaos of the suite's scenario on the fake, lets `during` act, reverts, and returns the ended spans. */
async function runChaos(engine: FakeEngine, chaos: string, during: (s: { wrapStep: (step: string, service: string | undefined, argv: string[]) => string[] }) => void = () => {}) {
  const suite = suiteWith(chaos);
  const recorder = createRecorder({ seed: 1, traceKey: 't' });
  const scenarioSpan = recorder.start('clnrm.scenario:sc');
  const scenario = suite.scenarios[0]!;
  const injections = planFaults(scenario.faults, scenario.services, createRng(1, 'x').fork('chaos'), scenario.steps[0]?.name);
  const chaosOf = createScenarioChaos({ engine: engine as unknown as Engine, recorder, suite, scenario, injections, rng: createRng(1, 'x') });
  const session = await chaosOf.start({ scenarioSpan, labels: {}, namePrefix: 'p', containers: new Map([['app', 'c1']]), networkId: 'n', startedAt: Date.now() });
  during(session);
  const cleanup = recorder.start('clnrm.cleanup', scenarioSpan);
  await session.revert(cleanup, { drain: true });
  cleanup.end();
  scenarioSpan.end();
  return recorder.spans().map(fromReadableSpan);
}

const named = (spans: SpanRecord[], name: string) => spans.filter((s) => s.name === name);

describe('the evidence rule', () => {
  it('combineEvidence: effect only when every read-back shows it; the first that does not gives the reason', () => {
    expect(combineEvidence({ effect: true, attributes: { a: 1 } }, { effect: true, attributes: { b: 2 } })).toEqual({ effect: true, attributes: { a: 1, b: 2 } });
    expect(combineEvidence({ effect: true, attributes: {} }, { effect: false, reason: 'no traffic', attributes: { n: 0 } }, { effect: false, reason: 'other', attributes: {} })).toEqual({ effect: false, reason: 'no traffic', attributes: { n: 0 } });
    expect(combineEvidence({ effect: false, attributes: {} }).reason).toMatch(/not read back/);
  });

  it('stepEvidence: a hook that wrapped no step has no effect', () => {
    expect(stepEvidence([])).toMatchObject({ effect: false, attributes: { 'chaos.steps_affected': 0 } });
    expect(stepEvidence(['a', 'a', 'b'])).toEqual({ effect: true, attributes: { 'chaos.steps_affected': 3, 'chaos.steps': 'a,b' } });
  });

  it('pause_container observed paused: injected, OK, and the revert unpauses and reads it back', async () => {
    const e = new FakeEngine();
    const spans = await runChaos(e, '{ type = "pause_container", target = "app" }');
    const [pause] = named(spans, 'clnrm.chaos.pause_container');
    expect(pause!.attributes).toMatchObject({ 'chaos.injected': true, 'container.state_before': 'running', 'container.state_after': 'paused' });
    expect(pause!.status).toBe('OK');
    expect(named(spans, 'clnrm.recovery')[0]!.attributes).toMatchObject({ 'recovery.strategy': 'unpause', 'recovery.success': true });
  });

  it('pause_container whose engine call returns but nothing is paused: not injected, ERROR, reason, and nothing to unpause', async () => {
    const e = new FakeEngine();
    e.inert.add('pause');
    const spans = await runChaos(e, '{ type = "pause_container", target = "app" }');
    const [pause] = named(spans, 'clnrm.chaos.pause_container');
    expect(pause!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'the container is not paused after the pause' });
    expect(pause!.status).toBe('ERROR');
    expect(pause!.statusMessage).toMatch(/pause_container was not injected into app/);
    expect(named(spans, 'clnrm.recovery')).toEqual([]);
    expect(e.calls).toEqual(['pause']);
  });

  it('pause_container of an already paused container: nothing sent, not injected, and the revert does not unpause what it did not pause', async () => {
    const e = new FakeEngine();
    e.state = { ...e.state, paused: true, status: 'paused' };
    const spans = await runChaos(e, '{ type = "pause_container", target = "app" }');
    expect(named(spans, 'clnrm.chaos.pause_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'target app is not running (paused)' });
    expect(e.calls).toEqual([]);
    expect(e.state.paused).toBe(true);
  });

  it('stop_container of a container that exited by itself: not injected, and never started at revert', async () => {
    const e = new FakeEngine();
    e.state = { ...e.state, running: false, status: 'exited', exitCode: 0 };
    const spans = await runChaos(e, '{ type = "stop_container", target = "app" }');
    expect(named(spans, 'clnrm.chaos.stop_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'target app is not running (exited(0))' });
    expect(e.calls).toEqual([]);
    expect(named(spans, 'clnrm.recovery')).toEqual([]);
  });

  it('stop_container whose stop returns while the container runs on: not injected, no start at revert', async () => {
    const e = new FakeEngine();
    e.inert.add('stop');
    const spans = await runChaos(e, '{ type = "stop_container", target = "app" }');
    expect(named(spans, 'clnrm.chaos.stop_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'container.state_after': 'running' });
    expect(e.calls).toEqual(['stop']);
  });

  it('memory_pressure: injected only when the cgroup reads the new limit back; an accepted update that limits nothing is not', async () => {
    const ok = await runChaos(new FakeEngine(), '{ type = "memory_pressure", target = "app", memory_mb = 32 }');
    expect(named(ok, 'clnrm.resource.memory_pressure')[0]!.attributes).toMatchObject({ 'chaos.injected': true, 'memory.cgroup_mb': 32, 'memory.cgroup_before_mb': 256 });
    expect(named(ok, 'clnrm.recovery')[0]!.attributes).toMatchObject({ 'recovery.success': true, 'memory.read_back_mb': 256 });

    const e = new FakeEngine();
    e.inert.add('update');
    const lied = await runChaos(e, '{ type = "memory_pressure", target = "app", memory_mb = 32 }');
    expect(named(lied, 'clnrm.resource.memory_pressure')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'the cgroup memory limit reads 256 MiB, not 32 MiB' });
  });

  it('memory_pressure on a stopped container: no update sent, not injected', async () => {
    const e = new FakeEngine();
    e.state = { ...e.state, running: false, status: 'exited', exitCode: 0 };
    const spans = await runChaos(e, '{ type = "memory_pressure", target = "app", memory_mb = 32 }');
    expect(named(spans, 'clnrm.resource.memory_pressure')[0]!.attributes['chaos.injected']).toBe(false);
    expect(e.calls).toEqual([]);
  });

  it('kill_container whose container keeps running: not injected', async () => {
    const e = new FakeEngine();
    e.inert.add('kill');
    const spans = await runChaos(e, '{ type = "kill_container", target = "app", signal = "SIGTERM" }');
    expect(named(spans, 'clnrm.chaos.kill_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'the container kept running 3000 ms after SIGTERM' });
  }, 10_000);

  it('exit_code: the span stays open until the fault ends, and says injected only if its hook wrapped a step', async () => {
    const wrapped = await runChaos(new FakeEngine(), '{ type = "exit_code", exit_code = 3 }', (s) => {
      expect(s.wrapStep('sc', 'app', ['true'])).toEqual(['sh', '-c', '"$@"; exit 3', 'clnrm-chaos', 'true']);
    });
    expect(named(wrapped, 'clnrm.chaos.exit_code')[0]!.attributes).toMatchObject({ 'chaos.injected': true, 'chaos.steps_affected': 1, 'chaos.steps': 'sc' });

    const idle = await runChaos(new FakeEngine(), '{ type = "exit_code", exit_code = 3 }');
    const span = named(idle, 'clnrm.chaos.exit_code')[0]!;
    expect(span.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.steps_affected': 0, 'chaos.reason': 'no step ran while the fault was active: its hook wrapped no step' });
    expect(span.status).toBe('ERROR');
    // Ended at the revert, not at injection: the span covers the time the hook was armed.
    const cleanup = named(idle, 'clnrm.cleanup')[0]!;
    expect(span.endMs).toBeGreaterThanOrEqual(cleanup.startMs);
  });

  it('a fault that is not injected wraps no step (fd_exhaustion on a stopped target)', async () => {
    const e = new FakeEngine();
    e.state = { ...e.state, running: false, status: 'exited', exitCode: 0 };
    const spans = await runChaos(e, '{ type = "fd_exhaustion", target = "app" }', (s) => {
      expect(s.wrapStep('sc', 'app', ['true'])).toEqual(['true']);
    });
    expect(named(spans, 'clnrm.resource.fd_exhaustion')[0]!.attributes['chaos.injected']).toBe(false);
  });
});
