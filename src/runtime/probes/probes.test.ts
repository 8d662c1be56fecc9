/**
 * The probe kinds describe themselves (the schema's probe block is generated
 * from them), decode their parameters, and the steady-state runner samples
 * them before, during and after the faults, recording every sample.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../../load/format-doc.js';
import { loadSuiteSource, type SteadyStateSpec } from '../../load/index.js';
import { createRecorder } from '../../telemetry/recorder.js';
import { fromReadableSpan } from '../../telemetry/span-record.js';
import type { Engine, ExecOutput, ExecSpec } from '../engine.js';
import { PROBE_KINDS, withProbeKinds, type ReceivedSpan } from './index.js';
import type { SpanRecord } from '../../telemetry/span-record.js';
import { createSteadyState } from './steady-state.js';
import { EXEC_MARK_ENV, runnerExecEnv } from '../session.js';

const committed = readFileSync(new URL('../../../schemas/clnrm.schema.json', import.meta.url), 'utf8');

const suite = (probes: string, extra = '') => `[meta]
name = "exp"

[service.api]
image = "clnrm-fixture/busybox:latest"

[[scenario]]
name = "s"
run = "true"
${extra}
[scenario.steady_state]
recover_within_ms = 2000
${probes}
`;

describe('probe kinds', () => {
  it('generate the probe block of the committed schema', () => {
    expect(committed, 'generated from the probe kinds: run `npm run docs`').toBe(schemaText(withProbeKinds(JSON.parse(committed))));
    const probe = JSON.parse(committed).$defs.probe;
    expect(probe.properties.type.enum).toEqual(['exec', 'tcp', 'http', 'span']);
    expect(probe.allOf.filter((b: any) => b.then.required).map((b: any) => [b.if.properties.type.const, b.then.required])).toEqual([
      ['exec', ['service', 'command']],
      ['tcp', ['service', 'port']],
      ['http', ['service', 'port']],
      ['span', ['span_name', 'window_ms']],
    ]);
  });

  it('decode their parameters, with defaults', () => {
    expect(PROBE_KINDS.exec!.decode({ service: 'api', command: 'test -f /ready', output_regex: 'ok' })).toEqual({ service: 'api', argv: ['sh', '-c', 'test -f /ready'], outputRegex: /ok/ });
    expect(PROBE_KINDS.exec!.decode({ service: 'api', command: ['cat', '/ready'] })).toEqual({ service: 'api', argv: ['cat', '/ready'] });
    expect(PROBE_KINDS.tcp!.decode({ service: 'db', port: 5432 })).toEqual({ service: 'db', port: 5432 });
    expect(PROBE_KINDS.http!.decode({ service: 'api', port: 8080 })).toEqual({ service: 'api', port: 8080, path: '/', status: 200 });
    expect(PROBE_KINDS.http!.decode({ service: 'api', port: 8080, path: '/health', status: 204 })).toEqual({ service: 'api', port: 8080, path: '/health', status: 204 });
    expect(PROBE_KINDS.span!.decode({ span_name: 'sut.call', window_ms: 2000 })).toEqual({ spanName: 'sut.call', windowMs: 2000, maxErrorPct: 0, minSpans: 1 });
    expect(PROBE_KINDS.span!.decode({ span_name: 'sut.*', window_ms: 500, max_error_pct: 5, min_spans: 3 })).toEqual({ spanName: 'sut.*', windowMs: 500, maxErrorPct: 5, minSpans: 3 });
  });

  it('load into the scenario: envelope with defaults, the kind parameters apart', () => {
    const r = loadSuiteSource('exp.clnrm.toml', suite('[[scenario.steady_state.probe]]\nname = "up"\ntype = "http"\nservice = "api"\nport = 8080\ntolerance = { failures = 2 }\n'), { env: {} });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.suite.scenarios[0]!.steadyState).toEqual({
      recoverWithinMs: 2000,
      probes: [{ name: 'up', type: 'http', keyPath: 'scenario[0].steady_state.probe[0]', intervalMs: 500, timeoutMs: 1000, toleratedFailures: 2, params: { service: 'api', port: 8080 } }],
    });
  });

  it('are checked when loading: a missing parameter, an unknown key, an unknown service, a duplicate name', () => {
    const issues = (probes: string) => {
      const r = loadSuiteSource('exp.clnrm.toml', suite(probes), { env: {} });
      return r.ok ? [] : r.issues.map((i) => `${i.keyPath}: ${i.message}`);
    };
    expect(issues('[[scenario.steady_state.probe]]\nname = "up"\ntype = "tcp"\nservice = "api"\n')).toEqual(['scenario[0].steady_state.probe[0]: missing required key `port`']);
    expect(issues('[[scenario.steady_state.probe]]\nname = "up"\ntype = "tcp"\nservice = "api"\nport = 1\npath = "/"\n')).toEqual(['scenario[0].steady_state.probe[0].path: unknown key `path`']);
    expect(issues('[[scenario.steady_state.probe]]\nname = "up"\ntype = "tcp"\nservice = "apx"\nport = 1\n')).toEqual(['scenario[0].steady_state.probe[0].service: unknown service `apx`']);
    expect(issues('[[scenario.steady_state.probe]]\nname = "up"\ntype = "span"\nspan_name = "sut.call"\nwindow_ms = 1000\n[otel]\nreceiver = false\n')).toEqual([
      'scenario[0].steady_state.probe[0].type: a `span` probe reads the spans the OTLP receiver collects, and `[otel] receiver = false` turns it off',
    ]);
    expect(issues('[[scenario.steady_state.probe]]\nname = "up"\ntype = "exec"\nservice = "api"\ncommand = "true"\n[[scenario.steady_state.probe]]\nname = "up"\ntype = "exec"\nservice = "api"\ncommand = "true"\n')).toEqual([
      'scenario[0].steady_state.probe[1].name: duplicate probe name `up`',
    ]);
  });
});

/** Every exec the stub engine was asked for. */
const execs: ExecSpec[] = [];

