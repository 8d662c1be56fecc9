#!/usr/bin/env node
/**
 * Benchmark of judging and digesting a very large trace, as ratios to a JSON.parse of it.
 *
 *   npm run bench:trace                 (needs dist/: npm run build)
 *   REPS=5 SPANS=200000 npm run bench:trace
 *   PHASES=validate REPS=1 node --cpu-prof --cpu-prof-dir=/tmp/prof bench/trace.mjs
 *   DIST=/tmp/patched/dist npm run bench:trace     (a patched build; it needs node_modules beside it)
 *   VERBOSE=1 lists the failed verdicts; DUMP_VERDICTS=1 prints every verdict as JSON (to check that a
 *   patched build judges exactly the same).
 *
 * 1. Generates in memory a realistic trace of SPANS (default 1,000,000) spans, from a fixed seed, held as SpanRecords
 *    (STORE=records, the default) or as rows of a SpanTable (STORE=table, as a trace past LARGE_TRACE_SPANS is held)
 *    fixed seed: clnrm.run → SCENARIOS (default 1000) clnrm.scenario:<name> → service starts,
 *    five steps, cleanup (with its events and clnrm.cleanup.concurrent), some timeouts → under
 *    each step, requests of the system under test (server span → database, cache and HTTP
 *    client spans → downstream server span → database), with semantic-convention attributes,
 *    resources, errors with exception events. Serializes it to one JSON string.
 * 2. REPS times (default 3), interleaved, in this process:
 *      (a) JSON.parse of that string — the baseline;
 *      (b) validation: buildGraph(spans) + evaluate() of 100 expectations (span with parent,
 *          ancestor, attrs, events, count; graph; counts; window; order; status), as the judge
 *          does for a file's [expect.*];
 *      (c) digest: traceDigest(spans, EXCLUDE) (EXCLUDE: comma-separated digest_exclude, default none).
 *    With `write` in PHASES (not by default; bench/trace-memory.mjs uses it), once after them: the
 *    suite's report files as `clnrm run` writes them (formats json and digest: report.json with its
 *    spans in <suite>.spans.ndjson, the canonical trace and its .sha256) into a temporary directory,
 *    then checks that the trace file's bytes hash to the digest and that the spans file has one
 *    line per span (both read back as streams), and removes the directory.
 *    Prints medians and the ratios (b)/(a) and (c)/(a), then a one-off breakdown of (b) by
 *    expectation kind and the slowest single expectations.
 *
 * Memory: the trace, its JSON string (465 MiB for 1M spans; V8 caps a string at 512 MiB, so
 * SPANS above ~1.1M fail in JSON.stringify) and a parsed copy (peak RSS ~3.5 GiB) do not fit in
 * Node's default heap (~4 GiB), so the script re-runs itself with
 * --max-old-space-size=$HEAP_MB (default 8192) and --expose-gc (to start every measure from a
 * collected heap), keeping any other node flag it was given (e.g. --cpu-prof).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';

const HEAP_MB = Number(process.env.HEAP_MB ?? 8192);
if (!process.env.CLNRM_TRACE_BENCH_CHILD && (getHeapStatistics().heap_size_limit < HEAP_MB * 2 ** 20 || typeof globalThis.gc !== 'function')) {
  const flags = [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, '--expose-gc'];
  console.log(`(re-running as node ${flags.join(' ')} bench/trace.mjs: the default heap is too small)`);
  const r = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CLNRM_TRACE_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// DIST=<dir>: another build of src/ (e.g. a patched copy, to measure an optimization before making it).
const DIST = process.env.DIST ? resolve(process.env.DIST) : join(ROOT, 'dist');
const dist = (p) => import(pathToFileURL(join(DIST, p)).href);
const { buildGraph } = await dist('validate/graph.js');
const { evaluate, EXPECTATION_CHECKS } = await dist('validate/index.js');
const { traceDigest, textDigest } = await dist('report/canonical.js');
const { canonicalText } = await dist('report/canonical-large.js');
const { writeSuiteReports } = await dist('report/write.js');
const { suiteReportInput } = await dist('report/input.js');
const { SpanTable, spanList } = await dist('telemetry/span-table.js');

const SPANS = Number(process.env.SPANS ?? 1_000_000);
const SCENARIOS = Number(process.env.SCENARIOS ?? 1000);
const REPS = Number(process.env.REPS ?? 3);
const PHASES = new Set((process.env.PHASES ?? 'parse,validate,digest').split(','));
/** `[determinism] digest_exclude` of the digest, comma-separated (default none). */
const EXCLUDE = (process.env.EXCLUDE ?? '').split(',').filter(Boolean);
const gc = globalThis.gc ?? (() => {});
/**
 * How the generated trace is held: `records` (one SpanRecord object per span, as every trace under
 * LARGE_TRACE_SPANS is held) or `table` (a SpanTable, telemetry/span-table.ts: columns, as a very large
 * trace is held; validation, digest and reports then read it by rows). bench/trace-memory.mjs uses `table`.
 */
