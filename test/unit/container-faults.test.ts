/**
 * Container faults (kill, stop, restart, pause, signal, kill_process) against
 * the in-memory engine: the engine calls `inject` makes, the evidence it reads
 * back when the effect shows and when it does not, and what `revert` undoes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAULT_TYPES } from '../../src/chaos/registry.js';
import type { Injected, InjectContext } from '../../src/chaos/types.js';
import { FakeEngine, faultSpec, injectContext, type FakeContainer } from '../kit/index.js';

type Setup = Partial<Pick<FakeContainer, 'main' | 'processes'>>;

/** One running service `app` on a fresh engine, and the context of `type` aimed at it. */
function target(type: string, params: Record<string, unknown> = {}, o: Setup = {}) {
  const engine = new FakeEngine();
  const app = engine.addService('app', o);
  const ctx = injectContext({ engine, fault: faultSpec(type, params), containers: new Map([['app', app.id]]), target: 'app' });
  return { engine, app, ctx };
}

const inject = (ctx: InjectContext): Promise<Injected> => FAULT_TYPES[ctx.fault.type]!.inject(ctx);

/** Runs `inject` on a fake clock, for read-backs that wait out a window (3 s) before saying "no effect". */
async function injectOnFakeClock(ctx: InjectContext): Promise<Injected> {
  vi.useFakeTimers();
  const pending = inject(ctx);
  await vi.advanceTimersByTimeAsync(10_000);
  return pending;
}

afterEach(() => {
  vi.useRealTimers();
});

const stopped = (c: FakeContainer, exitCode = 0) => Object.assign(c, { running: false, exitCode });

describe('kill_container', () => {
  it('sends SIGKILL by default and reads back that the container stopped; nothing to revert', async () => {
    const { engine, app, ctx } = target('kill_container');
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['killContainer app']);
    expect(r.evidence).toEqual({
      effect: true,
      attributes: { 'chaos.signal': 'SIGKILL', 'container.state_before': 'running', 'container.state_after': 'exited(137)', 'container.exit_code': 137 },
    });
    expect(r.revert).toBeUndefined();
    expect(app.running).toBe(false);
  });

  it('sends the declared signal', async () => {
    const { engine, ctx } = target('kill_container', { signal: 'SIGTERM' });
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['killContainer app SIGTERM']);
    expect(r.evidence.attributes).toMatchObject({ 'chaos.signal': 'SIGTERM', 'container.exit_code': 143 });
  });

  it('a target that is not running: nothing sent, not observed', async () => {
    const { engine, app, ctx } = target('kill_container');
    stopped(app);
    const r = await inject(ctx);
    expect(engine.calls).toEqual([]);
    expect(r.evidence).toEqual({ effect: false, reason: 'target app is not running (exited(0))', attributes: { 'container.state_before': 'exited(0)' } });
  });

  it('a container still running after the exit window: not observed', async () => {
    const { engine, ctx } = target('kill_container', { signal: 'SIGTERM' });
    engine.inert.add('kill');
    const r = await injectOnFakeClock(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'the container kept running 3000 ms after SIGTERM', attributes: { 'container.state_after': 'running' } });
  });

  it('a signal the main process handles does not stop the container: not observed', async () => {
    const { ctx } = target('kill_container', { signal: 'SIGHUP' }, { main: { name: 'app', handles: ['SIGHUP'] } });
    const r = await injectOnFakeClock(ctx);
    expect(r.evidence.effect).toBe(false);
  });
});

describe('stop_container', () => {
  it('stops the container, reads back that it stopped, and the revert starts it and reads it running', async () => {
    const { engine, app, ctx } = target('stop_container');
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['stopContainer app']);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'stop.timeout_ms': 10_000, 'container.state_before': 'running', 'container.state_after': 'exited(143)' } });
    expect(await r.revert!()).toEqual({ strategy: 'start', success: true, attributes: { 'container.state_after': 'running' } });
    expect(engine.calls).toEqual(['stopContainer app', 'startContainer app']);
    expect(app.running).toBe(true);
  });

  it('records the declared stop timeout', async () => {
    const { ctx } = target('stop_container', { stop_timeout_ms: 2500 });
    expect((await inject(ctx)).evidence.attributes['stop.timeout_ms']).toBe(2500);
  });

  it('a container that exited by itself: nothing sent, and no revert that would start it', async () => {
    const { engine, app, ctx } = target('stop_container');
    stopped(app);
    const r = await inject(ctx);
    expect(engine.calls).toEqual([]);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'target app is not running (exited(0))' });
    expect(r.revert).toBeUndefined();
  });

  it('a stop that returns while the container runs on: not observed, no revert', async () => {
    const { engine, ctx } = target('stop_container');
    engine.inert.add('stop');
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'the container is still running after the stop', attributes: { 'container.state_after': 'running' } });
    expect(r.revert).toBeUndefined();
  });

  it('a revert whose start does not take: recovery not successful', async () => {
    const { engine, ctx } = target('stop_container');
    const r = await inject(ctx);
    engine.inert.add('start');
    expect(await r.revert!()).toMatchObject({ strategy: 'start', success: false, attributes: { 'container.state_after': 'exited(143)' } });
  });
});

