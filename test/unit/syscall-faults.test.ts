/**
 * The syscall faults (syscall_error, slow_io) against the in-memory engine: the
 * strace helper they start (PID namespace of the target, SYS_PTRACE on the
 * helper only), the strace options the rate and the seed give, the step hook
 * that starts steps stopped until traced, the evidence read back from strace's
 * output, and the revert that must read TracerPid 0.
 */
import { describe, expect, it } from 'vitest';
import { FAULT_TYPES } from '../../src/chaos/registry.js';
import { parseTrace, schedule, STOP_UNTIL_TRACED_SH, straceArgs } from '../../src/chaos/faults/shared/strace.js';
import type { InjectContext, InjectResult } from '../../src/chaos/types.js';
import { loadSuiteSource } from '../../src/load/index.js';
import { createRng } from '../../src/plan/rng.js';
import type { ContainerSpec, ExecHandle, ExecOutput, ExecSpec } from '../../src/runtime/engine.js';
import { FakeEngine, faultSpec, injectContext } from '../kit/index.js';

/** A fake engine whose strace helper answers with a scripted trace. */
class StraceEngine extends FakeEngine {
  helperSpec?: ContainerSpec;
  helperId?: string;
  /** What the helper's read-back prints (attach list and trace lines). */
  trace = '';
  /** Attached processes still traced after the detach. */
  stillTraced = 0;
  /** The helper never becomes ready (its script died). */
  neverReady = false;
  override async createContainer(spec: ContainerSpec) {
    const id = await super.createContainer(spec);
    if (spec.pidMode) [this.helperSpec, this.helperId] = [spec, id];
    return id;
  }
  override async exec(containerId: string, spec: ExecSpec, output: ExecOutput): Promise<ExecHandle> {
    if (containerId !== this.helperId) return super.exec(containerId, spec, output);
    const script = String(spec.cmd[2]);
    const say = (text: string, exitCode = 0): ExecHandle => {
      output.onStdout(Buffer.from(text));
      return { id: 'x', done: Promise.resolve({ exitCode }) };
    };
    if (script.includes('clnrm-ready')) {
      this.calls.push('helper ready?');
      if (this.neverReady) this.containers.get(containerId)!.running = false;
      return say(this.neverReady ? '' : 'ready\n');
    }
    if (script.includes('kill -TERM')) {
      this.calls.push('helper detach');
      return say(`alive=1\ntraced=${this.stillTraced}\n`);
    }
    this.calls.push('helper read');
    return say(this.trace);
  }
}

function target(type: string, params: Record<string, unknown>) {
  const engine = new StraceEngine();
  const app = engine.addService('app', {});
  const ctx = injectContext({ engine, fault: faultSpec(type, params), containers: new Map([['app', app.id]]), target: 'app', seed: 666 });
  return { engine, app, ctx };
}

const inject = (ctx: InjectContext): Promise<InjectResult> => FAULT_TYPES[ctx.fault.type]!.inject(ctx);

/** strace output for one attached step process (pid 7, traced by 20) making `calls`. */
const traced = (calls: string[]) => ['attached=7 20 20', ...calls.map((c) => `T 7     ${c}`)].join('\n');
const ok = 'write(1, "x\\n", 2)                = 2 <0.000010>';
const enospc = 'write(1, "x\\n", 2)                = -1 ENOSPC (No space left on device) (INJECTED) <0.000012>';
const delayed = (s: string) => `write(1, "x\\n", 2)                = 2 (DELAYED) <${s}>`;

