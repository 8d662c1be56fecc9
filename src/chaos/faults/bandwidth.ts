/** bandwidth: the proxy's bandwidth is limited. */
import { defineFault } from '../types.js';
import { addToxic, decodeToxic, TOXIC, TOXIC_PARAMS } from './shared/toxics.js';

export const bandwidth = defineFault({
  kind: 'bandwidth',
  doc: 'limits the proxy to `rate_kbps` KB/s',
  ...TOXIC,
  params: { ...TOXIC_PARAMS, rate_kbps: { type: 'integer', minimum: 1, description: 'Bandwidth in KB/s.' } },
  required: ['proxy', 'rate_kbps'],
  decode: (p) => decodeToxic('bandwidth', p, (num) => ({ rateKbps: num('rate_kbps') })),
  inject: (ctx, p) => addToxic(ctx, p, 'bandwidth', { toxic: { rate: p.rateKbps }, span: { 'rate.kbps': p.rateKbps } }),
});
