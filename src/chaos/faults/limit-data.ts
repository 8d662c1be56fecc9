/** limit_data: connections through the proxy close after some bytes. */
import { defineFault } from '../types.js';
import { addToxic, decodeToxic, TOXIC, TOXIC_PARAMS } from './shared/toxics.js';

export const limitData = defineFault({
  kind: 'limit_data',
  doc: 'closes the connection once `bytes` bytes went through the proxy',
  ...TOXIC,
  params: { ...TOXIC_PARAMS, bytes: { type: 'integer', minimum: 0, description: 'Bytes let through before the connection is closed.' } },
  required: ['proxy', 'bytes'],
  decode: (p) => decodeToxic('limit_data', p, (num) => ({ bytes: num('bytes') })),
  inject: (ctx, p) => addToxic(ctx, p, 'limit_data', { toxic: { bytes: p.bytes }, span: { 'limit.bytes': p.bytes } }),
});