const STORE = process.env.STORE ?? 'records';
if (STORE !== 'records' && STORE !== 'table') throw new Error(`STORE=${STORE}: records or table`);

// ── deterministic generator ─────────────────────────────────────────────────
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20250101);
const chance = (p) => rnd() < p;
const between = (lo, hi) => lo + rnd() * (hi - lo);
const round3 = (x) => Math.round(x * 1000) / 1000;

const T0 = 1_750_000_000_000;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const STEPS = ['login', 'browse', 'add_to_cart', 'checkout', 'logout'];
const RUNNER_RESOURCE = { 'service.name': 'clnrm', 'service.version': '0.1.0' };
const sutResource = (service) => ({ 'service.name': service, 'service.version': '1.4.2', 'telemetry.sdk.language': 'nodejs' });

/** Builds the trace: exactly `total` spans under one clnrm.run, split evenly across `scenarios`. */
function generateTrace(total, scenarios) {
  const spans = [];
  // STORE=table: each span is appended to the table as it is made, and no object of it is kept.
  const table = STORE === 'table' ? new SpanTable() : undefined;
  const counts = { sut: 0, events: 0, errors: 0 };
  let nextId = 1;
  const span = (name, parent, o) => {
    const s = {
      traceId: TRACE_ID,
      spanId: (nextId++).toString(16).padStart(16, '0'),
      name,
      kind: o.kind ?? 'internal',
      status: o.status ?? 'UNSET',
      attributes: o.attributes ?? {},
      events: o.events ?? [],
      startMs: round3(o.start),
      endMs: round3(o.end),
      resource: o.resource ?? RUNNER_RESOURCE,
      source: o.source ?? 'runner',
    };
    if (parent) s.parentSpanId = parent.spanId;
    if (o.statusMessage) s.statusMessage = o.statusMessage;
    if (s.source === 'sut') counts.sut++;
    if (s.status === 'ERROR') counts.errors++;
    counts.events += s.events.length;
    if (table) table.append(s);
    else spans.push(s);
    return s;
  };

  const run = span('clnrm.run', undefined, { start: T0, end: T0 + scenarios * 1000, status: 'ERROR', attributes: { 'suite.name': 'shop', 'suite.file': 'shop.clnrm.toml', 'run.seed': 42, 'scenarios.count': scenarios, 'scenarios.run': scenarios, result: 'fail', 'error.type': 'exit_code' } });
  const perScenario = Math.floor((total - 1) / scenarios);
  let extra = (total - 1) % scenarios;

  for (let si = 0; si < scenarios; si++) {
    let budget = perScenario + (extra-- > 0 ? 1 : 0);
    const name = `s_${String(si).padStart(4, '0')}`;
    const t = T0 + si * 1000 + 1;
    const timesOut = si % 50 === 7;
    const scenario = span(`clnrm.scenario:${name}`, run, { start: t, end: t + 990, status: timesOut ? 'ERROR' : 'OK', attributes: { 'scenario.name': name, 'scenario.expect_failure': false, result: timesOut ? 'fail' : 'pass', ...(timesOut ? { 'error.type': 'timeout' } : {}) } });
    budget--;
    for (const [k, service] of ['api', 'inventory'].entries()) {
      span('clnrm.service.start', scenario, { start: t + 1 + k * 20, end: t + 19 + k * 20, status: 'OK', attributes: { 'service.name': service, 'service.image': `shop/${service}:1.4.2`, 'container.name': `clnrm-r1x9-${si}-${service}`, 'ready.ms': round3(between(5, 18)) } });
      budget--;
    }
    const cleanupSpans = 2 + (timesOut ? 3 : 0);
    budget -= STEPS.length + cleanupSpans;
    // The rest of the budget is spans of the system under test, split across the steps.
    let sutLeft = budget;
    const stepStart = t + 45;
    const stepLength = 150;
    STEPS.forEach((stepName, k) => {
      const s0 = stepStart + k * stepLength;
      const last = k === STEPS.length - 1;
      const failed = timesOut && last;
      const retried = chance(0.05);
      const step = span(`clnrm.step:${stepName}`, scenario, {
        start: s0, end: s0 + stepLength - 5, status: failed ? 'ERROR' : 'UNSET',
        statusMessage: failed ? `step ${stepName} timed out after 140 ms` : undefined,
        attributes: { 'step.name': stepName, 'step.command': `wget -qO- http://api:8080/${stepName}`, 'step.service': 'api', result: failed ? 'error' : 'pass', 'exit.code': failed ? 137 : 0, 'retry.attempts': retried ? 2 : 1, 'processes.leaked': 0, ...(failed ? { 'error.type': 'timeout' } : {}) },
        events: retried ? [{ name: 'retry', timeMs: round3(s0 + 10), attributes: { 'retry.attempt': 1, 'retry.backoff_ms': 100, 'retry.previous_error': 'exit_code' } }] : [],
      });
      let quota = Math.ceil(sutLeft / (STEPS.length - k));
      sutLeft -= quota;
      // Requests of 6 spans each (the last one cut short when the quota runs out).
      let r0 = s0 + 1;
      const requestLength = (stepLength - 10) / Math.ceil(quota / 6);
      while (quota > 0) {
        const end = r0 + requestLength * 0.95;
        const orderId = 1000 + Math.floor(rnd() * 9000);
        const sku = `sku-${Math.floor(rnd() * 500)}`;
        const broken = chance(0.01);
        const mk = (n, parent, o) => (quota-- > 0 ? span(n, parent, o) : undefined);
        const server = mk('GET /api/orders/{id}', step, {
          kind: 'server', source: 'sut', resource: sutResource('api'), start: r0, end, status: broken ? 'ERROR' : 'UNSET',
          attributes: { 'http.request.method': 'GET', 'http.route': '/api/orders/{id}', 'url.path': `/api/orders/${orderId}`, 'http.response.status_code': broken ? 502 : 200, 'server.address': 'api', 'server.port': 8080, ...(broken ? { 'error.type': '502' } : {}) },
        });
        const d = (end - r0) / 8;
        mk('SELECT shop.orders', server, {
          kind: 'client', source: 'sut', resource: sutResource('api'), start: r0 + d * 0.2, end: r0 + d * 1.5,
          attributes: { 'db.system': 'postgresql', 'db.namespace': 'shop', 'db.operation.name': 'SELECT', 'db.collection.name': 'orders', 'server.address': 'db' },
        });
        mk('redis GET', server, {
          kind: 'client', source: 'sut', resource: sutResource('api'), start: r0 + d * 1.6, end: r0 + d * 2,
          attributes: { 'db.system': 'redis', 'db.operation.name': 'GET', 'server.address': 'cache', 'server.port': 6379 },
        });
        const client = mk('HTTP GET', server, {
          kind: 'client', source: 'sut', resource: sutResource('api'), start: r0 + d * 2.1, end: r0 + d * 7.5, status: broken ? 'ERROR' : 'UNSET',
          attributes: { 'http.request.method': 'GET', 'url.full': `http://inventory:8081/inventory/${sku}`, 'http.response.status_code': broken ? 500 : 200, 'server.address': 'inventory', 'server.port': 8081 },
        });
        const downstream = mk('GET /inventory/{sku}', client, {
          kind: 'server', source: 'sut', resource: sutResource('inventory'), start: r0 + d * 2.3, end: r0 + d * 7.3, status: broken ? 'ERROR' : 'UNSET',
          statusMessage: broken ? 'connection to db refused' : undefined,
          attributes: { 'http.request.method': 'GET', 'http.route': '/inventory/{sku}', 'http.response.status_code': broken ? 500 : 200, ...(broken ? { 'error.type': 'ECONNREFUSED' } : {}) },
          events: broken ? [{ name: 'exception', timeMs: round3(r0 + d * 7), attributes: { 'exception.type': 'Error', 'exception.message': 'connect ECONNREFUSED 172.18.0.4:5432' } }] : [],
        });
        mk('SELECT shop.inventory', downstream, {
          kind: 'client', source: 'sut', resource: sutResource('inventory'), start: r0 + d * 2.5, end: r0 + d * 7, status: broken ? 'ERROR' : 'UNSET',
          attributes: { 'db.system': 'postgresql', 'db.namespace': 'shop', 'db.operation.name': 'SELECT', 'db.collection.name': 'inventory', 'server.address': 'db' },
        });
        r0 += requestLength;
      }
      if (failed) {
        const enforced = span('clnrm.timeout.enforced', step, { start: s0 + 140, end: s0 + 144, attributes: { 'timeout.ms': 140, 'timeout.type': 'step', 'timeout.strategy': 'graceful' } });
        span('clnrm.timeout.graceful', enforced, { start: s0 + 140.1, end: s0 + 141, attributes: { signal: 'SIGTERM', 'grace_period.ms': 500, 'timeout.honoured': true } });
        span('clnrm.cleanup', enforced, { start: s0 + 141, end: s0 + 143.5, status: 'OK', attributes: { 'cleanup.triggered': 'timeout', 'cleanup.success': true, 'processes.remaining': 0 }, events: [{ name: 'process.kill', timeMs: round3(s0 + 142), attributes: { 'processes.count': 2 } }, { name: 'cleanup.complete', timeMs: round3(s0 + 143), attributes: {} }] });
      }
    });
    const c0 = stepStart + STEPS.length * stepLength + 5;
    const ev = (n, dt, attributes = {}) => ({ name: n, timeMs: round3(c0 + dt), attributes });
    const cleanup = span('clnrm.cleanup', scenario, {
      start: c0, end: c0 + 60, status: 'OK',
      attributes: { 'cleanup.triggered': timesOut ? 'failure' : 'scenario_end', 'cleanup.success': true, 'cleanup.verified': true, 'leaks.count': 0, 'containers.removed': 2 },
      events: [
        ev('container.stop', 2, { 'container.name': `clnrm-r1x9-${si}-api` }), ev('container.stop', 3, { 'container.name': `clnrm-r1x9-${si}-inventory` }),
        ev('container.remove', 30, { 'container.name': `clnrm-r1x9-${si}-api` }), ev('container.remove', 31, { 'container.name': `clnrm-r1x9-${si}-inventory` }),
        ev('network.remove', 50, { 'network.name': `clnrm-r1x9-${si}` }), ev('cleanup.complete', 59),
      ],
    });
    span('clnrm.cleanup.concurrent', cleanup, { start: c0 + 1, end: c0 + 45, attributes: { 'containers.cleaned': 2, 'cleanup.parallel': true } });
  }
  return { spans: table ? spanList(table) : spans, table, counts };
}

