/**
 * Fault windows: span conditions scoped in time to the faults of a scenario.
 *
 * A fault's window is the time its span covers: from the start of its injection
 * to the end of its revert (a fault with nothing to revert: the injection
 * itself). A fault injected several times (`every_ms`, several targets) has
 * several stretches; only injections that took effect (`chaos.injected = true`)
 * count. The times come from the spans, so the canonical trace never sees them.
 *
 * `[[scenario.expect.during]]`: among the spans of the name that overlap the
 *   window (`overlap = "overlaps"`, the default) or lie wholly within one
 *   stretch of it (`"contained"`), every one meets the conditions and at least
 *   one exists, or `count` of them do (as `[[expect.span]]`). `during_all`: the
 *   time every listed fault was active at once; `during_any`: the time any was.
 * `[[scenario.expect.after]]`: once the window of `fault` has closed (its last
 *   stretch ended), the first span of the name that starts after it and meets
 *   the conditions starts within `within_ms`, and no span of the name starting
 *   after that one misses them (recovered, and stayed so).
 *
 * A fault that left no injected span makes the check an error, never a pass.
 */
import type { AfterSpec, DuringSpec, FaultWindowRef } from '../load/index.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { setAsideNote } from './attribution.js';
import type { SpanGraph } from './graph.js';
import { describeSpanExpectation, judgeSpans, noSpanNamed, spanMismatches } from './span.js';
import type { ExpectationType, Verdict } from './types.js';

/** A closed time interval, epoch ms. */
export interface Interval {
  startMs: number;
  endMs: number;
}

/** Sorted, disjoint intervals: overlapping or touching ones merged. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a.startMs - b.startMs);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.startMs <= last.endMs) last.endMs = Math.max(last.endMs, i.endMs);
    else out.push({ ...i });
  }
  return out;
}

/** The time covered by both sets (each sorted and disjoint). */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const startMs = Math.max(x.startMs, y.startMs);
      const endMs = Math.min(x.endMs, y.endMs);
      if (startMs <= endMs) out.push({ startMs, endMs });
    }
  }
  return mergeIntervals(out);
}

export const overlapsWindow = (s: Interval, window: readonly Interval[]): boolean => window.some((w) => s.startMs <= w.endMs && s.endMs >= w.startMs);
export const containedInWindow = (s: Interval, window: readonly Interval[]): boolean => window.some((w) => w.startMs <= s.startMs && s.endMs <= w.endMs);

/** The runner's span of an injection of a fault (never one the system sent): it names the fault and hangs under a scenario span. */
function isFaultSpan(s: SpanRecord, graph: SpanGraph): boolean {
  return s.source === 'runner' && s.name.startsWith('clnrm.') && typeof s.attributes['chaos.name'] === 'string' && s.attributes['chaos.type'] !== undefined && (graph.parentOf(s)?.name.startsWith('clnrm.scenario:') ?? false);
}

/** The window of one fault, or why it has none (it was never injected, or never took effect). */
export function faultWindow(graph: SpanGraph, fault: string): { window: Interval[] } | { missing: string } {
  const spans = graph.spans.filter((s) => isFaultSpan(s, graph) && s.attributes['chaos.name'] === fault);
  if (spans.length === 0) return { missing: `fault \`${fault}\` was never injected in this scenario (no span of it)` };
  const injected = spans.filter((s) => s.attributes['chaos.injected'] === true);
  if (injected.length === 0) {
    const reason = spans.map((s) => s.attributes['chaos.reason']).find((r) => r !== undefined);
    return { missing: `fault \`${fault}\` did not take effect${reason !== undefined ? `: ${String(reason)}` : ''}` };
  }
  return { window: mergeIntervals(injected.map((s) => ({ startMs: s.startMs, endMs: s.endMs }))) };
}

/** The combined window of a reference: one fault's, all at once (intersection), or any (union). */
function combinedWindow(graph: SpanGraph, ref: FaultWindowRef): { window: Interval[] } | { missing: string } {
  const names = 'fault' in ref ? [ref.fault] : 'all' in ref ? ref.all : ref.any;
  const windows: Interval[][] = [];
  for (const n of names) {
    const w = faultWindow(graph, n);
    if ('missing' in w) return w;
    windows.push(w.window);
  }
  if ('any' in ref) return { window: mergeIntervals(windows.flat()) };
  return { window: windows.slice(1).reduce(intersectIntervals, windows[0]!) };
}

