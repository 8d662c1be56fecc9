/**
 * The canonical serializer against a reference: the `canonicalize` package (the
 * RFC 8785 authors' reference implementation) over the canonical trace built the
 * straightforward way (siblings ordered by re-serializing each subtree). Both
 * must give the same bytes, hence the same digest, on generated traces.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import { canonicalJson, canonicalTrace, canonicalTraceText, isVolatileKey, MEASUREMENT_SPANS, traceDigest, withTextMaxChars, writeCanonicalJson } from './canonical.js';

// ── the reference: the canonical trace as it was first written ───────────────
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const wf = (s: string) => s.replace(/\p{Cs}/gu, '\uFFFD');
const scalar = (v: string | number | boolean) => (typeof v === 'number' ? (Number.isFinite(v) ? v : String(v)) : typeof v === 'string' ? wf(v) : v);
function attrs(a: Readonly<Record<string, AttrValue>>, exclude: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || isVolatileKey(k, exclude)) continue;
    out[wf(k)] = Array.isArray(v) ? v.map(scalar) : scalar(v as string);
  }
  return out;
}
type Node = { name: string; [k: string]: unknown };
const order = <T extends Node>(xs: T[]) => xs.sort((a, b) => cmp(a.name, b.name) || cmp(canonicalize(a)!, canonicalize(b)!));
function referenceTrace(all: readonly SpanRecord[], exclude: readonly string[]): Node[] {
  const spans = all.filter((s) => !(s.source === 'runner' && MEASUREMENT_SPANS.includes(s.name)));
  const ids = new Set(spans.map((s) => s.spanId));
  const kids = new Map<string, SpanRecord[]>();
  const roots: SpanRecord[] = [];
  for (const s of spans) {
    if (s.parentSpanId && s.parentSpanId !== s.spanId && ids.has(s.parentSpanId)) kids.set(s.parentSpanId, [...(kids.get(s.parentSpanId) ?? []), s]);
    else roots.push(s);
  }
  const seen = new Set<SpanRecord>();
  const build = (s: SpanRecord): Node => {
    seen.add(s);
    return {
      name: wf(s.name), kind: s.kind, status: s.status, attributes: attrs(s.attributes, exclude),
      events: order(s.events.map((e) => ({ name: wf(e.name), attributes: attrs(e.attributes, exclude) }))),
      children: order((kids.get(s.spanId) ?? []).filter((c) => !seen.has(c)).map(build)),
    };
  };
  const trees = roots.map(build);
  const rest = spans.filter((s) => !seen.has(s)).sort((a, b) => a.startMs - b.startMs || cmp(a.name, b.name));
  for (const s of rest) if (!seen.has(s)) trees.push(build(s));
  return order(trees);
}
const referenceDigest = (spans: readonly SpanRecord[], exclude: readonly string[]) =>
  createHash('sha256').update(canonicalize(referenceTrace(spans, exclude))!, 'utf8').digest('hex');

// ── generated traces: few names and values, so siblings often tie on name and attributes ──
const NAMES = ['a', 'b', 'clnrm.step:x', 'clnrm.probe', 'é', '\uD800x', 'GET /'];
const KEYS = ['k', 'z', 'server.port', 'container.id', 'app.token', 'é', 'a\uDC00', 'B'];
const scalarArb = fc.oneof(
  fc.constantFrom('x', 'y', '', '"q"\n', '\u2028', '\uD83D', 'ü'),
  fc.constantFrom(0, -0, 1, 1.5, -3, 1e21, 1e-7, 2 ** 53 + 2, Number.NaN, Number.POSITIVE_INFINITY),
  fc.double(),
  fc.boolean(),
);
const attrsArb = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(scalarArb, fc.array(scalarArb, { maxLength: 3 })), { maxKeys: 3 });
const spanArb = fc.record({
  name: fc.constantFrom(...NAMES),
  parent: fc.nat(40),
  /** Ids repeat now and then (malformed input). */
  id: fc.oneof(fc.constant(-1), fc.nat(40)),
  hasParent: fc.boolean(),
  kind: fc.constantFrom('internal', 'server', 'client', 'producer', 'consumer') as fc.Arbitrary<SpanRecord['kind']>,
  status: fc.constantFrom('OK', 'ERROR', 'UNSET') as fc.Arbitrary<SpanRecord['status']>,
  attributes: attrsArb,
  events: fc.array(fc.record({ name: fc.constantFrom('e', 'f', 'e'), attributes: attrsArb }), { maxLength: 3 }),
  runner: fc.boolean(),
  start: fc.nat(5),
});
const traceArb = fc.array(spanArb, { minLength: 0, maxLength: 40 }).map((xs) =>
  xs.map((x, i): SpanRecord => {
    const s: SpanRecord = {
      traceId: 't', spanId: `s${x.id < 0 ? i : x.id}`, name: x.name, kind: x.kind, status: x.status, attributes: x.attributes as Record<string, AttrValue>,
      events: x.events.map((e, k) => ({ name: e.name, timeMs: k, attributes: e.attributes as Record<string, AttrValue> })),
      startMs: x.start, endMs: x.start + 1, resource: {}, source: x.runner ? 'runner' : 'sut',
    };
    // Parents anywhere in the list (cycles included), or missing ones.
    if (x.hasParent) s.parentSpanId = `s${x.parent}`;
    return s;
  }),
);

