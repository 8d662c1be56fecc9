/**
 * The chaos session of one scenario on the in-memory engine: the seeded
 * schedule recorded up front, anchoring to observed step starts, the evidence
 * rule (`chaos.injected` comes only from what the fault read back after
 * acting, never from the engine call returning), reverts after `duration_ms`
 * and at cleanup (only of what a fault changed, in reverse order where faults
 * share a target, at once where they do not), the rest of the schedule drained
 * by itself before the cleanup, and an interrupt cancelling the rest of the
 * schedule.
 */
import { describe, expect, it, vi } from 'vitest';
import { FakeEngine, loadSuite, type FakeContainer } from '../../test/kit/index.js';
import { createRng } from '../plan/rng.js';
import type { ChaosSession } from '../runtime/scenario.js';
import { createRecorder, type SpanHandle } from '../telemetry/recorder.js';
import { fromReadableSpan, type SpanRecord } from '../telemetry/span-record.js';
import { planFaults } from '../plan/faults.js';
import { combineEvidence, createScenarioChaos, stepEvidence } from './session.js';

const NET = 'net-scenario';
const ONE_STEP = 'run = "true"';
const TWO_STEPS = 'steps = [{ name = "first", run = "true" }, { name = "second", run = "true" }]';

function suiteWith(chaos: string, steps = ONE_STEP) {
  return loadSuite(`[meta]\nname = "s"\n[service.app]\nimage = "x"\nargs = ["sleep", "1"]\nlimits = { memory_mb = 256 }\n[[scenario]]\nname = "sc"\nservice = "app"\n${steps}\nchaos = [${chaos}]\n`);
}

interface Started {
  engine: FakeEngine;
  app: FakeContainer;
  session: ChaosSession;
  scenarioSpan: SpanHandle;
  /** Reverts inside a cleanup span (draining the schedule unless told otherwise) and returns every ended span. */
  finish(o?: { drain?: boolean; signal?: AbortSignal }): Promise<SpanRecord[]>;
}

/** Starts the chaos of the suite's scenario on a fresh engine whose service `app` runs (memory limit 256 MiB, on the scenario network). */
async function startChaos(chaos: string, o: { steps?: string; seed?: number; prepare?: (e: FakeEngine, app: FakeContainer) => void; containers?: Map<string, string> } = {}): Promise<Started> {
  const engine = new FakeEngine();
  const app = engine.addService('app', { memoryMb: 256, networkId: NET });
  o.prepare?.(engine, app);
  const suite = suiteWith(chaos, o.steps);
  const recorder = createRecorder({ seed: 1, traceKey: 't' });
  const scenarioSpan = recorder.start('clnrm.scenario:sc');
  const scenario = suite.scenarios[0]!;
  // The plan stage draws the schedule from the scenario generator's `chaos` fork; the session only executes it.
  const injections = planFaults(scenario.faults, scenario.services, createRng(o.seed ?? 1, 'x').fork('chaos'), scenario.steps[0]?.name);
  const chaosOf = createScenarioChaos({ engine, recorder, suite, scenario, injections, rng: createRng(o.seed ?? 1, 'x') });
  const session = await chaosOf.start({ scenarioSpan, labels: {}, namePrefix: 'p', containers: o.containers ?? new Map([['app', app.id]]), networkId: NET, startedAt: Date.now() });
  return {
    engine,
    app,
    session,
    scenarioSpan,
    async finish({ drain = true, signal } = {}) {
      const cleanup = recorder.start('clnrm.cleanup', scenarioSpan);
      await session.revert(cleanup, { drain, ...(signal ? { signal } : {}) });
      cleanup.end();
      scenarioSpan.end();
      return recorder.spans().map(fromReadableSpan);
    },
  };
}

/** Starts the chaos, lets `during` act on the session, reverts, and returns the ended spans. */
async function runChaos(chaos: string, during: (s: ChaosSession) => void = () => {}, prepare?: (e: FakeEngine, app: FakeContainer) => void) {
  const s = await startChaos(chaos, prepare ? { prepare } : {});
  during(s.session);
  const spans = await s.finish();
  return { spans, engine: s.engine, app: s.app };
}

