import { describe, expect, it } from 'vitest';
import { loadSuiteSource, type LoadIssue, type MonkeySpec, type Suite } from '../load/index.js';
import { drawMonkey, monkeyTicks } from './monkey.js';
import { plan, type PlanOptions } from './plan.js';
import { planJson, planText } from './print.js';
import { createRng } from './rng.js';

const ALL: PlanOptions['supported'] = () => true;

const spec = (o: Partial<MonkeySpec> = {}): MonkeySpec => ({
  keyPath: 'scenario[0].monkey',
  durationMs: 20_000,
  intervalMs: 500,
  probability: 0.5,
  types: ['stop_container', 'pause_container', 'cpu_throttle'],
  fault: { stop_container: { durationMs: 300, params: {} }, pause_container: { durationMs: 200, params: {} }, cpu_throttle: { durationMs: 100, params: { cpu_percent: 20 } } },
  ...o,
});

const SOURCE = (monkey: string, probes = true) => `[meta]
name = "m"
[service.api]
image = "x"
[service.db]
image = "x"
[service.client]
image = "x"
[[scenario]]
name = "chaos"
service = "client"
run = "sleep 1"
${probes ? '[scenario.steady_state]\n[[scenario.steady_state.probe]]\nname = "up"\ntype = "tcp"\nservice = "api"\nport = 80\n' : ''}
[scenario.monkey]
${monkey}
`;

const MONKEY = `duration_ms = 6000
interval_ms = 1000
probability = 0.6
types = ["stop_container", "pause_container"]
targets = ["api", "db"]
fault.stop_container = { duration_ms = 500, stop_timeout_ms = 200 }
fault.pause_container = { duration_ms = 400 }`;

