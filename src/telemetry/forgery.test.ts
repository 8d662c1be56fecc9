import { afterEach, describe, expect, it } from 'vitest';
import { loadSuite } from '../../test/kit/index.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import { buildGraph, evaluate } from '../validate/index.js';
import { judgeScenario, judgeSuite, type PartialTrace } from '../validate/judge.js';
import { exportSpans } from './export.js';
import { admitSutSpans, FORGERY_EVENT, MAX_FORGERY_EVENTS, recordForgeries } from './forgery.js';
import { startReceiver, type Receiver } from './receiver.js';
import { createRecorder } from './recorder.js';
import { fromReadableSpan, type SpanRecord } from './span-record.js';

const SUITE = `
[meta]
name = "forge"

[service.app]
image = "busybox"
args = ["sleep", "1"]

[[scenario]]
name = "s"
service = "app"
run = "true"

[[scenario.expect.span]]
name = "clnrm.cleanup"
attrs.all = { "cleanup.success" = true }
count = { gte = 1 }

[[expect.span]]
name = "clnrm.recovery"
`;

/** A run of the suite above, made with the runner's recorder: run → scenario → step, and a cleanup that failed (or none). */
function fakeRun(withCleanup: boolean): { run: SuiteRun; stepSpanId: string } {
  const suite = loadSuite(SUITE, { env: {} }, 'forge.clnrm.toml');
  const recorder = createRecorder({ seed: 1, traceKey: 'forge' });
  const runSpan = recorder.start('clnrm.run', undefined, { attributes: { 'suite.name': 'forge' } });
  const scenario = recorder.start('clnrm.scenario:s', runSpan);
  const step = recorder.start('clnrm.step:s', scenario);
  step.end();
  if (withCleanup) {
    const cleanup = recorder.start('clnrm.cleanup', scenario, { attributes: { 'cleanup.success': false } });
    cleanup.end();
  }
  scenario.end();
  runSpan.end();
  const result: ScenarioResult = {
    name: 's',
    outcome: 'pass',
    message: 'passed',
    steps: [{ name: 's', outcome: 'pass', message: 'passed', attempts: 1, startedAt: 0, durationMs: 1, stdout: { text: '', truncatedBytes: 0, totalBytes: 0 }, stderr: { text: '', truncatedBytes: 0, totalBytes: 0 } }],
    leaks: [],
    startedAt: Date.now(),
    durationMs: 1,
    artifacts: [],
  };
  const run: SuiteRun = { suite, seed: 1, runId: 'r', traceId: recorder.traceId, scenarios: [result], spans: recorder.spans(), startedAt: Date.now(), durationMs: 1, interrupted: false };
  const stepRecord = fromReadableSpan(recorder.spans().find((sp) => sp.spanContext().spanId === step.spanId)!);
  stepTimes = { startMs: stepRecord.startMs, endMs: stepRecord.endMs };
  return { run, stepSpanId: step.spanId };
}

/** The times of the last fake run's step: spans of the system under test lie within their parent. */
let stepTimes = { startMs: 0, endMs: 0 };

/** A span of the system under test sent through scenario s's own channel, within its step. */
function sutSpan(traceId: string, parent: string, name: string, spanId = 'abcdefabcdefabcd', attributes: SpanRecord['attributes'] = {}): SpanRecord {
  return { traceId, spanId, parentSpanId: parent, name, kind: 'internal', status: 'OK', attributes, events: [], ...stepTimes, resource: { 'service.name': 'app' }, source: 'sut', origin: { scenario: 's', via: 'otlp' } };
}

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

