import { describe, expect, it } from 'vitest';
import { loadSuiteSource, type FaultSpec } from '../load/index.js';
import { faultAnchor, planFaults, resolveTargets, type PlannedInjection } from './faults.js';
import { createRng } from './rng.js';

function fault(p: Partial<FaultSpec> = {}): FaultSpec {
  return { type: 'pause_container', name: 'pause_container', keyPath: 'scenario[0].chaos[0]', atMs: 0, count: 1, probability: 1, params: {}, ...p };
}

const SERVICES = ['a', 'b', 'c'];
/** The part of a plan that the seed decides. */
const shape = (plan: PlannedInjection[]) => plan.map((p) => [p.fault.name, p.occurrence, p.atMs, p.targets, p.fires]);
const plan = (faults: FaultSpec[], seed: number | string = 42, services = SERVICES) => planFaults(faults, services, createRng(seed, 'scenario:s'));

describe('resolveTargets', () => {
  const rng = () => createRng(1, 't');

  it('keeps a target list as given, in order (a copy)', () => {
    const list = ['c', 'a'] as const;
    const out = resolveTargets(list, rng(), SERVICES);
    expect(out).toEqual(['c', 'a']);
    expect(out).not.toBe(list);
  });

  it('a plain name is that one service', () => {
    expect(resolveTargets('b', rng(), SERVICES)).toEqual(['b']);
  });

  it('random(2, [a, b, c]) picks 2 distinct services of the pool, reproducibly', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const picked = resolveTargets('random(2, [a, b, c])', createRng(seed, 't'), SERVICES);
      expect(picked).toHaveLength(2);
      expect(new Set(picked).size).toBe(2);
      for (const p of picked) expect(['a', 'b', 'c']).toContain(p);
      expect(resolveTargets('random(2, [a, b, c])', createRng(seed, 't'), SERVICES)).toEqual(picked);
      seen.add([...picked].sort().join(','));
    }
    // Over 50 seeds every pair shows up.
    expect([...seen].sort()).toEqual(['a,b', 'a,c', 'b,c']);
  });

  it('accepts quoted names and loose spacing, and never picks more than the pool', () => {
    const picked = resolveTargets('random( 1 , ["x", "y"] )', rng(), SERVICES);
    expect(picked).toHaveLength(1);
    expect(['x', 'y']).toContain(picked[0]);
    expect(resolveTargets('random(5, [a, b])', rng(), SERVICES).sort()).toEqual(['a', 'b']);
  });

  it('no target: the only service, or nothing when there are several', () => {
    expect(resolveTargets(undefined, rng(), ['only'])).toEqual(['only']);
    expect(resolveTargets(undefined, rng(), SERVICES)).toEqual([]);
    expect(resolveTargets(undefined, rng(), [])).toEqual([]);
  });
});

