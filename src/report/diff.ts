/**
 * Differences between two canonical traces (`<suite>.trace.json`): spans added
 * or removed (by their path of names from the root), attribute, status, kind
 * and event changes, and spans that moved under another parent.
 *
 * A changed image (`service.image.digest`, `step.image.digest`) and a changed
 * fault plan (`chaos.planned` events) are named as such.
 *
 * Same-named siblings are paired identical-first, then in canonical order, so
 * one changed span among many identical ones shows as one change.
 */
import { canonicalJson, normalizeTrace, type CanonicalEvent, type CanonicalNode, type CanonicalValue } from './canonical.js';

export type DiffEntry =
  | { type: 'added'; path: string; spans: number }
  | { type: 'removed'; path: string; spans: number }
  | { type: 'moved'; name: string; from: string; to: string }
  | { type: 'attribute'; path: string; key: string; old?: CanonicalValue; new?: CanonicalValue }
  | { type: 'status'; path: string; old: string; new: string }
  | { type: 'kind'; path: string; old: string; new: string }
  | { type: 'events'; path: string; added: string[]; removed: string[] }
  /** A service or step ran another image (its content digest changed). */
  | { type: 'image'; path: string; subject: string; image?: CanonicalValue; old?: CanonicalValue; new?: CanonicalValue }
  /** The scenario's resolved fault plan (its `chaos.planned` events) changed: one line per injection. */
  | { type: 'plan'; path: string; changes: string[] };

export const PATH_SEPARATOR = ' > ';

interface Loose {
  node: CanonicalNode;
  parent: string;
  path: string;
}

const json = (v: unknown) => canonicalJson(v);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const size = (n: CanonicalNode): number => 1 + n.children.reduce((s, c) => s + size(c), 0);
const join = (parent: string, segment: string) => (parent ? `${parent}${PATH_SEPARATOR}${segment}` : segment);
const segment = (name: string, index: number, many: boolean) => (many ? `${name}[${index}]` : name);

function groupByName(nodes: readonly CanonicalNode[]): Map<string, CanonicalNode[]> {
  const groups = new Map<string, CanonicalNode[]>();
  for (const n of nodes) groups.set(n.name, [...(groups.get(n.name) ?? []), n]);
  return groups;
}

function eventLabel(e: CanonicalEvent): string {
  return Object.keys(e.attributes).length > 0 ? `${e.name} ${json(e.attributes)}` : e.name;
}

/** Multiset difference: items of `a` not matched by an equal item of `b`. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

/** Attributes holding the content digest of the image a service or step ran. */
const IMAGE_DIGEST_KEYS: readonly string[] = ['service.image.digest', 'step.image.digest'];

function imageEntry(a: CanonicalNode, b: CanonicalNode, key: string, path: string): DiffEntry {
  const service = key.startsWith('service.');
  const who = b.attributes[service ? 'service.name' : 'step.name'] ?? a.attributes[service ? 'service.name' : 'step.name'];
  const image = b.attributes[service ? 'service.image' : 'step.image'] ?? a.attributes[service ? 'service.image' : 'step.image'];
  const entry: DiffEntry = { type: 'image', path, subject: `${service ? 'service' : 'step'} ${typeof who === 'string' ? who : '?'}` };
  if (image !== undefined) entry.image = image;
  if (a.attributes[key] !== undefined) entry.old = a.attributes[key];
  if (b.attributes[key] !== undefined) entry.new = b.attributes[key];
  return entry;
}

const isPlanned = (e: CanonicalEvent): boolean => e.name === 'chaos.planned';

