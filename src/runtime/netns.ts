/**
 * Runs iptables inside a target's network namespace through the engine: a
 * short-lived helper container from the nettools fixture image joins the
 * target's namespace with NET_ADMIN (only the helper gets it; the target keeps
 * the capabilities it declared). Works where the runner is not root on the
 * engine's host, and needs no netem. Where the runner is root on the engine's
 * host, the same scripts run in the namespace directly (nsenter).
 *
 * Each fault gets its own chain, hooked into INPUT and OUTPUT, so reverting
 * one fault (flush + unhook its chain) never touches another's rules.
 */
import type { Engine, Labels } from './engine.js';

import { localNetnsOf, mayEnterNetns, runLocalShell } from './host-shell.js';
import { NETTOOLS_IMAGE } from '../common/fixtures.js';
import { RuntimeError } from '../common/errors.js';

export interface NetnsTarget {
  containerId: string;
  labels: Labels;
  /** Names the helper containers. */
  name: string;
}

/**
 * Runs a shell script in the target's network namespace; returns exit code and output. Entered directly
 * where this process may (src/runtime/host-shell.ts), else through a helper sharing the namespace: both
 * run the same iptables (the helper image carries the host's), so a rule one installs the other removes.
 */
export async function inNetns(engine: Engine, t: NetnsTarget, script: string): Promise<{ exitCode: number; output: string }> {
  // The pid is read only where entering could be allowed: elsewhere (not root, a remote engine) no inspect is spent.
  if (mayEnterNetns(engine.endpoint)) {
    const state = await engine.inspectContainer(t.containerId).catch(() => undefined);
    const path = state?.running ? await localNetnsOf(engine.endpoint, t.containerId, state.pid) : undefined;
    if (path) return runLocalShell(script, path);
  }
  return runHelper(engine, { labels: t.labels, name: t.name, networkMode: `container:${t.containerId}` }, script);
}

/**
 * Runs a shell script in a helper in the engine host's own network namespace
 * (where the bridges of the scenario networks are): the host-side firewall of
 * network isolation (src/runtime/isolation.ts).
 */
export function inHostNetns(engine: Engine, t: { labels: Labels; name: string }, script: string): Promise<{ exitCode: number; output: string }> {
  return runHelper(engine, { ...t, networkMode: 'host' }, script);
}

async function runHelper(engine: Engine, t: { labels: Labels; name: string; networkMode: string }, script: string): Promise<{ exitCode: number; output: string }> {
  await engine.ensureImage(NETTOOLS_IMAGE);
  const id = await engine.createContainer({
    name: `${t.name}-net${Date.now().toString(36)}${Math.floor(performance.now() * 1000).toString(36)}`,
    image: NETTOOLS_IMAGE,
    cmd: ['sh', '-c', script],
    env: {},
    labels: t.labels,
    networkMode: t.networkMode,
    capAdd: ['NET_ADMIN', 'NET_RAW'],
  });
  try {
    await engine.startContainer(id);
    const { exitCode } = await engine.waitContainer(id);
    const out = await engine.output(id);
    return { exitCode, output: `${out.stdout.toString()}${out.stderr.toString()}` };
  } finally {
    await engine.removeContainer(id).catch(() => undefined);
  }
}

/** Shell that creates `chain`, hooks it first into `hooks` (default INPUT and OUTPUT), and appends `rules` (iptables args after `-A chain`). */
export function installChain(chain: string, rules: string[], hooks: readonly ('INPUT' | 'OUTPUT')[] = ['INPUT', 'OUTPUT']): string {
  return ['set -e', `iptables -w -N ${chain}`, ...hooks.map((h) => `iptables -w -I ${h} 1 -j ${chain}`), ...rules.map((r) => `iptables -w -A ${chain} ${r}`)].join('\n');
}

/** Shell that unhooks, flushes and deletes each of `chains`; exits 0 only when none of them is listed any more. */
export function removeChains(chains: readonly string[]): string {
  const removal = chains.flatMap((chain) => [
    `iptables -w -D INPUT -j ${chain} 2>/dev/null || true`,
    `iptables -w -D OUTPUT -j ${chain} 2>/dev/null || true`,
    `iptables -w -F ${chain} 2>/dev/null || true`,
    `iptables -w -X ${chain} 2>/dev/null || true`,
  ]);
  // Every chain is checked; the last check's status is the script's.
  const checks = chains.map((chain, i) => `! iptables -w -L ${chain} >/dev/null 2>&1${i < chains.length - 1 ? ' || exit 1' : ''}`);
  return [...removal, ...checks].join('\n');
}

/**
 * True when `ip` answers a ping from inside the target's namespace within a second, at one of `tries`
 * tries (a loaded machine can starve one ping's wait: a heal is confirmed only after several tries failed).
 */
export async function reachable(engine: Engine, t: NetnsTarget, ip: string, tries = 1): Promise<boolean> {
  // busybox's ping: in the helper image and on the host (scripts/host-packages.sh) alike.
  const once = `busybox ping -c 1 -W 1 ${ip} >/dev/null 2>&1`;
  const script = tries <= 1 ? once : `for try in ${Array.from({ length: tries }, (_, i) => i + 1).join(' ')}; do ${once} && exit 0; done; exit 1`;
  return (await inNetns(engine, t, script)).exitCode === 0;
}

/** Packets matched by the rules of `chains` so far (their counters, read back with one helper, summed). */
export async function chainPackets(engine: Engine, t: NetnsTarget, chains: readonly string[]): Promise<number> {
  const script = chains.map((c) => `out=$(iptables -w -L ${c} -n -v -x) || exit 1\necho "$out" | awk 'NR > 2 { s += $1 } END { print "packets=" s + 0 }'`).join('\n');
  const r = await inNetns(engine, t, script);
  const counts = [...r.output.matchAll(/^packets=(\d+)$/gm)].map((m) => Number(m[1]));
  if (r.exitCode !== 0 || counts.length !== chains.length) throw new RuntimeError(`cannot read the counters of ${chains.join(', ')}: ${r.output.trim().slice(0, 200)}`);
  return counts.reduce((sum, n) => sum + n, 0);
}

/** iptables chain names are limited to 28 characters. */
export function chainName(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return `CLNRM${(h >>> 0).toString(36)}`.slice(0, 28);
}
