/**
 * Runs one step: in a service's container (exec) or in a one-off container of
 * its own image, with the runner enforcing timeouts, retries with seeded
 * jitter, and outcome classification (exit code, output, timeout, OOM, killed).
 */
import { randomBytes } from 'node:crypto';
import type { Attributes } from '@opentelemetry/api';
import { describeError, ImageUnavailableError } from '../common/errors.js';
import type { StepSpec } from '../load/index.js';
import type { Rng } from '../plan/rng.js';
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import type { Engine, ExecHandle, Labels } from './engine.js';
import type { PauseInfo } from './pause.js';
import { clockKit, clockModeFor, DATE_PRELUDE, fakeClockEnv } from './clock.js';
import { createCapture, type CapturedText } from './output.js';
import type { FailureReason, StepResult, TimeoutKind } from './results.js';
import { describeProcess, OOM_READ, parseOomKills, splitPreamble, stepProcessesSince, wrapArgv, type StepPreamble, type StepProcesses } from './session.js';
import { enforceTimeout, type KillTarget, type TimeoutRecord } from './timeout.js';
import { sleep } from './wait/index.js';

export type StepTarget =
  | { kind: 'service'; service: string; containerId: string }
  | { kind: 'image'; image: string; networkId: string; labels: Labels; containerName: string };

/** A limit on the step's running time: its own timeout, the scenario's, or the absolute deadline. */
export interface TimeLimit {
  kind: TimeoutKind;
  /** Epoch milliseconds at which it fires. */
  at: number;
  /** The declared value, for spans and messages. */
  timeoutMs: number;
}

export interface StepContext {
  engine: Engine;
  recorder: Recorder;
  parent: SpanHandle;
  step: StepSpec;
  target: StepTarget;
  /** Variables the runner injects (OTel endpoint, clock), below the step's own env. */
  env: Record<string, string>;
  rng: Rng;
  /** Scenario-wide limits (scenario timeout, deadline). */
  limits: TimeLimit[];
  /** Aborts on interrupt or fail-fast: the step is killed and reported as interrupted. */
  signal: AbortSignal;
  /** Unique per step run. */
  stepKey: string;
  /**
   * Called once per attempt when the step's process is observed running (exec has a pid,
   * or the step's container started), with that instant: the anchor of step-timed faults.
   */
  onRunning?: (at: number) => void;
  /** Called when the step is held back by a paused service (before its process runs). */
  onHeld?: (at: number) => void;
  /** Extra attributes for the step span, given when its process first ran and when it ended (chaos marks `degraded`). */
  attributes?: (runningAt: number, endedAt: number) => Attributes | Promise<Attributes>;
  /** Rewrites the step's argv (step faults: forced exit code, stall, fd limit). */
  wrapArgv?: (argv: string[]) => string[];
  /** The pause fault holding a service frozen (chaos), so a step can wait for its end or name it. */
  pausedBy?: (service: string) => PauseInfo | undefined;
}

export interface StepRun extends StepResult {
  /** The timeout span when a timeout ended the step (the scenario's cleanup hangs under it). */
  timeout?: TimeoutRecord;
}

/** A string step runs in `sh -c`; under freeze_clock, after a line that makes busybox's `date` the faked one (clock.ts). */
const argvOf = (run: StepSpec['run'], env: StepContext['env']): string[] =>
  typeof run === 'string' ? ['sh', '-c', clockModeFor(env) ? `${DATE_PRELUDE}\n${run}` : run] : [...run];
const commandOf = (ctx: StepContext): string[] => (ctx.wrapArgv ? ctx.wrapArgv(argvOf(ctx.step.run, ctx.env)) : argvOf(ctx.step.run, ctx.env));

interface Attempt {
  exitCode: number | null;
  stdout: CapturedText;
  stderr: CapturedText;
  timedOut?: { limit: TimeLimit; record: TimeoutRecord };
  interrupted?: boolean;
  containerGone?: { oomKilled: boolean; exitCode?: number };
  oomKilled?: boolean;
  /** Processes the step left running after it ended (killed by the runner), as `pid command`. */
  leakedProcesses?: string[];
  /** The container's process table could not be read before or after the step: leaks were not looked for. */
  processesUnchecked?: boolean;
  /** The service stayed paused: the step never started. */
  paused?: { service: string; fault?: string; why: 'until_cleanup' | 'not_ours' | 'limit' | 'overdue'; limit?: TimeLimit };
}

