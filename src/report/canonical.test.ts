import { describe, expect, it } from 'vitest';
import type { Suite } from '../load/index.js';
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import { applyFrozenClock, canonicalJson, canonicalTrace, clockShiftMs, isVolatileKey, traceDigest } from './canonical.js';

interface Variant {
  /** Changes every span id and the trace id. */
  idSalt?: string;
  /** Epoch ms of the run's start. */
  t0?: number;
  /** Run id: ends up in container and network names. */
  runId?: string;
  /** Reverses the order in which spans (and cleanup events) are listed: completion order. */
  reverse?: boolean;
}

type Ev = [name: string, attributes?: Record<string, AttrValue>];

/** A realistic trace of two scenarios: services, steps (one with a retry), a system-under-test span, cleanups. */
function trace(v: Variant = {}): SpanRecord[] {
  const salt = v.idSalt ?? 'a';
  const t0 = v.t0 ?? 1_700_000_000_000;
  const run = v.runId ?? 'r1x9';
  const traceId = `${salt}`.padEnd(32, '0');
  let n = 0;
  const spans: SpanRecord[] = [];
  const span = (name: string, parent: SpanRecord | undefined, attributes: Record<string, AttrValue>, o: { start: number; end: number; status?: SpanRecord['status']; msg?: string; events?: Ev[]; kind?: SpanRecord['kind']; sut?: boolean }) => {
    const s: SpanRecord = {
      traceId,
      spanId: `${salt}${(n++).toString(16)}`.padStart(16, '0'),
      name,
      kind: o.kind ?? 'internal',
      status: o.status ?? 'UNSET',
      attributes,
      events: (o.events ?? []).map(([en, ea], i) => ({ name: en, timeMs: t0 + o.start + i, attributes: ea ?? {} })),
      startMs: t0 + o.start,
      endMs: t0 + o.end,
      resource: { 'service.name': o.sut ? 'api' : 'clnrm', 'host.name': `host-${salt}` },
      source: o.sut ? 'sut' : 'runner',
    };
    if (parent) s.parentSpanId = parent.spanId;
    if (o.msg) s.statusMessage = o.msg;
    spans.push(s);
    return s;
  };
  const rootSpan = span('clnrm.run', undefined, { 'suite.name': 'shop', 'suite.file': 'shop.clnrm.toml', 'run.seed': 42, 'scenarios.count': 2, 'run.id': run, result: 'fail' }, { start: 0, end: 900, status: 'ERROR', msg: 'at least one scenario did not pass' });
  const happy = span('clnrm.scenario:happy', rootSpan, { 'scenario.name': 'happy', 'scenario.expect_failure': false, result: 'pass' }, { start: 1, end: 500, status: 'OK' });
  span('clnrm.service.start', happy, { 'service.name': 'api', 'service.image': 'alpine:3.20', 'container.name': `clnrm-${run}-0-api`, 'container.id': `${salt}f00d`, 'ready.ms': v.t0 ? 211 : 123 }, { start: 2, end: 50 });
  span('clnrm.service.start', happy, { 'service.name': 'db', 'service.image': 'postgres:16', 'container.name': `clnrm-${run}-0-db`, 'ready.ms': v.t0 ? 400 : 333 }, { start: 2, end: 80 });
  const step = span('clnrm.step:curl', happy, { 'step.name': 'curl', 'step.command': 'curl -fsS api:8080/health', 'step.service': 'api', 'retry.attempts': 2, 'processes.leaked': 0, result: 'pass', 'exit.code': 0 }, { start: 90, end: 300, status: 'OK', events: [['retry', { 'retry.attempt': 2, 'retry.backoff_ms': 150, 'retry.previous_error': 'exit_code' }]] });
  span('GET /health', step, { 'http.request.method': 'GET', 'http.response.status_code': 200, 'server.address': '172.18.0.3', 'server.port': 8080, 'client.address': '172.18.0.4', 'client.port': v.t0 ? 51234 : 40000, 'process.pid': v.t0 ? 77 : 12 }, { start: 250, end: 260, kind: 'server', status: 'UNSET', sut: true });
  const cleanup = span('clnrm.cleanup', happy, { 'cleanup.triggered': 'scenario_end', 'cleanup.success': true, 'containers.removed': 2, 'cleanup.verified': true, 'leaks.count': 0 }, {
    start: 310, end: 480, status: 'OK',
    events: [
      ['container.stop', { 'container.name': `clnrm-${run}-0-api` }],
      ['container.stop', { 'container.name': `clnrm-${run}-0-db` }],
      ['container.remove', { 'container.name': `clnrm-${run}-0-db` }],
      ['container.remove', { 'container.name': `clnrm-${run}-0-api` }],
      ['network.remove', { 'network.name': `clnrm-${run}-0` }],
      ['cleanup.complete'],
    ],
  });
  span('clnrm.cleanup.concurrent', cleanup, { 'containers.cleaned': 2, 'cleanup.parallel': true }, { start: 311, end: 400 });
  const broken = span('clnrm.scenario:broken', rootSpan, { 'scenario.name': 'broken', 'scenario.expect_failure': false, result: 'fail', 'error.type': 'exit_code' }, { start: 1, end: 800, status: 'ERROR', msg: `step boom: exit code 1, expected 0 (container ${salt}beef)` });
  span('clnrm.step:boom', broken, { 'step.name': 'boom', 'step.command': 'false', 'step.image': 'alpine:3.20', 'retry.attempts': 1, 'processes.leaked': 0, result: 'error', 'exit.code': 1, 'error.type': 'exit_code' }, { start: 5, end: 600, status: 'ERROR', msg: 'exit code 1, expected 0' });
  span('clnrm.cleanup', broken, { 'cleanup.triggered': 'failure', 'cleanup.success': true, 'containers.removed': 1 }, { start: 610, end: 790, status: 'OK', events: [['container.stop', { 'container.name': `clnrm-${run}-1-step0` }], ['container.remove', { 'container.name': `clnrm-${run}-1-step0` }], ['cleanup.complete']] });
  if (v.reverse) {
    spans.reverse();
    for (const s of spans) (s as { events: SpanRecord['events'] }).events = [...s.events].reverse();
  }
  return spans;
}