// ── generated trees where siblings tie: same name, same attributes, differing deeper down ──
const TIE_ATTRS: Record<string, AttrValue>[] = [
  {},
  { k: 1 },
  { k: 1, z: null as unknown as AttrValue },
  { k: undefined as unknown as AttrValue, z: 'x' },
  { 'server.port': 80 },
  { z: 'x', k: 1 },
  { k: '"\\\u0001é\u2028😀' },
  { k: [1, 'a', true] },
  { k: [] },
];
type TieEvent = { name: string; attributes: Record<string, AttrValue> };
const tieEventsArb: fc.Arbitrary<TieEvent[]> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<TieEvent[]>([]) },
  { weight: 1, arbitrary: fc.array(fc.record({ name: fc.constantFrom('e', 'f'), attributes: fc.constantFrom(...TIE_ATTRS) }), { maxLength: 2 }) },
);
const tieSpanArb = fc.record({
  name: fc.constantFrom('n', 'n', 'n', 'm'),
  /** How far back the parent is: 1 makes long chains (deep trees). */
  back: fc.oneof(fc.constant(1), fc.nat(6)),
  // Mostly {} (and events mostly none), so that siblings often tie down to their children, kind or status.
  attributes: fc.oneof({ weight: 6, arbitrary: fc.constant({}) }, { weight: 2, arbitrary: fc.constantFrom(...TIE_ATTRS) }),
  kind: fc.constantFrom('internal', 'server') as fc.Arbitrary<SpanRecord['kind']>,
  status: fc.constantFrom('UNSET', 'ERROR') as fc.Arbitrary<SpanRecord['status']>,
  events: tieEventsArb,
});
const tieTraceArb = fc.array(tieSpanArb, { maxLength: 80 }).map((xs) =>
  xs.map((x, i): SpanRecord => {
    const s: SpanRecord = {
      traceId: 't', spanId: (i + 1).toString(16).padStart(16, '0'), name: x.name, kind: x.kind, status: x.status, attributes: x.attributes,
      events: x.events.map((e, k) => ({ name: e.name, timeMs: k, attributes: e.attributes })),
      startMs: 0, endMs: 1, resource: {}, source: 'sut',
    };
    if (i > 0 && x.back > 0) s.parentSpanId = (Math.max(0, i - x.back) + 1).toString(16).padStart(16, '0');
    return s;
  }),
);

