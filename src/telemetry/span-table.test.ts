/**
 * A trace kept as a SpanTable is judged, digested and listed exactly as the
 * same trace kept as SpanRecords: same verdicts (same messages), the same
 * canonical text byte for byte (with subtree texts spilled to a file), the
 * same report listing. Generated traces of several shapes, 2–20 k spans.
 */
import { describe, expect, it } from 'vitest';
import { canonicalTraceText, textDigest, textString } from '../report/canonical.js';
import { canonicalText, heldStrings, KEEP_CHARS, largeCanonicalTraceText, withSpillChars } from '../report/canonical-large.js';
import { spanLines } from '../report/json.js';
import { traceFile } from '../report/input.js';
import { buildGraph } from '../validate/graph.js';
import { evaluate } from '../validate/index.js';
import type { ExpectSpec } from '../load/index.js';
import type { JudgedSuite } from '../validate/judge.js';
import { createRng } from '../plan/rng.js';
import type { AttrValue, SpanRecord } from './span-record.js';
import { LARGE_TRACE_SPANS, rowsList, rowsOf, sortedByKey, spanList, SpanRows, spanTableOf, tableOf } from './span-table.js';


interface Shape {
  spans: number;
  /** Children per parent (upper bound). */
  fanOut: number;
  /** Share of spans that are malformed one way or another (duplicate/odd ids, missing or self parents, cycles). */
  odd: number;
  /** Distinct names (few: many ties between siblings, broken by their texts). */
  names: number;
}

const NAMES = ['GET /api/orders/{id}', 'SELECT shop.orders', 'redis GET', 'clnrm.step:login', 'clnrm.cleanup', 'clnrm.probe', 'caf\u00e9 \ud83d\ude00', 'lone \ud800 name', 'clnrm.scenario:a'];
const VALUES: AttrValue[] = ['x', 'caf\u00e9', '\ud83d\ude00 pair', 'lone \udc00', 'quote " and \\ and \n', 0, -0, 1.5, 2 ** 60, NaN, Infinity, true, false, ['a', 1, true], []];
const KEYS = ['http.route', 'server.port', 'container.name', 'run.id', 'kpi.x', 'db.system', '\u00e9t\u00e9', 'a', 'b', 'secret.token'];

function generate(shape: Shape, seed: number): SpanRecord[] {
  const rng = createRng(seed, 'span-table');
  const rnd = () => rng.next();
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const spans: SpanRecord[] = [];
  const open: SpanRecord[] = [];
  const attrs = (): Record<string, AttrValue> => {
    const out: Record<string, AttrValue> = {};
    for (let k = Math.floor(rnd() * 5); k > 0; k--) out[pick(KEYS)] = pick(VALUES);
    return out;
  };
  for (let i = 0; i < shape.spans; i++) {
    const name = NAMES[Math.floor(rnd() * Math.min(shape.names, NAMES.length))]!;
    const parent = open.length && rnd() > 0.02 ? open[Math.floor(rnd() * open.length)] : undefined;
    let spanId = (i + 1).toString(16).padStart(16, '0');
    let parentSpanId = parent?.spanId;
    if (rnd() < shape.odd) {
      const r = rnd();
      if (r < 0.2 && spans.length) spanId = pick(spans).spanId; // duplicate id
      else if (r < 0.35) spanId = `odd-${i}`; // not 16 hex digits
      else if (r < 0.5) parentSpanId = 'ffffffffffffffff'; // parent not in the trace
      else if (r < 0.6) parentSpanId = spanId; // its own parent
      else if (r < 0.7) parentSpanId = ''; // empty parent id
      else if (r < 0.8 && spans.length) parentSpanId = `odd-${Math.floor(rnd() * i)}`; // odd parent id
      else if (spans.length) parentSpanId = (i + 2).toString(16).padStart(16, '0'); // a later span: cycles
    }
    const start = 1_700_000_000_000 + Math.floor(rnd() * 1000) + rnd();
    const s: SpanRecord = {
      traceId: pick(['4bf92f3577b34da6a3ce929d0e0e4736', 'other']),
      spanId,
      name,
      kind: pick(['internal', 'server', 'client'] as const),
      status: pick(['OK', 'ERROR', 'UNSET'] as const),
      attributes: attrs(),
      events: rnd() < 0.2 ? [{ name: pick(['exception', 'retry', 'cleanup.complete']), timeMs: start + 1, attributes: attrs() }, ...(rnd() < 0.5 ? [{ name: 'retry', timeMs: start + 2, attributes: attrs() }] : [])] : [],
      startMs: rnd() < 0.1 && spans.length ? spans[spans.length - 1]!.startMs : start,
      endMs: start + rnd() * 50,
      resource: pick<Record<string, AttrValue>>([{ 'service.name': 'api' }, { 'service.name': 'clnrm', 'service.version': '1' }]),
      source: pick(['runner', 'sut'] as const),
    };
    if (parentSpanId !== undefined) s.parentSpanId = parentSpanId;
    if (rnd() < 0.1) s.statusMessage = pick(['', 'boom', 'caf\u00e9']);
    if (s.source === 'sut' && rnd() < 0.5) s.origin = { scenario: pick(['a', 'b']), via: 'otlp' };
    if (s.source === 'sut' && rnd() < 0.3) s.types = { 'http.route': 'string' };
    if (rnd() < 0.05) s.endMissing = true;
    spans.push(s);
    open.push(s);
    if (open.length > shape.fanOut) open.splice(Math.floor(rnd() * open.length), 1);
  }
  return spans;
}

