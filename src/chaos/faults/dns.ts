/**
 * dns: lookups of chosen names inside a target fail, hang, or resolve to
 * another service.
 *
 * fail / hang: iptables in the target's namespace (nettools helper). A rule in
 * `mangle OUTPUT`, where a query still has its port 53 (Docker's embedded DNS
 * at 127.0.0.11 is NATed to another port after that), marks UDP queries whose
 * question is one of `names` (the name's wire form, `|03|api|00|`); a rule in
 * `filter INPUT` rejects marked queries (the resolver gets "port unreachable"
 * and gives up at once: fail) or drops them (no answer: the lookup waits for
 * its timeouts: hang). With `rate` below 1, only some queries are marked: of
 * every DNS_PERIOD queries for a name, the ones at round(rate × DNS_PERIOD)
 * positions drawn from the seed (iptables' `statistic --mode nth`): no
 * unseeded randomness. Resolvers retry and ask for A and AAAA, so a lookup
 * fails when all its queries were chosen.
 *
 * redirect: lines `IP name` appended to the target's /etc/hosts, IP being the
 * address of the service `to`; programs that use the system resolver (glibc
 * getaddrinfo: node, curl, ping) read /etc/hosts first. No rate: every lookup
 * is redirected. The revert writes the original /etc/hosts back exactly.
 *
 * Evidence: a lookup of the first name inside the target (node's dns.lookup
 * where node is installed, else busybox ping's resolver) fails, times out, or
 * resolves to the redirect address; with a rate below 1, the rules' counters
 * (queries rejected or dropped), read back before the revert.
 */
import { ChaosError } from '../../common/errors.js';
import { chainName, inNetns } from '../../runtime/netns.js';
import { notObserved, notRunning, observed, parseKv, shIn, targetState } from '../evidence.js';
import type { InjectContext } from '../types.js';
import { defineFault } from '../types.js';
import { ipOf, matchedTraffic, netnsOf } from './shared/iptables.js';

/** Queries per cycle of the rate pattern: rates are rounded to 1/DNS_PERIOD. */
export const DNS_PERIOD = 20;
/** The packet mark of chosen queries (the mask keeps other marks intact). */
const MARK = '0x2d50000/0xffff0000';
/** How long the evidence lookup may take before it counts as hanging. */
const LOOKUP_TIMEOUT_MS = 2000;

type Mode = 'fail' | 'hang' | 'redirect';

/** A name in DNS wire form for iptables' string match: `api.internal` → `|03|api|08|internal|00|`. */
export function wireForm(name: string): string {
  return `${name
    .replace(/\.$/, '')
    .toLowerCase()
    .split('.')
    .map((l) => `|${l.length.toString(16).padStart(2, '0')}|${l}`)
    .join('')}|00|`;
}

/** The mangle rules that mark chosen queries, and the filter rule that rejects or drops them. */
export function dnsRules(names: readonly string[], mode: 'fail' | 'hang', positions: readonly number[] | undefined): { mark: string[]; act: string } {
  const nth = positions === undefined ? [''] : positions.map((p) => ` -m statistic --mode nth --every ${DNS_PERIOD} --packet ${p}`);
  const mark = names.flatMap((n) => nth.map((s) => `-p udp --dport 53 -m string --algo bm --hex-string "${wireForm(n)}"${s} -j MARK --set-xmark ${MARK}`));
  return { mark, act: `-m mark --mark ${MARK} -j ${mode === 'fail' ? 'REJECT' : 'DROP'}` };
}

/**
 * Shell: looks up $1 and prints `lookup=resolved IP`, `lookup=error` or `lookup=timeout` ($2 ms):
 * node's dns.lookup (getaddrinfo) where node is installed, else busybox ping's resolver.
 */
const LOOKUP_SH = `s=$(( ($2 + 999) / 1000 ))
if command -v node >/dev/null 2>&1; then
  out=$(timeout $s node -e 'require("dns").lookup(process.argv[1], { family: 4 }, (e, a) => console.log(e ? "lookup=error " + e.code : "lookup=resolved " + a))' "$1")
  if [ -n "$out" ]; then echo "$out"; else echo lookup=timeout; fi
  exit 0
fi
out=$(timeout $s ping -c 1 -W 1 "$1" 2>&1); rc=$?
ip=$(echo "$out" | sed -n 's/^PING [^(]*(\\([0-9.]*\\)).*/\\1/p' | head -1)
if [ -n "$ip" ]; then echo "lookup=resolved $ip"; elif [ $rc -ge 124 ]; then echo lookup=timeout; else echo lookup=error; fi`;