describe('syscall_error', () => {
  it('starts strace in a helper sharing the target PID namespace, with SYS_PTRACE on the helper only, failing every n-th write from a seeded call', async () => {
    const { engine, app, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'ENOSPC', rate_pct: 30 });
    const r = await inject(ctx);
    const h = engine.helperSpec!;
    expect(h.image).toBe('clnrm-fixture/strace:latest');
    expect(h.pidMode).toBe(`container:${app.id}`);
    expect(h.capAdd).toEqual(['SYS_PTRACE']);
    expect(h.networkMode).toBe('none');
    expect(app.spec.capAdd ?? []).not.toContain('SYS_PTRACE');
    // The helper's processes carry the runner's token: the step's process-leak check does not count them.
    expect(Object.keys(h.env)).toContain('CLNRM_RUNNER_EXEC');
    const first = r.evidence.attributes['syscall.first'] as number;
    expect(first).toBeGreaterThanOrEqual(1);
    expect(first).toBeLessThanOrEqual(3);
    expect(h.cmd!.slice(3)).toEqual(['clnrm-strace', 'clnrm-syscall-syscall_error-0', '-', '-e', 'trace=write', '-e', `inject=write:error=ENOSPC:when=${first}+3`]);
    expect(r.evidence).toEqual({
      effect: true,
      attributes: { 'chaos.type': 'syscall_error', 'syscall.set': 'write', 'syscall.rate_pct': 30, 'syscall.every': 3, 'syscall.first': first, 'syscall.scope': 'steps', 'syscall.errno': 'ENOSPC' },
    });
    // The same seed draws the same first call.
    expect((await inject(target('syscall_error', { syscalls: ['write'], errno: 'ENOSPC', rate_pct: 30 }).ctx)).evidence.attributes['syscall.first']).toBe(first);
  });

  it('wraps the steps run in the target: each starts stopped, marked, until strace has attached', async () => {
    const { ctx } = target('syscall_error', { class: 'file', errno: 'EIO' });
    const r = await inject(ctx);
    expect(r.stepHook!.service).toBe('app');
    expect(r.stepHook!.wrap(['sh', '-c', 'echo hi'])).toEqual(['sh', '-c', STOP_UNTIL_TRACED_SH, 'clnrm-syscall-syscall_error-0', 'sh', '-c', 'echo hi']);
    expect(STOP_UNTIL_TRACED_SH).toMatch(/kill -STOP \$\$; exec "\$@"$/);
  });

  it('counts the injected failures per errno from the trace, read back before the revert; the revert detaches and reads TracerPid 0', async () => {
    const { engine, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'ENOSPC', rate_pct: 100 });
    const r = await inject(ctx);
    engine.trace = traced([enospc, enospc, '--- SIGCONT {si_signo=SIGCONT} ---', enospc, '+++ exited with 1 +++']);
    expect(await r.observe!()).toEqual({
      effect: true,
      attributes: { 'syscall.processes_attached': 1, 'syscall.calls': 3, 'syscall.injected.ENOSPC': 3 },
    });
    expect(await r.revert!()).toEqual({ strategy: 'detach_strace', success: true, attributes: { 'syscall.still_traced': 0 } });
    expect(engine.calls.slice(-3)).toEqual(['helper read', 'helper detach', `removeContainer ${engine.helperSpec!.name}`]);
  });

  it('a process still traced after the detach: recovery not successful', async () => {
    const { engine, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'ENOSPC' });
    const r = await inject(ctx);
    engine.stillTraced = 1;
    expect(await r.revert!()).toMatchObject({ success: false, attributes: { 'syscall.still_traced': 1 } });
  });

  it('at 0 %: strace traces without injecting; in effect once it saw the calls it would fail, with 0 failures', async () => {
    const { engine, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'ENOSPC', rate_pct: 0 });
    const r = await inject(ctx);
    expect(engine.helperSpec!.cmd!.slice(6)).toEqual(['-e', 'trace=write']);
    expect(r.evidence.attributes).not.toHaveProperty('syscall.every');
    engine.trace = traced([ok, ok]);
    expect(await r.observe!()).toEqual({ effect: true, attributes: { 'syscall.processes_attached': 1, 'syscall.calls': 2, 'syscall.injected.ENOSPC': 0 } });
  });

  it('not injected: no step ran, strace could not attach, no matching call, or none on the schedule', async () => {
    const cases: [string, string][] = [
      ['', 'no step ran in app while the fault was active (or each was already traced by another syscall fault)'],
      // Traced, but by another tracer than this helper's strace.
      ['attached=7 31 20', "strace could not attach to app's processes: their TracerPid is not the helper's strace"],
      ['attached=7 0 20\nE strace: attach: ptrace(PTRACE_SEIZE, 7): Operation not permitted', 'strace could not attach to app\'s processes: strace: attach: ptrace(PTRACE_SEIZE, 7): Operation not permitted'],
      [traced(['+++ exited with 0 +++']), 'strace saw no matching syscall'],
      [traced([ok, ok]), 'strace saw 2 matching call(s), none of them on the schedule'],
    ];
    for (const [trace, reason] of cases) {
      const { engine, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'ENOSPC', rate_pct: 30 });
      const r = await inject(ctx);
      engine.trace = trace;
      expect(await r.observe!()).toMatchObject({ effect: false, reason });
    }
  });

  it('a target that stopped while traced (strace ends with its PID namespace): not injected, with a short reason; other read-back errors propagate', async () => {
    const { engine, app, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'EIO' });
    const r = await inject(ctx);
    // The helper's exec fails as the engine's would: the helper went down with the target's PID namespace.
    engine.exec = async () => {
      throw new Error('Container abc is not running');
    };
    await expect(r.observe!()).rejects.toThrow(/is not running/);
    Object.assign(app, { running: false, exitCode: 137 });
    expect(await r.observe!()).toMatchObject({ effect: false, reason: 'app stopped while traced, and strace with it (they share its PID namespace): what it injected could not be read back' });
  });

  it('a stopped target: no helper is started', async () => {
    const { engine, app, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'EIO' });
    Object.assign(app, { running: false, exitCode: 0 });
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'target app is not running (exited(0))' });
    expect(engine.helperSpec).toBeUndefined();
  });

  it('a helper whose script died: the injection fails and the helper is removed', async () => {
    const { engine, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'EIO' });
    engine.neverReady = true;
    await expect(inject(ctx)).rejects.toThrow(/the strace helper of app did not start/);
    expect(engine.calls.at(-1)).toBe(`removeContainer ${engine.helperSpec!.name}`);
  });

  it('with `process`: attaches to the running processes of that name at once; none of that name is not injected, and the helper goes', async () => {
    const { engine, ctx } = target('syscall_error', { syscalls: ['write'], errno: 'EIO', process: 'worker' });
    const r = await inject(ctx);
    expect(engine.helperSpec!.cmd!.slice(3, 6)).toEqual(['clnrm-strace', '-', 'worker']);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'no process named worker runs in app', attributes: { 'process.name': 'worker', 'syscall.live.processes_attached': 0 } });
    expect(r.stepHook).toBeUndefined();
    expect(engine.calls).toContain(`removeContainer ${engine.helperSpec!.name}`);

    const live = target('syscall_error', { syscalls: ['write'], errno: 'EIO', process: 'worker' });
    live.engine.trace = 'attached=7 20 20';
    const lr = await inject(live.ctx);
    expect(lr.evidence.effect).toBe(true);
    live.engine.trace = traced([ok, 'write(1, "x\\n", 2) = -1 EIO (Input/output error) (INJECTED) <0.000010>']);
    // Counts of a process attached while it ran depend on timing: syscall.live.* (out of the digest).
    expect((await lr.observe!()).attributes).toEqual({ 'syscall.live.processes_attached': 1, 'syscall.live.calls': 2, 'syscall.live.injected.EIO': 1 });
  });

  it('a file without `syscalls` or `class` does not validate, naming the fault; either one does', () => {
    const suite = (fault: string) => `[meta]\nname = "s"\n[service.app]\nimage = "i"\n[[scenario]]\nname = "x"\nservice = "app"\nrun = "true"\nchaos = [${fault}]\n`;
    const bad = loadSuiteSource('s.clnrm.toml', suite('{ type = "syscall_error", target = "app", errno = "EIO" }'));
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((i) => `${i.keyPath}: ${i.message}`)).toEqual(['scenario[0].chaos[0]: expected a `syscall_error` fault with `syscalls` or `class`, got a table']);
    expect(loadSuiteSource('s.clnrm.toml', suite('{ type = "syscall_error", target = "app", errno = "EIO", class = "file" }')).ok).toBe(true);
    expect(loadSuiteSource('s.clnrm.toml', suite('{ type = "syscall_error", target = "app", errno = "EIO", syscalls = ["write"] }')).ok).toBe(true);
  });

  it('decode: needs syscalls or a class, a known errno, a rate from 0 to 100', () => {
    const decode = FAULT_TYPES.syscall_error!.decode;
    expect(() => decode({ errno: 'EIO' })).toThrow('syscall_error needs `syscalls` or `class`');
    expect(() => decode({ syscalls: ['write'], errno: 'EWHAT' })).toThrow(/errno must be one of EIO, ENOSPC/);
    expect(() => decode({ syscalls: ['write'], errno: 'EIO', rate_pct: 101 })).toThrow('syscall_error: rate_pct must be a number from 0 to 100, not 101');
    expect(decode({ class: 'network', errno: 'ENETDOWN' })).toEqual({ selection: { syscalls: [], cls: 'network', ratePct: 100 }, errno: 'ENETDOWN' });
  });
});

