/** `[[expect.span]]`: spans that must exist with a parent, attributes, events, status, duration and count. */
import type { SpanExpectation } from '../load/index.js';
import { matchesPattern } from '../common/span-names.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import type { SpanGraph } from './graph.js';
import { describeBound, sameValue, withinBound, type ExpectationCheck } from './types.js';

/** The reasons a span does not satisfy the expectation; empty when it does. */
function mismatches(e: SpanExpectation, s: SpanRecord, graph: SpanGraph): string[] {
  const out: string[] = [];
  const parent = graph.parentOf(s);
  if (e.parent !== undefined && !(parent && matchesPattern(parent.name, e.parent))) out.push(`parent is ${parent ? `\`${parent.name}\`` : 'none (root)'}, expected \`${e.parent}\``);
  if (e.ancestor !== undefined && !graph.ancestorsOf(s).some((a) => matchesPattern(a.name, e.ancestor!))) out.push(`no ancestor named \`${e.ancestor}\``);
  if (e.kind !== undefined && s.kind !== e.kind) out.push(`kind is ${s.kind}, expected ${e.kind}`);
  if (e.status !== undefined && s.status !== e.status) out.push(`status is ${s.status}, expected ${e.status}`);
  for (const [k, v] of Object.entries(e.attrs.all ?? {})) {
    if (!sameValue(s.attributes[k], v)) out.push(k in s.attributes ? `${k} = ${JSON.stringify(s.attributes[k])}, expected ${JSON.stringify(v)}` : `attribute ${k} missing (expected ${JSON.stringify(v)})`);
  }
  const any = Object.entries(e.attrs.any ?? {});
  if (any.length > 0 && !any.some(([k, v]) => sameValue(s.attributes[k], v))) out.push(`none of ${any.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')}`);
  for (const k of e.attrs.none ?? []) if (k in s.attributes) out.push(`attribute ${k} present (must be absent)`);
  const events = new Set(s.events.map((ev) => ev.name));
  for (const name of e.events.all ?? []) if (!events.has(name)) out.push(`event ${name} missing`);
  if (e.events.any && e.events.any.length > 0 && !e.events.any.some((n) => events.has(n))) out.push(`none of the events ${e.events.any.join(', ')}`);
  const duration = s.endMs - s.startMs;
  if (e.durationMs?.min !== undefined && duration < e.durationMs.min) out.push(`lasted ${duration.toFixed(0)} ms, expected ≥ ${e.durationMs.min} ms`);
  if (e.durationMs?.max !== undefined && duration > e.durationMs.max) out.push(`lasted ${duration.toFixed(0)} ms, expected ≤ ${e.durationMs.max} ms`);
  return out;
}

function describe(e: SpanExpectation): string {
  const parts = [`span \`${e.name}\``];
  if (e.parent) parts.push(`under \`${e.parent}\``);
  if (e.ancestor) parts.push(`within \`${e.ancestor}\``);
  if (e.status) parts.push(`status ${e.status}`);
  const attrs = Object.entries(e.attrs.all ?? {});
  if (attrs.length) parts.push(`with ${attrs.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}`);
  if (e.count) parts.push(`count ${describeBound(e.count)}`);
  return parts.join(' ');
}

export const checkSpans: ExpectationCheck = (expect, ctx) =>
  expect.span.map((e) => {
    const named = ctx.graph.named(e.name);
    const matching = named.filter((s) => mismatches(e, s, ctx.graph).length === 0);
    const bound = e.count ?? { gte: 1 };
    const passed = withinBound(matching.length, bound);
    let message: string;
    if (passed) message = `${matching.length} matching span(s)`;
    else if (named.length === 0) {
      const seen = [...new Set(ctx.graph.spans.map((s) => s.name))].sort();
      message = `no span named \`${e.name}\`; spans seen: ${seen.slice(0, 15).join(', ')}${seen.length > 15 ? ', …' : ''}`;
    } else if (matching.length === 0) {
      message = `${named.length} span(s) named \`${e.name}\`, none matches: ${mismatches(e, named[0]!, ctx.graph).join('; ')}`;
    } else message = `${matching.length} matching span(s), expected ${describeBound(bound)}`;
    return { kind: 'span' as const, keyPath: e.keyPath, description: describe(e), passed, message };
  });