/** How often a step waiting for its paused service looks again (an inspect call; cheap). */
const PAUSE_POLL_MS = 50;
/** How long after its scheduled end a pause may take to be reverted before the step gives up. */
const UNPAUSE_GRACE_MS = 10_000;

/**
 * Exec into a frozen (paused) container fails at the engine. A step whose service is paused
 * waits for the pause fault's scheduled end; it fails at once, naming the fault, when the pause
 * lasts until cleanup (waiting would never end), and fails when a time limit comes first.
 * Returns undefined when the container is not (or no longer) paused.
 */
async function untilUnpaused(ctx: StepContext, target: Extract<StepTarget, { kind: 'service' }>, startedAt: number): Promise<Attempt | undefined> {
  const blocked = (paused: NonNullable<Attempt['paused']>): Attempt => ({ exitCode: null, stdout: createCapture().result(), stderr: createCapture().result(), paused });
  for (;;) {
    const state = await ctx.engine.inspectContainer(target.containerId).catch(() => undefined);
    if (!state?.paused) return undefined;
    // Held by a pause: the step is under that fault from now on, though its process has not started.
    ctx.onHeld?.(Date.now());
    if (ctx.signal.aborted) return { ...blocked({ service: target.service, why: 'limit' }), interrupted: true };
    const pause = ctx.pausedBy?.(target.service);
    const named = pause ? { fault: pause.fault } : {};
    if (!pause) return blocked({ service: target.service, why: 'not_ours' });
    if (pause.untilMs === undefined) return blocked({ service: target.service, ...named, why: 'until_cleanup' });
    const limit = firstLimit(ctx, startedAt);
    if (limit && Date.now() >= limit.at) return blocked({ service: target.service, ...named, why: 'limit', limit });
    // A revert that never lands (the engine refused the unpause) must not hold a step without a time limit forever.
    if (Date.now() > pause.untilMs + UNPAUSE_GRACE_MS) return blocked({ service: target.service, ...named, why: 'overdue' });
    await sleep(Math.max(1, Math.min(PAUSE_POLL_MS, limit ? limit.at - Date.now() : PAUSE_POLL_MS)), ctx.signal).catch(() => undefined);
  }
}

/** OOM kills so far in the container's memory cgroup (v1 or v2); undefined when unreadable. */
async function oomKillCount(engine: Engine, containerId: string): Promise<number | undefined> {
  let text = '';
  try {
    const h = await engine.exec(containerId, { cmd: ['sh', '-c', OOM_READ] }, { onStdout: (c) => (text += c.toString()), onStderr() {} });
    await h.done;
  } catch {
    return undefined;
  }
  return parseOomKills(text);
}

function firstLimit(ctx: StepContext, startedAt: number): TimeLimit | undefined {
  const own: TimeLimit[] = ctx.step.timeoutMs !== undefined ? [{ kind: 'step', at: startedAt + ctx.step.timeoutMs, timeoutMs: ctx.step.timeoutMs }] : [];
  return [...own, ...ctx.limits].sort((a, b) => a.at - b.at)[0];
}

/** Waits for `done`, a time limit, or an abort — whichever comes first. */
function race(done: Promise<unknown>, limit: TimeLimit | undefined, signal: AbortSignal): Promise<'done' | 'timeout' | 'aborted'> {
  return new Promise((resolve) => {
    const timer = limit ? setTimeout(() => finish('timeout'), Math.max(0, limit.at - Date.now())) : undefined;
    const onAbort = () => finish('aborted');
    function finish(r: 'done' | 'timeout' | 'aborted') {
      if (timer) clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(r);
    }
    if (signal.aborted) return finish('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    done.then(
      () => finish('done'),
      () => finish('done'),
    );
  });
}

