/**
 * signal: a signal to the main process (SIGTERM by default), e.g. SIGHUP to reload or SIGUSR1.
 *
 * The signal counts as having taken effect when (a) the main process had a
 * handler for it when it was sent (SigCgt, read inside the target: the kernel
 * runs the handler), or (b) the container stopped running or started anew, or
 * the main process stopped (state T) or is gone, within a few seconds. A
 * signal without handler whose default is to be ignored, one the process
 * ignores, or one sent to a PID 1 without handler (PID 1 of a namespace
 * ignores those) changes nothing: not injected.
 */
import { MAIN_PID_SH, notObserved, notRunning, observed, parseKv, shIn, SIGNAL_DISPOSITION_SH, signalNumber, targetState, until } from '../evidence.js';
import { defineFault, type InjectContext } from '../types.js';
import { EXIT_WINDOW_MS, restarted, SIGNAL_PARAM, signalOr, states, target } from './shared/container.js';

/** The main process's disposition of signal number `n`, read inside the target (undefined when it cannot be read). */
async function disposition(ctx: InjectContext, n: number | undefined): Promise<Record<string, string> | undefined> {
  if (n === undefined) return undefined;
  const r = await shIn(ctx.engine, target(ctx).containerId, `${MAIN_PID_SH}\nset -- "$main" "$1"\n${SIGNAL_DISPOSITION_SH}`, [String(n)]).catch(() => undefined);
  return r?.exitCode === 0 ? parseKv(r.out) : undefined;
}

export const signalFault = defineFault({
  kind: 'signal',
  doc: "sends `signal` (default SIGTERM) to the target's main process",
  revert: '—',
  evidence: 'states, `signal.outcome` (`handled`, `exited`, `stopped`, `process_gone`, `ignored`), `signal.process`, `signal.handler`',
  notInjectedWhen: 'target not running; no handler and nothing changed',
  params: SIGNAL_PARAM,
  targets: 'service',
  span: 'clnrm.chaos.signal',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ signal: signalOr(p.signal, 'SIGTERM') }),
  inject: async (ctx, p) => {
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
  },
});