const named = (spans: SpanRecord[], name: string) => spans.filter((s) => s.name === name);
const events = (s: SpanRecord, name: string) => s.events.filter((e) => e.name === name).map((e) => e.attributes);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stopped = (c: FakeContainer) => Object.assign(c, { running: false, exitCode: 0 });

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
    const { spans } = await runChaos('{ type = "pause_container", target = "app" }');
    const [pause] = named(spans, 'clnrm.chaos.pause_container');
    expect(pause!.attributes).toMatchObject({ 'chaos.injected': true, 'container.state_before': 'running', 'container.state_after': 'paused' });
    expect(pause!.status).toBe('OK');
    expect(named(spans, 'clnrm.recovery')[0]!.attributes).toMatchObject({ 'recovery.strategy': 'unpause', 'recovery.success': true });
  });

  it('pause_container whose engine call returns but nothing is paused: not injected, ERROR, reason, and nothing to unpause', async () => {
    const { spans, engine } = await runChaos('{ type = "pause_container", target = "app" }', undefined, (e) => e.inert.add('pause'));
    const [pause] = named(spans, 'clnrm.chaos.pause_container');
    expect(pause!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'the container is not paused after the pause' });
    expect(pause!.status).toBe('ERROR');
    expect(pause!.statusMessage).toMatch(/pause_container was not injected into app/);
    expect(named(spans, 'clnrm.recovery')).toEqual([]);
    expect(engine.calls).toEqual(['pauseContainer app']);
  });

  it('pause_container of an already paused container: nothing sent, not injected, and the revert does not unpause what it did not pause', async () => {
    const { spans, engine, app } = await runChaos('{ type = "pause_container", target = "app" }', undefined, (_e, app) => (app.paused = true));
    expect(named(spans, 'clnrm.chaos.pause_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'target app is not running (paused)' });
    expect(engine.calls).toEqual([]);
    expect(app.paused).toBe(true);
  });

  it('stop_container of a container that exited by itself: not injected, and never started at revert', async () => {
    const { spans, engine } = await runChaos('{ type = "stop_container", target = "app" }', undefined, (_e, app) => stopped(app));
    expect(named(spans, 'clnrm.chaos.stop_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'target app is not running (exited(0))' });
    expect(engine.calls).toEqual([]);
    expect(named(spans, 'clnrm.recovery')).toEqual([]);
  });

  it('stop_container whose stop returns while the container runs on: not injected, no start at revert', async () => {
    const { spans, engine } = await runChaos('{ type = "stop_container", target = "app" }', undefined, (e) => e.inert.add('stop'));
    expect(named(spans, 'clnrm.chaos.stop_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'container.state_after': 'running' });
    expect(engine.calls).toEqual(['stopContainer app']);
  });

  it('memory_pressure: injected only when the cgroup reads the new limit back; an accepted update that limits nothing is not', async () => {
    const ok = (await runChaos('{ type = "memory_pressure", target = "app", memory_mb = 32 }')).spans;
    expect(named(ok, 'clnrm.resource.memory_pressure')[0]!.attributes).toMatchObject({ 'chaos.injected': true, 'memory.cgroup_mb': 32, 'memory.cgroup_before_mb': 256 });
    expect(named(ok, 'clnrm.recovery')[0]!.attributes).toMatchObject({ 'recovery.success': true, 'memory.read_back_mb': 256 });

    const lied = (await runChaos('{ type = "memory_pressure", target = "app", memory_mb = 32 }', undefined, (e) => e.inert.add('update'))).spans;
    expect(named(lied, 'clnrm.resource.memory_pressure')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'the cgroup memory limit reads 256 MiB, not 32 MiB' });
  });

  it('memory_pressure on a stopped container: no update sent, not injected', async () => {
    const { spans, engine } = await runChaos('{ type = "memory_pressure", target = "app", memory_mb = 32 }', undefined, (_e, app) => stopped(app));
    expect(named(spans, 'clnrm.resource.memory_pressure')[0]!.attributes['chaos.injected']).toBe(false);
    expect(engine.calls).toEqual([]);
  });

  it('kill_container whose container keeps running: not injected', async () => {
    // The fault waits out a 3 s exit window before saying "no effect": on a fake clock, that takes no time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const running = runChaos('{ type = "kill_container", target = "app", signal = "SIGTERM" }', undefined, (e) => e.inert.add('kill'));
      await vi.advanceTimersByTimeAsync(5000);
      const { spans } = await running;
      expect(named(spans, 'clnrm.chaos.kill_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'the container kept running 3000 ms after SIGTERM' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('exit_code: the span stays open until the fault ends, and says injected only if its hook wrapped a step', async () => {
    const wrapped = (
      await runChaos('{ type = "exit_code", exit_code = 3 }', (s) => {
        expect(s.wrapStep('sc', 'app', ['true'])).toEqual(['sh', '-c', '"$@"; exit 3', 'clnrm-chaos', 'true']);
      })
    ).spans;
    expect(named(wrapped, 'clnrm.chaos.exit_code')[0]!.attributes).toMatchObject({ 'chaos.injected': true, 'chaos.steps_affected': 1, 'chaos.steps': 'sc' });

    const idle = (await runChaos('{ type = "exit_code", exit_code = 3 }')).spans;
    const span = named(idle, 'clnrm.chaos.exit_code')[0]!;
    expect(span.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.steps_affected': 0, 'chaos.reason': 'no step ran while the fault was active: its hook wrapped no step' });
    expect(span.status).toBe('ERROR');
    // Ended at the revert, not at injection: the span covers the time the hook was armed.
    const cleanup = named(idle, 'clnrm.cleanup')[0]!;
    expect(span.endMs).toBeGreaterThanOrEqual(cleanup.startMs);
  });

  it('a fault that is not injected wraps no step (fd_exhaustion on a stopped target)', async () => {
    const { spans } = await runChaos(
      '{ type = "fd_exhaustion", target = "app" }',
      (s) => {
        expect(s.wrapStep('sc', 'app', ['true'])).toEqual(['true']);
      },
      (_e, app) => stopped(app),
    );
    expect(named(spans, 'clnrm.resource.fd_exhaustion')[0]!.attributes['chaos.injected']).toBe(false);
  });

  it('an injection that throws: not injected, with the error as the reason, and nothing to revert', async () => {
    const { spans, engine } = await runChaos('{ type = "memory_pressure", target = "app", memory_mb = 32 }', undefined, (_e, app) => (app.cgroupUnreadable = true));
    const span = named(spans, 'clnrm.resource.memory_pressure')[0]!;
    expect(span.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': expect.stringMatching(/^could not inject: cannot read the cgroup limits inside app/) });
    expect(span.status).toBe('ERROR');
    expect(named(spans, 'clnrm.recovery')).toEqual([]);
    expect(engine.calls.filter((c) => c.startsWith('update'))).toEqual([]);
  });

  it('a target that does not run in the scenario: not injected, nothing sent', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app" }', { containers: new Map() });
    const spans = await s.finish();
    expect(named(spans, 'clnrm.chaos.pause_container')[0]!.attributes).toMatchObject({ 'chaos.injected': false, 'chaos.reason': 'could not inject: service app does not run in this scenario' });
    expect(s.engine.calls).toEqual([]);
  });

  it('an effect read back over time (blackhole): the span stays open until the revert and says injected only if packets matched', async () => {
    const quiet = await startChaos('{ type = "blackhole", target = "app", port = 80 }');
    const none = await quiet.finish();
    const span = named(none, 'clnrm.network.chaos')[0]!;
    expect(span.attributes).toMatchObject({ 'chaos.injected': false, 'rules.listed': 1, 'rules.packets_matched': 0 });
    expect(span.endMs).toBeGreaterThanOrEqual(named(none, 'clnrm.cleanup')[0]!.startMs);
    expect(named(none, 'clnrm.network.recovery')[0]!.attributes).toMatchObject({ 'recovery.strategy': 'remove_rules', 'recovery.success': true });

    const busy = await startChaos('{ type = "blackhole", target = "app", port = 80 }');
    busy.engine.sendTraffic(busy.app.id, 4);
    const some = await busy.finish();
    expect(named(some, 'clnrm.network.chaos')[0]!.attributes).toMatchObject({ 'chaos.injected': true, 'rules.packets_matched': 4 });
    expect(busy.engine.chains.get(busy.app.id)?.size ?? 0).toBe(0);
  });
});

describe('the schedule', () => {
  const REPEATED = '{ type = "restart_container", target = "app", count = 3, every_ms = 10 }';

  it('is recorded whole on the scenario span when the chaos starts, before any injection', async () => {
    const s = await startChaos(REPEATED, { steps: TWO_STEPS });
    expect(s.engine.calls).toEqual([]);
    const spans = await s.finish({ drain: false });
    const planned = events(named(spans, 'clnrm.scenario:sc')[0]!, 'chaos.planned');
    expect(planned).toEqual([0, 10, 20].map((at, occurrence) => ({
      'chaos.type': 'restart_container',
      'chaos.name': 'restart_container',
      'chaos.occurrence': occurrence,
      'chaos.at_ms': at,
      'chaos.anchor': 'step:first',
      'chaos.targets': 'app',
      'chaos.fires': true,
      'chaos.params': '{}',
    })));
  });

  it('records each fault\'s settings with its draws, so the trace covers the resolved plan', async () => {
    const s = await startChaos('{ type = "blackhole", target = "app", port = 80, at_ms = 5, duration_ms = 300, step = "second" }', { steps: TWO_STEPS });
    const spans = await s.finish({ drain: false });
    expect(events(named(spans, 'clnrm.scenario:sc')[0]!, 'chaos.planned')[0]).toMatchObject({ 'chaos.duration_ms': 300, 'chaos.step': 'second', 'chaos.params': '{"port":80}' });
  });

  it('the same seed draws the same schedule; another seed, another one', async () => {
    const firesOf = async (seed: number) => {
      const s = await startChaos('{ type = "restart_container", target = "app", count = 16, every_ms = 1, probability = 0.5 }', { seed, steps: TWO_STEPS });
      const spans = await s.finish({ drain: false });
      return events(named(spans, 'clnrm.scenario:sc')[0]!, 'chaos.planned').map((e) => e['chaos.fires']);
    };
    const [a, b, c] = [await firesOf(3), await firesOf(3), await firesOf(4)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toContain(true);
    expect(a).toContain(false);
  });

  it('an occurrence whose probability draw says no is recorded as skipped and sends nothing', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", probability = 0.0 }');
    const spans = await s.finish();
    expect(events(named(spans, 'clnrm.scenario:sc')[0]!, 'chaos.skipped')).toEqual([{ 'chaos.type': 'pause_container', 'chaos.occurrence': 0, reason: 'probability' }]);
    expect(named(spans, 'clnrm.chaos.pause_container')).toEqual([]);
    expect(s.engine.calls).toEqual([]);
  });

  it('draining at the end runs the rest of the schedule at its due times', async () => {
    const s = await startChaos(REPEATED, { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    const spans = await s.finish();
    expect(s.engine.calls).toEqual(['restartContainer app', 'restartContainer app', 'restartContainer app']);
    // In the order they started: each span ends with its own revert, in reverse order at cleanup.
    const started = named(spans, 'clnrm.chaos.restart_container').sort((a, b) => a.startMs - b.startMs);
    expect(started.map((x) => x.attributes['chaos.occurrence'])).toEqual([0, 1, 2]);
  });
});

describe('fault windows', () => {
  it("a timed fault's span covers its active interval: from the injection to the end of its revert", async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", duration_ms = 60 }', { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    await sleep(120);
    const spans = await s.finish();
    const fault = named(spans, 'clnrm.chaos.pause_container')[0]!;
    const recovery = named(spans, 'clnrm.recovery')[0]!;
    expect(recovery.parentSpanId).toBe(fault.spanId);
    expect(fault.endMs - fault.startMs).toBeGreaterThanOrEqual(60);
    expect(fault.startMs).toBeLessThanOrEqual(recovery.startMs);
    expect(fault.endMs).toBeGreaterThanOrEqual(recovery.endMs);
  });

  it('a fault reverted at cleanup stays open until then', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app" }', { steps: TWO_STEPS });
    await sleep(40);
    const spans = await s.finish();
    const fault = named(spans, 'clnrm.chaos.pause_container')[0]!;
    const recovery = named(spans, 'clnrm.recovery')[0]!;
    expect(named(spans, 'clnrm.cleanup')[0]!.spanId).toBe(recovery.parentSpanId);
    expect(fault.endMs).toBeGreaterThanOrEqual(recovery.endMs);
    expect(fault.endMs - fault.startMs).toBeGreaterThanOrEqual(39);
  });
});

describe('anchoring', () => {
  it('a fault at 0 without a step is a precondition: in place when start returns, anchored at scenario_start', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app" }', { steps: TWO_STEPS });
    expect(s.app.paused).toBe(true);
    const spans = await s.finish();
    expect(named(spans, 'clnrm.chaos.pause_container')[0]!.attributes).toMatchObject({ 'chaos.anchor': 'scenario_start', 'chaos.at_ms': 0 });
  });

  it('a fault with a step counts at_ms from when that step is observed running, not from the start', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", step = "second", at_ms = 30 }', { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    await sleep(60);
    expect(s.engine.calls).toEqual([]);
    const anchoredAt = Date.now();
    s.session.stepRunning('second', anchoredAt);
    await sleep(10);
    expect(s.engine.calls).toEqual([]);
    await sleep(60);
    expect(s.engine.calls).toEqual(['pauseContainer app']);
    const spans = await s.finish();
    const span = named(spans, 'clnrm.chaos.pause_container')[0]!;
    expect(span.attributes).toMatchObject({ 'chaos.anchor': 'step:second', 'chaos.at_ms': 30, 'chaos.injected': true });
    expect(span.startMs).toBeGreaterThanOrEqual(anchoredAt + 30 - 1);
  });

  it('a timed fault without a step is anchored to the first step', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", at_ms = 5 }', { steps: TWO_STEPS });
    expect(s.engine.calls).toEqual([]);
    s.session.stepRunning('first', Date.now());
    const spans = await s.finish();
    expect(named(spans, 'clnrm.chaos.pause_container')[0]!.attributes['chaos.anchor']).toBe('step:first');
  });

  it('a fault whose anchor step never ran is recorded as skipped at cleanup and never fired', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", step = "second" }', { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    const spans = await s.finish();
    expect(events(named(spans, 'clnrm.scenario:sc')[0]!, 'chaos.skipped')).toEqual([{ 'chaos.type': 'pause_container', 'chaos.occurrence': 0, reason: 'anchor_not_reached', 'chaos.anchor': 'step:second' }]);
    expect(s.engine.calls).toEqual([]);
  });

  it('a step touched by an injected fault is degraded; one by a fault that took no effect is not', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", duration_ms = 5 }', { steps: TWO_STEPS });
    const now = Date.now();
    expect(await s.session.stepAttributes(now - 100, now + 100)).toEqual({ degraded: true, 'chaos.active': 'pause_container' });
    await s.finish();

    const inert = await startChaos('{ type = "pause_container", target = "app" }', { steps: TWO_STEPS, prepare: (e) => e.inert.add('pause') });
    expect(await inert.session.stepAttributes(Date.now() - 100, Date.now() + 100)).toEqual({});
    await inert.finish();
  });

  it('an injection due before the step ended counts by its effect even when its timer has not run yet', async () => {
    // Both injections were due before the step's end, but the step's end is handled before their timers
    // (as on a busy event loop): they took no effect, so the step was not degraded.
    const twoInert = '{ type = "pause_container", target = "app", step = "first", at_ms = 0 }, { type = "pause_container", target = "app", step = "first", at_ms = 30 }';
    const s = await startChaos(twoInert, { steps: TWO_STEPS, prepare: (e) => e.inert.add('pause') });
    const anchor = Date.now() - 100;
    s.session.stepRunning('first', anchor);
    expect(await s.session.stepAttributes(anchor, anchor + 50)).toEqual({});
    const spans = await s.finish();
    expect(named(spans, 'clnrm.chaos.pause_container').map((f) => f.attributes['chaos.injected'])).toEqual([false, false]);
  });
});

describe('on a slow engine', () => {
  it('a second fault on the same target waits for the first to settle: it sees the container the first one killed', async () => {
    // The second kill is due while the first is still under way (the engine takes 60 ms to kill).
    const twoKills = '{ type = "kill_container", target = "app", at_ms = 0, step = "first" }, { type = "kill_container", target = "app", at_ms = 10, step = "first" }';
    const s = await startChaos(twoKills, { steps: TWO_STEPS, prepare: (e) => e.slow.set('kill', 60) });
    s.session.stepRunning('first', Date.now());
    const spans = await s.finish();
    expect(s.engine.calls.filter((c) => c.startsWith('killContainer'))).toEqual(['killContainer app']);
    const kills = named(spans, 'clnrm.chaos.kill_container').sort((a, b) => Number(a.attributes['chaos.at_ms']) - Number(b.attributes['chaos.at_ms']));
    expect(kills.map((k) => [k.attributes['chaos.injected'], k.attributes['container.state_before']])).toEqual([
      [true, 'running'],
      [false, 'exited(137)'],
    ]);
  });

  it('whether a step ran during a timed fault is judged on the schedule, not on how long the injection took', async () => {
    // Due at once for 20 ms; the engine takes 80 ms to pause. The second step starts 50 ms after the anchor:
    // on the schedule the fault was over by then, although its revert (20 ms after the pause took effect) is later.
    const s = await startChaos('{ type = "pause_container", target = "app", step = "first", duration_ms = 20 }', { steps: TWO_STEPS, prepare: (e) => e.slow.set('pause', 80) });
    const anchor = Date.now();
    s.session.stepRunning('first', anchor);
    await sleep(5);
    expect(await s.session.stepAttributes(anchor, anchor + 40)).toEqual({ degraded: true, 'chaos.active': 'pause_container' });
    expect(await s.session.stepAttributes(anchor + 50, anchor + 200)).toEqual({});
    await s.finish();
  });
});

describe('reverts', () => {
  it('after duration_ms: under the fault span, before cleanup; pausedBy tells a step until when', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", duration_ms = 30 }');
    expect(s.session.pausedBy!('app')).toMatchObject({ fault: 'pause_container', untilMs: expect.any(Number) });
    await sleep(80);
    expect(s.app.paused).toBe(false);
    expect(s.session.pausedBy!('app')).toBeUndefined();
    const spans = await s.finish();
    const [fault, recovery, cleanup] = [named(spans, 'clnrm.chaos.pause_container')[0]!, named(spans, 'clnrm.recovery')[0]!, named(spans, 'clnrm.cleanup')[0]!];
    expect(recovery.parentSpanId).toBe(fault.spanId);
    expect(recovery.endMs).toBeLessThanOrEqual(cleanup.startMs);
    expect(s.engine.calls).toEqual(['pauseContainer app', 'unpauseContainer app']);
  });

  it('at cleanup: every fault still applied, in reverse order of injection, under the cleanup span', async () => {
    const s = await startChaos('{ type = "memory_pressure", target = "app", memory_mb = 32 }, { type = "network_disconnect", target = "app" }');
    expect(s.session.pausedBy!('app')).toBeUndefined();
    const spans = await s.finish();
    const reverts = s.engine.calls.filter((c) => /^(connectNetwork|updateContainer app \{"memoryMb":256\})/.test(c));
    expect(reverts).toEqual(['connectNetwork app', 'updateContainer app {"memoryMb":256}']);
    const cleanup = named(spans, 'clnrm.cleanup')[0]!;
    for (const r of [...named(spans, 'clnrm.recovery'), ...named(spans, 'clnrm.network.recovery')]) expect(r.parentSpanId).toBe(cleanup.spanId);
    expect(s.app.memoryMb).toBe(256);
    expect(s.app.addresses.has(NET)).toBe(true);
  });

  it('at cleanup: faults on different targets are reverted at once (each recovery starts before the other ends)', async () => {
    const engine = new FakeEngine();
    const app = engine.addService('app', { memoryMb: 256, networkId: NET });
    const db = engine.addService('db', { memoryMb: 256, networkId: NET });
    // Each limit update takes a while: strict one-after-the-other reverts could not overlap.
    engine.slow.set('update', 20);
    const suite = loadSuite(
      `[meta]\nname = "s"\n[service.app]\nimage = "x"\nlimits = { memory_mb = 256 }\n[service.db]\nimage = "x"\nlimits = { memory_mb = 256 }\n[[scenario]]\nname = "sc"\nservices = ["app", "db"]\nservice = "app"\nrun = "true"\nchaos = [{ type = "memory_pressure", target = ["app", "db"], memory_mb = 32 }]\n`,
    );
    const recorder = createRecorder({ seed: 1, traceKey: 't' });
    const scenarioSpan = recorder.start('clnrm.scenario:sc');
    const scenario = suite.scenarios[0]!;
    const injections = planFaults(scenario.faults, scenario.services, createRng(1, 'x').fork('chaos'), scenario.steps[0]?.name);
    const chaos = createScenarioChaos({ engine, recorder, suite, scenario, injections, rng: createRng(1, 'x') });
    const session = await chaos.start({ scenarioSpan, labels: {}, namePrefix: 'p', containers: new Map([['app', app.id], ['db', db.id]]), networkId: NET, startedAt: Date.now() });
    const cleanup = recorder.start('clnrm.cleanup', scenarioSpan);
    await session.revert(cleanup, { drain: true });
    cleanup.end();
    const recoveries = named(recorder.spans().map(fromReadableSpan), 'clnrm.recovery');
    expect(recoveries.map((r) => r.attributes['chaos.target']).sort()).toEqual(['app', 'db']);
    const [x, y] = recoveries as [SpanRecord, SpanRecord];
    expect(x.startMs < y.endMs && y.startMs < x.endMs).toBe(true);
    for (const r of recoveries) expect(r.attributes).toMatchObject({ 'recovery.success': true });
    expect([app.memoryMb, db.memoryMb]).toEqual([256, 256]);
  });

  it('a recovery that fails is recorded as such (ERROR, recovery.success false), never as a success', async () => {
    const s = await startChaos('{ type = "stop_container", target = "app" }', { prepare: (e) => e.failStart.add('app') });
    const spans = await s.finish();
    const recovery = named(spans, 'clnrm.recovery')[0]!;
    expect(recovery.attributes).toMatchObject({ 'recovery.success': false });
    expect(recovery.status).toBe('ERROR');
    expect(recovery.statusMessage).toMatch(/port is already allocated/);
  });

  it('a fault reverted after duration_ms is not reverted again at cleanup', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", duration_ms = 1 }');
    await sleep(30);
    const spans = await s.finish();
    expect(named(spans, 'clnrm.recovery')).toHaveLength(1);
    expect(s.engine.calls.filter((c) => c.startsWith('unpause'))).toHaveLength(1);
  });
});

