/** reject: refuses connections with a TCP reset, in the target's namespace. */
import { defineFault } from '../types.js';
import { decodeHostPort, filterTraffic, HOST_PORT_PARAMS } from './shared/filter.js';

export const reject = defineFault({
  kind: 'reject',
  doc: 'refuses connections with a TCP reset (connection refused)',
  revert: 'removes the rules',
  evidence: '`rules.listed` (rules listed back by `iptables -S`), `rules.packets_matched` (counters, before the revert)',
  notInjectedWhen: 'target not running; no packet matched the rules',
  params: HOST_PORT_PARAMS,
  targets: 'service',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
  decode: decodeHostPort,
  inject: filterTraffic('REJECT'),
});
