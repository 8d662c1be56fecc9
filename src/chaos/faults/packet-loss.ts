/**
 * packet_loss: drops a share of the target's packets. `random` uses the kernel's random
 * source (not seeded: the share is exact only on average); `nth` drops every
 * n-th packet and is fully deterministic.
 *
 * One chain per direction (INPUT: packets received, OUTPUT: packets sent), so
 * each direction has its own nth counter: every n-th packet received and every
 * n-th packet sent are dropped. One counter shared by both directions aliases
 * with request/response traffic (with n = 4, ping loses every second probe
 * and, but for the first, only replies). The target's loopback is never touched.
 */
import { chainName } from '../../runtime/netns.js';
import { notRunning, observed, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { apply, matchedTraffic, netnsOf, remove, removeAll } from './shared/iptables.js';

export const packetLoss = defineFault({
  kind: 'packet_loss',
  doc: "drops `percent` % of the target's packets",
  revert: 'removes the rules',
  evidence: "`rules.listed`, `rules.packets_matched` (both directions' DROP counters)",
  notInjectedWhen: 'target not running; no packet matched',
  params: {
    percent: { type: 'number', minimum: 0, maximum: 100, description: 'Share of packets dropped.' },
    mode: { enum: ['random', 'nth'], default: 'random', description: '`nth` drops every n-th packet: fully deterministic.' },
  },
  required: ['percent'],
  targets: 'service',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
  decode: (p) => ({ percent: Number(p.percent), mode: p.mode === 'nth' ? ('nth' as const) : ('random' as const) }),
  inject: async (ctx, p) => {
    const { percent, mode } = p;
    const every = Math.max(1, Math.round(100 / Math.max(percent, 0.0001)));
    const match = mode === 'nth' ? `-m statistic --mode nth --every ${every} --packet 0` : `-m statistic --mode random --probability ${(percent / 100).toFixed(4)}`;
    const base = `${ctx.namePrefix}:loss:${ctx.target!.service}`;
    const chains = [chainName(`${base}:in`), chainName(`${base}:out`)] as const;
    const t = netnsOf(ctx, ctx.target!.service);
    const before = await targetState(ctx);
    if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
    await apply(ctx, t, chains[0], [`! -i lo ${match} -j DROP`], ['INPUT']);
    await apply(ctx, t, chains[1], [`! -o lo ${match} -j DROP`], ['OUTPUT']).catch(async (err: unknown) => {
      await remove(ctx, t, chains[0]);
      throw err;
    });
    return {
      evidence: observed({ 'chaos.type': 'packet_loss', 'loss.percent': percent, 'loss.mode': mode, ...(mode === 'nth' ? { 'loss.every': every } : {}), 'rules.listed': 2 }),
      observe: matchedTraffic(ctx, t, chains),
      revert: async () => {
        // Both chains with one helper: one container instead of two.
        return { strategy: 'remove_rules', success: await removeAll(ctx, t, chains) };
      },
    };
  },
});
