/** kill_container: a signal (default SIGKILL) to the target container; the effect is that it stopped running. Nothing to revert. */
import { notObserved, notRunning, observed, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { awaitExit, EXIT_WINDOW_MS, restarted, SIGNAL_PARAM, signalOr, states, target } from './shared/container.js';

export const killContainer = defineFault({
  kind: 'kill_container',
  doc: 'sends `signal` (default SIGKILL) to the target container',
  revert: '—',
  evidence: '`container.state_before`, `container.state_after`, `container.exit_code`',
  notInjectedWhen: 'target not running; still running 3 s after the signal',
  params: SIGNAL_PARAM,
  targets: 'service',
  span: 'clnrm.chaos.kill_container',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ signal: signalOr(p.signal, 'SIGKILL') }),
  inject: async (ctx, p) => {
    const signal = p.signal;
    const before = await targetState(ctx);
    if (!before.running) return { evidence: notRunning(ctx, before) };
    await ctx.engine.killContainer(target(ctx).containerId, signal);
    const after = await awaitExit(ctx, before);
    const attrs = { 'chaos.signal': signal, ...states(before, after), ...(after.exitCode !== undefined ? { 'container.exit_code': after.exitCode } : {}) };
    return { evidence: after.running && !restarted(before, after) ? notObserved(`the container kept running ${EXIT_WINDOW_MS} ms after ${signal}`, attrs) : observed(attrs) };
  },
});