describe('slow_io', () => {
  it('delays the I/O syscalls by call_delay_ms on the schedule; the delayed calls and their measured time are the evidence', async () => {
    const { engine, ctx } = target('slow_io', { call_delay_ms: 20, rate_pct: 50 });
    const r = await inject(ctx);
    const first = r.evidence.attributes['syscall.first'] as number;
    expect(engine.helperSpec!.cmd!.slice(6)).toEqual([
      '-e', 'trace=read,write,pread64,pwrite64,readv,writev,fsync,fdatasync',
      '-e', `inject=read,write,pread64,pwrite64,readv,writev,fsync,fdatasync:delay_enter=20ms:when=${first}+2`,
    ]);
    engine.trace = traced([ok, delayed('0.020113'), ok, delayed('0.031002')]);
    expect(await r.observe!()).toEqual({
      effect: true,
      attributes: { 'syscall.processes_attached': 1, 'syscall.calls': 4, 'syscall.delayed': 2, 'syscall.delay_min_ms': 20, 'syscall.delay_max_ms': 31, 'syscall.delay_observed': true },
    });
  });

  it('a held call strace timed short by its own latency (17 ms of 20 ms) is observed; one of 9 ms is not', async () => {
    const { engine, ctx } = target('slow_io', { syscalls: ['fsync'], call_delay_ms: 20 });
    const r = await inject(ctx);
    engine.trace = traced([delayed('0.017000'), delayed('0.024000')]);
    expect(await r.observe!()).toMatchObject({ effect: true, attributes: { 'syscall.delay_min_ms': 17, 'syscall.delay_observed': true } });
    const other = target('slow_io', { syscalls: ['fsync'], call_delay_ms: 20 });
    const short = await inject(other.ctx);
    other.engine.trace = traced([delayed('0.009000')]);
    expect(await short.observe!()).toMatchObject({ effect: false, attributes: { 'syscall.delay_observed': false } });
  });

  it('a delayed call that took less than call_delay_ms: not observed', async () => {
    const { engine, ctx } = target('slow_io', { syscalls: ['fsync'], call_delay_ms: 50 });
    const r = await inject(ctx);
    engine.trace = traced([delayed('0.012000')]);
    expect(await r.observe!()).toMatchObject({ effect: false, reason: 'a delayed call took 12 ms, less than half of the 50 ms asked', attributes: { 'syscall.delay_observed': false } });
  });

  it('at 0 %: traced, nothing delayed, in effect once calls were seen', async () => {
    const { engine, ctx } = target('slow_io', { syscalls: ['write'], call_delay_ms: 5, rate_pct: 0 });
    const r = await inject(ctx);
    engine.trace = traced([ok]);
    expect(await r.observe!()).toEqual({ effect: true, attributes: { 'syscall.processes_attached': 1, 'syscall.calls': 1, 'syscall.delayed': 0, 'syscall.delay_observed': false } });
  });
});