async function attemptInService(ctx: StepContext, span: SpanHandle, target: Extract<StepTarget, { kind: 'service' }>): Promise<Attempt> {
  const out = createCapture();
  const err = createCapture();
  const { engine, step } = ctx;
  // While the service is paused, time limits count from here (the step's own time starts once its process runs).
  const waitStartedAt = Date.now();
  // Asked first only where this run's chaos may hold the service paused. A pause from outside the run is
  // met at the exec: the engine refuses an exec into a paused container, and the refusal is read below.
  const blocked = ctx.pausedBy ? await untilUnpaused(ctx, target, waitStartedAt) : undefined;
  if (blocked) return blocked;
  // The OOM counter and the process table before the step come from the step's own exec (its wrapper's preamble).
  const end = randomBytes(9).toString('hex');
  let preamble: StepPreamble | undefined;
  let pending: Buffer | undefined = Buffer.alloc(0);
  let preambleSeen!: () => void;
  const stepStarted = new Promise<void>((r) => (preambleSeen = r));
  const onStderr = (chunk: Buffer) => {
    if (pending === undefined) return err.push(chunk);
    pending = Buffer.concat([pending, chunk]);
    const split = splitPreamble(pending, end);
    if (!split) return;
    preamble = split.preamble;
    pending = undefined;
    if (split.rest.length > 0) err.push(split.rest);
    preambleSeen();
  };
  let handle: ExecHandle;
  for (;;) {
    try {
      handle = await engine.exec(
        target.containerId,
        { cmd: wrapArgv(commandOf(ctx), end), env: { ...ctx.env, TRACEPARENT: span.traceparent(), ...step.env }, ...(step.workdir ? { workdir: step.workdir } : {}) },
        { onStdout: (c) => out.push(c), onStderr },
      );
      break;
    } catch (e) {
      const state = await engine.inspectContainer(target.containerId).catch(() => undefined);
      if (state?.paused) {
        // Paused between the check and the exec: wait again.
        const again = await untilUnpaused(ctx, target, waitStartedAt);
        if (again) return again;
        continue;
      }
      // The service died before the step could start in it (killed by chaos, crashed, OOM).
      if (!state || state.running) throw e;
      return {
        exitCode: null,
        stdout: out.result(),
        stderr: err.result(),
        containerGone: { oomKilled: state.oomKilled, ...(state.exitCode !== undefined ? { exitCode: state.exitCode } : {}) },
      };
    }
  }
  // The step's time counts from the moment its own command runs in the container (its wrapper's preamble is
  // written), not from the exec request: how long a loaded engine takes to start a process is not the step's time.
  await Promise.race([stepStarted, handle.done.catch(() => undefined)]);
  // Without a preamble (the exec ended first), whatever the wrapper wrote is the step's stderr.
  const flushPending = () => {
    if (pending !== undefined && pending.length > 0) err.push(pending);
    pending = undefined;
  };
  const before = preamble?.processes;
  // The container's init as the engine last reported it (set after the step): lets the leak check read the host's /proc.
  let initPid: number | undefined;
  const processes: StepProcesses | undefined = before ? stepProcessesSince(engine, target.containerId, before, () => initPid) : undefined;
  let processesUnchecked = processes === undefined;
  const oomBefore = preamble?.oomKills;
  const startedAt = Date.now();
  ctx.onRunning?.(startedAt);
  const limit = firstLimit(ctx, startedAt);
  const how = await race(handle.done, limit, ctx.signal);
  const killTarget: KillTarget = {
    signal: async (sig) => processes?.signal(sig).catch(() => undefined),
    exited: handle.done,
    remaining: async () => {
      const found = await processes?.started().catch(() => undefined);
      if (found === undefined) processesUnchecked = true;
      return (found ?? []).map(describeProcess);
    },
  };
  const attempt: Attempt = { exitCode: null, stdout: out.result(), stderr: err.result() };
  if (how === 'timeout' && limit) {
    const record = await enforceTimeout(ctx.recorder, span, { kind: limit.kind, timeoutMs: limit.timeoutMs, strategy: step.timeoutStrategy, gracePeriodMs: step.gracePeriodMs }, killTarget);
    attempt.timedOut = { limit, record };
  } else if (how === 'aborted') {
    // A frozen (paused) container cannot let its processes die: thaw it first, the run is stopping anyway.
    if ((await engine.inspectContainer(target.containerId).catch(() => undefined))?.paused) await engine.unpauseContainer(target.containerId).catch(() => undefined);
    await killTarget.signal('KILL');
    attempt.interrupted = true;
  }
  // Bounded: if even SIGKILL did not end the exec, report and move on; cleanup removes the container.
  const { exitCode } = await Promise.race([
    handle.done.catch(() => ({ exitCode: null })),
    new Promise<{ exitCode: null }>((r) => setTimeout(() => r({ exitCode: null }), how === 'done' ? 2 ** 31 - 1 : 15_000).unref()),
  ]);
  flushPending();
  attempt.exitCode = exitCode;
  attempt.stdout = out.result();
  attempt.stderr = err.result();
  let state = await engine.inspectContainer(target.containerId).catch(() => undefined);
  // An exec killed by a signal often reports before the engine marks its container stopped:
  // give a dying container a moment, so a killed container is not mistaken for an exit code.
  for (let i = 0; i < 10 && state?.running && !attempt.timedOut && (exitCode === null || exitCode >= 128); i++) {
    await new Promise((r) => setTimeout(r, 100));
    state = await engine.inspectContainer(target.containerId).catch(() => undefined);
  }
  initPid = state?.pid;
  if (state?.running && !attempt.timedOut) {
    // A step that exits while its background children live on leaks them: kill and count them.
    // Children already on their way out (busybox `timeout`'s watchdog polls once a second) get a moment.
    const left = await settledProcesses(killTarget);
    if (left.length > 0) {
      await killTarget.signal('KILL');
      attempt.leakedProcesses = left;
    }
  }
  if (processesUnchecked && state?.running) attempt.processesUnchecked = true;
  if (state && !state.running) {
    attempt.containerGone = { oomKilled: state.oomKilled, ...(state.exitCode !== undefined ? { exitCode: state.exitCode } : {}) };
  } else if (exitCode === 137 && oomBefore !== undefined) {
    const oomAfter = await oomKillCount(engine, target.containerId);
    attempt.oomKilled = oomAfter !== undefined && oomAfter > oomBefore;
  }
  return attempt;
}

