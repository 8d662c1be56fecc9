import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';
import { monkeyOverrides, parseDurationMs } from './monkey.js';

const FILE = 'tests/experiments/monkey_two_services.clnrm.toml';

/** Runs the CLI, capturing what it prints; `--plan` never contacts an engine. */
async function cli(args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  const status = await main(args);
  vi.restoreAllMocks();
  return { status, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('clnrm monkey options', () => {
  it('reads durations with units, or milliseconds', () => {
    expect(parseDurationMs('--duration', '60s')).toBe(60_000);
    expect(parseDurationMs('--duration', '500ms')).toBe(500);
    expect(parseDurationMs('--duration', '2m')).toBe(120_000);
    expect(parseDurationMs('--duration', '1.5s')).toBe(1500);
    expect(parseDurationMs('--duration', '1500')).toBe(1500);
    for (const bad of ['', '0', '-1s', '1h', 'soon']) expect(() => parseDurationMs('--duration', bad)).toThrow(/--duration expects a duration/);
  });

  it('keeps only the settings given, and refuses a probability that can never fire', () => {
    expect(monkeyOverrides({ types: 'stop_container, pause_container', targets: 'api' })).toEqual({ types: ['stop_container', 'pause_container'], targets: ['api'] });
    expect(monkeyOverrides({ duration: '10s', interval: '1s', probability: '0.1' })).toEqual({ durationMs: 10_000, intervalMs: 1000, probability: 0.1 });
    for (const bad of ['0', '1.5', 'x', '']) expect(() => monkeyOverrides({ probability: bad })).toThrow(/--probability expects/);
    expect(() => monkeyOverrides({ types: 'a,,b' })).toThrow(/--types expects/);
  });
});

describe('clnrm monkey --plan', () => {
  it('prints the same draws for the same seed and others for another seed', async () => {
    const args = (seed: string) => ['monkey', FILE, '--plan', '--seed', seed, '--probability', '0.5', '--types', 'stop_container,pause_container'];
    const a = await cli(args('5'));
    expect(a.status).toBe(0);
    expect(a.out).toContain('monkey: every 2000 ms up to 10000 ms, probability 0.5, types stop_container, pause_container, targets api, db');
    expect((await cli(args('5'))).out).toBe(a.out);
    const others = await Promise.all(['6', '7', '8'].map(async (s) => (await cli(args(s))).out.replace(/seed \d+/, '')));
    expect(others.some((o) => o !== a.out.replace(/seed \d+/, ''))).toBe(true);
  });

  it('prints the plan as JSON, and exits 2 with located problems for settings that cannot run', async () => {
    const json = await cli(['monkey', FILE, '--plan', '--format', 'json', '--scenario', 'monkey_over_api_and_db']);
    expect(json.status).toBe(0);
    const injections = JSON.parse(json.out).suites[0].scenarios[0].injections;
    expect(injections.map((i: { fault: string; type: string; targets: string[] }) => `${i.fault} ${i.type} ${i.targets[0]}`)).toEqual([
      'monkey_1 pause_container db',
      'monkey_2 stop_container api',
      'monkey_3 pause_container db',
      'monkey_4 pause_container api',
    ]);
    const bad = await cli(['monkey', FILE, '--plan', '--types', 'latency']);
    expect(bad.status).toBe(2);
    expect(bad.out).toMatch(/monkey_two_services\.clnrm\.toml:\d+:\d+: scenario\[0\]\.monkey\.types\[0\]: .*fault type `latency` acts on a proxy/);
  });

  it('runs only the scenario named with --scenario', async () => {
    const r = await cli(['monkey', FILE, '--plan', '--scenario', 'other']);
    expect(r.out).toContain('scenario monkey_over_api_and_db: skipped');
  });
});
