#!/usr/bin/env node
/**
 * Consistency on real systems, repeated: runs tests/real/redis_failover and tests/real/postgres_crash
 * REPS times each (default 5), one run at a time, and prints for every run and scenario the writes
 * acknowledged and lost (read from the consistency verdicts in report.json), the run's time and its
 * trace digest, then the distinct digests per suite (1 = deterministic).
 *
 *   node bench/real-consistency.mjs            5 runs of each suite
 *   REPS=3 JOBS=2 node bench/real-consistency.mjs
 *
 * Needs the real images (`bash scripts/build-fixtures.sh redis postgres`). Exit status 1 when a run
 * failed, counts differed between runs, or a suite gave more than one digest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clnrm.js');
const SUITES = ['redis_failover', 'postgres_crash'];
const REPS = Number(process.env.REPS ?? 5);
const JOBS = String(process.env.JOBS ?? 2);

/** `lost = 5, bound = 0: 5 of 35 acknowledged key(s) lost: …` → { acknowledged: 35, lost: 5 }. */
export function countsOf(message) {
  const m = /(\d+) of (\d+) acknowledged key\(s\) lost/.exec(message ?? '');
  return m ? { acknowledged: Number(m[2]), lost: Number(m[1]) } : undefined;
}

function runOnce(suite) {
  const dir = mkdtempSync(join(tmpdir(), `clnrm-bench-real-${suite}-`));
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, 'run', join(ROOT, 'tests/real', `${suite}.clnrm.toml`), '--report-dir', dir, '-j', JOBS, '-q'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const seconds = (Date.now() - started) / 1000;
  try {
    const report = JSON.parse(readFileSync(join(dir, `${suite}.report.json`), 'utf8'));
    const scenarios = report.scenarios.map((s) => {
      const verdict = s.verdicts.find((v) => v.kind === 'consistency');
      return { name: s.name, outcome: s.outcome, ...(countsOf(verdict?.message) ?? { acknowledged: NaN, lost: NaN }) };
    });
    return { status: r.status, outcome: report.outcome, digest: report.digest?.value ?? '', seconds, scenarios };
  } catch (err) {
    return { status: r.status, outcome: `no report (${String(err).slice(0, 120)}): ${(r.stderr || r.stdout).trim().slice(-300)}`, digest: '', seconds, scenarios: [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let failed = false;
for (const suite of SUITES) {
  const runs = [];
  for (let i = 1; i <= REPS; i++) {
    const run = runOnce(suite);
    runs.push(run);
    const counts = run.scenarios.map((s) => `${s.name} ${s.outcome}: acknowledged ${s.acknowledged}, lost ${s.lost}`).join('; ');
    console.log(`${suite} run ${i}: ${run.outcome} in ${run.seconds.toFixed(1)} s, digest ${run.digest.slice(0, 16) || '-'}; ${counts}`);
    if (run.status !== 0 || run.outcome !== 'pass') failed = true;
  }
  const digests = new Set(runs.map((r) => r.digest));
  const counts = new Set(runs.map((r) => JSON.stringify(r.scenarios.map((s) => [s.name, s.acknowledged, s.lost]))));
  const seconds = runs.map((r) => r.seconds);
  console.log(
    `${suite}: ${digests.size} distinct digest(s) over ${REPS} runs (${[...digests].join(', ')}); ${counts.size} distinct count set(s); ` +
      `${Math.min(...seconds).toFixed(1)}-${Math.max(...seconds).toFixed(1)} s per run`,
  );
  if (digests.size !== 1 || counts.size !== 1) failed = true;
}
process.exit(failed ? 1 : 0);
