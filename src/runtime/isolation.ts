/**
 * Network isolation: a scenario's containers reach each other, their own
 * scenario's OTLP receiver and the holes the suite declares (`[network] allow`),
 * and nothing else on the engine's host (docs/isolation.md).
 *
 * Enforced on the host side of the scenario's bridge: one iptables chain per
 * network, jumped to from the host's INPUT chain for packets that arrive on
 * that bridge. INPUT sees exactly the traffic from the containers to the host
 * itself, whichever host address it is sent to (this gateway, another
 * scenario's gateway, docker0, the host's public address): Docker already
 * drops forwarding between bridges, and forwarding to the outside world (with
 * `egress = true`) does not pass INPUT. Doing it there rather than inside each
 * container's namespace means the rules exist before any container starts,
 * survive container restarts, and cannot be removed by a container that
 * declares NET_ADMIN or runs privileged.
 *
 * The rules are installed by a short-lived helper (clnrm-fixture/nettools) in
 * the host's network namespace, as network faults are installed inside a
 * container's (src/runtime/netns.ts); or, when this process is root in that
 * namespace already, by the same script run here (src/runtime/host-shell.ts).
 */
import { isIP } from 'node:net';
import { RuntimeError } from '../common/errors.js';
import { hostNetnsIsLocal, refuseLocalShell, runLocalShell } from './host-shell.js';
import { inHostNetns } from './netns.js';
import { MANAGED_LABEL, type Engine, type Labels, type NetworkInfo } from './engine.js';

export const CHAIN_PREFIX = 'CLNRM-ISO-';

/** A deliberate hole to the host: connections to this port of the host are let through. */
export interface Hole {
  port: number;
  protocol: 'tcp' | 'udp';
}

/** `host:5432` → TCP 5432, `host:53/udp` → UDP 53 (the schema has checked the form). */
export function parseHole(entry: string): Hole {
  const m = /^host:(\d{1,5})(?:\/(tcp|udp))?$/.exec(entry);
  const port = Number(m?.[1]);
  // Invariant (a bug if it fires): the schema admits only this form and range.
  if (!m || !Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`network.allow: ${JSON.stringify(entry)} is not host:PORT or host:PORT/udp`);
  return { port, protocol: (m[2] as 'tcp' | 'udp' | undefined) ?? 'tcp' };
}

/** The chain of a network: its name carries the network id, so a sweep can tell orphans from live ones. */
export function chainFor(networkId: string): string {
  // Invariant (a bug if it fires): engine network ids are hexadecimal.
  if (!/^[0-9a-f]{12}/.test(networkId)) throw new Error(`network id ${JSON.stringify(networkId)} is not hexadecimal`);
  return `${CHAIN_PREFIX}${networkId.slice(0, 12)}`;
}

export interface IsolationSpec {
  /** The host's interface of the network (Docker: br-<id prefix>). */
  bridge: string;
  networkId: string;
  /** The one host endpoint the containers send spans to, when the suite uses the receiver. */
  receiver?: { host: string; port: number };
  holes: readonly Hole[];
}

/**
 * Shell that creates the network's chain and hooks it first into INPUT for
 * packets from the bridge. Order of the chain: answers to connections the host
 * opened (readiness probes, the proxy's control port) and the allowed
 * endpoints go back to INPUT (RETURN, so a host firewall still applies);
 * everything else is rejected as "administratively prohibited", which the
 * container sees at once as "host unreachable" rather than a hang.
 */
export function installScript(spec: IsolationSpec): string {
  // Invariants (bugs if they fire), checked because the values go into a root shell on the engine's host.
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(spec.bridge)) throw new Error(`bridge interface name ${JSON.stringify(spec.bridge)} is not valid`);
  const chain = chainFor(spec.networkId);
  const rules = ['-m conntrack --ctstate ESTABLISHED,RELATED -j RETURN'];
  if (spec.receiver) {
    if (isIP(spec.receiver.host) !== 4) throw new Error(`receiver address ${JSON.stringify(spec.receiver.host)} is not an IPv4 address`);
    rules.push(`-p tcp -d ${spec.receiver.host} --dport ${port(spec.receiver.port)} -j RETURN`);
  }
  for (const h of spec.holes) rules.push(`-p ${h.protocol} --dport ${port(h.port)} -j RETURN`);
  rules.push('-j REJECT --reject-with icmp-admin-prohibited');
  const steps = [`-N ${chain}`, ...rules.map((r) => `-A ${chain} ${r}`), `-I INPUT 1 -i ${spec.bridge} -j ${chain}`];
  // One iptables-restore transaction: with the nf_tables backend one kernel commit instead of one per step
  // (~8-25 ms less at every scenario start). Where it is refused (no iptables-restore; a chain of that name
  // exists already, which `-N` refuses in both), the same steps run one by one, as they always did.
  // Every value in the steps is checked above to be plain words: single quotes are enough.
  return [
    'set -e',
    `if ! printf '%s\\n' ${['*filter', ...steps, 'COMMIT'].map((line) => `'${line}'`).join(' ')} | iptables-restore -w --noflush 2>/dev/null; then`,
    ...steps.map((step) => `  iptables -w ${step}`),
    'fi',
  ].join('\n');
}

const port = (p: number): number => {
  // Invariant (a bug if it fires): ports come from the schema-checked suite or the receiver.
  if (!Number.isInteger(p) || p < 1 || p > 65535) throw new Error(`port ${p} is out of range`);
  return p;
};

