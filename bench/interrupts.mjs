#!/usr/bin/env node
/**
 * Interrupts at random moments, on the real engine.
 *
 *   npm run bench:interrupts          (needs dist/ and the fixture images: npm run setup)
 *   RUNS=30 SEED=7 MAX_DELAY_MS=20000 node bench/interrupts.mjs
 *
 * RUNS times: start `clnrm run` on a chaos suite (two services, a short step, then a
 * minute-long pause_container schedule), and after a seeded random delay send SIGINT,
 * SIGTERM or SIGKILL (in turn). The delay covers every state: loading, engine ping,
 * orphan sweep, service start, the step, faults active, the chaos drain, cleanup.
 * Measured: exit latency (signal sent → process gone) and what each run left behind.
 * SIGINT/SIGTERM runs must exit 130/143 within 5 s and leave nothing; SIGKILL runs leave
 * resources, which the final `clnrm gc` must remove. Exits 1 when any check fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clnrm.js');
const RUNS = Number(process.env.RUNS ?? 30);
const SEED = Number(process.env.SEED ?? 7);
const MAX_DELAY_MS = Number(process.env.MAX_DELAY_MS ?? 20000);
const IMAGE = 'clnrm-fixture/busybox:latest';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGKILL'];

/** mulberry32: a small seeded generator, so the same SEED gives the same moments. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dir = mkdtempSync(join(tmpdir(), 'clnrm-bench-int-'));
const file = join(dir, 'interrupts.clnrm.toml');
writeFileSync(
  file,
  `[meta]
name = "interrupts"

[service.app]
image = "${IMAGE}"
args = ["sleep", "3600"]

[service.other]
image = "${IMAGE}"
args = ["sleep", "3600"]

[[scenario]]
name = "schedule"
service = "app"
run = "sleep 2"
chaos = [{ type = "pause_container", target = "other", at_ms = 1000, every_ms = 3000, count = 20, duration_ms = 1000 }]
`,
);

/** Every resource (managed or lease) carrying clnrm.pid=<pid>. */
function leftBy(pid) {
  const f = ['--filter', `label=clnrm.pid=${pid}`];
  const q = (args) => spawnSync('docker', args, { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  return [...q(['ps', '-aq', ...f]), ...q(['network', 'ls', '-q', ...f]), ...q(['volume', 'ls', '-q', ...f])];
}

function runOnce(signal, delayMs) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'run', file, '--report-dir', join(dir, 'reports'), '-q'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '' } });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    let sentAt;
    const timer = setTimeout(() => {
      sentAt = performance.now();
      child.kill(signal);
    }, delayMs);
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      const latencyMs = sentAt === undefined ? undefined : performance.now() - sentAt;
      done({ pid: child.pid, signal, delayMs, code, exitSignal: sig, latencyMs, output, left: leftBy(child.pid) });
    });
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (ms) => `${(ms / 1000).toFixed(2)}s`;

const random = rng(SEED);
const results = [];
const problems = [];
for (let i = 0; i < RUNS; i++) {
  const signal = SIGNALS[i % SIGNALS.length];
  const delayMs = Math.round(random() * MAX_DELAY_MS);
  const r = await runOnce(signal, delayMs);
  results.push(r);
  const expected = signal === 'SIGINT' ? 130 : 143;
  let note = '';
  if (r.latencyMs === undefined) note = `finished before the signal (exit ${r.code})`;
  else if (signal !== 'SIGKILL') {
    // A signal during Node's own start-up, before any clnrm code runs, ends the process by the signal itself
    // (a shell reports 128+n, the same 130/143); by then nothing was created.
    const beforeHandler = r.code === null && r.exitSignal === signal && r.output === '';
    if (beforeHandler) note = 'ended by the signal during Node start-up (no handler yet, nothing created)';
    else if (r.code !== expected) problems.push(`run ${i} (${signal} at ${delayMs} ms): exit ${r.code ?? r.exitSignal}, expected ${expected}\n${r.output}`);
    if (r.latencyMs > 5000) problems.push(`run ${i} (${signal} at ${delayMs} ms): exited ${fmt(r.latencyMs)} after the signal (limit 5 s)`);
    if (r.left.length > 0) problems.push(`run ${i} (${signal} at ${delayMs} ms): left ${r.left.length} resource(s): ${r.left.join(' ')}`);
  }
  if (r.latencyMs !== undefined && signal === 'SIGKILL') note = `${r.left.length} resource(s) left for gc`;
  process.stdout.write(`run ${String(i + 1).padStart(2)}/${RUNS} ${signal.padEnd(7)} at ${String(delayMs).padStart(4)} ms: exit ${r.code ?? r.exitSignal} in ${r.latencyMs === undefined ? '-' : fmt(r.latencyMs)} ${note}\n`);
}

const gc = spawnSync(process.execPath, [BIN, 'gc'], { encoding: 'utf8' });
if (gc.status !== 0) problems.push(`clnrm gc exited ${gc.status}: ${gc.stderr}`);
const afterGc = results.flatMap((r) => leftBy(r.pid));
if (afterGc.length > 0) problems.push(`after clnrm gc, ${afterGc.length} resource(s) of these runs are still on the engine: ${afterGc.join(' ')}`);

const graceful = results.filter((r) => r.signal !== 'SIGKILL' && r.latencyMs !== undefined).map((r) => r.latencyMs).sort((a, b) => a - b);
const killed = results.filter((r) => r.signal === 'SIGKILL' && r.latencyMs !== undefined);
process.stdout.write(
  `\nSIGINT/SIGTERM exit latency over ${graceful.length} runs: min ${fmt(graceful[0])}, median ${fmt(pct(graceful, 50))}, p90 ${fmt(pct(graceful, 90))}, max ${fmt(graceful.at(-1))}\n` +
    `SIGKILL runs: ${killed.length}, resources they left: ${killed.reduce((n, r) => n + r.left.length, 0)} (removed by the next run's start-of-run sweep, or by the final clnrm gc); removed by clnrm gc: ${gc.stdout.match(/(\d+) resource\(s\) removed/)?.[1] ?? '?'}\n` +
    `left on the engine after gc: ${afterGc.length}\n`,
);
rmSync(dir, { recursive: true, force: true });
if (problems.length > 0) {
  process.stderr.write(`\n${problems.length} problem(s):\n${problems.join('\n')}\n`);
  process.exit(1);
}
