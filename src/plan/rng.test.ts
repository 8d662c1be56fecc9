import { describe, expect, it } from 'vitest';
import { createRng } from './rng.js';

const draws = (seed: number, label: string, n = 20) => {
  const r = createRng(seed, label);
  return Array.from({ length: n }, () => r.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed and label', () => {
    expect(draws(666, 'a')).toEqual(draws(666, 'a'));
  });

  it('gives different sequences for another seed or another label', () => {
    expect(draws(666, 'a')).not.toEqual(draws(667, 'a'));
    expect(draws(666, 'a')).not.toEqual(draws(666, 'b'));
  });

  it('draws uniformly enough in [0, 1)', () => {
    const xs = draws(1, 'u', 20000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const buckets = new Array(10).fill(0);
    for (const x of xs) buckets[Math.floor(x * 10)]++;
    for (const b of buckets) expect(b).toBeGreaterThan(1700);
  });

  it('chance(0.4) is true about 40 % of the time, and exactly reproducible', () => {
    const r = createRng(9, 'monkey');
    const hits = Array.from({ length: 5000 }, () => r.chance(0.4)).filter(Boolean).length;
    expect(hits / 5000).toBeGreaterThan(0.37);
    expect(hits / 5000).toBeLessThan(0.43);
    const again = createRng(9, 'monkey');
    expect(Array.from({ length: 5000 }, () => again.chance(0.4)).filter(Boolean).length).toBe(hits);
  });

  it('samples distinct items, reproducibly', () => {
    const s = createRng(3, 's').sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(s).size).toBe(3);
    expect(createRng(3, 's').sample(['a', 'b', 'c', 'd'], 3)).toEqual(s);
  });

  it('forks are independent of how many draws the parent made', () => {
    const p1 = createRng(5, 'x');
    const p2 = createRng(5, 'x');
    p2.next();
    p2.next();
    expect(p1.fork('child').next()).toBe(p2.fork('child').next());
  });
});
