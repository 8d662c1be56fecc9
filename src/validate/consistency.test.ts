/**
 * The consistency check on synthetic inputs (no engine): counts of lost, duplicated and unexpected
 * keys with examples, and every input it cannot trust reported as an error, never as a pass.
 */
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../test/kit/index.js';
import type { ConsistencySpec, ExpectSpec } from '../load/index.js';
import type { ScenarioResult, StepResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import { createRecorder } from '../telemetry/recorder.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { checkConsistency, compareKeys, keysInLines } from './consistency.js';
import { buildGraph } from './graph.js';
import { checksNeedingARun } from './index.js';
import { judgeSuite } from './judge.js';
import type { CheckContext } from './types.js';

const ACK = '^ACK (?<key>\\S+)$';
const KEY = '^KEY (?<key>\\S+)$';

function step(name: string, stdout: string, p: Partial<StepResult> = {}): StepResult {
  return {
    name,
    outcome: 'pass',
    message: 'passed',
    attempts: 1,
    startedAt: 0,
    durationMs: 1,
    stdout: { text: stdout, truncatedBytes: 0, totalBytes: stdout.length },
    stderr: { text: '', truncatedBytes: 0, totalBytes: 0 },
    ...p,
  };
}

const lines = (prefix: string, keys: string[]) => keys.map((k) => `${prefix} ${k}\n`).join('');

function spec(c: Partial<ConsistencySpec> = {}): ExpectSpec {
  return {
    span: [],
    window: [],
    consistency: { acks: { steps: ['write'], regex: ACK }, present: { step: 'read', regex: KEY }, lost: { eq: 0 }, expectFailure: false, ...c },
  };
}

function ctx(steps: StepResult[] | undefined, spans: SpanRecord[] = []): CheckContext {
  return { graph: buildGraph(spans), keyPath: 'scenario[0].expect', leaks: [], allowedHosts: [], ...(steps ? { steps } : {}) };
}

function span(id: string, p: Partial<SpanRecord>): SpanRecord {
  return { traceId: 'a'.repeat(32), spanId: id, name: 'kv.put', kind: 'server', status: 'OK', attributes: {}, events: [], startMs: 1, endMs: 2, resource: {}, source: 'sut', ...p };
}

describe('compareKeys', () => {
  it('counts lost, duplicated and unexpected keys by key, not by line', () => {
    const r = compareKeys(['a', 'b', 'c', 'a'], ['a', 'a', 'c', 'x']);
    expect(r).toEqual({ acknowledged: 3, present: 3, lost: ['b'], duplicated: ['a'], unexpected: ['x'] });
  });
});

describe('keysInLines', () => {
  it('takes the `key` group of each matching line and skips the rest', () => {
    expect(keysInLines('ACK k1\nnoise\r\nACK k2\nACK \n', ACK)).toEqual(['k1', 'k2']);
  });
});

describe('consistency check', () => {
  it('passes when every acknowledged key is listed', () => {
    const [v] = checkConsistency(spec(), ctx([step('write', lines('ACK', ['k1', 'k2'])), step('read', lines('KEY', ['k2', 'k1']))]));
    expect(v).toMatchObject({ kind: 'consistency', keyPath: 'scenario[0].expect.consistency.lost', passed: true });
    expect(v!.message).toBe('lost = 0: 0 of 2 acknowledged key(s) lost; 2 listed; 0 duplicated; 0 unexpected');
  });

  it('fails on a lost write, naming the lost keys', () => {
    const keys = Array.from({ length: 9 }, (_, i) => `k${i}`);
    const [v] = checkConsistency(spec(), ctx([step('write', lines('ACK', keys)), step('read', lines('KEY', keys.slice(0, 2)))]));
    expect(v!.passed).toBe(false);
    expect(v!.error).toBeUndefined();
    expect(v!.message).toMatch(/^lost = 7: 7 of 9 acknowledged key\(s\) lost: k2, k3, k4, k5, k6, … \(2 more\); 2 listed/);
  });

  it('judges each bound on its own: duplicates and unexpected keys', () => {
    const c = spec({ lost: { eq: 0 }, duplicated: { eq: 0 }, unexpected: { lte: 1 } });
    const vs = checkConsistency(c, ctx([step('write', lines('ACK', ['a', 'b'])), step('read', lines('KEY', ['a', 'b', 'b', 'x', 'y']))]));
    expect(vs.map((v) => [v.keyPath.split('.').pop(), v.passed])).toEqual([
      ['lost', true],
      ['duplicated', false],
      ['unexpected', false],
    ]);
    expect(vs[1]!.message).toContain('1 duplicated: b');
    expect(vs[2]!.message).toContain('2 unexpected: x, y');
  });

  it('reads acknowledgements from several writer steps', () => {
    const c = spec({ acks: { steps: ['write', 'more'], regex: ACK } });
    const [v] = checkConsistency(c, ctx([step('write', 'ACK a\n'), step('more', 'ACK b\n'), step('read', 'KEY a\n')]));
    expect(v!.passed).toBe(false);
    expect(v!.message).toContain('1 of 2 acknowledged key(s) lost: b');
  });

  it('a writer that failed still acknowledged what it printed', () => {
    const [v] = checkConsistency(spec(), ctx([step('write', 'ACK a\nACK b\n', { outcome: 'fail', message: 'exit code 1' }), step('read', 'KEY a\n')]));
    expect(v!.passed).toBe(false);
    expect(v!.message).toContain('lost: b');
  });

  it('zero acknowledged operations are an error, not "nothing lost"', () => {
    const [v] = checkConsistency(spec(), ctx([step('write', 'wrote nothing\n'), step('read', '')]));
    expect(v).toMatchObject({ passed: false, error: true });
    expect(v!.message).toMatch(/^not judged: no acknowledged operation .*nothing could be lost/);
  });

  it('a reader that did not run, failed, or printed more than was kept is an error', () => {
    const w = step('write', 'ACK a\n');
    const cases: [StepResult[], RegExp][] = [
      [[w], /reader step `read` did not run/],
      [[w, step('read', 'KEY a\n', { outcome: 'fail', message: 'exit code 1, expected 0' })], /reader step `read` failed: exit code 1/],
      [[w, step('read', 'KEY a\n', { expectedFailure: true })], /failed \(as its expect_failure allows\)/],
      [[w, step('read', 'KEY a\n', { outcome: 'error', message: 'interrupted' })], /ended in an error/],
      [[w, step('read', 'KEY a\n', { stdout: { text: 'KEY a\n', truncatedBytes: 10, totalBytes: 16 } })], /10 were cut/],
    ];
    for (const [steps, why] of cases) {
      const [v] = checkConsistency(spec(), ctx(steps));
      expect(v, String(why)).toMatchObject({ passed: false, error: true });
      expect(v!.message).toMatch(why);
    }
  });

  it('a writer that did not run, or without step results at all (a saved trace), is an error', () => {
    expect(checkConsistency(spec(), ctx([step('read', 'KEY a\n')]))[0]!.message).toMatch(/writer step `write` did not run/);
    expect(checkConsistency(spec(), ctx(undefined))[0]).toMatchObject({ error: true, message: expect.stringMatching(/known only during a run/) });
  });

  describe('acknowledgements from spans', () => {
    const c = spec({ acks: { span: 'kv.put', keyAttr: 'kv.key' } });

    it('counts OK spans of the system under test with the key, never runner spans or failed writes', () => {
      const spans = [
        span('1', { attributes: { 'kv.key': 'a' } }),
        span('2', { attributes: { 'kv.key': 'b' } }),
        span('3', { attributes: { 'kv.key': 'c' }, status: 'ERROR' }),
        span('4', { attributes: { 'kv.key': 'd' }, source: 'runner' }),
      ];
      const [v] = checkConsistency(c, ctx([step('read', 'KEY a\n')], spans));
      expect(v!.passed).toBe(false);
      expect(v!.message).toBe('lost = 1: 1 of 2 acknowledged key(s) lost: b; 1 listed; 0 duplicated; 0 unexpected');
    });

    it('an OK span without its key is an error: what it acknowledged cannot be checked', () => {
      const [v] = checkConsistency(c, ctx([step('read', 'KEY a\n')], [span('1', { attributes: { 'kv.key': 'a' } }), span('2', {})]));
      expect(v).toMatchObject({ error: true, message: expect.stringMatching(/1 OK span\(s\) named `kv.put` carry no `kv.key`/) });
    });

    it('no span at all is zero acknowledgements: an error', () => {
      expect(checkConsistency(c, ctx([step('read', 'KEY a\n')]))[0]).toMatchObject({ error: true, message: expect.stringMatching(/no acknowledged operation/) });
    });
  });

  describe('expect_failure', () => {
    const inverted = spec({ expectFailure: true });

    it('passes only when a bound is violated, reporting the counts and lost keys', () => {
      const [v] = checkConsistency(inverted, ctx([step('write', 'ACK a\nACK b\n'), step('read', 'KEY a\n')]));
      expect(v).toMatchObject({ keyPath: 'scenario[0].expect.consistency.expect_failure', passed: true });
      expect(v!.message).toMatch(/^failed as expected: lost = 1, bound = 0: 1 of 2 acknowledged key\(s\) lost: b/);
    });

    it('fails when every bound held', () => {
      const [v] = checkConsistency(inverted, ctx([step('write', 'ACK a\n'), step('read', 'KEY a\n')]));
      expect(v).toMatchObject({ passed: false, message: expect.stringMatching(/^expected to fail \(expect_failure = true\), but every bound held/) });
    });

    it('never turns a check that could not be judged into a pass', () => {
      const [v] = checkConsistency(inverted, ctx([step('write', ''), step('read', '')]));
      expect(v).toMatchObject({ passed: false, error: true });
    });
  });
});

describe('consistency in a judged suite', () => {
  const suite = loadSuite(`
[meta]
name = "kv"

[service.kv]
image = "busybox:1.36"

[[scenario]]
name = "s"
steps = [
  { name = "write", run = "echo ACK a" },
  { name = "read", run = "echo KEY a" },
]

[scenario.expect.consistency]
ack_steps = ["write"]
ack_regex = '^ACK (?<key>\\S+)$'
present_step = "read"
present_regex = '^KEY (?<key>\\S+)$'
lost = 0
`);

  function judged(steps: StepResult[]) {
    const recorder = createRecorder({ seed: 1, traceKey: 'kv' });
    const run = recorder.start('clnrm.run');
    const sc = recorder.start('clnrm.scenario:s', run, { key: 's' });
    sc.ok();
    sc.end();
    run.end();
    const result: ScenarioResult = { name: 's', outcome: 'pass', message: 'passed', steps, leaks: [], startedAt: 0, durationMs: 1, artifacts: [] };
    const suiteRun: SuiteRun = { suite, seed: 1, runId: 'r', traceId: recorder.traceId, scenarios: [result], spans: recorder.spans(), startedAt: 0, durationMs: 1, interrupted: false };
    return judgeSuite(suiteRun).scenarios[0]!;
  }

  it('passes, fails on a loss, and is an error when the check cannot be judged', () => {
    expect(judged([step('write', 'ACK a\n'), step('read', 'KEY a\n')]).outcome).toBe('pass');
    const lost = judged([step('write', 'ACK a\nACK b\n'), step('read', 'KEY a\n')]);
    expect(lost).toMatchObject({ outcome: 'fail', reason: { type: 'expectation_failed' } });
    expect(lost.message).toContain('lost = 1: 1 of 2 acknowledged key(s) lost: b');
    const unread = judged([step('write', 'ACK a\n')]);
    expect(unread.outcome).toBe('error');
    expect(unread.message).toContain('not judged: the reader step `read` did not run');
  });

  it('needs a run: the steps\' output is not in a saved trace', () => {
    expect([...checksNeedingARun(suite.scenarios[0]!.expect, 'scenario[0].expect')]).toEqual(['scenario[0].expect.consistency.lost']);
    expect([...checksNeedingARun(spec({ expectFailure: true }), 'x')]).toEqual(['x.consistency.expect_failure']);
  });
});
