/**
 * The fault schedule of a scenario, drawn entirely from the scenario's seeded
 * generator before anything runs: when each injection happens, which targets a
 * `random(N, [...])` selector picks, and whether a `probability` draw fires.
 * The same seed gives the same schedule, run after run.
 */
import type { FaultSpec } from '../load/index.js';
import type { Rng } from './rng.js';
import { parseRandomTarget } from '../load/target.js';
import { actsOnStep } from '../load/fault-facts.js';

export interface PlannedInjection {
  readonly fault: FaultSpec;
  /** 0-based repetition index (for `every_ms` + `count`). */
  readonly occurrence: number;
  /**
   * Milliseconds after the anchor: the instant the `anchor` step's process was
   * observed running, or (no anchor) the scenario's start, before its first step.
   */
  readonly atMs: number;
  /** Step whose observed start times this injection; undefined: applied before the first step. */
  readonly anchor?: string;
  readonly targets: readonly string[];
  /** False when the probability draw said no: recorded, not injected. */
  readonly fires: boolean;
}

/** Services a target expression names; `fallback` is the scenario's only service when no target is given. */
export function resolveTargets(target: FaultSpec['target'], rng: Rng, fallback: readonly string[]): string[] {
  if (target === undefined) return fallback.length === 1 ? [...fallback] : [];
  if (Array.isArray(target)) return [...target];
  const random = parseRandomTarget(String(target));
  return random ? rng.sample(random.pool, random.count) : [String(target)];
}

/**
 * The step a fault is timed from: its `step` (unless that names the step it acts on: a fault type
 * that targets steps, as the schema says), else the
 * scenario's first step when the fault is timed at all (`at_ms` > 0 or `every_ms`); a fault at 0
 * without a step is a precondition, applied before the first step starts.
 */
export function faultAnchor(fault: FaultSpec, firstStep: string | undefined): string | undefined {
  if (fault.step !== undefined && !actsOnStep(fault.type)) return fault.step;
  return fault.atMs > 0 || fault.everyMs !== undefined ? firstStep : undefined;
}

/** The schedule of one scenario's faults, in time order, every draw made from `rng`. */
export function planFaults(faults: readonly FaultSpec[], services: readonly string[], rng: Rng, firstStep?: string): PlannedInjection[] {
  const plan: PlannedInjection[] = [];
  faults.forEach((fault, i) => {
    // One generator per declared fault: adding a fault does not shift the draws of the others.
    const r = rng.fork(`fault:${i}:${fault.name}`);
    for (let k = 0; k < fault.count; k++) {
      const fires = r.chance(fault.probability);
      const targets = resolveTargets(fault.target, r, services);
      const anchor = faultAnchor(fault, firstStep);
      plan.push({ fault, occurrence: k, atMs: fault.atMs + k * (fault.everyMs ?? 0), ...(anchor !== undefined ? { anchor } : {}), targets, fires });
    }
  });
  return plan.sort((a, b) => a.atMs - b.atMs);
}

/** How traces and plans name an injection's anchor: `step:<name>`, or `scenario_start` (before the first step). */
export const anchorName = (p: PlannedInjection): string => (p.anchor !== undefined ? `step:${p.anchor}` : 'scenario_start');
