/**
 * A run whose spans of the system under test the receiver kept as a SpanTable (past its compaction threshold)
 * is judged exactly as the same spans kept as records: forgeries (clnrm.* names, runner span ids), malformed
 * spans (shared and self ids, no end, end before start, outside the run), spans no channel carried, spans of
 * another trace and spans sharing one attribute run get the same verdicts, messages, findings and digest.
 */
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../test/kit/index.js';
import { createRng } from '../plan/rng.js';
import { traceDigest } from '../report/canonical.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import { createRecorder } from '../telemetry/recorder.js';
import { fromReadableSpan, type SpanRecord } from '../telemetry/span-record.js';
import { SpanStore } from '../telemetry/span-store.js';
import { rowsOf } from '../telemetry/span-table.js';
import { judgeScenario, judgeSuite } from './judge.js';
import { suiteReportInput } from '../report/input.js';
import { textString } from '../report/canonical.js';
import { renderJsonReport, spanLines } from '../report/json.js';
import { scenarioViews } from '../report/html/model.js';

const SUITE = `
[meta]
name = "table"

[service.app]
image = "busybox"
args = ["sleep", "1"]

[[scenario]]
name = "s"
service = "app"
run = "true"

[[scenario.expect.span]]
name = "app.req"
attrs.all = { "http.response.status_code" = 200, tenant = "t1" }

[[scenario.expect.span]]
name = "app.req"
count = { gte = 1000 }

[[scenario.expect.span]]
name = "app.fast"
duration_ms = { max = 5 }

[[scenario.expect.span]]
name = "clnrm.recovery"

[[scenario.expect.span]]
name = "app.work"

[[scenario.expect.span]]
name = "app.shadow"
parent = "app.shadow"

[[scenario.expect.span]]
name = "app.pay"
attrs.all = { "http.response.status_code" = 200, tenant = "t1" }

[scenario.expect.counts]
errors_total = { lte = 0 }

[[expect.span]]
name = "app.req"
parent = "clnrm.step:s"
`;

/** The run (ended) and what its system under test sent, in arrival order. */
function run(seed: number): { run: SuiteRun; sut: SpanRecord[] } {
  const suite = loadSuite(SUITE, { env: {} }, 'table.clnrm.toml');
  const recorder = createRecorder({ seed, traceKey: 'table' });
  const runSpan = recorder.start('clnrm.run');
  const scenario = recorder.start('clnrm.scenario:s', runSpan, { key: 's' });
  const step = recorder.start('clnrm.step:s', scenario);
  step.end();
  scenario.end();
  runSpan.end();
  const runner = recorder.spans().map(fromReadableSpan);
  const stepRecord = runner.find((s) => s.spanId === step.spanId)!;
  const rng = createRng(seed, 'judge-table');
  const hex = () => Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0') + Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0');
  const span = (name: string, attributes: SpanRecord['attributes'] = {}, over: Partial<SpanRecord> = {}): SpanRecord => ({
    traceId: recorder.traceId, spanId: hex(), parentSpanId: step.spanId, name, kind: 'server', status: 'OK', attributes, events: [],
    startMs: stepRecord.startMs, endMs: stepRecord.endMs, resource: { 'service.name': 'app' }, source: 'sut', origin: { scenario: 's', via: 'otlp' }, ...over,
  });
  const shared = { 'http.response.status_code': 200, tenant: 't1' };
  const sut: SpanRecord[] = [];
  for (let i = 0; i < 3000; i++) {
    const r = rng.next();
    if (r < 0.9) sut.push(span('app.req', { ...shared }));
    else if (r < 0.91) sut.push(span('app.req', { 'http.response.status_code': 503, tenant: 't1' }));
    else if (r < 0.92) sut.push(span('app.pay', { tenant: 't1', 'http.response.status_code': 200 }));
    else if (r < 0.93) sut.push(span('app.fast', {}, { endMs: stepRecord.startMs - 10_000 }));
    else if (r < 0.94) sut.push(span('clnrm.recovery'));
    else if (r < 0.95) sut.push(span('app.work', {}, { spanId: runSpan.spanId }));
    else if (r < 0.96) sut.push(span('app.shadow', {}, { spanId: 'abcdefabcdef0002', parentSpanId: 'abcdefabcdef0002' }), span('app.shadow', {}, { spanId: 'abcdefabcdef0002' }));
    else if (r < 0.97) sut.push(span('app.late', {}, { startMs: stepRecord.startMs - 3_600_000 }));
    else if (r < 0.98) sut.push(span('app.lost', {}, { endMissing: true }));
    else if (r < 0.99) {
      const { origin: _, ...bare } = span('app.req', { ...shared });
      sut.push(bare);
    } else sut.push(span('app.req', { ...shared }, { traceId: 'ffffffffffffffffffffffffffffffff', status: 'ERROR' }));
  }
  const ran: ScenarioResult = {
    name: 's', outcome: 'pass', message: 'passed', leaks: [], startedAt: 0, durationMs: 1, artifacts: [],
    steps: [{ name: 's', outcome: 'pass', message: 'passed', attempts: 1, startedAt: 0, durationMs: 1, stdout: { text: '', truncatedBytes: 0, totalBytes: 0 }, stderr: { text: '', truncatedBytes: 0, totalBytes: 0 } }],
  };
  return { run: { suite, seed, runId: 'r', traceId: recorder.traceId, scenarios: [ran], spans: recorder.spans(), startedAt: 0, durationMs: 1, interrupted: false }, sut };
}

