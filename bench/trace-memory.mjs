#!/usr/bin/env node
/**
 * Peak memory of judging and digesting a very large trace.
 *
 *   npm run bench:trace-memory                  (needs dist/: npm run build)
 *   SPANS=2000000 npm run bench:trace-memory
 *
 * Runs bench/trace.mjs twice as child processes on the same generated trace of SPANS
 * (default 10,000,000) span records: once only generating it (the memory the span records
 * themselves take), once generating it and then judging it (buildGraph + 100 expectations)
 * and digesting it, with no JSON copy. Prints both peak RSS figures (getrusage maxRSS) and
 * their difference: what judging and digesting add on top of the trace held in memory.
 * HEAP_MB (default 24576) is the V8 heap limit of the children.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SPANS = process.env.SPANS ?? '10000000';
const SCENARIOS = process.env.SCENARIOS ?? String(Math.max(1, Math.round(Number(SPANS) / 1000)));
const HEAP_MB = process.env.HEAP_MB ?? '24576';
const trace = join(dirname(fileURLToPath(import.meta.url)), 'trace.mjs');

function peakGiB(phases) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--expose-gc', trace], {
    env: { ...process.env, CLNRM_TRACE_BENCH_CHILD: '1', SPANS, SCENARIOS, PHASES: phases, REPS: '1', BREAKDOWN: '0', HEAP_MB },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const peak = /peak RSS ([\d.]+) GiB/.exec(r.stdout ?? '');
  if (r.status !== 0 || !peak) throw new Error(`bench/trace.mjs (${phases}) failed: ${r.stderr || r.stdout}`);
  const times = (r.stdout.match(/rep 1: .*/) ?? [''])[0];
  return { gib: Number(peak[1]), times };
}

const generated = peakGiB('none');
const judged = peakGiB('validate,digest');
console.log(`clnrm trace memory bench: ${Number(SPANS).toLocaleString('en')} span records, ${SCENARIOS} scenarios`);
console.log(`  peak RSS, trace generated only:               ${generated.gib.toFixed(2)} GiB`);
console.log(`  peak RSS, generated + judged + digested:      ${judged.gib.toFixed(2)} GiB  (${judged.times.replace('rep 1: ', '')})`);
console.log(`  added by judging and digesting:               ${(judged.gib - generated.gib).toFixed(2)} GiB`);