/** An engine whose execs exit 0 while `healthy()` holds, 1 otherwise (exec probes only). */
function stubEngine(healthy: () => boolean): Engine {
  return {
    async exec(_id: string, spec: ExecSpec, output: ExecOutput) {
      execs.push(spec);
      const ok = healthy();
      output.onStdout(Buffer.from(ok ? 'ready\n' : 'down\n'));
      return { id: 'x', done: Promise.resolve({ exitCode: ok ? 0 : 1 }) };
    },
  } as unknown as Engine;
}

function steadyState(healthy: () => boolean, spec: Partial<SteadyStateSpec> = {}, tolerated = 0) {
  const recorder = createRecorder({ seed: 1, traceKey: 'exp' });
  const scenarioSpan = recorder.start('clnrm.scenario:s');
  const s = createSteadyState({
    engine: stubEngine(healthy),
    recorder,
    scenarioSpan,
    spec: {
      recoverWithinMs: 300,
      probes: [{ name: 'ready', type: 'exec', keyPath: 'p', intervalMs: 20, timeoutMs: 200, toleratedFailures: tolerated, params: { service: 'api', command: 'test -f /ready', output_regex: 'ready' } }],
      ...spec,
    },
    containers: new Map([['api', 'c1']]),
    prober: () => Promise.reject(new Error('not used')),
    signal: new AbortController().signal,
  });
  return { s, spans: () => recorder.spans().map(fromReadableSpan).filter((x) => x.name === 'clnrm.probe') };
}