// ── the 100 expectations (as the loader builds them for a file's [expect.*]) ──
// A span expectation without `count` asks that every span of the name matches; with `count`, that the
// number of matching spans is within the bound. Three are meant to fail (failures build messages too).
function expectations() {
  const span = [];
  const add = (e) => span.push({ keyPath: `expect.span[${span.length}]`, attrs: {}, events: {}, ...e });
  add({ name: 'clnrm.run', status: 'ERROR', attrs: { all: { 'suite.name': 'shop', 'run.seed': 42 } }, count: { eq: 1 } });
  add({ name: 'clnrm.scenario:*', parent: 'clnrm.run', count: { eq: SCENARIOS } });
  add({ name: 'clnrm.scenario:*', parent: 'clnrm.run', status: 'ERROR', attrs: { all: { 'error.type': 'timeout' } }, count: { gte: 1 } });
  add({ name: 'clnrm.service.start', parent: 'clnrm.scenario:*', status: 'OK', attrs: { all: { 'service.name': 'api' } }, durationMs: { max: 30_000 }, count: { eq: SCENARIOS } });
  add({ name: 'clnrm.service.start', attrs: { any: { 'service.name': 'inventory', 'service.image': 'shop/inventory:1.4.2' } }, count: { gte: 1 } });
  for (const step of STEPS) {
    add({ name: `clnrm.step:${step}`, parent: 'clnrm.scenario:*', attrs: { all: { 'step.name': step, 'step.service': 'api' } }, count: { eq: SCENARIOS } });
    add({ name: `clnrm.step:${step}`, attrs: { all: { 'exit.code': 0, 'processes.leaked': 0 }, none: ['error.type'] }, durationMs: { max: 60_000 }, count: { gte: 1 } });
    add({ name: `clnrm.step:${step}`, ancestor: 'clnrm.run', events: { any: ['retry'] }, attrs: { all: { 'retry.attempts': 2 } }, count: { lte: SCENARIOS } });
  }
  add({ name: 'clnrm.step:*', status: 'ERROR', attrs: { all: { 'error.type': 'timeout', 'exit.code': 137 } }, count: { lte: 100 } });
  add({ name: 'clnrm.step:*', parent: 'clnrm.scenario:*', attrs: { none: ['processes.leaked.count'] } });
  add({ name: 'clnrm.timeout.enforced', parent: 'clnrm.step:*', attrs: { all: { 'timeout.type': 'step' } } });
  add({ name: 'clnrm.timeout.graceful', parent: 'clnrm.timeout.enforced', attrs: { all: { signal: 'SIGTERM' } } });
  add({ name: 'clnrm.cleanup', parent: 'clnrm.scenario:*', status: 'OK', attrs: { all: { 'cleanup.success': true, 'cleanup.verified': true } }, events: { all: ['container.remove', 'cleanup.complete'] }, count: { eq: SCENARIOS } });
  add({ name: 'clnrm.cleanup', parent: 'clnrm.timeout.enforced', attrs: { all: { 'cleanup.triggered': 'timeout' } }, events: { all: ['process.kill'] }, count: { gte: 1 } });
  add({ name: 'clnrm.cleanup', attrs: { all: { 'leaks.count': 0 } }, events: { any: ['network.remove', 'volume.remove'] }, count: { gte: SCENARIOS } });
  add({ name: 'clnrm.cleanup.concurrent', parent: 'clnrm.cleanup', attrs: { all: { 'cleanup.parallel': true } } });
  // Spans of the system under test.
  const api = 'GET /api/orders/{id}';
  const inv = 'GET /inventory/{sku}';
  add({ name: api, parent: 'clnrm.step:*', kind: 'server', attrs: { all: { 'http.request.method': 'GET', 'http.response.status_code': 200 } }, count: { gte: 1 } });
  add({ name: api, kind: 'server', status: 'ERROR', attrs: { all: { 'http.response.status_code': 502 } }, count: { lte: 10_000 } });
  add({ name: api, ancestor: 'clnrm.scenario:*', attrs: { all: { 'http.route': '/api/orders/{id}' }, none: ['http.request.body'] }, durationMs: { max: 1000 } });
  for (const step of STEPS) add({ name: api, parent: `clnrm.step:${step}`, attrs: { all: { 'server.port': 8080 } }, count: { gte: SCENARIOS } });
  add({ name: 'GET /api/*', kind: 'server', attrs: { any: { 'http.response.status_code': 200, 'http.status_code': 200 } }, count: { gte: 1 } });
  add({ name: 'SELECT shop.orders', parent: api, kind: 'client', attrs: { all: { 'db.system': 'postgresql', 'db.operation.name': 'SELECT', 'db.collection.name': 'orders' } } });
  add({ name: 'SELECT shop.orders', ancestor: 'clnrm.step:checkout', attrs: { all: { 'db.namespace': 'shop' } }, count: { gte: 1 } });
  add({ name: 'SELECT *', kind: 'client', attrs: { all: { 'db.system': 'postgresql' } }, count: { gte: 2 } });
  add({ name: 'SELECT shop.inventory', parent: inv, attrs: { all: { 'db.collection.name': 'inventory' } } });
  add({ name: 'SELECT shop.inventory', ancestor: api, status: 'UNSET', count: { gte: 1 } });
  add({ name: 'redis GET', parent: api, kind: 'client', attrs: { all: { 'db.system': 'redis', 'server.port': 6379 } } });
  add({ name: 'redis *', attrs: { none: ['db.query.text'] }, durationMs: { max: 100 } });
  add({ name: 'HTTP GET', parent: api, kind: 'client', attrs: { all: { 'server.address': 'inventory' } } });
  add({ name: 'HTTP GET', status: 'ERROR', attrs: { all: { 'http.response.status_code': 500 } }, count: { lte: 10_000 } });
  add({ name: inv, parent: 'HTTP GET', kind: 'server', attrs: { all: { 'http.route': '/inventory/{sku}' } } });
  add({ name: inv, status: 'ERROR', events: { all: ['exception'] }, attrs: { all: { 'error.type': 'ECONNREFUSED' } }, count: { lte: 10_000 } });
  add({ name: inv, ancestor: 'clnrm.step:add_to_cart', attrs: { any: { 'http.response.status_code': 200 } }, count: { gte: 1 } });
  add({ name: 'GET /inventory/*', ancestor: 'clnrm.run', kind: 'server' });
  // Single scenarios and steps (the usual "this scenario did this" expectations).
  for (let i = 0; i < 15; i++) {
    const sc = `clnrm.scenario:s_${String((i * 55) % SCENARIOS).padStart(4, '0')}`;
    if (i % 3 === 0) add({ name: sc, parent: 'clnrm.run', attrs: { all: { 'scenario.expect_failure': false } }, count: { eq: 1 } });
    else if (i % 3 === 1) add({ name: `clnrm.step:${STEPS[i % STEPS.length]}`, parent: sc, attrs: { all: { result: 'pass' } }, count: { eq: 1 } });
    else add({ name: 'clnrm.cleanup', parent: sc, events: { all: ['cleanup.complete'] }, count: { eq: 1 } });
  }
  if (span.length !== 65) throw new Error(`expected 65 span expectations, built ${span.length}`);

  const scen = (i) => `clnrm.scenario:s_${String(i).padStart(4, '0')}`;
  return {
    span,
    graph: {
      mustInclude: [['clnrm.run', 'clnrm.scenario:*'], ['clnrm.scenario:*', 'clnrm.step:*'], ['clnrm.step:*', api], [api, 'SELECT shop.orders'], ['HTTP GET', inv], ['clnrm.scenario:*', 'clnrm.cleanup']],
      mustNotCross: [['SELECT shop.orders', 'redis GET'], ['clnrm.cleanup', api], ['clnrm.service.start', 'clnrm.step:*']],
      acyclic: true,
    },
    counts: {
      spansTotal: { eq: SPANS },
      eventsTotal: { gte: 1 },
      errorsTotal: { lte: 50_000 },
      byName: { 'clnrm.run': { eq: 1 }, 'clnrm.scenario:*': { eq: SCENARIOS }, 'clnrm.step:*': { eq: SCENARIOS * STEPS.length }, 'clnrm.cleanup': { gte: SCENARIOS }, [api]: { gte: 1 }, 'SELECT *': { gte: 1 }, 'redis GET': { gte: 1 } },
    },
    window: [
      { outer: 'clnrm.run', contains: ['clnrm.scenario:*'] },
      { outer: 'clnrm.scenario:*', contains: ['clnrm.step:*', 'clnrm.cleanup', api] },
      { outer: 'clnrm.step:*', contains: ['clnrm.timeout.enforced'] },
    ],
    order: {
      mustPrecede: [[scen(1), scen(2)], [scen(0), scen(SCENARIOS - 1)], ['clnrm.service.start', 'clnrm.step:*']],
      mustFollow: [[scen(999 % SCENARIOS), scen(0)], ['clnrm.step:logout', 'clnrm.step:login']],
    },
    status: { byName: { 'clnrm.service.start': 'OK', 'clnrm.cleanup.concurrent': 'UNSET', 'redis GET': 'UNSET', [scen(0)]: 'OK', [inv]: 'UNSET' } },
  };
}

