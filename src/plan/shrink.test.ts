import { describe, expect, it } from 'vitest';
import type { FaultSpec } from '../load/index.js';
import type { PlannedInjection } from './faults.js';
import { boundedTest, chunks, ddmin, planKey, planSummary, planToml, soften, softerVersions } from './shrink.js';

const fault = (name: string, type: string, extra: Partial<FaultSpec> = {}): FaultSpec => ({
  type,
  name,
  keyPath: `scenario[0].chaos[${name}]`,
  atMs: 0,
  count: 1,
  probability: 1,
  params: {},
  ...extra,
});
const inj = (f: FaultSpec, targets: string[] = ['app'], atMs = f.atMs): PlannedInjection => ({ fault: f, occurrence: 0, atMs, targets, fires: true });

/** A fake runner: the plan fails when `cause` says so; every run is logged. */
function fakeRunner(cause: (names: Set<string>) => boolean) {
  const log: string[][] = [];
  const test = async (candidate: readonly PlannedInjection[]) => {
    const names = candidate.map((c) => c.fault.name);
    log.push(names);
    return cause(new Set(names));
  };
  return { test, log };
}

const five = ['pause_peer', 'latency_peer', 'kill_app', 'cpu_peer', 'disk_peer'].map((n) => inj(fault(n, n.startsWith('kill') ? 'kill_container' : 'pause_container')));

describe('ddmin', () => {
  it('shrinks a 5-fault plan to the one fault that causes the failure, in few runs', async () => {
    const { test, log } = fakeRunner((names) => names.has('kill_app'));
    const bounded = boundedTest(test, 32, planKey);
    const { result, exhausted } = await ddmin(five, bounded.run);
    expect(result.map((r) => r.fault.name)).toEqual(['kill_app']);
    expect(exhausted).toBe(false);
    expect(bounded.runs()).toBeLessThanOrEqual(6);
    expect(log.length).toBe(bounded.runs());
  });

  it('finds the cause wherever it is in the plan', async () => {
    for (const cause of five.map((f) => f.fault.name)) {
      const { test } = fakeRunner((names) => names.has(cause));
      const { result } = await ddmin(five, boundedTest(test, 32, planKey).run);
      expect(result.map((r) => r.fault.name)).toEqual([cause]);
    }
  });

  it('keeps a pair that fails only together', async () => {
    const { test } = fakeRunner((names) => names.has('pause_peer') && names.has('disk_peer'));
    const { result } = await ddmin(five, boundedTest(test, 32, planKey).run);
    expect(result.map((r) => r.fault.name).sort()).toEqual(['disk_peer', 'pause_peer']);
  });

  it('stops at the bound with the smallest failing plan found so far', async () => {
    const { test } = fakeRunner((names) => names.has('kill_app'));
    const bounded = boundedTest(test, 1, planKey);
    const { result, exhausted } = await ddmin(five, bounded.run);
    expect(exhausted).toBe(true);
    expect(bounded.runs()).toBe(1);
    expect(result.some((r) => r.fault.name === 'kill_app')).toBe(true);
  });

  it('runs no candidate twice', async () => {
    const { test, log } = fakeRunner((names) => names.has('pause_peer') && names.has('disk_peer'));
    await ddmin(five, boundedTest(test, 32, planKey).run);
    const keys = log.map((l) => l.join(','));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('chunks', () => {
  it('cuts in order into nearly equal parts', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4, 5]]);
    expect(chunks([1, 2, 3], 3)).toEqual([[1], [2], [3]]);
  });
});

describe('soften', () => {
  it('halves durations and rates while the plan still fails', async () => {
    const slow = inj(fault('loss', 'packet_loss', { durationMs: 4000, params: { percent: 40 } }));
    // Fails while the loss lasts at least 1000 ms at 20 % or more.
    const test = async (c: readonly PlannedInjection[]) => (c[0]!.fault.durationMs ?? 0) >= 1000 && Number(c[0]!.fault.params.percent) >= 20;
    const { result } = await soften([slow], boundedTest(test, 32, planKey).run);
    expect(result[0]!.fault.durationMs).toBe(1000);
    expect(result[0]!.fault.params.percent).toBe(20);
  });

  it('never lowers a parameter whose lower value is harsher', () => {
    const cpu = inj(fault('cpu', 'cpu_throttle', { params: { cpu_percent: 50 } }));
    expect(softerVersions(cpu)).toEqual([]);
  });
});

describe('planToml and planSummary', () => {
  it('prints the plan as the chaos key of a scenario, targets and time as drawn', () => {
    const kill = inj(fault('kill_app', 'kill_container', { atMs: 500, target: 'random(1, [app, peer])', params: { signal: 'SIGKILL' } }), ['app'], 500);
    const off = { ...inj(fault('maybe', 'pause_container')), fires: false };
    expect(planToml([kill, off])).toBe('chaos = [\n  { type = "kill_container", name = "kill_app", target = "app", at_ms = 500, signal = "SIGKILL" },\n]\n');
    expect(planSummary([kill])).toBe('kill_app (kill_container) → app at 500 ms');
    expect(planSummary([])).toBe('no fault');
  });
});
