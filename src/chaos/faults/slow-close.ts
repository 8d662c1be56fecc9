/** slow_close: connections through the proxy close late. */
import { defineFault } from '../types.js';
import { addToxic, decodeToxic, ms, TOXIC, TOXIC_PARAMS } from './shared/toxics.js';

export const slowClose = defineFault({
  kind: 'slow_close',
  doc: 'delays closing connections through the proxy by `delay_close_ms`',
  ...TOXIC,
  params: { ...TOXIC_PARAMS, delay_close_ms: ms('Delay before a connection is closed.') },
  required: ['proxy', 'delay_close_ms'],
  decode: (p) => decodeToxic('slow_close', p, (num) => ({ delayCloseMs: num('delay_close_ms') })),
  inject: (ctx, p) => addToxic(ctx, p, 'slow_close', { toxic: { delay: p.delayCloseMs }, span: { 'delay_close.ms': p.delayCloseMs } }),
});
