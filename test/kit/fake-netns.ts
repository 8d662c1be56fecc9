/**
 * The netns helpers of a fake engine: a small interpreter for the scripts
 * faults run in a target's network namespace (src/runtime/netns.ts) — iptables
 * chains, hooks, rules, listings and packet counters per namespace, and pings
 * that the rules of either end can drop.
 */
import type { FakeChain, FakeContainer } from './fake-engine.js';

/** What the interpreter reads and changes: the engine's containers and each namespace's chains. */
export interface NetnsWorld {
  readonly chains: Map<string, Map<string, FakeChain>>;
  readonly containers: ReadonlyMap<string, FakeContainer>;
  iptablesFails?: RegExp;
  listAtMost?: number;
  rulesIgnored: boolean;
  pingsLost: number;
}

function chainsOf(world: NetnsWorld, namespace: string): Map<string, FakeChain> {
  let m = world.chains.get(namespace);
  if (!m) world.chains.set(namespace, (m = new Map()));
  return m;
}

export function interpretNetns(world: NetnsWorld, namespace: string, script: string): { exitCode: number; output: string } {
  const chains = chainsOf(world, namespace);
  let output = '';
  let errexit = false;
  let status = 0;
  let packets: number | undefined;
  for (const raw of script.split('\n')) {
    let line = raw.trim();
    if (!line) continue;
    // A ping tried several times (`for try in 1 2 3; do PING && exit 0; done; exit 1`): each try is a ping of its own.
    const retried = /^for try in ([\d ]+); do (.*) && exit 0; done; exit 1$/.exec(line);
    if (retried) {
      const tries = retried[1]!.trim().split(/ +/).length;
      const once = retried[2]!;
      let answered = false;
      for (let t = 0; t < tries && !answered; t++) answered = interpretNetns(world, namespace, once).exitCode === 0;
      status = answered ? 0 : 1;
      continue;
    }
    if (line === 'set -e') {
      errexit = true;
      continue;
    }
    const orTrue = line.endsWith('|| true');
    const orExit = / \|\| exit 1$/.test(line);
    line = line.replace(/ \|\| (true|exit 1)$/, '').replace(/ ?(>\/dev\/null )?2>(&1|\/dev\/null)/g, '').replace(/ >\/dev\/null/g, '');
    const negate = line.startsWith('! ');
    if (negate) line = line.slice(2);
    const capture = /^out=\$\((.*)\)$/.exec(line);
    if (capture) line = capture[1]!;
    let r: { status: number; out?: string; packets?: number };
    if (line.startsWith('echo "$out" | awk')) r = { status: 0, out: `packets=${packets ?? 0}\n` };
    else if (line.startsWith('iptables ')) r = iptables(world, chains, line);
    else if (line.startsWith('busybox ping ')) r = { status: pingLost(world) || !pingFrom(world, namespace, line.split(' ').at(-1)!) ? 1 : 0 };
    else r = { status: 127, out: `sh: ${line.split(' ')[0]}: not found\n` };
    if (capture) packets = r.packets;
    else if (r.out) output += r.out;
    status = negate ? (r.status === 0 ? 1 : 0) : r.status;
    if (status !== 0 && orExit) return { exitCode: 1, output };
    if (orTrue) status = 0;
    if (status !== 0 && errexit && !negate) return { exitCode: status, output };
  }
  return { exitCode: status, output };
}

function iptables(world: NetnsWorld, chains: Map<string, FakeChain>, line: string): { status: number; out?: string; packets?: number } {
  if (world.iptablesFails?.test(line)) return { status: 1, out: 'iptables: Permission denied (you must be root).\n' };
  let a = line.split(/\s+/).slice(1).filter((x) => x !== '-w');
  // Chains of the mangle table live beside the filter table's, as `mangle/NAME`.
  const t = a.indexOf('-t');
  if (t >= 0) {
    const table = a[t + 1]!;
    a = a.filter((_, i) => i !== t && i !== t + 1);
    if (table !== 'filter') {
      const j = a.indexOf('-j');
      if (j >= 0 && chains.has(`${table}/${a[j + 1]}`)) a[j + 1] = `${table}/${a[j + 1]}`;
      if (a[0] !== '-I' && a[0] !== '-D') a[1] = `${table}/${a[1]}`;
    }
  }
  const [op, name] = [a[0], a[1]!];
  const missing = { status: 1, out: `iptables: No chain/target/match by that name.\n` };
  switch (op) {
    case '-N':
      if (chains.has(name)) return { status: 1, out: 'iptables: Chain already exists.\n' };
      chains.set(name, { rules: [], hooks: new Set(), packets: 0 });
      return { status: 0 };
    case '-I': {
      const target = a[a.indexOf('-j') + 1]!;
      const c = chains.get(target);
      if (!c) return missing;
      c.hooks.add(name as 'INPUT' | 'OUTPUT');
      return { status: 0 };
    }
    case '-A': {
      const c = chains.get(name);
      if (!c) return missing;
      c.rules.push(a.slice(2).join(' '));
      return { status: 0 };
    }
    case '-S': {
      const c = chains.get(name);
      if (!c) return missing;
      const rules = c.rules.slice(0, world.listAtMost ?? c.rules.length);
      const shown = name.replace(/^\w+\//, '');
      return { status: 0, out: [`-N ${shown}`, ...rules.map((r) => `-A ${shown} ${r}`)].join('\n') + '\n' };
    }
    case '-D': {
      const target = a[a.indexOf('-j') + 1]!;
      const c = chains.get(target);
      if (!c?.hooks.has(name as 'INPUT' | 'OUTPUT')) return missing;
      c.hooks.delete(name as 'INPUT' | 'OUTPUT');
      return { status: 0 };
    }
    case '-F': {
      const c = chains.get(name);
      if (!c) return missing;
      c.rules = [];
      return { status: 0 };
    }
    case '-X': {
      const c = chains.get(name);
      if (!c || c.hooks.size > 0) return missing;
      chains.delete(name);
      return { status: 0 };
    }
    case '-L': {
      const c = chains.get(name);
      if (!c) return missing;
      return { status: 0, packets: c.packets };
    }
    default:
      return { status: 2, out: `iptables: unknown option ${op}\n` };
  }
}

/** A ping from the namespace of `from` to `ip`: both running and attached, and no DROP/REJECT rule in either namespace on the way. */
/** True when this ping is one of the `pingsLost` next ones, which get no answer. */
function pingLost(world: NetnsWorld): boolean {
  if (world.pingsLost <= 0) return false;
  world.pingsLost--;
  return true;
}

function pingFrom(world: NetnsWorld, from: string, ip: string): boolean {
  const src = world.containers.get(from);
  const dst = [...world.containers.values()].find((c) => [...c.addresses.values()].includes(ip));
  if (!src?.running || src.paused || !dst?.running || dst.paused) return false;
  const srcIps = [...src.addresses.values()];
  if (srcIps.length === 0) return false;
  if (world.rulesIgnored) return true;
  const blocks = (namespace: string, hook: 'INPUT' | 'OUTPUT', peer: string, flag: '-s' | '-d') =>
    [...(world.chains.get(namespace)?.values() ?? [])]
      .filter((c) => c.hooks.has(hook))
      .some((c) => c.rules.some((r) => /-j (DROP|REJECT)/.test(r) && (r.includes(`${flag} ${peer} `) || /^! -i lo ! -o lo/.test(r))));
  return !blocks(from, 'OUTPUT', ip, '-d') && !srcIps.some((s) => blocks(dst.id, 'INPUT', s, '-s'));
}