describe('a run judged from the receiver\'s span table', () => {
  it.each([1, 2, 3])('gets the verdicts, findings and digest of the same spans as records (seed %i)', (seed) => {
    const { run: ran, sut } = run(seed);
    const store = new SpanStore(1000);
    for (const s of sut) store.push(s);
    expect(store.compact).toBe(true);
    const fromTable = store.ofTrace(ran.traceId);
    const asTable = judgeSuite(ran, fromTable, { receiverDropped: () => 0 });
    const asRecords = judgeSuite(ran, sut.filter((s) => s.traceId === ran.traceId), { receiverDropped: () => 0 });
    // Judged by rows: the spans stay a view of the receiver's table (runner spans as records), equal span for span.
    expect(rowsOf(asTable.spans)?.table).toBe(rowsOf(fromTable)!.table);
    expect({ ...asTable, spans: [...asTable.spans] }).toStrictEqual(asRecords);
    expect(traceDigest(asTable.spans, [])).toBe(traceDigest(asRecords.spans, []));
    // The attack failed on both paths, for its reasons.
    const s = asTable.scenarios[0]!;
    expect(s.outcome).toBe('fail');
    const failed = s.verdicts.filter((v) => !v.passed).map((v) => v.keyPath);
    expect(failed).toEqual(expect.arrayContaining(['scenario[0].expect.span[0]', 'scenario[0].expect.span[2]', 'scenario[0].expect.span[3]', 'scenario[0].expect.span[4]', 'scenario[0].expect.span[5]']));
    expect(asTable.forgeries!.map((f) => f.reason)).toEqual(expect.arrayContaining(['reserved_name', 'runner_span_id']));
    const reasons = asTable.malformed!.flatMap((m) => m.reasons).join('\n');
    for (const why of ['it is its own parent', 'its span id abcdefabcdef0002 is used by', 'ends 10000 ms before it starts', 'its times lie outside the run', 'it has no end time']) expect(reasons).toContain(why);
    expect(asTable.unattributed).toBeGreaterThan(0);
  });
});

const SUITE2 = `
[meta]
name = "table2"

[service.app]
image = "busybox"
args = ["sleep", "1"]

[[scenario]]
name = "a"
service = "app"
run = "true"

[scenario.steady_state]
detect = { span = "app.req" }
error_budget = { span = "app.req", budget_pct = 10 }

[[scenario.steady_state.probe]]
name = "up"
type = "tcp"
service = "app"
port = 80

[scenario.expect.kpi]
error_budget_used_pct = { max = 50 }

[[scenario.expect.span]]
name = "app.req"
parent = "clnrm.step:a"
count = { gte = 100 }

[[scenario.expect.span]]
name = "app.db"
ancestor = "app.req"

[scenario.expect.counts]
errors_total = { lte = 1000 }

[[scenario]]
name = "b"
service = "app"
run = "true"

[[scenario.expect.span]]
name = "app.b"
attrs.all = { tenant = "t2" }

[scenario.expect.graph]
acyclic = true

[[expect.span]]
name = "app.*"
count = { gte = 1 }
`;

