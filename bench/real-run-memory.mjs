#!/usr/bin/env node
/**
 * Peak memory of a REAL `clnrm run` whose system under test sends SPANS spans over OTLP.
 *
 *   node bench/real-run-memory.mjs                 (10,000,000 spans; needs dist/: npm run build,
 *                                                    the engine and the clnrm-fixture/node image)
 *   SPANS=1000000 node bench/real-run-memory.mjs
 *
 * Writes a suite to a temporary directory: one scenario whose step (node in clnrm-fixture/node) posts
 * SPANS spans as OTLP/JSON to the run's receiver (PER_REQUEST spans a request, CONCURRENCY requests at
 * once), each a child of the step's span (TRACEPARENT), with one error span and one span under a
 * parent the trace does not hold (an orphan), and `[otel] receiver_max_spans` raised above SPANS.
 * The scenario expects every span (count, attributes, parent), no errors past one, and a KPI span
 * check; the suite is run as `node bin/clnrm.js run` in a child process under /usr/bin/time -v,
 * reports in a temporary directory. Prints the child's peak RSS (maxRSS), its wall time, the suite's
 * outcome and trace digest, and the peak against BOUND_GIB (default 2) GiB. The child runs as `clnrm run`
 * does, with Node's default heap limit; HEAP_MB sets another (--max-old-space-size). NODE_EXTRA adds node
 * flags (e.g. `--import ./memlog.mjs` to sample memory); KEEP=1 keeps the temporary directory.
 *
 * Not part of `npm run bench`: 10 M spans take several minutes of both cores (the SUT builds and
 * sends ~2 GB of OTLP/JSON, the receiver decodes it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clnrm.js');
const SPANS = Number(process.env.SPANS ?? 10_000_000);
const PER_REQUEST = Number(process.env.PER_REQUEST ?? 5000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 2);
const BOUND_GIB = Number(process.env.BOUND_GIB ?? 2);
const HEAP_MB = process.env.HEAP_MB;

/** The system under test: SPANS spans (plus one error span and one orphan), ids from a counter so none repeats. */
const SENDER = `
const [, T, P] = process.env.TRACEPARENT.split('-');
const total = ${SPANS}, perRequest = ${PER_REQUEST}, concurrency = ${CONCURRENCY};
const url = process.env.OTEL_EXPORTER_OTLP_ENDPOINT + '/v1/traces';
const ns = () => String(BigInt(Date.now()) * 1000000n);
const head = JSON.stringify({ resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'flood' } }] }, scopeSpans: [{ spans: [] }] }] }).slice(0, -']}]}]}'.length);
const attrs = '[{"key":"http.response.status_code","value":{"intValue":"200"}},{"key":"tenant","value":{"stringValue":"t1"}}]';
const span = (id, name, parent, status) => '{"traceId":"' + T + '","spanId":"' + id + '","parentSpanId":"' + parent + '","name":"' + name + '","kind":2,"startTimeUnixNano":"' + ns() + '","endTimeUnixNano":"' + ns() + '","attributes":' + attrs + (status ? ',"status":{"code":2,"message":"boom"}' : '') + '}';
const idOf = (n) => 'a' + n.toString(16).padStart(15, '0');
let next = 0;
const post = async (body) => {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = await r.text();
  if (r.status !== 200) throw new Error('answer ' + r.status + ' ' + answer.slice(0, 300));
};
const worker = async () => {
  while (next < total) {
    const from = next;
    const to = Math.min(total, from + perRequest);
    next = to;
    const parts = [];
    for (let n = from; n < to; n++) parts.push(span(idOf(n), 'app.req', P, false));
    await post(head + parts.join(',') + ']}]}]}');
  }
};
(async () => {
  await Promise.all(Array.from({ length: concurrency }, worker));
  await post(head + span('b000000000000001', 'app.error', P, true) + ',' + span('b000000000000002', 'app.orphan', 'c000000000000001', false) + ']}]}]}');
  console.log('sent ' + (total + 2));
})().catch((e) => { console.error(e); process.exit(1); });
`;

const SUITE = `
[meta]
name = "real_run_memory"

[determinism]
seed = 7

[otel]
receiver_max_spans = ${Math.min(20_000_000, SPANS + 100)}

[service.app]
image = "clnrm-fixture/node:latest"
args = ["sleep", "3600"]

[[scenario]]
name = "flood"
service = "app"
run = ["node", "-e", '''${SENDER}''']
expected_output_regex = "sent ${SPANS + 2}"

[[scenario.expect.span]]
name = "app.req"
parent = "clnrm.step:flood"
count = { gte = ${SPANS} }
attrs.all = { "http.response.status_code" = 200, tenant = "t1" }

[[scenario.expect.span]]
name = "app.error"
status = "ERROR"

[scenario.expect.counts]
errors_total = { lte = 1 }
spans_total = { gte = ${SPANS} }

[[expect.span]]
name = "app.req"
count = { gte = ${SPANS} }
`;

const dir = mkdtempSync(join(tmpdir(), 'clnrm-bench-real-run-memory-'));
try {
  const file = join(dir, 'real_run_memory.clnrm.toml');
  writeFileSync(file, SUITE);
  const reports = join(dir, 'reports');
  const started = Date.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...(HEAP_MB ? [`--max-old-space-size=${HEAP_MB}`] : []), ...(process.env.NODE_EXTRA ? process.env.NODE_EXTRA.split(' ') : []), BIN, 'run', file, '--report-dir', reports, '--no-strict', '-q'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const seconds = (Date.now() - started) / 1000;
  const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  if (!maxKb) throw new Error(`no maxRSS from /usr/bin/time: ${r.stderr}`);
  const gib = (Number(maxKb[1]) * 1024) / 2 ** 30;
  let outcome = `exit ${r.status}`;
  let digest = '';
  try {
    const report = JSON.parse(readFileSync(join(reports, 'real_run_memory.report.json'), 'utf8'));
    const s = report.scenarios?.[0];
    outcome += `, scenario ${s?.outcome}${s?.outcome === 'pass' ? '' : `: ${String(s?.message).slice(0, 400)}`}`;
    digest = report.digest?.value ?? "";
  } catch (e) {
    outcome += ` (no report: ${readdirSync(reports, { recursive: true }).join(', ') || 'none'}; ${r.stdout.slice(-800)} ${r.stderr.slice(-1500)})`;
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`clnrm real-run memory bench: ${SPANS.toLocaleString('en')} spans sent by the system under test over OTLP/JSON`);
  console.log(`  ${outcome}${digest ? `; trace digest ${digest}` : ''}`);
  console.log(`  wall time ${seconds.toFixed(1)} s; load average ${load}`);
  console.log(`  peak RSS of clnrm run: ${gib.toFixed(2)} GiB (${((gib * 2 ** 30) / SPANS).toFixed(0)} B per span)`);
  console.log(`  bound: peak RSS < ${BOUND_GIB} GiB: ${gib < BOUND_GIB ? 'met' : `NOT met (${(gib / BOUND_GIB).toFixed(2)}x the bound)`}`);
  if (r.status !== 0) process.exitCode = 1;
} finally {
  if (process.env.KEEP) console.log(`  kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
