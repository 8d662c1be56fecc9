/**
 * The `depends_on` graph of services: the first cycle in it (a load error) and
 * the order services start in (each after everything it depends on).
 */
import type { DependencyCondition, ServiceDependency } from './model.js';

/** `depends_on = ["db"]` (each `ready`) or `depends_on = { db = "started" }`, in the order written. */
export function dependencies(raw: readonly string[] | Readonly<Record<string, DependencyCondition>>): ServiceDependency[] {
  return Array.isArray(raw)
    ? raw.map((service: string) => ({ service, condition: 'ready' as const }))
    : Object.entries(raw as Record<string, DependencyCondition>).map(([service, condition]) => ({ service, condition }));
}

/** Dependencies by service name: the names each one depends on. */
export type DependencyGraph = Readonly<Record<string, readonly string[]>>;

/**
 * The first cycle found, as the path that closes it (`[a, b, a]`), or undefined.
 * Services are visited in the order given, so the same file names the same cycle.
 */
export function dependencyCycle(graph: DependencyGraph): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') return [...path.slice(path.indexOf(name)), name];
    state.set(name, 'visiting');
    path.push(name);
    for (const dep of graph[name] ?? []) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of Object.keys(graph)) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * The services in start waves: every service of a wave depends only on services of
 * earlier waves; within a wave they start together, in the order given. Dependencies
 * outside `services` are ignored (the loader rejects them). Throws on a cycle.
 */
export function startWaves(services: readonly string[], graph: DependencyGraph): string[][] {
  const waves: string[][] = [];
  const placed = new Set<string>();
  let left = [...services];
  while (left.length > 0) {
    const wave = left.filter((s) => (graph[s] ?? []).every((d) => placed.has(d) || !services.includes(d)));
    if (wave.length === 0) throw new Error(`depends_on cycle among ${left.join(', ')}`);
    waves.push(wave);
    for (const s of wave) placed.add(s);
    left = left.filter((s) => !placed.has(s));
  }
  return waves;
}
