import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../test/kit/index.js';
import { loadSuiteSource, type ExpectSpec, type SpanExpectation, type Suite } from '../load/index.js';
import { consoleReporter } from '../report/console.js';
import type { ResourceInfo } from '../runtime/engine.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import { createRecorder, type SpanHandle } from '../telemetry/recorder.js';
import { fromReadableSpan, type SpanRecord } from '../telemetry/span-record.js';
import { checkCounts } from './counts.js';
import { buildGraph } from './graph.js';
import { checkHermeticity } from './hermeticity.js';
import { declaredChecks, evaluate, type CheckContext, type Verdict } from './index.js';
import { judgeSuite } from './judge.js';
import { checkOrder } from './order.js';
import { checkSpans } from './span.js';
import { checkStatus } from './status.js';
import { checkGraph } from './structure.js';
import { sameValue, withinBound } from './types.js';
import { checkWindows } from './window.js';

// ---------------------------------------------------------------------------------------------
// Hand-built spans
// ---------------------------------------------------------------------------------------------

const TRACE = 'a'.repeat(32);

function rec(p: Partial<SpanRecord> & { spanId: string; name: string }): SpanRecord {
  return {
    traceId: TRACE,
    kind: 'internal',
    status: 'UNSET',
    attributes: {},
    events: [],
    startMs: 0,
    endMs: 0,
    resource: { 'service.name': 'clnrm' },
    source: 'runner',
    ...p,
  };
}

/**
 * A realistic trace of one scenario (times in ms):
 *
 *   clnrm.run                         r      0..1000  OK
 *   └─ clnrm.scenario:x               s     10..900   ERROR
 *      ├─ clnrm.service.start         svc   12..50    OK    service.name=api
 *      ├─ clnrm.step:y                st    60..500   ERROR retry.attempts=3, processes.leaked=0, expected_failure=true, event retry
 *      │  ├─ GET /orders (sut)        sut   70..120   server, server.address=db, http.response.status_code=200
 *      │  └─ clnrm.timeout.enforced   te   400..490   ERROR
 *      │     └─ clnrm.cleanup         c    450..480   OK    cleanup.verified=true, cleanup.success=true, events container.remove, cleanup.complete
 *      └─ clnrm.step:z                sz   510..600   OK    processes.leaked=0
 */
function tree(): SpanRecord[] {
  return [
    rec({ spanId: 'r', name: 'clnrm.run', startMs: 0, endMs: 1000, status: 'OK', attributes: { 'suite.name': 'shop' } }),
    rec({ spanId: 's', parentSpanId: 'r', name: 'clnrm.scenario:x', startMs: 10, endMs: 900, status: 'ERROR', attributes: { 'scenario.name': 'x', 'scenario.expect_failure': false } }),
    rec({ spanId: 'svc', parentSpanId: 's', name: 'clnrm.service.start', startMs: 12, endMs: 50, status: 'OK', attributes: { 'service.name': 'api', 'service.image': 'alpine:3' } }),
    rec({
      spanId: 'st',
      parentSpanId: 's',
      name: 'clnrm.step:y',
      startMs: 60,
      endMs: 500,
      status: 'ERROR',
      attributes: { 'step.name': 'y', 'retry.attempts': 3, 'processes.leaked': 0, expected_failure: true, 'exit.code': 1 },
      events: [{ name: 'retry', timeMs: 200, attributes: { 'retry.attempt': 2 } }],
    }),
    rec({
      spanId: 'sut',
      parentSpanId: 'st',
      name: 'GET /orders',
      kind: 'server',
      startMs: 70,
      endMs: 120,
      attributes: { 'server.address': 'db', 'http.response.status_code': 200, 'http.route': '/orders' },
      resource: { 'service.name': 'orders', 'deployment.environment': 'test' },
      source: 'sut',
    }),
    rec({ spanId: 'te', parentSpanId: 'st', name: 'clnrm.timeout.enforced', startMs: 400, endMs: 490, status: 'ERROR', attributes: { 'timeout.ms': 300, 'timeout.type': 'step' } }),
    rec({
      spanId: 'c',
      parentSpanId: 'te',
      name: 'clnrm.cleanup',
      startMs: 450,
      endMs: 480,
      status: 'OK',
      attributes: { 'cleanup.triggered': 'timeout', 'cleanup.verified': true, 'cleanup.success': true, 'leaks.count': 0, 'processes.remaining': 0 },
      events: [
        { name: 'container.remove', timeMs: 460, attributes: { 'container.name': 'api' } },
        { name: 'cleanup.complete', timeMs: 479, attributes: {} },
      ],
    }),
    rec({ spanId: 'sz', parentSpanId: 's', name: 'clnrm.step:z', startMs: 510, endMs: 600, status: 'OK', attributes: { 'step.name': 'z', 'processes.leaked': 0 } }),
  ];
}

/** Replaces one span of the tree (by id) with changes. */
function withSpan(spans: SpanRecord[], id: string, change: Partial<SpanRecord>): SpanRecord[] {
  return spans.map((s) => (s.spanId === id ? { ...s, ...change } : s));
}

function ctxOf(spans: readonly SpanRecord[], o: Partial<CheckContext> = {}): CheckContext {
  return { graph: buildGraph(spans), keyPath: 'expect', leaks: [], allowedHosts: ['api', 'db'], ...o };
}

function spec(p: Partial<ExpectSpec> = {}): ExpectSpec {
  return { span: [], window: [], ...p };
}

function se(name: string, p: Partial<SpanExpectation> = {}): SpanExpectation {
  return { keyPath: 'expect.span[0]', name, attrs: {}, events: {}, ...p };
}

const one = (verdicts: Verdict[]): Verdict => {
  expect(verdicts).toHaveLength(1);
  return verdicts[0]!;
};

const spanVerdict = (e: SpanExpectation, spans: readonly SpanRecord[] = tree()) => one(checkSpans(spec({ span: [e] }), ctxOf(spans)));

// ---------------------------------------------------------------------------------------------