function load(source: string): Suite {
  const r = loadSuiteSource('m.clnrm.toml', source, { env: {} });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.keyPath}: ${i.message}`).join('\n'));
  return r.suite;
}

function issues(source: string): LoadIssue[] {
  const r = loadSuiteSource('m.clnrm.toml', source, { env: {} });
  return r.ok ? [] : r.issues;
}

describe('monkey draw', () => {
  it('ticks on the grid interval, 2 × interval, … up to the duration', () => {
    expect(monkeyTicks({ durationMs: 2500, intervalMs: 500 })).toEqual([500, 1000, 1500, 2000, 2500]);
    expect(monkeyTicks({ durationMs: 2999, intervalMs: 1000 })).toEqual([1000, 2000]);
    for (const d of drawMonkey(spec(), ['a', 'b', 'c'], createRng(1, 'x'))) {
      expect(d.atMs % 500).toBe(0);
      expect(d.atMs).toBe(d.tick * 500);
      expect(d.atMs).toBeLessThanOrEqual(20_000);
    }
  });

  it('is deterministic: the same generator gives the same sequence, another seed another', () => {
    const a = drawMonkey(spec(), ['a', 'b', 'c'], createRng(7, 'scenario:s'));
    expect(drawMonkey(spec(), ['a', 'b', 'c'], createRng(7, 'scenario:s'))).toEqual(a);
    expect(a.length).toBeGreaterThan(0);
    expect(drawMonkey(spec(), ['a', 'b', 'c'], createRng(8, 'scenario:s'))).not.toEqual(a);
  });

  it('fires each tick with the probability: none at 0, every tick at 1 (targets free), about p in between', () => {
    expect(drawMonkey(spec({ probability: 0 }), ['a', 'b', 'c'], createRng(1))).toEqual([]);
    // Faults that end before the next tick leave their target free: every tick fires.
    const quick = spec({ probability: 1, fault: { stop_container: { params: {}, durationMs: 0 }, pause_container: { params: {}, durationMs: 0 }, cpu_throttle: { params: {}, durationMs: 0 } }, intervalMs: 500 });
    expect(drawMonkey({ ...quick, intervalMs: 1000 }, ['a', 'b'], createRng(1))).toHaveLength(20);
    const many = spec({ durationMs: 2_000_000, intervalMs: 1000, probability: 0.2, fault: quick.fault });
    const share = drawMonkey(many, ['a', 'b', 'c'], createRng(3)).length / 2000;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
  });

  it('draws only the given types and targets, each of them', () => {
    const draws = drawMonkey(spec({ durationMs: 200_000, types: ['pause_container', 'stop_container'], targets: ['b', 'c'] }), ['a', 'b', 'c', 'd'], createRng(4));
    expect(new Set(draws.map((d) => d.type))).toEqual(new Set(['pause_container', 'stop_container']));
    expect(new Set(draws.map((d) => d.target))).toEqual(new Set(['b', 'c']));
  });

  it('never draws a target while its last fault acts, nor in the interval after it', () => {
    const s = spec({ probability: 1, intervalMs: 100, durationMs: 50_000, types: ['stop_container'], fault: { stop_container: { durationMs: 250, params: {} } } });
    const draws = drawMonkey(s, ['a', 'b'], createRng(5));
    for (const t of ['a', 'b']) {
      const times = draws.filter((d) => d.target === t).map((d) => d.atMs);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(250 + 100);
    }
    // A fault without duration_ms may act until cleanup: its target is never drawn again.
    const once = drawMonkey(spec({ probability: 1, types: ['kill_container'], fault: {} }), ['a', 'b'], createRng(5));
    expect(once.map((d) => d.target).sort()).toEqual(['a', 'b']);
  });
});

describe('monkey in the plan', () => {
  it('adds the draws as planned injections timed from the first step, with the per-type parameters', () => {
    const p = plan([load(SOURCE(MONKEY))], { supported: ALL, seed: 42 });
    expect(p.problems).toEqual([]);
    const inj = planJson(p).suites[0]!.scenarios[0]!.injections;
    expect(inj.length).toBeGreaterThan(0);
    for (const i of inj) {
      expect(i.anchor).toBe('step:chaos');
      expect(i.fires).toBe(true);
      expect(i.fault).toBe(`monkey_${i.atMs / 1000}`);
      expect(['api', 'db']).toContain(i.targets[0]);
      if (i.type === 'stop_container') expect(i).toMatchObject({ durationMs: 500, params: { stop_timeout_ms: 200 } });
      else expect(i).toMatchObject({ type: 'pause_container', durationMs: 400, params: {} });
    }
    expect(planText(p)).toContain('monkey: every 1000 ms up to 6000 ms, probability 0.6, types stop_container, pause_container, targets api, db');
  });

  it('same seed, same plan; another seed, another plan', () => {
    const suite = load(SOURCE(MONKEY));
    const at = (seed: number) => JSON.stringify(planJson(plan([suite], { supported: ALL, seed })).suites[0]!.scenarios[0]!.injections);
    expect(at(42)).toBe(at(42));
    expect([1, 2, 3, 4].some((s) => at(s) !== at(42))).toBe(true);
  });

  it('applies command-line settings over the file, and makes a monkey from them', () => {
    const suite = load(SOURCE(MONKEY));
    const p = plan([suite], { supported: ALL, seed: 42, monkey: { probability: 1, types: ['pause_container'], targets: ['db'], intervalMs: 2000 } });
    expect(p.problems).toEqual([]);
    const inj = planJson(p).suites[0]!.scenarios[0]!.injections;
    // db is paused at 2000 for 400 ms, then rests one interval (until 4400): the tick at 4000 finds no free target.
    expect(inj.map((i) => [i.type, i.targets[0], i.atMs])).toEqual([
      ['pause_container', 'db', 2000],
      ['pause_container', 'db', 6000],
    ]);
    const plain = load(SOURCE(MONKEY).replace(/\[scenario\.monkey\][\s\S]*$/, ''));
    expect(plan([plain], { supported: ALL, seed: 1, monkey: { probability: 1 } }).problems[0]!.message).toContain('has no `[scenario.monkey]`');
    const made = plan([plain], { supported: ALL, seed: 1, monkey: { durationMs: 3000, probability: 1, types: ['restart_container'], targets: ['api'] } });
    expect(made.problems).toEqual([]);
    expect(made.suites[0]!.scenarios[0]!.injections.map((i) => i.fault.type)).toEqual(['restart_container']);
  });

  it('finds command-line settings that cannot run, located at the monkey', () => {
    const p = plan([load(SOURCE(MONKEY))], { supported: ALL, seed: 1, monkey: { types: ['kill_process', 'latency'], targets: ['nope'] } });
    const messages = p.problems.map((x) => `${x.keyPath}: ${x.message}`);
    expect(messages).toEqual([
      expect.stringContaining('scenario[0].monkey.types[0]: fault type `kill_process` needs `process`'),
      expect.stringContaining('scenario[0].monkey.types[1]: fault type `latency` acts on a proxy'),
      expect.stringContaining('scenario[0].monkey.targets[0]: `nope` is not a service this scenario starts'),
    ]);
    expect(p.problems[0]!.line).toBe(20); // [scenario.monkey]
  });
});

describe('monkey in the loader', () => {
  const one = (monkey: string, probes = true) => issues(SOURCE(monkey, probes)).map((i) => `${i.line}:${i.keyPath}: ${i.message}`);

  it('accepts a complete monkey', () => {
    expect(one(MONKEY)).toEqual([]);
  });

  it('needs steady-state probes', () => {
    expect(one(MONKEY, false)).toEqual([expect.stringContaining('scenario[0].monkey: a monkey needs steady-state probes')]);
  });

  it('rejects types that do not act on a service, or lack parameters without default', () => {
    expect(one(MONKEY.replace('"pause_container"]', '"pause_container", "partition", "cpu_throttle"]'))).toEqual([
      expect.stringContaining('scenario[0].monkey.types[2]: fault type `partition` acts on the scenario network'),
      expect.stringContaining('scenario[0].monkey.types[3]: fault type `cpu_throttle` needs `cpu_percent`, which have no default'),
    ]);
  });

  it('checks per-type tables as faults of their type, and only for drawn types', () => {
    expect(one(`${MONKEY}\nfault.cpu_throttle = { cpu_percent = 20 }`)).toEqual([expect.stringContaining('monkey.fault.cpu_throttle: `fault.cpu_throttle` is never used')]);
    expect(one(MONKEY.replace('stop_timeout_ms = 200', 'stop_timeout = 200'))).toEqual([expect.stringContaining('monkey.fault.stop_container.stop_timeout: unknown key')]);
    expect(one(MONKEY.replace('{ duration_ms = 400 }', '{ duration_ms = 400, at_ms = 5 }'))).toEqual([expect.stringContaining('monkey.fault.pause_container.at_ms: `at_ms` is set by the monkey')]);
  });

  it('rejects targets the scenario does not start', () => {
    expect(one(MONKEY.replace('targets = ["api", "db"]', 'targets = ["api", "cache"]'))).toEqual([expect.stringContaining('scenario[0].monkey.targets[1]: `cache` is not a service')]);
  });

  it('rejects monkeys that can inject nothing', () => {
    expect(one(MONKEY.replace('probability = 0.6', 'probability = 0'))).toEqual([expect.stringContaining('monkey.probability: never fires')]);
    expect(one(MONKEY.replace('duration_ms = 6000', 'duration_ms = 900'))).toEqual([expect.stringContaining('monkey.duration_ms: never fires: the first tick is at interval_ms = 1000')]);
    expect(one(MONKEY.replace('targets = ["api", "db"]', 'targets = []'))).toEqual([expect.stringContaining('monkey.targets: never fires: an empty `targets` list')]);
    expect(one(`duration_ms = 6000\nprobability = 0.5\ntypes = []`)).toEqual([expect.stringContaining('monkey.types: never fires: an empty `types` list')]);
  });
});