describe('the steady state', () => {
  it('before the faults: healthy at once passes with one sample', async () => {
    const { s, spans } = steadyState(() => true);
    expect(await s.checkBefore()).toBeUndefined();
    expect(s.samples().map((x) => [x.phase, x.ok])).toEqual([['before', true]]);
    expect(spans()[0]!.attributes).toMatchObject({ 'probe.name': 'ready', 'probe.type': 'exec', 'probe.phase': 'before', 'probe.outcome': 'healthy', 'probe.detail': 'exit code 0' });
    expect(spans()[0]!.status).toBe('UNSET');
    // Marked as the runner's own exec, so a step's process-leak check never takes it for the step's.
    expect(execs.at(-1)).toEqual({ cmd: ['sh', '-c', 'test -f /ready'], env: { ...runnerExecEnv(), [EXEC_MARK_ENV]: expect.stringMatching(/^[0-9a-f]{16}$/) } });
  });

  it('before the faults: not healthy within tolerance + 1 samples fails with the evidence', async () => {
    const { s } = steadyState(() => false, {}, 2);
    expect(await s.checkBefore()).toEqual({ probe: 'ready', message: 'steady state not met before any fault: probe ready failed 3 sample(s) in a row: exit code 1' });
    expect(s.samples()).toHaveLength(3);
  });

  it('samples while the faults run, and after them until healthy', async () => {
    let up = true;
    const { s } = steadyState(() => up);
    expect(await s.checkBefore()).toBeUndefined();
    s.startSampling();
    await new Promise((r) => setTimeout(r, 60));
    up = false;
    await new Promise((r) => setTimeout(r, 60));
    setTimeout(() => (up = true), 60);
    expect(await s.checkAfter(Date.now())).toBeUndefined();
    const phases = s.samples().map((x) => x.phase);
    expect(phases[0]).toBe('before');
    expect(phases).toContain('during');
    expect(s.samples().some((x) => x.phase === 'during' && !x.ok)).toBe(true);
    expect(s.samples().at(-1)).toMatchObject({ phase: 'after', ok: true });
  });

  it('stop() ends the sampling without a recovery check: no sample afterwards', async () => {
    const { s } = steadyState(() => true);
    expect(await s.checkBefore()).toBeUndefined();
    s.startSampling();
    await new Promise((r) => setTimeout(r, 60));
    await s.stop();
    const taken = s.samples().length;
    await new Promise((r) => setTimeout(r, 60));
    expect(s.samples()).toHaveLength(taken);
    expect(s.samples().some((x) => x.phase === 'after')).toBe(false);
  });

  it('after the faults: not healthy within recover_within_ms fails with the last sample', async () => {
    let up = true;
    const { s } = steadyState(() => up);
    expect(await s.checkBefore()).toBeUndefined();
    s.startSampling();
    up = false;
    const started = Date.now();
    expect(await s.checkAfter(Date.now())).toEqual({ probe: 'ready', message: 'steady state not restored within recover_within_ms = 300 after the faults were reverted: probe ready: exit code 1' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('the span probe', () => {
  let id = 0;
  const sut = (name: string, status: 'OK' | 'ERROR'): SpanRecord => ({
    traceId: 'a'.repeat(32),
    spanId: (++id).toString(16).padStart(16, '0'),
    name,
    kind: 'client',
    status,
    attributes: {},
    events: [],
    startMs: 0,
    endMs: 1,
    resource: {},
    source: 'sut',
  });
  const probe = PROBE_KINDS.span!;
  const sample = (received: ReceivedSpan[], params: Record<string, unknown>) =>
    probe.sample({ engine: {} as Engine, containers: new Map(), prober: () => Promise.reject(new Error('not used')), timeoutMs: 100, received: () => received }, probe.decode(params));

  it('is healthy while the error share of the window stays within max_error_pct', async () => {
    const now = Date.now();
    const window = [sut('sut.call', 'OK'), sut('sut.call', 'OK'), sut('sut.call', 'OK'), sut('sut.call', 'ERROR'), sut('sut.handle', 'ERROR')].map((span) => ({ span, receivedAtMs: now }));
    expect(await sample(window, { span_name: 'sut.call', window_ms: 1000, max_error_pct: 25 })).toEqual({ ok: true, detail: '1 of 4 spans named `sut.call` in the last 1000 ms are ERROR (25 %)' });
    expect(await sample(window, { span_name: 'sut.call', window_ms: 1000, max_error_pct: 10 })).toEqual({ ok: false, detail: '1 of 4 spans named `sut.call` in the last 1000 ms are ERROR (25 %), above max_error_pct = 10' });
    expect(await sample(window, { span_name: 'sut.*', window_ms: 1000, max_error_pct: 40 })).toMatchObject({ ok: true, detail: '2 of 5 spans named `sut.*` in the last 1000 ms are ERROR (40 %)' });
  });

  it('only counts spans received within the window, and too few spans are not healthy', async () => {
    const now = Date.now();
    const old = [sut('sut.call', 'ERROR'), sut('sut.call', 'ERROR')].map((span) => ({ span, receivedAtMs: now - 5000 }));
    const fresh = [{ span: sut('sut.call', 'OK'), receivedAtMs: now }];
    expect(await sample([...old, ...fresh], { span_name: 'sut.call', window_ms: 1000 })).toMatchObject({ ok: true });
    expect(await sample([...old, ...fresh], { span_name: 'sut.call', window_ms: 1000, min_spans: 2 })).toEqual({ ok: false, detail: '1 spans named `sut.call` in the last 1000 ms, fewer than min_spans = 2' });
    expect(await sample(old, { span_name: 'sut.call', window_ms: 1000 })).toMatchObject({ ok: false });
  });

  it('the steady-state runner hands it the spans of the scenario, timed when it first saw them', async () => {
    const spans: SpanRecord[] = [sut('sut.call', 'OK')];
    const recorder = createRecorder({ seed: 1, traceKey: 'exp' });
    const s = createSteadyState({
      engine: {} as Engine,
      recorder,
      scenarioSpan: recorder.start('clnrm.scenario:s'),
      spec: { recoverWithinMs: 300, probes: [{ name: 'calls', type: 'span', keyPath: 'p', intervalMs: 20, timeoutMs: 100, toleratedFailures: 0, params: { span_name: 'sut.call', window_ms: 60 } }] },
      containers: new Map(),
      prober: () => Promise.reject(new Error('not used')),
      sutSpans: () => spans,
      signal: new AbortController().signal,
    });
    expect(await s.checkBefore()).toBeUndefined();
    await new Promise((r) => setTimeout(r, 80));
    // The span seen first 80 ms ago has left the 60 ms window; a new failed call is all there is, then nothing.
    spans.push(sut('sut.call', 'ERROR'));
    expect(await s.checkAfter(Date.now())).toMatchObject({ probe: 'calls' });
    const after = s.samples().filter((x) => x.phase === 'after');
    expect(after[0]).toMatchObject({ ok: false, detail: '1 of 1 spans named `sut.call` in the last 60 ms are ERROR (100 %), above max_error_pct = 0' });
    expect(after.at(-1)).toMatchObject({ ok: false, detail: '0 spans named `sut.call` in the last 60 ms, fewer than min_spans = 1' });
  });
});


describe('exec probe timing', () => {
  /** An engine whose exec starts its process `startMs` after the call, and exits 0 `runMs` later. */
  const slowStart = (startMs: number, runMs: number) =>
    ({
      async exec() {
        const started = new Promise<void>((r) => setTimeout(r, startMs));
        return { id: 'x', started, done: started.then(() => new Promise<{ exitCode: number }>((r) => setTimeout(() => r({ exitCode: 0 }), runMs))) };
      },
    }) as unknown as Engine;
  const probe = PROBE_KINDS.exec!;
  const sample = (engine: Engine) =>
    probe.sample({ engine, containers: new Map([['api', 'c1']]), prober: () => Promise.reject(new Error('not used')), timeoutMs: 100, received: () => [] }, probe.decode({ service: 'api', command: 'true' }));

  it('counts the timeout from the moment the command runs, not from the call that creates the exec', async () => {
    expect(await sample(slowStart(200, 10))).toEqual({ ok: true, detail: 'exit code 0' });
  });

  /** The engine, with every exec it is asked for recorded in `asked`. */
  const recording = (engine: Engine) => {
    const asked: ExecSpec[] = [];
    const exec = engine.exec.bind(engine);
    engine.exec = async (id: string, spec: ExecSpec, output: ExecOutput) => (asked.push(spec), exec(id, spec, output));
    return { engine, asked };
  };

  it('a command that runs longer than the timeout fails, and what it runs is killed by its mark', async () => {
    const { engine, asked } = recording(slowStart(0, 300));
    expect(await sample(engine)).toEqual({ ok: false, detail: 'no exit within 100 ms' });
    const mark = asked[0]!.env![EXEC_MARK_ENV];
    expect(asked[1]!.cmd.slice(3)).toEqual(['clnrm-kill-marked', `${EXEC_MARK_ENV}=${mark}`]);
    // Each sample has its own mark: a kill never reaches another sample's command.
    await sample(engine);
    expect(asked[2]!.env![EXEC_MARK_ENV]).not.toBe(mark);
  });

  it('a sample that exits in time kills nothing', async () => {
    const { engine, asked } = recording(slowStart(0, 10));
    expect(await sample(engine)).toEqual({ ok: true, detail: 'exit code 0' });
    expect(asked).toHaveLength(1);
  });
});
