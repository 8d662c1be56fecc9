/**
 * An indexed view of a trace: spans by id, children by parent, names, and the
 * subtree of a span. Built once per trace and shared by every expectation.
 *
 * The hot questions (whose child is this, is some ancestor named so) are
 * answered on integer positions in `spans`: the parent links are resolved from
 * ids once, into an array, and each pattern is matched once per distinct name,
 * so judging a candidate span looks up no string and allocates nothing.
 */
import { matchesPattern } from '../common/span-names.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { rowsList, rowsOf, sortedByKey, LARGE_TRACE_SPANS, SpanRows } from '../telemetry/span-table.js';

export interface SpanGraph {
  spans: readonly SpanRecord[];
  byId: ReadonlyMap<string, SpanRecord>;
  /** Per position in `spans`, the position of its parent (found by id; -1: a root, or a parent not in the trace). */
  readonly parentIndex: Int32Array;
  /** Whether two spans share an id (malformed input): an id then names the last span that has it. */
  readonly hasDuplicateIds: boolean;
  parentOf(span: SpanRecord): SpanRecord | undefined;
  ancestorsOf(span: SpanRecord): SpanRecord[];
  /** True when some ancestor's name matches the pattern (no list built). */
  hasAncestorNamed(span: SpanRecord, pattern: string): boolean;
  /** Per position: whether the span's parent is named like the pattern. */
  parentNamed(pattern: string): (position: number) => boolean;
  /** Per position: whether some ancestor of the span is named like the pattern (hasAncestorNamed by position). */
  ancestorNamed(pattern: string): (position: number) => boolean;
  /** The spans whose name matches the pattern, in trace order (shared: do not change it). */
  named(pattern: string): readonly SpanRecord[];
  /** Their positions in `spans`, in trace order (shared: do not change it). */
  namedPositions(pattern: string): Int32Array;
  /** The span and everything below it. */
  subtree(root: SpanRecord): SpanGraph;
  /** The spans of subtree(root), in its order, without the graph built over them. */
  subtreeSpans(root: SpanRecord): readonly SpanRecord[];
}

/** Parent links followed without a seen-set before falling back to one (only a cycle gets that deep). */
const PLAIN_WALK_STEPS = 256;

/** Distinct names, each span's name as a number, and the positions of each name's spans. */
function indexNames(spans: readonly SpanRecord[]) {
  const idOfName = new Map<string, number>();
  const names: string[] = [];
  const nameId = new Int32Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const name = spans[i]!.name;
    let id = idOfName.get(name);
    if (id === undefined) {
      idOfName.set(name, (id = names.length));
      names.push(name);
    }
    nameId[i] = id;
  }
  return { idOfName, names, nameId, positions: groupByName(nameId, names.length) };
}

/** The positions of several names, in ascending order. */
function concatSorted(lists: readonly Int32Array[]): Int32Array {
  let n = 0;
  for (const l of lists) n += l.length;
  const out = new Int32Array(n);
  let at = 0;
  for (const l of lists) (out.set(l, at), (at += l.length));
  return out.sort();
}

/** The position of each id (the last span with it, as a Map set in trace order keeps), and each span's parent position. */
function indexParents(spans: readonly SpanRecord[]) {
  const positionOfId = new Map<string, number>();
  for (let i = 0; i < spans.length; i++) positionOfId.set(spans[i]!.spanId, i);
  const parentIndex = new Int32Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const parentId = spans[i]!.parentSpanId;
    parentIndex[i] = parentId ? (positionOfId.get(parentId) ?? -1) : -1;
  }
  return { positionOfId, parentIndex };
}

/** indexNames over rows: a table's name column (no span made), and the names of the records among them. */
function indexRowNames(rows: SpanRows) {
  const idOfName = new Map<string, number>();
  const names: string[] = [];
  const nameId = new Int32Array(rows.length);
  // Pool number of a name → dense name number.
  const dense = new Map<number, number>();
  const idOf = (name: string): number => {
    let id = idOfName.get(name);
    if (id === undefined) {
      idOfName.set(name, (id = names.length));
      names.push(name);
    }
    return id;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows.ref(i);
    let id: number;
    if (r < 0) id = idOf(rows.records[~r]!.name);
    else {
      const pooled = rows.table.nameIdOf(r);
      let known = dense.get(pooled);
      if (known === undefined) dense.set(pooled, (known = idOf(rows.table.strings.values[pooled]!)));
      id = known;
    }
    nameId[i] = id;
  }
  return { idOfName, names, nameId, positions: groupByName(nameId, names.length) };
}

