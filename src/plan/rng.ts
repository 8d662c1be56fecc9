/**
 * The seeded generator behind every random choice of a run (retry jitter,
 * chaos timing and targets, failure-rate draws, ids). Nothing in the runner
 * calls Math.random. sfc32 is small, fast and well distributed; its 128-bit
 * state comes from SHA-256 of the seed and a label (the scenario name), so
 * adding a scenario never changes another scenario's draws.
 */
import { createHash } from 'node:crypto';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** k distinct items of `items`, in draw order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** A child generator for a sub-purpose, independent of how many draws this one made. */
  fork(label: string): Rng;
}

export function createRng(seed: number | bigint | string, label = ''): Rng {
  const digest = createHash('sha256').update(`${String(seed)}\u0000${label}`).digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs: sfc32 mixes its state during its first rounds.
  for (let i = 0; i < 12; i++) next32();

  const rng: Rng = {
    next: () => next32() / 4294967296,
    int: (n) => Math.floor(rng.next() * n),
    chance: (p) => p >= 1 || (p > 0 && rng.next() < p),
    sample: (items, k) => {
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < k && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0]!);
      return out;
    },
    fork: (sub) => createRng(seed, `${label}\u0000${sub}`),
  };
  return rng;
}

/** A seed for runs that declare none: drawn from the OS, printed so the run can be replayed. */
export function drawSeed(): number {
  return createHash('sha256').update(`${process.hrtime.bigint()}:${process.pid}`).digest().readUInt32LE(0);
}
