/**
 * Resource faults (memory, CPU, disk, open files) and step faults (exit code,
 * timeout) against the in-memory engine: the live update or probe `inject`
 * makes, the limit or fill it reads back, and what `revert` restores.
 */
import { describe, expect, it } from 'vitest';
import { FAULT_TYPES } from '../../src/chaos/registry.js';
import type { Injected, InjectContext, StepHook } from '../../src/chaos/types.js';
import type { Limits } from '../../src/load/index.js';
import { FakeEngine, faultSpec, injectContext, serviceSpec, type FakeContainer } from '../kit/index.js';

/** A running `app` whose declared limits are `limits` (and live at those values), and the context of `type` aimed at it. */
function target(type: string, params: Record<string, unknown> = {}, limits: Limits = {}, o: Partial<Pick<FakeContainer, 'disk' | 'cgroupUnreadable'>> = {}) {
  const engine = new FakeEngine();
  const app = engine.addService('app', {
    ...o,
    ...(limits.memoryMb !== undefined ? { memoryMb: limits.memoryMb } : {}),
    ...(limits.cpuMillicores !== undefined ? { cpuPercent: limits.cpuMillicores / 10 } : {}),
  });
  const ctx = injectContext({ engine, fault: faultSpec(type, params), containers: new Map([['app', app.id]]), target: 'app', services: { app: serviceSpec('app', { limits }) } });
  return { engine, app, ctx };
}

const inject = (ctx: InjectContext): Promise<Injected & { stepHook?: StepHook }> => FAULT_TYPES[ctx.fault.type]!.inject(ctx);
const stopped = (c: FakeContainer) => Object.assign(c, { running: false, exitCode: 0 });

describe('memory_pressure', () => {
  it('shrinks the live limit, reads the cgroup back, and the revert restores the declared limit and reads it back', async () => {
    const { engine, app, ctx } = target('memory_pressure', { memory_mb: 32 }, { memoryMb: 256 });
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['probe app', 'updateContainer app {"memoryMb":32}', 'probe app']);
    expect(r.evidence).toEqual({
      effect: true,
      attributes: { 'memory.limit_mb': 32, 'memory.previous_mb': 256, 'memory.cgroup_before_mb': 256, 'memory.cgroup_mb': 32, 'pressure.level': 'high' },
    });
    expect(app.memoryMb).toBe(32);
    expect(await r.revert!()).toEqual({ strategy: 'restore_memory_limit', success: true, attributes: { 'memory.limit_mb': 256, 'memory.read_back_mb': 256 } });
    expect(app.memoryMb).toBe(256);
  });

  it('defaults to half the declared limit; a limit above half is medium pressure', async () => {
    expect((await inject(target('memory_pressure', {}, { memoryMb: 256 }).ctx)).evidence.attributes).toMatchObject({ 'memory.limit_mb': 128, 'pressure.level': 'high' });
    expect((await inject(target('memory_pressure', { memory_mb: 200 }, { memoryMb: 256 }).ctx)).evidence.attributes).toMatchObject({ 'pressure.level': 'medium' });
  });

  it('without a declared limit: the revert lifts the limit again (the engine cannot unset it live)', async () => {
    const { engine, app, ctx } = target('memory_pressure', { memory_mb: 64 });
    const r = await inject(ctx);
    expect(r.evidence.attributes).toMatchObject({ 'memory.previous_mb': 0, 'memory.cgroup_before_mb': -1, 'memory.cgroup_mb': 64 });
    expect(await r.revert!()).toMatchObject({ success: true, attributes: { 'memory.limit_mb': 0, 'memory.read_back_mb': 1024 * 1024 } });
    expect(engine.calls.at(-2)).toBe(`updateContainer app {"memoryMb":${1024 * 1024}}`);
    expect(app.memoryMb).toBe(1024 * 1024);
  });

  it('an update the engine accepts but the cgroup does not show: not observed', async () => {
    const { engine, ctx } = target('memory_pressure', { memory_mb: 32 }, { memoryMb: 256 });
    engine.inert.add('update');
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'the cgroup memory limit reads 256 MiB, not 32 MiB' });
    // The restore puts back the declared limit, which the cgroup still reads: success, nothing else changed.
    expect(await r.revert!()).toMatchObject({ success: true, attributes: { 'memory.read_back_mb': 256 } });
  });

  it('a restore that does not take: recovery not successful', async () => {
    const { engine, ctx } = target('memory_pressure', { memory_mb: 32 }, { memoryMb: 256 });
    const r = await inject(ctx);
    engine.inert.add('update');
    expect(await r.revert!()).toMatchObject({ success: false, attributes: { 'memory.read_back_mb': 32 } });
  });

  it('a stopped target: no update sent', async () => {
    const { engine, app, ctx } = target('memory_pressure', { memory_mb: 32 }, { memoryMb: 256 });
    stopped(app);
    const r = await inject(ctx);
    expect(r.evidence.effect).toBe(false);
    expect(r.revert).toBeUndefined();
    expect(engine.calls).toEqual([]);
  });

  it('limits that cannot be read inside the target: the injection fails before any update', async () => {
    const { engine, ctx } = target('memory_pressure', { memory_mb: 32 }, { memoryMb: 256 }, { cgroupUnreadable: true });
    await expect(inject(ctx)).rejects.toThrow(/cannot read the cgroup limits inside app/);
    expect(engine.calls.filter((c) => c.startsWith('update'))).toEqual([]);
  });
});

