/** network_disconnect: detaches the target from the scenario network; reattached with its service alias. */
import { notObserved, notRunning, observed } from '../evidence.js';
import { defineFault } from '../types.js';

export const networkDisconnect = defineFault({
  kind: 'network_disconnect',
  doc: 'detaches the target from the scenario network',
  revert: 'reattaches it with its service name',
  evidence: '`network.attached_before`, `network.attached_after` (false: no address on the scenario network)',
  notInjectedWhen: 'target not running or not attached; still has an address',
  params: {},
  targets: 'service',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
  decode: () => ({}),
  inject: async (ctx) => {
    const { containerId, service } = ctx.target!;
    const before = await ctx.engine.inspectContainer(containerId, ctx.networkId);
    if (!before.running) return { evidence: notRunning(ctx, before) };
    if (!before.ipAddress) return { evidence: notObserved(`${service} is not attached to the scenario network`, { 'network.attached_before': false }) };
    await ctx.engine.disconnectNetwork(ctx.networkId, containerId);
    const after = await ctx.engine.inspectContainer(containerId, ctx.networkId);
    // Addresses differ between runs: the span records attachment, read back before and after.
    const attrs = { 'chaos.type': 'network_disconnect', 'network.attached_before': true, 'network.attached_after': Boolean(after.ipAddress) };
    if (after.ipAddress) return { evidence: notObserved(`${service} still has ${after.ipAddress} on the scenario network after the disconnect`, attrs) };
    return {
      evidence: observed(attrs),
      revert: async () => {
        await ctx.engine.connectNetwork(ctx.networkId, containerId, [service]);
        const state = await ctx.engine.inspectContainer(containerId, ctx.networkId);
        return { strategy: 'reconnect', success: state.ipAddress !== undefined && state.ipAddress !== '' };
      },
    };
  },
});
