#!/usr/bin/env node
/**
 * Start-up cost of the CLI, as ratios to a bare `node -e ''` and to "the bare import"
 * (issue 20), measured in the same run.
 *
 *   npm run build && node bench/startup.mjs        (no engine needed)
 *   REPS=21 node bench/startup.mjs
 *   CLNRM_BIN=/other/checkout/bin/clnrm.js node bench/startup.mjs      (measure another build instead)
 *   BASE_BIN=/other/checkout/bin/clnrm.js node bench/startup.mjs       (also measure another build, e.g. the
 *                                                                      previous commit's, interleaved in the same run)
 *
 * Each measure is a whole process (start-up included), the commands interleaved
 * (bare, bare import, --version, validate 1, validate 100, bare, …) so a drift of the
 * machine's speed hits all alike; the figures are medians of wall time.
 *   the bare import = bench/validate-imports.cjs: loads every module `clnrm validate`
 *   loads (launcher, CLI main, validate command, load path with the precompiled validator)
 *   and exits without reading a suite.
 *   clnrm --version          vs node -e ''        (aim: ≤ 2×)
 *   clnrm validate <1 file>  vs node -e '', vs the bare import
 *   clnrm validate <100>     vs node -e '', vs the bare import   (aim: ≤ 2× the bare import)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writeSuites } from './suites.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CLNRM_BIN: another build to measure (e.g. a checkout of an older commit).
const BIN = resolve(process.env.CLNRM_BIN ?? join(ROOT, 'bin', 'clnrm.js'));
const BASE_BIN = process.env.BASE_BIN ? resolve(process.env.BASE_BIN) : undefined;
const BARE_IMPORT = join(ROOT, 'bench', 'validate-imports.cjs');
const REPS = Number(process.env.REPS ?? 11);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function wallMs(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const t = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${r.status}: ${r.stderr}${r.stdout.slice(0, 2000)}`);
  return t;
}

/** The measures of one build, named with a prefix when two builds are compared. */
function measuresOf(bin, files, prefix) {
  return {
    [`${prefix}the bare import`]: [BARE_IMPORT, bin],
    [`${prefix}clnrm --version`]: [bin, '--version'],
    [`${prefix}clnrm validate <1 file>`]: [bin, 'validate', files[0]],
    [`${prefix}clnrm validate <100 files>`]: [bin, 'validate', ...files],
  };
}

const dir = mkdtempSync(join(tmpdir(), 'clnrm-bench-startup-'));
try {
  const { files } = writeSuites(dir, 100);
  const builds = BASE_BIN ? [['', BIN], ['base: ', BASE_BIN]] : [['', BIN]];
  const measures = { "node -e ''": ['-e', ''] };
  for (const [prefix, bin] of builds) Object.assign(measures, measuresOf(bin, files, prefix));
  const times = Object.fromEntries(Object.keys(measures).map((k) => [k, []]));
  for (const args of Object.values(measures)) wallMs(args); // warm-up: disk cache, compile cache
  for (let i = 0; i < REPS; i++) for (const [name, args] of Object.entries(measures)) times[name].push(wallMs(args));

  const bare = median(times["node -e ''"]);
  console.log(`start-up bench: node ${process.version}, ${REPS} interleaved runs each, medians of wall time`);
  for (const [prefix, bin] of builds) console.log(`${prefix || 'build: '}${bin}`);
  console.log('');
  for (const [name, xs] of Object.entries(times)) {
    const m = median(xs);
    const prefix = name.startsWith('base: ') ? 'base: ' : '';
    const bareImport = median(times[`${prefix}the bare import`]);
    let ratio = name === "node -e ''" ? '' : `  ${(m / bare).toFixed(2)}× node -e ''`;
    if (name.includes('validate')) ratio += `, ${(m / bareImport).toFixed(2)}× the bare import`;
    console.log(`${name.padEnd(34)} ${m.toFixed(1).padStart(8)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})${ratio}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