const digest = (spans: SpanRecord[], exclude: readonly string[] = []) => traceDigest(spans, exclude);
const edit = (spans: SpanRecord[], name: string, f: (s: SpanRecord) => SpanRecord) => spans.map((s) => (s.name === name ? f(s) : s));

describe('canonical trace digest', () => {
  const base = digest(trace());

  it('is a lower-case hex SHA-256', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on completion order, ids, timestamps, container names, ports, pids or measured readiness', () => {
    expect(digest(trace({ reverse: true }))).toBe(base);
    expect(digest(trace({ idSalt: 'b' }))).toBe(base);
    expect(digest(trace({ t0: 1_800_000_000_123 }))).toBe(base);
    expect(digest(trace({ runId: 'zz77' }))).toBe(base);
    expect(digest(trace({ idSalt: 'c', t0: 5, runId: 'q', reverse: true }))).toBe(base);
  });

  it('ignores status messages but not status codes', () => {
    expect(digest(edit(trace(), 'clnrm.step:boom', (s) => ({ ...s, statusMessage: 'something else' })))).toBe(base);
    expect(digest(edit(trace(), 'clnrm.step:boom', (s) => ({ ...s, status: 'OK' })))).not.toBe(base);
  });

  it('changes when a span name, status, kind, attribute value, event or the structure changes', () => {
    expect(digest(edit(trace(), 'clnrm.step:curl', (s) => ({ ...s, name: 'clnrm.step:wget' })))).not.toBe(base);
    expect(digest(edit(trace(), 'GET /health', (s) => ({ ...s, status: 'ERROR' })))).not.toBe(base);
    expect(digest(edit(trace(), 'GET /health', (s) => ({ ...s, kind: 'client' })))).not.toBe(base);
    expect(digest(edit(trace(), 'GET /health', (s) => ({ ...s, attributes: { ...s.attributes, 'http.response.status_code': 500 } })))).not.toBe(base);
    expect(digest(edit(trace(), 'clnrm.step:curl', (s) => ({ ...s, events: [] })))).not.toBe(base);
    expect(digest(edit(trace(), 'clnrm.step:curl', (s) => ({ ...s, attributes: { ...s.attributes, 'retry.attempts': 3 } })))).not.toBe(base);
    // The same span under another parent.
    const spans = trace();
    const happy = spans.find((s) => s.name === 'clnrm.scenario:happy')!;
    expect(digest(edit(spans, 'GET /health', (s) => ({ ...s, parentSpanId: happy.spanId })))).not.toBe(base);
    // A span less.
    expect(digest(trace().filter((s) => s.name !== 'clnrm.cleanup.concurrent'))).not.toBe(base);
  });

  it('keeps seeded values such as retry.backoff_ms', () => {
    const changed = edit(trace(), 'clnrm.step:curl', (s) => ({ ...s, events: s.events.map((e) => ({ ...e, attributes: { ...e.attributes, 'retry.backoff_ms': 151 } })) }));
    expect(digest(changed)).not.toBe(base);
  });

  it('leaves out the keys of [determinism] digest_exclude, exact or with *', () => {
    const changed = edit(trace(), 'GET /health', (s) => ({ ...s, attributes: { ...s.attributes, 'app.request_token': 'xyz', 'app.session.nonce': 'n1' } }));
    const other = edit(trace(), 'GET /health', (s) => ({ ...s, attributes: { ...s.attributes, 'app.request_token': 'abc', 'app.session.nonce': 'n2' } }));
    expect(digest(changed)).not.toBe(digest(other));
    expect(digest(changed, ['app.request_token', 'app.session.*'])).toBe(digest(other, ['app.request_token', 'app.session.*']));
    expect(digest(changed, ['app.request_token', 'app.session.*'])).toBe(digest(trace(), ['app.request_token', 'app.session.*']));
  });

  it('treats a span whose parent is missing as a root, and survives a parent cycle', () => {
    const spans = trace();
    const orphan = { ...spans.find((s) => s.name === 'GET /health')!, parentSpanId: 'ffffffffffffffff' };
    const roots = canonicalTrace([...spans.filter((s) => s.name !== 'GET /health'), orphan], []);
    expect(roots.map((r) => r.name)).toEqual(['GET /health', 'clnrm.run']);
    const a = { ...spans[1]!, parentSpanId: spans[2]!.spanId };
    const b = { ...spans[2]!, parentSpanId: spans[1]!.spanId };
    expect(canonicalTrace([a, b], []).length).toBe(1);
  });
});

