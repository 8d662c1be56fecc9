/** stop_container: stops the target gracefully; started again when `duration_ms` ends (only if this fault stopped it). */
import { notObserved, notRunning, observed, stateName, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { states, target } from './shared/container.js';

export const stopContainer = defineFault({
  kind: 'stop_container',
  doc: 'stops the target (SIGTERM, then SIGKILL after `stop_timeout_ms`)',
  revert: 'starts it again',
  evidence: '`container.state_before`, `container.state_after`',
  notInjectedWhen: 'target not running; still running after the stop',
  params: { stop_timeout_ms: { $ref: '#/$defs/durationMs', description: 'Time between SIGTERM and SIGKILL.' } },
  targets: 'service',
  span: 'clnrm.chaos.stop_container',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ stopTimeoutMs: Number(p.stop_timeout_ms ?? 10_000) }),
  inject: async (ctx, p) => {
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
  },
});
