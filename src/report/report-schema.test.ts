/**
 * schemas/report.schema.json describes `<suite>.report.json` exactly as
 * renderJsonReport writes it: a report of every shape validates, a report with
 * a key missing, a value of the wrong type or an extra key does not, and so
 * does every real report left in .clnrm/reports by earlier runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Suite } from '../load/index.js';
import type { CapturedText } from '../runtime/output.js';
import type { StepResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import type { JudgedSuite } from '../validate/judge.js';
import { jsonReport, renderJsonReport } from './json.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/report.schema.json', import.meta.url));
const REPORT_DIR = fileURLToPath(new URL('../../.clnrm/reports', import.meta.url));
const T0 = 1_750_000_000_000;
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

type Json = any;

function compile(): { validate: ValidateFunction; schema: Json } {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Json;
  // strict: a misspelt keyword in the schema is an error here, not a silently ignored constraint.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  // ajv-formats ships CommonJS; its default export sits on `.default` under NodeNext.
  const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (a: Ajv2020) => void;
  addFormats(ajv);
  return { validate: ajv.compile(schema), schema };
}
const { validate, schema } = compile();
const problems = () => (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

const captured = (text: string, truncatedBytes = 0): CapturedText => ({ text, truncatedBytes, totalBytes: Buffer.byteLength(text) + truncatedBytes });

function step(name: string, o: Partial<StepResult> = {}): StepResult {
  return { name, outcome: 'pass', message: 'passed', attempts: 1, startedAt: T0 + 2, durationMs: 198.25, stdout: captured(''), stderr: captured(''), exitCode: 0, ...o };
}

function spans(): SpanRecord[] {
  const out: SpanRecord[] = [];
  const span = (name: string, parent: SpanRecord | undefined, o: Partial<SpanRecord> & { at: [number, number]; ev?: [string, Record<string, AttrValue>?][] }) => {
    const { at, ev, ...rest } = o;
    const s: SpanRecord = {
      traceId: TRACE,
      spanId: (out.length + 1).toString(16).padStart(16, '0'),
      name, kind: 'internal', status: 'UNSET', attributes: {},
      events: (ev ?? []).map(([n, a], i) => ({ name: n, timeMs: T0 + at[0] + i + 0.5, attributes: a ?? {} })),
      startMs: T0 + at[0], endMs: T0 + at[1], resource: { 'service.name': 'clnrm' }, source: 'runner', ...rest,
    };
    if (parent) s.parentSpanId = parent.spanId;
    out.push(s);
    return s;
  };
  const root = span('clnrm.run', undefined, { at: [0, 2000], status: 'ERROR', statusMessage: 'exit_code', attributes: { 'suite.name': 'shop', 'run.seed': 42, result: 'fail' } });
  const happy = span('clnrm.scenario:happy', root, { at: [1, 400], status: 'OK', attributes: { result: 'pass' } });
  const curl = span('clnrm.step:curl', happy, { at: [2, 200], attributes: { 'exit.code': 0, 'retry.attempts': 2 }, ev: [['retry', { 'retry.attempt': 1, 'retry.backoff_ms': 100.5 }]] });
  // Spans of the system under test, with every kind of attribute value (NaN is written as null).
  const server = span('GET /orders/{id}', curl, {
    at: [3.25, 150.125], kind: 'server', source: 'sut', status: 'ERROR', statusMessage: 'upstream timed out',
    resource: { 'service.name': 'api', 'process.pid': 7, 'telemetry.sdk.language': 'nodejs' },
    attributes: { 'http.response.status_code': 504, 'http.route': '/orders/{id}', retried: true, tags: ['a', 'b'], mixed: [1, 'x', false], 'load.ratio': Number.NaN, limits: [Number.POSITIVE_INFINITY] },
    ev: [['exception', { 'exception.type': 'TimeoutError', 'exception.message': 'timed out' }]],
  });
  span('SELECT orders', server, { at: [4, 20], kind: 'client', source: 'sut', resource: { 'service.name': 'api' }, attributes: { 'db.system': 'postgresql' } });
  span('orders.publish', server, { at: [21, 22], kind: 'producer', source: 'sut', resource: {} });
  span('orders.consume', undefined, { at: [30, 31], kind: 'consumer', source: 'sut', resource: {}, parentSpanId: 'ffffffffffffffff' });
  span('clnrm.cleanup', happy, { at: [210, 390], status: 'OK', attributes: { 'cleanup.triggered': 'scenario_end', 'cleanup.success': true, 'cleanup.verified': true }, ev: [['container.remove', { 'container.name': 'clnrm-r1x9-0-api' }], ['cleanup.complete']] });
  const slow = span('clnrm.scenario:slow', root, { at: [401, 1900], status: 'ERROR', attributes: { result: 'fail', 'error.type': 'timeout' } });
  const sleep = span('clnrm.step:sleep', slow, { at: [402, 1500], status: 'ERROR', attributes: { 'error.type': 'timeout' } });
  const enforced = span('clnrm.timeout.enforced', sleep, { at: [1400, 1500], attributes: { 'timeout.ms': 1000 } });
  span('clnrm.cleanup', enforced, { at: [1501, 1890], status: 'ERROR', statusMessage: 'leak', attributes: { 'cleanup.triggered': 'timeout', 'cleanup.success': false, 'leaks.count': 1 } });
  return out;
}

/** A judged suite with a scenario of every outcome and a reason of every shape. */
function judged(): JudgedSuite {
  const suite = {
    file: 'tests/shop.clnrm.toml', name: 'shop', tags: [],
    determinism: { seed: 42, freezeClock: '2025-01-01T00:00:00Z', digestExclude: ['app.request_token', 'app.cache.*'] },
    report: { dir: '.clnrm/reports', formats: ['json', 'junit', 'digest', 'cleanup'] },
  } as unknown as Suite;
  const run: SuiteRun = { suite, seed: 42, runId: 'mc0ffee1a2b3c', traceId: TRACE, startedAt: T0, durationMs: 2000.75, interrupted: false, spans: [], scenarios: [] };
  const scenarios: JudgedSuite['scenarios'] = [
    {
      name: 'happy', outcome: 'pass', message: 'passed', startedAt: T0 + 1, durationMs: 399, artifacts: ['happy.curl.log'], leaks: [],
      steps: [step('curl', { attempts: 2, stdout: captured('{"status":"ok"}\n') })],
      verdicts: [{ kind: 'span', keyPath: 'scenario[0].expect.span[0]', description: 'span `clnrm.step:curl`', passed: true, message: '1 matching span(s)' }],
    },
    {
      name: 'slow', outcome: 'fail', reason: { type: 'timeout', kind: 'step', timeoutMs: 1000 }, message: 'step sleep: step timeout of 1000 ms reached', startedAt: T0 + 401, durationMs: 1499, artifacts: [],
      leaks: [{ kind: 'container', id: 'c0ffee', labels: { 'clnrm.run': 'mc0ffee1a2b3c', 'clnrm.managed': 'true' } }],
      steps: [step('sleep', { outcome: 'fail', reason: { type: 'timeout', kind: 'step', timeoutMs: 1000 }, message: 'step timeout of 1000 ms reached', exitCode: 137, durationMs: 1098, stderr: captured('a\n… [10 bytes cut by clnrm] …\nz', 10) })],
      verdicts: [
        { kind: 'window', keyPath: 'scenario[1].expect.window[0]', description: '`clnrm.step:sleep` within `clnrm.scenario:slow`', passed: true, message: '1 span(s) inside' },
        { kind: 'order', keyPath: 'scenario[1].expect.order.must_precede', description: '`a` before `b`', passed: false, message: 'no span named `a`' },
        { kind: 'consistency', keyPath: 'scenario[1].expect.consistency.lost', description: 'lost = 0', passed: false, error: true, message: 'not judged: the reader step `read` did not run' },
      ],
    },
    {
      name: 'crash', outcome: 'fail', reason: { type: 'container_killed' }, message: 'step boom: the container was killed', startedAt: T0 + 1901, durationMs: 5, artifacts: [], leaks: [],
      steps: [
        step('boom', { outcome: 'fail', reason: { type: 'container_killed' }, message: 'killed' }),
        step('exit', { outcome: 'fail', reason: { type: 'exit_code', exitCode: 3, expected: 0 }, message: 'exit code 3, expected 0', exitCode: 3, expectedFailure: true }),
        step('grep', { outcome: 'fail', reason: { type: 'output_mismatch', pattern: '^ok$' }, message: 'stdout does not match' }),
        step('killed', { outcome: 'fail', reason: { type: 'container_killed', exitCode: 137 }, message: 'killed', exitCode: 137 }),
        step('engine', { outcome: 'error', reason: { type: 'engine_error' }, message: 'engine error', exitCode: undefined, attempts: 0 }),
      ],
      verdicts: [],
    },
    { name: 'db-down', outcome: 'fail', reason: { type: 'not_ready', service: 'db' }, message: 'service db not ready', startedAt: T0 + 1902, durationMs: 10, artifacts: [], leaks: [], steps: [], verdicts: [] },
    { name: 'expected', outcome: 'pass', reason: { type: 'oom_killed' }, message: 'failed as expected: oom', startedAt: T0 + 1903, durationMs: 1, artifacts: [], leaks: [], steps: [], verdicts: [] },
    { name: 'judged', outcome: 'fail', reason: { type: 'expectation_failed' }, message: '1 expectation(s) failed', startedAt: T0 + 1904, durationMs: 1, artifacts: [], leaks: [], steps: [], verdicts: [] },
    { name: 'leaky', outcome: 'fail', reason: { type: 'leak' }, message: 'leaked', startedAt: T0 + 1905, durationMs: 1, artifacts: [], leaks: [], steps: [], verdicts: [] },
    { name: 'idle', outcome: 'fail', reason: { type: 'vacuous' }, message: 'vacuous: only the steps\' exit code 0 was checked; --strict fails it', startedAt: T0 + 1905, durationMs: 1, artifacts: [], leaks: [], steps: [step('true')], verdicts: [], vacuous: true },
    { name: 'too-good', outcome: 'fail', reason: { type: 'unexpected_success' }, message: 'expected to fail', startedAt: T0 + 1906, durationMs: 1, artifacts: [], leaks: [], steps: [], verdicts: [] },
    { name: 'stopped', outcome: 'error', reason: { type: 'interrupted' }, message: 'not run: the run was stopped', startedAt: T0, durationMs: 0, artifacts: [], leaks: [], steps: [], verdicts: [], skipped: true },
    { name: 'filtered', outcome: 'pass', skipped: true, message: 'skipped: does not match --filter hap', startedAt: T0, durationMs: 0, artifacts: [], leaks: [], steps: [], verdicts: [] },
  ];
  const fileVerdicts: JudgedSuite['fileVerdicts'] = [
    { kind: 'counts', keyPath: 'expect.counts.spans_total', description: 'spans ≥ 5', passed: true, message: '13 counted' },
    { kind: 'graph', keyPath: 'expect.graph.acyclic', description: 'the span graph has no cycle', passed: true, message: 'no cycle' },
    { kind: 'status', keyPath: 'expect.status.all', description: 'every span OK', passed: false, message: '3 of 13 have another status' },
    { kind: 'hermeticity', keyPath: 'expect.hermeticity.no_container_leakage', description: 'no container left after cleanup', passed: false, message: 'container c0ffee left on the engine' },
  ];
  const forgeries: JudgedSuite['forgeries'] = [
    { name: 'clnrm.cleanup', service: 'api', traceId: TRACE, spanId: 'abcdef0123456789', reason: 'reserved_name' },
    { name: 'GET /', service: null, traceId: TRACE, spanId: '0000000000000001', reason: 'runner_span_id' },
  ];
  return { run: { ...run, scenarios }, scenarios, fileVerdicts, spans: spans(), forgeries, passed: false };
}

