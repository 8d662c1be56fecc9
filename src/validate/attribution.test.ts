import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../telemetry/span-record.js';
import { CLOCK_SLACK_MS, findMalformed, orphansIn, runnerScopes } from './attribution.js';
import { buildGraph } from './graph.js';
import { scenarioGraph, traceGraph } from './judge.js';
import { checkGraph } from './structure.js';

const T = 'a'.repeat(32);
const runner = (spanId: string, name: string, parentSpanId: string | undefined, startMs: number, endMs: number): SpanRecord => ({
  traceId: T,
  spanId,
  ...(parentSpanId ? { parentSpanId } : {}),
  name,
  kind: 'internal',
  status: 'OK',
  attributes: {},
  events: [],
  startMs,
  endMs,
  resource: {},
  source: 'runner',
});
const sut = (spanId: string, name: string, parentSpanId: string | undefined, scenario: string | undefined, startMs = 20, endMs = 30, extra: Partial<SpanRecord> = {}): SpanRecord => ({
  ...runner(spanId, name, parentSpanId, startMs, endMs),
  source: 'sut',
  ...(scenario ? { origin: { scenario, via: 'otlp' as const } } : {}),
  ...extra,
});

// run 0..1000; scenario a 10..400 with step a 15..300 and cleanup 300..400; scenario b 500..900 with step b 510..800.
const RUNNER = [
  runner('r', 'clnrm.run', undefined, 0, 1000),
  runner('sa', 'clnrm.scenario:a', 'r', 10, 400),
  runner('ta', 'clnrm.step:a', 'sa', 15, 300),
  runner('ca', 'clnrm.cleanup', 'sa', 300, 400),
  runner('sb', 'clnrm.scenario:b', 'r', 500, 900),
  runner('tb', 'clnrm.step:b', 'sb', 510, 800),
];

describe('runner scopes', () => {
  it('hands each scenario its scenario and step spans only', () => {
    const scopes = runnerScopes(RUNNER);
    expect([...scopes.get('a')!.handedOut].sort()).toEqual(['sa', 'ta']);
    expect([...scopes.get('a')!.all].sort()).toEqual(['ca', 'sa', 'ta']);
    expect([...scopes.get('b')!.handedOut].sort()).toEqual(['sb', 'tb']);
  });
});

describe('malformed spans', () => {
  const reasons = (s: SpanRecord, others: SpanRecord[] = []) => findMalformed(RUNNER, [s, ...others]).malformed.find((m) => m.span === s)?.reasons ?? [];

  it('a well-formed span under its own step, within it, is kept', () => {
    const { wellFormed, malformed } = findMalformed(RUNNER, [sut('x1', 'app.work', 'ta', 'a', 20, 30)]);
    expect(malformed).toEqual([]);
    expect(wellFormed.map((s) => s.spanId)).toEqual(['x1']);
  });

  it('names every rule a span breaks', () => {
    expect(reasons(sut('x1', 'app', 'x1', 'a'))).toContain('it is its own parent');
    expect(reasons(sut('x1', 'app', 'ta', 'a'), [sut('x1', 'other', 'ta', 'a')])).toContain('its span id x1 is used by 2 spans');
    expect(reasons(sut('x1', 'app', 'ta', 'a', 20, 20, { endMissing: true }))).toContain('it has no end time');
    expect(reasons(sut('x1', 'app', 'ta', 'a', 30, 20))).toContain('it ends 10 ms before it starts');
    expect(reasons(sut('x1', 'app', 'ta', 'a', -5000, 20)).join()).toContain('its times lie outside the run');
    expect(reasons(sut('x1', 'app', 'ta', 'a', 20, 1000 + CLOCK_SLACK_MS + 1)).join()).toContain('its times lie outside the run');
    expect(reasons(sut('x1', 'app', 'ta', 'a', 250, 300 + CLOCK_SLACK_MS + 1))).toContain('it does not lie within its parent `clnrm.step:a`');
  });

  it('while the run goes on (clnrm.run not ended yet), the run so far bounds the spans: judged as a scenario ends', () => {
    const partial = RUNNER.filter((s) => s.name !== 'clnrm.run');
    const early = sut('x1', 'app', 'ta', 'a', -3_600_000, 20);
    // No bound known: only the parent rule applies.
    expect(findMalformed(partial, [early]).malformed[0]?.reasons).toEqual(['it does not lie within its parent `clnrm.step:a`']);
    const judged = findMalformed(partial, [early], { startMs: 0, endMs: 450 }).malformed.find((m) => m.span === early)?.reasons ?? [];
    expect(judged.join()).toContain('its times lie outside the run');
    const late = sut('x2', 'app', 'ta', 'a', 20, 450 + CLOCK_SLACK_MS + 1);
    expect((findMalformed(partial, [late], { startMs: 0, endMs: 450 }).malformed[0]?.reasons ?? []).join()).toContain('its times lie outside the run');
  });

  it('a runner parent that was never handed to the scenario: clnrm.run, its own cleanup, another scenario\'s step', () => {
    expect(reasons(sut('x1', 'app', 'r', 'a')).join()).toContain('its parent is the runner span `clnrm.run`, which was never handed to scenario a');
    expect(reasons(sut('x1', 'app', 'ca', 'a', 310, 320)).join()).toContain('`clnrm.cleanup`, which was never handed to scenario a');
    expect(reasons(sut('x1', 'app', 'tb', 'a', 520, 530)).join()).toContain('`clnrm.step:b`, which was never handed to scenario a');
    expect(reasons(sut('x1', 'app', 'tb', 'b', 520, 530))).toEqual([]);
  });

  it('a parent that another scenario\'s channel carried', () => {
    const theirs = sut('y1', 'their', 'tb', 'b', 520, 530);
    expect(reasons(sut('x1', 'app', 'y1', 'a', 520, 525), [theirs])).toContain('its parent `their` came from scenario b');
  });

  it('without origins (a saved trace), only the shape and time rules apply', () => {
    expect(reasons(sut('x1', 'app', 'r', undefined))).toEqual([]);
    expect(reasons(sut('x1', 'app', 'x1', undefined))).toContain('it is its own parent');
  });
});

