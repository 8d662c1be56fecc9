/**
 * Network faults on the scenario network: iptables rules in the target's
 * namespace (partition, blackhole, reject, packet loss) and detaching from the
 * network. Spans clnrm.network.partition / clnrm.network.chaos, healed under
 * clnrm.network.recovery.
 */
import { faultKind } from './kind.js';

export const networkDisconnect = faultKind({
  kind: 'network_disconnect',
  doc: 'detaches the target from the scenario network',
  revert: 'reattaches it with its service name',
  evidence: '`network.attached_before`, `network.attached_after` (false: no address on the scenario network)',
  notInjectedWhen: 'target not running or not attached; still has an address',
  params: {},
  targets: 'service',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
  decode: () => ({}),
});

export const partition = faultKind({
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
});

const hostPort = {
  host: { type: 'string', minLength: 1 },
  port: { type: 'integer', minimum: 1, maximum: 65535 },
} as const;
const decodeHostPort = (p: Readonly<Record<string, unknown>>) => p as { host?: string; port?: number };

export const blackhole = faultKind({
  kind: 'blackhole',
  doc: 'silently drops traffic from the target to `host`:`port` (or, without host, to its `port`)',
  revert: 'removes the rules',
  evidence: '`rules.listed` (rules listed back by `iptables -S`), `rules.packets_matched` (counters, before the revert)',
  notInjectedWhen: 'target not running; no packet matched the rules',
  params: hostPort,
  targets: 'service',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
  decode: decodeHostPort,
});

export const reject = faultKind({
  kind: 'reject',
  doc: 'refuses connections with a TCP reset (connection refused)',
  revert: 'removes the rules',
  evidence: '`rules.listed` (rules listed back by `iptables -S`), `rules.packets_matched` (counters, before the revert)',
  notInjectedWhen: 'target not running; no packet matched the rules',
  params: hostPort,
  targets: 'service',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
  decode: decodeHostPort,
});

export const packetLoss = faultKind({
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
});
