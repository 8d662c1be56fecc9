#!/usr/bin/env node
/**
 * A one-scenario run against the same lifecycle done with the docker CLI, both as
 * whole processes, as a ratio measured in one run (interleaved, medians of wall time).
 *
 *   npm run build && node bench/lifecycle.mjs      (needs the engine and the busybox fixture)
 *   REPS=11 node bench/lifecycle.mjs
 *   CLNRM_BASE_BIN=../main/bin/clnrm.js node bench/lifecycle.mjs   (also that build, interleaved in the same run)
 *
 * Baseline (docker CLI, one process per verb): create a network, `docker run -d` a
 * container on it, `docker exec` `true` in it, `docker rm -f` it, remove the network.
 * Measured: `clnrm run` of a suite of one scenario (one service, one `true` step),
 * start-up, readiness, spans, verified cleanup, judging and reports included.
 * Aim: ≤ 1.2×.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CLNRM_BIN: another build to measure (e.g. a checkout of an older commit).
const BIN = process.env.CLNRM_BIN ?? join(ROOT, 'bin', 'clnrm.js');
// CLNRM_BASE_BIN: a build to compare with, measured in the same run (before/after a change under the same load).
const BASE_BIN = process.env.CLNRM_BASE_BIN;
const REPS = Number(process.env.REPS ?? 7);
const IMAGE = 'clnrm-fixture/busybox:latest';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'clnrm-bench-lifecycle-'));
const file = join(dir, 'one.clnrm.toml');
writeFileSync(file, `[meta]\nname = "one"\n\n[determinism]\nseed = 1\n\n[service.app]\nimage = "${IMAGE}"\nargs = ["sleep", "3600"]\n\n[[scenario]]\nname = "s"\nrun = "true"\n`);

const docker = (args) => {
  const r = spawnSync('docker', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
const labels = ['--label', 'clnrm.managed=true', '--label', `clnrm.pid=${process.pid}`];

function dockerLifecycle(i) {
  const net = `clnrm-bench-${process.pid}-${i}`;
  docker(['network', 'create', '--internal', ...labels, net]);
  const id = docker(['run', '-d', '--init', '--network', net, ...labels, IMAGE, 'sleep', '3600']);
  docker(['exec', id, 'true']);
  docker(['rm', '-f', id]);
  docker(['network', 'rm', net]);
}

function clnrmRun(bin = BIN) {
  const r = spawnSync(process.execPath, [bin, 'run', file, '-q', '--report-dir', join(dir, 'reports')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`clnrm run (${bin}) failed:\n${r.stdout}${r.stderr}`);
}

const wall = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

try {
  dockerLifecycle('warm');
  clnrmRun();
  if (BASE_BIN) clnrmRun(BASE_BIN);
  const base = [];
  const ours = [];
  const theirs = [];
  for (let i = 0; i < REPS; i++) {
    base.push(wall(() => dockerLifecycle(i)));
    // Each build goes first every other round, so neither always runs right after the docker CLI.
    const runs = [() => ours.push(wall(() => clnrmRun())), ...(BASE_BIN ? [() => theirs.push(wall(() => clnrmRun(BASE_BIN)))] : [])];
    for (const run of i % 2 ? runs.reverse() : runs) run();
  }
  const mb = median(base);
  const mo = median(ours);
  const range = (xs) => `(min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  console.log(`lifecycle bench: ${REPS} interleaved runs each, medians of wall time (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})\n`);
  console.log(`docker CLI lifecycle (network, run, exec, rm)   ${mb.toFixed(0).padStart(6)} ms  ${range(base)}`);
  console.log(`clnrm run, one scenario                         ${mo.toFixed(0).padStart(6)} ms  ${range(ours)}`);
  if (BASE_BIN) console.log(`clnrm run, one scenario, ${BASE_BIN.slice(-22).padEnd(22)} ${median(theirs).toFixed(0).padStart(6)} ms  ${range(theirs)}`);
  console.log(`ratio clnrm / docker CLI                        ${(mo / mb).toFixed(2)}×`);
  if (BASE_BIN) console.log(`ratio of the base build / docker CLI            ${(median(theirs) / mb).toFixed(2)}×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
