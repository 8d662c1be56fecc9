import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFormatDoc } from './format-doc.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/clnrm.schema.json', root), 'utf8'));

describe('docs/format.md', () => {
  it('is exactly what the schema renders (run `npm run docs` after changing the schema)', () => {
    expect(readFileSync(new URL('docs/format.md', root), 'utf8')).toBe(renderFormatDoc(schema));
  });

  it('documents every top-level table and every fault type of the schema', () => {
    const doc = renderFormatDoc(schema);
    for (const key of Object.keys(schema.properties)) expect(doc).toContain(key);
    for (const type of schema.$defs.fault.properties.type.enum) expect(doc).toContain(`\`${JSON.stringify(type)}\``);
  });
});
