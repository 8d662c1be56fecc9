import { describe, expect, it } from 'vitest';
import { checkFaultList, loadSuiteSource, type Suite } from '../load/index.js';
import { planFaults } from './faults.js';
import { plan, InvalidPlanError, validPlan, type PlanOptions, type RunPlan } from './plan.js';
import { planJson, planText } from './print.js';
import type { ChaosSelection } from './presets.js';
import { createRng } from './rng.js';
import { repetitionSeeds } from './repeat.js';

const ALL: PlanOptions['supported'] = () => true;

function load(source: string, file = 's.clnrm.toml'): Suite {
  const r = loadSuiteSource(file, source, { env: {} });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.keyPath}: ${i.message}`).join('\n'));
  return r.suite;
}

const HEAD = `[meta]\nname = "s"\n[service.a]\nimage = "x"\nlimits = { memory_mb = 64 }\n[service.b]\nimage = "x"\n[service.c]\nimage = "x"\n`;

/** A suite with a `random(…)` target repeated 12 times at probability 0.5, and a fixed kill, both timed from the first step. */
const drawn = (extra = '') =>
  load(
    `${HEAD}${extra}\n[[scenario]]\nname = "monkey"\nservices = ["a", "b", "c"]\nsteps = [{ name = "first", service = "a", run = "true" }, { name = "second", service = "b", run = "true" }]\n` +
      `[[scenario.chaos]]\ntype = "pause_container"\ntarget = "random(2, [a, b, c])"\nat_ms = 100\nevery_ms = 50\ncount = 12\nprobability = 0.5\nduration_ms = 20\n` +
      `[[scenario.chaos]]\ntype = "kill_container"\ntarget = ["c"]\nat_ms = 120\nstep = "second"\n` +
      `\n[[scenario]]\nname = "quiet"\nservice = "a"\nrun = "true"\n`,
  );

const custom = (faults: unknown[]): ChaosSelection => {
  const checked = checkFaultList('extra.json', faults);
  if (typeof checked === 'string') throw new Error(checked);
  return { kind: 'custom', file: 'extra.json', faults: checked };
};

const injectionsOf = (p: RunPlan, scenario: string) => p.suites[0]!.scenarios.find((s) => s.name === scenario)!.injections;

describe('plan', () => {
  it('is deterministic: the same seed gives the same plan, another seed other draws', () => {
    const suite = drawn();
    const first = planJson(plan([suite], { supported: ALL, seed: 5 }));
    expect(planJson(plan([suite], { supported: ALL, seed: 5 }))).toEqual(first);
    const others = [6, 7, 8, 9].map((seed) => planJson(plan([suite], { supported: ALL, seed })).suites[0]!.scenarios[0]!.injections);
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(first.suites[0]!.scenarios[0]!.injections))).toBe(true);
  });

  it('makes exactly the draws the chaos session made at scenario start (so trace digests do not move)', () => {
    const suite = drawn();
    const sc = suite.scenarios[0]!;
    const expected = planFaults(sc.faults, sc.services, createRng(5, `scenario:${sc.name}`).fork('chaos'), sc.steps[0]?.name);
    expect(injectionsOf(plan([suite], { supported: ALL, seed: 5 }), 'monkey')).toEqual(expected);
    expect(plan([suite], { supported: ALL, seed: 5 }).suites[0]!.scenarios[0]!.rngLabel).toBe('scenario:monkey');
  });

  it('resolves random(…) targets to services of the scenario, and keeps fixed targets', () => {
    const injections = injectionsOf(plan([drawn()], { supported: ALL, seed: 11 }), 'monkey');
    const paused = injections.filter((p) => p.fault.type === 'pause_container');
    expect(paused).toHaveLength(12);
    for (const p of paused) {
      expect(p.targets).toHaveLength(2);
      expect(new Set(p.targets).size).toBe(2);
      for (const t of p.targets) expect(['a', 'b', 'c']).toContain(t);
    }
    expect(new Set(paused.map((p) => [...p.targets].sort().join(','))).size).toBeGreaterThan(1);
    const kill = injections.find((p) => p.fault.type === 'kill_container')!;
    expect(kill.targets).toEqual(['c']);
    expect(kill.anchor).toBe('second');
  });

  it('draws probabilities and repetition times from the seed', () => {
    const injections = injectionsOf(plan([drawn()], { supported: ALL, seed: 11 }), 'monkey');
    const paused = injections.filter((p) => p.fault.type === 'pause_container');
    expect(paused.map((p) => p.atMs)).toEqual(Array.from({ length: 12 }, (_, k) => 100 + 50 * k));
    const fired = paused.filter((p) => p.fires).length;
    // 12 draws at 0.5 from a fixed seed: some fire and some do not (a fact about seed 11, the same on every run).
    expect(fired).toBeGreaterThan(0);
    expect(fired).toBeLessThan(12);
    expect(injections.find((p) => p.fault.type === 'kill_container')!.fires).toBe(true);
    // The schedule is in time order.
    expect(injections.map((p) => p.atMs)).toEqual([...injections.map((p) => p.atMs)].sort((x, y) => x - y));
  });

  it('fixes the seed: --seed over [determinism] seed, drawn once (and said so) when neither is given', () => {
    expect(plan([drawn('[determinism]\nseed = 3\n')], { supported: ALL }).suites[0]).toMatchObject({ seed: 3, seedDrawn: false });
    expect(plan([drawn('[determinism]\nseed = 3\n')], { supported: ALL, seed: 9 }).suites[0]).toMatchObject({ seed: 9, seedDrawn: false });
    let draws = 0;
    const p = plan([drawn(), drawn()], { supported: ALL, drawSeed: () => 1000 + draws++ });
    expect(p.suites.map((s) => [s.seed, s.seedDrawn])).toEqual([
      [1000, true],
      [1001, true],
    ]);
    // The drawn seed is the one the schedule came from.
    expect(planJson(p).suites[0]!.scenarios).toEqual(planJson(plan([drawn()], { supported: ALL, seed: 1000 })).suites[0]!.scenarios);
  });

  it("merges the suite's [chaos] preset, and --chaos overrides it", () => {
    const gentle = drawn('[chaos]\npreset = "gentle"\n');
    const types = (p: RunPlan) => injectionsOf(p, 'quiet').map((i) => i.fault.name);
    expect(types(plan([gentle], { supported: ALL, seed: 1 }))).toEqual(['preset_cpu', 'preset_loss', 'preset_slow_io_a']);
    expect(plan([gentle], { supported: ALL, seed: 1 }).suites[0]!.chaos).toBe('gentle');
    expect(types(plan([gentle], { supported: ALL, seed: 1, chaos: { kind: 'none' } }))).toEqual([]);
    const aggressive = plan([gentle], { supported: ALL, seed: 1, chaos: { kind: 'preset', preset: 'aggressive' } });
    expect(aggressive.suites[0]!.chaos).toBe('aggressive');
    // The merged suite is what runs: the runtime sees the preset faults in the scenario.
    expect(aggressive.suites[0]!.suite.scenarios[1]!.faults.map((f) => f.name)).toContain('preset_pause');
    const pause = injectionsOf(aggressive, 'monkey').find((i) => i.fault.name === 'preset_pause')!;
    // The preset's random(1, [...]) target is resolved to one service of the scenario.
    expect(pause.targets).toHaveLength(1);
    expect(['a', 'b', 'c']).toContain(pause.targets[0]);
    expect(pause).toMatchObject({ atMs: 1000, anchor: 'first' });
  });

  it('gives --chaos custom: faults without a target every service of the scenario', () => {
    const p = plan([drawn()], { supported: ALL, seed: 1, chaos: custom([{ type: 'cpu_throttle', cpu_percent: 20 }]) });
    expect(p.problems).toEqual([]);
    expect(p.suites[0]!.chaos).toBe('custom:extra.json');
    expect(injectionsOf(p, 'monkey').find((i) => i.fault.type === 'cpu_throttle')!.targets).toEqual(['a', 'b', 'c']);
    expect(injectionsOf(p, 'quiet').map((i) => [i.fault.type, i.targets])).toEqual([['cpu_throttle', [...p.suites[0]!.suite.scenarios[1]!.services]]]);
  });

  it('finds fault types this runner cannot inject, located in the file, before anything runs', () => {
    const p = plan([drawn()], { supported: (t) => t !== 'kill_container', seed: 1 });
    expect(p.problems).toEqual([
      { file: 's.clnrm.toml', line: expect.any(Number), column: expect.any(Number), keyPath: 'scenario[0].chaos[1]', scenario: 'monkey', message: 'fault type kill_container cannot be injected by this version of clnrm' },
    ]);
    expect(() => validPlan(p)).toThrow(InvalidPlanError);
    try {
      validPlan(p);
    } catch (err) {
      expect((err as InvalidPlanError).code).toBe('PLAN');
      expect((err as InvalidPlanError).message).toMatch(/^cannot run: the plan is not valid\ns\.clnrm\.toml:\d+:\d+: scenario\[0\]\.chaos\[1\]: scenario `monkey`: fault type kill_container cannot be injected/);
    }
    expect(validPlan(plan([drawn()], { supported: ALL, seed: 1 })).problems).toEqual([]);
  });

  it('finds services, steps and proxies of --chaos custom: faults that the scenario does not run, naming the custom file', () => {
    const withProxy = drawn('[service.d]\nimage = "x"\n[proxy.px]\nlisten = 18080\nupstream = "d:8080"\n');
    const p = plan([withProxy], {
      supported: ALL,
      seed: 1,
      filter: /^monkey$/,
      chaos: custom([
        { type: 'kill_container', target: 'ghost' },
        { type: 'pause_container', target: 'random(1, [a, ghost2])' },
        { type: 'kill_container', target: 'a', step: 'nowhere' },
        { type: 'latency', proxy: 'px', latency_ms: 10 },
        { type: 'latency', proxy: 'nope', latency_ms: 10 },
        { type: 'partition', isolate: 'd' },
      ]),
    });
    expect(p.problems.map((x) => [x.file, x.keyPath, x.scenario, x.message])).toEqual([
      ['extra.json', '[0]', 'monkey', 'fault `kill_container` names service `ghost`, which this scenario does not start'],
      ['extra.json', '[1]', 'monkey', 'fault `pause_container` names service `ghost2`, which this scenario does not start'],
      ['extra.json', '[2]', 'monkey', 'fault `kill_container` names step `nowhere`, which this scenario does not have'],
      ['extra.json', '[3]', 'monkey', 'fault `latency` uses proxy `px`, which does not run in this scenario: its upstream service `d` is not started'],
      ['extra.json', '[4]', 'monkey', 'fault `latency` names proxy `nope`, which the suite does not declare'],
      ['extra.json', '[5]', 'monkey', 'fault `partition` names service `d`, which this scenario does not start'],
    ]);
  });

  it('plans scenarios left out by --filter as skipped, without schedule or problems', () => {
    const p = plan([drawn()], { supported: () => false, seed: 1, filter: /^quiet$/ });
    const monkey = p.suites[0]!.scenarios[0]!;
    expect(monkey.skipped).toBe('does not match --filter ^quiet$');
    expect(monkey.injections).toEqual([]);
    expect(p.problems).toEqual([]);
  });

  it('is immutable, all the way down', () => {
    const p = plan([drawn('[chaos]\npreset = "aggressive"\n')], { supported: ALL, seed: 1 });
    const s = p.suites[0]!;
    const inj = s.scenarios[0]!.injections[0]!;
    for (const o of [p, p.suites, p.problems, s, s.scenarios, s.scenarios[0], s.scenarios[0]!.injections, inj, inj.targets, inj.fault, inj.fault.params, s.suite, s.suite.scenarios]) {
      expect(Object.isFrozen(o)).toBe(true);
    }
    expect(() => {
      (s as { seed: number }).seed = 2;
    }).toThrow(TypeError);
    expect(() => (inj.targets as string[]).push('x')).toThrow(TypeError);
  });
});

describe('printed plan', () => {
  it('says the seed, the schedule with resolved targets, and that it is valid', () => {
    const text = planText(plan([drawn()], { supported: ALL, seed: 11 }));
    expect(text).toContain('s.clnrm.toml (suite s)\n  seed 11, chaos none\n');
    expect(text).toMatch(/120 ms after step second runs: kill_container kill_container#0 → c\n/);
    expect(text).toMatch(/100 ms after step first runs: pause_container pause_container#0 → [abc], [abc], for 20 ms/);
    expect(text).toContain('not fired (probability draw)');
    expect(text).toMatch(/plan valid: 1 file\(s\), 2 scenario\(s\) to run, 13 planned injection\(s\); nothing was started\n$/);
    expect(planText(plan([drawn()], { supported: ALL, drawSeed: () => 77 }))).toContain('seed 77 (drawn; replay with --seed 77)');
  });

  it('lists the problems of an invalid plan, in text and JSON', () => {
    const p = plan([drawn()], { supported: (t) => t !== 'kill_container', seed: 1 });
    expect(planText(p)).toMatch(/plan not valid: 1 problem\(s\)\n {2}s\.clnrm\.toml:\d+:\d+: scenario\[0\]\.chaos\[1\]: scenario `monkey`: fault type kill_container cannot be injected/);
    const json = planJson(p);
    expect(json.valid).toBe(false);
    expect(json.problems).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(planJson(plan([drawn()], { supported: ALL, seed: 1 })).valid).toBe(true);
  });
});

describe('plan: repetitions and injection overrides', () => {
  it('plans a repeated suite once per seed, the first with the suite seed, each seed drawing its own schedule', () => {
    const suite = drawn();
    const p = plan([suite], { supported: ALL, seed: 5, repeat: { kind: 'count', count: 4 } });
    expect(p.suites.map((s) => s.repetition)).toEqual([0, 1, 2, 3].map((index) => ({ index, count: 4 })));
    expect(p.suites.map((s) => s.seed)).toEqual(repetitionSeeds(5, { kind: 'count', count: 4 }));
    // Each repetition is exactly the plan of its seed.
    for (const s of p.suites) expect(s.scenarios[0]!.injections).toEqual(injectionsOf(plan([suite], { supported: ALL, seed: s.seed }), 'monkey'));
    expect(Object.isFrozen(p.suites[3]!.repetition)).toBe(true);
    // --plan says which run each is.
    expect(planText(p)).toContain(`  seed ${p.suites[1]!.seed}, repetition 2 of 4, chaos none`);
    expect(planJson(p).suites[3]!.repetition).toEqual({ index: 3, count: 4 });
    expect('repetition' in planJson(plan([suite], { supported: ALL, seed: 5 })).suites[0]!).toBe(false);
  });

  it('plans --seeds exactly, and reports a problem once however many repetitions', () => {
    const suite = drawn();
    const p = plan([suite], { supported: (t) => t !== 'kill_container', repeat: { kind: 'seeds', seeds: [7, 8, 9] } });
    expect(p.suites.map((s) => s.seed)).toEqual([7, 8, 9]);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.message).toMatch(/kill_container cannot be injected/);
  });

  it('runs a scenario with exactly the injections given, leaving the others to their draws', () => {
    const suite = drawn();
    const drawnPlan = injectionsOf(plan([suite], { supported: ALL, seed: 5 }), 'monkey');
    const only = [drawnPlan[drawnPlan.length - 1]!];
    const p = plan([suite], { supported: ALL, seed: 5, injectionsOverride: { monkey: only } });
    expect(injectionsOf(p, 'monkey')).toEqual(only);
    expect(injectionsOf(p, 'quiet')).toEqual(injectionsOf(plan([suite], { supported: ALL, seed: 5 }), 'quiet'));
  });
});