/** The positions of each name's spans in ascending order (a counting sort into one array: no list per name grows). */
function groupByName(nameId: Int32Array, names: number): Int32Array[] {
  const start = new Int32Array(names + 1);
  for (let i = 0; i < nameId.length; i++) start[nameId[i]! + 1]!++;
  for (let n = 0; n < names; n++) start[n + 1]! += start[n]!;
  const order = new Int32Array(nameId.length);
  const fill = start.slice(0, names);
  for (let i = 0; i < nameId.length; i++) order[fill[nameId[i]!]!++] = i;
  return Array.from({ length: names }, (_, n) => order.subarray(start[n]!, start[n + 1]!));
}

/**
 * The graph of a trace: a list of span records, or (a very large trace) a
 * view of a SpanTable's rows (span-table.ts's spanList or rowsList), read by rows:
 * names and parent links come from its columns, and the span lists it hands
 * out (`spans`, `named`) are views whose spans are made as they are read.
 */
export function buildGraph(spans: readonly SpanRecord[]): SpanGraph {
  const table = rowsOf(spans);
  const { idOfName, names, nameId, positions } = table ? indexRowNames(table) : indexNames(spans);
  let positionOf: (id: string) => number;
  let parentIndex: Int32Array;
  let hasDuplicateIds: boolean;
  let idPositions: () => Iterable<[string, number]>;
  if (table) {
    const rows = table.parentRows();
    parentIndex = rows.parentIndex;
    hasDuplicateIds = rows.hasDuplicateIds;
    positionOf = rows.rowOfId;
    idPositions = function* () {
      for (let i = 0; i < table.length; i++) {
        const id = table.spanId(i);
        if (rows.rowOfId(id) === i) yield [id, i];
      }
    };
  } else {
    const parents = indexParents(spans);
    const positionOfId = parents.positionOfId;
    parentIndex = parents.parentIndex;
    hasDuplicateIds = positionOfId.size !== spans.length;
    positionOf = (id) => positionOfId.get(id) ?? -1;
    idPositions = () => positionOfId;
  }

  // Per pattern, which of the distinct names match it (few distinct names, many spans).
  const masks = new Map<string, Uint8Array>();
  const nameMask = (pattern: string): Uint8Array => {
    let mask = masks.get(pattern);
    if (!mask) {
      mask = new Uint8Array(names.length);
      for (let n = 0; n < names.length; n++) mask[n] = matchesPattern(names[n]!, pattern) ? 1 : 0;
      masks.set(pattern, mask);
    }
    return mask;
  };

  let byId: Map<string, SpanRecord> | undefined;
  const parentPosition = (s: SpanRecord): number => (s.parentSpanId ? positionOf(s.parentSpanId) : -1);
  const parentOf = (s: SpanRecord) => {
    const p = parentPosition(s);
    return p === -1 ? undefined : spans[p];
  };
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

  /**
   * Whether the chain of parents from position `first` meets a name of the mask before it
   * comes back to `self` (the position the span's own id names). A chain that is not a
   * cycle ends within a few links; a longer one is walked again with a seen-set.
   */
  const chainMeets = (s: SpanRecord, first: number, self: number, mask: Uint8Array): boolean => {
    let p = first;
    for (let steps = 0; p !== -1; steps++) {
      if (steps === PLAIN_WALK_STEPS) return ancestorsOf(s).some((a) => mask[nameId[positionOf(a.spanId)]!] === 1);
      if (p === self) return false;
      if (mask[nameId[p]!] === 1) return true;
      p = parentIndex[p]!;
    }
    return false;
  };

  const namedPositionsCache = new Map<string, Int32Array>();
  const namedPositions = (pattern: string): Int32Array => {
    let hit = namedPositionsCache.get(pattern);
    if (!hit) {
      // Indexed by name: a pattern is matched against the distinct names once, not against every span.
      const lists = pattern.includes('*') ? positions.filter((_, n) => matchesPattern(names[n]!, pattern)) : [positions[idOfName.get(pattern) ?? -1] ?? new Int32Array(0)];
      hit = lists.length === 1 ? lists[0]! : concatSorted(lists);
      namedPositionsCache.set(pattern, hit);
    }
    return hit;
  };
  const namedCache = new Map<string, readonly SpanRecord[]>();

  let childRows: { first: Int32Array; next: Int32Array } | undefined;
  /** A table's subtree, by rows (children by parent position: the spans whose parent id names the row). */
  const tableSubtree = (root: SpanRecord): readonly SpanRecord[] => {
    if (!childRows) {
      const first = new Int32Array(spans.length).fill(-1);
      const next = new Int32Array(spans.length).fill(-1);
      for (let i = spans.length - 1; i >= 0; i--) {
        const p = parentIndex[i]!;
        if (p === -1) continue;
        next[i] = first[p]!;
        first[p] = i;
      }
      childRows = { first, next };
    }
    const { first, next } = childRows;
    const rootRow = positionOf(root.spanId);
    // As the record path walks it: the root (-1 here), then by a stack of children (pushed in trace order), each id once.
    // Each span is pushed at most once (by the one position its parent id names), so both fit in typed arrays.
    const walked = new Int32Array(spans.length + 1);
    let m = 0;
    // Each id once: an id stands for the position that has it last (the span itself when no id repeats).
    const idPosition = (c: number) => (hasDuplicateIds ? positionOf(table!.spanId(c)) : c);
    const seen = new Uint8Array(spans.length);
    if (rootRow !== -1) seen[rootRow] = 1;
    const stack = new Int32Array(spans.length);
    let top = 0;
    const pushChildren = (row: number) => {
      for (let c = row === -1 ? -1 : first[row]!; c !== -1; c = next[c]!) stack[top++] = c;
    };
    walked[m++] = -1;
    pushChildren(rootRow);
    while (top > 0) {
      const c = stack[--top]!;
      const at = idPosition(c);
      if (seen[at]) continue;
      seen[at] = 1;
      walked[m++] = c;
      pushChildren(at);
    }
    const startOf = (r: number) => (r === -1 ? root.startMs : table!.startMsOf(r));
    const out = sortedByKey(walked.subarray(0, m), startOf);
    if (out.length <= LARGE_TRACE_SPANS) return Array.from(out, (r) => (r === -1 ? root : table!.at(r)));
    // Past that, the subtree is the same rows (never copied), the root as a record.
    const records = [...table!.records, root];
    const rootRef = ~(records.length - 1);
    return rowsList(new SpanRows(table!.table, out.map((r) => (r === -1 ? rootRef : table!.ref(r))), records));
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

  const graph: SpanGraph = {
    spans,
    // Built when asked for: the positions answer every question validation asks.
    get byId() {
      if (!byId) {
        byId = new Map();
        for (const [id, p] of idPositions()) byId.set(id, spans[p]!);
      }
      return byId;
    },
    parentIndex,
    hasDuplicateIds,
    parentOf,
    ancestorsOf,
    hasAncestorNamed: (s, pattern) => chainMeets(s, parentPosition(s), positionOf(s.spanId), nameMask(pattern)),
    parentNamed: (pattern) => {
      const mask = nameMask(pattern);
      return (i) => {
        const p = parentIndex[i]!;
        return p !== -1 && mask[nameId[p]!] === 1;
      };
    },
    ancestorNamed: (pattern) => {
      const mask = nameMask(pattern);
      // Without duplicate ids, a span's own id names its own position.
      return (i) => chainMeets(spans[i]!, parentIndex[i]!, hasDuplicateIds ? positionOf(spans[i]!.spanId) : i, mask);
    },
    namedPositions,
    named: (pattern) => {
      // A table's spans are made as they are read: a list of them is not kept.
      if (table) return rowsList(table.select(namedPositions(pattern)));
      let hit = namedCache.get(pattern);
      if (!hit) namedCache.set(pattern, (hit = Array.from(namedPositions(pattern), (i) => spans[i]!)));
      return hit;
    },
    subtree: (root) => buildGraph(graph.subtreeSpans(root)),
    subtreeSpans: (root) => {
      if (table) return tableSubtree(root);
      const out: SpanRecord[] = [];
      const stack = [root];
      const seen = new Set<string>();
      while (stack.length) {
        const s = stack.pop()!;
        if (seen.has(s.spanId)) continue;
        seen.add(s.spanId);
        out.push(s);
        // One at a time: spreading a span's children into push() overflows the stack past ~100 k of them.
        for (const c of childrenOf(s.spanId)) stack.push(c);
      }
      return out.sort((a, b) => a.startMs - b.startMs);
    },
  };
  return graph;
}