/** Two scenarios, KPIs from spans, chains, cycles, orphans, spans parented across scenarios, forgeries; scenario a ends before b's spans. */
function run2(seed: number) {
  const suite = loadSuite(SUITE2, { env: {} }, 'table2.clnrm.toml');
  const recorder = createRecorder({ seed, traceKey: 'table2' });
  const runSpan = recorder.start('clnrm.run');
  const scA = recorder.start('clnrm.scenario:a', runSpan, { key: 'a' });
  const stepA = recorder.start('clnrm.step:a', scA);
  stepA.end();
  scA.end();
  const endedA = recorder.spans();
  const scB = recorder.start('clnrm.scenario:b', runSpan, { key: 'b' });
  const stepB = recorder.start('clnrm.step:b', scB);
  stepB.end();
  scB.end();
  runSpan.end();
  const runner = recorder.spans().map(fromReadableSpan);
  const recA = runner.find((s) => s.spanId === stepA.spanId)!;
  const recB = runner.find((s) => s.spanId === stepB.spanId)!;
  const rng = createRng(seed, 'judge-table-2');
  let n = 0;
  const id = () => `${(seed * 0x1000000 + ++n).toString(16).padStart(16, '0')}`;
  const sut: SpanRecord[] = [];
  const span = (scenario: 'a' | 'b', name: string, over: Partial<SpanRecord> = {}): SpanRecord => {
    const step = scenario === 'a' ? recA : recB;
    const s: SpanRecord = {
      traceId: recorder.traceId, spanId: id(), parentSpanId: step.spanId, name, kind: 'server', status: 'OK', attributes: { tenant: scenario === 'a' ? 't1' : 't2' }, events: [],
      startMs: step.startMs + rng.next() * Math.max(0, step.endMs - step.startMs), endMs: step.endMs, resource: { 'service.name': 'app' }, source: 'sut', origin: { scenario, via: 'otlp' }, ...over,
    };
    sut.push(s);
    return s;
  };
  const reqs: SpanRecord[] = [];
  for (let i = 0; i < 1500; i++) {
    const r = rng.next();
    if (r < 0.6) reqs.push(span('a', 'app.req', { status: rng.next() < 0.03 ? 'ERROR' : 'OK' }));
    else if (r < 0.75 && reqs.length) span('a', 'app.db', { parentSpanId: reqs[Math.floor(rng.next() * reqs.length)]!.spanId, startMs: recA.startMs, endMs: recA.startMs });
    else if (r < 0.8) span('a', 'app.orphan', { parentSpanId: 'eeeeeeeeeeeeeeee' });
    else if (r < 0.82) {
      const x = span('b', 'app.b');
      span('b', 'app.b', { parentSpanId: x.spanId, spanId: x.parentSpanId! === recB.spanId ? id() : id() });
      x.parentSpanId = sut[sut.length - 1]!.spanId; // a cycle of two
    } else if (r < 0.84 && reqs.length) span('b', 'app.b', { parentSpanId: reqs[Math.floor(rng.next() * reqs.length)]!.spanId }); // parented across scenarios
    else if (r < 0.85) span('b', 'clnrm.cleanup');
    else if (r < 0.86) span('a', 'app.req', { spanId: stepB.spanId }); // b's step id, sent by a
    else if (r < 0.87) span('a', 'app.req', { parentSpanId: recB.spanId }); // a runner span never handed to a
    else if (r < 0.88) span('a', 'app.req', { parentSpanId: '' });
    else if (r < 0.89) span('b', 'app.b', { events: [{ name: 'retry', timeMs: recB.startMs, attributes: { n: 1 } }] });
    else span('b', 'app.b', { attributes: { tenant: rng.next() < 0.02 ? 't3' : 't2' } });
  }
  span('a', 'app.req', { spanId: reqs[0]!.spanId }); // a shared id
  const step = (name: string) => ({ name, outcome: 'pass' as const, message: 'passed', attempts: 1, startedAt: 0, durationMs: 1, stdout: { text: '', truncatedBytes: 0, totalBytes: 0 }, stderr: { text: '', truncatedBytes: 0, totalBytes: 0 } });
  const ranA = {
    name: 'a', outcome: 'pass', message: 'passed', leaks: [], startedAt: 0, durationMs: 1, artifacts: [], steps: [step('a')],
    kpis: { samples: { total: 0, healthy: 0 }, faults: { effective: 1, detected: 0, recovered: 1 }, byFaultType: {} },
    probeSamples: [{ probe: 'up', phase: 'during', startedAtMs: recA.startMs, atMs: recA.startMs + 1, ok: true, latencyMs: 1, detail: 'ok' }],
    faultRecords: [{ type: 'partition', name: 'p', occurrence: 0, fired: true, injected: true, effective: true, appliedAtMs: recA.startMs, endedAtMs: recA.endMs, reverted: true }],
  } as unknown as ScenarioResult;
  const ranB: ScenarioResult = { name: 'b', outcome: 'pass', message: 'passed', leaks: [], startedAt: 0, durationMs: 1, artifacts: [], steps: [step('b')] };
  const run: SuiteRun = { suite, seed, runId: 'r', traceId: recorder.traceId, scenarios: [ranA, ranB], spans: recorder.spans(), startedAt: 0, durationMs: 1, interrupted: false };
  const partialA = { traceId: recorder.traceId, spans: endedA, runWindow: { startMs: runner.find((s) => s.name === 'clnrm.run')!.startMs, endMs: recA.endMs + 1 }, openSpanIds: [runSpan.spanId] };
  return { run, sut, ranA, partialA };
}