/** Planned injections paired by fault name and occurrence (same-named faults in canonical order); one line per injection that differs. */
function planDifferences(a: readonly CanonicalEvent[], b: readonly CanonicalEvent[]): string[] {
  const keyOf = (e: CanonicalEvent) => `${String(e.attributes['chaos.name'] ?? e.attributes['chaos.type'] ?? '?')}#${String(e.attributes['chaos.occurrence'] ?? 0)}`;
  const byKey = (list: readonly CanonicalEvent[]) => {
    const m = new Map<string, CanonicalEvent[]>();
    for (const e of list) m.set(keyOf(e), [...(m.get(keyOf(e)) ?? []), e]);
    return m;
  };
  const ma = byKey(a);
  const mb = byKey(b);
  const out: string[] = [];
  for (const key of [...new Set([...ma.keys(), ...mb.keys()])].sort(compare)) {
    const la = ma.get(key) ?? [];
    const lb = mb.get(key) ?? [];
    // Identical events need no pairing; the rest are paired in order.
    const restA = minus(la.map((e) => json(e)), lb.map((e) => json(e))).map((j) => JSON.parse(j) as CanonicalEvent);
    const restB = minus(lb.map((e) => json(e)), la.map((e) => json(e))).map((j) => JSON.parse(j) as CanonicalEvent);
    for (let i = 0; i < Math.max(restA.length, restB.length); i++) {
      const ea = restA[i];
      const eb = restB[i];
      if (!ea) out.push(`${key} added ${json(eb!.attributes)}`);
      else if (!eb) out.push(`${key} removed ${json(ea.attributes)}`);
      else {
        const attrs = [...new Set([...Object.keys(ea.attributes), ...Object.keys(eb.attributes)])].sort(compare);
        const changed = attrs.filter((k) => json(ea.attributes[k] ?? null) !== json(eb.attributes[k] ?? null));
        out.push(`${key}: ${changed.map((k) => `${k} ${show(ea.attributes[k])} → ${show(eb.attributes[k])}`).join(', ')}`);
      }
    }
  }
  return out;
}

interface State {
  entries: DiffEntry[];
  added: Loose[];
  removed: Loose[];
}

function compareNode(a: CanonicalNode, b: CanonicalNode, path: string, st: State): void {
  if (a.kind !== b.kind) st.entries.push({ type: 'kind', path, old: a.kind, new: b.kind });
  if (a.status !== b.status) st.entries.push({ type: 'status', path, old: a.status, new: b.status });
  const keys = [...new Set([...Object.keys(a.attributes), ...Object.keys(b.attributes)])].sort(compare);
  for (const key of keys) {
    const ov = a.attributes[key];
    const nv = b.attributes[key];
    if (ov !== undefined && nv !== undefined && json(ov) === json(nv)) continue;
    if (IMAGE_DIGEST_KEYS.includes(key)) {
      st.entries.push(imageEntry(a, b, key, path));
      continue;
    }
    const entry: DiffEntry = { type: 'attribute', path, key };
    if (ov !== undefined) entry.old = ov;
    if (nv !== undefined) entry.new = nv;
    st.entries.push(entry);
  }
  const planChanges = planDifferences(a.events.filter(isPlanned), b.events.filter(isPlanned));
  if (planChanges.length > 0) st.entries.push({ type: 'plan', path, changes: planChanges });
  const ea = a.events.filter((e) => !isPlanned(e)).map(eventLabel);
  const eb = b.events.filter((e) => !isPlanned(e)).map(eventLabel);
  const added = minus(eb, ea);
  const removed = minus(ea, eb);
  if (added.length > 0 || removed.length > 0) st.entries.push({ type: 'events', path, added, removed });
  compareChildren(a.children, b.children, path, st);
}

function compareChildren(as: readonly CanonicalNode[], bs: readonly CanonicalNode[], parent: string, st: State): void {
  const ga = groupByName(as);
  const gb = groupByName(bs);
  const names = [...new Set([...ga.keys(), ...gb.keys()])].sort(compare);
  for (const name of names) {
    const la = ga.get(name) ?? [];
    const lb = gb.get(name) ?? [];
    const many = Math.max(la.length, lb.length) > 1;
    // Identical pairs first: they need no further comparison.
    const freeB = lb.map((_, i) => i);
    const restA: number[] = [];
    la.forEach((node, i) => {
      const k = freeB.findIndex((j) => json(lb[j]) === json(node));
      if (k >= 0) freeB.splice(k, 1);
      else restA.push(i);
    });
    const pairs = Math.min(restA.length, freeB.length);
    for (let p = 0; p < pairs; p++) {
      const j = freeB[p]!;
      compareNode(la[restA[p]!]!, lb[j]!, join(parent, segment(name, j, many)), st);
    }
    for (const i of restA.slice(pairs)) st.removed.push({ node: la[i]!, parent, path: join(parent, segment(name, i, many)) });
    for (const j of freeB.slice(pairs)) st.added.push({ node: lb[j]!, parent, path: join(parent, segment(name, j, many)) });
  }
}