describe('restart_container', () => {
  it('restarts, reads back a new start time, and the revert only reads the state back', async () => {
    const { engine, ctx } = target('restart_container');
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['restartContainer app']);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'container.state_before': 'running', 'container.state_after': 'running', 'container.restarted': true } });
    expect(await r.revert!()).toEqual({ strategy: 'restart', success: true, attributes: { 'container.state_after': 'running' } });
    expect(engine.calls).toEqual(['restartContainer app']);
  });

  it('a target that is not running is not restarted (that would start it)', async () => {
    const { engine, app, ctx } = target('restart_container');
    stopped(app, 1);
    const r = await inject(ctx);
    expect(engine.calls).toEqual([]);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'target app is not running (exited(1))' });
    expect(r.revert).toBeUndefined();
  });

  it('a restart that leaves the start time unchanged: not observed, no revert', async () => {
    const { engine, ctx } = target('restart_container');
    engine.inert.add('restart');
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'the container did not start anew (same start time)', attributes: { 'container.restarted': false } });
    expect(r.revert).toBeUndefined();
  });
});

describe('pause_container', () => {
  it('pauses, reads back paused, and the revert unpauses and reads it running', async () => {
    const { engine, app, ctx } = target('pause_container');
    const r = await inject(ctx);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'container.state_before': 'running', 'container.state_after': 'paused' } });
    expect(await r.revert!()).toEqual({ strategy: 'unpause', success: true, attributes: { 'container.state_after': 'running' } });
    expect(engine.calls).toEqual(['pauseContainer app', 'unpauseContainer app']);
    expect(app.paused).toBe(false);
  });

  it('an already paused container: nothing sent, no revert that would unpause what another paused', async () => {
    const { engine, app, ctx } = target('pause_container');
    app.paused = true;
    const r = await inject(ctx);
    expect(engine.calls).toEqual([]);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'target app is not running (paused)' });
    expect(r.revert).toBeUndefined();
  });

  it('a pause that returns but freezes nothing: not observed, no revert', async () => {
    const { engine, ctx } = target('pause_container');
    engine.inert.add('pause');
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'the container is not paused after the pause' });
    expect(r.revert).toBeUndefined();
  });

  it('an unpause that does not take: recovery not successful', async () => {
    const { engine, ctx } = target('pause_container');
    const r = await inject(ctx);
    engine.inert.add('unpause');
    expect(await r.revert!()).toMatchObject({ success: false, attributes: { 'container.state_after': 'paused' } });
  });
});

