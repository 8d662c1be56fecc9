#!/usr/bin/env node
/**
 * How long verified cleanup takes over the chaos suites, and where that time goes.
 *
 *   npm run build && node bench/cleanup.mjs        (needs the engine and the fixture images)
 *   RUNS=2 node bench/cleanup.mjs tests/chaos/container_failures.clnrm.toml
 *
 * Runs each suite (default: tests/chaos/*.clnrm.toml) RUNS times (default 1), reads the
 * clnrm.cleanup spans of its report.json and prints the distribution of their durations
 * (median, p90, p99, max; aim: p99 ≤ 1 s), and of its parts: reverting chaos (the
 * cleanup span's recovery children) and the rest (removal and the verification listing).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CLNRM_BIN: another build to measure (e.g. a checkout of an older commit).
const BIN = process.env.CLNRM_BIN ?? join(ROOT, 'bin', 'clnrm.js');
const RUNS = Number(process.env.RUNS ?? 1);
const suites = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(join(ROOT, 'tests', 'chaos')).filter((f) => f.endsWith('.clnrm.toml')).sort().map((f) => join(ROOT, 'tests', 'chaos', f));

/** The q-quantile by the nearest-rank method (p99 of 40 values is the largest). */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

const dir = mkdtempSync(join(tmpdir(), 'clnrm-bench-cleanup-'));
const samples = [];
try {
  for (let run = 0; run < RUNS; run++) {
    for (const suite of suites) {
      const reportDir = join(dir, `${run}-${basename(suite)}`);
      const r = spawnSync(process.execPath, [BIN, 'run', suite, '-q', '--report-dir', reportDir], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`clnrm run ${suite} exited ${r.status}:\n${r.stdout}${r.stderr}`);
      const report = readdirSync(reportDir).find((f) => f.endsWith('.report.json'));
      const { spans } = findSpans(JSON.parse(readFileSync(join(reportDir, report), 'utf8')));
      for (const c of spans.filter((s) => s.name === 'clnrm.cleanup')) {
        const children = spans.filter((s) => s.parentSpanId === c.spanId && s.name !== 'clnrm.cleanup.concurrent');
        const revertMs = children.reduce((ms, s) => ms + (s.endMs - s.startMs), 0);
        samples.push({ suite: basename(suite, '.clnrm.toml'), totalMs: c.endMs - c.startMs, revertMs, restMs: c.endMs - c.startMs - revertMs });
      }
    }
  }
  const line = (label, xs) =>
    `${label.padEnd(28)} median ${quantile(xs, 0.5).toFixed(0).padStart(5)} ms   p90 ${quantile(xs, 0.9).toFixed(0).padStart(5)} ms   p99 ${quantile(xs, 0.99).toFixed(0).padStart(5)} ms   max ${Math.max(...xs).toFixed(0).padStart(5)} ms`;
  console.log(`cleanup bench: ${samples.length} scenario cleanups over ${suites.length} suite(s), ${RUNS} run(s)\n`);
  console.log(line('cleanup (whole span)', samples.map((s) => s.totalMs)));
  console.log(line('  reverting chaos', samples.map((s) => s.revertMs)));
  console.log(line('  removal and verification', samples.map((s) => s.restMs)));
  console.log('\nslowest:');
  for (const s of [...samples].sort((a, b) => b.totalMs - a.totalMs).slice(0, 5)) console.log(`  ${s.suite.padEnd(22)} ${s.totalMs.toFixed(0).padStart(5)} ms (revert ${s.revertMs.toFixed(0)} ms)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
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