describe('cpu_throttle', () => {
  it('sets the quota, reads it back, and the revert restores the declared quota', async () => {
    const { engine, app, ctx } = target('cpu_throttle', { cpu_percent: 20 }, { cpuMillicores: 500 });
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['updateContainer app {"cpuPercent":20}', 'probe app']);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'cpu.percent': 20, 'cpu.cgroup_percent': 20, 'pressure.level': 'high' } });
    expect(await r.revert!()).toEqual({ strategy: 'restore_cpu_quota', success: true, attributes: { 'cpu.read_back_percent': 50 } });
    expect(engine.calls.at(-2)).toBe('updateContainer app {"cpuMillicores":500}');
    expect(app.cpuPercent).toBe(50);
  });

  it('above 25 % of a core is medium pressure; without a declared quota the revert lifts it to no throttle', async () => {
    const { app, ctx } = target('cpu_throttle', { cpu_percent: 60 });
    const r = await inject(ctx);
    expect(r.evidence.attributes['pressure.level']).toBe('medium');
    expect((await r.revert!()).success).toBe(true);
    expect(app.cpuPercent).toBe(1024 * 100);
  });

  it('a quota the cgroup does not show: not observed', async () => {
    const { engine, ctx } = target('cpu_throttle', { cpu_percent: 20 });
    engine.inert.add('update');
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'the cgroup CPU quota reads nothing % of a core, not 20 %', attributes: { 'cpu.cgroup_percent': -1 } });
  });

  it('a stopped target: no update sent', async () => {
    const { engine, app, ctx } = target('cpu_throttle', { cpu_percent: 20 });
    stopped(app);
    expect((await inject(ctx)).evidence.effect).toBe(false);
    expect(engine.calls).toEqual([]);
  });
});

describe('disk_fill', () => {
  it('fills the filesystem until it is full; the revert removes the file and the space is free again', async () => {
    const { engine, app, ctx } = target('disk_fill', { path: '/data/' }, {}, { disk: { freeKb: 4096 } });
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['probe app']);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'disk.path': '/data/', 'disk.written_kb': 4096, 'disk.free_kb': 0, 'disk.full': true, 'pressure.level': 'high' } });
    expect(await r.revert!()).toEqual({ strategy: 'remove_fill_file', success: true });
    expect(app.disk).toEqual({ freeKb: 4096 });
  });

  it('writes size_mb when there is room: observed, medium pressure', async () => {
    const { ctx } = target('disk_fill', { path: '/data', size_mb: 2 }, {}, { disk: { freeKb: 10_000 } });
    expect((await inject(ctx)).evidence).toMatchObject({ effect: true, attributes: { 'disk.written_kb': 2048, 'disk.free_kb': 7952, 'disk.full': false, 'pressure.level': 'medium' } });
  });

  it('size_mb larger than the free space fills it: observed as full', async () => {
    const { ctx } = target('disk_fill', { path: '/data', size_mb: 8 }, {}, { disk: { freeKb: 100 } });
    expect((await inject(ctx)).evidence).toMatchObject({ effect: true, attributes: { 'disk.written_kb': 100, 'disk.full': true } });
  });

  it('a read-only filesystem: nothing written, not observed with dd\'s message, and nothing to remove', async () => {
    const { ctx } = target('disk_fill', { path: '/data' }, {}, { disk: { freeKb: 4096, readOnly: true } });
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: "nothing could be written to /data (dd: can't open '/data/.clnrm-disk-fill': Read-only file system)", attributes: { 'disk.written_kb': 0 } });
    expect(r.revert).toBeUndefined();
  });

  it('a write that stops early (I/O error) with room left and short of size_mb: not observed, and the revert still removes what was written', async () => {
    const { app, ctx } = target('disk_fill', { path: '/data', size_mb: 4 }, {}, { disk: { freeKb: 10_000, failAfterKb: 512 } });
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({
      effect: false,
      reason: "512 KiB written to /data: neither full nor size_mb (dd: error writing '/data/.clnrm-disk-fill': Input/output error)",
      attributes: { 'disk.written_kb': 512, 'disk.free_kb': 9488, 'disk.full': false },
    });
    expect(await r.revert!()).toEqual({ strategy: 'remove_fill_file', success: true });
    expect(app.disk!.freeKb).toBe(10_000);
  });

  it('a removal that fails: recovery not successful', async () => {
    const { app, ctx } = target('disk_fill', { path: '/data' }, {}, { disk: { freeKb: 64 } });
    const r = await inject(ctx);
    app.disk!.removeFails = true;
    expect(await r.revert!()).toEqual({ strategy: 'remove_fill_file', success: false });
  });

  it('a stopped target: nothing written', async () => {
    const { engine, app, ctx } = target('disk_fill', { path: '/data' }, {}, { disk: { freeKb: 64 } });
    stopped(app);
    expect((await inject(ctx)).evidence.effect).toBe(false);
    expect(engine.calls).toEqual([]);
  });
});

