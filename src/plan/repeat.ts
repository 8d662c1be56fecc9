/**
 * Seeded repetitions (`clnrm run --repeat N`, `--seeds A..B`): which seeds a
 * suite runs with, and how sure a pass rate over those runs is. The seeds of
 * `--repeat` derive from the suite's seed, so the same suite repeats the same
 * way everywhere; the first is the suite's seed itself (`--repeat 1` is a
 * plain run).
 */
import { createRng } from './rng.js';

/** How a run repeats each suite: N seeds derived from the suite's seed, or exactly these seeds. */
export type RepeatSelection = { kind: 'count'; count: number } | { kind: 'seeds'; seeds: readonly number[] };

/** The most repetitions one run plans (each is a full run of the suite). */
export const MAX_REPETITIONS = 10_000;

/** The seeds a suite with seed `suiteSeed` runs with. */
export function repetitionSeeds(suiteSeed: number, selection: RepeatSelection): number[] {
  if (selection.kind === 'seeds') return [...selection.seeds];
  const seeds = [suiteSeed];
  const taken = new Set(seeds);
  // One fork per repetition: the i-th seed does not depend on how many were asked for.
  for (let i = 1; seeds.length < selection.count; i++) {
    const seed = createRng(suiteSeed, 'repeat').fork(String(i)).int(2 ** 32);
    if (!taken.has(seed)) {
      taken.add(seed);
      seeds.push(seed);
    }
  }
  return seeds;
}

/** `--seeds A..B` (inclusive, A ≤ B) or a single seed `A`; a message when malformed. */
export function parseSeedRange(text: string): number[] | string {
  const m = /^(\d+)(?:\.\.(\d+))?$/.exec(text.trim());
  if (!m) return `--seeds expects A..B (two non-negative integers, A ≤ B), got ${JSON.stringify(text)}`;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to < from) return `--seeds expects A..B with A ≤ B, got ${JSON.stringify(text)}`;
  if (to - from + 1 > MAX_REPETITIONS) return `--seeds ${text} asks for ${to - from + 1} runs; at most ${MAX_REPETITIONS}`;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * The Wilson score interval of a proportion of `passes` in `runs` trials: unlike
 * the normal approximation it stays inside [0, 1] and is not empty at 0 or N passes,
 * which is exactly where a chaos run's pass rate usually is.
 */
export function wilsonInterval(passes: number, runs: number, z = Z_95): Interval {
  if (runs <= 0) return { low: 0, high: 1 };
  const p = passes / runs;
  const z2 = z * z;
  const centre = (p + z2 / (2 * runs)) / (1 + z2 / runs);
  const half = (z / (1 + z2 / runs)) * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
