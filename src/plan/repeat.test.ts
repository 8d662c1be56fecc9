import { describe, expect, it } from 'vitest';
import { parseSeedRange, repetitionSeeds, wilsonInterval } from './repeat.js';

describe('wilsonInterval', () => {
  it('matches the published 95 % Wilson bounds', () => {
    // 8 of 10: the textbook example gives [0.490, 0.943].
    const i = wilsonInterval(8, 10);
    expect(i.low).toBeCloseTo(0.4902, 3);
    expect(i.high).toBeCloseTo(0.9433, 3);
    // 10 of 20 is symmetric around one half: [0.299, 0.701].
    const half = wilsonInterval(10, 20);
    expect(half.low).toBeCloseTo(0.2993, 3);
    expect(half.high).toBeCloseTo(0.7007, 3);
  });

  it('is not empty at 0 or N passes and stays inside [0, 1]', () => {
    const none = wilsonInterval(0, 20);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.1611, 3);
    const all = wilsonInterval(20, 20);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.8389, 3);
  });

  it('narrows as runs grow and contains the observed rate', () => {
    const small = wilsonInterval(5, 10);
    const large = wilsonInterval(500, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    for (const [k, n] of [[1, 3], [7, 20], [19, 20]] as const) {
      const i = wilsonInterval(k, n);
      expect(i.low).toBeLessThanOrEqual(k / n);
      expect(i.high).toBeGreaterThanOrEqual(k / n);
    }
  });

  it('says nothing (the whole range) when nothing ran', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('repetitionSeeds', () => {
  it('starts with the suite seed and derives the rest deterministically from it', () => {
    const seeds = repetitionSeeds(42, { kind: 'count', count: 20 });
    expect(seeds).toHaveLength(20);
    expect(seeds[0]).toBe(42);
    expect(new Set(seeds).size).toBe(20);
    expect(repetitionSeeds(42, { kind: 'count', count: 20 })).toEqual(seeds);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  });

  it('gives a prefix for fewer repetitions and other seeds for another suite seed', () => {
    expect(repetitionSeeds(42, { kind: 'count', count: 5 })).toEqual(repetitionSeeds(42, { kind: 'count', count: 20 }).slice(0, 5));
    expect(repetitionSeeds(43, { kind: 'count', count: 5 }).slice(1)).not.toEqual(repetitionSeeds(42, { kind: 'count', count: 5 }).slice(1));
  });

  it('takes --seeds as given', () => {
    expect(repetitionSeeds(42, { kind: 'seeds', seeds: [3, 4, 5] })).toEqual([3, 4, 5]);
  });
});

describe('parseSeedRange', () => {
  it('reads A..B inclusive and a single seed', () => {
    expect(parseSeedRange('3..6')).toEqual([3, 4, 5, 6]);
    expect(parseSeedRange('7')).toEqual([7]);
  });

  it('names what is wrong', () => {
    expect(parseSeedRange('6..3')).toMatch(/A ≤ B/);
    expect(parseSeedRange('a..b')).toMatch(/--seeds expects A\.\.B/);
    expect(parseSeedRange('0..100000')).toMatch(/at most/);
  });
});
