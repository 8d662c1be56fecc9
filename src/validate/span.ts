/**
 * `[[expect.span]]`: spans with a parent, attributes, events, status and duration.
 *
 * Without `count`, at least one span with the name must exist and every span
 * with that name (in scope: the scenario's subtree, or the whole trace) must
 * satisfy all the constraints. With `count`, the number of spans with the name
 * that satisfy all the constraints must be within the bound.
 */
import type { AttrExpected, SpanExpectation } from '../load/index.js';
import { matchesPattern } from '../common/span-names.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { describeActual, describeCondition, describeExpected, isMatcher, matches, showValue } from './attr-match.js';
import { setAsideNote } from './attribution.js';
import type { SpanGraph } from './graph.js';
import { describeBound, withinBound, type ExpectationCheck, type ExpectationType } from './types.js';

/** How many candidate spans a failure message shows. */
const SHOWN = 3;

/** An attribute of the span itself: keys such as `constructor` are never the prototype's. */
const attr = (s: SpanRecord, key: string): unknown => (Object.hasOwn(s.attributes, key) ? s.attributes[key] : undefined);
/** The kind the attribute was sent as (spans of the system under test), else undefined (inferred from the value). */
const kindOf = (s: SpanRecord, key: string) => (s.types && Object.hasOwn(s.types, key) ? s.types[key] : undefined);

/** The reasons a span does not satisfy the expectation; empty when it does. Built only for the spans a message shows. */
function mismatches(e: SpanExpectation, s: SpanRecord, graph: SpanGraph): string[] {
  const out: string[] = [];
  const parent = graph.parentOf(s);
  if (e.parent !== undefined && !(parent && matchesPattern(parent.name, e.parent))) out.push(`parent is ${parent ? `\`${parent.name}\`` : 'none (root)'}, expected \`${e.parent}\``);
  if (e.ancestor !== undefined && !graph.hasAncestorNamed(s, e.ancestor)) out.push(`no ancestor named \`${e.ancestor}\``);
  if (e.kind !== undefined && s.kind !== e.kind) out.push(`kind is ${s.kind}, expected ${e.kind}`);
  if (e.status !== undefined && s.status !== e.status) out.push(`status is ${s.status}, expected ${e.status}`);
  for (const [k, v] of Object.entries(e.attrs.all ?? {})) {
    const actual = attr(s, k);
    if (matches(actual, v, kindOf(s, k))) continue;
    // A fault span that was not injected says why (chaos.reason): the first thing to read when `chaos.injected` is asked for.
    const why = k === 'chaos.injected' && attr(s, 'chaos.reason') !== undefined ? ` (the fault was not injected: ${String(attr(s, 'chaos.reason'))})` : '';
    out.push(actual !== undefined ? `${k} = ${describeActual(actual, kindOf(s, k))}, expected ${describeExpected(v)}${why}` : `attribute ${k} missing (expected ${describeExpected(v)})`);
  }
  const any = Object.entries(e.attrs.any ?? {});
  if (any.length > 0 && !any.some(([k, v]) => matches(attr(s, k), v, kindOf(s, k)))) {
    out.push(`none of ${any.map(([k, v]) => (isMatcher(v) ? describeCondition(k, v) : `${k} = ${JSON.stringify(v)}`)).join(', ')}`);
  }
  for (const k of e.attrs.none ?? []) if (attr(s, k) !== undefined) out.push(`attribute ${k} present (must be absent)`);
  const events = new Set(s.events.map((ev) => ev.name));
  for (const name of e.events.all ?? []) if (!events.has(name)) out.push(`event ${name} missing`);
  if (e.events.any && e.events.any.length > 0 && !e.events.any.some((n) => events.has(n))) out.push(`none of the events ${e.events.any.join(', ')}`);
  const duration = s.endMs - s.startMs;
  if (e.durationMs?.min !== undefined && duration < e.durationMs.min) out.push(`lasted ${duration.toFixed(0)} ms, expected ≥ ${e.durationMs.min} ms`);
  if (e.durationMs?.max !== undefined && duration > e.durationMs.max) out.push(`lasted ${duration.toFixed(0)} ms, expected ≤ ${e.durationMs.max} ms`);
  return out;
}

const hasEvent = (s: SpanRecord, name: string): boolean => {
  for (const ev of s.events) if (ev.name === name) return true;
  return false;
};

/**
 * attr() for a key no plain object inherits: a plain read, with no own-property test
 * (attributes are plain or null-prototype objects, so only Object.prototype's keys can be inherited).
 */
function attrReader(key: string): (s: SpanRecord) => unknown {
  if (key in Object.prototype) return (s) => attr(s, key);
  return (s) => s.attributes[key];
}

/** An attribute condition made once per expectation: its key, reader and expected value. */
interface AttrCondition {
  key: string;
  read: (s: SpanRecord) => unknown;
  expected: AttrExpected;
}
const conditions = (entries: Record<string, AttrExpected>): AttrCondition[] => Object.entries(entries).map(([key, expected]) => ({ key, read: attrReader(key), expected }));
const holds = (c: AttrCondition, s: SpanRecord): boolean => matches(c.read(s), c.expected, kindOf(s, c.key));

