/**
 * Chaos presets: named sets of catalogue faults added to every scenario, from
 * `[chaos] preset` or `clnrm run --chaos gentle|aggressive|custom:FILE.json`.
 *
 *   gentle      CPU quota 50 %, every 20th packet dropped (5 %); 10 % of the steps' reads and
 *               writes slowed by 10 ms; 10 % of HTTP responses through each proxy 200 ms late
 *   aggressive  CPU quota 10 %, every 3rd packet dropped (~30 %), memory limit halved
 *               (services that declare one), one random service paused for 500 ms at 1 s;
 *               10 % of the steps' reads and writes interrupted (EINTR); 30 % of HTTP
 *               requests through each proxy answered 503
 *
 * Every draw is deterministic (packet loss in `nth` mode, syscall rates as every Nth call from
 * a seeded start, HTTP rates per request index), so a preset run is reproducible. Syscall faults
 * go only to services where the scenario's steps run (they act on steps) and that no fault of
 * the scenario already traces (a process has one tracer); HTTP faults only to proxies that no
 * HTTP fault of the scenario already acts on.
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

const SYSCALL_FAULTS = new Set(['syscall_error', 'slow_io']);

/** Services where the scenario's steps run and that none of its own syscall faults traces. */
function syscallTargets(scenario: ScenarioSpec): string[] {
  const traced = new Set(scenario.faults.filter((f) => SYSCALL_FAULTS.has(f.type)).flatMap((f) => (f.target === undefined ? [...scenario.services] : typeof f.target === 'string' ? [f.target] : [...f.target])));
  const stepServices = scenario.steps.flatMap((st) => (st.service !== undefined ? [st.service] : []));
  return [...new Set(stepServices)].filter((s) => !traced.has(s)).sort();
}

const HTTP_FAULTS = new Set(['http_error', 'http_slow']);

/** Proxies that the scenario starts (their upstream service runs in it) and that none of its own HTTP faults acts on. */
function scenarioProxies(suite: Suite, scenario: ScenarioSpec): string[] {
  const taken = new Set(scenario.faults.filter((f) => HTTP_FAULTS.has(f.type)).map((f) => String(f.params.proxy)));
  return Object.values(suite.proxies)
    .filter((p) => scenario.services.includes(p.upstream.service) && !taken.has(p.name))
    .map((p) => p.name)
    .sort();
}

function presetFaults(preset: PresetName, suite: Suite, scenario: ScenarioSpec): FaultSpec[] {
  const all = [...scenario.services];
  if (all.length === 0) return [];
  const traced = syscallTargets(scenario);
  const proxies = scenarioProxies(suite, scenario);
  if (preset === 'gentle') {
    return [
      fault('cpu_throttle', 'preset_cpu', { cpu_percent: 50 }, { target: all }),
      fault('packet_loss', 'preset_loss', { percent: 5, mode: 'nth' }, { target: all }),
      ...traced.map((s) => fault('slow_io', `preset_slow_io_${s}`, { syscalls: ['read', 'write'], call_delay_ms: 10, rate_pct: 10 }, { target: s })),
      ...proxies.map((p) => fault('http_slow', `preset_http_slow_${p}`, { proxy: p, response_delay_ms: 200, rate: 0.1 })),
    ];
  }
  const limited = all.filter((s) => suite.services[s]?.limits.memoryMb !== undefined);
  return [
    fault('cpu_throttle', 'preset_cpu', { cpu_percent: 10 }, { target: all }),
    fault('packet_loss', 'preset_loss', { percent: 30, mode: 'nth' }, { target: all }),
    ...limited.map((s) => fault('memory_pressure', `preset_memory_${s}`, { memory_mb: Math.max(6, Math.floor(suite.services[s]!.limits.memoryMb! / 2)) }, { target: s })),
    fault('pause_container', 'preset_pause', {}, { target: `random(1, [${all.join(', ')}])`, atMs: 1000, durationMs: 500 }),
    ...traced.map((s) => fault('syscall_error', `preset_eintr_${s}`, { syscalls: ['read', 'write'], errno: 'EINTR', rate_pct: 10 }, { target: s })),
    ...proxies.map((p) => fault('http_error', `preset_http_error_${p}`, { proxy: p, status: 503, rate: 0.3 })),
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
