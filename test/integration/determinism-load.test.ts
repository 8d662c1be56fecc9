/**
 * Determinism under load, on the real engine: the five chaos suites run twice
 * (at -j 1 and at -j 4) while every core is saturated by busy-loop processes
 * and the engine creates and removes containers in a loop; each suite must give
 * one digest. The README's example digest is the one timeout_scenarios gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types, shared with the benchmark
import { CHAOS_SUITES, runOnce, startLoad } from '../../bench/determinism.mjs';
import { diffTraces, formatDiff } from '../../src/report/diff.js';
import { ROOT } from './helpers.js';

interface Run {
  code: number;
  digests: Record<string, string>;
  traces: Record<string, string>;
  output: string;
}

/** What differed between the first run's trace of `suite` and the other runs' (empty when all agree). */
function differences(suite: string): string {
  const [first, ...rest] = runs;
  return rest
    .map((r) => formatDiff(diffTraces(JSON.parse(first!.run.traces[suite]!), JSON.parse(r.run.traces[suite]!))).join('\n'))
    .filter(Boolean)
    .map((d, i) => `-j ${first!.jobs} against -j ${rest[i]!.jobs}:\n${d}`)
    .join('\n');
}

const runs: { jobs: number; run: Run }[] = [];
let load: { stop(): Promise<void>; churned: number } | undefined;

describe('determinism under load', () => {
  beforeAll(async () => {
    load = startLoad();
    for (const jobs of [1, 4]) runs.push({ jobs, run: (await runOnce(CHAOS_SUITES, jobs)) as Run });
  }, 900_000);
  afterAll(async () => {
    await load?.stop();
  }, 60_000);

  it('every chaos suite gives one digest at -j 1 and at -j 4 with both cores saturated and the engine churning', () => {
    expect(load!.churned).toBeGreaterThan(0); // the engine really was kept busy
    for (const { jobs, run } of runs) {
      expect(run.code, `-j ${jobs}:\n${run.output}`).toBe(0);
      expect(Object.keys(run.digests).sort()).toEqual(CHAOS_SUITES.map((f: string) => f.split('/').pop()!.replace('.clnrm.toml', '')).sort());
    }
    for (const suite of Object.keys(runs[0]!.run.digests)) {
      const distinct = new Set(runs.map((r) => r.run.digests[suite])).size;
      expect(distinct, distinct > 1 ? `${suite}: ${differences(suite)}` : suite).toBe(1);
    }
  });

  it("the README's example digest is the digest tests/chaos/timeout_scenarios gives", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/(?:trace digest |name="trace\.sha256" value=")([0-9a-f]{64})/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThanOrEqual(2); // the console excerpt and the JUnit excerpt
    for (const d of shown) expect(d).toBe(runs[0]!.run.digests.timeout_scenarios);
  });
});