describe('a run of two scenarios judged from the receiver\'s span table', () => {
  it.each([1, 2, 3])('gets the verdicts, KPIs, findings, early verdicts, digest and reports of the same spans as records (seed %i)', (seed) => {
    const { run: ran, sut, ranA, partialA } = run2(seed);
    const store = new SpanStore(500);
    for (const s of sut) store.push(s);
    expect(store.compact).toBe(true);
    const fromTable = store.ofTrace(ran.traceId);
    const options = { receiverDropped: () => 0 };
    const asTable = judgeSuite(ran, fromTable, options);
    const asRecords = judgeSuite(ran, sut, options);
    expect(rowsOf(asTable.spans)?.table).toBe(rowsOf(fromTable)!.table);
    expect({ ...asTable, spans: [...asTable.spans] }).toStrictEqual(asRecords);
    // The reports and the digest: made from the view by rows, from the records as a list.
    const inTable = suiteReportInput(asTable);
    const inRecords = suiteReportInput(asRecords);
    expect(inTable.digest).toBe(inRecords.digest);
    expect(textString(inTable.trace!)).toBe(textString(inRecords.trace!));
    expect([...spanLines(asTable)]).toStrictEqual([...spanLines(asRecords)]);
    expect(renderJsonReport(asTable, inTable.digest)).toBe(renderJsonReport(asRecords, inRecords.digest));
    expect(scenarioViews(inTable)).toStrictEqual(scenarioViews(inRecords));
    // Judged as it ended (the early verdict), from the table and from records.
    expect(judgeScenario(ran.suite, 0, ranA, partialA, fromTable, options)).toStrictEqual(judgeScenario(ran.suite, 0, ranA, partialA, sut, options));
    // What was judged: KPIs recomputed from a's spans, orphans and malformed spans found, forgeries refused.
    const [a, b] = asTable.scenarios;
    expect(a!.kpis?.errorBudget?.requests).toBeGreaterThan(100);
    expect(a!.warnings?.join('\n')).toContain('clnrm.orphan');
    expect(b!.verdicts.some((v) => !v.passed)).toBe(true);
    const reasons = asTable.malformed!.flatMap((m) => m.reasons).join('\n');
    for (const why of ['came from scenario a', 'which was never handed to scenario a', 'its span id']) expect(reasons).toContain(why);
    expect(asTable.forgeries!.map((f) => f.reason)).toEqual(expect.arrayContaining(['reserved_name', 'runner_span_id']));
    expect(asTable.spans.find((s) => s.name === 'clnrm.scenario:a')!.attributes['kpi.error_budget_used_pct']).toBeDefined();
  });
});