const SHAPES: [string, Shape][] = [
  ['wide and shallow', { spans: 20_000, fanOut: 3, odd: 0, names: 4 }],
  ['deep chains', { spans: 5_000, fanOut: 1, odd: 0, names: 3 }],
  ['many ties between siblings', { spans: 8_000, fanOut: 40, odd: 0, names: 2 }],
  ['malformed: duplicate and odd ids, self and missing parents, cycles', { spans: 6_000, fanOut: 20, odd: 0.15, names: 9 }],
  ['every name, unicode, measurement spans', { spans: 2_000, fanOut: 8, odd: 0.02, names: 9 }],
];

const EXPECT = {
  span: [
    { keyPath: 'expect.span[0]', name: 'GET /api/*', attrs: { all: { 'http.route': 'x' } }, events: {} },
    { keyPath: 'expect.span[1]', name: 'SELECT shop.orders', parent: 'GET /api/orders/{id}', attrs: {}, events: {}, count: { gte: 1 } },
    { keyPath: 'expect.span[2]', name: 'redis GET', ancestor: 'clnrm.step:*', attrs: { any: { 'db.system': 'x', a: 1.5 }, none: ['b'] }, events: { any: ['retry'] }, count: { gte: 2 } },
    { keyPath: 'expect.span[3]', name: '*', kind: 'server', status: 'ERROR', attrs: {}, events: { all: ['exception'] }, durationMs: { max: 25 } },
    { keyPath: 'expect.span[4]', name: 'clnrm.cleanup', ancestor: 'GET /api/orders/{id}', attrs: { all: { 'server.port': 0 } }, events: {}, count: { lte: 3 } },
    { keyPath: 'expect.span[5]', name: 'nothing by this name', attrs: {}, events: {} },
  ],
  graph: { mustInclude: [['GET /api/orders/{id}', 'SELECT shop.orders'], ['redis GET', 'nope']], mustNotCross: [['clnrm.cleanup', 'redis GET']], acyclic: true },
  counts: { spansTotal: { gte: 1 }, eventsTotal: { gte: 1 }, errorsTotal: { lte: 10 }, byName: { 'redis GET': { gte: 1 }, 'SELECT *': { eq: 3 } } },
  window: [{ outer: 'clnrm.step:*', contains: ['redis GET'] }],
  order: { mustPrecede: [['redis GET', 'clnrm.cleanup']], mustFollow: [['SELECT shop.orders', 'redis GET']] },
  status: { byName: { 'redis GET': 'OK', 'clnrm.cleanup': 'UNSET' } },
} as unknown as ExpectSpec;

const verdictsOf = (spans: readonly SpanRecord[]) => evaluate(EXPECT, { graph: buildGraph(spans), keyPath: 'expect', leaks: [], allowedHosts: ['api'] });

