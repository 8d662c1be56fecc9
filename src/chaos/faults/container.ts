/**
 * Container faults: kill, stop, restart, pause, signal, and killing a process
 * by name: the verb of each kind of load/fault-kinds/container.ts (span family clnrm.chaos.<type>).
 *
 * Each reads the container's state before (a target that is not running is
 * not applicable: nothing is sent) and after (the effect), and reverts only
 * what it changed.
 */
import type { ContainerState } from '../../runtime/engine.js';
import { MAIN_PID_SH, notObserved, notRunning, observed, parseKv, shIn, SIGNAL_DISPOSITION_SH, signalNumber, stateName, targetState, until } from '../evidence.js';
import * as kinds from '../../load/fault-kinds/container.js';
import { defineFault, type InjectContext } from '../types.js';

const target = (ctx: InjectContext) => ctx.target!;
/** How long a signalled container may take to exit before "it kept running" is the reading. */
const EXIT_WINDOW_MS = 3000;

const restarted = (before: ContainerState, after: ContainerState) => after.startedAt !== undefined && after.startedAt !== before.startedAt;
const states = (before: ContainerState, after: ContainerState) => ({ 'container.state_before': stateName(before), 'container.state_after': stateName(after) });

/** Waits (bounded) until the container has stopped running or started anew; the last state read. */
async function awaitExit(ctx: InjectContext, before: ContainerState): Promise<ContainerState> {
  let after = before;
  await until(async () => {
    after = await targetState(ctx);
    return !after.running || restarted(before, after);
  }, EXIT_WINDOW_MS);
  return after;
}

/** Sends a signal (default SIGKILL) to the container; the effect is that it stopped running. Nothing to revert. */
export const killContainer = defineFault(kinds.killContainer, async (ctx, p) => {
  const signal = p.signal;
  const before = await targetState(ctx);
  if (!before.running) return { evidence: notRunning(ctx, before) };
  await ctx.engine.killContainer(target(ctx).containerId, signal);
  const after = await awaitExit(ctx, before);
  const attrs = { 'chaos.signal': signal, ...states(before, after), ...(after.exitCode !== undefined ? { 'container.exit_code': after.exitCode } : {}) };
  return { evidence: after.running && !restarted(before, after) ? notObserved(`the container kept running ${EXIT_WINDOW_MS} ms after ${signal}`, attrs) : observed(attrs) };
});

/** Stops the container gracefully; started again when `duration_ms` ends (only if this fault stopped it). */
export const stopContainer = defineFault(kinds.stopContainer, async (ctx, p) => {
  const timeoutMs = p.stopTimeoutMs;
  const before = await targetState(ctx);
  if (!before.running) return { evidence: notRunning(ctx, before) };
  await ctx.engine.stopContainer(target(ctx).containerId, timeoutMs);
  const after = await targetState(ctx);
  const attrs = { 'stop.timeout_ms': timeoutMs, ...states(before, after) };
  if (after.running) return { evidence: notObserved('the container is still running after the stop', attrs) };
  return {
    evidence: observed(attrs),
    revert: async () => {
      await ctx.engine.startContainer(target(ctx).containerId);
      const s = await targetState(ctx);
      return { strategy: 'start', success: s.running, attributes: { 'container.state_after': stateName(s) } };
    },
  };
});

/** Restarts the container; the effect is a new start (StartedAt changed) of a running container. */
export const restartContainer = defineFault(kinds.restartContainer, async (ctx) => {
  const before = await targetState(ctx);
  // Restarting a container that is not running would start it: a recovery, not a fault.
  if (!before.running) return { evidence: notRunning(ctx, before) };
  await ctx.engine.restartContainer(target(ctx).containerId, 10_000);
  const after = await targetState(ctx);
  // Start times differ between runs (and would change the digest): the span records whether it changed.
  const attrs = { ...states(before, after), 'container.restarted': restarted(before, after) };
  if (!restarted(before, after)) return { evidence: notObserved('the container did not start anew (same start time)', attrs) };
  return {
    evidence: observed(attrs),
    revert: async () => {
      const s = await targetState(ctx);
      return { strategy: 'restart', success: s.running, attributes: { 'container.state_after': stateName(s) } };
    },
  };
});

/** Freezes every process of the container (cgroup freezer); unpaused after `duration_ms` or at cleanup, only if this fault paused it. */
export const pauseContainer = defineFault(kinds.pauseContainer, async (ctx) => {
  const before = await targetState(ctx);
  // Already paused: the engine answers "already paused", which changes nothing.
  if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
  await ctx.engine.pauseContainer(target(ctx).containerId);
  const after = await targetState(ctx);
  const attrs = states(before, after);
  if (!after.paused) return { evidence: notObserved('the container is not paused after the pause', attrs) };
  return {
    evidence: observed(attrs),
    revert: async () => {
      await ctx.engine.unpauseContainer(target(ctx).containerId);
      const s = await targetState(ctx);
      return { strategy: 'unpause', success: s.running && !s.paused, attributes: { 'container.state_after': stateName(s) } };
    },
  };
});

