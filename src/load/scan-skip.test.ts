/**
 * parseToml (toml.ts) leaves the scanner out when the text and smol-toml's data prove it would find
 * nothing (`mayHoldLongLiteral`, `scanCannotFind`). Checked here against the scanner itself: on
 * nestings of every kind around MAX_NESTING_DEPTH (arrays, inline tables, dotted keys, headers with
 * quoted dots, arrays of tables, empty arrays), alone and put into the repository's suite files,
 * a file is never let through without the scan when the scan would refuse it or find a long string.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { createRng } from '../plan/rng.js';
import { MAX_NESTING_DEPTH, scanToml } from './scan.js';
import { mayHoldLongLiteral, parseFastData, parseToml, scanCannotFind } from './toml.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SUITE_FILES = globSync('**/*.clnrm.toml', { cwd: ROOT, ignore: ['node_modules/**', 'dist/**'] }).sort();

/** Segments of the data's deepest key path, as parseToml counts them (every value, leaves included). */
function depthOf(v: unknown, d = 0): number {
  let deepest = d;
  if (v !== null && typeof v === 'object') for (const x of Object.values(v)) deepest = Math.max(deepest, depthOf(x, d + 1));
  return deepest;
}

/** A nesting of `depth` levels of one of several kinds. */
function nesting(kind: number, depth: number, pick: <T>(xs: readonly T[]) => T): string {
  const keys = (n: number) => Array.from({ length: n }, () => pick(['a', '"q.r"', "'s.t'", 'b-c', '"x"', '1'])).join('.');
  switch (kind % 9) {
    case 0: return `a = ${'['.repeat(depth)}${']'.repeat(depth)}`;
    case 1: return `a = ${'['.repeat(depth)}1${']'.repeat(depth)}`;
    case 2: return `a = ${'{ b = '.repeat(depth)}1${' }'.repeat(depth)}`;
    case 3: return `[${keys(depth)}]\nk = 1`;
    case 4: return `[[${keys(depth)}]]\nk = [[]]`;
    case 5: return `${keys(depth)} = 1`;
    case 6: return `[${keys(Math.floor(depth / 2))}]\n${keys(Math.ceil(depth / 2))} = {}`;
    case 7: return `[x.${Array.from({ length: depth }, () => '"a.b"').join('.')}]\nk = 1`;
    default: return `a = [${'{ b = ['.repeat(Math.floor(depth / 2))}${']}'.repeat(Math.floor(depth / 2))}]`;
  }
}

describe('leaving the scanner out', () => {
  it('happens only when the scan would find nothing', () => {
    const rng = createRng(20, 'scan-skip');
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
    const counts = { skipped: 0, refusedOrLong: 0 };
    const check = (source: string) => {
      if (mayHoldLongLiteral(source)) return;
      const data = parseFastData(source);
      if (data === undefined) return;
      let finds: boolean;
      try {
        finds = scanToml(source).longValues.size > 0;
      } catch {
        finds = true;
      }
      const skipped = scanCannotFind(source, depthOf(data));
      if (finds) counts.refusedOrLong++;
      if (skipped) counts.skipped++;
      expect(skipped && finds, source.slice(0, 300)).toBe(false);
    };
    const sources = SUITE_FILES.map((f) => readFileSync(join(ROOT, f), 'utf8'));
    for (let k = 0; k < 4000; k++) check(`${k % 5 === 0 ? '\uFEFF' : ''}${nesting(k, MAX_NESTING_DEPTH - 70 + Math.floor(rng.next() * 80), pick)}`);
    for (const source of sources) {
      check(source);
      for (let m = 0; m < 6; m++) {
        const lines = source.split('\n');
        lines.splice(Math.floor(rng.next() * lines.length), 0, nesting(m + Math.floor(rng.next() * 9), MAX_NESTING_DEPTH - 60 + Math.floor(rng.next() * 70), pick));
        check(lines.join('\n'));
      }
    }
    // Both sides of the bound were exercised.
    expect(counts.skipped).toBeGreaterThan(500);
    expect(counts.refusedOrLong).toBeGreaterThan(500);
  });

  it('still reports the scanner\'s refusal, located', () => {
    const deep = `[meta]\nname = "x"\n${'a = ' + '['.repeat(MAX_NESTING_DEPTH + 1) + ']'.repeat(MAX_NESTING_DEPTH + 1)}\n`;
    expect(() => parseToml(deep)).toThrow(/nesting deeper than 100 levels/);
    const quotedDots = `[meta]\nname = "x"\n[x.${Array.from({ length: MAX_NESTING_DEPTH }, () => '"a.b"').join('.')}]\nk = 1\n`;
    expect(() => parseToml(quotedDots)).toThrow(/nesting deeper than 100 levels/);
    // The same header first in the file, after a byte order mark (smol-toml skips it; the scanner steps over it).
    const afterMark = `\uFEFF[x.${Array.from({ length: MAX_NESTING_DEPTH / 2 }, () => '"a.b"').join('.')}]\nk = 1\n`;
    expect(() => parseToml(afterMark)).toThrow(/nesting deeper than 100 levels/);
  });
});