describe('fd_exhaustion', () => {
  it('arms a hook that lowers the open-files limit of steps in the target; no engine call; the revert only disarms', async () => {
    const { engine, ctx } = target('fd_exhaustion', { nofile: 32 });
    const r = await inject(ctx);
    expect(engine.calls).toEqual([]);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'fd.limit': 32, 'pressure.level': 'high', 'container.state_before': 'running' } });
    expect(r.stepHook!.service).toBe('app');
    expect(r.stepHook!.wrap(['node', 'x.js'])).toEqual(['sh', '-c', 'ulimit -n 32 && exec "$@"', 'clnrm-chaos', 'node', 'x.js']);
    expect(await r.revert!()).toEqual({ strategy: 'restore_nofile', success: true });
    expect(engine.calls).toEqual([]);
  });

  it('16 open files by default; a stopped target gets no hook', async () => {
    expect((await inject(target('fd_exhaustion').ctx)).evidence.attributes['fd.limit']).toBe(16);
    const { app, ctx } = target('fd_exhaustion');
    stopped(app);
    const r = await inject(ctx);
    expect(r.evidence.effect).toBe(false);
    expect(r.stepHook).toBeUndefined();
  });
});

describe('exit_code', () => {
  it('arms a hook that runs the step and then exits with the code; only the named step', async () => {
    const engine = new FakeEngine();
    const ctx = injectContext({ engine, fault: faultSpec('exit_code', { exit_code: 3 }, { step: 'migrate' }), containers: new Map() });
    const r = await inject(ctx);
    expect(engine.calls).toEqual([]);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'chaos.exit_code': 3, 'chaos.step': 'migrate' } });
    expect(r.stepHook!.step).toBe('migrate');
    expect(r.stepHook!.wrap(['true'])).toEqual(['sh', '-c', '"$@"; exit 3', 'clnrm-chaos', 'true']);
    expect(r.revert).toBeUndefined();
  });

  it('without a step, any step while active', async () => {
    const r = await inject(injectContext({ engine: new FakeEngine(), fault: faultSpec('exit_code', { exit_code: 1 }), containers: new Map() }));
    expect(r.stepHook).not.toHaveProperty('step');
    expect(r.evidence.attributes).toEqual({ 'chaos.exit_code': 1 });
  });
});

describe('timeout', () => {
  it('arms a hook that stalls the step before its command, so only the step timeout ends it', async () => {
    const engine = new FakeEngine();
    const r = await inject(injectContext({ engine, fault: faultSpec('timeout', {}, { step: 'slow' }), containers: new Map() }));
    expect(engine.calls).toEqual([]);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'chaos.step': 'slow' } });
    expect(r.stepHook!.step).toBe('slow');
    expect(r.stepHook!.wrap(['curl', 'x'])).toEqual(['sh', '-c', 'sleep 86400; exec "$@"', 'clnrm-chaos', 'curl', 'x']);
  });
});