const rendered = renderJsonReport(judged());
const fresh = (): Json => JSON.parse(rendered);

describe('schemas/report.schema.json', () => {
  it('accepts the report renderJsonReport writes, with a scenario of every outcome and a reason of every shape', () => {
    const report = fresh();
    expect(report.scenarios.map((s: Json) => s.outcome)).toEqual(['pass', 'fail', 'fail', 'fail', 'pass', 'fail', 'fail', 'fail', 'fail', 'skipped', 'skipped']);
    expect(report.forgeries).toHaveLength(2);
    expect(report.spans!.find((s: Json) => s.name === 'GET /orders/{id}').attributes['load.ratio']).toBeNull();
    expect(validate(report), problems().join('\n')).toBe(true);
  });

  it('accepts the repetitions section of a repeated run, and refuses a malformed one', () => {
    const section = [
      {
        suite: 'shop', file: 'shop.clnrm.toml', scenario: 'happy', planned: 20, runs: 20, passed: 13, passRate: 0.65,
        interval95: { method: 'wilson', low: 0.4329, high: 0.8188 },
        digests: [{ digest: 'a'.repeat(64), runs: 13, seeds: [1, 2] }, { digest: 'b'.repeat(64), runs: 7, seeds: [3] }],
        firstFailure: { seed: 3, report: 'repeat/seed-3/shop.report.json', replay: 'clnrm replay repeat/seed-3/shop.report.json --scenario happy' },
      },
      { suite: 'shop', file: 'shop.clnrm.toml', scenario: 'green', planned: 20, runs: 20, passed: 20, passRate: 1, interval95: { method: 'wilson', low: 0.8389, high: 1 }, digests: [{ digest: 'c'.repeat(64), runs: 20, seeds: [1] }], firstFailure: null },
    ];
    const report = JSON.parse(renderJsonReport(judged(), undefined, undefined, section));
    expect(report.repetitions).toEqual(section);
    expect(validate(report), problems().join('\n')).toBe(true);
    report.repetitions[0].passRate = 1.5;
    expect(validate(report)).toBe(false);
    // Only a repeated run has the section.
    expect('repetitions' in fresh()).toBe(false);
  });

  it('accepts a report whose spans are in a spans file, and refuses a spans file without its path', () => {
    const report = JSON.parse(renderJsonReport(judged(), undefined, undefined, undefined, 'shop.spans.ndjson'));
    expect(report.spans).toBeNull();
    expect(report.spansFile).toEqual({ path: 'shop.spans.ndjson', count: judged().spans.length });
    expect(validate(report), problems().join('\n')).toBe(true);
    delete report.spansFile.path;
    expect(validate(report)).toBe(false);
    expect(fresh().spansFile).toBeNull();
  });

  it('accepts a passing run without a frozen clock, with nothing optional set', () => {
    const j = judged();
    const scenarios = [{ ...j.scenarios[0]!, artifacts: [] }];
    const suite = { ...j.run.suite, determinism: { digestExclude: [] } } as unknown as Suite;
    const { forgeries: _, ...rest } = j;
    const ok: JudgedSuite = { ...rest, run: { ...j.run, suite, scenarios, interrupted: true }, scenarios, fileVerdicts: [], passed: true };
    const report = JSON.parse(renderJsonReport(ok));
    expect(report).toMatchObject({ outcome: 'pass', clockFrozen: false, interrupted: true, fileVerdicts: [], forgeries: [] });
    expect(validate(report), problems().join('\n')).toBe(true);
  });

  it('accepts a steady-state experiment: KPIs (measured or not), samples, and the not_steady / not_recovered reasons', () => {
    const j = judged();
    const kpis = {
      mttdMs: 1037,
      mttrMs: 1435,
      availabilityPct: 63.33,
      recoveryRatePct: 100,
      errorBudgetUsedPct: 40,
      errorBudget: { span: 'http.request', budgetPct: 5, requests: 100, failed: 2 },
      samples: { total: 3, healthy: 2 },
      faults: { effective: 1, detected: 1, recovered: 1 },
      byFaultType: { stop_container: { planned: 1, injected: 1, effective: 1, reverted: 1, recovered: 1 } },
    };
    const probeSamples = [
      { probe: 'web', phase: 'before' as const, startedAtMs: T0 + 10, atMs: T0 + 20, ok: true, latencyMs: 10, detail: '200' },
      { probe: 'web', phase: 'during' as const, startedAtMs: T0 + 30, atMs: T0 + 40, ok: false, latencyMs: 10, detail: 'ECONNREFUSED' },
      { probe: 'web', phase: 'after' as const, startedAtMs: T0 + 50, atMs: T0 + 60, ok: true, latencyMs: 10, detail: '200' },
    ];
    const base = j.scenarios[0]!;
    const scenarios = [
      { ...base, name: 'exp', kpis, probeSamples },
      { ...base, name: 'quiet', kpis: { samples: { total: 0, healthy: 0 }, faults: { effective: 0, detected: 0, recovered: 0 }, byFaultType: {} }, probeSamples: [] },
      { ...base, name: 'sick', outcome: 'error' as const, reason: { type: 'not_steady' as const, probe: 'web' }, message: 'steady state not met before any fault' },
      { ...base, name: 'slow', outcome: 'fail' as const, reason: { type: 'not_recovered' as const, probe: 'web' }, message: 'steady state not restored' },
    ];
    const report = JSON.parse(renderJsonReport({ ...j, run: { ...j.run, scenarios }, scenarios }));
    expect(validate(report), problems().join('\n')).toBe(true);
    expect(report.scenarios[0].experiment.kpis).toEqual(kpis);
    expect(report.scenarios[0].experiment.samples[1]).toEqual({ probe: 'web', phase: 'during', offsetMs: 40 - (j.run.startedAt - T0), ok: false, latencyMs: 10, detail: 'ECONNREFUSED' });
    expect(report.scenarios[1].experiment.kpis).toMatchObject({ mttdMs: null, mttrMs: null, availabilityPct: null, recoveryRatePct: null });
    expect(report.scenarios[2].experiment).toBeNull();
    expect(schema.$defs.experiment.required).toEqual(Object.keys(report.scenarios[0].experiment));
    expect(schema.$defs.experiment.properties.kpis.required).toEqual(Object.keys(report.scenarios[0].experiment.kpis));
  });

  it('requires exactly the keys json.ts writes, at every level', () => {
    const report = jsonReport(judged());
    const defs = schema.$defs;
    expect(schema.required).toEqual(Object.keys(report));
    expect(defs.scenario.required).toEqual(Object.keys(report.scenarios[1]!));
    expect(defs.step.required).toEqual(Object.keys(report.scenarios[1]!.steps[0]!));
    expect(defs.span.required).toEqual(Object.keys(report.spans![0]!));
    expect(defs.verdict.required).toEqual(Object.keys(report.fileVerdicts[0]!));
    expect(defs.leak.required).toEqual(Object.keys(report.scenarios[1]!.leaks[0]!));
    expect(defs.forgery.required).toEqual(Object.keys(report.forgeries[0]!));
    expect(defs.capturedText.required).toEqual(Object.keys(report.scenarios[1]!.steps[0]!.stderr));
    expect(schema.properties.counts.required).toEqual(Object.keys(report.counts));
    expect(schema.properties.digest.required).toEqual(Object.keys(report.digest));
  });

  const mutations: [string, (r: Json) => void][] = [
    ['a missing top-level key', (r) => delete r.digest],
    ['a missing key in a step (null, not absent, is required)', (r) => delete r.scenarios[0].steps[0].exitCode],
    ['a missing key in a span', (r) => delete r.spans[0].parentSpanId],
    ['a missing reason field', (r) => delete r.scenarios[1].reason.timeoutMs],
    ['a count of the wrong type', (r) => (r.counts.passed = '1')],
    ['a negative count', (r) => (r.counts.leaks = -1)],
    ['a non-integer seed', (r) => (r.seed = 4.2)],
    ['a verdict with a string for a boolean', (r) => (r.fileVerdicts[0].passed = 'true')],
    ['an unknown scenario outcome', (r) => (r.scenarios[0].outcome = 'passed')],
    ['skipped as a step outcome', (r) => (r.scenarios[0].steps[0].outcome = 'skipped')],
    ['an unknown reason type', (r) => (r.scenarios[1].reason = { type: 'segfault' })],
    ['an unknown verdict kind', (r) => (r.fileVerdicts[0].kind = 'latency')],
    ['an unknown span kind', (r) => (r.spans[0].kind = 'INTERNAL')],
    ['an invalid span id', (r) => (r.spans[1].parentSpanId = 'xyz')],
    ['an upper-case digest', (r) => (r.digest.value = r.digest.value.toUpperCase())],
    ['another digest algorithm', (r) => (r.digest.algorithm = 'sha1')],
    ['a time that is not a date-time', (r) => (r.startedAt = 'yesterday')],
    ['a nested attribute object', (r) => (r.spans[0].attributes.nested = { a: 1 })],
    ['a label that is not a string', (r) => (r.scenarios[1].leaks[0].labels.n = 1)],
    ['an extra top-level key', (r) => (r.extra = true)],
    ['an extra key in a span', (r) => (r.spans[0].duration = 5)],
    ['an extra key in an event', (r) => (r.spans[2].events[0].droppedAttributes = 0)],
    ['an extra key in a reason', (r) => (r.scenarios[2].reason.signal = 'SIGKILL')],
    ['an extra key in the counts', (r) => (r.counts.fileExpectations.skipped = 0)],
    ['another report version', (r) => (r.reportVersion = 2)],
    ['an unknown forgery reason', (r) => (r.forgeries[0].reason = 'spoofed')],
    ['a forgery without its service (null, not absent)', (r) => delete r.forgeries[1].service],
  ];
  it.each(mutations)('rejects %s', (_, mutate) => {
    const report = fresh();
    mutate(report);
    expect(JSON.stringify(report)).not.toBe(JSON.stringify(fresh()));
    expect(validate(report)).toBe(false);
  });

  // Reports left by earlier `clnrm run`s in this checkout (none in a fresh clone).
  const real = existsSync(REPORT_DIR) ? readdirSync(REPORT_DIR).filter((f) => f.endsWith('.report.json')).sort() : [];
  for (const file of real) {
    it(`accepts the real report .clnrm/reports/${file}`, () => {
      const report = JSON.parse(readFileSync(join(REPORT_DIR, file), 'utf8')) as Json;
      expect(validate(report), problems().slice(0, 20).join('\n')).toBe(true);
    });
  }
});
