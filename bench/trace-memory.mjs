#!/usr/bin/env node
/**
 * Peak memory of recording, judging, digesting and reporting a very large trace.
 *
 *   npm run bench:trace-memory                  (needs dist/: npm run build)
 *   SPANS=2000000 npm run bench:trace-memory
 *
 * Runs bench/trace.mjs twice as child processes on the same generated trace of SPANS
 * (default 10,000,000) spans, held as STORE (default `table`: a SpanTable, telemetry/span-table.ts,
 * as a trace past LARGE_TRACE_SPANS is held; `records`: one SpanRecord object per span):
 *   1. only generating it: the memory the recorded span records themselves take;
 *   2. generating it, judging it (buildGraph + 100 expectations), digesting it, and writing
 *      its reports as `clnrm run` does (report.json with the spans in <suite>.spans.ndjson,
 *      the canonical trace file and its .sha256, each written as a stream; the trace file is
 *      checked to hash to the digest, the spans file to hold one line per span).
 * Prints both peak RSS figures (getrusage maxRSS), their difference (what judging, digesting
 * and reporting add on top of the recorded trace) and the peak against the bound the issue
 * states for 10 M spans: BOUND_GIB (default 2) GiB of peak RSS. HEAP_MB (default 24576) is the
 * V8 heap limit of the children (large enough that V8's own limit is never what stops them).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SPANS = process.env.SPANS ?? '10000000';
const SCENARIOS = process.env.SCENARIOS ?? String(Math.max(1, Math.round(Number(SPANS) / 1000)));
const HEAP_MB = process.env.HEAP_MB ?? '24576';
const BOUND_GIB = Number(process.env.BOUND_GIB ?? 2);
const STORE = process.env.STORE ?? 'table';
/** Which producers of a real run's spans store into a SpanTable past LARGE_TRACE_SPANS (said with the figures, so they are not read as more than they are). */
const COMPACT_PATH =
  'the OTLP receiver moves its spans into a SpanTable past LARGE_TRACE_SPANS (its cap maxSpansTotal, 100 000 by default, keeps a run under that unless raised), ' +
  'and judgeSuite judges such a run by rows of that table (bench/real-run-memory.mjs measures a real run); these figures are a generated trace held as a table and judged, digested and reported from it';
const trace = join(dirname(fileURLToPath(import.meta.url)), 'trace.mjs');

function peakGiB(phases) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--expose-gc', trace], {
    env: { ...process.env, CLNRM_TRACE_BENCH_CHILD: '1', SPANS, SCENARIOS, STORE, PHASES: phases, REPS: '1', BREAKDOWN: '0', HEAP_MB },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const peak = /peak RSS ([\d.]+) GiB/.exec(r.stdout ?? '');
  if (r.status !== 0 || !peak) throw new Error(`bench/trace.mjs (${phases}) failed: ${r.stderr || r.stdout}`);
  const times = (r.stdout.match(/rep 1: .*/) ?? [''])[0].replace('rep 1: ', '');
  const write = /\(d\) reports written as streams.*?([\d.]+ m?s)\n\s+(.*)\n/.exec(r.stdout);
  const held = (/ held as (.*?) \(\d/.exec(r.stdout) ?? ['', STORE])[1];
  return { gib: Number(peak[1]), times, held, write: write ? `write ${write[1]}: ${write[2]}` : '' };
}

const generated = peakGiB('none');
const judged = peakGiB('validate,digest,write');
const spans = Number(SPANS);
console.log(`clnrm trace memory bench: ${spans.toLocaleString('en')} spans, ${SCENARIOS} scenarios, held as ${generated.held}`);
if (STORE === 'table') console.log(`  (in a real run: ${COMPACT_PATH})`);
console.log(`  peak RSS, trace recorded only:                      ${generated.gib.toFixed(2)} GiB  (${((generated.gib * 2 ** 30) / spans).toFixed(0)} B per span)`);
console.log(`  peak RSS, recorded + judged + digested + reported:  ${judged.gib.toFixed(2)} GiB  (${judged.times}; ${judged.write})`);
console.log(`  added by judging, digesting and reporting:          ${(judged.gib - generated.gib).toFixed(2)} GiB`);
console.log(`  bound: peak RSS < ${BOUND_GIB} GiB: ${judged.gib < BOUND_GIB ? 'met' : `NOT met (${(judged.gib / BOUND_GIB).toFixed(2)}x the bound)`}`);
