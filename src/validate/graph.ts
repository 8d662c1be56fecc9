/**
 * An indexed view of a trace: spans by id, children by parent, names, and the
 * subtree of a span. Built once per trace and shared by every expectation.
 */
import { matchesPattern } from '../common/span-names.js';
import type { SpanRecord } from '../telemetry/span-record.js';

export interface SpanGraph {
  spans: readonly SpanRecord[];
  byId: ReadonlyMap<string, SpanRecord>;
  parentOf(span: SpanRecord): SpanRecord | undefined;
  ancestorsOf(span: SpanRecord): SpanRecord[];
  named(pattern: string): SpanRecord[];
  /** The span and everything below it. */
  subtree(root: SpanRecord): SpanGraph;
}

export function buildGraph(spans: readonly SpanRecord[]): SpanGraph {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const byName = new Map<string, SpanRecord[]>();
  const spanOrder = new Map<SpanRecord, number>();
  spans.forEach((s, i) => {
    spanOrder.set(s, i);
    const list = byName.get(s.name);
    if (list) list.push(s);
    else byName.set(s.name, [s]);
  });
  const namedCache = new Map<string, SpanRecord[]>();
  const children = new Map<string, SpanRecord[]>();
  for (const s of spans) {
    if (!s.parentSpanId) continue;
    const list = children.get(s.parentSpanId) ?? [];
    list.push(s);
    children.set(s.parentSpanId, list);
  }
  const graph: SpanGraph = {
    spans,
    byId,
    parentOf: (s) => (s.parentSpanId ? byId.get(s.parentSpanId) : undefined),
    ancestorsOf: (s) => {
      const out: SpanRecord[] = [];
      const seen = new Set<string>([s.spanId]);
      let p = graph.parentOf(s);
      while (p && !seen.has(p.spanId)) {
        out.push(p);
        seen.add(p.spanId);
        p = graph.parentOf(p);
      }
      return out;
    },
    named: (pattern) => {
      // Indexed by name: a pattern is matched against the distinct names once, not against every span.
      let hit = namedCache.get(pattern);
      if (!hit) {
        hit = pattern.includes('*') ? [...byName.entries()].filter(([n]) => matchesPattern(n, pattern)).flatMap(([, list]) => list) : (byName.get(pattern) ?? []);
        if (pattern.includes('*')) hit.sort((a, b) => spanOrder.get(a)! - spanOrder.get(b)!);
        namedCache.set(pattern, hit);
      }
      return [...hit];
    },
    subtree: (root) => {
      const out: SpanRecord[] = [];
      const stack = [root];
      const seen = new Set<string>();
      while (stack.length) {
        const s = stack.pop()!;
        if (seen.has(s.spanId)) continue;
        seen.add(s.spanId);
        out.push(s);
        stack.push(...(children.get(s.spanId) ?? []));
      }
      return buildGraph(out.sort((a, b) => a.startMs - b.startMs));
    },
  };
  return graph;
}