describe('the strace schedule and trace', () => {
  it('every round(100 / rate) calls from a first call drawn in 1..every; nothing at 0 %', () => {
    const rng = createRng(1, 'x');
    expect(schedule(0, () => rng.next())).toBeUndefined();
    expect(schedule(100, () => 0.99)).toEqual({ every: 1, first: 1 });
    expect(schedule(30, () => 0)).toEqual({ every: 3, first: 1 });
    expect(schedule(30, () => 0.99)).toEqual({ every: 3, first: 3 });
    expect(schedule(0.001, () => 0)).toEqual({ every: 65535, first: 1 });
    expect(straceArgs('%file', 'error=EIO', { every: 3, first: 2 })).toEqual(['-e', 'trace=%file', '-e', 'inject=%file:error=EIO:when=2+3']);
  });

  it('counts calls (a call split by another process counts once), injections per errno, delays; ignores signals and exits', () => {
    const r = parseTrace(
      [
        'attached=7 20 20',
        'attached=9  21',
        'attached=10 5 22',
        'T 7     write(1, "x", 1 <unfinished ...>',
        'T 8     openat(AT_FDCWD, "/f", O_RDONLY) = -1 EIO (Input/output error) (INJECTED) <0.000010>',
        'T 7     <... write resumed>)           = -1 ENOSPC (No space left on device) (INJECTED) <0.000020>',
        'T 7     --- SIGCHLD {si_signo=SIGCHLD} ---',
        'T 8     +++ exited with 1 +++',
        'T 7     read(0, "", 1) = 0 (DELAYED) <0.004500>',
        'E strace: some warning',
      ].join('\n'),
    );
    expect(r).toEqual({ attached: 1, tried: 3, calls: 3, injected: { EIO: 1, ENOSPC: 1 }, delayedMs: [5], errors: 'strace: some warning\n' });
  });
});