const declared = (x) =>
  x.span.length + x.graph.mustInclude.length + x.graph.mustNotCross.length + 1 + 3 + Object.keys(x.counts.byName).length +
  x.window.reduce((n, w) => n + w.contains.length, 0) + x.order.mustPrecede.length + x.order.mustFollow.length + Object.keys(x.status.byName).length;

// ── helpers ─────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const time = (fn) => {
  gc();
  const t0 = performance.now();
  const value = fn();
  return { t: performance.now() - t0, value };
};
const ctxFor = (graph) => ({ graph, keyPath: 'expect', leaks: [], allowedHosts: ['api', 'inventory', 'db', 'cache'] });
const validate = (spans, expect) => evaluate(expect, ctxFor(buildGraph(spans)));

// ── 1. generate ─────────────────────────────────────────────────────────────
let t0 = performance.now();
const { spans, table, counts } = generateTrace(SPANS, SCENARIOS);
const tGen = performance.now() - t0;
t0 = performance.now();
// Only the JSON.parse baseline needs the trace as JSON (and a string caps it at ~1.1M spans).
const json = PHASES.has('parse') ? JSON.stringify(spans) : '';
const tStringify = performance.now() - t0;
const expect = expectations();
const nExpect = declared(expect);
const { sut, events, errors } = counts;
const held = table
  ? `held as a SpanTable (columns: ${(table.columnBytes() / 2 ** 20).toFixed(0)} MiB, ${table.strings.values.length.toLocaleString('en')} distinct strings)`
  : 'held as SpanRecord objects';
