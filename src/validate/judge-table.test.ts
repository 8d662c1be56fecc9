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
import { judgeSuite } from './judge.js';

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