describe('canonical serialization against the reference', () => {
  it('orders siblings that tie on name and attributes as their whole texts order (children, their number, events, kind, status)', () => {
    fc.assert(
      fc.property(tieTraceArb, fc.boolean(), (spans, reversed) => {
        const listed = reversed ? [...spans].reverse() : spans;
        const expected = canonicalize(referenceTrace(listed, []));
        expect(canonicalJson(canonicalTrace(listed, []))).toBe(expected);
        expect(traceDigest(listed, [])).toBe(referenceDigest(listed, []));
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });

  it('finds parents listed before, after or far from their children, and a child of a span that names itself as parent', () => {
    const id = (k: number) => k.toString(16).padStart(16, '0');
    const span = (k: number, parent: number | undefined, name: string): SpanRecord => ({
      traceId: 't', spanId: id(k), ...(parent === undefined ? {} : { parentSpanId: id(parent) }), name, kind: 'internal', status: 'UNSET',
      attributes: { k }, events: [], startMs: 0, endMs: 1, resource: {}, source: 'sut',
    });
    // 1 names itself as parent (a root); 2 and 4 are its children, 3 is 2's; 6 is listed before its parent 5; 7's parent 9 is missing; 8's parent 1 is far back.
    const spans = [span(1, 1, 'a'), span(2, 1, 'b'), span(3, 2, 'c'), span(4, 1, 'b'), span(6, 5, 'd'), span(5, 4, 'e'), span(7, 9, 'f'), span(8, 1, 'g')];
    for (const listed of [spans, [...spans].reverse()]) {
      expect(canonicalJson(canonicalTrace(listed, []))).toBe(canonicalize(referenceTrace(listed, [])));
      expect(traceDigest(listed, [])).toBe(referenceDigest(listed, []));
    }
  });

  it('writes and digests a trace 100 000 spans deep (no recursion over the depth)', () => {
    const depth = 100_000;
    const spans: SpanRecord[] = Array.from({ length: depth }, (_, i) => ({
      traceId: 't', spanId: `s${i}`, ...(i > 0 ? { parentSpanId: `s${i - 1}` } : {}), name: 'a', kind: 'internal', status: 'UNSET',
      attributes: {}, events: [], startMs: 0, endMs: 1, resource: {}, source: 'sut',
    }));
    const tail = '"events":[],"kind":"internal","name":"a","status":"UNSET"}';
    const expected = `[${'{"attributes":{},"children":['.repeat(depth - 1)}{"attributes":{},"children":[],${tail}${`],${tail}`.repeat(depth - 1)}]`;
    const { text } = canonicalTraceText(spans, [], false);
    expect(text).toBe(expected);
    expect(traceDigest(spans, [])).toBe(createHash('sha256').update(expected, 'utf8').digest('hex'));
  });

  it('gives the same bytes and digest as canonicalize over the straightforward canonical trace', () => {
    fc.assert(
      fc.property(traceArb, fc.constantFrom([], ['app.*']), (spans, exclude) => {
        const json = canonicalJson(canonicalTrace(spans, exclude));
        expect(json).toBe(canonicalize(referenceTrace(spans, exclude)));
        expect(traceDigest(spans, exclude)).toBe(referenceDigest(spans, exclude));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same bytes and digest with ids as OTLP makes them (16 hex digits, looked up without a Map)', () => {
    const hex = (id: string | undefined) => id && Number(id.slice(1)).toString(16).padStart(16, '0');
    fc.assert(
      fc.property(traceArb, (spans) => {
        const otlp = spans.map((s): SpanRecord => ({ ...s, spanId: hex(s.spanId)!, parentSpanId: hex(s.parentSpanId) }));
        expect(canonicalJson(canonicalTrace(otlp, []))).toBe(canonicalize(referenceTrace(otlp, [])));
        expect(traceDigest(otlp, [])).toBe(referenceDigest(otlp, []));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same bytes when subtrees are kept as lists of parts (texts longer than one string)', () => {
    fc.assert(
      fc.property(traceArb, (spans) => {
        const pieces: string[] = [];
        const digest = withTextMaxChars(64, () => {
          writeCanonicalJson(canonicalTrace(spans, []), (p) => pieces.push(p));
          return traceDigest(spans, []);
        });
        expect(pieces.join('')).toBe(canonicalize(referenceTrace(spans, [])));
        expect(digest).toBe(referenceDigest(spans, []));
      }),
      { numRuns: 300 },
    );
  });

  it('serializes any JSON value as canonicalize does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v)).toBe(canonicalize(v));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects what RFC 8785 cannot represent', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('NaN');
    expect(() => canonicalJson(['\uD800'])).toThrow('Lone surrogate');
    expect(() => canonicalJson(undefined)).toThrow('no JSON representation');
  });
});
