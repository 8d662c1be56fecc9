/**
 * iptables chains in a target's network namespace, run through the runtime's
 * namespace helper (src/runtime/netns.ts).
 *
 * Each fault gets its own chain, hooked into INPUT and OUTPUT, so reverting
 * one fault (flush + unhook its chain) never touches another's rules.
 */
import type { Engine } from '../runtime/engine.js';
import { inNetns, type NetnsTarget } from '../runtime/netns.js';
import { ChaosError } from '../common/errors.js';

export { inNetns, type NetnsTarget };

/** Shell that creates `chain`, hooks it first into `hooks` (default INPUT and OUTPUT), and appends `rules` (iptables args after `-A chain`). */
export function installChain(chain: string, rules: string[], hooks: readonly ('INPUT' | 'OUTPUT')[] = ['INPUT', 'OUTPUT']): string {
  return ['set -e', `iptables -w -N ${chain}`, ...hooks.map((h) => `iptables -w -I ${h} 1 -j ${chain}`), ...rules.map((r) => `iptables -w -A ${chain} ${r}`)].join('\n');
}

export function removeChain(chain: string): string {
  return [
    `iptables -w -D INPUT -j ${chain} 2>/dev/null || true`,
    `iptables -w -D OUTPUT -j ${chain} 2>/dev/null || true`,
    `iptables -w -F ${chain} 2>/dev/null || true`,
    `iptables -w -X ${chain} 2>/dev/null || true`,
    `! iptables -w -L ${chain} >/dev/null 2>&1`,
  ].join('\n');
}

/** True when `ip` answers a ping from inside the target's namespace within a second. */
export async function reachable(engine: Engine, t: NetnsTarget, ip: string): Promise<boolean> {
  const r = await inNetns(engine, t, `ping -c 1 -W 1 ${ip} >/dev/null 2>&1`);
  return r.exitCode === 0;
}

/** Packets matched by the rules of `chain` so far (its counters, read back). */
export async function chainPackets(engine: Engine, t: NetnsTarget, chain: string): Promise<number> {
  const r = await inNetns(engine, t, `out=$(iptables -w -L ${chain} -n -v -x) || exit 1\necho "$out" | awk 'NR > 2 { s += $1 } END { print "packets=" s + 0 }'`);
  const m = /packets=(\d+)/.exec(r.output);
  if (r.exitCode !== 0 || !m) throw new ChaosError(`cannot read the counters of ${chain}: ${r.output.trim().slice(0, 200)}`);
  return Number(m[1]);
}

/** iptables chain names are limited to 28 characters. */
export function chainName(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return `CLNRM${(h >>> 0).toString(36)}`.slice(0, 28);
}
