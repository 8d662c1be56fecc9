/**
 * partition: drops all traffic between groups of services (iptables rules in
 * each member's namespace, without netem); verified by ping before and after healing.
 */
import { chainName, reachable } from '../../runtime/netns.js';
import { notObserved, observed } from '../evidence.js';
import { defineFault, type InjectContext } from '../types.js';
import { apply, ipOf, netnsOf, remove } from './shared/iptables.js';

/** Pings before a heal counts as failed: one starved ping on a loaded machine must not decide it. */
const HEAL_TRIES = 3;

/** Groups from `groups`, or `isolate` = one node against all others (split brain). */
function groupsOf(ctx: InjectContext, p: { groups?: string[][]; isolate?: string }): string[][] {
  if (p.groups) return p.groups;
  const lone = String(p.isolate);
  return [[lone], [...ctx.containers.keys()].filter((s) => s !== lone).sort()];
}

export const partition = defineFault({
  kind: 'partition',
  doc: 'drops traffic between `groups` of services, or between `isolate` and all others (split brain); `direction = "one_way"` drops only the first group\'s outgoing traffic; `partition.detected` records that the runner saw the cut from inside',
  revert: 'removes the rules and checks the other side answers',
  evidence: '`partition.detected` (a ping across the cut fails), `rules.members`',
  notInjectedWhen: 'a member has no address (down); rules not listed back (removed again); the ping still answers',
  params: {
    groups: {
      type: 'array',
      minItems: 2,
      items: { type: 'array', minItems: 1, items: { $ref: '#/$defs/identifier' } },
      description: 'Groups of services that cannot reach each other.',
    },
    isolate: { $ref: '#/$defs/identifier', description: 'Cut one service off from all others (split brain).' },
    direction: { enum: ['both', 'one_way'], default: 'both' },
  },
  references: { groups: 'service', isolate: 'service' },
  targets: 'network',
  span: 'clnrm.network.partition',
  recoverySpan: 'clnrm.network.recovery',
  /** `groups` wins; else `isolate` (its group and "all others" are known once the scenario's containers are). */
  decode: (p) => ({
    ...(Array.isArray(p.groups) ? { groups: p.groups as string[][] } : { isolate: String(p.isolate) }),
    oneWay: p.direction === 'one_way',
  }),
  inject: async (ctx, p) => {
    const groups = groupsOf(ctx, p);
    const { oneWay } = p;
    const attrs = { 'chaos.type': 'partition', 'partition.groups': JSON.stringify(groups), 'partition.direction': oneWay ? 'one_way' : 'both' };
    const ips = new Map<string, string>();
    for (const s of groups.flat()) {
      const ip = await ipOf(ctx, s).catch((err: Error) => err);
      if (ip instanceof Error) return { evidence: notObserved(`${ip.message}: nothing to partition`, { ...attrs, 'partition.detected': false }) };
      ips.set(s, ip);
    }
    const chain = chainName(`${ctx.namePrefix}:partition`);
    const applied: string[] = [];
    // Each member's rules live in its own namespace: they are removed at once, and the heal is checked after all.
    const removeAll = async () => (await Promise.all(applied.map((s) => remove(ctx, netnsOf(ctx, s), chain)))).every(Boolean);
    try {
      for (const [gi, group] of groups.entries()) {
        const others = groups.filter((_, j) => j !== gi).flat();
        for (const s of group) {
          // one_way: only the first group's outgoing traffic is dropped.
          const rules = others.flatMap((o) => (oneWay ? (gi === 0 ? [`-d ${ips.get(o)} -j DROP`] : []) : [`-s ${ips.get(o)} -j DROP`, `-d ${ips.get(o)} -j DROP`]));
          if (rules.length === 0) continue;
          // Listed before applying: a member whose rules went in but were not all read back is removed too.
          applied.push(s);
          await apply(ctx, netnsOf(ctx, s), chain, rules);
        }
      }
    } catch (err) {
      // Half a partition is not the declared one: undo what was applied.
      await removeAll();
      return { evidence: notObserved(`${(err as Error).message} (rules removed again)`, { ...attrs, 'partition.detected': false }) };
    }
    // Detected = the runner saw the cut from inside: the first group cannot reach the second.
    const [a, b] = [groups[0]![0]!, groups[1]![0]!];
    const detected = !(await reachable(ctx.engine, netnsOf(ctx, a), ips.get(b)!));
    const evidenceAttrs = { ...attrs, 'partition.detected': detected, 'rules.members': applied.length };
    return {
      evidence: detected ? observed(evidenceAttrs) : notObserved(`${a} still reaches ${b} (${ips.get(b)}) through the partition`, evidenceAttrs),
      revert: async () => {
        const ok = await removeAll();
        const healed = ok && (await reachable(ctx.engine, netnsOf(ctx, a), ips.get(b)!, HEAL_TRIES));
        return { strategy: 'remove_rules', success: healed };
      },
    };
  },
});