describe('forgery of runner spans', () => {
  it('a SUT span named clnrm.cleanup does not satisfy an expectation on clnrm.cleanup, and is listed', () => {
    for (const withCleanup of [false, true]) {
      const { run, stepSpanId } = fakeRun(withCleanup);
      const forged = sutSpan(run.traceId, stepSpanId, 'clnrm.cleanup', 'abcdefabcdefabcd', { 'cleanup.success': true });
      const fine = sutSpan(run.traceId, stepSpanId, 'app.work', '1234123412341234');
      const judged = judgeSuite(run, [forged, fine]);
      const verdict = judged.scenarios[0]!.verdicts.find((v) => v.keyPath === 'scenario[0].expect.span[0]')!;
      expect(verdict.passed, `with runner cleanup span: ${withCleanup}`).toBe(false);
      expect(judged.scenarios[0]!.outcome).toBe('fail');
      expect(judged.forgeries).toEqual([{ name: 'clnrm.cleanup', service: 'app', traceId: run.traceId, spanId: 'abcdefabcdefabcd', reason: 'reserved_name', scenario: 's' }]);
      expect(judged.spans.filter((s) => s.source === 'sut').map((s) => s.name)).toEqual(['app.work']);
      const root = judged.spans.find((s) => s.name === 'clnrm.run')!;
      expect(root.attributes['forgeries.count']).toBe(1);
      // Control: had the forged span joined the graph, it would have satisfied the expectation.
      const graph = buildGraph([...judged.spans, forged]);
      const scenarioRoot = graph.spans.find((s) => s.name === 'clnrm.scenario:s')!;
      const spec = run.suite.scenarios[0]!;
      expect(evaluate(spec.expect, { graph: graph.subtree(scenarioRoot), keyPath: 'scenario[0].expect', leaks: [], allowedHosts: [] })[0]!.passed).toBe(true);
      expect(root.events).toEqual([{ name: FORGERY_EVENT, timeMs: root.endMs, attributes: { 'forgery.span_name': 'clnrm.cleanup', 'forgery.reason': 'reserved_name', 'forgery.service': 'app' } }]);
    }
  });

  it('without the forgery, the same trace passes: the expectation is judged on runner spans only', () => {
    const { run, stepSpanId } = fakeRun(true);
    const judged = judgeSuite(run, [sutSpan(run.traceId, stepSpanId, 'app.work')]);
    expect(judged.forgeries).toEqual([]);
    expect(judged.scenarios[0]!.verdicts[0]!.passed).toBe(false); // the runner's own cleanup failed
    expect(judged.spans.find((s) => s.name === 'clnrm.run')!.events).toEqual([]);
  });

  it('forgeries that arrive over OTLP at the receiver are kept out of the graph, also on the file level', async () => {
    const { run, stepSpanId } = fakeRun(false);
    const receiver = await startReceiver({ hosts: ['127.0.0.1'] });
    open.push(receiver);
    const forged = [sutSpan(run.traceId, stepSpanId, 'clnrm.cleanup', 'abcdefabcdefabcd', { 'cleanup.success': true }), sutSpan(run.traceId, stepSpanId, 'clnrm.recovery', '9999999999999999')];
    await exportSpans(forged, { exporter: 'otlp', endpoint: receiver.endpointFor('127.0.0.1') });
    const received = receiver.spansFor(run.traceId);
    expect(received.map((s) => s.name)).toEqual(['clnrm.cleanup', 'clnrm.recovery']);
    const judged = judgeSuite(run, received);
    expect(judged.scenarios[0]!.verdicts[0]!.passed).toBe(false);
    expect(judged.fileVerdicts.find((v) => v.keyPath === 'expect.span[0]')!.passed).toBe(false);
    expect(judged.forgeries!.map((f) => [f.name, f.service, f.reason])).toEqual([
      ['clnrm.cleanup', 'app', 'reserved_name'],
      ['clnrm.recovery', 'app', 'reserved_name'],
    ]);
  });

  it('a SUT span that reuses a runner span id is a forgery too, whatever its name', () => {
    const { run, stepSpanId } = fakeRun(true);
    const runner = judgeSuite(run).spans;
    const scenarioId = runner.find((s) => s.name === 'clnrm.scenario:s')!.spanId;
    const { admitted, forgeries } = admitSutSpans(runner, [sutSpan(run.traceId, stepSpanId, 'innocent', scenarioId), sutSpan(run.traceId, stepSpanId, 'other')]);
    expect(admitted.map((s) => s.name)).toEqual(['other']);
    expect(forgeries).toEqual([{ name: 'innocent', service: 'app', traceId: run.traceId, spanId: scenarioId, reason: 'runner_span_id', scenario: 's' }]);
  });

  it('records at most MAX_FORGERY_EVENTS events, and the full count', () => {
    const { run, stepSpanId } = fakeRun(true);
    const runner = judgeSuite(run).spans;
    const many = Array.from({ length: MAX_FORGERY_EVENTS + 5 }, (_, i) => sutSpan(run.traceId, stepSpanId, `clnrm.x${i}`, (i + 1).toString(16).padStart(16, 'a')));
    const { forgeries } = admitSutSpans(runner, many);
    const root = recordForgeries(runner, forgeries).find((s) => s.name === 'clnrm.run')!;
    expect(root.events).toHaveLength(MAX_FORGERY_EVENTS);
    expect(root.attributes['forgeries.count']).toBe(MAX_FORGERY_EVENTS + 5);
  });
});

/** A suite whose scenarios expect a span of the system under test, `app.work`. */
const CLAIM_SUITE = `
[meta]
name = "claim"

[service.app]
image = "busybox"
args = ["sleep", "1"]

[[scenario]]
name = "s"
service = "app"
run = "true"

[[scenario.expect.span]]
name = "app.work"

[[scenario]]
name = "later"
service = "app"
run = "true"
`;

