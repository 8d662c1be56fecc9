/** `[expect.graph]`: required and forbidden parent→child edges, and acyclicity. */
import type { SpanRecord } from '../telemetry/span-record.js';
import { orphansIn } from './attribution.js';
import type { SpanGraph } from './graph.js';
import type { Verdict, ExpectationCheck, ExpectationType } from './types.js';

/**
 * Whether following parent links from some span comes back to a span already
 * on the way. Each span is walked once, on positions: a walk stops at a span an
 * earlier walk finished (no cycle through it), and a span met again in the
 * current walk is a cycle.
 */
function hasParentCycle(graph: SpanGraph): boolean {
  // Spans sharing an id (malformed input): each walk on its own, as the ids make the paths.
  if (graph.hasDuplicateIds) return graph.spans.some((s) => walkMeetsItself(s, graph));
  const parent = graph.parentIndex;
  const NEW = 0;
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Uint8Array(parent.length);
  const path = new Int32Array(parent.length);
  for (let start = 0; start < parent.length; start++) {
    let length = 0;
    let p = start;
    while (p !== -1 && state[p] === NEW) {
      state[p] = ON_PATH;
      path[length++] = p;
      p = parent[p]!;
    }
    if (p !== -1 && state[p] === ON_PATH) return true;
    for (let k = 0; k < length; k++) state[path[k]!] = DONE;
  }
  return false;
}

function walkMeetsItself(s: SpanRecord, graph: SpanGraph): boolean {
  const seen = new Set<string>();
  let p: SpanRecord | undefined = s;
  while (p) {
    if (seen.has(p.spanId)) return true;
    seen.add(p.spanId);
    p = graph.parentOf(p);
  }
  return false;
}

export const checkGraph: ExpectationCheck = (expect, ctx) => {
  const g = expect.graph;
  if (!g) return [];
  const { graph } = ctx;
  const keyPath = `${ctx.keyPath}.graph`;
  // Through the name index: only the spans named like the child are looked at.
  const edge = (a: string, b: string) => graph.namedPositions(b).some(graph.parentNamed(a));
  const out: Verdict[] = [];
  for (const [parent, child] of g.mustInclude ?? []) {
    const passed = edge(parent, child);
    out.push({
      kind: 'graph', keyPath: `${keyPath}.must_include`, description: `edge \`${parent}\` → \`${child}\``, passed,
      message: passed ? 'edge present' : graph.named(child).length === 0 ? `no span named \`${child}\`` : `no \`${child}\` has parent \`${parent}\``,
    });
  }
  for (const [a, b] of g.mustNotCross ?? []) {
    const crossed = edge(a, b) || edge(b, a);
    out.push({ kind: 'graph', keyPath: `${keyPath}.must_not_cross`, description: `no edge between \`${a}\` and \`${b}\``, passed: !crossed, message: crossed ? 'an edge exists' : 'no edge' });
  }
  if (g.acyclic !== undefined) {
    const cyclic = hasParentCycle(graph);
    const passed = g.acyclic ? !cyclic : cyclic;
    out.push({ kind: 'graph', keyPath: `${keyPath}.acyclic`, description: g.acyclic ? 'the span graph has no cycle' : 'the span graph has a cycle', passed, message: cyclic ? 'a cycle exists' : 'no cycle' });
  }
  if (g.noOrphans === true) {
    // Orphans: spans of the system under test hanging under nothing in this trace (a parent id that resolves nowhere, or none).
    const orphans = orphansIn(graph.spans);
    const shown = orphans.slice(0, 3).map((s) => `\`${s.name}\` (${s.parentSpanId ? `parent id ${s.parentSpanId} not in the trace` : 'no parent'})`);
    out.push({
      kind: 'graph',
      keyPath: `${keyPath}.no_orphans`,
      description: 'every span of the system under test has its parent in the trace',
      passed: orphans.length === 0,
      message: orphans.length === 0 ? `no orphan among ${graph.spans.filter((s) => s.source === 'sut').length} span(s) of the system under test` : `${orphans.length} orphan span(s): ${shown.join(', ')}${orphans.length > 3 ? ', …' : ''}`,
    });
  }
  return out;
};

export const graphExpectation: ExpectationType = {
  kind: 'graph',
  key: 'graph',
  doc: 'required and forbidden parent→child edges, no cycles, no orphans',
  declared: (e) => (e.graph ? 1 : 0),
  check: checkGraph,
};
