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
  /** True when some ancestor's name matches the pattern (no list built). */
  hasAncestorNamed(span: SpanRecord, pattern: string): boolean;
  /** The spans whose name matches the pattern, in trace order (shared: do not change it). */
  named(pattern: string): readonly SpanRecord[];
  /** The span and everything below it. */
  subtree(root: SpanRecord): SpanGraph;
}

/** Parent links followed without a seen-set before falling back to one (only a cycle gets that deep). */
const PLAIN_WALK_STEPS = 256;

export function buildGraph(spans: readonly SpanRecord[]): SpanGraph {
  const byId = new Map<string, SpanRecord>();
  // Per name: its spans and their positions in the trace (to merge the names a pattern matches in trace order).
  const byName = new Map<string, { spans: SpanRecord[]; positions: number[] }>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    byId.set(s.spanId, s);
    const entry = byName.get(s.name);
    if (entry) {
      entry.spans.push(s);
      entry.positions.push(i);
    } else byName.set(s.name, { spans: [s], positions: [i] });
  }
  const namedCache = new Map<string, readonly SpanRecord[]>();
  // Per pattern, which names match (few distinct names, many spans).
  const nameMatches = new Map<string, Map<string, boolean>>();
  const nameMatchesPattern = (name: string, pattern: string): boolean => {
    let byPatternName = nameMatches.get(pattern);
    if (!byPatternName) nameMatches.set(pattern, (byPatternName = new Map()));
    let hit = byPatternName.get(name);
    if (hit === undefined) byPatternName.set(name, (hit = matchesPattern(name, pattern)));
    return hit;
  };
  let children: Map<string, SpanRecord[]> | undefined;
  const childrenOf = (id: string): readonly SpanRecord[] => {
    if (!children) {
      children = new Map();
      for (const s of spans) {
        if (!s.parentSpanId) continue;
        const list = children.get(s.parentSpanId);
        if (list) list.push(s);
        else children.set(s.parentSpanId, [s]);
      }
    }
    return children.get(id) ?? [];
  };
  const parentOf = (s: SpanRecord) => (s.parentSpanId ? byId.get(s.parentSpanId) : undefined);
  const ancestorsOf = (s: SpanRecord) => {
    const out: SpanRecord[] = [];
    const seen = new Set<string>([s.spanId]);
    let p = parentOf(s);
    while (p && !seen.has(p.spanId)) {
      out.push(p);
      seen.add(p.spanId);
      p = parentOf(p);
    }
    return out;
  };
  const graph: SpanGraph = {
    spans,
    byId,
    parentOf,
    ancestorsOf,
    hasAncestorNamed: (s, pattern) => {
      // Same answer as ancestorsOf(s).some(...): a chain that is not a cycle ends within a few links.
      let p = parentOf(s);
      for (let steps = 0; p; steps++) {
        if (steps === PLAIN_WALK_STEPS) return ancestorsOf(s).some((a) => nameMatchesPattern(a.name, pattern));
        if (p.spanId === s.spanId) return false;
        if (nameMatchesPattern(p.name, pattern)) return true;
        p = parentOf(p);
      }
      return false;
    },
    named: (pattern) => {
      // Indexed by name: a pattern is matched against the distinct names once, not against every span.
      let hit = namedCache.get(pattern);
      if (!hit) {
        if (!pattern.includes('*')) hit = byName.get(pattern)?.spans ?? [];
        else {
          const lists = [...byName.entries()].filter(([n]) => matchesPattern(n, pattern)).map(([, e]) => e);
          if (lists.length === 1) hit = lists[0]!.spans;
          else {
            const positions = Float64Array.from(lists.flatMap((e) => e.positions)).sort();
            hit = Array.from(positions, (i) => spans[i]!);
          }
        }
        namedCache.set(pattern, hit);
      }
      return hit;
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
        stack.push(...childrenOf(s.spanId));
      }
      return buildGraph(out.sort((a, b) => a.startMs - b.startMs));
    },
  };
  return graph;
}
