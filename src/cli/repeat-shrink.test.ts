import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../common/errors.js';
import { parseRepeatOptions, runCommand } from './run.js';
import { failureKeys, readFailedScenario } from './shrink.js';

describe('parseRepeatOptions', () => {
  it('reads --repeat and --seeds', () => {
    expect(parseRepeatOptions({ repeat: '20' })).toEqual({ kind: 'count', count: 20 });
    expect(parseRepeatOptions({ seeds: '3..5', untilFail: true })).toEqual({ kind: 'seeds', seeds: [3, 4, 5] });
    expect(parseRepeatOptions({})).toBeUndefined();
  });

  it('refuses what cannot be meant', () => {
    expect(() => parseRepeatOptions({ repeat: '2', seeds: '1..2' })).toThrow(/--repeat or --seeds, not both/);
    expect(() => parseRepeatOptions({ seeds: '1..2', seed: '4' })).toThrow(/drop --seed/);
    expect(() => parseRepeatOptions({ untilFail: true })).toThrow(/--until-fail is for repeated runs/);
    expect(() => parseRepeatOptions({ repeat: '0' })).toThrow(UsageError);
    expect(() => parseRepeatOptions({ repeat: '100000' })).toThrow(/at most/);
  });

  it('refuses a digest baseline for a repeated run before loading anything', async () => {
    await expect(runCommand(['nothing.clnrm.toml'], { repeat: '3', expectDigest: 'd.sha256' })).rejects.toThrow(/--expect-digest compares one run's digest/);
  });
});

describe('failureKeys', () => {
  it('is each failed expectation, else the failure reason, and nothing for a pass', () => {
    const verdicts = [
      { kind: 'span', keyPath: 'scenario[1].expect.span[0]', passed: false },
      { kind: 'count', keyPath: 'scenario[1].expect.counts', passed: true },
    ];
    expect(failureKeys({ outcome: 'fail', reason: { type: 'expectation_failed' }, verdicts })).toEqual(['expectation span at scenario[1].expect.span[0]']);
    expect(failureKeys({ outcome: 'fail', reason: { type: 'step_failed' }, verdicts: [] })).toEqual(['reason step_failed']);
    expect(failureKeys({ outcome: 'pass', reason: null, verdicts })).toEqual([]);
  });
});

describe('readFailedScenario', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-shrink-unit-'));
  const write = (name: string, content: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const scenarios = [{ name: 'broken', outcome: 'fail', reason: { type: 'expectation_failed' }, verdicts: [{ kind: 'span', keyPath: 'scenario[0].expect.span[0]', passed: false }] }];

  it('takes the suite file, the seed and the first failed expectation from the report', () => {
    const file = write('ok.json', { suite: { name: 's', file: 'tests/s.clnrm.toml' }, seed: 19, scenarios });
    expect(readFailedScenario(file, 'broken')).toMatchObject({ suiteFile: 'tests/s.clnrm.toml', seed: 19, target: 'expectation span at scenario[0].expect.span[0]' });
    expect(readFailedScenario(file, 'broken').chaos).toBeUndefined();
  });

  it("takes the run's --chaos from the replay record, so the plan shrunk is the plan that failed", () => {
    const withPreset = write('chaos.json', { suite: { name: 's', file: 'x' }, seed: 19, scenarios, replay: { chaos: 'aggressive' } });
    expect(readFailedScenario(withPreset, 'broken').chaos).toBe('aggressive');
    const without = write('nochaos.json', { suite: { name: 's', file: 'x' }, seed: 19, scenarios, replay: { chaos: null } });
    expect(readFailedScenario(without, 'broken').chaos).toBeUndefined();
  });

  it('names what is wrong with the report or the scenario', () => {
    expect(() => readFailedScenario(write('bad.json', '{'), 'broken')).toThrow(/cannot read the report/);
    expect(() => readFailedScenario(write('other.json', { hello: 1 }), 'broken')).toThrow(/not a clnrm report\.json/);
    const file = write('r.json', { suite: { name: 's', file: 'x' }, seed: 1, scenarios });
    expect(() => readFailedScenario(file, 'nope')).toThrow(/no scenario `nope` \(the report has `broken`\)/);
  });
});