async function attemptInImage(ctx: StepContext, span: SpanHandle, target: Extract<StepTarget, { kind: 'image' }>, attemptNo: number): Promise<Attempt> {
  const { engine, step } = ctx;
  const imageDigest = await engine.ensureImage(target.image).catch((err: unknown) => {
    throw err instanceof ImageUnavailableError ? err.usedAt(`${step.keyPath}.image`, `step \`${step.name}\``) : err;
  });
  // What the step ran, by content (the same on every attempt): part of the trace digest.
  span.setAttributes({ 'step.image.digest': imageDigest });
  const clockMode = clockModeFor(ctx.env);
  const kit = clockMode ? clockKit() : undefined;
  const id = await engine.createContainer({
    name: `${target.containerName}-${attemptNo}`,
    image: target.image,
    cmd: commandOf(ctx),
    env: { ...ctx.env, ...(clockMode && kit && 'tar' in kit ? fakeClockEnv(clockMode, ctx.env) : {}), TRACEPARENT: span.traceparent(), ...step.env },
    labels: target.labels,
    network: { id: target.networkId, aliases: [] },
    init: true,
    ...(step.workdir ? { workdir: step.workdir } : {}),
  });
  try {
    if (kit && 'tar' in kit) await engine.putArchive(id, '/', kit.tar);
    await engine.startContainer(id);
    const exited = engine.waitContainer(id);
    // The engine has started the container's process once startContainer returns.
    const startedAt = Date.now();
    ctx.onRunning?.(startedAt);
    const limit = firstLimit(ctx, startedAt);
    const how = await race(exited, limit, ctx.signal);
    const killTarget: KillTarget = {
      signal: (sig) => engine.killContainer(id, `SIG${sig}`).catch(() => undefined),
      exited,
      remaining: async () => ((await engine.inspectContainer(id)).running ? [`container ${target.containerName}`] : []),
    };
    const attempt: Attempt = { exitCode: null, stdout: { text: '', truncatedBytes: 0, totalBytes: 0 }, stderr: { text: '', truncatedBytes: 0, totalBytes: 0 } };
    if (how === 'timeout' && limit) {
      const record = await enforceTimeout(ctx.recorder, span, { kind: limit.kind, timeoutMs: limit.timeoutMs, strategy: step.timeoutStrategy, gracePeriodMs: step.gracePeriodMs }, killTarget);
      attempt.timedOut = { limit, record };
    } else if (how === 'aborted') {
      await killTarget.signal('KILL');
      attempt.interrupted = true;
    }
    const { exitCode } = await exited.catch(() => ({ exitCode: -1 }));
    attempt.exitCode = exitCode;
    const state = await engine.inspectContainer(id);
    attempt.oomKilled = state.oomKilled;
    const output = await engine.output(id);
    const out = createCapture();
    const err = createCapture();
    out.push(output.stdout);
    err.push(output.stderr);
    attempt.stdout = out.result();
    attempt.stderr = err.result();
    return attempt;
  } finally {
    await engine.removeContainer(id).catch(() => undefined);
  }
}

