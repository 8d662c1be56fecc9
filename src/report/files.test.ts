import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeAtomic, writeContentTo } from './files.js';

/** Pieces whose total crosses the write chunk (32 Ki characters) many times, ending in whitespace that lands in a chunk of its own. */
function* pieces(): Generator<string> {
  for (let i = 0; i < 300; i++) yield `${String(i).padStart(4, '0')}:${'x'.repeat(10_000)}\n`;
  yield '  \n\n';
}
const whole = [...pieces()].join('');

describe('report files written piece by piece', () => {
  it('writeAtomic writes exactly the pieces, in order, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-files-'));
    const file = join(dir, 'big.json');
    await writeAtomic(file, { pieces: pieces() });
    expect(readFileSync(file, 'utf8')).toBe(whole);
    expect(readdirSync(dir)).toEqual(['big.json']);
  });

  it('writeContentTo streams the pieces and ends them with exactly one newline, as for one string', async () => {
    const read = async (content: Parameters<typeof writeContentTo>[1]) => {
      const out = new PassThrough();
      let text = '';
      out.on('data', (c: Buffer) => (text += c.toString('utf8')));
      await writeContentTo(out, content);
      return text;
    };
    expect(await read({ pieces: pieces() })).toBe(`${whole.trimEnd()}\n`);
    expect(await read(whole)).toBe(`${whole.trimEnd()}\n`);
  });
});