describe('planFaults', () => {
  const monkey = fault({ name: 'monkey', target: 'random(1, [a, b, c])', probability: 0.5, everyMs: 100, count: 60 });

  it('the same seed gives the same plan: times, targets and fires', () => {
    const p1 = plan([monkey, fault({ name: 'kill', type: 'kill_container', target: 'random(2, [a, b, c])', atMs: 250 })]);
    const p2 = plan([monkey, fault({ name: 'kill', type: 'kill_container', target: 'random(2, [a, b, c])', atMs: 250 })]);
    expect(shape(p1)).toEqual(shape(p2));
    expect(p1).toHaveLength(61);
  });

  it('another seed draws other targets and fires for a probabilistic fault', () => {
    const a = plan([monkey], 1);
    const b = plan([monkey], 2);
    expect(a.map((p) => p.atMs)).toEqual(b.map((p) => p.atMs));
    expect(a.map((p) => p.targets[0])).not.toEqual(b.map((p) => p.targets[0]));
    expect(a.map((p) => p.fires)).not.toEqual(b.map((p) => p.fires));
    // Another scenario label is another stream too.
    const c = planFaults([monkey], SERVICES, createRng(1, 'scenario:other'));
    expect(c.map((p) => p.fires)).not.toEqual(a.map((p) => p.fires));
  });

  it('every_ms + count gives evenly spaced occurrences from at_ms', () => {
    const p = plan([fault({ name: 'f', atMs: 500, everyMs: 250, count: 4, target: 'a' })]);
    expect(p.map((x) => [x.occurrence, x.atMs, x.targets, x.fires])).toEqual([
      [0, 500, ['a'], true],
      [1, 750, ['a'], true],
      [2, 1000, ['a'], true],
      [3, 1250, ['a'], true],
    ]);
    expect(p.every((x) => x.fault.name === 'f')).toBe(true);
  });

  it('count without every_ms repeats at the same time; a fault without count happens once', () => {
    expect(plan([fault({ atMs: 10, count: 3 })]).map((x) => x.atMs)).toEqual([10, 10, 10]);
    expect(plan([fault({ atMs: 10 })]).map((x) => [x.occurrence, x.atMs])).toEqual([[0, 10]]);
    expect(plan([fault({ count: 0 })])).toEqual([]);
  });

  it('sorts the whole plan by time, keeping declaration order for equal times', () => {
    const p = plan([
      fault({ name: 'late', atMs: 300, target: 'a' }),
      fault({ name: 'rep', atMs: 0, everyMs: 200, count: 3, target: 'b' }),
      fault({ name: 'tie', atMs: 200, target: 'c' }),
    ]);
    expect(p.map((x) => [x.fault.name, x.atMs])).toEqual([
      ['rep', 0],
      ['rep', 200],
      ['tie', 200],
      ['late', 300],
      ['rep', 400],
    ]);
  });

  it('probability 0.4 over 1000 occurrences fires about 40 %, exactly reproducibly', () => {
    const f = fault({ name: 'flaky', probability: 0.4, everyMs: 10, count: 1000, target: 'a' });
    const fired = plan([f], 7).filter((p) => p.fires).length;
    expect(fired).toBeGreaterThan(350);
    expect(fired).toBeLessThan(450);
    expect(plan([f], 7).filter((p) => p.fires).length).toBe(fired);
    expect(plan([f], 7).map((p) => p.fires)).toEqual(plan([f], 7).map((p) => p.fires));
  });

  it('probability 0 never fires and 1 always fires, but both are planned', () => {
    const never = plan([fault({ probability: 0, everyMs: 1, count: 100, target: 'a' })]);
    expect(never).toHaveLength(100);
    expect(never.some((p) => p.fires)).toBe(false);
    const always = plan([fault({ probability: 1, everyMs: 1, count: 100, target: 'a' })]);
    expect(always.every((p) => p.fires)).toBe(true);
  });

  it('adding a second fault does not change the first fault’s draws', () => {
    const alone = plan([monkey]);
    const withOther = plan([monkey, fault({ name: 'other', target: 'random(2, [a, b, c])', probability: 0.3, everyMs: 50, count: 40 })]);
    expect(shape(withOther.filter((p) => p.fault.name === 'monkey'))).toEqual(shape(alone));
    expect(withOther).toHaveLength(100);
  });

  it('two identical faults draw independently of each other', () => {
    const p = plan([monkey, monkey]);
    const first = p.filter((_, i) => i % 2 === 0).map((x) => [x.targets, x.fires]);
    const second = p.filter((_, i) => i % 2 === 1).map((x) => [x.targets, x.fires]);
    expect(first).not.toEqual(second);
  });

  it('resolves targets per occurrence: a list stays, no target with one service is that service', () => {
    expect(plan([fault({ target: ['b', 'a'], everyMs: 1, count: 3 })]).map((p) => p.targets)).toEqual([
      ['b', 'a'],
      ['b', 'a'],
      ['b', 'a'],
    ]);
    expect(plan([fault({ everyMs: 1, count: 2 })], 42, ['solo']).map((p) => p.targets)).toEqual([['solo'], ['solo']]);
    expect(plan([fault({})], 42, ['x', 'y'])[0]!.targets).toEqual([]);
    const random = plan([fault({ target: 'random(2, [a, b, c])', everyMs: 1, count: 30 })]);
    for (const p of random) expect(new Set(p.targets).size).toBe(2);
    expect(new Set(random.map((p) => [...p.targets].sort().join(','))).size).toBeGreaterThan(1);
  });

  it('plans the faults of a loaded suite, with delay_ms as the start time', () => {
    const r = loadSuiteSource(
      'f.clnrm.toml',
      `[meta]\nname = "f"\n[service.api]\nimage = "alpine"\n[service.db]\nimage = "alpine"\n[[scenario]]\nname = "s"\nservice = "api"\nrun = "true"\n` +
        `[[scenario.chaos]]\ntype = "pause_container"\ntarget = "random(1, [api, db])"\ndelay_ms = 100\nevery_ms = 50\ncount = 3\nprobability = 0.5\nduration_ms = 20\n` +
        `[[scenario.chaos]]\ntype = "kill_container"\ntarget = ["db"]\nat_ms = 120\n`,
      { env: {} },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const sc = r.suite.scenarios[0]!;
    const p = planFaults(sc.faults, sc.services, createRng(9, `scenario:${sc.name}`));
    expect(p.map((x) => [x.fault.type, x.atMs])).toEqual([
      ['pause_container', 100],
      ['kill_container', 120],
      ['pause_container', 150],
      ['pause_container', 200],
    ]);
    expect(p[1]!.targets).toEqual(['db']);
    expect(p[1]!.fires).toBe(true);
    for (const x of p.filter((y) => y.fault.type === 'pause_container')) expect(['api', 'db']).toContain(x.targets[0]);
    expect(shape(planFaults(sc.faults, sc.services, createRng(9, `scenario:${sc.name}`)))).toEqual(shape(p));
  });
});

describe('faultAnchor', () => {
  it('a fault at 0 without every_ms or step is a precondition: no anchor, applied before the first step', () => {
    expect(faultAnchor(fault({ atMs: 0 }), 'first')).toBeUndefined();
  });

  it('a timed fault (at_ms > 0 or every_ms) counts from the first step', () => {
    expect(faultAnchor(fault({ atMs: 500 }), 'first')).toBe('first');
    expect(faultAnchor(fault({ atMs: 0, everyMs: 200, count: 3 }), 'first')).toBe('first');
  });

  it('`step` names the anchor, except for exit_code and timeout, whose `step` is the step they act on', () => {
    expect(faultAnchor(fault({ atMs: 0, step: 'second' }), 'first')).toBe('second');
    expect(faultAnchor(fault({ type: 'kill_container', atMs: 300, step: 'second' }), 'first')).toBe('second');
    expect(faultAnchor(fault({ type: 'exit_code', atMs: 0, step: 'second' }), 'first')).toBeUndefined();
    expect(faultAnchor(fault({ type: 'timeout', atMs: 100, step: 'second' }), 'first')).toBe('first');
  });

  it('planFaults records the anchor of every occurrence', () => {
    const p = planFaults([fault({ atMs: 100, everyMs: 100, count: 2 }), fault({ name: 'pre', atMs: 0 })], SERVICES, createRng(1, 's'), 'first');
    expect(p.map((x) => [x.fault.name, x.atMs, x.anchor])).toEqual([
      ['pre', 0, undefined],
      ['pause_container', 100, 'first'],
      ['pause_container', 200, 'first'],
    ]);
  });
});

