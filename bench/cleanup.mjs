#!/usr/bin/env node
/**
 * How long verified cleanup takes over the chaos suites, and where that time goes.
 *
 *   npm run build && node bench/cleanup.mjs        (needs the engine and the fixture images)
 *   RUNS=2 node bench/cleanup.mjs tests/chaos/container_failures.clnrm.toml
 *   CLNRM_BASE_BIN=../main/bin/clnrm.js node bench/cleanup.mjs     (both builds, interleaved suite by suite)
 *
 * Runs each suite (default: tests/chaos/*.clnrm.toml) RUNS times (default 1), reads the
 * clnrm.cleanup spans of its report.json and prints the distribution of their durations
 * (median, p90, p99, max; aim: p99 ≤ 1 s), and of its parts: reverting chaos (the time the
 * cleanup span's recovery children cover) and the rest (removal and the verification listing).
 * The rest of a fault schedule that outlasts the steps runs before the cleanup span (docs/chaos.md):
 * it is the scenario's time, not the cleanup's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CLNRM_BIN: another build to measure (e.g. a checkout of an older commit).
const BIN = process.env.CLNRM_BIN ?? join(ROOT, 'bin', 'clnrm.js');
// CLNRM_BASE_BIN: a build to compare with, run interleaved with BIN suite by suite (which goes first alternates).
const BASE_BIN = process.env.CLNRM_BASE_BIN;
const RUNS = Number(process.env.RUNS ?? 1);
const suites = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(join(ROOT, 'tests', 'chaos')).filter((f) => f.endsWith('.clnrm.toml')).sort().map((f) => join(ROOT, 'tests', 'chaos', f));
const builds = BASE_BIN ? [{ label: 'base', bin: BASE_BIN }, { label: 'this', bin: BIN }] : [{ label: 'this', bin: BIN }];

/** The q-quantile by the nearest-rank method (p99 of 40 values is the largest). */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

const dir = mkdtempSync(join(tmpdir(), 'clnrm-bench-cleanup-'));
const samples = new Map(builds.map((b) => [b.label, []]));
const scenarioMs = new Map(builds.map((b) => [b.label, 0]));
try {
  let turn = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const suite of suites) {
      const order = turn++ % 2 === 0 ? builds : [...builds].reverse();
      for (const build of order) measure(build, suite, join(dir, `${build.label}-${run}-${basename(suite)}`));
    }
  }
  const line = (label, xs) =>
    `${label.padEnd(28)} median ${quantile(xs, 0.5).toFixed(0).padStart(5)} ms   p90 ${quantile(xs, 0.9).toFixed(0).padStart(5)} ms   p99 ${quantile(xs, 0.99).toFixed(0).padStart(5)} ms   max ${Math.max(...xs).toFixed(0).padStart(5)} ms`;
  for (const build of builds) {
    const all = samples.get(build.label);
    console.log(`${builds.length > 1 ? `[${build.label}: ${build.bin}] ` : ''}cleanup bench: ${all.length} scenario cleanups over ${suites.length} suite(s), ${RUNS} run(s)\n`);
    console.log(line('cleanup (whole span)', all.map((s) => s.totalMs)));
    console.log(line('  reverting chaos', all.map((s) => s.revertMs)));
    console.log(line('  removal and verification', all.map((s) => s.restMs)));
    console.log(`scenarios (whole spans, summed) ${(scenarioMs.get(build.label) / 1000).toFixed(1).padStart(6)} s`);
    console.log('\nslowest:');
    for (const s of [...all].sort((a, b) => b.totalMs - a.totalMs).slice(0, 5)) console.log(`  ${s.suite.padEnd(22)} ${s.scenario.padEnd(36)} ${s.totalMs.toFixed(0).padStart(5)} ms (revert ${s.revertMs.toFixed(0)} ms)`);
    console.log('');
  }
  if (builds.length > 1) {
    const p99 = (label) => quantile(samples.get(label).map((s) => s.totalMs), 0.99);
    const median = (label) => quantile(samples.get(label).map((s) => s.totalMs), 0.5);
    console.log(`this / base: cleanup p99 ${(p99('this') / p99('base')).toFixed(2)}×, median ${(median('this') / median('base')).toFixed(2)}×`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs one suite with one build and records its cleanups. */
function measure(build, suite, reportDir) {
  const r = spawnSync(process.execPath, [build.bin, 'run', suite, '-q', '--report-dir', reportDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${build.label}: clnrm run ${suite} exited ${r.status}:\n${r.stdout}${r.stderr}`);
  const report = readdirSync(reportDir).find((f) => f.endsWith('.report.json'));
  const { spans } = findSpans(JSON.parse(readFileSync(join(reportDir, report), 'utf8')));
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  for (const s of spans.filter((x) => x.name.startsWith('clnrm.scenario:'))) scenarioMs.set(build.label, scenarioMs.get(build.label) + (s.endMs - s.startMs));
  for (const c of spans.filter((s) => s.name === 'clnrm.cleanup')) {
    const children = spans.filter((s) => s.parentSpanId === c.spanId && s.name !== 'clnrm.cleanup.concurrent');
    // Reverts may run at once (faults on different targets): the time they cover, not the sum of their spans.
    const revertMs = coveredMs(children);
    let scenario = byId.get(c.parentSpanId);
    while (scenario && !scenario.name.startsWith('clnrm.scenario:')) scenario = byId.get(scenario.parentSpanId);
    samples.get(build.label).push({
      suite: basename(suite, '.clnrm.toml'),
      scenario: scenario?.name.slice('clnrm.scenario:'.length) ?? '?',
      totalMs: c.endMs - c.startMs,
      revertMs,
      restMs: c.endMs - c.startMs - revertMs,
    });
  }
}

/** How much time the union of the spans' intervals covers (ms). */
function coveredMs(spans) {
  let covered = 0;
  let reach = -Infinity;
  for (const s of [...spans].sort((a, b) => a.startMs - b.startMs)) {
    covered += Math.max(0, s.endMs - Math.max(s.startMs, reach));
    reach = Math.max(reach, s.endMs);
  }
  return covered;
}

/** The span list of a report.json (wherever the report keeps it). */
function findSpans(o) {
  if (o && typeof o === 'object') {
    if (Array.isArray(o.spans)) return o;
    for (const v of Object.values(o)) {
      const found = findSpans(v);
      if (found) return found;
    }
  }
  return undefined;
}
