/**
 * Spans the OTLP receiver dropped past its cap were never judged: a verdict that passed on the spans kept is
 * not verified (the dropped ones might have failed it) and is an error; a failed one stays failed.
 */
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../test/kit/index.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import { createRecorder } from '../telemetry/recorder.js';
import { fromReadableSpan, type SpanRecord } from '../telemetry/span-record.js';
import { judgeSuite, unverifiedPastCap } from './judge.js';
import type { Verdict } from './types.js';

const SUITE = `
[meta]
name = "cap"

[service.app]
image = "busybox"
args = ["sleep", "1"]

[[scenario]]
name = "s"
service = "app"
run = "true"

[[scenario.expect.span]]
name = "app.error"
count = { eq = 0 }

[[scenario.expect.span]]
name = "app.req"

[[expect.span]]
name = "app.req"
`;

/** A run of the suite above whose system under test sent one `app.req` through scenario s's channel. */
function runWithOneRequest(): { run: SuiteRun; sut: SpanRecord[] } {
  const suite = loadSuite(SUITE, { env: {} }, 'cap.clnrm.toml');
  const recorder = createRecorder({ seed: 1, traceKey: 'cap' });
  const runSpan = recorder.start('clnrm.run');
  const scenario = recorder.start('clnrm.scenario:s', runSpan, { key: 's' });
  const step = recorder.start('clnrm.step:s', scenario);
  step.end();
  scenario.end();
  runSpan.end();
  const stepRecord = fromReadableSpan(recorder.spans().find((sp) => sp.spanContext().spanId === step.spanId)!);
  const req: SpanRecord = {
    traceId: recorder.traceId, spanId: '1234123412341234', parentSpanId: step.spanId, name: 'app.req', kind: 'server', status: 'OK', attributes: {}, events: [],
    startMs: stepRecord.startMs, endMs: stepRecord.endMs, resource: { 'service.name': 'app' }, source: 'sut', origin: { scenario: 's', via: 'otlp' },
  };
  const ran: ScenarioResult = {
    name: 's', outcome: 'pass', message: 'passed', leaks: [], startedAt: Date.now(), durationMs: 1, artifacts: [],
    steps: [{ name: 's', outcome: 'pass', message: 'passed', attempts: 1, startedAt: 0, durationMs: 1, stdout: { text: '', truncatedBytes: 0, totalBytes: 0 }, stderr: { text: '', truncatedBytes: 0, totalBytes: 0 } }],
  };
  return { run: { suite, seed: 1, runId: 'r', traceId: recorder.traceId, scenarios: [ran], spans: recorder.spans(), startedAt: Date.now(), durationMs: 1, interrupted: false }, sut: [req] };
}

const verdict = (over: Partial<Verdict>): Verdict => ({ kind: 'span', keyPath: 'expect.span[0]', description: 'span `x`', passed: true, message: '1 matching span(s)', ...over });

describe('verdicts judged without the spans dropped past the receiver\'s cap', () => {
  it('a pass is an error that says why; a failure, a consistency check and a run that lost nothing stand', () => {
    expect(unverifiedPastCap(verdict({ vacuous: 'nothing in scope' }), 3)).toEqual(
      verdict({ passed: false, error: true, message: 'not verified: 3 span(s) of the system under test were dropped unjudged past the OTLP receiver\'s span cap ([otel] receiver_max_spans); judged on the spans kept: 1 matching span(s)' }),
    );
    const failed = verdict({ passed: false, message: 'no span named `x`' });
    expect(unverifiedPastCap(failed, 3)).toBe(failed);
    const consistency = verdict({ kind: 'consistency' });
    expect(unverifiedPastCap(consistency, 3)).toBe(consistency);
    const kept = verdict({});
    expect(unverifiedPastCap(kept, 0)).toBe(kept);
  });

  it('the same run passes when nothing was dropped, and is an error, scenario and file, when spans were', () => {
    const { run, sut } = runWithOneRequest();
    const whole = judgeSuite(run, sut, { receiverDropped: () => 0 });
    expect(whole.passed).toBe(true);
    expect(whole.scenarios[0]!.outcome).toBe('pass');

    const lost = judgeSuite(run, sut, { receiverDropped: (name) => (name === 's' ? 2 : 0) });
    expect(lost.passed).toBe(false);
    const s = lost.scenarios[0]!;
    expect(s.outcome).toBe('error');
    expect(s.verdicts.map((v) => [v.keyPath, v.passed, v.error])).toEqual([
      ['scenario[0].expect.span[0]', false, true],
      ['scenario[0].expect.span[1]', false, true],
    ]);
    expect(s.message).toContain('not verified: 2 span(s) of the system under test were dropped unjudged');
    expect(lost.fileVerdicts.map((v) => [v.keyPath, v.passed, v.error])).toEqual([['expect.span[0]', false, true]]);
  });
});
