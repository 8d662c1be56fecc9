import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Suite } from '../load/index.js';
import { loadSuite } from '../../test/kit/index.js';
import { parseChaosOption, withChaos } from './presets.js';

function suite(extra = ''): Suite {
  return loadSuite(`[meta]\nname = "s"\n${extra}\n[service.a]\nimage = "x"\nlimits = { memory_mb = 64 }\n[service.b]\nimage = "x"\n[[scenario]]\nname = "one"\nservice = "a"\nrun = "true"\n`, {});
}

const WITH_PROXY = `[service.api]\nimage = "x"\n[proxy.front]\nlisten = 8080\nupstream = "api:80"\n[[scenario]]\nname = "two"\nservices = ["a", "api"]\nsteps = [{ name = "s1", service = "a", run = "true" }]\n`;

describe('chaos presets', () => {
  it('gentle adds a 50 % CPU quota and deterministic 5 % loss on every service', () => {
    const faults = withChaos(suite(), { kind: 'preset', preset: 'gentle' }).scenarios[0]!.faults;
    expect(faults.map((f) => [f.type, f.params, f.target])).toEqual([
      ['cpu_throttle', { cpu_percent: 50 }, ['a', 'b']],
      ['packet_loss', { percent: 5, mode: 'nth' }, ['a', 'b']],
      ['slow_io', { syscalls: ['read', 'write'], call_delay_ms: 10, rate_pct: 10 }, 'a'],
    ]);
  });

  it('aggressive also halves declared memory limits and pauses one random service', () => {
    const faults = withChaos(suite(), { kind: 'preset', preset: 'aggressive' }).scenarios[0]!.faults;
    expect(faults.map((f) => f.type)).toEqual(['cpu_throttle', 'packet_loss', 'memory_pressure', 'pause_container', 'syscall_error']);
    expect(faults[2]!.params).toEqual({ memory_mb: 32 });
    expect(faults[2]!.target).toBe('a');
    expect(faults[3]!.target).toBe('random(1, [a, b])');
    expect(faults[3]!.durationMs).toBe(500);
  });

  it('syscall faults go to the services where steps run; HTTP faults to each proxy the scenario starts', () => {
    const s = loadSuite(`[meta]\nname = "s"\n[service.a]\nimage = "x"\n${WITH_PROXY}`, {});
    const gentle = withChaos(s, { kind: 'preset', preset: 'gentle' }).scenarios[0]!.faults;
    expect(gentle.filter((f) => ['slow_io', 'http_slow'].includes(f.type)).map((f) => [f.type, f.params, f.target])).toEqual([
      ['slow_io', { syscalls: ['read', 'write'], call_delay_ms: 10, rate_pct: 10 }, 'a'],
      ['http_slow', { proxy: 'front', response_delay_ms: 200, rate: 0.1 }, undefined],
    ]);
    const aggressive = withChaos(s, { kind: 'preset', preset: 'aggressive' }).scenarios[0]!.faults;
    expect(aggressive.filter((f) => ['syscall_error', 'http_error'].includes(f.type)).map((f) => [f.type, f.params, f.target])).toEqual([
      ['syscall_error', { syscalls: ['read', 'write'], errno: 'EINTR', rate_pct: 10 }, 'a'],
      ['http_error', { proxy: 'front', status: 503, rate: 0.3 }, undefined],
    ]);
    // A scenario without the proxy's upstream and without steps in a service gets neither.
    expect(withChaos(suite(), { kind: 'preset', preset: 'aggressive' }).scenarios[0]!.faults.map((f) => f.type)).toEqual(['cpu_throttle', 'packet_loss', 'memory_pressure', 'pause_container', 'syscall_error']);
  });

  it('a service that a syscall fault of the scenario already traces gets no preset syscall fault (a process has one tracer)', () => {
    const s = loadSuite(`[meta]\nname = "s"\n[service.a]\nimage = "x"\n[[scenario]]\nname = "one"\nservice = "a"\nrun = "true"\nchaos = [{ type = "slow_io", target = "a", call_delay_ms = 5 }]\n`, {});
    expect(withChaos(s, { kind: 'preset', preset: 'gentle' }).scenarios[0]!.faults.map((f) => f.type)).toEqual(['slow_io', 'cpu_throttle', 'packet_loss']);
  });

  it('a proxy that an HTTP fault of the scenario already acts on gets no preset HTTP fault', () => {
    const own = WITH_PROXY.replace('steps = [', 'chaos = [{ type = "http_error", proxy = "front", rate = 0.5 }]\nsteps = [');
    const s = loadSuite(`[meta]\nname = "s"\n[service.a]\nimage = "x"\n${own}`, {});
    expect(withChaos(s, { kind: 'preset', preset: 'aggressive' }).scenarios[0]!.faults.filter((f) => f.type === 'http_error').map((f) => f.name)).toEqual(['http_error']);
  });

  it('[chaos] preset in the file applies when --chaos is not given, and --chaos none turns it off', () => {
    const s = suite('[chaos]\npreset = "gentle"');
    expect(withChaos(s).scenarios[0]!.faults).toHaveLength(3);
    expect(withChaos(s, { kind: 'none' }).scenarios[0]!.faults).toHaveLength(0);
    expect(withChaos(suite()).scenarios[0]!.faults).toHaveLength(0);
  });

  it('parses --chaos values and validates custom files against the fault schema', () => {
    expect(parseChaosOption('gentle')).toEqual({ kind: 'preset', preset: 'gentle' });
    expect(parseChaosOption('wild')).toMatch(/--chaos expects gentle, aggressive, none or custom:FILE.json/);
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-chaos-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify([{ type: 'cpu_throttle', cpu_percent: 20 }]));
    const parsed = parseChaosOption(`custom:${good}`);
    expect(typeof parsed).toBe('object');
    expect((parsed as { faults: { type: string; params: unknown }[] }).faults.map((f) => [f.type, f.params])).toEqual([['cpu_throttle', { cpu_percent: 20 }]]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ type: 'cpu_throtle' }]));
    expect(parseChaosOption(`custom:${bad}`)).toMatch(/\[0\]\.type: expected one of [\s\S]*did you mean `cpu_throttle`/);
    expect(parseChaosOption(`custom:${join(dir, 'missing.json')}`)).toMatch(/cannot read a JSON array of faults/);
  });
});