describe('draining before the cleanup', () => {
  it('drain() runs the rest of the schedule; the revert after it has nothing left to cancel', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", step = "first", at_ms = 30, duration_ms = 20 }', { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    await s.session.drain();
    // Fired and reverted on its schedule, before any cleanup span exists.
    expect(s.engine.calls).toEqual(['pauseContainer app', 'unpauseContainer app']);
    const spans = await s.finish();
    expect(events(named(spans, 'clnrm.cleanup')[0]!, 'chaos.cancelled')).toEqual([]);
    const recovery = named(spans, 'clnrm.recovery')[0]!;
    expect(recovery.parentSpanId).toBe(named(spans, 'clnrm.chaos.pause_container')[0]!.spanId);
    expect(s.engine.calls).toEqual(['pauseContainer app', 'unpauseContainer app']);
  });

  it('an interrupt during drain() is counted as cancelled by the revert that follows', async () => {
    const s = await startChaos('{ type = "pause_container", target = "app", step = "first", at_ms = 5000 }', { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort(), 20);
    await s.session.drain(interrupt.signal);
    const spans = await s.finish({ drain: false, signal: interrupt.signal });
    expect(events(named(spans, 'clnrm.cleanup')[0]!, 'chaos.cancelled')).toEqual([{ count: 1 }]);
    expect(s.engine.calls).toEqual([]);
  });
});

