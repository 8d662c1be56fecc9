/** restart_container: restarts the target; the effect is a new start (StartedAt changed) of a running container. */
import { notObserved, notRunning, observed, stateName, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { restarted, states, target } from './shared/container.js';

export const restartContainer = defineFault({
  kind: 'restart_container',
  doc: 'restarts the target',
  revert: 'checks it runs again',
  evidence: 'states, `container.restarted` (the start time read back changed)',
  notInjectedWhen: 'target not running; same start time',
  params: {},
  targets: 'service',
  span: 'clnrm.chaos.restart_container',
  recoverySpan: 'clnrm.recovery',
  decode: () => ({}),
  inject: async (ctx) => {
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
  },
});