async function lookup(ctx: InjectContext, name: string): Promise<string> {
  const { out } = await shIn(ctx.engine, ctx.target!.containerId, LOOKUP_SH, [name, String(LOOKUP_TIMEOUT_MS)]);
  return parseKv(out).lookup ?? 'unknown';
}

export const dns = defineFault({
  kind: 'dns',
  doc: 'lookups of `names` inside the target fail (`mode = "fail"`), hang (`"hang"`), at the share `rate` of their queries, or resolve to the service `to` (`"redirect"`)',
  revert: 'removes the rules (fail, hang); writes the original /etc/hosts back (redirect)',
  evidence: '`dns.lookup` (a lookup of the first name inside the target: `error`, `timeout`, or `resolved` to `to`\'s address), `dns.pattern` (the chosen positions of each cycle of queries at a rate below 1), `rules.packets_matched` (before the revert)',
  notInjectedWhen: 'target not running; the lookup still resolved (rate 1) or no query was caught while the fault was active (rate below 1); /etc/hosts could not be written (redirect)',
  params: {
    names: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$' }, description: 'The names whose lookups are affected, exactly as programs ask for them (`api`, `db.internal`).' },
    mode: { enum: ['fail', 'hang', 'redirect'], default: 'fail' },
    to: { $ref: '#/$defs/identifier', description: 'redirect: the service the names resolve to.' },
    rate: { type: 'number', minimum: 0, maximum: 1, default: 1, description: `fail, hang: share of the DNS queries for the names caught, rounded to 1/${DNS_PERIOD}; which of every ${DNS_PERIOD} queries is drawn from the seed.` },
  },
  required: ['names'],
  references: { to: 'service' },
  targets: 'service',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
  decode: (p) => {
    const mode = (p.mode ?? 'fail') as Mode;
    const rate = p.rate === undefined ? 1 : Number(p.rate);
    if (!(rate >= 0 && rate <= 1)) throw new Error(`dns: rate must be within 0..1, not ${JSON.stringify(p.rate)}`);
    if (mode === 'redirect' && typeof p.to !== 'string') throw new Error('dns: mode "redirect" needs `to`, the service the names resolve to');
    if (mode === 'redirect' && p.rate !== undefined) throw new Error('dns: mode "redirect" has no rate (every lookup reads /etc/hosts)');
    return { names: (p.names as string[]).map((n) => n.replace(/\.$/, '')), mode, rate, ...(typeof p.to === 'string' ? { to: p.to } : {}) };
  },
  inject: async (ctx, p) => {
    const target = ctx.target!.service;
    const before = await targetState(ctx);
    if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
    const attrs = { 'chaos.type': 'dns', 'dns.mode': p.mode, 'dns.names': p.names.join(',') };
    if (p.mode === 'redirect') return redirect(ctx, p.names, p.to!, attrs);

    const caught = Math.round(p.rate * DNS_PERIOD);
    const positions = caught >= DNS_PERIOD ? undefined : ctx.rng.sample([...Array(DNS_PERIOD).keys()], caught).sort((a, b) => a - b);
    const rateAttrs = { ...attrs, 'dns.rate': p.rate, ...(positions ? { 'dns.pattern': `${positions.join(',')}/${DNS_PERIOD}` } : {}) };
    if (caught === 0) return { evidence: notObserved(`rate ${p.rate} rounds to no query of every ${DNS_PERIOD}: nothing to catch`, rateAttrs) };
    const { mark, act } = dnsRules(p.names, p.mode, positions);
    const chain = chainName(`${ctx.namePrefix}:dns:${target}:${ctx.injectionName}`);
    const t = netnsOf(ctx, target);
    const script = [
      'set -e',
      `iptables -w -t mangle -N ${chain}`,
      `iptables -w -t mangle -I OUTPUT 1 -j ${chain}`,
      ...mark.map((r) => `iptables -w -t mangle -A ${chain} ${r}`),
      `iptables -w -N ${chain}`,
      `iptables -w -I INPUT 1 -j ${chain}`,
      `iptables -w -A ${chain} ${act}`,
      `iptables -w -t mangle -S ${chain}`,
    ].join('\n');
    const removeAll = async () => {
      const lines = [
        `iptables -w -D INPUT -j ${chain} 2>/dev/null || true`,
        `iptables -w -F ${chain} 2>/dev/null || true`,
        `iptables -w -X ${chain} 2>/dev/null || true`,
        `iptables -w -t mangle -D OUTPUT -j ${chain} 2>/dev/null || true`,
        `iptables -w -t mangle -F ${chain} 2>/dev/null || true`,
        `iptables -w -t mangle -X ${chain} 2>/dev/null || true`,
        `! iptables -w -L ${chain} >/dev/null 2>&1 || exit 1`,
        `! iptables -w -t mangle -L ${chain} >/dev/null 2>&1`,
      ];
      return (await inNetns(ctx.engine, t, lines.join('\n'))).exitCode === 0;
    };
    const r = await inNetns(ctx.engine, t, script);
    const listed = r.output.split('\n').filter((l) => l.startsWith(`-A ${chain} `)).length;
    if (r.exitCode !== 0 || listed !== mark.length) {
      await removeAll().catch(() => false);
      throw new ChaosError(`iptables could not install the dns rules in ${target}'s namespace (exit ${r.exitCode}, ${listed}/${mark.length} listed): ${r.output.trim().slice(0, 300)}`);
    }
    const revert = async () => ({ strategy: 'remove_rules', success: await removeAll() });
    const ruleAttrs = { ...rateAttrs, 'rules.listed': mark.length + 1 };
    if (positions) return { evidence: observed(ruleAttrs), observe: matchedTraffic(ctx, t, [chain]), revert };
    // Every query is caught: a lookup inside the target must show it.
    const result = await lookup(ctx, p.names[0]!);
    const seen = result.split(' ')[0]!;
    const evidenceAttrs = { ...ruleAttrs, 'dns.lookup': seen };
    return { evidence: seen === 'error' || seen === 'timeout' ? observed(evidenceAttrs) : notObserved(`a lookup of ${p.names[0]} inside ${target} still answered (${result})`, evidenceAttrs), revert };
  },
});

