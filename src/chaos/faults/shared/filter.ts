/**
 * What blackhole and reject share: their `host`/`port` parameters and their
 * verb, one iptables rule that drops (blackhole) or refuses with a TCP reset
 * (reject) traffic in the target's namespace.
 */
import { chainName } from '../../../runtime/netns.js';
import { notRunning, observed, targetState } from '../../evidence.js';
import type { InjectContext, InjectResult } from '../../types.js';
import { apply, ipOf, matchedTraffic, netnsOf, remove } from './iptables.js';

export interface HostPort {
  host?: string;
  port?: number;
}

export const HOST_PORT_PARAMS = {
  host: { type: 'string', minLength: 1 },
  port: { type: 'integer', minimum: 1, maximum: 65535 },
} as const;

export const decodeHostPort = (p: Readonly<Record<string, unknown>>): HostPort => p as HostPort;

/** The verb: a rule ending in `action`, to `host`:`port`, to the target's `port`, or to all but its loopback. */
export function filterTraffic(action: 'DROP' | 'REJECT'): (ctx: InjectContext, p: HostPort) => Promise<InjectResult> {
  return async (ctx, p) => {
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
  };
}