/**
 * Shell that unhooks and deletes chain `$c` (whatever interface it was hooked for); fails if it is still there.
 * Unhook, flush and delete go in one iptables-restore transaction: with the nf_tables backend each change is a
 * kernel commit of ~17 ms, three in a row at every cleanup. When the transaction is refused (the chain is gone
 * already, or no iptables-restore), the same steps run one by one, each allowed to find nothing to do.
 */
const REMOVE_CHAIN = [
  `rules=$(iptables -w -S INPUT | grep -e " -j $c\\$" | sed 's/^-A /-D /')`,
  `if ! printf '*filter\\n%s\\n-F %s\\n-X %s\\nCOMMIT\\n' "$rules" "$c" "$c" | iptables-restore -w --noflush 2>/dev/null; then`,
  '  echo "$rules" | while read -r rule; do [ -z "$rule" ] || iptables -w $rule; done',
  '  iptables -w -F "$c" 2>/dev/null || true',
  '  iptables -w -X "$c" 2>/dev/null || true',
  'fi',
  'if iptables -w -n -L "$c" >/dev/null 2>&1; then echo "chain $c is still there"; exit 1; fi',
].join('\n');

export function removeScript(chain: string): string {
  // Invariant (a bug if it fires): only chains named by chainFor or listed with its prefix are removed.
  if (!chain.startsWith(CHAIN_PREFIX) || !/^[A-Za-z0-9-]+$/.test(chain)) throw new Error(`not an isolation chain: ${chain}`);
  return `c=${chain}\n${REMOVE_CHAIN}`;
}

export interface Firewall {
  chain: string;
  /** Removes the chain; throws when it could not be removed. */
  remove(): Promise<void>;
}

export interface IsolateOptions {
  network: NetworkInfo;
  receiver?: { host: string; port: number };
  holes: readonly Hole[];
  /** Labels and name prefix of the helper containers (removed before this returns). */
  labels: Labels;
  name: string;
}

/** Installs the network's firewall; resolves once it is in place (before any container of the network starts). */
export async function isolateNetwork(engine: Engine, o: IsolateOptions): Promise<Firewall> {
  // Invariant (a bug if it fires): callers isolate only networks that have a host bridge.
  if (!o.network.bridge) throw new Error(`network ${o.network.id} has no host bridge interface to firewall`);
  const chain = chainFor(o.network.id);
  const helper = { labels: o.labels, name: o.name };
  const spec: IsolationSpec = { bridge: o.network.bridge, networkId: o.network.id, holes: o.holes, ...(o.receiver ? { receiver: o.receiver } : {}) };
  const viaHelper = (script: string) => inHostNetns(engine, helper, script);
  // Where this process shares the engine host's namespace as root, the same script runs here (src/runtime/host-shell.ts).
  let shell = hostNetnsIsLocal(engine.endpoint, spec.bridge) ? runLocalShell : viaHelper;
  let r = await shell(installScript(spec));
  if (r.exitCode !== 0 && shell === runLocalShell) {
    // Not allowed here after all (e.g. root without NET_ADMIN): undo what went in, and let the helper do it.
    await runLocalShell(removeScript(chain));
    refuseLocalShell();
    shell = viaHelper;
    r = await shell(installScript(spec));
  }
  if (r.exitCode !== 0) {
    // A half-installed chain must not outlive the failure.
    await shell(removeScript(chain)).catch(() => undefined);
    throw new RuntimeError(`network isolation could not be installed on the engine's host (exit ${r.exitCode}): ${r.output.trim().split('\n').slice(-3).join(' / ')}; the engine must let a container with NET_ADMIN use the host network (see docs/isolation.md)`);
  }
  return {
    chain,
    async remove() {
      let out = await shell(removeScript(chain));
      // A local removal that failed gets a second chance through the helper, in the same namespace.
      if (out.exitCode !== 0 && shell === runLocalShell) out = await viaHelper(removeScript(chain));
      if (out.exitCode !== 0) throw new RuntimeError(`isolation chain ${chain} could not be removed (exit ${out.exitCode}): ${out.output.trim()}`);
    },
  };
}

/**
 * Removes isolation chains whose network is gone (its runner was killed before
 * cleanup). Chains are listed before networks: a chain listed first belongs to
 * a network created earlier, so a network created meanwhile by another run is
 * never mistaken for an orphan. Returns the chains removed.
 */
export async function sweepFirewalls(engine: Engine, helper: { labels: Labels; name: string }): Promise<string[]> {
  const listed = await inHostNetns(engine, helper, `iptables -w -S | sed -n 's/^-N \\(${CHAIN_PREFIX}[0-9a-f]\\{12\\}\\)$/\\1/p'`);
  if (listed.exitCode !== 0) throw new RuntimeError(`cannot list isolation chains: ${listed.output.trim()}`);
  const chains = listed.output.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(CHAIN_PREFIX));
  if (chains.length === 0) return [];
  const live = new Set((await engine.list({ [MANAGED_LABEL]: 'true' })).filter((r) => r.kind === 'network').map((r) => chainFor(r.id)));
  const orphans = chains.filter((c) => !live.has(c));
  if (orphans.length === 0) return [];
  const script = orphans.map((c) => removeScript(c)).join('\n');
  const r = await inHostNetns(engine, helper, `set -e\n${script}`);
  if (r.exitCode !== 0) throw new RuntimeError(`cannot remove orphan isolation chains: ${r.output.trim()}`);
  return orphans;
}