console.log(`clnrm trace bench: ${spans.length.toLocaleString('en')} spans ${held} (${sut.toLocaleString('en')} of the system under test, ${SCENARIOS} scenarios), ${events.toLocaleString('en')} events, ${errors.toLocaleString('en')} errors`);
console.log(`JSON: ${PHASES.has('parse') ? `${(json.length / 2 ** 20).toFixed(0)} MiB` : 'not made'}; generated in ${fmt(tGen)}, stringified in ${fmt(tStringify)}; ${nExpect} expectations`);
console.log(`node ${process.version}, heap limit ${(getHeapStatistics().heap_size_limit / 2 ** 30).toFixed(1)} GiB, ${REPS} repetitions (median), phases: ${[...PHASES].join(', ')}\n`);

// ── 2. interleaved measures ─────────────────────────────────────────────────
const times = { parse: [], validate: [], digest: [] };
let verdicts;
let digest;
for (let i = 0; i < REPS; i++) {
  if (PHASES.has('parse')) {
    const r = time(() => JSON.parse(json).length);
    if (r.value !== spans.length) throw new Error('JSON.parse lost spans');
    times.parse.push(r.t);
  }
  if (PHASES.has('validate')) {
    const r = time(() => validate(spans, expect));
    if (r.value.length !== nExpect) throw new Error(`${r.value.length} verdicts for ${nExpect} expectations`);
    verdicts = r.value;
    times.validate.push(r.t);
  }
  if (PHASES.has('digest')) {
    // A table is digested as a run digests it (canonical-large.ts, subtree texts spilled to a file).
    const r = time(() => (table ? textDigest(canonicalText(spans, EXCLUDE)) : traceDigest(spans, EXCLUDE)));
    if (digest !== undefined && r.value !== digest) throw new Error('the digest changed between repetitions');
    digest = r.value;
    times.digest.push(r.t);
  }
  console.log(`  rep ${i + 1}: ${Object.entries(times).filter(([, v]) => v.length).map(([k, v]) => `${k} ${fmt(v.at(-1))}`).join(', ')}`);
}

