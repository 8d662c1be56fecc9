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
    named: (pattern) => spans.filter((s) => matchesPattern(s.name, pattern)),
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
