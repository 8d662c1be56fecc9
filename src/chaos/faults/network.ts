/**
 * Network faults on the scenario network, without netem: iptables rules in
 * the target's namespace (partition, blackhole, reject, packet loss) and
 * detaching from the network. Spans clnrm.network.partition / clnrm.network.chaos,
 * healed under clnrm.network.recovery.
 *
 * Evidence: the rules are listed back from the namespace after they are
 * installed; a partition is seen from inside (a ping across it fails); the
 * other rules count as effective once their packet counters, read back before
 * the revert, show they matched traffic.
 */
import { notObserved, notRunning, observed, targetState } from '../evidence.js';
import { chainName, chainPackets, inNetns, installChain, reachable, removeChain, type NetnsTarget } from '../../runtime/netns.js';
import * as kinds from '../../load/fault-kinds/network.js';
import { defineFault, type Evidence, type FaultType, type InjectContext } from '../types.js';
import { ChaosError } from '../../common/errors.js';

async function ipOf(ctx: InjectContext, service: string): Promise<string> {
  const id = ctx.containers.get(service);
  if (!id) throw new ChaosError(`service ${service} is not running in this scenario`, { location: { keyPath: ctx.fault.keyPath } });
  const state = await ctx.engine.inspectContainer(id, ctx.networkId);
  if (!state.ipAddress) throw new ChaosError(`service ${service} has no address on the scenario network`);
  return state.ipAddress;
}

const netnsOf = (ctx: InjectContext, service: string): NetnsTarget => ({ containerId: ctx.containers.get(service)!, labels: ctx.labels, name: `${ctx.namePrefix}-${service}` });

/**
 * Installs the chain and lists it back; throws unless every rule is listed. A chain that
 * went in only partly is removed again before the throw, so a failed install leaves nothing.
 */
async function apply(ctx: InjectContext, t: NetnsTarget, chain: string, rules: string[], hooks?: readonly ('INPUT' | 'OUTPUT')[]): Promise<void> {
  const r = await inNetns(ctx.engine, t, `${installChain(chain, rules, hooks)}\niptables -w -S ${chain}`);
  const listed = r.output.split('\n').filter((l) => l.startsWith(`-A ${chain} `)).length;
  if (r.exitCode === 0 && listed === rules.length) return;
  await remove(ctx, t, chain).catch(() => false);
  if (r.exitCode !== 0) throw new ChaosError(`iptables failed (exit ${r.exitCode}): ${r.output.trim().slice(0, 300)}`);
  throw new ChaosError(`iptables lists ${listed} rule(s) in ${chain}, not ${rules.length}`);
}

/** Observation of rules that only show their effect on traffic: packets matched by the chains, read back. */
function matchedTraffic(ctx: InjectContext, t: NetnsTarget, chains: readonly string[]): () => Promise<Evidence> {
  return async () => {
    let packets = 0;
    for (const c of chains) packets += await chainPackets(ctx.engine, t, c);
    const attrs = { 'rules.packets_matched': packets };
    return packets > 0 ? observed(attrs) : notObserved(`no packet matched the rules in ${ctx.target!.service}'s namespace while the fault was active (no traffic to affect)`, attrs);
  };
}

async function remove(ctx: InjectContext, t: NetnsTarget, chain: string): Promise<boolean> {
  return (await inNetns(ctx.engine, t, removeChain(chain))).exitCode === 0;
}

/** Groups from `groups`, or `isolate` = one node against all others (split brain). */
function groupsOf(ctx: InjectContext, p: { groups?: string[][]; isolate?: string }): string[][] {
  if (p.groups) return p.groups;
  const lone = String(p.isolate);
  return [[lone], [...ctx.containers.keys()].filter((s) => s !== lone).sort()];
}

/** Drops all traffic between groups of services; verified by ping before and after healing. */
export const partition = defineFault(kinds.partition, async (ctx, p) => {
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
  const removeAll = async () => {
    let ok = true;
    for (const s of applied) ok = (await remove(ctx, netnsOf(ctx, s), chain)) && ok;
    return ok;
  };
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
      const healed = ok && (await reachable(ctx.engine, netnsOf(ctx, a), ips.get(b)!));
      return { strategy: 'remove_rules', success: healed };
    },
  };
});

/** Drops (blackhole) or refuses with a TCP reset (reject) traffic to a host/port, in the target's namespace. */
function filterFault(kind: typeof kinds.blackhole, action: 'DROP' | 'REJECT'): FaultType<{ host?: string; port?: number }> {
  return defineFault(kind, async (ctx, p) => {
    const { host, port } = p;
    const target = ctx.target!.service;
    const before = await targetState(ctx);
    if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
    const hostIp = host === undefined ? undefined : ctx.containers.has(host) ? await ipOf(ctx, host) : host;
    const portRule = port === undefined ? '' : `-p tcp --dport ${port}`;
    // A tcp-reset needs `-p tcp`, given once (iptables refuses a second -p).
    const jump = action === 'DROP' ? '-j DROP' : `${port === undefined ? '-p tcp ' : ''}-j REJECT --reject-with tcp-reset`;
    const rules =
      hostIp !== undefined
        ? [`-d ${hostIp} ${portRule} ${jump}`.replace(/ +/g, ' ')]
        : port !== undefined
          ? // Without a host: incoming connections to the target's port (clients see refused / timeouts).
            [`${portRule} ${jump}`]
          : // All traffic but the target's loopback (the chain sees INPUT, where only -i is set, and OUTPUT, where only -o is);
            // reject spares the resets it sends itself (they cross OUTPUT too).
            [action === 'DROP' ? '! -i lo ! -o lo -j DROP' : '! -i lo ! -o lo -p tcp ! --tcp-flags RST RST -j REJECT --reject-with tcp-reset'];
    const chain = chainName(`${ctx.namePrefix}:${ctx.fault.type}:${target}`);
    const t = netnsOf(ctx, target);
    await apply(ctx, t, chain, rules);
    return {
      evidence: observed({ 'chaos.type': ctx.fault.type, ...(host ? { 'network.host': host } : {}), ...(port ? { 'network.port': port } : {}), 'rules.listed': rules.length }),
      observe: matchedTraffic(ctx, t, [chain]),
      revert: async () => ({ strategy: 'remove_rules', success: await remove(ctx, t, chain) }),
    };
  });
}

export const blackhole = filterFault(kinds.blackhole, 'DROP');
export const reject = filterFault(kinds.reject, 'REJECT');

/**
 * Drops a share of the target's packets. `random` uses the kernel's random
 * source (not seeded: the share is exact only on average); `nth` drops every
 * n-th packet and is fully deterministic.
 *
 * One chain per direction (INPUT: packets received, OUTPUT: packets sent), so
 * each direction has its own nth counter: every n-th packet received and every
 * n-th packet sent are dropped. One counter shared by both directions aliases
 * with request/response traffic (with n = 4, ping loses every second probe
 * and, but for the first, only replies). The target's loopback is never touched.
 */
export const packetLoss = defineFault(kinds.packetLoss, async (ctx, p) => {
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
      const removed = [await remove(ctx, t, chains[0]), await remove(ctx, t, chains[1])];
      return { strategy: 'remove_rules', success: removed.every(Boolean) };
    },
  };
});

/** Detaches the target from the scenario network; reattached with its service alias. */
export const networkDisconnect = defineFault(kinds.networkDisconnect, async (ctx) => {
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
});