const m = Object.fromEntries(Object.entries(times).filter(([, v]) => v.length).map(([k, v]) => [k, median(v)]));
const range = (k) => `(min ${fmt(Math.min(...times[k]))}, max ${fmt(Math.max(...times[k]))})`;
console.log('');
const row = (label, k) => console.log(`${label.padEnd(49)}${fmt(m[k]).padStart(10)}  ${range(k)}`);
if (m.parse !== undefined) row('(a) JSON.parse of the trace', 'parse');
if (m.validate !== undefined) row(`(b) buildGraph + evaluate(${nExpect} expectations)`, 'validate');
if (m.digest !== undefined) row(`(c) ${table ? 'textDigest(canonicalText' : 'traceDigest('}(spans, ${JSON.stringify(EXCLUDE)})${table ? ')' : ''}`, 'digest');
if (m.parse !== undefined && m.validate !== undefined) console.log(`    ratio validation / JSON.parse:               ${(m.validate / m.parse).toFixed(2)}x`);
if (m.parse !== undefined && m.digest !== undefined) console.log(`    ratio digest / JSON.parse:                   ${(m.digest / m.parse).toFixed(2)}x`);
if (verdicts) {
  console.log(`    verdicts: ${verdicts.filter((v) => v.passed).length} passed, ${verdicts.filter((v) => !v.passed).length} failed (VERBOSE=1 lists the failed ones)`);
  if (process.env.VERBOSE) for (const v of verdicts.filter((x) => !x.passed)) console.log(`      ✗ ${v.keyPath}: ${v.description}: ${v.message.slice(0, 300)}`);
  if (process.env.DUMP_VERDICTS) for (const v of verdicts) console.log(`VERDICT ${JSON.stringify(v)}`);
}
if (digest) console.log(`    digest: ${digest}`);

