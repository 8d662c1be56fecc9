#!/usr/bin/env node
/**
 * Replay check: runs each chaos suite once, replays its report with `clnrm replay`,
 * and prints whether the replayed run's trace digest equals the original's.
 *
 *   node bench/replay.mjs                      every suite in tests/chaos
 *   node bench/replay.mjs tests/chaos/a.clnrm.toml ...
 *
 * Exit status 1 when a replay refused, failed, or gave another digest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clnrm.js');
const given = process.argv.slice(2);
const suites = given.length > 0 ? given : readdirSync(join(ROOT, 'tests/chaos')).filter((f) => f.endsWith('.clnrm.toml')).sort().map((f) => `tests/chaos/${f}`);
const work = mkdtempSync(join(tmpdir(), 'clnrm-replay-bench-'));
const clnrm = (args) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '' } });

let bad = 0;
try {
  for (const file of suites) {
    const name = basename(file, '.clnrm.toml');
    const dir = join(work, name);
    const started = Date.now();
    const run = clnrm(['run', file, '--report-dir', dir, '-q']);
    const report = join(dir, `${name}.report.json`);
    let original;
    try {
      original = JSON.parse(readFileSync(report, 'utf8')).digest.value;
    } catch {
      console.log(`${name}: the run wrote no report (exit ${run.status})\n${run.stderr}`);
      bad++;
      continue;
    }
    const replay = clnrm(['replay', report, '-q']);
    const equal = /trace digest ([0-9a-f]{64}) equals the recorded run's/.exec(replay.stdout);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (equal && equal[1] === original) {
      console.log(`${name}: run exit ${run.status}, replay exit ${replay.status}, digest ${original} reproduced (${seconds} s)`);
      if (replay.status !== run.status) bad++;
    } else {
      bad++;
      console.log(`${name}: NOT reproduced (run exit ${run.status}, replay exit ${replay.status}, original ${original})\n${replay.stdout}${replay.stderr}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(bad > 0 ? 1 : 0);
