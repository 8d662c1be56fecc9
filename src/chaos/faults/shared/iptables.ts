/**
 * What the iptables faults share (partition, blackhole, reject, packet loss):
 * a service's address on the scenario network, its network namespace, and
 * chains installed there, listed back, counted and removed.
 */
import { ChaosError } from '../../../common/errors.js';
import { chainPackets, inNetns, installChain, removeChains, type NetnsTarget } from '../../../runtime/netns.js';
import { notObserved, observed } from '../../evidence.js';
import type { Evidence, InjectContext } from '../../types.js';

export async function ipOf(ctx: InjectContext, service: string): Promise<string> {
  const id = ctx.containers.get(service);
  if (!id) throw new ChaosError(`service ${service} is not running in this scenario`, { location: { keyPath: ctx.fault.keyPath } });
  const state = await ctx.engine.inspectContainer(id, ctx.networkId);
  if (!state.ipAddress) throw new ChaosError(`service ${service} has no address on the scenario network`);
  return state.ipAddress;
}

export const netnsOf = (ctx: InjectContext, service: string): NetnsTarget => ({ containerId: ctx.containers.get(service)!, labels: ctx.labels, name: `${ctx.namePrefix}-${service}` });

/**
 * Installs the chain and lists it back; throws unless every rule is listed. A chain that
 * went in only partly is removed again before the throw, so a failed install leaves nothing.
 */
export async function apply(ctx: InjectContext, t: NetnsTarget, chain: string, rules: string[], hooks?: readonly ('INPUT' | 'OUTPUT')[]): Promise<void> {
  const r = await inNetns(ctx.engine, t, `${installChain(chain, rules, hooks)}\niptables -w -S ${chain}`);
  const listed = r.output.split('\n').filter((l) => l.startsWith(`-A ${chain} `)).length;
  if (r.exitCode === 0 && listed === rules.length) return;
  await remove(ctx, t, chain).catch(() => false);
  if (r.exitCode !== 0) throw new ChaosError(`iptables failed (exit ${r.exitCode}): ${r.output.trim().slice(0, 300)}`);
  throw new ChaosError(`iptables lists ${listed} rule(s) in ${chain}, not ${rules.length}`);
}

/** Observation of rules that only show their effect on traffic: packets matched by the chains, read back. */
export function matchedTraffic(ctx: InjectContext, t: NetnsTarget, chains: readonly string[]): () => Promise<Evidence> {
  return async () => {
    const packets = await chainPackets(ctx.engine, t, chains);
    const attrs = { 'rules.packets_matched': packets };
    return packets > 0 ? observed(attrs) : notObserved(`no packet matched the rules in ${ctx.target!.service}'s namespace while the fault was active (no traffic to affect)`, attrs);
  };
}

export async function remove(ctx: InjectContext, t: NetnsTarget, chain: string): Promise<boolean> {
  return removeAll(ctx, t, [chain]);
}

/**
 * Removes several chains of one namespace with one helper (one container, and no two helpers changing
 * one namespace's rules at once: each has its own /run, so iptables' lock would not keep them apart);
 * true when none of them is listed any more.
 */
export async function removeAll(ctx: InjectContext, t: NetnsTarget, chains: readonly string[]): Promise<boolean> {
  return (await inNetns(ctx.engine, t, removeChains(chains))).exitCode === 0;
}
