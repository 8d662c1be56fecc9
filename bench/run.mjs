#!/usr/bin/env node
/**
 * Benchmark of the runner's overhead on the real engine, as ratios within one run.
 *
 *   npm run bench:run         (needs dist/ and the fixture images: npm run setup)
 *   SCENARIOS=20 REPS=3 npm run bench:run
 *
 * Baseline: the same work done by hand with the docker CLI — per scenario, create a network,
 * start a container on it, exec `true` in it, remove both. Measured: `clnrm run` of a suite
 * with the same scenarios (one service, one `true` step each), which adds spans, readiness,
 * session bookkeeping, verified cleanup, judging and four reports. Printed: medians and the
 * ratio clnrm / baseline, sequential (-j 1) and parallel (-j 4).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clnrm.js');
const SCENARIOS = Number(process.env.SCENARIOS ?? 10);
const REPS = Number(process.env.REPS ?? 3);
const IMAGE = 'clnrm-fixture/busybox:latest';

const dir = mkdtempSync(join(tmpdir(), 'clnrm-bench-run-'));
const file = join(dir, 'bench.clnrm.toml');
writeFileSync(
  file,
  `[meta]\nname = "bench"\n\n[determinism]\nseed = 1\n\n[service.app]\nimage = "${IMAGE}"\nargs = ["sleep", "3600"]\n\n` +
    Array.from({ length: SCENARIOS }, (_, i) => `[[scenario]]\nname = "s${i}"\nrun = "true"\n`).join('\n'),
);

const sh = (args) => {
  const r = spawnSync('docker', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

function baseline() {
  for (let i = 0; i < SCENARIOS; i++) {
    const net = `clnrm-bench-${process.pid}-${i}`;
    sh(['network', 'create', '--internal', '--label', 'clnrm.managed=true', '--label', `clnrm.pid=${process.pid}`, net]);
    const id = sh(['run', '-d', '--init', '--network', net, '--label', 'clnrm.managed=true', '--label', `clnrm.pid=${process.pid}`, IMAGE, 'sleep', '3600']);
    sh(['exec', id, 'true']);
    sh(['rm', '-f', id]);
    sh(['network', 'rm', net]);
  }
}

function clnrm(jobs) {
  const r = spawnSync(process.execPath, [BIN, 'run', file, '-q', '-j', String(jobs), '--report-dir', join(dir, 'reports')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`clnrm run failed:\n${r.stdout}${r.stderr}`);
}

const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = { baseline: [], seq: [], par: [] };
for (let r = 0; r < REPS; r++) {
  results.baseline.push(time(baseline));
  results.seq.push(time(() => clnrm(1)));
  results.par.push(time(() => clnrm(4)));
}
rmSync(dir, { recursive: true, force: true });

const b = median(results.baseline);
console.log(`${SCENARIOS} scenarios, ${REPS} repetitions (medians)`);
console.log(`  docker CLI by hand        ${(b / 1000).toFixed(2)} s   1.00×`);
console.log(`  clnrm run -j 1            ${(median(results.seq) / 1000).toFixed(2)} s   ${(median(results.seq) / b).toFixed(2)}×`);
console.log(`  clnrm run -j 4            ${(median(results.par) / 1000).toFixed(2)} s   ${(median(results.par) / b).toFixed(2)}×`);
console.log(`  per scenario (clnrm -j 1) ${(median(results.seq) / SCENARIOS).toFixed(0)} ms`);