describe('signal', () => {
  it('a signal the main process handles: observed as handled, the container keeps running, nothing to revert', async () => {
    const { engine, app, ctx } = target('signal', { signal: 'SIGHUP' }, { main: { name: 'nginx', handles: ['SIGHUP'] } });
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['probe app', 'killContainer app SIGHUP']);
    expect(r.evidence).toEqual({
      effect: true,
      attributes: { 'chaos.signal': 'SIGHUP', 'container.state_before': 'running', 'container.state_after': 'running', 'signal.outcome': 'handled', 'signal.process': 'nginx', 'signal.handler': true },
    });
    expect(r.revert).toBeUndefined();
    expect(app.running).toBe(true);
  });

  it('SIGTERM by default; a main process without handler exits: observed as exited', async () => {
    const { engine, ctx } = target('signal', {}, { main: { name: 'app' } });
    const r = await inject(ctx);
    expect(engine.calls).toContain('killContainer app SIGTERM');
    expect(r.evidence).toMatchObject({ effect: true, attributes: { 'chaos.signal': 'SIGTERM', 'signal.outcome': 'exited', 'container.state_after': 'exited(143)', 'signal.handler': false } });
  });

  it('a stop signal: the main process stops (state T): observed as stopped', async () => {
    const { ctx } = target('signal', { signal: 'SIGSTOP' }, { main: { name: 'app' } });
    const r = await injectOnFakeClock(ctx);
    expect(r.evidence).toMatchObject({ effect: true, attributes: { 'signal.outcome': 'stopped', 'container.state_after': 'running' } });
  });

  it('PID 1 without a handler ignores the signal: not observed, with the reason', async () => {
    const { app, ctx } = target('signal', { signal: 'SIGHUP' }, { main: { name: 'sleep', pid1: true } });
    const r = await injectOnFakeClock(ctx);
    expect(r.evidence).toMatchObject({
      effect: false,
      reason: 'the main process (sleep) has no handler for SIGHUP and kept running 3000 ms: the signal was ignored',
      attributes: { 'signal.outcome': 'ignored', 'signal.handler': false },
    });
    expect(app.running).toBe(true);
  });

  it('a signal the process ignores (SigIgn) is not handled, even with a handler bit: not observed', async () => {
    const { ctx } = target('signal', { signal: 'SIGUSR1' }, { main: { name: 'app', ignores: ['SIGUSR1'] } });
    const r = await injectOnFakeClock(ctx);
    expect(r.evidence).toMatchObject({ effect: false, attributes: { 'signal.outcome': 'ignored' } });
  });

  it('a target that is not running or is paused: nothing sent', async () => {
    for (const prepare of [(c: FakeContainer) => stopped(c), (c: FakeContainer) => (c.paused = true)]) {
      const { engine, app, ctx } = target('signal', { signal: 'SIGHUP' });
      prepare(app);
      const r = await inject(ctx);
      expect(engine.calls).toEqual([]);
      expect(r.evidence.effect).toBe(false);
    }
  });
});

describe('kill_process', () => {
  it('kills every process of that name (SIGKILL by default): observed, counted', async () => {
    const { engine, app, ctx } = target('kill_process', { process: 'worker' }, { processes: [{ name: 'worker' }, { name: 'worker' }, { name: 'other' }] });
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['probe app']);
    expect(r.evidence).toEqual({
      effect: true,
      attributes: { 'process.name': 'worker', 'chaos.signal': 'SIGKILL', 'processes.matched': 2, 'processes.signalled': 2, 'processes.killed': 2, 'processes.stopped': 0, 'processes.handled': 0 },
    });
    expect(r.revert).toBeUndefined();
    expect(app.processes.map((p) => Boolean(p.gone))).toEqual([true, true, false]);
  });

  it('a signal name without SIG is normalised; a process that handles it counts as affected', async () => {
    const { ctx } = target('kill_process', { process: 'worker', signal: 'term' }, { processes: [{ name: 'worker', handles: ['SIGTERM'] }] });
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: true, attributes: { 'chaos.signal': 'SIGTERM', 'processes.handled': 1, 'processes.killed': 0 } });
  });

  it("the container's main process: the probe dies with the container, the engine shows it stopped, observed as main_killed", async () => {
    const { engine, app, ctx } = target('kill_process', { process: 'server' }, { main: { name: 'server' } });
    const r = await inject(ctx);
    expect(r.evidence).toEqual({
      effect: true,
      attributes: { 'process.name': 'server', 'chaos.signal': 'SIGKILL', 'processes.matched': 1, 'processes.signalled': 1, 'processes.killed': 1, 'processes.stopped': 0, 'processes.handled': 0, 'process.main_killed': true },
    });
    expect((await engine.inspectContainer(app.id)).exitCode).toBe(137);
  });

  it('no process of that name: not observed', async () => {
    const { ctx } = target('kill_process', { process: 'worker' }, { processes: [{ name: 'other' }] });
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'no process named worker runs in app', attributes: { 'processes.matched': 0 } });
  });

  it('processes that ignore the signal and have no handler: not observed', async () => {
    const { ctx } = target('kill_process', { process: 'worker', signal: 'SIGTERM' }, { processes: [{ name: 'worker', ignores: ['SIGTERM'] }] });
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'the 1 process(es) named worker ignored SIGTERM (no handler, still running)' });
  });

  it("a kill that fails (not permitted): not observed, with the shell's message", async () => {
    const { app, ctx } = target('kill_process', { process: 'worker' }, { processes: [{ name: 'worker', unkillable: true }] });
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: expect.stringMatching(/^kill -SIGKILL failed: [\s\S]*Operation not permitted/), attributes: { 'processes.matched': 1, 'processes.signalled': 0 } });
    expect(app.processes[0]!.gone).toBeUndefined();
  });

  it('a target that is not running: no probe runs', async () => {
    const { engine, app, ctx } = target('kill_process', { process: 'worker' });
    stopped(app);
    expect((await inject(ctx)).evidence.effect).toBe(false);
    expect(engine.calls).toEqual([]);
  });
});
