import { describe, expect, it } from 'vitest';
import type { InjectionRecord } from '../plan/plan-record.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { imagesOf, parseReplayRecord, replayDifferences, type ReplayNow, type ReplayRecord } from './replay-record.js';

const injection = (o: Partial<InjectionRecord> = {}): InjectionRecord => ({
  keyPath: 'scenario[0].chaos[0]',
  type: 'network_latency', name: 'slow', occurrence: 0, atMs: 500, anchor: 'step:call', targets: ['api'], fires: true, durationMs: 2000, step: null, params: '{"latency_ms":200}', ...o,
});
const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;

function record(): ReplayRecord {
  return {
    version: 1,
    suiteFile: 'tests/shop.clnrm.toml',
    suiteSha256: '1'.repeat(64),
    suiteModelSha256: '2'.repeat(64),
    seed: 42,
    vars: {},
    secretVars: [],
    chaos: null,
    filter: null,
    scenarios: [{ name: 'slow_db', injections: [injection()] }, { name: 'happy', injections: [] }],
    images: [
      { scenario: 'slow_db', kind: 'service', name: 'db', image: 'clnrm-fixture/busybox:latest', digest: A },
      { scenario: 'happy', kind: 'step', name: 'migrate', image: 'tool:1', digest: B },
    ],
  };
}
const now = (o: Partial<ReplayNow> = {}): ReplayNow => ({
  suiteSha256: '1'.repeat(64),
  suiteModelSha256: '2'.repeat(64),
  scenarios: [{ name: 'slow_db', injections: [injection()] }, { name: 'happy', injections: [] }],
  imageDigests: new Map([['clnrm-fixture/busybox:latest', A], ['tool:1', B]]),
  ...o,
});
const ALL = ['slow_db', 'happy'];

describe('replayDifferences', () => {
  it('finds none when file, plan and images are those recorded', () => {
    expect(replayDifferences(record(), now(), ALL)).toEqual([]);
  });

  it('names a changed suite file by its hash, and nothing that follows from it', () => {
    expect(replayDifferences(record(), now({ suiteSha256: '9'.repeat(64), imageDigests: new Map() }), ALL)).toEqual([
      `suite file changed: tests/shop.clnrm.toml: sha256 ${'1'.repeat(64)} → ${'9'.repeat(64)}`,
    ]);
  });

  it('names a changed image with its service or step, scenario and both digests, and a missing one', () => {
    expect(replayDifferences(record(), now({ imageDigests: new Map([['clnrm-fixture/busybox:latest', B]]) }), ALL)).toEqual([
      `image changed: scenario slow_db: service db: clnrm-fixture/busybox:latest: ${A} → ${B}`,
      `image changed: scenario happy: step migrate: tool:1: ${B} → not present on the engine`,
    ]);
  });

  it('compares only the selected scenarios', () => {
    expect(replayDifferences(record(), now({ imageDigests: new Map([['clnrm-fixture/busybox:latest', A]]) }), ['slow_db'])).toEqual([]);
  });

  it('names a plan that differs, per injection and field', () => {
    const changed = now({ scenarios: [{ name: 'slow_db', injections: [injection({ atMs: 700, targets: ['db'] })] }, { name: 'happy', injections: [injection({ name: 'extra', keyPath: 'scenario[1].chaos[0]' })] }] });
    expect(replayDifferences(record(), changed, ALL)).toEqual([
      'plan differs: scenario slow_db: slow#0 (network_latency, scenario[0].chaos[0]): atMs 500 → 700',
      'plan differs: scenario slow_db: slow#0 (network_latency, scenario[0].chaos[0]): targets ["api"] → ["db"]',
      'plan differs: scenario happy: extra#0 (network_latency, scenario[1].chaos[0]) is planned now but was not recorded',
    ]);
  });

  it('tells apart faults of one name by where they are declared', () => {
    const kills = (a: string, b: string) => [injection({ name: 'kill', keyPath: 'scenario[0].chaos[0]', targets: [a] }), injection({ name: 'kill', keyPath: 'scenario[0].chaos[1]', targets: [b] })];
    const r = { ...record(), scenarios: [{ name: 'slow_db', injections: kills('n1', 'n2') }] };
    expect(replayDifferences(r, now({ scenarios: [{ name: 'slow_db', injections: kills('n1', 'n2') }] }), ['slow_db'])).toEqual([]);
    expect(replayDifferences(r, now({ scenarios: [{ name: 'slow_db', injections: kills('n1', 'n3') }] }), ['slow_db'])).toEqual([
      'plan differs: scenario slow_db: kill#0 (network_latency, scenario[0].chaos[1]): targets ["n2"] → ["n3"]',
    ]);
  });

  it('names a scenario that ran but is no longer planned, and a suite whose templated values changed', () => {
    expect(replayDifferences(record(), now({ suiteModelSha256: '3'.repeat(64), scenarios: [{ name: 'slow_db', injections: [injection()] }] }), ALL)).toEqual([
      'suite as loaded changed: tests/shop.clnrm.toml: the file is the same, but the values templates read (environment variables, --var) differ',
      'plan differs: scenario happy ran in the recorded run but is not planned now',
    ]);
  });
});

describe('imagesOf', () => {
  const span = (spanId: string, name: string, attributes: SpanRecord['attributes'], parentSpanId?: string): SpanRecord =>
    ({ traceId: 't', spanId, ...(parentSpanId ? { parentSpanId } : {}), name, kind: 'internal', status: 'OK', startMs: 0, endMs: 1, attributes, events: [], resource: {}, source: 'runner' }) as SpanRecord;

  it('lists each service and step image with its digest under its scenario', () => {
    const spans = [
      span('r', 'clnrm.run', {}),
      span('s', 'clnrm.scenario:slow_db', {}, 'r'),
      span('a', 'clnrm.service.start', { 'service.name': 'db', 'service.image': 'clnrm-fixture/busybox:latest', 'service.image.digest': A }, 's'),
      span('b', 'clnrm.step:migrate', { 'step.name': 'migrate', 'step.image': 'tool:1', 'step.image.digest': B }, 's'),
      span('c', 'clnrm.step:call', { 'step.name': 'call', 'step.service': 'db' }, 's'),
    ];
    expect(imagesOf(spans)).toEqual([
      { scenario: 'slow_db', kind: 'service', name: 'db', image: 'clnrm-fixture/busybox:latest', digest: A },
      { scenario: 'slow_db', kind: 'step', name: 'migrate', image: 'tool:1', digest: B },
    ]);
  });
});

describe('parseReplayRecord', () => {
  it('accepts a record and says why it cannot use a report without one or of another version', () => {
    expect(parseReplayRecord({ replay: record() })).toEqual(record());
    expect(parseReplayRecord({ replay: null })).toMatch(/has no `replay` record/);
    expect(parseReplayRecord({ replay: { ...record(), version: 2 } })).toMatch(/version 2/);
    expect(parseReplayRecord({ replay: { ...record(), seed: 'x' } })).toBe('replay.seed: expected an integer');
  });
});