describe('judged scope', () => {
  it('a scenario sees its runner subtree and the spans its own channel carried, never another\'s, whatever their ids say', () => {
    const mine = sut('x1', 'app.mine', 'ta', 'a');
    const forgedIntoA = sut('x2', 'app.forged', 'ta', 'b', 20, 30); // b's channel, parent id of a's step
    const unattributed = sut('x3', 'app.nobody', 'ta', undefined);
    const { graph, malformed, unattributed: dropped } = traceGraph(RUNNER, [mine, forgedIntoA, unattributed], { requireOrigin: true });
    expect(dropped).toBe(1);
    expect(malformed.map((m) => [m.span.name, m.scenario])).toEqual([['app.forged', 'b']]);
    const a = scenarioGraph(graph, graph.byId.get('sa')!, 'a');
    expect(a.spans.map((s) => s.name).sort()).toEqual(['app.mine', 'clnrm.cleanup', 'clnrm.scenario:a', 'clnrm.step:a']);
    const b = scenarioGraph(graph, graph.byId.get('sb')!, 'b');
    expect(b.spans.map((s) => s.name).sort()).toEqual(['clnrm.scenario:b', 'clnrm.step:b']);
  });
});

describe('orphans and graph.no_orphans', () => {
  const check = (spans: SpanRecord[]) =>
    checkGraph({ graph: { noOrphans: true } } as never, { graph: buildGraph(spans), keyPath: 'expect', leaks: [], allowedHosts: [] });

  it('a span of the system under test whose parent is not in the scope, or that has none, is an orphan', () => {
    const spans = [...RUNNER.slice(0, 4), sut('x1', 'app.ok', 'ta', 'a'), sut('x2', 'app.lost', 'feedfacefeedface', 'a'), sut('x3', 'app.root', undefined, 'a')];
    expect(orphansIn(spans).map((s) => s.name)).toEqual(['app.lost', 'app.root']);
    const [v] = check(spans);
    expect(v).toMatchObject({ keyPath: 'expect.graph.no_orphans', passed: false });
    expect(v!.message).toBe('2 orphan span(s): `app.lost` (parent id feedfacefeedface not in the trace), `app.root` (no parent)');
  });

  it('passes when every span of the system under test hangs under the trace; runner roots are not orphans', () => {
    const [v] = check([...RUNNER.slice(0, 4), sut('x1', 'app.ok', 'ta', 'a'), sut('x2', 'app.child', 'x1', 'a')]);
    expect(v).toMatchObject({ passed: true, message: 'no orphan among 2 span(s) of the system under test' });
  });

  it('no_orphans = false checks nothing', () => {
    expect(checkGraph({ graph: { noOrphans: false } } as never, { graph: buildGraph(RUNNER), keyPath: 'expect', leaks: [], allowedHosts: [] })).toEqual([]);
  });
});
