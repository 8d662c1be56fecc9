/**
 * Monkey mode: faults drawn from the seed at every tick of a grid, each tick
 * firing with a probability, of a type and on a target drawn from the given
 * lists. The draws become ordinary faults of the scenario (one per fired tick,
 * named `monkey_<tick>`), planned, printed and injected like declared ones, so
 * the same seed gives the same sequence.
 *
 *   ticks:  interval, 2 × interval, …, ≤ duration   (counted from the first step's observed start)
 *   each:   fires with `probability` → type from `types` → target from the free `targets`
 *
 * A target is free again one interval after the fault drawn on it is planned to
 * end (`at_ms + duration_ms`); a fault without `duration_ms` keeps its target for
 * the rest of the monkey (it may act until cleanup). Two faults on one container
 * at once would make each one's effect depend on timing (pausing a stopped
 * container), and so the trace.
 */
import type { FaultSpec, MonkeySpec, ScenarioSpec, Suite } from '../load/index.js';
import type { Rng } from './rng.js';

/** `clnrm monkey` settings: each replaces the scenario's own (and, with duration, probability and types, makes a monkey where there is none). */
export interface MonkeyOverrides {
  durationMs?: number;
  intervalMs?: number;
  probability?: number;
  types?: readonly string[];
  targets?: readonly string[];
}

/** One fired tick. */
export interface MonkeyDraw {
  /** 1-based tick index. */
  tick: number;
  /** Milliseconds after the first step's process was observed running. */
  atMs: number;
  type: string;
  target: string;
}

/** The tick times of a monkey: k × interval for k = 1 … ⌊duration / interval⌋. */
export function monkeyTicks(spec: Pick<MonkeySpec, 'durationMs' | 'intervalMs'>): number[] {
  const n = Math.floor(spec.durationMs / spec.intervalMs);
  return Array.from({ length: n }, (_, i) => (i + 1) * spec.intervalMs);
}

/** The monkey's draws over the scenario's services (or its `targets`), every draw from `rng`. */
export function drawMonkey(spec: MonkeySpec, services: readonly string[], rng: Rng): MonkeyDraw[] {
  const targets = spec.targets ?? services;
  const freeAt = new Map<string, number>();
  const out: MonkeyDraw[] = [];
  monkeyTicks(spec).forEach((atMs, i) => {
    if (!rng.chance(spec.probability)) return;
    const type = spec.types[rng.int(spec.types.length)];
    const free = targets.filter((t) => (freeAt.get(t) ?? 0) <= atMs);
    if (free.length === 0 || type === undefined) return;
    const target = free[rng.int(free.length)]!;
    const lasts = spec.fault[type]?.durationMs;
    freeAt.set(target, lasts === undefined ? Infinity : atMs + lasts + spec.intervalMs);
    out.push({ tick: i + 1, atMs, type, target });
  });
  return out;
}

/** The scenario's monkey with the command line's settings applied; undefined when it has none and they do not make one. */
export function effectiveMonkey(sc: ScenarioSpec, o: MonkeyOverrides | undefined): MonkeySpec | undefined {
  const base = sc.monkey;
  if (!o) return base;
  if (!base && (o.durationMs === undefined || o.probability === undefined || o.types === undefined)) return base;
  const spec: MonkeySpec = {
    keyPath: base?.keyPath ?? `${sc.keyPath}.monkey`,
    durationMs: o.durationMs ?? base!.durationMs,
    intervalMs: o.intervalMs ?? base?.intervalMs ?? 1000,
    probability: o.probability ?? base!.probability,
    types: o.types ?? base!.types,
    fault: base?.fault ?? {},
  };
  const targets = o.targets ?? base?.targets;
  return targets ? { ...spec, targets } : spec;
}

/** The faults of a scenario's draws: what the chaos session injects. */
export function monkeyFaults(spec: MonkeySpec, draws: readonly MonkeyDraw[]): FaultSpec[] {
  return draws.map((d) => {
    const perType = spec.fault[d.type];
    const f: FaultSpec = { type: d.type, name: `monkey_${d.tick}`, keyPath: spec.keyPath, target: d.target, atMs: d.atMs, count: 1, probability: 1, params: { ...(perType?.params ?? {}) } };
    if (perType?.durationMs !== undefined) f.durationMs = perType.durationMs;
    return f;
  });
}

/**
 * The suite with every scenario's monkey (after `overrides`) drawn and added to its faults;
 * `rngOf` gives a scenario's monkey generator. Scenarios `selected` leaves out are kept as written.
 */
export function withMonkeys(suite: Suite, rngOf: (sc: ScenarioSpec) => Rng, overrides?: MonkeyOverrides, selected: (sc: ScenarioSpec) => boolean = () => true): Suite {
  if (!overrides && suite.scenarios.every((sc) => !sc.monkey)) return suite;
  const scenarios = suite.scenarios.map((sc) => {
    const monkey = selected(sc) ? effectiveMonkey(sc, overrides) : undefined;
    if (!monkey) return sc;
    return { ...sc, monkey, faults: [...sc.faults, ...monkeyFaults(monkey, drawMonkey(monkey, sc.services, rngOf(sc)))] };
  });
  return Object.freeze({ ...suite, scenarios });
}