/** The differences from trace `a` to trace `b` (empty when they are identical). */
export function diffTraces(a: CanonicalNode[], b: CanonicalNode[]): DiffEntry[] {
  const ta = normalizeTrace(a);
  const tb = normalizeTrace(b);
  if (json(ta) === json(tb)) return [];
  const st: State = { entries: [], added: [], removed: [] };
  compareChildren(ta, tb, '', st);
  // A span removed under one parent and added under another is a move: identical subtrees first, then by name.
  const moves: DiffEntry[] = [];
  for (const exact of [true, false]) {
    for (const r of [...st.removed]) {
      const k = st.added.findIndex((x) => x.node.name === r.node.name && x.parent !== r.parent && (!exact || json(x.node) === json(r.node)));
      if (k < 0) continue;
      const [to] = st.added.splice(k, 1);
      st.removed.splice(st.removed.indexOf(r), 1);
      moves.push({ type: 'moved', name: r.node.name, from: r.parent || '(root)', to: to!.parent || '(root)' });
      if (!exact) compareNode(r.node, to!.node, to!.path, st);
    }
  }
  return [
    ...st.removed.map((r): DiffEntry => ({ type: 'removed', path: r.path, spans: size(r.node) })),
    ...st.added.map((x): DiffEntry => ({ type: 'added', path: x.path, spans: size(x.node) })),
    ...moves,
    ...st.entries,
  ];
}

const show = (v: CanonicalValue | undefined) => (v === undefined ? '(none)' : JSON.stringify(v));
const spansNote = (n: number) => (n > 1 ? ` (${n} spans)` : '');

/** One line per difference: `+` added, `-` removed, `>` moved, `~` changed. */
export function formatDiff(entries: readonly DiffEntry[]): string[] {
  return entries.map((e) => {
    switch (e.type) {
      case 'added':
        return `+ ${e.path}${spansNote(e.spans)}`;
      case 'removed':
        return `- ${e.path}${spansNote(e.spans)}`;
      case 'moved':
        return `> ${e.name}: moved from ${e.from} to ${e.to}`;
      case 'attribute':
        return `~ ${e.path}: ${e.key}: ${show(e.old)} → ${show(e.new)}`;
      case 'status':
        return `~ ${e.path}: status: ${e.old} → ${e.new}`;
      case 'kind':
        return `~ ${e.path}: kind: ${e.old} → ${e.new}`;
      case 'image':
        return `~ ${e.path}: image changed: ${e.subject}${e.image !== undefined ? ` (${String(e.image)})` : ''}: ${show(e.old)} → ${show(e.new)}`;
      case 'plan':
        return `~ ${e.path}: fault plan changed: ${e.changes.join('; ')}`;
      case 'events':
        return `~ ${e.path}: events: ${[...e.added.map((x) => `+${x}`), ...e.removed.map((x) => `-${x}`)].join(', ')}`;
    }
  });
}

/** Checks that parsed JSON has the shape of a canonical trace; returns a reason when it does not. */
export function traceShapeError(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'expected a JSON array of root spans';
  const stack: unknown[] = [...value];
  while (stack.length > 0) {
    const n = stack.pop() as Partial<CanonicalNode> | null;
    if (n === null || typeof n !== 'object' || Array.isArray(n)) return 'every span must be an object';
    if (typeof n.name !== 'string') return 'every span needs a string "name"';
    if (typeof n.kind !== 'string' || typeof n.status !== 'string') return `span "${n.name}" needs string "kind" and "status"`;
    if (n.attributes === null || typeof n.attributes !== 'object' || Array.isArray(n.attributes)) return `span "${n.name}" needs an "attributes" object`;
    if (!Array.isArray(n.events) || !Array.isArray(n.children)) return `span "${n.name}" needs "events" and "children" arrays`;
    for (const e of n.events as unknown[]) {
      const ev = e as Partial<CanonicalEvent> | null;
      if (ev === null || typeof ev !== 'object' || typeof ev.name !== 'string' || typeof ev.attributes !== 'object' || ev.attributes === null)
        return `span "${n.name}" has an event without a string "name" and an "attributes" object`;
    }
    // One at a time: a node may have more children than push() takes arguments.
    for (const c of n.children) stack.push(c);
  }
  return undefined;
}
