#!/usr/bin/env node
/**
 * Benchmark of `clnrm validate` and of the TOML parsers we could use.
 *
 *   npm run bench:validate            (needs dist/: npm run build)
 *   REPS=15 npm run bench:validate    (more repetitions)
 *   BASE_BIN=/path/to/other/checkout/bin/clnrm.js npm run bench:validate
 *                                     (also measures another build, e.g. an older commit, in the same run)
 *
 * 1. Generates 100 varied suite files (1–10 scenarios, services, proxies, chaos,
 *    span expectations; half of them written with TOML 1.1 multi-line inline
 *    tables) into a temp dir, from a fixed seed so runs are comparable.
 * 2. Times (a) `node bin/clnrm.js validate <100 files>` as a whole process,
 *    start-up included, and (b) a bare `node -e ''`, REPS times each,
 *    interleaved; prints medians, their ratio, and the cost per file, plus the
 *    in-process (warm) cost of loadSuiteFile per file.
 * 3. Parses the same 100 files with toml-eslint-parser (TOML 1.1, the positional
 *    path), smol-toml (the fast path) and @iarna/toml: how many each accepts and
 *    their speed relative to toml-eslint-parser; then clnrm's own two paths
 *    (src/load/toml.ts): parseToml (scan + smol-toml, positions not read) and
 *    parsePositional (scan + toml-eslint-parser + positions).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateSuite } from './suites.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clnrm.js');
const FILES = 100;
const REPS = Number(process.env.REPS ?? 9);
const PARSE_ITERATIONS = Number(process.env.PARSE_ITERATIONS ?? 20);

// ── helpers ─────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
function timeProcess(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const t = performance.now() - t0;
  return { t, r };
}

// ── 1. generate ─────────────────────────────────────────────────────────────
const dir = mkdtempSync(join(tmpdir(), 'clnrm-bench-'));
try {
  const files = [];
  let bytes = 0;
  let scenarioCount = 0;
  for (let i = 0; i < FILES; i++) {
    const text = generateSuite(i);
    const file = join(dir, `suite_${String(i).padStart(3, '0')}.clnrm.toml`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
    scenarioCount += (text.match(/^\[\[scenario\]\]$/gm) ?? []).length;
  }
  console.log(`clnrm validate bench: ${FILES} files, ${scenarioCount} scenarios, ${(bytes / 1024).toFixed(0)} KiB in ${dir}`);
  console.log(`node ${process.version}, ${REPS} repetitions per measure (median)\n`);

  // Every generated file must be valid, or the timings measure error reporting instead.
  const check = spawnSync(process.execPath, [BIN, 'validate', '--format', 'json', ...files], { cwd: ROOT, encoding: 'utf8' });
  if (check.status !== 0) {
    let detail = check.stderr;
    try {
      detail = JSON.stringify(JSON.parse(check.stdout).files.filter((f) => !f.valid).slice(0, 3), null, 2);
    } catch {}
    console.error(`generated files are not all valid (exit ${check.status}):\n${detail}`);
    process.exitCode = 1;
    process.exit();
  }

  // ── 2. whole process vs bare node start-up (interleaved, after one warm-up each) ──
  const BASE_BIN = process.env.BASE_BIN;
  const validateWith = (bin) => {
    const v = timeProcess([bin, 'validate', ...files]);
    if (v.r.status !== 0) throw new Error(`${bin} validate exited ${v.r.status}: ${v.r.stderr}`);
    return v.t;
  };
  timeProcess(['-e', '']);
  validateWith(BIN);
  if (BASE_BIN) validateWith(BASE_BIN);
  const bare = [];
  const validate = [];
  const base = [];
  for (let i = 0; i < REPS; i++) {
    bare.push(timeProcess(['-e', '']).t);
    validate.push(validateWith(BIN));
    if (BASE_BIN) base.push(validateWith(BASE_BIN));
  }
  const mBare = median(bare);
  const mValidate = median(validate);
  const spread = (xs) => `  (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))})`;
  console.log('(a) node bin/clnrm.js validate <100 files>   ', ms(mValidate), spread(validate));
  console.log("(b) node -e ''                               ", ms(mBare), spread(bare));
  console.log(`    ratio validate 100 files / node -e '':    ${(mValidate / mBare).toFixed(2)}x   (issue 20's aim, ≤ 2x the bare import: bench/startup.mjs)`);
  console.log(`    whole-process cost per file:              ${ms((mValidate - mBare) / FILES)} (start-up excluded), ${ms(mValidate / FILES)} (included)`);
  if (BASE_BIN) {
    const mBase = median(base);
    console.log(`(a') ${BASE_BIN} validate <100 files>`);
    console.log('                                              ', ms(mBase), spread(base));
    console.log(`    ratio validate 100 files / node -e '':    ${(mBase / mBare).toFixed(2)}x   (BASE_BIN, same run)`);
  }

  // In-process, warm: what one more file costs once everything is loaded and compiled.
  const { loadSuiteFile } = await import(join(ROOT, 'dist', 'load', 'index.js'));
  for (const f of files) loadSuiteFile(f);
  const warm = [];
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    for (const f of files) if (!loadSuiteFile(f).ok) throw new Error(`${f} invalid in-process`);
    warm.push(performance.now() - t0);
  }
  console.log(`    in-process loadSuiteFile, warm:           ${ms(median(warm) / FILES)} per file (${ms(median(warm))} for all ${FILES})\n`);

  // ── 3. parser comparison ──────────────────────────────────────────────────
  const { parseTOML } = await import('toml-eslint-parser');
  const { parse: smolParse } = await import('smol-toml');
  const iarna = (await import('@iarna/toml')).default;
  const parsers = [
    ['toml-eslint-parser (1.1)', (s) => parseTOML(s, { tomlVersion: '1.1' })],
    ['smol-toml', (s) => smolParse(s)],
    ['@iarna/toml', (s) => iarna.parse(s)],
  ];
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const accepts = (p, s) => {
    try {
      p(s);
      return true;
    } catch {
      return false;
    }
  };
  const accepted = parsers.map(([, p]) => texts.map((t) => accepts(p, t)));
  const common = texts.filter((_, i) => accepted.every((a) => a[i]));
  const timeParser = (p, set) => {
    for (const s of set) p(s); // warm-up
    const runs = [];
    for (let i = 0; i < PARSE_ITERATIONS; i++) {
      const t0 = performance.now();
      for (const s of set) p(s);
      runs.push(performance.now() - t0);
    }
    return median(runs);
  };
  console.log(`(c) parsers on the same ${FILES} files (${PARSE_ITERATIONS} iterations, median):`);
  console.log(`    speed measured on the ${common.length} files all three accept; ratio = time / toml-eslint-parser time\n`);
  const times = parsers.map(([, p]) => timeParser(p, common));
  const acceptingAll = parsers.map(([, p], i) => (accepted[i].every(Boolean) ? timeParser(p, texts) : undefined));
  console.log('    parser                      accepts   time (common)   ratio   time (all 100)');
  parsers.forEach(([name], i) => {
    const n = accepted[i].filter(Boolean).length;
    const all = acceptingAll[i] === undefined ? 'n/a' : ms(acceptingAll[i]);
    console.log(`    ${name.padEnd(27)} ${String(n).padStart(3)}/${FILES}   ${ms(times[i]).padStart(13)}   ${(times[i] / times[0]).toFixed(2).padStart(5)}x   ${all}`);
  });
  // clnrm's two paths over the same 100 files: what `validate` pays (positions not read) and what a located error pays.
  const { parseToml, parsePositional } = await import(join(ROOT, 'dist', 'load', 'toml.js'));
  const fastPath = timeParser((s) => parseToml(s), texts);
  const positionalPath = timeParser((s) => parsePositional(s), texts);
  console.log(`    clnrm parseToml (fast path)         100/${FILES}   ${'-'.padStart(13)}   ${(fastPath / acceptingAll[0]).toFixed(2).padStart(5)}x   ${ms(fastPath)}   (ratio to toml-eslint-parser on all ${FILES})`);
  console.log(`    clnrm parsePositional               100/${FILES}   ${'-'.padStart(13)}   ${(positionalPath / acceptingAll[0]).toFixed(2).padStart(5)}x   ${ms(positionalPath)}`);
  const rejected = texts.findIndex((_, i) => !accepted[2][i]);
  if (rejected >= 0) {
    try {
      iarna.parse(texts[rejected]);
    } catch (err) {
      console.log(`\n    @iarna/toml rejects e.g. suite_${String(rejected).padStart(3, '0')}: ${String(err.message).split('\n')[0]}`);
    }
  }

  // ── 4. time in the number of keys ───────────────────────────────────────────
  // One file with N keys (half [vars], the rest in scenarios) at 10k and 100k keys:
  // load and fmt should cost about 10× more, not 100×. Timings, so a bench, not a test.
  const { loadSuiteSource } = await import(join(ROOT, 'dist', 'load', 'index.js'));
  const { formatToml } = await import(join(ROOT, 'dist', 'load', 'format-toml.js'));
  const wide = (keys) => {
    const lines = ['[meta]', 'name = "wide"', '', '[vars]'];
    for (let i = 0; i < keys / 2; i++) lines.push(`v${i} = "value ${i}"`);
    lines.push('', '[service.app]', 'image = "busybox"', '');
    for (let i = 0; i < keys / 10; i++) lines.push('[[scenario]]', `name = "s${i}"`, `run = """\necho {{ v${i} }}\n"""`, 'env = { A = "1", B = "2" } # c', 'timeout_ms = 1000', '');
    return lines.join('\n');
  };
  const timeOnce = (f) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  const reps = Math.max(3, Math.floor(REPS / 3));
  const scale = [10_000, 100_000].map((keys) => {
    const text = wide(keys);
    if (!loadSuiteSource('wide.clnrm.toml', text, { env: {} }).ok) throw new Error('the wide suite must be valid');
    const load = median(Array.from({ length: reps }, () => timeOnce(() => loadSuiteSource('wide.clnrm.toml', text, { env: {} }))));
    const fmt = median(Array.from({ length: reps }, () => timeOnce(() => formatToml(text))));
    return { keys, load, fmt };
  });
  console.log(`\n(d) time in the number of keys (${reps} repetitions, median):`);
  for (const { keys, load, fmt } of scale) console.log(`    ${String(keys).padStart(7)} keys   load ${ms(load).padStart(10)}   fmt ${ms(fmt).padStart(10)}`);
  console.log(`    ratio 100k / 10k:   load ${(scale[1].load / scale[0].load).toFixed(1)}x   fmt ${(scale[1].fmt / scale[0].fmt).toFixed(1)}x   (linear: 10x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