describe('sameValue / withinBound', () => {
  it('compares attribute values by type and value, arrays element-wise', () => {
    expect(sameValue(true, 'true')).toBe(false);
    expect(sameValue(true, true)).toBe(true);
    expect(sameValue(false, true)).toBe(false);
    expect(sameValue(3, '3')).toBe(false);
    expect(sameValue('3', 3)).toBe(false);
    expect(sameValue(3, 3)).toBe(true);
    expect(sameValue(undefined, 'undefined')).toBe(false);
    expect(sameValue(['a', 1], ['a', 1])).toBe(true);
    expect(sameValue(['a', 1], ['a', '1'])).toBe(false);
    expect(sameValue(['a'], 'a')).toBe(false);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('checks every given bound', () => {
    expect(withinBound(2, { eq: 2 })).toBe(true);
    expect(withinBound(2, { eq: 3 })).toBe(false);
    expect(withinBound(2, { gte: 2, lte: 2 })).toBe(true);
    expect(withinBound(1, { gte: 2 })).toBe(false);
    expect(withinBound(3, { lte: 2 })).toBe(false);
    expect(withinBound(0, {})).toBe(true);
  });
});

describe('span graph', () => {
  it('indexes parents, ancestors and subtrees', () => {
    const g = buildGraph(tree());
    const c = g.byId.get('c')!;
    expect(g.parentOf(c)?.name).toBe('clnrm.timeout.enforced');
    expect(g.ancestorsOf(c).map((s) => s.spanId)).toEqual(['te', 'st', 's', 'r']);
    expect(g.parentOf(g.byId.get('r')!)).toBeUndefined();
    expect(g.subtree(g.byId.get('st')!).spans.map((s) => s.spanId)).toEqual(['st', 'sut', 'te', 'c']);
    expect(g.named('clnrm.step:*').map((s) => s.spanId)).toEqual(['st', 'sz']);
  });

  it('terminates on a cycle built by hand', () => {
    const g = buildGraph([rec({ spanId: 'a', parentSpanId: 'b', name: 'A' }), rec({ spanId: 'b', parentSpanId: 'a', name: 'B' })]);
    expect(g.ancestorsOf(g.byId.get('a')!).map((s) => s.spanId)).toEqual(['b']);
    expect(g.subtree(g.byId.get('a')!).spans.map((s) => s.spanId).sort()).toEqual(['a', 'b']);
  });
});

describe('[[expect.span]]', () => {
  const full = se('clnrm.step:y', {
    parent: 'clnrm.scenario:x',
    ancestor: 'clnrm.run',
    kind: 'internal',
    status: 'ERROR',
    attrs: { all: { 'step.name': 'y', 'retry.attempts': 3 }, any: { 'exit.code': 1, nope: 'x' }, none: ['error.stack'] },
    events: { all: ['retry'], any: ['retry', 'other'] },
    durationMs: { min: 440, max: 440 },
    count: { eq: 1 },
  });

  it('passes when every constraint holds', () => {
    const v = spanVerdict(full);
    expect(v).toMatchObject({ kind: 'span', keyPath: 'expect.span[0]', passed: true, message: '1 matching span(s)' });
    expect(v.description).toBe(
      'span `clnrm.step:y` under `clnrm.scenario:x` within `clnrm.run` kind internal status ERROR with step.name="y", retry.attempts=3 with one of exit.code=1, nope="x" without error.stack events retry one of the events retry, other lasting ≥ 440 ms and ≤ 440 ms count = 1',
    );
  });

  it('fails when nothing has the name, listing the names seen', () => {
    const v = spanVerdict(se('clnrm.step:missing'));
    expect(v.passed).toBe(false);
    expect(v.message).toBe(
      'no span named `clnrm.step:missing`; spans seen: GET /orders, clnrm.cleanup, clnrm.run, clnrm.scenario:x, clnrm.service.start, clnrm.step:y, clnrm.step:z, clnrm.timeout.enforced',
    );
  });

  it('fails on an empty trace', () => {
    const v = spanVerdict(se('clnrm.run'), []);
    expect(v.passed).toBe(false);
    expect(v.message).toBe('no span named `clnrm.run`; spans seen: ');
  });

  it('cuts the list of names seen at 15', () => {
    const many = Array.from({ length: 20 }, (_, i) => rec({ spanId: `m${i}`, name: `n${String(i).padStart(2, '0')}` }));
    const v = spanVerdict(se('zzz'), many);
    expect(v.passed).toBe(false);
    expect(v.message).toMatch(/spans seen: n00, n01, .*, n14, …$/);
    expect(v.message).not.toContain('n15');
  });

  // Each constraint alone turns the verdict into a failure, with a message that says why.
  const breaks: [string, Partial<SpanExpectation>, string][] = [
    ['parent', { parent: 'clnrm.run' }, 'parent is `clnrm.scenario:x`, expected `clnrm.run`'],
    ['ancestor', { ancestor: 'clnrm.service.start' }, 'no ancestor named `clnrm.service.start`'],
    ['kind', { kind: 'server' }, 'kind is internal, expected server'],
    ['status', { status: 'OK' }, 'status is ERROR, expected OK'],
    ['attrs.all (wrong value)', { attrs: { ...full.attrs, all: { 'step.name': 'other' } } }, 'step.name = "y" (string), expected "other"'],
    ['attrs.all (missing key)', { attrs: { ...full.attrs, all: { 'no.such': 1 } } }, 'attribute no.such missing (expected 1)'],
    ['attrs.any', { attrs: { ...full.attrs, any: { 'exit.code': 2, nope: 'x' } } }, 'none of exit.code = 2, nope = "x"'],
    ['attrs.none', { attrs: { ...full.attrs, none: ['retry.attempts'] } }, 'attribute retry.attempts present (must be absent)'],
    ['events.all', { events: { all: ['retry', 'boom'] } }, 'event boom missing'],
    ['events.any', { events: { any: ['boom', 'bang'] } }, 'none of the events boom, bang'],
    ['duration min', { durationMs: { min: 441 } }, 'lasted 440 ms, expected ≥ 441 ms'],
    ['duration max', { durationMs: { max: 439 } }, 'lasted 440 ms, expected ≤ 439 ms'],
  ];
  it.each(breaks)('fails on %s alone', (_what, change, reason) => {
    // Without `count`: the only span of the name must match.
    const { count: _count, ...every } = full;
    const v = spanVerdict({ ...every, ...change });
    expect(v.passed).toBe(false);
    expect(v.message.startsWith('every span named `clnrm.step:y` must match (no `count` given), it does not: `clnrm.step:y` (parent `clnrm.scenario:x`')).toBe(true);
    expect(v.message.endsWith(`): ${reason}`)).toBe(true);
    // With `count`: no span satisfies it; the closest candidate says why.
    const counted = spanVerdict({ ...full, ...change });
    expect(counted.passed).toBe(false);
    expect(counted.message.startsWith('0 matching span(s), expected = 1; closest of the 1 named `clnrm.step:y`: `clnrm.step:y` (parent `clnrm.scenario:x`')).toBe(true);
    expect(counted.message.endsWith(`): ${reason}`)).toBe(true);
  });

  it('describes a failing candidate by name, parent and the fields the expectation constrains', () => {
    const v = spanVerdict({ ...full, count: undefined, attrs: { ...full.attrs, all: { 'step.name': 'other', 'no.such': 1 } } });
    expect(v.message).toBe(
      'every span named `clnrm.step:y` must match (no `count` given), it does not: ' +
        '`clnrm.step:y` (parent `clnrm.scenario:x`; kind internal; status ERROR; step.name="y", exit.code=1; events retry; 440 ms): ' +
        'step.name = "y" (string), expected "other"; attribute no.such missing (expected 1)',
    );
    // A root span, and a span without events.
    expect(spanVerdict(se('clnrm.run', { parent: 'x', events: { all: ['e'] } })).message).toBe(
      'every span named `clnrm.run` must match (no `count` given), it does not: `clnrm.run` (root; no events): parent is none (root), expected `x`; event e missing',
    );
  });

  it('fails on a count bound alone', () => {
    expect(spanVerdict({ ...full, count: { gte: 2 } })).toMatchObject({ passed: false, message: '1 matching span(s), expected ≥ 2' });
    // Too many: the message lists the spans that matched.
    expect(spanVerdict({ ...full, count: { lte: 0 } })).toMatchObject({
      passed: false,
      message:
        '1 matching span(s), expected ≤ 0; matching: `clnrm.step:y` (parent `clnrm.scenario:x`; kind internal; status ERROR; step.name="y", retry.attempts=3, exit.code=1; events retry; 440 ms)',
    });
    expect(spanVerdict(se('clnrm.step:*', { count: { eq: 1 } }))).toMatchObject({
      passed: false,
      message: '2 matching span(s), expected = 1; matching: `clnrm.step:y` (parent `clnrm.scenario:x`) | `clnrm.step:z` (parent `clnrm.scenario:x`)',
    });
    expect(spanVerdict(se('clnrm.step:*', { count: { eq: 2 } }))).toMatchObject({ passed: true, message: '2 matching span(s)' });
    expect(spanVerdict(se('clnrm.nope', { count: { gte: 1 } }))).toMatchObject({ passed: false });
    expect(spanVerdict(se('clnrm.nope', { count: { gte: 1 } })).message).toMatch(/^0 matching span\(s\), expected ≥ 1; no span named `clnrm.nope`; spans seen: GET \/orders, /);
  });

  it('an explicit count of 0 passes when nothing matches (a span that must not exist)', () => {
    expect(spanVerdict(se('clnrm.recovery', { count: { eq: 0 } })).passed).toBe(true);
    expect(spanVerdict(se('clnrm.step:y', { count: { eq: 0 } })).passed).toBe(false);
    // A span of the name that does not satisfy the constraints does not count.
    expect(spanVerdict(se('clnrm.step:y', { status: 'OK', count: { eq: 0 } })).passed).toBe(true);
  });

  it('counts only the spans that match every constraint', () => {
    // Two steps: only y is ERROR.
    expect(spanVerdict(se('clnrm.step:*', { status: 'ERROR', count: { eq: 1 } })).passed).toBe(true);
    expect(spanVerdict(se('clnrm.step:*', { status: 'OK', count: { eq: 1 } })).passed).toBe(true);
    expect(spanVerdict(se('clnrm.step:*', { status: 'OK', count: { gte: 1 } })).passed).toBe(true);
    expect(spanVerdict(se('clnrm.step:*', { status: 'UNSET' }))).toMatchObject({
      passed: false,
      message:
        'every span named `clnrm.step:*` must match (no `count` given), none does: ' +
        '`clnrm.step:y` (parent `clnrm.scenario:x`; status ERROR): status is ERROR, expected UNSET | `clnrm.step:z` (parent `clnrm.scenario:x`; status OK): status is OK, expected UNSET',
    });
  });

  it('without `count`, every span of the name must match: one that does not fails the expectation', () => {
    // Of the two steps only y is ERROR: "every step is ERROR" fails, naming z.
    expect(spanVerdict(se('clnrm.step:*', { status: 'ERROR' }))).toMatchObject({
      passed: false,
      message: 'every span named `clnrm.step:*` must match (no `count` given), 1 of 2 do not: `clnrm.step:z` (parent `clnrm.scenario:x`; status OK): status is OK, expected ERROR',
    });
    // Every step has processes.leaked = 0 and the scenario as parent: passes.
    expect(spanVerdict(se('clnrm.step:*', { parent: 'clnrm.scenario:x', attrs: { all: { 'processes.leaked': 0 } } }))).toMatchObject({ passed: true, message: '2 matching span(s)' });
    // A second cleanup elsewhere in the trace that does not satisfy the constraints fails the expectation...
    const second = [...tree(), rec({ spanId: 'c2', parentSpanId: 's', name: 'clnrm.cleanup', attributes: { 'cleanup.success': false } })];
    const v = spanVerdict(se('clnrm.cleanup', { attrs: { all: { 'cleanup.success': true } } }), second);
    expect(v).toMatchObject({
      passed: false,
      message: 'every span named `clnrm.cleanup` must match (no `count` given), 1 of 2 do not: `clnrm.cleanup` (parent `clnrm.scenario:x`; cleanup.success=false): cleanup.success = false (bool), expected true',
    });
    // ...unless `count` says how many must: then the others may be anything.
    expect(spanVerdict(se('clnrm.cleanup', { attrs: { all: { 'cleanup.success': true } }, count: { eq: 1 } }), second).passed).toBe(true);
    // A fault span that was not injected fails `chaos.injected = true`, and the message carries its reason.
    const fault = [...tree(), rec({ spanId: 'f', parentSpanId: 's', name: 'clnrm.chaos.pause_container', status: 'ERROR', attributes: { 'chaos.injected': false, 'chaos.reason': 'target app is not running (exited(137))' } })];
    expect(spanVerdict(se('clnrm.chaos.pause_container', { attrs: { all: { 'chaos.injected': true } } }), fault)).toMatchObject({
      passed: false,
      message: expect.stringContaining('chaos.injected = false (bool), expected true (the fault was not injected: target app is not running (exited(137)))'),
    });
    expect(spanVerdict(se('clnrm.cleanup', { parent: 'clnrm.timeout.enforced', count: { gte: 1 } }), second).passed).toBe(true);
    expect(spanVerdict(se('clnrm.cleanup', { parent: 'clnrm.timeout.enforced' }), second).passed).toBe(false);
  });

  it('shows at most three candidates, the closest (fewest failed constraints) first', () => {
    const many = [
      rec({ spanId: 'p', name: 'p' }),
      ...[3, 1, 2, 1, 1].map((bad, i) =>
        rec({ spanId: `w${i}`, parentSpanId: 'p', name: 'w', attributes: { a: bad >= 1 ? 0 : 1, b: bad >= 2 ? 0 : 1, c: bad >= 3 ? 0 : 1, i } }),
      ),
    ];
    const v = spanVerdict(se('w', { attrs: { all: { a: 1, b: 1, c: 1 } } }), many);
    expect(v.passed).toBe(false);
    const shown = [...v.message.matchAll(/`w` \(parent `p`; a=0, b=(\d), c=(\d)\)/g)].map((m) => `${m[1]}${m[2]}`);
    expect(shown).toEqual(['11', '11', '11']);
    expect(v.message).toMatch(/^every span named `w` must match \(no `count` given\), none does: /);
    expect(v.message.endsWith(' | … and 2 more')).toBe(true);
  });

  it('attribute matchers: typed comparisons on the attributes of the span', () => {
    const ok = (all: Record<string, unknown>, spans = tree()) => spanVerdict(se('GET /orders', { attrs: { all: all as never } }), spans).passed;
    expect(ok({ 'http.response.status_code': { gte: 200, lt: 300 } })).toBe(true);
    expect(ok({ 'http.response.status_code': { gte: 300 } })).toBe(false);
    expect(ok({ 'http.route': { glob: '/ord*' }, 'server.address': { in: ['db', 'cache'] } })).toBe(true);
    expect(ok({ 'http.route': { regex: '^/orders$' } })).toBe(true);
    expect(ok({ 'http.route': { regex: '^/users' } })).toBe(false);
    expect(ok({ 'db.statement': { exists: false }, 'http.route': { exists: true } })).toBe(true);
    expect(ok({ 'http.route': { exists: false } })).toBe(false);
    const v = spanVerdict(se('GET /orders', { attrs: { all: { 'http.response.status_code': { gte: 500 }, 'db.statement': { exists: true }, 'http.route': { exists: false } } } }));
    expect(v.message).toBe(
      'every span named `GET /orders` must match (no `count` given), it does not: ' +
        '`GET /orders` (parent `clnrm.step:y`; http.response.status_code=200, http.route="/orders"): ' +
        'http.response.status_code = 200 (int), expected ≥ 500; attribute db.statement missing (expected present); http.route = "/orders" (string), expected absent',
    );
    expect(v.description).toBe('span `GET /orders` with http.response.status_code ≥ 500, db.statement present, http.route absent');
    // `any`: one matcher holding is enough.
    const any = (a: Record<string, unknown>) => spanVerdict(se('GET /orders', { attrs: { any: a as never } }));
    expect(any({ 'http.response.status_code': { gte: 500 }, 'http.route': { glob: '/orders' } }).passed).toBe(true);
    expect(any({ 'http.response.status_code': { gte: 500 }, 'http.route': { glob: '/users*' } })).toMatchObject({
      passed: false,
      message: expect.stringContaining('none of http.response.status_code ≥ 500, http.route like "/users*"'),
    });
  });

  it('an attribute named like an Object prototype member is absent unless the span has it', () => {
    expect(spanVerdict(se('clnrm.run', { attrs: { all: { constructor: { exists: true } } } })).passed).toBe(false);
    expect(spanVerdict(se('clnrm.run', { attrs: { none: ['constructor', 'toString'] } })).passed).toBe(true);
    expect(spanVerdict(se('clnrm.run', { attrs: { all: { toString: { exists: false } } } })).passed).toBe(true);
  });

  it('reports a root span as having no parent', () => {
    const v = spanVerdict(se('clnrm.run', { parent: 'clnrm.scenario:x' }));
    expect(v.passed).toBe(false);
    expect(v.message).toContain('parent is none (root), expected `clnrm.scenario:x`');
  });

  it('compares by type: strings never match booleans or numbers, nor numbers strings', () => {
    expect(spanVerdict(se('clnrm.cleanup', { attrs: { all: { 'cleanup.verified': true, 'leaks.count': 0 } } })).passed).toBe(true);
    expect(spanVerdict(se('clnrm.cleanup', { attrs: { all: { 'cleanup.verified': 'true' } } })).passed).toBe(false);
    expect(spanVerdict(se('clnrm.cleanup', { attrs: { all: { 'leaks.count': '0' } } })).passed).toBe(false);
    expect(spanVerdict(se('clnrm.step:y', { attrs: { all: { 'retry.attempts': 3 } } })).passed).toBe(true);
    expect(spanVerdict(se('clnrm.step:y', { attrs: { all: { 'retry.attempts': '3' } } })).message).toContain('retry.attempts = 3 (int), expected "3"');
    // A numeric expectation does not match a string attribute.
    const spans = withSpan(tree(), 'st', { attributes: { 'exit.code': '3' } });
    expect(spanVerdict(se('clnrm.step:y', { attrs: { all: { 'exit.code': 3 } } }), spans).passed).toBe(false);
    expect(spanVerdict(se('clnrm.step:y', { attrs: { any: { 'exit.code': 4, other: true } } }), spans).passed).toBe(false);
  });

  it('uses the kinds the span was sent with: the int 1, the double 1.0, true and ["1"] are not "1"', () => {
    for (const [value, kind] of [[1, 'int'], [1, 'double'], [true, 'bool'], [['1'], ['string']]] as const) {
      const spans = withSpan(tree(), 'sut', { attributes: { v: value as never }, types: { v: kind as never } });
      const v = spanVerdict(se('GET /orders', { attrs: { all: { v: '1' } } }), spans);
      expect(v.passed, `${JSON.stringify(value)} ${JSON.stringify(kind)}`).toBe(false);
      expect(v.message).toContain('expected "1"');
    }
    const int64 = withSpan(tree(), 'sut', { attributes: { v: '9007199254740993' }, types: { v: 'int' } });
    expect(spanVerdict(se('GET /orders', { attrs: { all: { v: 9007199254740992n as never } } }), int64)).toMatchObject({ passed: false, message: expect.stringContaining('v = "9007199254740993" (int), expected 9007199254740992') });
    expect(spanVerdict(se('GET /orders', { attrs: { all: { v: 9007199254740993n as never } } }), int64).passed).toBe(true);
  });

  it('matches `*` patterns in name, parent and ancestor, with other characters literal', () => {
    expect(spanVerdict(se('clnrm.step:*', { parent: 'clnrm.scenario:*', count: { eq: 2 } })).passed).toBe(true);
    expect(spanVerdict(se('clnrm.*', { count: { eq: 7 } })).passed).toBe(true);
    expect(spanVerdict(se('GET *', { ancestor: 'clnrm.scenario:*', kind: 'server' })).passed).toBe(true);
    expect(spanVerdict(se('*', { count: { eq: 8 } })).passed).toBe(true);
    // `.` is a literal dot, not "any character".
    const odd = [...tree(), rec({ spanId: 'odd', name: 'clnrmXstep:y' })];
    expect(spanVerdict(se('clnrm.step*', { count: { eq: 2 } }), odd).passed).toBe(true);
    expect(spanVerdict(se('clnrm.step:y', { count: { eq: 1 } }), odd).passed).toBe(true);
    // Regex metacharacters in a pattern are literal.
    const q = [rec({ spanId: 'q', name: 'GET /a?(b)' }), rec({ spanId: 'q2', name: 'GET /a' })];
    expect(spanVerdict(se('GET /a?(*)', { count: { eq: 1 } }), q).passed).toBe(true);
    // Without `*` the name must match exactly.
    expect(spanVerdict(se('clnrm.step'), tree()).passed).toBe(false);
  });

  it('sees the system under test span under the step', () => {
    const v = spanVerdict(
      se('GET /orders', {
        parent: 'clnrm.step:y',
        ancestor: 'clnrm.scenario:x',
        kind: 'server',
        status: 'UNSET',
        attrs: { all: { 'http.response.status_code': 200, 'http.route': '/orders' } },
        durationMs: { min: 50, max: 50 },
      }),
    );
    expect(v).toMatchObject({ passed: true, message: '1 matching span(s)' });
  });

  it('yields one verdict per expectation, keyed by its own key path', () => {
    const verdicts = checkSpans(
      spec({ span: [se('clnrm.run', { keyPath: 'expect.span[0]' }), se('nope', { keyPath: 'expect.span[1]' })] }),
      ctxOf(tree()),
    );
    expect(verdicts.map((v) => [v.keyPath, v.passed])).toEqual([
      ['expect.span[0]', true],
      ['expect.span[1]', false],
    ]);
  });
});

describe('[expect.graph]', () => {
  const graphVerdicts = (g: NonNullable<ExpectSpec['graph']>, spans: readonly SpanRecord[] = tree()) => checkGraph(spec({ graph: g }), ctxOf(spans));

  it('yields nothing when not declared', () => {
    expect(checkGraph(spec(), ctxOf(tree()))).toEqual([]);
  });

  it('must_include: passes on an existing edge, with patterns', () => {
    const vs = graphVerdicts({ mustInclude: [['clnrm.scenario:x', 'clnrm.step:y'], ['clnrm.step:*', 'GET *'], ['clnrm.timeout.enforced', 'clnrm.cleanup']] });
    expect(vs.map((v) => v.passed)).toEqual([true, true, true]);
    expect(vs[0]).toMatchObject({ kind: 'graph', keyPath: 'expect.graph.must_include', description: 'edge `clnrm.scenario:x` → `clnrm.step:y`', message: 'edge present' });
  });

  it('must_include: fails when the child has another parent, or does not exist', () => {
    const [wrong, missing, reversed] = graphVerdicts({
      mustInclude: [['clnrm.run', 'clnrm.step:y'], ['clnrm.scenario:x', 'clnrm.recovery'], ['clnrm.step:y', 'clnrm.scenario:x']],
    });
    expect(wrong).toMatchObject({ passed: false, message: 'no `clnrm.step:y` has parent `clnrm.run`' });
    expect(missing).toMatchObject({ passed: false, message: 'no span named `clnrm.recovery`' });
    expect(reversed!.passed).toBe(false);
  });

  it('must_not_cross: fails on an edge in either direction, passes on grandparent pairs', () => {
    const [grand, down, up] = graphVerdicts({
      mustNotCross: [['clnrm.run', 'clnrm.step:y'], ['clnrm.scenario:x', 'clnrm.step:z'], ['clnrm.step:y', 'clnrm.scenario:x']],
    });
    expect(grand).toMatchObject({ keyPath: 'expect.graph.must_not_cross', passed: true, message: 'no edge' });
    expect(down).toMatchObject({ passed: false, message: 'an edge exists' });
    expect(up).toMatchObject({ passed: false, message: 'an edge exists' });
  });

  it('acyclic: a tree passes, a cycle built by hand fails', () => {
    expect(one(graphVerdicts({ acyclic: true }))).toMatchObject({ keyPath: 'expect.graph.acyclic', passed: true, message: 'no cycle' });
    const cyclic = [...tree(), rec({ spanId: 'p', parentSpanId: 'q', name: 'P' }), rec({ spanId: 'q', parentSpanId: 'p', name: 'Q' })];
    expect(one(graphVerdicts({ acyclic: true }, cyclic))).toMatchObject({ passed: false, message: 'a cycle exists' });
    // A span that is its own parent is a cycle too.
    const self = [...tree(), rec({ spanId: 'me', parentSpanId: 'me', name: 'ME' })];
    expect(one(graphVerdicts({ acyclic: true }, self)).passed).toBe(false);
    // A longer cycle hanging off the tree.
    const long = withSpan(tree(), 'r', { parentSpanId: 'c' });
    expect(one(graphVerdicts({ acyclic: true }, long)).passed).toBe(false);
    // `acyclic = false` asserts a cycle.
    expect(one(graphVerdicts({ acyclic: false }, cyclic)).passed).toBe(true);
    expect(one(graphVerdicts({ acyclic: false })).passed).toBe(false);
  });

  it('a parent id pointing outside the trace is not a cycle', () => {
    const orphan = [rec({ spanId: 'o', parentSpanId: 'elsewhere', name: 'O' })];
    expect(one(graphVerdicts({ acyclic: true }, orphan)).passed).toBe(true);
  });
});

describe('[expect.counts]', () => {
  const countVerdicts = (c: NonNullable<ExpectSpec['counts']>, spans: readonly SpanRecord[] = tree()) => checkCounts(spec({ counts: c }), ctxOf(spans));

  it('passes when every count is within its bound', () => {
    const vs = countVerdicts({
      spansTotal: { eq: 8 },
      eventsTotal: { eq: 3 },
      errorsTotal: { eq: 3 },
      byName: { 'clnrm.step:*': { eq: 2 }, 'clnrm.cleanup': { gte: 1, lte: 1 }, 'clnrm.recovery': { eq: 0 } },
    });
    expect(vs.map((v) => [v.keyPath, v.passed, v.message])).toEqual([
      ['expect.counts.spans_total', true, '8 counted'],
      ['expect.counts.events_total', true, '3 counted'],
      ['expect.counts.errors_total', true, '3 counted'],
      ['expect.counts.by_name."clnrm.step:*"', true, '2 counted'],
      ['expect.counts.by_name."clnrm.cleanup"', true, '1 counted'],
      ['expect.counts.by_name."clnrm.recovery"', true, '0 counted'],
    ]);
  });

  it('each bound fails on its own', () => {
    expect(one(countVerdicts({ spansTotal: { lte: 7 } }))).toMatchObject({ passed: false, description: 'spans ≤ 7', message: '8 counted' });
    expect(one(countVerdicts({ eventsTotal: { gte: 4 } }))).toMatchObject({ passed: false, description: 'events ≥ 4' });
    expect(one(countVerdicts({ errorsTotal: { eq: 0 } }))).toMatchObject({ passed: false, description: 'spans with status ERROR = 0', message: '3 counted' });
    expect(one(countVerdicts({ byName: { 'clnrm.step:*': { gte: 3 } } }))).toMatchObject({ passed: false, message: '2 counted' });
    expect(one(countVerdicts({ byName: { 'clnrm.step:y': { eq: 1 } } })).passed).toBe(true);
    expect(one(countVerdicts({ spansTotal: { gte: 1 } }, [])).passed).toBe(false);
  });
});

describe('[[expect.window]]', () => {
  const windowVerdicts = (w: ExpectSpec['window'], spans: readonly SpanRecord[] = tree()) => checkWindows(spec({ window: w }), ctxOf(spans));

  it('passes when every inner span lies in an outer span, one verdict per contained name', () => {
    const vs = windowVerdicts([{ outer: 'clnrm.scenario:x', contains: ['clnrm.step:*', 'clnrm.cleanup', 'GET /orders'] }]);
    expect(vs.map((v) => [v.keyPath, v.passed, v.message])).toEqual([
      ['expect.window[0]', true, '2 span(s) inside'],
      ['expect.window[0]', true, '1 span(s) inside'],
      ['expect.window[0]', true, '1 span(s) inside'],
    ]);
    expect(vs[0]!.description).toBe('`clnrm.step:*` within `clnrm.scenario:x`');
  });

  it('counts touching edges as inside', () => {
    const edge = withSpan(tree(), 'sz', { startMs: 10, endMs: 900 });
    expect(one(windowVerdicts([{ outer: 'clnrm.scenario:x', contains: ['clnrm.step:z'] }], edge)).passed).toBe(true);
  });

  it('fails when a span sticks out of every outer span', () => {
    const late = withSpan(tree(), 'sz', { endMs: 901 });
    expect(one(windowVerdicts([{ outer: 'clnrm.scenario:x', contains: ['clnrm.step:*'] }], late))).toMatchObject({
      passed: false,
      message: '1 of 2 `clnrm.step:*` span(s) fall outside every `clnrm.scenario:x`',
    });
    const early = withSpan(tree(), 'st', { startMs: 9 });
    expect(one(windowVerdicts([{ outer: 'clnrm.scenario:x', contains: ['clnrm.step:y'] }], early)).passed).toBe(false);
    // Inside the step's window only one step fits.
    expect(one(windowVerdicts([{ outer: 'clnrm.step:y', contains: ['clnrm.step:*'] }])).passed).toBe(false);
  });

  it('each inner span may sit in a different outer span', () => {
    const two = [
      rec({ spanId: 'o1', name: 'outer', startMs: 0, endMs: 10 }),
      rec({ spanId: 'o2', name: 'outer', startMs: 20, endMs: 30 }),
      rec({ spanId: 'i1', name: 'inner', startMs: 1, endMs: 9 }),
      rec({ spanId: 'i2', name: 'inner', startMs: 21, endMs: 29 }),
    ];
    expect(one(windowVerdicts([{ outer: 'outer', contains: ['inner'] }], two)).passed).toBe(true);
    const across = [...two, rec({ spanId: 'i3', name: 'inner', startMs: 9, endMs: 21 })];
    expect(one(windowVerdicts([{ outer: 'outer', contains: ['inner'] }], across)).passed).toBe(false);
  });

  it('fails when the outer or the inner span is missing', () => {
    expect(one(windowVerdicts([{ outer: 'clnrm.recovery', contains: ['clnrm.step:y'] }]))).toMatchObject({ passed: false, message: 'no span named `clnrm.recovery`' });
    expect(one(windowVerdicts([{ outer: 'clnrm.run', contains: ['clnrm.recovery'] }]))).toMatchObject({ passed: false, message: 'no span named `clnrm.recovery`' });
  });
});

describe('[[expect.window]] max_duration_ms', () => {
  const windowVerdicts = (w: ExpectSpec['window'], spans: readonly SpanRecord[] = tree()) => checkWindows(spec({ window: w }), ctxOf(spans));

  it('adds a verdict, at the key, that every outer span lasts at most that long', () => {
    // step:y lasts 440 ms.
    const vs = windowVerdicts([{ outer: 'clnrm.step:y', contains: ['clnrm.cleanup'], maxDurationMs: 440 }]);
    expect(vs.map((v) => [v.keyPath, v.passed, v.description, v.message])).toEqual([
      ['expect.window[0]', true, '`clnrm.cleanup` within `clnrm.step:y`', '1 span(s) inside'],
      ['expect.window[0].max_duration_ms', true, '`clnrm.step:y` lasts ≤ 440 ms', 'the longest of 1 lasted 440 ms'],
    ]);
  });

  it('fails when an outer span lasts longer, naming it and its duration', () => {
    expect(windowVerdicts([{ outer: 'clnrm.step:y', contains: ['clnrm.cleanup'], maxDurationMs: 439 }])[1]).toMatchObject({
      passed: false,
      message: '1 of 1 `clnrm.step:y` span(s) last longer: `clnrm.step:y` lasted 440 ms',
    });
    // Every outer span counts, not only the one holding the inner spans: step:y (440 ms) is too long, step:z (90 ms) is not.
    expect(windowVerdicts([{ outer: 'clnrm.step:*', contains: ['clnrm.cleanup'], maxDurationMs: 100 }])[1]).toMatchObject({
      passed: false,
      message: '1 of 2 `clnrm.step:*` span(s) last longer: `clnrm.step:y` lasted 440 ms',
    });
    expect(windowVerdicts([{ outer: 'clnrm.step:*', contains: ['clnrm.cleanup'], maxDurationMs: 440 }])[1]!.passed).toBe(true);
  });

  it('fails when there is no outer span, and adds nothing without the key', () => {
    expect(windowVerdicts([{ outer: 'clnrm.recovery', contains: ['clnrm.cleanup'], maxDurationMs: 1000 }])[1]).toMatchObject({ passed: false, message: 'no span named `clnrm.recovery`' });
    expect(windowVerdicts([{ outer: 'clnrm.step:y', contains: ['clnrm.cleanup'] }])).toHaveLength(1);
  });
});

describe('[expect.order]', () => {
  const orderVerdicts = (o: NonNullable<ExpectSpec['order']>, spans: readonly SpanRecord[] = tree()) => checkOrder(spec({ order: o }), ctxOf(spans));

  it('must_precede passes when every a ends before any b starts', () => {
    const v = one(orderVerdicts({ mustPrecede: [['clnrm.service.start', 'clnrm.step:*']] }));
    expect(v).toMatchObject({ kind: 'order', keyPath: 'expect.order.must_precede', passed: true, message: 'in order', description: '`clnrm.service.start` before `clnrm.step:*`' });
    expect(one(orderVerdicts({ mustPrecede: [['clnrm.step:y', 'clnrm.step:z']] })).passed).toBe(true);
  });

  it('must_precede fails on overlap or the reverse order', () => {
    expect(one(orderVerdicts({ mustPrecede: [['clnrm.step:z', 'clnrm.step:y']] }))).toMatchObject({
      passed: false,
      message: 'the last `clnrm.step:z` ends 540 ms after the first `clnrm.step:y` starts',
    });
    // step:y (60..500) overlaps its own cleanup (450..480).
    expect(one(orderVerdicts({ mustPrecede: [['clnrm.step:y', 'clnrm.cleanup']] })).passed).toBe(false);
  });

  it('a span ending exactly when the other starts is in order', () => {
    const touching = withSpan(tree(), 'sz', { startMs: 500 });
    expect(one(orderVerdicts({ mustPrecede: [['clnrm.step:y', 'clnrm.step:z']] }, touching)).passed).toBe(true);
  });

  it('must_follow [a, b] passes when a starts after b ended, fails otherwise', () => {
    expect(one(orderVerdicts({ mustFollow: [['clnrm.step:z', 'clnrm.step:y']] }))).toMatchObject({
      keyPath: 'expect.order.must_follow',
      passed: true,
      description: '`clnrm.step:z` after `clnrm.step:y`',
    });
    expect(one(orderVerdicts({ mustFollow: [['clnrm.step:y', 'clnrm.step:z']] }))).toMatchObject({
      passed: false,
      message: 'the last `clnrm.step:z` ends 540 ms after the first `clnrm.step:y` starts',
    });
  });

  it('fails when either name is missing', () => {
    expect(one(orderVerdicts({ mustPrecede: [['clnrm.recovery', 'clnrm.step:y']] }))).toMatchObject({ passed: false, message: 'no span named `clnrm.recovery`' });
    expect(one(orderVerdicts({ mustPrecede: [['clnrm.step:y', 'clnrm.recovery']] }))).toMatchObject({ passed: false, message: 'no span named `clnrm.recovery`' });
    expect(one(orderVerdicts({ mustFollow: [['clnrm.recovery', 'clnrm.step:y']] }))).toMatchObject({ passed: false, message: 'no span named `clnrm.recovery`' });
    expect(one(orderVerdicts({ mustFollow: [['clnrm.step:z', 'nope']] }))).toMatchObject({ passed: false, message: 'no span named `nope`' });
  });
});

describe('[expect.status]', () => {
  const statusVerdicts = (st: NonNullable<ExpectSpec['status']>, spans: readonly SpanRecord[] = tree()) => checkStatus(spec({ status: st }), ctxOf(spans));

  it('all: fails when any span has another status, passes when all agree', () => {
    expect(one(statusVerdicts({ all: 'OK' }))).toMatchObject({
      keyPath: 'expect.status.all',
      description: 'every span OK',
      passed: false,
      message: '4 of 8 have another status (e.g. `clnrm.scenario:x` is ERROR)',
    });
    const allOk = tree().map((s) => ({ ...s, status: 'OK' as const }));
    expect(one(statusVerdicts({ all: 'OK' }, allOk))).toMatchObject({ passed: true, message: '8 span(s)' });
    expect(one(statusVerdicts({ all: 'OK' }, []))).toMatchObject({ passed: false, message: 'no span' });
  });

  it('by_name: judges the spans of a name or pattern', () => {
    const vs = statusVerdicts({ byName: { 'clnrm.step:y': 'ERROR', 'clnrm.cleanup': 'OK', 'clnrm.step:*': 'ERROR', 'clnrm.recovery': 'OK' } });
    expect(vs.map((v) => [v.keyPath, v.passed, v.message])).toEqual([
      ['expect.status.by_name."clnrm.step:y"', true, '1 span(s)'],
      ['expect.status.by_name."clnrm.cleanup"', true, '1 span(s)'],
      ['expect.status.by_name."clnrm.step:*"', false, '1 of 2 have another status (e.g. `clnrm.step:z` is OK)'],
      ['expect.status.by_name."clnrm.recovery"', false, 'no span named `clnrm.recovery`'],
    ]);
  });
});

describe('[expect.status] errors_allowed', () => {
  const statusVerdicts = (st: NonNullable<ExpectSpec['status']>, spans: readonly SpanRecord[] = tree()) => checkStatus(spec({ status: st }), ctxOf(spans));
  // The tree has 3 ERROR spans (scenario, step y, timeout) and 1 UNSET (the SUT span); the rest are OK.
  const noUnset = withSpan(tree(), 'sut', { status: 'OK' });

  it('tolerates up to that many ERROR spans under all = "OK"', () => {
    expect(one(statusVerdicts({ all: 'OK', errorsAllowed: 3 }, noUnset))).toMatchObject({
      passed: true,
      description: 'every span OK (up to 3 ERROR)',
      message: '8 span(s), 3 ERROR span(s) tolerated: `clnrm.scenario:x`, `clnrm.step:y`, `clnrm.timeout.enforced`',
    });
    expect(one(statusVerdicts({ all: 'OK', errorsAllowed: 5 }, noUnset)).passed).toBe(true);
  });

  it('fails on one ERROR span more than allowed, listing them', () => {
    expect(one(statusVerdicts({ all: 'OK', errorsAllowed: 2 }, noUnset))).toMatchObject({
      passed: false,
      message: '3 ERROR span(s), at most 2 allowed: `clnrm.scenario:x`, `clnrm.step:y`, `clnrm.timeout.enforced`',
    });
    // The default is 0: any ERROR span fails all = "OK".
    expect(one(statusVerdicts({ all: 'OK', errorsAllowed: 0 }, noUnset))).toMatchObject({ passed: false, message: '3 of 8 have another status (e.g. `clnrm.scenario:x` is ERROR)' });
    expect(one(statusVerdicts({ all: 'OK' }, noUnset)).passed).toBe(false);
  });

  it('tolerates ERROR only: a span of another status still fails', () => {
    expect(one(statusVerdicts({ all: 'OK', errorsAllowed: 3 }))).toMatchObject({ passed: false, message: '1 of 8 have another status (e.g. `GET /orders` is UNSET)' });
    expect(one(statusVerdicts({ all: 'OK', errorsAllowed: 2 }))).toMatchObject({
      passed: false,
      message: '3 ERROR span(s), at most 2 allowed: `clnrm.scenario:x`, `clnrm.step:y`, `clnrm.timeout.enforced`; 1 more have another status (e.g. `GET /orders` is UNSET)',
    });
  });

  it('applies to all = "OK" only, not to by_name', () => {
    expect(statusVerdicts({ byName: { 'clnrm.step:*': 'OK' }, errorsAllowed: 5 })[0]).toMatchObject({ passed: false, description: 'spans named `clnrm.step:*` OK' });
    const allError = tree().map((s) => ({ ...s, status: 'ERROR' as const }));
    expect(one(statusVerdicts({ all: 'ERROR', errorsAllowed: 2 }, allError))).toMatchObject({ passed: true, description: 'every span ERROR' });
  });
});

describe('[expect.hermeticity]', () => {
  type H = NonNullable<ExpectSpec['hermeticity']>;
  const herm = (h: H, spans: readonly SpanRecord[] = tree(), o: Partial<CheckContext> = {}) => checkHermeticity(spec({ hermeticity: h }), ctxOf(spans, o));
  const leak = (kind: ResourceInfo['kind'], id: string): ResourceInfo => ({ kind, id, labels: { 'clnrm.managed': 'true' } });
  const all: H = { noContainerLeakage: true, noNetworkLeakage: true, noVolumeLeakage: true, noProcessLeakage: true, noExternalServices: true };

  it('passes on a clean, verified, local trace', () => {
    const vs = herm({ ...all, resourceAttrsMustMatch: { 'deployment.environment': 'test' }, spanAttrsForbidKeys: ['http.request.header.authorization'] });
    expect(vs.map((v) => [v.keyPath, v.passed])).toEqual([
      ['expect.hermeticity.no_container_leakage', true],
      ['expect.hermeticity.no_network_leakage', true],
      ['expect.hermeticity.no_volume_leakage', true],
      ['expect.hermeticity.no_process_leakage', true],
      ['expect.hermeticity.no_external_services', true],
      ['expect.hermeticity.resource_attrs_must_match', true],
      ['expect.hermeticity.span_attrs_forbid_keys', true],
    ]);
    expect(vs[0]!.message).toBe('engine verified by 1 cleanup span(s)');
  });

  it('yields nothing when not declared, and nothing for checks set to false', () => {
    expect(checkHermeticity(spec(), ctxOf(tree()))).toEqual([]);
    expect(herm({ noContainerLeakage: false }, tree(), { leaks: [leak('container', 'c1')] })).toEqual([]);
  });

  it.each([
    ['container', 'noContainerLeakage', 'no_container_leakage'],
    ['network', 'noNetworkLeakage', 'no_network_leakage'],
    ['volume', 'noVolumeLeakage', 'no_volume_leakage'],
  ] as const)('a leaked %s fails its own check only', (kind, flag, key) => {
    const vs = herm({ noContainerLeakage: true, noNetworkLeakage: true, noVolumeLeakage: true }, tree(), { leaks: [leak(kind, '0123456789abcdef0123')] });
    const failed = vs.filter((v) => !v.passed);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.keyPath).toBe(`expect.hermeticity.${key}`);
    expect(failed[0]!.message).toBe(`${kind} 0123456789ab left on the engine`);
    expect(herm({ [flag]: true }, tree(), { leaks: [leak(kind, 'x')] })[0]!.passed).toBe(false);
  });

  it('fails the leak checks when no cleanup span verified the engine', () => {
    const unverified = withSpan(tree(), 'c', { attributes: { 'cleanup.success': true, 'cleanup.verified': false } });
    for (const spans of [unverified, tree().filter((s) => s.name !== 'clnrm.cleanup')]) {
      const vs = herm({ noContainerLeakage: true, noNetworkLeakage: true, noVolumeLeakage: true }, spans);
      expect(vs.map((v) => v.passed)).toEqual([false, false, false]);
      expect(vs[0]!.message).toBe('no verified cleanup span: the engine was not checked');
    }
    // The string "true" (e.g. from a span of the system under test) is not a verification by the runner.
    const stringly = withSpan(tree(), 'c', { attributes: { 'cleanup.verified': 'true' } });
    expect(herm({ noContainerLeakage: true }, stringly)[0]!.passed).toBe(false);
  });

  it('no_process_leakage: a step that left processes, or processes surviving a timeout, fail', () => {
    const leaked = withSpan(tree(), 'sz', { attributes: { 'step.name': 'z', 'processes.leaked': 2 } });
    expect(one(herm({ noProcessLeakage: true }, leaked))).toMatchObject({ passed: false, message: 'clnrm.step:z left 2 process(es) running' });
    const survived = withSpan(tree(), 'c', { attributes: { 'cleanup.verified': true, 'processes.remaining': 1 } });
    expect(one(herm({ noProcessLeakage: true }, survived))).toMatchObject({ passed: false, message: '1 process(es) survived a timeout' });
    expect(one(herm({ noProcessLeakage: true }))).toMatchObject({ passed: true, message: '2 step(s) checked' });
    const noSteps = tree().filter((s) => !s.name.startsWith('clnrm.step:'));
    expect(one(herm({ noProcessLeakage: true }, noSteps))).toMatchObject({ passed: false, message: 'no step ran: nothing to check' });
  });

  it('no_external_services: a span talking to a host outside the scenario fails; services and loopback pass', () => {
    const outside = withSpan(tree(), 'sut', { attributes: { 'server.address': 'api.stripe.com' } });
    expect(one(herm({ noExternalServices: true }, outside))).toMatchObject({ passed: false, message: 'GET /orders talks to api.stripe.com (server.address = "api.stripe.com")' });
    for (const [key, host] of [
      ['server.address', 'localhost'],
      ['net.peer.ip', '127.0.0.1'],
      ['network.peer.address', '::1'],
      ['net.peer.name', 'api'],
    ] as const) {
      const local = withSpan(tree(), 'sut', { attributes: { [key]: host } });
      expect(one(herm({ noExternalServices: true }, local)).passed).toBe(true);
    }
    for (const key of ['net.peer.name', 'net.peer.ip', 'network.peer.address', 'http.host']) {
      const ext = withSpan(tree(), 'sut', { attributes: { [key]: '8.8.8.8' } });
      expect(one(herm({ noExternalServices: true }, ext)).passed).toBe(false);
    }
    // `http.host` is a Host header: its port does not make a service external.
    for (const host of ['api:8080', 'localhost:3000', '[::1]:80', '127.0.0.1:9']) {
      const withPort = withSpan(tree(), 'sut', { attributes: { 'http.host': host } });
      expect(one(herm({ noExternalServices: true }, withPort)).passed).toBe(true);
    }
    for (const [host, peer] of [['example.com:443', 'example.com'], ['api.evil:8080', 'api.evil'], ['[2001:db8::1]:443', '2001:db8::1'], ['2001:db8::1', '2001:db8::1']] as const) {
      const withPort = withSpan(tree(), 'sut', { attributes: { 'http.host': host } });
      expect(one(herm({ noExternalServices: true }, withPort))).toMatchObject({ passed: false, message: `GET /orders talks to ${peer} (http.host = ${JSON.stringify(host)})` });
    }
    // Allowed hosts come from the context (the suite's services and proxies).
    expect(one(herm({ noExternalServices: true }, tree(), { allowedHosts: ['api'] })).passed).toBe(false);
  });

  it('resource_attrs_must_match: checks the resource of every span of the system under test', () => {
    expect(one(herm({ resourceAttrsMustMatch: { 'service.name': 'orders' } }))).toMatchObject({ passed: true, message: '1 span(s) checked' });
    expect(one(herm({ resourceAttrsMustMatch: { 'deployment.environment': 'prod' } }))).toMatchObject({
      passed: false,
      message: 'GET /orders: resource deployment.environment = "test", expected "prod"',
    });
    expect(one(herm({ resourceAttrsMustMatch: { 'service.version': '1' } })).passed).toBe(false);
    // Matcher tables as in attrs.all.
    expect(one(herm({ resourceAttrsMustMatch: { 'service.name': { in: ['orders', 'users'] }, 'deployment.environment': { glob: 't*' } } })).passed).toBe(true);
    expect(one(herm({ resourceAttrsMustMatch: { 'service.version': { exists: false } } })).passed).toBe(true);
    expect(one(herm({ resourceAttrsMustMatch: { 'service.name': { regex: '^users' } } }))).toMatchObject({
      passed: false,
      message: 'GET /orders: resource service.name = "orders", expected matching /^users/',
    });
    const noSut = tree().filter((s) => s.source !== 'sut');
    expect(one(herm({ resourceAttrsMustMatch: { 'service.name': 'orders' } }, noSut))).toMatchObject({ passed: false, message: 'no span of the system under test to check' });
  });

  it('span_attrs_forbid_keys: any span carrying a forbidden key fails', () => {
    const secret = withSpan(tree(), 'sut', { attributes: { 'http.request.header.authorization': 'Bearer x' } });
    expect(one(herm({ spanAttrsForbidKeys: ['http.request.header.authorization', 'db.password'] }, secret))).toMatchObject({
      passed: false,
      description: 'no span carries http.request.header.authorization, db.password',
      message: 'GET /orders carries http.request.header.authorization',
    });
    expect(one(herm({ spanAttrsForbidKeys: ['db.password'] })).passed).toBe(true);
    // Runner spans count too.
    expect(one(herm({ spanAttrsForbidKeys: ['retry.attempts'] })).passed).toBe(false);
  });
});

describe('evaluate / declaredChecks', () => {
  it('runs every kind and counts declared checks', () => {
    const e = spec({
      span: [se('clnrm.run')],
      window: [{ outer: 'clnrm.run', contains: ['clnrm.scenario:x'] }],
      graph: { acyclic: true },
      counts: { spansTotal: { eq: 8 } },
      order: { mustPrecede: [['clnrm.step:y', 'clnrm.step:z']] },
      status: { byName: { 'clnrm.run': 'OK' } },
      hermeticity: { noContainerLeakage: true },
    });
    const vs = evaluate(e, ctxOf(tree()));
    expect(vs.map((v) => v.kind).sort()).toEqual(['counts', 'graph', 'hermeticity', 'order', 'span', 'status', 'window']);
    expect(vs.every((v) => v.passed)).toBe(true);
    expect(declaredChecks(e)).toBe(7);
    expect(declaredChecks(spec())).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Expectations loaded from TOML, judged against the hand-built trace
// ---------------------------------------------------------------------------------------------

function load(source: string): Suite {
  return loadSuite(source, { env: {} }, 't.clnrm.toml');
}

describe('expectations loaded from TOML', () => {
  const suite = load(`
[meta]
name = "shop"

[service.api]
image = "alpine:3"

[service.db]
image = "alpine:3"

[[scenario]]
name = "x"
services = ["api", "db"]
steps = [
  { name = "y", service = "api", run = "true" },
  { name = "z", service = "api", run = "true" },
]

[[scenario.expect.span]]
name = "clnrm.step:y"
parent = "clnrm.scenario:x"
status = "ERROR"
attrs.all = { "retry.attempts" = 3, expected_failure = true }
events.all = ["retry"]

[[scenario.expect.span]]
name = "clnrm.cleanup"
ancestor = "clnrm.step:y"
attrs.all = { "cleanup.verified" = true, "leaks.count" = 0 }

[[scenario.expect.span]]
name = "GET /orders"
parent = "clnrm.step:*"
kind = "server"

[scenario.expect.graph]
must_include = [["clnrm.step:y", "clnrm.timeout.enforced"]]
must_not_cross = [["clnrm.run", "clnrm.cleanup"]]
acyclic = true

[scenario.expect.counts]
by_name = { "clnrm.step:*" = { eq = 2 } }
errors_total = { gte = 1 }

[[scenario.expect.window]]
outer = "clnrm.step:y"
contains = ["clnrm.timeout.enforced", "clnrm.cleanup"]

[scenario.expect.order]
must_precede = [["clnrm.service.start", "clnrm.step:y"]]
must_follow = [["clnrm.step:z", "clnrm.step:y"]]

[scenario.expect.status]
by_name = { "clnrm.cleanup" = "OK" }

[scenario.expect.hermeticity]
no_container_leakage = true
no_process_leakage = true
no_external_services = true
resource_attrs_must_match = { "deployment.environment" = "test" }
span_attrs_forbid_keys = ["db.statement"]
`);
  const scenario = suite.scenarios[0]!;
  const ctx = (spans: readonly SpanRecord[]) => ctxOf(spans, { keyPath: `${scenario.keyPath}.expect`, allowedHosts: Object.keys(suite.services) });

  it('all pass on the trace they describe', () => {
    const vs = evaluate(scenario.expect, ctx(tree()));
    expect(vs.filter((v) => !v.passed)).toEqual([]);
    expect(vs).toHaveLength(3 + 3 + 2 + 2 + 2 + 1 + 5);
    expect(vs[0]!.keyPath).toBe('scenario[0].expect.span[0]');
  });

  it('a changed trace fails exactly the expectations it breaks', () => {
    // The SUT talks to the outside and carries db.statement; step y passes.
    let spans = withSpan(tree(), 'sut', { attributes: { 'server.address': 'example.com', 'db.statement': 'SELECT 1' } });
    spans = withSpan(spans, 'st', { status: 'OK' });
    const failed = evaluate(scenario.expect, ctx(spans))
      .filter((v) => !v.passed)
      .map((v) => v.keyPath);
    // errors_total ≥ 1 still holds: the scenario and the timeout are ERROR.
    expect(failed).toEqual(['scenario[0].expect.span[0]', 'scenario[0].expect.hermeticity.no_external_services', 'scenario[0].expect.hermeticity.span_attrs_forbid_keys']);
  });
});

// ---------------------------------------------------------------------------------------------
// judgeSuite
// ---------------------------------------------------------------------------------------------

describe('judgeSuite', () => {
  const suite = load(`
[meta]
name = "shop"

[service.api]
image = "alpine:3"

[[scenario]]
name = "a"
run = "true"

[[scenario.expect.span]]
name = "GET /orders"

[[scenario.expect.span]]
name = "clnrm.cleanup"
count = { eq = 1 }

[[scenario]]
name = "b"
run = "true"

[[scenario.expect.span]]
name = "GET /orders"
parent = "clnrm.step:b"

[scenario.expect.counts]
by_name = { "clnrm.cleanup" = { eq = 1 } }

[scenario.expect.hermeticity]
no_container_leakage = true

[[expect.span]]
name = "GET /orders"
ancestor = "clnrm.run"

[expect.counts]
by_name = { "clnrm.cleanup" = { eq = 2 }, "clnrm.step:*" = { eq = 2 } }
`);

  const result = (name: string, p: Partial<ScenarioResult> = {}): ScenarioResult => ({
    name,
    outcome: 'pass',
    message: 'passed',
    steps: [],
    leaks: [],
    startedAt: 0,
    durationMs: 1,
    artifacts: [],
    ...p,
  });

  /** Runner spans of both scenarios; returns the step handles so SUT spans can join under them. */
  function trace(opts: { skipScenarioSpanOf?: string } = {}) {
    const recorder = createRecorder({ seed: 1, traceKey: 'shop' });
    const run = recorder.start('clnrm.run');
    const steps: Record<string, SpanHandle> = {};
    for (const name of ['a', 'b']) {
      if (opts.skipScenarioSpanOf === name) continue;
      const sc = recorder.start(`clnrm.scenario:${name}`, run, { key: name });
      const step = recorder.start(`clnrm.step:${name}`, sc);
      steps[name] = step;
      step.ok();
      step.end();
      const cleanup = recorder.start('clnrm.cleanup', sc, { attributes: { 'cleanup.verified': true, 'cleanup.success': true } });
      cleanup.ok();
      cleanup.end();
      sc.ok();
      sc.end();
    }
    run.end();
    return { recorder, steps, spans: recorder.spans() };
  }

  const suiteRun = (t: ReturnType<typeof trace>, results: ScenarioResult[]): SuiteRun => ({
    suite,
    seed: 1,
    runId: 'r1',
    traceId: t.recorder.traceId,
    scenarios: results,
    spans: t.spans,
    startedAt: 0,
    durationMs: 10,
    interrupted: false,
  });

  /** A span of the system under test sent through scenario `scenario`'s channel, under its step and within its time. */
  const sut = (t: ReturnType<typeof trace>, scenario: string, name = 'GET /orders'): SpanRecord => {
    const step = fromReadableSpan(t.spans.find((s) => s.spanContext().spanId === t.steps[scenario]!.spanId)!);
    return rec({
      traceId: t.recorder.traceId,
      spanId: `5${String(name.length).padStart(3, '0')}${step.spanId.slice(4)}`,
      parentSpanId: step.spanId,
      name,
      kind: 'server',
      source: 'sut',
      startMs: step.startMs,
      endMs: step.endMs,
      origin: { scenario, via: 'otlp' },
    });
  };

  it('judges each scenario on its own subtree: a span of another scenario does not satisfy it', () => {
    const t = trace();
    const judged = judgeSuite(suiteRun(t, [result('a'), result('b')]), [sut(t, 'b')]);
    const [a, b] = judged.scenarios;
    // `a` sees no GET /orders (it is under b) and exactly its own cleanup.
    expect(a!.verdicts.map((v) => [v.keyPath, v.passed])).toEqual([
      ['scenario[0].expect.span[0]', false],
      ['scenario[0].expect.span[1]', true],
    ]);
    expect(a!.verdicts[0]!.message).toBe('no span named `GET /orders`; spans seen: clnrm.cleanup, clnrm.scenario:a, clnrm.step:a');
    expect(a!.outcome).toBe('fail');
    expect(a!.reason).toEqual({ type: 'expectation_failed' });
    expect(a!.message).toBe('1 expectation(s) failed: t.clnrm.toml:12: scenario[0].expect.span[0]: span `GET /orders`: no span named `GET /orders`; spans seen: clnrm.cleanup, clnrm.scenario:a, clnrm.step:a');
    // `b` passes: its SUT span joined under its step, and its own cleanup is the only one it counts.
    expect(b!.verdicts.every((v) => v.passed)).toBe(true);
    expect(b!.verdicts).toHaveLength(3);
    expect(b!.outcome).toBe('pass');
    expect(b!.reason).toBeUndefined();
    // File-level verdicts see the whole trace: both cleanups, both steps, the SUT span.
    expect(judged.fileVerdicts.map((v) => [v.keyPath, v.passed])).toEqual([
      ['expect.span[0]', true],
      ['expect.counts.by_name."clnrm.cleanup"', true],
      ['expect.counts.by_name."clnrm.step:*"', true],
    ]);
    expect(judged.passed).toBe(false);
    expect(judged.spans).toHaveLength(t.spans.length + 1);
  });

  it('sets malformed spans aside, warns of them and of orphans, and records both on the scenario span', () => {
    const t = trace();
    const good = sut(t, 'b');
    const backwards = { ...sut(t, 'b', 'app.backwards'), startMs: good.endMs, endMs: good.startMs - 5 };
    const orphan = { ...sut(t, 'b', 'app.orphan'), parentSpanId: 'feedfacefeedface' };
    const unattributed = { ...sut(t, 'b', 'app.nobody'), origin: undefined };
    const judged = judgeSuite(suiteRun(t, [result('a'), result('b')]), [good, backwards, orphan, unattributed]);
    expect(judged.malformed!.map((m) => [m.span.name, m.scenario, m.reasons])).toEqual([['app.backwards', 'b', ['it ends 5 ms before it starts']]]);
    expect(judged.unattributed).toBe(1);
    expect(judged.spans.filter((s) => s.source === 'sut').map((s) => s.name).sort()).toEqual(['GET /orders', 'app.orphan']);
    const b = judged.scenarios[1]!;
    expect(b.warnings).toEqual([
      expect.stringMatching(/^clnrm\.orphan: 1 span\(s\) of the system under test have a parent that is not in the scenario's trace: `app\.orphan` \(parent feedfacefeedface\)$/),
      expect.stringMatching(/^clnrm\.malformed: 1 span\(s\) set aside and never judged: `app\.backwards` \([0-9a-f]+\): it ends 5 ms before it starts$/),
    ]);
    expect(judged.scenarios[0]!.warnings).toBeUndefined();
    const span = judged.spans.find((s) => s.name === 'clnrm.scenario:b')!;
    expect(span.attributes).toMatchObject({ 'malformed.count': 1, 'orphans.count': 1 });
    expect(span.events.map((e) => [e.name, e.attributes['span.name']])).toEqual([
      ['clnrm.malformed', 'app.backwards'],
      ['clnrm.orphan', 'app.orphan'],
    ]);
  });

  it('passes the suite when every scenario and the file pass', () => {
    const t = trace();
    const judged = judgeSuite(suiteRun(t, [result('a'), result('b')]), [sut(t, 'a'), sut(t, 'b')]);
    expect(judged.scenarios.map((s) => s.outcome)).toEqual(['pass', 'pass']);
    expect(judged.fileVerdicts[0]).toMatchObject({ keyPath: 'expect.span[0]', passed: true, message: '2 matching span(s)' });
    expect(judged.fileVerdicts.every((v) => v.passed)).toBe(true);
    expect(judged.passed).toBe(true);
  });

  it('a failed file-level expectation fails the suite even when every scenario passes', () => {
    const t = trace();
    const run = suiteRun(t, [result('a'), result('b')]);
    const judged = judgeSuite({ ...run, spans: run.spans.filter((s) => s.name !== 'clnrm.step:a') }, [sut(t, 'b')]);
    expect(judged.fileVerdicts.find((v) => v.keyPath === 'expect.counts.by_name."clnrm.step:*"')).toMatchObject({ passed: false, message: '1 counted' });
    expect(judged.passed).toBe(false);
  });

  it('ignores SUT spans of another trace', () => {
    const t = trace();
    const foreign = { ...sut(t, 'b'), traceId: 'f'.repeat(32) };
    const judged = judgeSuite(suiteRun(t, [result('a'), result('b')]), [foreign]);
    expect(judged.spans.some((s) => s.source === 'sut')).toBe(false);
    expect(judged.scenarios[1]!.verdicts[0]).toMatchObject({ passed: false });
    expect(judged.scenarios[1]!.reason).toEqual({ type: 'expectation_failed' });
    expect(judged.fileVerdicts[0]!.passed).toBe(false);
  });

  it('passes leaks of the scenario to its hermeticity checks, and all leaks to the file', () => {
    const t = trace();
    const leaks: ResourceInfo[] = [{ kind: 'container', id: 'deadbeefdeadbeef', labels: {} }];
    const judged = judgeSuite(suiteRun(t, [result('a', { leaks }), result('b')]), [sut(t, 'b')]);
    // The leak belongs to a: b's hermeticity check does not see it.
    expect(judged.scenarios[1]!.verdicts.find((v) => v.kind === 'hermeticity')!.passed).toBe(true);
    const judgedB = judgeSuite(suiteRun(t, [result('a'), result('b', { leaks })]), [sut(t, 'b')]);
    const h = judgedB.scenarios[1]!.verdicts.find((v) => v.kind === 'hermeticity')!;
    expect(h).toMatchObject({ passed: false, message: 'container deadbeefdead left on the engine' });
    expect(judgedB.scenarios[1]!.outcome).toBe('fail');
  });

  it('keeps an engine error an error, and leaves skipped scenarios unjudged', () => {
    const t = trace();
    const judged = judgeSuite(
      suiteRun(t, [result('a', { outcome: 'error', reason: { type: 'engine_error' }, message: 'boom' }), result('b', { skipped: true, message: 'skipped' })]),
    );
    expect(judged.scenarios[0]).toMatchObject({ outcome: 'error', reason: { type: 'engine_error' }, message: 'boom' });
    expect(judged.scenarios[0]!.verdicts.some((v) => !v.passed)).toBe(true);
    expect(judged.scenarios[1]!.verdicts).toEqual([]);
    expect(judged.scenarios[1]!.outcome).toBe('pass');
    expect(judged.passed).toBe(false);
  });

  it('a scenario whose span is missing is an error when it declares expectations', () => {
    const t = trace({ skipScenarioSpanOf: 'a' });
    const judged = judgeSuite(suiteRun(t, [result('a'), result('b')]), [sut(t, 'b')]);
    expect(judged.scenarios[0]!.outcome).toBe('error');
    expect(judged.scenarios[0]!.message).toBe("the scenario's span is missing, so its 2 expectation(s) could not be checked");
    expect(judged.scenarios[0]!.verdicts).toEqual([]);
  });

  it('does not touch a passing scenario whose expectations all hold; skipped scenarios do not count', () => {
    const t = trace();
    const judged = judgeSuite(suiteRun(t, [result('a', { skipped: true }), result('b')]), [sut(t, 'b')]);
    expect(judged.scenarios[1]).toMatchObject({ outcome: 'pass', message: 'passed' });
    expect(judged.scenarios[1]!.reason).toBeUndefined();
    expect(judged.passed).toBe(true);
    // Nothing ran: the suite does not pass.
    const none = judgeSuite(suiteRun(t, [result('a', { skipped: true }), result('b', { skipped: true })]), [sut(t, 'b')]);
    expect(none.passed).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Matchers, max_duration_ms and errors_allowed from TOML; verdict locations
// ---------------------------------------------------------------------------------------------

describe('attribute matchers, max_duration_ms and errors_allowed in TOML', () => {
  const head = `[meta]
name = "shop"

[service.api]
image = "alpine:3"

[[scenario]]
name = "x"
run = "true"
`;
  const issues = (extra: string) => {
    const r = loadSuiteSource('t.clnrm.toml', head + extra, { env: {} });
    if (r.ok) throw new Error('expected the file to be rejected');
    return r.issues.map((i) => ({ line: i.line, keyPath: i.keyPath, message: i.message, hint: i.hint }));
  };

  it('keeps literals and matcher tables as data in the model', () => {
    const suite = load(`${head}
[[scenario.expect.span]]
name = "GET /orders"
attrs.all = { "http.route" = "/orders", "http.response.status_code" = { gte = 200, lt = 300 }, "db.statement" = { exists = false } }
attrs.any = { "server.address" = { in = ["db", "cache"] }, "http.route" = { glob = "/ord*", regex = "^/" } }

[[scenario.expect.window]]
outer = "clnrm.scenario:x"
contains = ["clnrm.cleanup"]
max_duration_ms = 890

[scenario.expect.status]
all = "OK"
errors_allowed = 2

[scenario.expect.hermeticity]
resource_attrs_must_match = { "service.name" = { ne = "clnrm" } }
`);
    const e = suite.scenarios[0]!.expect;
    expect(e.span[0]!.attrs).toEqual({
      all: { 'http.route': '/orders', 'http.response.status_code': { gte: 200, lt: 300 }, 'db.statement': { exists: false } },
      any: { 'server.address': { in: ['db', 'cache'] }, 'http.route': { glob: '/ord*', regex: '^/' } },
    });
    expect(e.window).toEqual([{ outer: 'clnrm.scenario:x', contains: ['clnrm.cleanup'], maxDurationMs: 890 }]);
    expect(e.status).toEqual({ all: 'OK', errorsAllowed: 2 });
    expect(e.hermeticity?.resourceAttrsMustMatch).toEqual({ 'service.name': { ne: 'clnrm' } });
    // Judged on the hand-built trace: the SUT span satisfies the span expectation; the scenario lasts 890 ms; 3 spans are ERROR.
    const vs = evaluate(e, ctxOf(tree(), { keyPath: 'scenario[0].expect' }));
    expect(vs.map((v) => [v.keyPath, v.passed])).toEqual([
      ['scenario[0].expect.span[0]', true],
      ['scenario[0].expect.window[0]', true],
      ['scenario[0].expect.window[0].max_duration_ms', true],
      ['scenario[0].expect.status.all', false],
      ['scenario[0].expect.hermeticity.resource_attrs_must_match', true],
    ]);
  });

  it('defaults errors_allowed to 0 and leaves max_duration_ms out when not given', () => {
    const e = load(`${head}
[[scenario.expect.window]]
outer = "clnrm.step:x"
contains = ["clnrm.cleanup"]

[scenario.expect.status]
all = "OK"
`).scenarios[0]!.expect;
    expect(e.status).toEqual({ all: 'OK', errorsAllowed: 0 });
    expect(e.window).toEqual([{ outer: 'clnrm.step:x', contains: ['clnrm.cleanup'] }]);
  });

  it('rejects malformed matcher tables, located at the offending key', () => {
    const span = (attrs: string) => `[[scenario.expect.span]]\nname = "clnrm.run"\n${attrs}\n`;
    expect(issues(span('attrs.all = { a = { regx = "x" } }'))).toEqual([
      { line: 12, keyPath: 'scenario[0].expect.span[0].attrs.all.a.regx', message: 'unknown key `regx`', hint: 'did you mean `regex`?' },
    ]);
    expect(issues(span('attrs.all = { a = { gt = "x" } }'))).toMatchObject([{ keyPath: 'scenario[0].expect.span[0].attrs.all.a.gt', message: 'expected a number, got a string' }]);
    expect(issues(span('attrs.all = { a = { regex = "(" } }'))).toMatchObject([
      { keyPath: 'scenario[0].expect.span[0].attrs.all.a.regex', message: 'expected a valid regular expression, got "("' },
    ]);
    expect(issues(span('attrs.any = { a = { in = [] } }'))).toMatchObject([{ keyPath: 'scenario[0].expect.span[0].attrs.any.a.in', message: 'expected at least 1 item(s)' }]);
    expect(issues(span('attrs.all = { a = { eq = { b = 1 } } }'))).toMatchObject([{ keyPath: 'scenario[0].expect.span[0].attrs.all.a.eq', message: expect.stringContaining('got a table') }]);
    expect(issues(span('attrs.all = { a = { exists = "yes" } }'))).toMatchObject([{ message: 'expected a boolean (true or false), got a string' }]);
    expect(issues(span('attrs.all = { a = {} }'))).toMatchObject([{ keyPath: 'scenario[0].expect.span[0].attrs.all.a', message: 'expected at least one key in this table' }]);
    expect(issues(span('attrs.all = { a = [1, 2] }'))).toMatchObject([{ keyPath: 'scenario[0].expect.span[0].attrs.all.a', message: expect.stringContaining('got an array') }]);
  });

  it('rejects a bad max_duration_ms or errors_allowed, and errors_allowed without all = "OK"', () => {
    expect(issues('[[scenario.expect.window]]\nouter = "clnrm.run"\ncontains = ["clnrm.cleanup"]\nmax_duration_ms = -1\n')).toMatchObject([
      { keyPath: 'scenario[0].expect.window[0].max_duration_ms', message: 'expected a value at least 0, got -1' },
    ]);
    expect(issues('[scenario.expect.status]\nall = "OK"\nerrors_allowed = 1.5\n')).toMatchObject([{ keyPath: 'scenario[0].expect.status.errors_allowed', message: 'expected an integer, got a float' }]);
    expect(issues('[scenario.expect.status]\nerrors_allowed = 1\n')).toEqual([
      { line: 11, keyPath: 'scenario[0].expect.status.errors_allowed', message: '`errors_allowed` only applies to `all = "OK"`', hint: 'add `all = "OK"`, or remove `errors_allowed`' },
    ]);
    expect(issues('[expect.status]\nall = "ERROR"\nby_name = { "clnrm.run" = "OK" }\nerrors_allowed = 0\n')).toMatchObject([
      { keyPath: 'expect.status.errors_allowed', message: '`errors_allowed` only applies to `all = "OK"`', hint: 'remove `errors_allowed`' },
    ]);
  });
});

describe('verdict locations', () => {
  const source = `[meta]
name = "shop"

[service.api]
image = "alpine:3"

[[scenario]]
name = "a"
run = "true"

[[scenario.expect.span]]
name = "clnrm.step:a"

[[scenario.expect.span]]
name = "clnrm.cleanup"
attrs.all = { "cleanup.success" = false }

[[scenario.expect.window]]
outer = "clnrm.scenario:a"
contains = ["clnrm.step:a"]
max_duration_ms = 0

[scenario.expect.status]
by_name = { "clnrm.step:a" = "ERROR", cleanup = "OK" }

[expect.counts]
by_name = { "clnrm.cleanup" = { eq = 2 } }
spans_total = { gte = 2 }

[expect.hermeticity]
no_container_leakage = true
`;
  const suite = load(source);

  function judged() {
    const recorder = createRecorder({ seed: 1, traceKey: 'shop' });
    const run = recorder.start('clnrm.run');
    const sc = recorder.start('clnrm.scenario:a', run, { key: 'a' });
    const step = recorder.start('clnrm.step:a', sc);
    step.ok();
    step.end();
    const cleanup = recorder.start('clnrm.cleanup', sc, { attributes: { 'cleanup.verified': true, 'cleanup.success': true } });
    cleanup.ok();
    cleanup.end();
    sc.ok();
    sc.end();
    run.end();
    const result: ScenarioResult = { name: 'a', outcome: 'pass', message: 'passed', steps: [], leaks: [], startedAt: 0, durationMs: 1, artifacts: [] };
    const runOf: SuiteRun = { suite, seed: 1, runId: 'r1', traceId: recorder.traceId, scenarios: [result], spans: recorder.spans(), startedAt: 0, durationMs: 10, interrupted: false };
    return judgeSuite(runOf);
  }

  const lineOf = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

  it('every verdict carries the line and column of its expectation', () => {
    const j = judged();
    const at = (vs: Verdict[]) => vs.map((v) => [v.keyPath, v.line, v.column]);
    const spanHeaders = source.split('\n').flatMap((l, i) => (l === '[[scenario.expect.span]]' ? [i + 1] : []));
    expect(at(j.scenarios[0]!.verdicts)).toEqual([
      ['scenario[0].expect.span[0]', spanHeaders[0], 1],
      ['scenario[0].expect.span[1]', spanHeaders[1], 1],
      ['scenario[0].expect.window[0]', lineOf('[[scenario.expect.window]]'), 1],
      ['scenario[0].expect.window[0].max_duration_ms', lineOf('max_duration_ms'), 1],
      ['scenario[0].expect.status.by_name."clnrm.step:a"', lineOf('by_name = { "clnrm.step:a"'), 13],
      // A bare key is written bare in the key path, as the loader writes it.
      ['scenario[0].expect.status.by_name.cleanup', lineOf('by_name = { "clnrm.step:a"'), 39],
    ]);
    expect(at(j.fileVerdicts)).toEqual([
      ['expect.counts.spans_total', lineOf('spans_total'), 1],
      ['expect.counts.by_name."clnrm.cleanup"', lineOf('by_name = { "clnrm.cleanup"'), 13],
      ['expect.hermeticity.no_container_leakage', lineOf('no_container_leakage'), 1],
    ]);
  });

  it('a failed scenario names the file and line of each failed expectation', () => {
    const j = judged();
    const failed = j.scenarios[0]!.verdicts.filter((v) => !v.passed).map((v) => v.keyPath);
    expect(failed).toEqual([
      'scenario[0].expect.span[1]',
      'scenario[0].expect.window[0].max_duration_ms',
      'scenario[0].expect.status.by_name."clnrm.step:a"',
      'scenario[0].expect.status.by_name.cleanup',
    ]);
    expect(j.scenarios[0]!.message).toContain(`t.clnrm.toml:${lineOf('attrs.all = { "cleanup.success" = false }') - 2}: scenario[0].expect.span[1]: span \`clnrm.cleanup\``);
    expect(j.scenarios[0]!.message).toContain(`t.clnrm.toml:${lineOf('max_duration_ms')}: scenario[0].expect.window[0].max_duration_ms: `);
  });

  it('falls back to the nearest enclosing key the file knows', () => {
    const j = judgeSuite({ ...judged().run, suite: { ...suite, locate: (k: string) => (k === 'scenario[0].expect' ? { line: 7, column: 3 } : suite.locate(k === 'expect.counts.spans_total' ? 'nope' : k)) } });
    expect(j.fileVerdicts[0]).toMatchObject({ keyPath: 'expect.counts.spans_total', line: lineOf('[expect.counts]'), column: 1 });
    const bare = judgeSuite({ ...judged().run, suite: { ...suite, locate: () => undefined } });
    expect(bare.fileVerdicts[0]!.line).toBeUndefined();
    expect(bare.scenarios[0]!.message).toContain(': scenario[0].expect.span[1]: ');
    expect(bare.scenarios[0]!.message).not.toContain('t.clnrm.toml:');
  });

  it('the console reporter prints file:line for failed verdicts', () => {
    let text = '';
    const out = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
    const j = judged();
    consoleReporter({ out, verbose: true }).suiteEnd!(j, { digest: 'd'.repeat(64), reports: [] });
    const maxLine = lineOf('max_duration_ms');
    expect(text).toContain(`✗ t.clnrm.toml:${maxLine}: scenario[0].expect.window[0].max_duration_ms: \`clnrm.scenario:a\` lasts ≤ 0 ms:`);
    expect(text).toContain(`✓ span \`clnrm.step:a\`: 1 matching span(s)`);
    expect(text).toContain(`✗ t.clnrm.toml:${lineOf('by_name = { "clnrm.cleanup"')}: expect.counts.by_name."clnrm.cleanup": spans named \`clnrm.cleanup\` = 2 — 1 counted`);
    // Passing file verdicts keep their key path only.
    expect(text).toContain('✓ expect.counts.spans_total: spans ≥ 2');
    // Without --verbose, the failed scenario's message carries the locations.
    text = '';
    consoleReporter({ out }).suiteEnd!(j, { digest: 'd'.repeat(64), reports: [] });
    expect(text).toContain(`t.clnrm.toml:${maxLine}: scenario[0].expect.window[0].max_duration_ms`);
  });
});
