/** latency: the proxy delays each chunk. */
import { defineFault } from '../types.js';
import { addToxic, decodeToxic, ms, TOXIC, TOXIC_PARAMS } from './shared/toxics.js';

export const latency = defineFault({
  kind: 'latency',
  doc: 'delays each chunk through the proxy by `latency_ms` ± `jitter_ms`',
  ...TOXIC,
  params: { ...TOXIC_PARAMS, latency_ms: ms('Delay of each chunk.'), jitter_ms: ms('Random spread of the delay, drawn from the seed (default 0).') },
  required: ['proxy', 'latency_ms'],
  decode: (p) => decodeToxic('latency', p, (num) => ({ latencyMs: num('latency_ms'), jitterMs: num('jitter_ms', 0) })),
  inject: (ctx, p) => addToxic(ctx, p, 'latency', { toxic: { latency: p.latencyMs, jitter: p.jitterMs }, span: { 'latency.ms': p.latencyMs, 'jitter.ms': p.jitterMs } }),
});
