/**
 * `[expect.kpi]` is judged on the measured values the runner wrote on the
 * scenario span: a violated bound fails with the value and the bound, and a
 * KPI that was not measured fails rather than passing unverified. The probe
 * samples and KPIs stay out of the canonical trace.
 */
import { describe, expect, it } from 'vitest';
import type { ExpectSpec } from '../load/index.js';
import { canonicalTrace } from '../report/canonical.js';
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import { buildGraph } from './graph.js';
import { checkKpi } from './kpi.js';

let n = 0;
function span(name: string, attributes: Record<string, AttrValue>, parent?: SpanRecord): SpanRecord {
  return {
    traceId: 'a'.repeat(32),
    spanId: (++n).toString(16).padStart(16, '0'),
    ...(parent ? { parentSpanId: parent.spanId } : {}),
    name,
    kind: 'internal',
    status: 'UNSET',
    attributes,
    events: [],
    startMs: 1000 + n,
    endMs: 2000 + n,
    resource: {},
    source: 'runner',
  };
}

const measured = { 'kpi.samples.total': 30, 'kpi.samples.healthy': 19, 'kpi.mttd_ms': 1037, 'kpi.mttr_ms': 1435, 'kpi.availability_pct': 63.33, 'kpi.recovery_rate_pct': 100 };
const judge = (kpi: ExpectSpec['kpi'], spans: SpanRecord[]) => checkKpi({ span: [], window: [], kpi }, { graph: buildGraph(spans), keyPath: 'scenario[0].expect', leaks: [], allowedHosts: [] });

describe('[expect.kpi]', () => {
  const scenario = span('clnrm.scenario:s', measured);

  it('passes bounds the measured values meet, naming the values', () => {
    const v = judge({ mttr_ms: { max: 5000 }, availability_pct: { min: 50 }, mttd_ms: { min: 1, max: 2000 } }, [scenario]);
    expect(v.map((x) => [x.keyPath, x.passed, x.message])).toEqual([
      ['scenario[0].expect.kpi.mttr_ms', true, 'mttr_ms = 1435'],
      ['scenario[0].expect.kpi.availability_pct', true, 'availability_pct = 63.33'],
      ['scenario[0].expect.kpi.mttd_ms', true, 'mttd_ms = 1037'],
    ]);
    expect(v[0]!.kind).toBe('kpi');
    expect(v[0]!.description).toBe('KPI mttr_ms within { max = 5000 }');
  });

  it('fails a violated bound with the measured value and the bound', () => {
    const v = judge({ mttr_ms: { max: 1000 }, availability_pct: { min: 99 } }, [scenario]);
    expect(v.map((x) => [x.passed, x.message])).toEqual([
      [false, 'mttr_ms = 1435, above the bound max = 1000'],
      [false, 'availability_pct = 63.33, below the bound min = 99'],
    ]);
  });

  it('fails a KPI that was not measured, saying why', () => {
    const quiet = span('clnrm.scenario:s', { 'kpi.samples.total': 20, 'kpi.samples.healthy': 20, 'kpi.availability_pct': 100, 'kpi.recovery_rate_pct': 100 });
    const [v] = judge({ mttd_ms: { max: 3000 } }, [quiet]);
    expect(v).toMatchObject({ passed: false, message: 'mttd_ms not measured (no probe sample lost the steady state after a fault)' });
  });

  it('fails when no scenario in scope has steady-state probes', () => {
    const [v] = judge({ recovery_rate_pct: { min: 95 } }, [span('clnrm.scenario:s', { result: 'pass' })]);
    expect(v).toMatchObject({ passed: false, message: 'not measured: no scenario here has `[scenario.steady_state]` probes' });
  });

  it('at file level, every scenario with probes must meet the bound, each named', () => {
    const run = span('clnrm.run', {});
    const a = span('clnrm.scenario:a', measured, run);
    const b = span('clnrm.scenario:b', { ...measured, 'kpi.mttr_ms': 9000 }, run);
    const [v] = checkKpi({ span: [], window: [], kpi: { mttr_ms: { max: 5000 } } }, { graph: buildGraph([run, a, b]), keyPath: 'expect', leaks: [], allowedHosts: [] });
    expect(v).toMatchObject({ keyPath: 'expect.kpi.mttr_ms', passed: false, message: 'b: mttr_ms = 9000, above the bound max = 5000' });
  });
});

describe('the canonical trace of an experiment', () => {
  it('leaves out the probe samples and the kpi.* attributes, so timing does not change the digest', () => {
    const run = span('clnrm.run', { 'suite.name': 'x' });
    const sc = span('clnrm.scenario:s', { 'scenario.name': 's', ...measured }, run);
    const probe = span('clnrm.probe', { 'probe.name': 'web', 'probe.outcome': 'failed', 'probe.latency_ms': 12 }, sc);
    const step = span('clnrm.step:s', { 'step.name': 's' }, sc);
    const fewer = canonicalTrace([run, sc, step], []);
    expect(canonicalTrace([run, sc, probe, step], [])).toEqual(fewer);
    expect(JSON.stringify(fewer)).not.toContain('kpi.');
    expect(fewer[0]!.children[0]!.attributes).toEqual({ 'scenario.name': 's' });
  });

  it('keeps a span of the system under test that happens to be named clnrm.probe (it is judged as a forgery elsewhere)', () => {
    const run = span('clnrm.run', {});
    const sut = { ...span('clnrm.probe', {}, run), source: 'sut' as const };
    expect(canonicalTrace([run, sut], [])[0]!.children.map((c) => c.name)).toEqual(['clnrm.probe']);
  });
});