/** How long processes a step left behind may take to exit by themselves before they count as leaked. */
export const LEAK_GRACE_MS = 2000;

/** The step's processes still alive once LEAK_GRACE_MS has passed (returns as soon as none is left). */
async function settledProcesses(target: KillTarget): Promise<string[]> {
  const until = Date.now() + LEAK_GRACE_MS;
  let left = await target.remaining();
  while (left.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    left = await target.remaining();
  }
  return left;
}

/** Turns an attempt into a reason for failure, or undefined when it passed. */
function judge(step: StepSpec, a: Attempt): { reason?: FailureReason; message: string } {
  if (a.interrupted) return { reason: { type: 'interrupted' }, message: 'interrupted: the run was stopped' };
  if (a.timedOut) {
    const { limit } = a.timedOut;
    const what = limit.kind === 'step' ? 'step timeout' : limit.kind === 'scenario' ? 'scenario timeout' : 'scenario deadline';
    return { reason: { type: 'timeout', kind: limit.kind, timeoutMs: limit.timeoutMs }, message: `${what} of ${limit.timeoutMs} ms reached; the step was killed (${step.timeoutStrategy})` };
  }
  if (a.paused) {
    const { service, fault, why, limit } = a.paused;
    const reason: FailureReason = { type: 'service_paused', service, ...(fault !== undefined ? { fault } : {}) };
    const by = fault !== undefined ? `by fault \`${fault}\` (pause_container)` : 'outside clnrm (not by a fault of this run)';
    if (why === 'until_cleanup')
      return { reason, message: `service \`${service}\` is paused ${by} until the scenario's cleanup, so the step cannot run in it (give the fault a duration_ms, or run the step in another service)` };
    if (why === 'limit' && limit)
      return { reason, message: `service \`${service}\` was still paused ${by} when the ${limit.kind === 'step' ? 'step timeout' : limit.kind === 'scenario' ? 'scenario timeout' : 'scenario deadline'} of ${limit.timeoutMs} ms was reached; the step never started` };
    if (why === 'overdue') return { reason, message: `service \`${service}\` is still paused ${by} ${UNPAUSE_GRACE_MS / 1000} s after the fault's duration_ms ended; the step never started` };
    return { reason, message: `service \`${service}\` is paused ${by}; the step cannot run in a frozen container` };
  }
  if (a.containerGone) {
    if (a.containerGone.oomKilled) return { reason: { type: 'oom_killed' }, message: 'the container was killed by the kernel OOM killer (memory limit reached)' };
    const code = a.containerGone.exitCode;
    return {
      reason: { type: 'container_killed', ...(code !== undefined ? { exitCode: code } : {}) },
      message: `the container stopped while the step ran (exit ${code ?? 'unknown'})`,
    };
  }
  if (a.oomKilled) return { reason: { type: 'oom_killed' }, message: 'the step was killed by the kernel OOM killer (memory limit reached)' };
  if (a.exitCode !== step.expectExitCode) {
    const code = a.exitCode ?? -1;
    return { reason: { type: 'exit_code', exitCode: code, expected: step.expectExitCode }, message: `exit code ${code}, expected ${step.expectExitCode}` };
  }
  if (step.expectedOutputRegex !== undefined && !new RegExp(step.expectedOutputRegex).test(a.stdout.text)) {
    return { reason: { type: 'output_mismatch', pattern: step.expectedOutputRegex }, message: `stdout does not match /${step.expectedOutputRegex}/` };
  }
  return { message: 'passed' };
}

/** Reasons that another attempt cannot change. */
const FINAL: ReadonlySet<FailureReason['type']> = new Set(['interrupted', 'container_killed', 'engine_error', 'service_paused']);