// ── 2b. the report files, written as streams ────────────────────────────────
/** SHA-256 (hex) and number of newlines of a file, read as a stream. */
async function fileFacts(path) {
  const hash = createHash('sha256');
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 4 << 20 })) {
    hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { sha256: hash.digest('hex'), lines, bytes: statSync(path).size };
}

if (PHASES.has('write')) {
  // The judged suite a run of this trace would have: its spans, the file verdicts, nothing else.
  const suite = { name: 'bench', file: 'bench.clnrm.toml', services: {}, scenarios: [], determinism: { digestExclude: EXCLUDE }, report: { dir: '.', formats: ['json', 'digest'] } };
  const run = { suite, seed: 1, runId: 'bench', traceId: TRACE_ID, startedAt: T0, durationMs: 1, interrupted: false, spans: [], scenarios: [] };
  const judged = { run, scenarios: [], fileVerdicts: verdicts ?? [], forgeries: [], spans, passed: true };
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-trace-bench-'));
  try {
    const t = performance.now();
    const input = suiteReportInput(judged);
    const written = await writeSuiteReports(input, dir, ['json', 'digest']);
    const tWrite = performance.now() - t;
    const file = (suffix) => written.find((p) => p.endsWith(suffix));
    const trace = await fileFacts(file('.trace.json'));
    const ndjson = file('.spans.ndjson');
    const lines = ndjson ? (await fileFacts(ndjson)).lines : undefined;
    if (digest !== undefined && input.digest !== digest) throw new Error('the reports carry another digest than traceDigest');
    if (trace.sha256 !== input.digest) throw new Error('the trace file does not hash to the digest');
    if (ndjson && lines !== spans.length) throw new Error(`${lines} lines in the spans file for ${spans.length} spans`);
    const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
    console.log(`\n(d) reports written as streams (digest + json)  ${fmt(tWrite).padStart(10)}`);
    console.log(`    ${written.map((p) => `${p.slice(dir.length + 1)} ${mib(statSync(p).size)}`).join(', ')}`);
    console.log(`    trace file hashes to the digest: yes; spans file: ${ndjson ? `${lines.toLocaleString('en')} lines, one per span` : 'none (spans inline)'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ── 3. where validation spends its time (one pass, warm) ────────────────────
if (PHASES.has('validate') && process.env.BREAKDOWN !== '0') {
  const g = time(() => buildGraph(spans));
  const ctx = ctxFor(g.value);
  const only = (kind) => ({ span: [], window: [], [kind]: expect[kind] });
  console.log(`\n    breakdown of (b), one warm pass:`);
  console.log(`      buildGraph                                 ${fmt(g.t).padStart(10)}`);
  for (const [kind, check] of Object.entries(EXPECTATION_CHECKS)) {
    if (expect[kind] === undefined) continue;
    const r = time(() => check(only(kind), ctx));
    console.log(`      ${kind.padEnd(8)} ${String(r.value.length).padStart(3)} verdict(s)                      ${fmt(r.t).padStart(10)}`);
  }
  const single = [
    ...expect.span.map((e) => [`span ${e.name}${e.parent ? ` (parent ${e.parent})` : ''}${e.ancestor ? ` (ancestor ${e.ancestor})` : ''}`, { span: [e], window: [] }]),
    ...expect.window.flatMap((w) => w.contains.map((c) => [`window ${c} within ${w.outer}`, { span: [], window: [{ outer: w.outer, contains: [c] }] }])),
  ];
  const slow = single.map(([label, x]) => [label, time(() => evaluate(x, ctx)).t]).sort((a, b) => b[1] - a[1]);
  console.log(`    slowest single expectations:`);
  for (const [label, t] of slow.slice(0, 8)) console.log(`      ${fmt(t).padStart(10)}  ${label}`);
  // Order checks over a name with more than ~125k spans: Math.max(...spread) in order.ts.
  const big = { span: [], window: [], order: { mustPrecede: [['clnrm.step:*', 'SELECT shop.orders']] } };
  try {
    evaluate(big, ctx);
    console.log(`    order over ${g.value.named('SELECT shop.orders').length.toLocaleString('en')} spans: ok`);
  } catch (err) {
    console.log(`    order over ${g.value.named('SELECT shop.orders').length.toLocaleString('en')} spans of one name THROWS: ${err.constructor.name}: ${err.message}`);
  }
}
console.log(`\n    RSS after the measures ${(process.memoryUsage().rss / 2 ** 30).toFixed(2)} GiB`);
console.log(`    peak RSS ${(process.resourceUsage().maxRSS / 2 ** 20).toFixed(2)} GiB`);
