/**
 * The resolved fault plan of a scenario as plain data: what the trace records
 * on each `chaos.planned` event (so the digest covers the plan, parameters
 * included), what report.json keeps for `clnrm replay`, and how two plans are
 * compared. Every member is decided before anything runs (plan.ts).
 */
import { stableJson } from '../common/stable-json.js';
import { anchorName, type PlannedInjection } from './faults.js';

/** One planned injection, resolved: the draws made (targets, fires) and the fault's settings. */
export interface InjectionRecord {
  /** Where the fault is declared (`scenario[0].chaos[1]`, `chaos.preset.*`): tells apart faults of one name. Not in the trace. */
  keyPath: string;
  type: string;
  name: string;
  occurrence: number;
  atMs: number;
  /** `step:<name>` or `scenario_start`. */
  anchor: string;
  targets: string[];
  fires: boolean;
  durationMs: number | null;
  step: string | null;
  /** The fault's parameters as stable JSON (sorted keys). */
  params: string;
}

export function injectionRecord(p: PlannedInjection): InjectionRecord {
  return {
    keyPath: p.fault.keyPath,
    type: p.fault.type,
    name: p.fault.name,
    occurrence: p.occurrence,
    atMs: p.atMs,
    anchor: anchorName(p),
    targets: [...p.targets],
    fires: p.fires,
    durationMs: p.fault.durationMs ?? null,
    step: p.fault.step ?? null,
    params: stableJson(p.fault.params),
  };
}

/** The attributes of a `chaos.planned` event: the whole resolved injection. */
export function plannedEventAttributes(p: PlannedInjection): Record<string, string | number | boolean> {
  const r = injectionRecord(p);
  return {
    'chaos.type': r.type,
    'chaos.name': r.name,
    'chaos.occurrence': r.occurrence,
    'chaos.at_ms': r.atMs,
    'chaos.anchor': r.anchor,
    'chaos.targets': r.targets.join(','),
    'chaos.fires': r.fires,
    ...(r.durationMs !== null ? { 'chaos.duration_ms': r.durationMs } : {}),
    ...(r.step !== null ? { 'chaos.step': r.step } : {}),
    'chaos.params': r.params,
  };
}

/** How an injection is named in a difference: `latency#0 (network_latency, scenario[0].chaos[1])`. */
const label = (r: InjectionRecord): string => `${r.name}#${r.occurrence} (${r.type}, ${r.keyPath})`;

/**
 * The differences between a recorded plan and the one planned now, one line each (empty: the same plan).
 * Injections are matched by where their fault is declared and their occurrence.
 */
export function planDifferences(recorded: readonly InjectionRecord[], current: readonly InjectionRecord[]): string[] {
  const key = (r: InjectionRecord) => `${r.keyPath}#${r.occurrence}`;
  const now = new Map(current.map((r) => [key(r), r]));
  const was = new Map(recorded.map((r) => [key(r), r]));
  const out: string[] = [];
  for (const r of recorded) {
    const c = now.get(key(r));
    if (!c) {
      out.push(`${label(r)} is no longer planned`);
      continue;
    }
    for (const field of Object.keys(r) as (keyof InjectionRecord)[]) {
      const a = stableJson(r[field]);
      const b = stableJson(c[field]);
      if (a !== b) out.push(`${label(r)}: ${field} ${a} → ${b}`);
    }
  }
  for (const c of current) if (!was.has(key(c))) out.push(`${label(c)} is planned now but was not recorded`);
  return out;
}
