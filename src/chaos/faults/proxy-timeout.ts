/** proxy_timeout: the proxy stops forwarding data (the proxy's `timeout` toxic). */
import { defineFault } from '../types.js';
import { addToxic, decodeToxic, ms, TOXIC, TOXIC_PARAMS } from './shared/toxics.js';

export const proxyTimeout = defineFault({
  kind: 'proxy_timeout',
  doc: 'stops forwarding data and closes the connection after `timeout_close_ms` (0: never closes; data flows again when removed)',
  ...TOXIC,
  params: { ...TOXIC_PARAMS, timeout_close_ms: ms('Time until the connection is closed (default 0: never).') },
  required: ['proxy'],
  decode: (p) => decodeToxic('proxy_timeout', p, (num) => ({ timeoutCloseMs: num('timeout_close_ms', 0) })),
  inject: (ctx, p) => addToxic(ctx, p, 'timeout', { toxic: { timeout: p.timeoutCloseMs }, span: { 'timeout_close.ms': p.timeoutCloseMs } }),
});