describe('interrupted', () => {
  const LATE = '{ type = "pause_container", target = "app", step = "first", at_ms = 5000 }';

  it('without drain (timeout, deadline): the rest of the schedule is cancelled and counted, what was injected is reverted', async () => {
    const s = await startChaos(`{ type = "memory_pressure", target = "app", memory_mb = 32 }, ${LATE}`, { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    const started = Date.now();
    const spans = await s.finish({ drain: false });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(events(named(spans, 'clnrm.cleanup')[0]!, 'chaos.cancelled')).toEqual([{ count: 1 }]);
    expect(s.engine.calls.some((c) => c.startsWith('pause'))).toBe(false);
    expect(named(spans, 'clnrm.recovery')[0]!.attributes).toMatchObject({ 'recovery.strategy': 'restore_memory_limit', 'recovery.success': true });
  });

  it('an interrupt during the drain cancels the wait at once; nothing fires afterwards', async () => {
    const s = await startChaos(LATE, { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort(), 20);
    const started = Date.now();
    const spans = await s.finish({ signal: interrupt.signal });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(events(named(spans, 'clnrm.cleanup')[0]!, 'chaos.cancelled')).toEqual([{ count: 1 }]);
    s.session.stepRunning('second', Date.now());
    await sleep(20);
    expect(s.engine.calls).toEqual([]);
  });

  it('an interrupt that came before the cleanup: no drain at all', async () => {
    const s = await startChaos(LATE, { steps: TWO_STEPS });
    s.session.stepRunning('first', Date.now());
    const interrupt = new AbortController();
    interrupt.abort();
    const spans = await s.finish({ signal: interrupt.signal });
    expect(events(named(spans, 'clnrm.cleanup')[0]!, 'chaos.cancelled')).toEqual([{ count: 1 }]);
    expect(s.engine.calls).toEqual([]);
  });
});