/**
 * How many reasons mismatches() would give, without building them: what every
 * candidate span is judged with, by its position in the graph. Keep the two in
 * step (indexed.test.ts checks they agree). Everything that depends only on the
 * expectation is prepared here, once, so judging a span allocates nothing.
 */
function mismatchCounter(e: SpanExpectation, graph: SpanGraph): (position: number) => number {
  const { spans } = graph;
  const parentOk = e.parent !== undefined ? graph.parentNamed(e.parent) : undefined;
  const ancestorOk = e.ancestor !== undefined ? graph.ancestorNamed(e.ancestor) : undefined;
  const all = conditions(e.attrs.all ?? {});
  const any = conditions(e.attrs.any ?? {});
  const none = (e.attrs.none ?? []).map(attrReader);
  const eventsAll = e.events.all ?? [];
  const eventsAny = e.events.any ?? [];
  const min = e.durationMs?.min;
  const max = e.durationMs?.max;
  return (i) => {
    const s = spans[i]!;
    let n = 0;
    if (parentOk && !parentOk(i)) n++;
    if (ancestorOk && !ancestorOk(i)) n++;
    if (e.kind !== undefined && s.kind !== e.kind) n++;
    if (e.status !== undefined && s.status !== e.status) n++;
    for (let k = 0; k < all.length; k++) if (!holds(all[k]!, s)) n++;
    if (any.length > 0) {
      let one = false;
      for (let k = 0; k < any.length && !one; k++) one = holds(any[k]!, s);
      if (!one) n++;
    }
    for (let k = 0; k < none.length; k++) if (none[k]!(s) !== undefined) n++;
    for (let k = 0; k < eventsAll.length; k++) if (!hasEvent(s, eventsAll[k]!)) n++;
    if (eventsAny.length > 0) {
      let one = false;
      for (let k = 0; k < eventsAny.length && !one; k++) one = hasEvent(s, eventsAny[k]!);
      if (!one) n++;
    }
    if (min !== undefined || max !== undefined) {
      const duration = s.endMs - s.startMs;
      if (min !== undefined && duration < min) n++;
      if (max !== undefined && duration > max) n++;
    }
    return n;
  };
}

/** A span as the expectation sees it: its name, parent, and the fields the expectation constrains. */
function summary(e: SpanExpectation, s: SpanRecord, graph: SpanGraph): string {
  const parent = graph.parentOf(s);
  const parts = [parent ? `parent \`${parent.name}\`` : 'root'];
  if (e.kind !== undefined) parts.push(`kind ${s.kind}`);
  if (e.status !== undefined) parts.push(`status ${s.status}`);
  const keys = [...new Set([...Object.keys(e.attrs.all ?? {}), ...Object.keys(e.attrs.any ?? {}), ...(e.attrs.none ?? [])])];
  const shown = keys.filter((k) => attr(s, k) !== undefined).map((k) => `${k}=${showValue(attr(s, k))}`);
  if (shown.length) parts.push(shown.join(', '));
  if (e.events.all?.length || e.events.any?.length) parts.push(s.events.length ? `events ${[...new Set(s.events.map((ev) => ev.name))].join(', ')}` : 'no events');
  if (e.durationMs) parts.push(`${(s.endMs - s.startMs).toFixed(0)} ms`);
  return `\`${s.name}\` (${parts.join('; ')})`;
}

/** The first SHOWN of `total` items (the shown ones given), and how many more there are. */
const list = (shown: readonly string[], total: number): string => shown.slice(0, SHOWN).join(' | ') + (total > SHOWN ? ` | … and ${total - SHOWN} more` : '');

/** Every condition the expectation checks, so a reader sees what was judged and what was not. */
function describe(e: SpanExpectation): string {
  const parts = [`span \`${e.name}\``];
  if (e.parent) parts.push(`under \`${e.parent}\``);
  if (e.ancestor) parts.push(`within \`${e.ancestor}\``);
  if (e.kind) parts.push(`kind ${e.kind}`);
  if (e.status) parts.push(`status ${e.status}`);
  const attrs = Object.entries(e.attrs.all ?? {});
  if (attrs.length) parts.push(`with ${attrs.map(([k, v]) => describeCondition(k, v)).join(', ')}`);
  const any = Object.entries(e.attrs.any ?? {});
  if (any.length) parts.push(`with one of ${any.map(([k, v]) => describeCondition(k, v)).join(', ')}`);
  if (e.attrs.none?.length) parts.push(`without ${e.attrs.none.join(', ')}`);
  if (e.events.all?.length) parts.push(`events ${e.events.all.join(', ')}`);
  if (e.events.any?.length) parts.push(`one of the events ${e.events.any.join(', ')}`);
  if (e.durationMs) parts.push(`lasting ${[e.durationMs.min !== undefined ? `≥ ${e.durationMs.min} ms` : '', e.durationMs.max !== undefined ? `≤ ${e.durationMs.max} ms` : ''].filter(Boolean).join(' and ')}`);
  if (e.count) parts.push(`count ${describeBound(e.count)}`);
  return parts.join(' ');
}