export function describeWindowRef(ref: FaultWindowRef): string {
  if ('fault' in ref) return `the window of \`${ref.fault}\``;
  if ('all' in ref) return `the time all of ${ref.all.map((n) => `\`${n}\``).join(', ')} were active`;
  return `the time any of ${ref.any.map((n) => `\`${n}\``).join(', ')} was active`;
}

const failedInput = (kind: 'during' | 'after', keyPath: string, description: string, message: string): Verdict => ({ kind, keyPath, description, passed: false, error: true, message });

export function checkDuring(d: DuringSpec, graph: SpanGraph, malformed?: Parameters<typeof setAsideNote>[1]): Verdict {
  const e = d.span;
  const where = `${d.overlap === 'contained' ? 'lying within' : 'overlapping'} ${describeWindowRef(d.window)}`;
  const description = `${describeSpanExpectation(e)} ${where}`;
  const w = combinedWindow(graph, d.window);
  if ('missing' in w) return failedInput('during', e.keyPath, description, w.missing);
  if (w.window.length === 0) return { kind: 'during', keyPath: e.keyPath, description, passed: false, message: `the faults were never active at the same time: ${describeWindowRef(d.window)} is empty` };
  const inScope = d.overlap === 'contained' ? containedInWindow : overlapsWindow;
  const named = graph.namedPositions(e.name);
  const inWindow = named.filter((i) => inScope(graph.spans[i]!, w.window));
  const none = () => (named.length === 0 ? noSpanNamed(e.name, graph) : `none of the ${named.length} span(s) named \`${e.name}\` is ${where}`);
  const { passed, message } = judgeSpans(e, inWindow, graph, none);
  return { kind: 'during', keyPath: e.keyPath, description, passed, message: message + setAsideNote([e.name], malformed) };
}

export function checkAfter(a: AfterSpec, graph: SpanGraph, malformed?: Parameters<typeof setAsideNote>[1]): Verdict {
  const e = a.span;
  const description = `after the window of \`${a.fault}\` closed, ${describeSpanExpectation(e)} within ${a.withinMs} ms, and every later one`;
  const w = faultWindow(graph, a.fault);
  if ('missing' in w) return failedInput('after', e.keyPath, description, w.missing);
  const closedMs = w.window[w.window.length - 1]!.endMs;
  const verdict = (passed: boolean, message: string): Verdict => ({ kind: 'after', keyPath: e.keyPath, description, passed, message: message + setAsideNote([e.name], malformed) });
  const later = graph
    .named(e.name)
    .filter((s) => s.startMs >= closedMs)
    .sort((x, y) => x.startMs - y.startMs);
  if (later.length === 0) return verdict(false, graph.named(e.name).length === 0 ? noSpanNamed(e.name, graph) : `no span named \`${e.name}\` started after the window closed`);
  const judged = later.map((span) => ({ span, problems: spanMismatches(e, span, graph) }));
  const first = judged.findIndex((j) => j.problems.length === 0);
  if (first < 0) return verdict(false, `none of the ${later.length} span(s) named \`${e.name}\` after the window meets the conditions; the first: ${judged[0]!.problems.join('; ')}`);
  const afterMs = judged[first]!.span.startMs - closedMs;
  if (afterMs > a.withinMs) return verdict(false, `the first matching span started ${afterMs.toFixed(0)} ms after the window closed, expected ≤ ${a.withinMs} ms`);
  const relapses = judged.slice(first + 1).filter((j) => j.problems.length > 0);
  if (relapses.length > 0) return verdict(false, `recovered ${afterMs.toFixed(0)} ms after the window closed, then ${relapses.length} later span(s) missed the conditions: ${relapses[0]!.problems.join('; ')}`);
  return verdict(true, `recovered ${afterMs.toFixed(0)} ms after the window closed; ${judged.length - first - 1} later span(s) all match`);
}

export const duringExpectation: ExpectationType = {
  kind: 'during',
  key: 'during',
  doc: 'span conditions (as `span`) on the spans that overlap, or lie within, the window of a named fault (`fault`), of all (`during_all`) or any (`during_any`) of several',
  declared: (e) => e.during?.length ?? 0,
  check: (expect, ctx) => (expect.during ?? []).map((d) => checkDuring(d, ctx.graph, ctx.malformed)),
};

export const afterExpectation: ExpectationType = {
  kind: 'after',
  key: 'after',
  doc: 'after a named fault\'s window closed, the first span of a name meeting the conditions starts within `within_ms`, and every later one meets them',
  declared: (e) => e.after?.length ?? 0,
  check: (expect, ctx) => (expect.after ?? []).map((a) => checkAfter(a, ctx.graph, ctx.malformed)),
};
