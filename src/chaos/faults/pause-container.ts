/** pause_container: freezes every process of the target (cgroup freezer); unpaused after `duration_ms` or at cleanup, only if this fault paused it. */
import { notObserved, notRunning, observed, stateName, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { states, target } from './shared/container.js';

export const pauseContainer = defineFault({
  kind: 'pause_container',
  doc: 'freezes every process of the target; a step that runs in the target while it is paused waits for the unpause (`duration_ms`), or fails with reason `service_paused` naming the fault when the pause lasts until cleanup or a time limit comes first',
  revert: 'unpauses',
  evidence: 'states (`paused` after)',
  notInjectedWhen: 'target not running or already paused; not paused after',
  params: {},
  targets: 'service',
  span: 'clnrm.chaos.pause_container',
  recoverySpan: 'clnrm.recovery',
  decode: () => ({}),
  inject: async (ctx) => {
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
  },
});