export async function runStep(ctx: StepContext): Promise<StepRun> {
  const { step, recorder } = ctx;
  const span = recorder.start(`clnrm.step:${step.name}`, ctx.parent, {
    attributes: {
      'step.name': step.name,
      'step.command': typeof step.run === 'string' ? step.run : JSON.stringify(step.run),
      ...(ctx.target.kind === 'service' ? { 'step.service': ctx.target.service } : { 'step.image': ctx.target.image }),
    },
  });
  const startedAt = Date.now();
  let runningAt: number | undefined;
  let heldAt: number | undefined;
  const attemptCtx: StepContext = {
    ...ctx,
    onHeld: (at) => {
      heldAt ??= at;
    },
    onRunning: (at) => {
      runningAt ??= at;
      ctx.onRunning?.(at);
    },
  };
  const maxAttempts = 1 + (step.retries?.max ?? 0);
  let attempts = 0;
  let last: Attempt | undefined;
  let verdict: { reason?: FailureReason; message: string } = { message: '' };
  try {
    for (;;) {
      attempts++;
      last = ctx.target.kind === 'service' ? await attemptInService(attemptCtx, span, ctx.target) : await attemptInImage(attemptCtx, span, ctx.target, attempts);
      verdict = judge(step, last);
      if (!verdict.reason || attempts >= maxAttempts || FINAL.has(verdict.reason.type) || last.timedOut?.limit.kind !== undefined && last.timedOut.limit.kind !== 'step') break;
      const r = step.retries!;
      const base = Math.min(r.backoffMs * r.factor ** (attempts - 1), r.maxBackoffMs ?? Infinity);
      const waitMs = Math.round(base + base * r.jitter * ctx.rng.next());
      span.addEvent('retry', { 'retry.attempt': attempts + 1, 'retry.backoff_ms': waitMs, 'retry.previous_error': verdict.reason.type });
      try {
        await sleep(waitMs, ctx.signal);
      } catch {
        verdict = { reason: { type: 'interrupted' }, message: 'interrupted: the run was stopped' };
        break;
      }
    }
  } catch (err) {
    // A missing image is the suite's problem, not the engine's: its message names the key to fix.
    const message = err instanceof ImageUnavailableError ? describeError(err) : `engine error: ${(err as Error).message}`;
    verdict = { reason: { type: 'engine_error' }, message };
  }

  const failed = verdict.reason !== undefined;
  const outcome = verdictOutcome(step.expectFailure, verdict.reason);
  const exitCode = last?.exitCode ?? undefined;
  // A step held back by a paused service was under that fault from the moment it was held.
  const chaosAttributes = (await ctx.attributes?.(Math.min(heldAt ?? Infinity, runningAt ?? startedAt), Date.now())) ?? {};
  span.setAttributes({
    'retry.attempts': attempts,
    'processes.leaked': last?.leakedProcesses?.length ?? 0,
    ...(last?.processesUnchecked ? { 'processes.checked': false } : {}),
    ...(last?.leakedProcesses?.length ? { 'processes.leaked.commands': last.leakedProcesses.map((p) => p.replace(/^\d+ /, '')) } : {}),
    result: outcome === 'pass' ? 'pass' : 'error',
    ...(exitCode !== undefined && exitCode !== null ? { 'exit.code': exitCode } : {}),
    ...(step.expectFailure ? { 'expected_failure': true } : {}),
    ...chaosAttributes,
  });
  if (failed) span.fail(verdict.reason!.type, verdict.message);
  else span.ok();
  span.end();

  const empty: CapturedText = { text: '', truncatedBytes: 0, totalBytes: 0 };
  const result: StepRun = {
    name: step.name,
    outcome,
    message: step.expectFailure ? (failed ? `failed as expected: ${verdict.message}` : 'expected to fail, but passed') : verdict.message,
    attempts,
    startedAt,
    durationMs: Date.now() - startedAt,
    stdout: last?.stdout ?? empty,
    stderr: last?.stderr ?? empty,
  };
  if (step.expectFailure && !failed) result.reason = { type: 'unexpected_success' };
  else if (verdict.reason && !step.expectFailure) result.reason = verdict.reason;
  else if (verdict.reason) {
    result.reason = verdict.reason;
    result.expectedFailure = true;
  }
  if (exitCode !== undefined && exitCode !== null) result.exitCode = exitCode;
  if (last?.timedOut) result.timeout = last.timedOut.record;
  return result;
}

function verdictOutcome(expectFailure: boolean, reason: FailureReason | undefined): 'pass' | 'fail' | 'error' {
  if (reason?.type === 'engine_error') return 'error';
  if (reason?.type === 'interrupted') return 'error';
  return expectFailure === (reason !== undefined) ? 'pass' : 'fail';
}