async function redirect(ctx: InjectContext, names: readonly string[], to: string, attrs: Record<string, string>) {
  const target = ctx.target!.service;
  const ip = await ipOf(ctx, to);
  const read = await shIn(ctx.engine, ctx.target!.containerId, 'cat /etc/hosts');
  if (read.exitCode !== 0) return { evidence: notObserved(`cannot read /etc/hosts in ${target}: ${read.out.trim().slice(0, 200)}`, attrs) };
  const original = read.out;
  const write = (content: string) => shIn(ctx.engine, ctx.target!.containerId, 'printf "%s" "$1" > /etc/hosts && cat /etc/hosts', [content]);
  const added = names.map((n) => `${ip}\t${n}\n`).join('');
  const w = await write(`${original}${original === '' || original.endsWith('\n') ? '' : '\n'}${added}`);
  const redirectAttrs = { ...attrs, 'dns.to': to };
  if (w.exitCode !== 0) return { evidence: notObserved(`cannot write /etc/hosts in ${target}: ${w.out.trim().slice(0, 200)}`, redirectAttrs) };
  const revert = async () => {
    const back = await write(original);
    return { strategy: 'restore_hosts', success: back.exitCode === 0 && back.out === original };
  };
  const result = await lookup(ctx, names[0]!);
  const seen = result === `resolved ${ip}` ? 'resolved_to_target' : result.split(' ')[0]!;
  const evidenceAttrs = { ...redirectAttrs, 'dns.lookup': seen };
  return { evidence: seen === 'resolved_to_target' ? observed(evidenceAttrs) : notObserved(`a lookup of ${names[0]} inside ${target} gave ${result}, not ${to}'s address`, evidenceAttrs), revert };
}
