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

describe('chaos presets', () => {
  it('gentle adds a 50 % CPU quota and deterministic 5 % loss on every service', () => {
    const faults = withChaos(suite(), { kind: 'preset', preset: 'gentle' }).scenarios[0]!.faults;
    expect(faults.map((f) => [f.type, f.params, f.target])).toEqual([
      ['cpu_throttle', { cpu_percent: 50 }, ['a', 'b']],
      ['packet_loss', { percent: 5, mode: 'nth' }, ['a', 'b']],
    ]);
  });

  it('aggressive also halves declared memory limits and pauses one random service', () => {
    const faults = withChaos(suite(), { kind: 'preset', preset: 'aggressive' }).scenarios[0]!.faults;
    expect(faults.map((f) => f.type)).toEqual(['cpu_throttle', 'packet_loss', 'memory_pressure', 'pause_container']);
    expect(faults[2]!.params).toEqual({ memory_mb: 32 });
    expect(faults[2]!.target).toBe('a');
    expect(faults[3]!.target).toBe('random(1, [a, b])');
    expect(faults[3]!.durationMs).toBe(500);
  });

  it('[chaos] preset in the file applies when --chaos is not given, and --chaos none turns it off', () => {
    const s = suite('[chaos]\npreset = "gentle"');
    expect(withChaos(s).scenarios[0]!.faults).toHaveLength(2);
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
