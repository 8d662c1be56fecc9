/**
 * Span detection and the error budget are computed once the run is judged, from the scenario's
 * attributed spans of the system under test: spans of another scenario's channel do not count,
 * and the scenario span's kpi.* attributes are replaced by the recomputed values.
 */
import { describe, expect, it } from 'vitest';
import type { Suite } from '../load/index.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { loadSuite } from '../../test/kit/index.js';
import type { SuiteRun } from '../runtime/suite.js';
import { createRecorder } from '../telemetry/recorder.js';
import { fromReadableSpan } from '../telemetry/span-record.js';
import { judgeSuite } from './judge.js';
import { spanKpis, withKpiAttributes } from './span-kpis.js';

let n = 0;
const span = (name: string, endMs: number, over: Partial<SpanRecord> = {}): SpanRecord => ({
  traceId: 'a'.repeat(32),
  spanId: (++n).toString(16).padStart(16, '0'),
  name,
  kind: 'internal',
  status: 'UNSET',
  attributes: {},
  events: [],
  startMs: endMs - 5,
  endMs,
  resource: {},
  source: 'sut',
  ...over,
});

const suite = {
  scenarios: [
    {
      name: 'net',
      steadyState: {
        probes: [{ name: 'up', toleratedFailures: 0 }],
        recoverWithinMs: 5000,
        detect: { probes: false, span: 'sut.call' },
        errorBudget: { span: 'sut.call', budgetPct: 10 },
      },
    },
    { name: 'plain', steadyState: { probes: [{ name: 'up', toleratedFailures: 0 }], recoverWithinMs: 5000 } },
  ],
} as unknown as Suite;

const result = (name: string): ScenarioResult =>
  ({
    name,
    kpis: { samples: { total: 0, healthy: 0 }, faults: { effective: 1, detected: 0, recovered: 1 }, byFaultType: {} },
    probeSamples: [{ probe: 'up', phase: 'during', startedAtMs: 1500, atMs: 1510, ok: true, latencyMs: 10, detail: 'ok' }],
    faultRecords: [{ type: 'partition', name: 'p', occurrence: 0, fired: true, injected: true, effective: true, appliedAtMs: 1000, endedAtMs: 2000, reverted: true }],
  }) as unknown as ScenarioResult;

describe('KPIs from the spans of the system under test', () => {
  const own = { origin: { scenario: 'net', via: 'otlp' } } as Partial<SpanRecord>;
  const spans = [
    span('clnrm.scenario:net', 3000, { source: 'runner', attributes: { 'kpi.mttd_ms': 1, 'scenario.name': 'net' } }),
    span('sut.call', 900, own),
    span('sut.call', 1100, { ...own, status: 'OK' }),
    span('sut.call', 1250, { ...own, status: 'ERROR' }),
    span('sut.call', 1300, { ...own, status: 'ERROR' }),
    // Another scenario's channel: never credited to this one.
    span('sut.call', 1050, { origin: { scenario: 'plain', via: 'otlp' }, status: 'ERROR' }),
  ];

  it('detects by the first attributed ERROR span after the fault and counts the error budget', () => {
    const k = spanKpis(suite, [result('net'), result('plain')], spans);
    expect([...k.keys()]).toEqual(['net']);
    const net = k.get('net')!;
    expect(net.mttdMs).toBe(250);
    expect(net.errorBudget).toEqual({ span: 'sut.call', budgetPct: 10, requests: 4, failed: 2 });
    // 50 % failed of a 10 % budget.
    expect(net.errorBudgetUsedPct).toBe(500);
  });

  it('replaces the scenario span\'s kpi attributes and keeps the others', () => {
    const updated = withKpiAttributes(spans, spanKpis(suite, [result('net'), result('plain')], spans));
    expect(updated[0]!.attributes).toMatchObject({ 'scenario.name': 'net', 'kpi.mttd_ms': 250, 'kpi.error_budget_used_pct': 500 });
    expect(updated.slice(1)).toEqual(spans.slice(1));
  });
});

describe('judging a run', () => {
  const loaded = loadSuite(`[meta]
name = "budget"

[service.api]
image = "clnrm-fixture/busybox:latest"

[[scenario]]
name = "net"
run = "true"

[scenario.steady_state]
error_budget = { span = "sut.call", budget_pct = 10 }

[[scenario.steady_state.probe]]
name = "up"
type = "tcp"
service = "api"
port = 8080

[scenario.expect.kpi]
error_budget_used_pct = { max = 100 }
`);

  it('judges [expect.kpi] on the error budget of the scenario\'s attributed spans, and reports the KPIs it judged', () => {
    const recorder = createRecorder({ seed: 1, traceKey: 'budget' });
    const root = recorder.start('clnrm.run');
    const sc = recorder.start('clnrm.scenario:net', root, { key: 'net' });
    sc.ok();
    sc.end();
    root.end();
    const runSpan = fromReadableSpan(recorder.spans().find((s) => s.name === 'clnrm.run')!);
    const t = runSpan.startMs;
    const sut = (status: SpanRecord['status'], scenario: string) =>
      span('sut.call', t, { traceId: recorder.traceId, startMs: t, status, origin: { scenario, via: 'otlp' } });
    const result: ScenarioResult = { ...result0(), name: 'net', outcome: 'pass', message: 'passed', steps: [], leaks: [], startedAt: t, durationMs: 1, artifacts: [] };
    const run: SuiteRun = { suite: loaded, seed: 1, runId: 'r', traceId: recorder.traceId, scenarios: [result], spans: recorder.spans(), startedAt: t, durationMs: 1, interrupted: false };
    const judged = judgeSuite(run, [sut('OK', 'net'), sut('ERROR', 'net'), sut('ERROR', 'other')]).scenarios[0]!;
    // 1 of 2 attributed calls failed (the other scenario's ERROR span does not count): 50 % of a 10 % budget.
    expect(judged.kpis!.errorBudgetUsedPct).toBe(500);
    expect(judged.outcome).toBe('fail');
    expect(judged.verdicts[0]).toMatchObject({ passed: false, message: 'error_budget_used_pct = 500, above the bound max = 100' });
  });
});

function result0(): Pick<ScenarioResult, 'kpis' | 'probeSamples' | 'faultRecords'> {
  const r = result('net');
  return { kpis: r.kpis!, probeSamples: r.probeSamples!, faultRecords: [] };
}
