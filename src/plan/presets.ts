/**
 * Chaos presets: named sets of catalogue faults added to every scenario, from
 * `[chaos] preset` or `clnrm run --chaos gentle|aggressive|custom:FILE.json`.
 *
 *   gentle      CPU quota 50 %, every 20th packet dropped (5 %)
 *   aggressive  CPU quota 10 %, every 3rd packet dropped (~30 %), memory limit halved
 *               (services that declare one), one random service paused for 500 ms at 1 s
 *
 * Packet loss uses the deterministic `nth` mode, so a preset run is reproducible.
 */
import { readFileSync } from 'node:fs';
import type { FaultSpec, ScenarioSpec, Suite } from '../load/index.js';
import { checkFaultList } from '../load/index.js';

export type PresetName = 'gentle' | 'aggressive';

const fault = (type: string, name: string, params: Record<string, unknown>, extra: Partial<FaultSpec> = {}): FaultSpec => ({
  type,
  name,
  keyPath: `chaos.preset.${name}`,
  atMs: 0,
  count: 1,
  probability: 1,
  params,
  ...extra,
});

function presetFaults(preset: PresetName, suite: Suite, scenario: ScenarioSpec): FaultSpec[] {
  const all = [...scenario.services];
  if (all.length === 0) return [];
  if (preset === 'gentle') {
    return [fault('cpu_throttle', 'preset_cpu', { cpu_percent: 50 }, { target: all }), fault('packet_loss', 'preset_loss', { percent: 5, mode: 'nth' }, { target: all })];
  }
  const limited = all.filter((s) => suite.services[s]?.limits.memoryMb !== undefined);
  return [
    fault('cpu_throttle', 'preset_cpu', { cpu_percent: 10 }, { target: all }),
    fault('packet_loss', 'preset_loss', { percent: 30, mode: 'nth' }, { target: all }),
    ...limited.map((s) => fault('memory_pressure', `preset_memory_${s}`, { memory_mb: Math.max(6, Math.floor(suite.services[s]!.limits.memoryMb! / 2)) }, { target: s })),
    fault('pause_container', 'preset_pause', {}, { target: `random(1, [${all.join(', ')}])`, atMs: 1000, durationMs: 500 }),
  ];
}

export type ChaosSelection = { kind: 'none' } | { kind: 'preset'; preset: PresetName } | { kind: 'custom'; file: string; faults: FaultSpec[] };

/** Parses `--chaos`; custom files are validated against the schema's fault definition. Returns an error message on bad input. */
export function parseChaosOption(value: string): ChaosSelection | string {
  if (value === 'none') return { kind: 'none' };
  if (value === 'gentle' || value === 'aggressive') return { kind: 'preset', preset: value };
  if (!value.startsWith('custom:')) return `--chaos expects gentle, aggressive, none or custom:FILE.json, got ${JSON.stringify(value)}`;
  const file = value.slice('custom:'.length);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return `--chaos ${value}: cannot read a JSON array of faults from ${file}: ${(err as Error).message}`;
  }
  const checked = checkFaultList(file, data);
  return typeof checked === 'string' ? checked : { kind: 'custom', file, faults: checked };
}

/** The suite with the selected chaos added to every scenario (the suite's own `[chaos] preset` when `selection` is absent). */
export function withChaos(suite: Suite, selection?: ChaosSelection): Suite {
  const chosen: ChaosSelection = selection ?? (suite.chaos.preset === 'none' ? { kind: 'none' } : { kind: 'preset', preset: suite.chaos.preset });
  if (chosen.kind === 'none') return suite;
  const scenarios = suite.scenarios.map((sc) => ({
    ...sc,
    faults: [...sc.faults, ...(chosen.kind === 'preset' ? presetFaults(chosen.preset, suite, sc) : chosen.faults.map((f) => ({ ...f, target: f.target ?? [...sc.services] })))],
  }));
  return Object.freeze({ ...suite, scenarios });
}