describe('canonical form', () => {
  it('removes volatile keys and orders children and events by name', () => {
    const [root] = canonicalTrace(trace({ reverse: true }), []);
    const happy = root!.children.find((c) => c.name === 'clnrm.scenario:happy')!;
    expect(root!.children.map((c) => c.name)).toEqual(['clnrm.scenario:broken', 'clnrm.scenario:happy']);
    expect(happy.children.map((c) => c.name)).toEqual(['clnrm.cleanup', 'clnrm.service.start', 'clnrm.service.start', 'clnrm.step:curl']);
    expect(happy.children[1]!.attributes).toEqual({ 'service.image': 'alpine:3.20', 'service.name': 'api' });
    const cleanup = happy.children[0]!;
    expect(cleanup.events.map((e) => e.name)).toEqual(['cleanup.complete', 'container.remove', 'container.remove', 'container.stop', 'container.stop', 'network.remove']);
    expect(cleanup.events.every((e) => Object.keys(e.attributes).length === 0)).toBe(true);
    const sut = happy.children[3]!.children[0]!;
    expect(sut).toEqual({ name: 'GET /health', kind: 'server', status: 'UNSET', attributes: { 'http.request.method': 'GET', 'http.response.status_code': 200 }, events: [], children: [] });
    expect(root!.attributes).not.toHaveProperty('run.id');
  });

  it('classifies keys as documented', () => {
    for (const k of ['container.id', 'container.name', 'run.id', 'process.pid', 'clnrm.pid', 'server.port', 'ready.ms', 'network.name', 'exception.message'])
      expect(isVolatileKey(k), k).toBe(true);
    for (const k of ['retry.backoff_ms', 'timeout.ms', 'grace_period.ms', 'suite.file', 'run.seed', 'exit.code', 'chaos.signal', 'service.name'])
      expect(isVolatileKey(k), k).toBe(false);
  });

  it('serializes with RFC 8785 (the RFC’s own example)', () => {
    const input = { numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001], string: '€$\u000F\nA\'B"\\\\"/', literals: [null, true, false] };
    expect(canonicalJson(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('serializes a small trace exactly', () => {
    const span: SpanRecord = {
      traceId: 't', spanId: '1', name: 'clnrm.run', kind: 'internal', status: 'OK', statusMessage: 'fine',
      attributes: { 'suite.name': 's', 'run.seed': 7, 'container.id': 'abc', big: 1e21, bad: Number.NaN, note: 'x\uD800' },
      events: [{ name: 'b', timeMs: 2, attributes: {} }, { name: 'a', timeMs: 3, attributes: { 'z': true, 'host.name': 'h' } }],
      startMs: 1, endMs: 9, resource: {}, source: 'runner',
    };
    expect(canonicalJson(canonicalTrace([span], []))).toBe(
      '[{"attributes":{"bad":"NaN","big":1e+21,"note":"x\uFFFD","run.seed":7,"suite.name":"s"},"children":[],"events":[{"attributes":{"z":true},"name":"a"},{"attributes":{},"name":"b"}],"kind":"internal","name":"clnrm.run","status":"OK"}]',
    );
  });
});

describe('frozen clock', () => {
  const suite = (freezeClock?: string) => ({ determinism: { digestExclude: [], ...(freezeClock ? { freezeClock } : {}) } }) as unknown as Suite;

  it('shifts span and event times so the run starts at freeze_clock, keeping durations', () => {
    const spans = trace({ t0: 1_750_000_000_000 });
    const run = { suite: suite('2025-01-01T00:00:00Z'), startedAt: 1_750_000_000_000 };
    const frozen = applyFrozenClock(spans, run);
    const root = frozen.find((s) => s.name === 'clnrm.run')!;
    expect(new Date(root.startMs).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    frozen.forEach((s, i) => {
      expect(s.endMs - s.startMs).toBe(spans[i]!.endMs - spans[i]!.startMs);
      s.events.forEach((e, k) => expect(e.timeMs - s.startMs).toBe(spans[i]!.events[k]!.timeMs - spans[i]!.startMs));
    });
    expect(spans[0]!.startMs).toBe(1_750_000_000_000); // the input is not modified
    expect(traceDigest(frozen, [])).toBe(traceDigest(spans, []));
  });

  it('leaves times alone without freeze_clock', () => {
    const spans = trace();
    expect(clockShiftMs({ suite: suite(), startedAt: 5 })).toBe(0);
    expect(applyFrozenClock(spans, { suite: suite(), startedAt: 5 })).toEqual(spans);
  });
});