describe('a trace kept as a SpanTable', () => {
  it('keeps apart what JSON would confuse, and the events of the last span', () => {
    const base = { traceId: 't', name: 'n', kind: 'internal', status: 'UNSET', startMs: 1, endMs: 2, source: 'sut' } as const;
    const spans: SpanRecord[] = [
      { ...base, spanId: '0000000000000001', attributes: { a: NaN }, events: [], resource: { x: NaN } },
      { ...base, spanId: '0000000000000002', attributes: { a: -0 }, events: [{ name: 'e', timeMs: 1, attributes: {} }], resource: { x: -0 }, types: { a: 'int' } },
      { ...base, spanId: '0000000000000003', attributes: { a: 0 }, events: [], resource: { x: 0 }, origin: { scenario: 's', via: 'otlp' } },
      { ...base, spanId: 'not hex', parentSpanId: '', attributes: {}, events: [{ name: 'e', timeMs: 1, attributes: { b: [1, 'x'] } }, { name: 'f', timeMs: 2, attributes: { c: 'y' } }], resource: { x: 'null' } },
    ];
    const table = spanTableOf(spans);
    for (let i = 0; i < spans.length; i++) expect(table.at(i)).toStrictEqual(spans[i]);
    expect(Object.is(table.at(1).resource['x'], -0)).toBe(true);
  });

  it('gives a subtree larger than LARGE_TRACE_SPANS as rows of the same table (not a copy), with the same spans', () => {
    const spans = generate({ spans: LARGE_TRACE_SPANS + 500, fanOut: 2, odd: 0, names: 4 }, 7);
    // One root over everything: the subtree of the first span holds every span but the few other roots.
    for (const s of spans.slice(1)) if (s.parentSpanId === undefined) s.parentSpanId = spans[0]!.spanId;
    const a = buildGraph(spans).subtree(spans[0]!);
    const b = buildGraph(spanList(spanTableOf(spans)));
    const sub = b.subtree(b.spans[0]!);
    expect(sub.spans.length).toBeGreaterThan(LARGE_TRACE_SPANS);
    expect(rowsOf(sub.spans)?.table).toBe(rowsOf(b.spans)!.table);
    expect([...sub.spans]).toStrictEqual([...a.spans]);
  });

  it('gives the canonical text of a parent with a flood of alike children (and records among rows) as canonical.ts does', () => {
    const rng = createRng(11, 'span-table-flood');
    const base = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', kind: 'server', status: 'OK', resource: { 'service.name': 'app' }, source: 'sut' } as const;
    const runner: SpanRecord[] = [
      { ...base, source: 'runner', spanId: '00000000000000aa', name: 'clnrm.run', attributes: { 'forgeries.count': 1 }, events: [{ name: 'clnrm.forgery', timeMs: 5, attributes: { x: 'y' } }], startMs: 0, endMs: 100 },
      { ...base, source: 'runner', spanId: '00000000000000bb', parentSpanId: '00000000000000aa', name: 'clnrm.step:s', attributes: {}, events: [], startMs: 1, endMs: 99 },
    ];
    const sut: SpanRecord[] = [];
    for (let i = 0; i < 20_000; i++) {
      const r = rng.next();
      const spanId = r < 0.01 && sut.length ? sut[Math.floor(rng.next() * sut.length)]!.spanId : (0x1000 + i).toString(16).padStart(16, '0');
      const parentSpanId = r > 0.995 && sut.length ? sut[sut.length - 1]!.spanId : '00000000000000bb';
      sut.push({
        ...base, spanId, parentSpanId, name: r < 0.97 ? 'app.req' : 'app.other',
        attributes: r < 0.9 ? { code: 200, tenant: 't1' } : r < 0.95 ? { code: 503 } : {},
        events: r > 0.98 && r < 0.99 ? [{ name: 'retry', timeMs: 3, attributes: {} }] : [],
        startMs: 2 + Math.floor(rng.next() * 3), endMs: 50, status: r < 0.96 ? 'OK' : 'ERROR',
      });
    }
    const all = [...runner, ...sut];
    const table = spanTableOf(sut);
    const rows = new SpanRows(table, Int32Array.from([~0, ~1, ...sut.keys()]), runner);
    for (const exclude of [[], ['code']]) {
      const expected = textString(canonicalTraceText(all, exclude, false).text);
      for (const spill of [64, 1 << 16]) expect(textString(withSpillChars(spill, () => largeCanonicalTraceText(rows, exclude)!))).toBe(expected);
    }
    expect(canonicalText(rowsList(rows), [])).toBeDefined();
    expect(textDigest(canonicalText(rowsList(rows), []))).toBe(textDigest(canonicalTraceText(all, [], false).text));
    // Listed in the spans file in the same order (start ties broken by name, then id: packed ids compared as numbers).
    const judged = (list: readonly SpanRecord[]) => ({ spans: list, run: { startedAt: 0, suite: { determinism: {} } } }) as unknown as JudgedSuite;
    expect([...spanLines(judged(rowsList(rows)))].join('')).toBe([...spanLines(judged(all))].join(''));
  });

  describe.each(SHAPES)('%s', (_label, shape) => {
    const spans = generate(shape, shape.spans + shape.fanOut);
    const table = spanTableOf(spans);
    const view = spanList(table);

    it('gives back every span as appended', () => {
      expect(view.length).toBe(spans.length);
      for (let i = 0; i < spans.length; i += 7) expect(table.at(i)).toStrictEqual(spans[i]);
      expect([...view]).toStrictEqual(spans);
      expect(tableOf(view)).toBe(table);
      expect([view[spans.length], (view as unknown as Record<string, unknown>)['01'], '' in view, '0' in view, String(spans.length) in view]).toStrictEqual([undefined, undefined, false, true, false]);
    });

    it('is judged with the same verdicts and messages', () => {
      expect(verdictsOf(view)).toStrictEqual(verdictsOf(spans));
    });

    it('answers graph questions alike (parents, ancestors, subtrees)', () => {
      const a = buildGraph(spans);
      const b = buildGraph(view);
      expect(Array.from(b.parentIndex)).toStrictEqual(Array.from(a.parentIndex));
      expect(b.hasDuplicateIds).toBe(a.hasDuplicateIds);
      for (const name of ['redis GET', 'GET /*', 'clnrm.scenario:a']) {
        expect(Array.from(b.namedPositions(name))).toStrictEqual(Array.from(a.namedPositions(name)));
        expect([...b.named(name)]).toStrictEqual([...a.named(name)]);
      }
      for (let i = 0; i < spans.length; i += Math.ceil(spans.length / 40)) {
        expect(b.ancestorsOf(b.spans[i]!)).toStrictEqual(a.ancestorsOf(a.spans[i]!));
        expect([...b.subtree(b.spans[i]!).spans]).toStrictEqual([...a.subtree(a.spans[i]!).spans]);
      }
    });

    it('has the same canonical text and digest, with and without spilled subtrees', () => {
      for (const exclude of [[], ['a', 'db.*']]) {
        const expected = canonicalTraceText(spans, exclude, false).text;
        for (const spill of [64, 4096, 1 << 16]) {
          const text = withSpillChars(spill, () => largeCanonicalTraceText(new SpanRows(table), exclude)!);
          expect(text.length).toBe(expected.length);
          expect(textString(text)).toBe(textString(expected));
          expect(textDigest(text)).toBe(textDigest(expected));
          // A text too long for one string keeps only short strings in memory (the rest is in the file).
          if (typeof text !== 'string') {
            const held = heldStrings(text);
            expect(held.reduce((max, h) => Math.max(max, h.length), 0)).toBeLessThanOrEqual(KEEP_CHARS);
            expect(held.reduce((sum, h) => sum + h.length, 0)).toBeLessThan(text.length);
          }
        }
      }
    });

    it('has the same digest with secrets masked (span by span; as a list when a mask touches names)', () => {
      for (const secret of ['x', 'caf\u00e9', 'GET']) {
        const judged = (list: readonly SpanRecord[]) =>
          ({ spans: list, run: { startedAt: 0, suite: { secrets: [secret], services: {}, scenarios: [], determinism: { digestExclude: [] } } } }) as unknown as JudgedSuite;
        const expected = traceFile(judged(spans));
        const got = traceFile(judged(view));
        expect(got.digest).toBe(expected.digest);
        expect(textString(got.text)).toBe(textString(expected.text));
      }
    });

    it('lists the same spans in the same order in the spans file', () => {
      const judged = (list: readonly SpanRecord[]) => ({ spans: list, run: { startedAt: 0, suite: { determinism: { freezeClock: '2025-01-01T00:00:00Z' } } } }) as unknown as JudgedSuite;
      expect([...spanLines(judged(view))].join('')).toBe([...spanLines(judged(spans))].join(''));
    });
  });
});

describe('sortedByKey', () => {
  it('orders as a stable Array sort by `key(a) - key(b)` does: ties, -0, infinities, NaN, already ordered', () => {
    const rng = createRng(5, 'sorted-by-key');
    const pool = [0, -0, 1, 1.5, 2, -3, Infinity, -Infinity, 1e12, 7];
    for (const withNaN of [false, true]) {
      for (const size of [0, 1, 2, 3, 17, 1000, 4097]) {
        const keys = Array.from({ length: size }, () => (withNaN && rng.next() < 0.05 ? NaN : pool[Math.floor(rng.next() * pool.length)]!));
        const items = Int32Array.from({ length: size }, (_, i) => i * 3 - 5);
        const keyOf = (item: number) => keys[(item + 5) / 3]!;
        const expected = Array.from(items).sort((a, b) => keyOf(a) - keyOf(b));
        expect(Array.from(sortedByKey(items, keyOf))).toStrictEqual(expected);
        const ordered = Int32Array.from(expected);
        if (!withNaN) expect(sortedByKey(ordered, keyOf)).toBe(ordered);
      }
    }
  });
});
