/** reset_peer: connections through the proxy are reset. */
import { defineFault } from '../types.js';
import { addToxic, decodeToxic, ms, TOXIC, TOXIC_PARAMS } from './shared/toxics.js';

export const resetPeer = defineFault({
  kind: 'reset_peer',
  doc: 'resets connections (TCP RST) `timeout_close_ms` after their first data (default at once)',
  ...TOXIC,
  params: { ...TOXIC_PARAMS, timeout_close_ms: ms('Time after the first data until the reset (default 0: at once).') },
  required: ['proxy'],
  decode: (p) => decodeToxic('reset_peer', p, (num) => ({ timeoutCloseMs: num('timeout_close_ms', 0) })),
  inject: (ctx, p) => addToxic(ctx, p, 'reset_peer', { toxic: { timeout: p.timeoutCloseMs }, span: { 'reset.timeout.ms': p.timeoutCloseMs } }),
});
