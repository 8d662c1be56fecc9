#!/usr/bin/env node
/**
 * Determinism under load: runs the chaos suites again and again while every core
 * is saturated and the engine is kept busy, and prints how many distinct trace
 * digests each suite gave (1 = deterministic).
 *
 *   node bench/determinism.mjs                  20 repetitions at -j 1 and at -j 4, under load
 *   REPS=3 JOBS=4 LOAD=0 node bench/determinism.mjs
 *
 * Load: one busy-loop node process per core (CPU hog) and a loop that creates
 * and removes busybox containers (engine churn), each labelled
 * `clnrm.loadgen=<pid>` so they are found and removed on exit. Exit status 1
 * when a suite gave more than one digest or a run failed.
 *
 * Also a module: test/integration/determinism-load.test.ts uses startLoad and runOnce.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clnrm.js');
const IMAGE = 'clnrm-fixture/busybox:latest';
export const CHAOS_SUITES = readdirSync(join(ROOT, 'tests/chaos'))
  .filter((f) => f.endsWith('.clnrm.toml'))
  .sort()
  .map((f) => join(ROOT, 'tests/chaos', f));

/**
 * Saturates the machine: `cores` busy-loop processes and an engine churn loop.
 * Returns stop(), which ends both and removes every container the churn created.
 */
export function startLoad({ cores = cpus().length, churn = true } = {}) {
  const label = `clnrm.loadgen=${process.pid}`;
  // Each hog spins, and ends by itself when its parent is gone or after an hour: never an orphan burning a core.
  const HOG = `const parent = process.ppid, end = Date.now() + 3600e3;
for (;;) { const t = Date.now() + 50; while (Date.now() < t) {} if (process.ppid !== parent || Date.now() > end) process.exit(0); }`;
  const hogs = Array.from({ length: cores }, () => spawn(process.execPath, ['-e', HOG], { stdio: 'ignore' }));
  let stopped = false;
  let churned = 0;
  const loop = (async () => {
    while (churn && !stopped) {
      // One container at a time, created and removed (not started: the engine's bookkeeping, layers and
      // locks are busy, without piling runc processes onto a machine whose cores the hogs already take).
      const docker = (args) =>
        new Promise((r) => {
          const p = spawn('docker', args, { stdio: 'ignore' });
          p.on('exit', r);
          p.on('error', r);
        });
      const name = `clnrm-loadgen-${process.pid}-${churned}`;
      await docker(['create', '--name', name, '--label', label, '--network', 'none', IMAGE, 'true']);
      await docker(['rm', '-f', name]);
      churned++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    get churned() {
      return churned;
    },
    async stop() {
      stopped = true;
      for (const h of hogs) h.kill('SIGKILL');
      await loop;
      const left = spawnSync('docker', ['ps', '-aq', '--filter', `label=${label}`], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
      if (left.length) spawnSync('docker', ['rm', '-f', ...left], { stdio: 'ignore' });
    },
  };
}

/** One `clnrm run` of the suites; returns the digest and canonical trace text per suite name, and whether the run passed. */
export function runOnce(suites, jobs) {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-det-'));
  try {
    return new Promise((resolveRun) => {
      const child = spawn(process.execPath, [BIN, 'run', ...suites, '-j', String(jobs), '--report-dir', dir, '-q'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (code) => {
        const digests = {};
        // The canonical traces too: when two runs disagree, what differed is the first thing to know.
        const traces = {};
        for (const f of readdirSync(dir).filter((n) => n.endsWith('.trace.sha256'))) {
          const suite = f.replace(/\.trace\.sha256$/, '');
          digests[suite] = readFileSync(join(dir, f), 'utf8').slice(0, 64);
          traces[suite] = readFileSync(join(dir, `${suite}.trace.json`), 'utf8');
        }
        rmSync(dir, { recursive: true, force: true });
        resolveRun({ code, digests, traces, output });
      });
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function main() {
  const reps = Number(process.env.REPS ?? 20);
  const jobsList = String(process.env.JOBS ?? '1,4').split(',').map(Number);
  const loaded = process.env.LOAD !== '0';
  const load = loaded ? startLoad() : undefined;
  const onSignal = async () => {
    await load?.stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const seen = {}; // suite -> Map(digest -> count)
  const sample = {}; // "suite digest" -> the first canonical trace with that digest
  let failedRuns = 0;
  const started = Date.now();
  try {
    for (let i = 0; i < reps; i++) {
      for (const jobs of jobsList) {
        const r = await runOnce(CHAOS_SUITES, jobs);
        if (r.code !== 0) {
          failedRuns++;
          console.error(`run ${i + 1} -j ${jobs}: exit ${r.code}\n${r.output.split('\n').filter((l) => /✗|error|failed/.test(l)).slice(0, 10).join('\n')}`);
        }
        for (const [suite, d] of Object.entries(r.digests)) {
          seen[suite] ??= new Map();
          seen[suite].set(d, (seen[suite].get(d) ?? 0) + 1);
          sample[`${suite} ${d}`] ??= r.traces[suite];
        }
        console.error(`run ${i + 1}/${reps} -j ${jobs} done (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
  } finally {
    await load?.stop();
  }
  const runs = reps * jobsList.length;
  console.log(`determinism: ${runs} runs per suite (${reps} x -j ${jobsList.join(',')}), load ${loaded ? `${cpus().length} busy-loop processes + engine churn (${load.churned} containers)` : 'none'}, ${Math.round((Date.now() - started) / 1000)} s`);
  let distinctTotal = 0;
  for (const [suite, digests] of Object.entries(seen).sort()) {
    const counts = [...digests.entries()].map(([d, n]) => `${d.slice(0, 12)}×${n}`).join(', ');
    console.log(`  ${suite.padEnd(22)} ${digests.size} distinct digest(s) in ${[...digests.values()].reduce((a, b) => a + b, 0)} runs (${counts})`);
    distinctTotal = Math.max(distinctTotal, digests.size);
    if (digests.size > 1) {
      // What differed: the first trace of each of the first two digests.
      const { diffTraces, formatDiff } = await import('../dist/report/diff.js');
      const [a, b] = [...digests.keys()].map((d) => JSON.parse(sample[`${suite} ${d}`]));
      for (const line of formatDiff(diffTraces(a, b))) console.log(`    ${line}`);
    }
  }
  if (failedRuns) console.log(`  ${failedRuns} run(s) did not pass`);
  process.exitCode = distinctTotal > 1 || failedRuns > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
