/**
 * The fault schedule of a scenario, drawn entirely from the scenario's seeded
 * generator before anything runs: when each injection happens, which targets a
 * `random(N, [...])` selector picks, and whether a `probability` draw fires.
 * The same seed gives the same schedule, run after run.
 */
import type { FaultSpec } from '../load/index.js';
import type { Rng } from './rng.js';
import { parseRandomTarget } from '../load/target.js';

export interface PlannedInjection {
  fault: FaultSpec;
  /** 0-based repetition index (for `every_ms` + `count`). */
  occurrence: number;
  /** Milliseconds after scenario start. */
  atMs: number;
  targets: string[];
  /** False when the probability draw said no: recorded, not injected. */
  fires: boolean;
}

/** Services a target expression names; `fallback` is the scenario's only service when no target is given. */
export function resolveTargets(target: FaultSpec['target'], rng: Rng, fallback: readonly string[]): string[] {
  if (target === undefined) return fallback.length === 1 ? [...fallback] : [];
  if (Array.isArray(target)) return [...target];
  const random = parseRandomTarget(String(target));
  return random ? rng.sample(random.pool, random.count) : [String(target)];
}

export function planFaults(faults: readonly FaultSpec[], services: readonly string[], rng: Rng): PlannedInjection[] {
  const plan: PlannedInjection[] = [];
  faults.forEach((fault, i) => {
    // One generator per declared fault: adding a fault does not shift the draws of the others.
    const r = rng.fork(`fault:${i}:${fault.name}`);
    for (let k = 0; k < fault.count; k++) {
      const fires = r.chance(fault.probability);
      const targets = resolveTargets(fault.target, r, services);
      plan.push({ fault, occurrence: k, atMs: fault.atMs + k * (fault.everyMs ?? 0), targets, fires });
    }
  });
  return plan.sort((a, b) => a.atMs - b.atMs);
}
