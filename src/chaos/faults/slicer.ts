/** slicer: the proxy slices data into small chunks. */
import { defineFault } from '../types.js';
import { addToxic, decodeToxic, TOXIC, TOXIC_PARAMS } from './shared/toxics.js';

export const slicer = defineFault({
  kind: 'slicer',
  doc: 'slices data into chunks of `average_size` ± `size_variation` bytes, 1 ms apart',
  ...TOXIC,
  params: {
    ...TOXIC_PARAMS,
    average_size: { type: 'integer', minimum: 1, description: 'Average size of a chunk in bytes.' },
    size_variation: { type: 'integer', minimum: 0, description: 'Random spread of the chunk size in bytes (default 0).' },
  },
  required: ['proxy', 'average_size'],
  decode: (p) => decodeToxic('slicer', p, (num) => ({ averageSizeBytes: num('average_size'), sizeVariationBytes: num('size_variation', 0) })),
  inject: (ctx, p) => addToxic(ctx, p, 'slicer', {
    toxic: { average_size: p.averageSizeBytes, size_variation: p.sizeVariationBytes },
    span: { 'slice.average.bytes': p.averageSizeBytes, 'slice.variation.bytes': p.sizeVariationBytes },
  }),
});
