/**
 * The indexed evaluation against the straightforward one it replaces, on
 * generated traces: the reasons counted without building them, the window
 * index, the cycle search and the name index give what a plain scan gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpanExpectation } from '../load/index.js';
import { matchesPattern } from '../common/span-names.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { buildGraph } from './graph.js';
import { spanJudging } from './span.js';
import { checkGraph } from './structure.js';
import { checkWindows } from './window.js';
import type { CheckContext } from './types.js';

const NAMES = ['a', 'b', 'ab', 'c'];
const PATTERNS = ['a', 'b', 'a*', '*b', '*', 'c', 'x'];
const traceArb = fc
  .array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      id: fc.nat(30),
      parent: fc.option(fc.nat(30)),
      kind: fc.constantFrom('internal', 'server', 'client') as fc.Arbitrary<SpanRecord['kind']>,
      status: fc.constantFrom('OK', 'ERROR', 'UNSET') as fc.Arbitrary<SpanRecord['status']>,
      attrs: fc.dictionary(fc.constantFrom('k', 'n', 'chaos.injected', 'chaos.reason'), fc.oneof(fc.constantFrom('x', '1', 'y'), fc.integer({ min: -3, max: 3 }), fc.boolean()), { maxKeys: 3 }),
      events: fc.array(fc.constantFrom('e', 'f', 'g'), { maxLength: 3 }),
      start: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(Number.NaN)),
      length: fc.integer({ min: 0, max: 10 }),
    }),
    { maxLength: 30 },
  )
  .map((xs) =>
    xs.map((x): SpanRecord => {
      const s: SpanRecord = {
        traceId: 't', spanId: `s${x.id}`, name: x.name, kind: x.kind, status: x.status, attributes: x.attrs,
        events: x.events.map((name) => ({ name, timeMs: 0, attributes: {} })), startMs: x.start, endMs: x.start + x.length, resource: {}, source: 'sut',
      };
      if (x.parent !== null) s.parentSpanId = `s${x.parent}`;
      return s;
    }),
  );

const expectationArb: fc.Arbitrary<SpanExpectation> = fc.record({
  keyPath: fc.constant('expect.span[0]'),
  name: fc.constantFrom(...PATTERNS),
  parent: fc.option(fc.constantFrom(...PATTERNS), { nil: undefined }),
  ancestor: fc.option(fc.constantFrom(...PATTERNS), { nil: undefined }),
  kind: fc.option(fc.constantFrom('internal', 'server', 'client') as fc.Arbitrary<'internal' | 'server' | 'client'>, { nil: undefined }),
  status: fc.option(fc.constantFrom('OK', 'ERROR', 'UNSET') as fc.Arbitrary<'OK' | 'ERROR' | 'UNSET'>, { nil: undefined }),
  attrs: fc.record(
    {
      all: fc.dictionary(fc.constantFrom('k', 'n', 'chaos.injected'), fc.oneof(fc.constantFrom('x', '1'), fc.integer({ min: -1, max: 1 }), fc.boolean(), fc.record({ gte: fc.integer({ min: -2, max: 2 }) }), fc.record({ exists: fc.boolean() })), { maxKeys: 2 }),
      any: fc.dictionary(fc.constantFrom('k', 'n'), fc.oneof(fc.constantFrom('x', 'y'), fc.integer({ min: -1, max: 1 })), { maxKeys: 2 }),
      none: fc.array(fc.constantFrom('k', 'n'), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  events: fc.record({ all: fc.array(fc.constantFrom('e', 'f'), { maxLength: 2 }), any: fc.array(fc.constantFrom('f', 'g'), { maxLength: 2 }) }, { requiredKeys: [] }),
  durationMs: fc.option(fc.record({ min: fc.integer({ min: 0, max: 5 }), max: fc.integer({ min: 3, max: 9 }) }, { requiredKeys: [] }), { nil: undefined }),
}) as fc.Arbitrary<SpanExpectation>;

const ctx = (spans: SpanRecord[]): CheckContext => ({ graph: buildGraph(spans), keyPath: 'expect', leaks: [] }) as unknown as CheckContext;

describe('indexed span judging', () => {
  it('counts exactly the reasons it would spell out, for every span and expectation', () => {
    fc.assert(
      fc.property(traceArb, expectationArb, (spans, e) => {
        const graph = buildGraph(spans);
        const count = spanJudging.mismatchCounter(e, graph);
        spans.forEach((s, position) => expect(count(position)).toBe(spanJudging.mismatches(e, s, graph).length));
      }),
      { numRuns: 400 },
    );
  });

  it('answers ancestor questions as the list of ancestors does (cycles included)', () => {
    fc.assert(
      fc.property(traceArb, fc.constantFrom(...PATTERNS), (spans, pattern) => {
        const graph = buildGraph(spans);
        for (const s of spans) expect(graph.hasAncestorNamed(s, pattern)).toBe(graph.ancestorsOf(s).some((a) => matchesPattern(a.name, pattern)));
      }),
      { numRuns: 300 },
    );
  });

  it('answers parent and ancestor questions by position as by span', () => {
    fc.assert(
      fc.property(traceArb, fc.constantFrom(...PATTERNS), (spans, pattern) => {
        const graph = buildGraph(spans);
        const parentNamed = graph.parentNamed(pattern);
        const ancestorNamed = graph.ancestorNamed(pattern);
        spans.forEach((s, position) => {
          const parent = graph.parentOf(s);
          expect(parentNamed(position)).toBe(parent !== undefined && matchesPattern(parent.name, pattern));
          expect(ancestorNamed(position)).toBe(graph.ancestorsOf(s).some((a) => matchesPattern(a.name, pattern)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps as closest candidates the first three a stable sort by missed constraints gives', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 20 }), (problems) => {
        const closest = new spanJudging.Closest();
        problems.forEach((p, i) => closest.offer({ spanId: `s${i}` } as SpanRecord, p));
        const sorted = problems.map((p, i) => ({ p, id: `s${i}` })).sort((a, b) => a.p - b.p);
        expect(closest.spans.map((s) => s.spanId)).toEqual(sorted.slice(0, 3).map((x) => x.id));
      }),
      { numRuns: 300 },
    );
  });

  it('lists the spans of a pattern in trace order, as a scan does', () => {
    fc.assert(
      fc.property(traceArb, fc.constantFrom(...PATTERNS), (spans, pattern) => {
        expect(buildGraph(spans).named(pattern)).toEqual(spans.filter((s) => matchesPattern(s.name, pattern)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('indexed windows and cycles', () => {
  it('finds the spans outside every outer span as a scan of all pairs does', () => {
    fc.assert(
      fc.property(traceArb, fc.constantFrom(...PATTERNS), fc.constantFrom(...PATTERNS), (spans, outer, inner) => {
        const [v] = checkWindows({ span: [], window: [{ outer, contains: [inner] }] } as never, ctx(spans));
        const outers = spans.filter((s) => matchesPattern(s.name, outer));
        const inners = spans.filter((s) => matchesPattern(s.name, inner));
        const outside = inners.filter((s) => !outers.some((o) => o.startMs <= s.startMs && s.endMs <= o.endMs));
        expect(v!.passed).toBe(outers.length > 0 && inners.length > 0 && outside.length === 0);
        if (outers.length > 0 && outside.length > 0) expect(v!.message).toContain(`${outside.length} of ${inners.length}`);
      }),
      { numRuns: 400 },
    );
  });

  it('finds a parent cycle exactly when a walk from some span meets itself (duplicate ids included)', () => {
    fc.assert(
      fc.property(traceArb, (spans) => {
        const graph = buildGraph(spans);
        const walk = (s: SpanRecord) => {
          const seen = new Set<string>();
          for (let p: SpanRecord | undefined = s; p; p = graph.parentOf(p)) {
            if (seen.has(p.spanId)) return true;
            seen.add(p.spanId);
          }
          return false;
        };
        const [v] = checkGraph({ span: [], window: [], graph: { acyclic: true } } as never, ctx(spans));
        expect(v!.passed).toBe(!spans.some(walk));
      }),
      { numRuns: 400 },
    );
  });
});