export function noSpanNamed(name: string, graph: SpanGraph): string {
  const seen = [...new Set(graph.spans.map((s) => s.name))].sort();
  return `no span named \`${name}\`; spans seen: ${seen.slice(0, 15).join(', ')}${seen.length > 15 ? ', …' : ''}`;
}

/** The bound asks for more spans than `n`. */
const tooFew = (n: number, b: { eq?: number; gte?: number }) => (b.eq !== undefined && n < b.eq) || (b.gte !== undefined && n < b.gte);

/**
 * The first SHOWN candidates that miss the fewest constraints, ties in trace order (what a
 * stable sort of all of them by that number would put first), kept without listing them all.
 */
class Closest {
  readonly spans: SpanRecord[] = [];
  private readonly problems: number[] = [];
  offer(span: SpanRecord, problems: number): void {
    if (this.spans.length === SHOWN && problems >= this.problems[SHOWN - 1]!) return;
    // After the kept ones with as few or fewer problems (they came first in the trace).
    let at = this.spans.length;
    while (at > 0 && this.problems[at - 1]! > problems) at--;
    this.spans.splice(at, 0, span);
    this.problems.splice(at, 0, problems);
    if (this.spans.length > SHOWN) {
      this.spans.pop();
      this.problems.pop();
    }
  }
}

/**
 * Judges the span conditions of `e` on the spans at `positions` in the graph, those with its name in
 * scope (the rule above); `none` says why there is none. Shared by the kinds that scope span conditions
 * further (fault windows). Only counts and the few spans a message may show are kept.
 */
export function judgeSpans(e: SpanExpectation, positions: ArrayLike<number>, graph: SpanGraph, none: () => string): { passed: boolean; message: string } {
  const count = mismatchCounter(e, graph);
  // Counts, and the first spans of each outcome, under the names the messages below use.
  const named = { length: positions.length };
  const matching = { length: 0, first: [] as SpanRecord[] };
  const failing = { length: 0, closest: new Closest() };
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    const problems = count(i);
    if (problems === 0) {
      if (matching.length++ < SHOWN) matching.first.push(graph.spans[i]!);
    } else {
      failing.length++;
      failing.closest.offer(graph.spans[i]!, problems);
    }
  }
  // Reasons are spelled out for the candidates a message shows, and for no other.
  const explainFirst = () => failing.closest.spans.map((span) => `${summary(e, span, graph)}: ${mismatches(e, span, graph).join('; ')}`);
  let passed: boolean;
  let message: string;
  if (e.count === undefined) {
    passed = named.length > 0 && failing.length === 0;
    if (named.length === 0) message = none();
    else if (passed) message = `${matching.length} matching span(s)`;
    else {
      const which = failing.length === named.length ? (named.length === 1 ? 'it does not' : 'none does') : `${failing.length} of ${named.length} do not`;
      message = `every span named \`${e.name}\` must match (no \`count\` given), ${which}: ${list(explainFirst(), failing.length)}`;
    }
  } else {
    passed = withinBound(matching.length, e.count);
    message = `${matching.length} matching span(s)`;
    if (!passed) {
      message += `, expected ${describeBound(e.count)}`;
      if (named.length === 0) message += `; ${none()}`;
      else if (!tooFew(matching.length, e.count)) message += `; matching: ${list(matching.first.map((s) => summary(e, s, graph)), matching.length)}`;
      else if (failing.length > 0) message += `; closest of the ${named.length} named \`${e.name}\`: ${list(explainFirst(), failing.length)}`;
    }
  }
  return { passed, message };
}

/** The reasons a span misses the conditions of `e` (none: it meets them). */
export const spanMismatches = mismatches;
/** Every condition `e` checks, in one line. */
export const describeSpanExpectation = describe;

export const checkSpans: ExpectationCheck = (expect, ctx) =>
  expect.span.map((e) => {
    const { graph } = ctx;
    const { passed, message } = judgeSpans(e, graph.namedPositions(e.name), graph, () => noSpanNamed(e.name, graph));
    return { kind: 'span' as const, keyPath: e.keyPath, description: describe(e), passed, message: message + setAsideNote([e.name], ctx.malformed) };
  });

export const spanExpectation: ExpectationType = {
  kind: 'span',
  key: 'span',
  doc: 'spans of a name exist and each has the parent, attributes, events, kind, status and duration given (or `count` of them do)',
  declared: (e) => e.span.length,
  check: checkSpans,
};

/** Test access to the two halves of span judging, which must agree, and to the choice of the candidates a message shows. */
export const spanJudging = { mismatches, mismatchCounter, Closest };