/** The main process's disposition of signal number `n`, read inside the target (undefined when it cannot be read). */
async function disposition(ctx: InjectContext, n: number | undefined): Promise<Record<string, string> | undefined> {
  if (n === undefined) return undefined;
  const r = await shIn(ctx.engine, target(ctx).containerId, `${MAIN_PID_SH}\nset -- "$main" "$1"\n${SIGNAL_DISPOSITION_SH}`, [String(n)]).catch(() => undefined);
  return r?.exitCode === 0 ? parseKv(r.out) : undefined;
}

/**
 * Sends a signal to the main process (SIGTERM by default), e.g. SIGHUP to reload or SIGUSR1.
 *
 * The signal counts as having taken effect when (a) the main process had a
 * handler for it when it was sent (SigCgt, read inside the target: the kernel
 * runs the handler), or (b) the container stopped running or started anew, or
 * the main process stopped (state T) or is gone, within a few seconds. A
 * signal without handler whose default is to be ignored, one the process
 * ignores, or one sent to a PID 1 without handler (PID 1 of a namespace
 * ignores those) changes nothing: not injected.
 */
export const signalFault = defineFault(kinds.signalFault, async (ctx, p) => {
  const signal = p.signal;
  const before = await targetState(ctx);
  if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
  const disp = await disposition(ctx, signalNumber(signal));
  const caught = disp?.caught === '1' && disp.ignored !== '1';
  await ctx.engine.killContainer(target(ctx).containerId, signal);
  let after = await targetState(ctx);
  let main: Record<string, string> | undefined;
  const changed =
    caught ||
    (await until(async () => {
      after = await targetState(ctx);
      if (!after.running || restarted(before, after)) return true;
      // Gone or stopped counts only for a process that was seen before the signal.
      if (!disp || disp.gone === '1') return false;
      main = await disposition(ctx, signalNumber(signal));
      return main?.gone === '1' || main?.state === 'T';
    }, EXIT_WINDOW_MS, 200));
  const outcome = caught ? 'handled' : !after.running || restarted(before, after) ? 'exited' : main?.gone === '1' ? 'process_gone' : main?.state === 'T' ? 'stopped' : 'ignored';
  const attrs = {
    'chaos.signal': signal,
    ...states(before, after),
    'signal.outcome': outcome,
    ...(disp ? { 'signal.process': disp.name ?? '', 'signal.handler': disp.caught === '1' } : {}),
  };
  if (changed) return { evidence: observed(attrs) };
  const who = disp ? `the main process (${disp.name ?? '?'})` : 'the main process';
  return { evidence: notObserved(`${who} has no handler for ${signal} and kept running ${EXIT_WINDOW_MS} ms: the signal was ignored`, attrs) };
});

/**
 * Shell: signals the processes named `$1` with signal `$2` (number `$3`);
 * prints how many matched, were signalled, had a handler, and are gone or
 * stopped a moment later (zombies count as gone).
 */
const KILL_PROCESS_SH = `
disp() { ${SIGNAL_DISPOSITION_SH} }
pids=$(pidof "$1")
echo matched=$(echo $pids | wc -w)
[ -n "$pids" ] || exit 0
handled=0
for p in $pids; do case "$(disp $p $3)" in *caught=1*ignored=0*) handled=$((handled+1));; esac; done
echo handled=$handled
kill -$2 $pids && echo signalled=$(echo $pids | wc -w)
i=0
while :; do
  gone=0; stopped=0
  for p in $pids; do
    s=$(sed -n 's/^State:[[:space:]]*\\([A-Z]\\).*/\\1/p' /proc/$p/status 2>/dev/null)
    case "$s" in ''|Z|X) gone=$((gone+1));; T) stopped=$((stopped+1));; esac
  done
  [ $((gone+stopped)) -ge $(echo $pids | wc -w) ] || [ $i -ge 10 ] && break
  i=$((i+1)); sleep 0.1
done
echo gone=$gone; echo stopped=$stopped
`;

/** Kills processes matched by name inside the container; the effect is a matched process gone, stopped, or running its handler. */
export const killProcess = defineFault(kinds.killProcess, async (ctx, p) => {
  const { process: name, signal } = p;
  const before = await targetState(ctx);
  if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
  const r = await shIn(ctx.engine, target(ctx).containerId, KILL_PROCESS_SH, [name, signal.replace(/^SIG/, ''), String(signalNumber(signal) ?? 0)]);
  const kv = parseKv(r.out);
  const n = (k: string) => Number(kv[k] ?? 0) || 0;
  const attrs = {
    'process.name': name,
    'chaos.signal': signal,
    'processes.matched': n('matched'),
    'processes.signalled': n('signalled'),
    'processes.killed': n('gone'),
    'processes.stopped': n('stopped'),
    'processes.handled': n('handled'),
  };
  if (n('matched') === 0) return { evidence: notObserved(`no process named ${name} runs in ${target(ctx).service}`, attrs) };
  if (n('signalled') === 0) return { evidence: notObserved(`kill -${signal} failed: ${r.out.trim().slice(-200)}`, attrs) };
  if (n('gone') + n('stopped') + n('handled') === 0) return { evidence: notObserved(`the ${n('signalled')} process(es) named ${name} ignored ${signal} (no handler, still running)`, attrs) };
  return { evidence: observed(attrs) };
});