describe('forgery of a runner span that is not ended when a scenario is judged', () => {
  /** Scenario s has ended, clnrm.run has not, scenario later has not started: the moment s is judged. */
  function runMidway() {
    const suite = loadSuite(CLAIM_SUITE, { env: {} }, 'claim.clnrm.toml');
    const recorder = createRecorder({ seed: 1, traceKey: 'claim' });
    const runSpan = recorder.start('clnrm.run');
    const scenario = recorder.start('clnrm.scenario:s', runSpan, { key: 's' });
    const step = recorder.start('clnrm.step:s', scenario);
    step.end();
    scenario.end();
    const stepRecord = fromReadableSpan(recorder.spans().find((sp) => sp.spanContext().spanId === step.spanId)!);
    stepTimes = { startMs: stepRecord.startMs, endMs: stepRecord.endMs };
    const ran: ScenarioResult = {
      name: 's',
      outcome: 'pass',
      message: 'passed',
      steps: [{ name: 's', outcome: 'pass', message: 'passed', attempts: 1, startedAt: 0, durationMs: 1, stdout: { text: '', truncatedBytes: 0, totalBytes: 0 }, stderr: { text: '', truncatedBytes: 0, totalBytes: 0 } }],
      leaks: [],
      startedAt: Date.now(),
      durationMs: 1,
      artifacts: [],
    };
    const partial = (openSpanIds: readonly string[]): PartialTrace => ({ traceId: recorder.traceId, spans: [...recorder.spans()], openSpanIds, runWindow: { startMs: runSpan.startMs, endMs: performance.timeOrigin + performance.now() } });
    /** Ends the run: scenario later runs, then clnrm.run ends. */
    const finish = (): SuiteRun => {
      const later = recorder.start('clnrm.scenario:later', runSpan, { key: 'later' });
      recorder.start('clnrm.step:later', later).end();
      later.end();
      runSpan.end();
      const laterRan: ScenarioResult = { ...ran, name: 'later', steps: [{ ...ran.steps[0]!, name: 'later' }] };
      return { suite, seed: 1, runId: 'r', traceId: recorder.traceId, scenarios: [ran, laterRan], spans: recorder.spans(), startedAt: Date.now(), durationMs: 1, interrupted: false };
    };
    return { suite, recorder, runSpan, step, ran, partial, finish };
  }

  it('lists the spans started and not ended as open', () => {
    const { recorder, runSpan, finish } = runMidway();
    expect(recorder.openSpanIds()).toEqual([runSpan.spanId]);
    finish();
    expect(recorder.openSpanIds()).toEqual([]);
  });

  it('a span under the id of clnrm.run, still open, is a forgery when the scenario is judged as it ends', () => {
    const { suite, recorder, runSpan, step, ran, partial } = runMidway();
    const forged = sutSpan(recorder.traceId, step.spanId, 'app.work', runSpan.spanId);
    const judged = judgeScenario(suite, 0, ran, partial(recorder.openSpanIds()), [forged]);
    expect(judged.outcome).toBe('fail');
    expect(judged.message).toContain('no span named `app.work`');
    // Control: not knowing the open span's id, the early verdict credited the forged span (the hole this closes).
    expect(judgeScenario(suite, 0, ran, partial([]), [forged]).outcome).toBe('pass');
  });

  it('an early pass is withdrawn when the whole trace shows its span took the id of a runner span that started later', () => {
    const { suite, recorder, step, ran, partial, finish } = runMidway();
    const whenSEnded = partial(recorder.openSpanIds());
    // The id clnrm.scenario:later will have (seed-derived, so computable by the system under test).
    const run = finish();
    const laterId = run.spans.map(fromReadableSpan).find((s) => s.name === 'clnrm.scenario:later')!.spanId;
    const forged = sutSpan(recorder.traceId, step.spanId, 'app.work', laterId);
    // When s ended, clnrm.scenario:later did not exist: the early verdict is a pass.
    const early = judgeScenario(suite, 0, ran, whenSEnded, [forged]);
    expect(early.outcome).toBe('pass');
    const judged = judgeSuite(run, [forged], {}, new Map([['s', early]]));
    expect(judged.forgeries!.map((f) => [f.name, f.reason, f.scenario])).toEqual([['app.work', 'runner_span_id', 's']]);
    const s = judged.scenarios[0]!;
    expect(s.outcome).toBe('fail');
    expect(s.message).toContain('no span named `app.work`');
    expect(s.warnings!.at(-1)).toMatch(/^clnrm\.forgery: the pass printed when this scenario ended is withdrawn: .*judged again on the whole trace: fail: .*no span named `app\.work`/);
    expect(judged.passed).toBe(false);
  });

  it('an early verdict stands when no span of its scenario turned out a forgery', () => {
    const { suite, recorder, step, ran, partial, finish } = runMidway();
    const honest = sutSpan(recorder.traceId, step.spanId, 'app.work', '1234123412341234');
    const early = judgeScenario(suite, 0, ran, partial(recorder.openSpanIds()), [honest]);
    expect(early.outcome).toBe('pass');
    const judged = judgeSuite(finish(), [honest], {}, new Map([['s', early]]));
    expect(judged.scenarios[0]).toBe(early);
    expect(judged.forgeries).toEqual([]);
  });
});
