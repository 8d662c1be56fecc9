import { describe, expect, it } from 'vitest';
import type { PlannedSuite } from '../plan/plan.js';
import { wilsonInterval } from '../plan/repeat.js';
import { canonicalJson, sha256Hex, type CanonicalNode } from './canonical.js';
import type { SuiteReportInput } from './input.js';
import { repetitionReportDir, repetitionsText, replayCommand, scenarioDigest, summarizeRepetitions, type RepetitionRun } from './repetitions.js';

const node = (name: string, attributes: Record<string, unknown> = {}, children: CanonicalNode[] = []): CanonicalNode =>
  ({ name, kind: 'internal', status: 'OK', attributes, events: [], children }) as unknown as CanonicalNode;

/** One repetition: the scenarios' outcomes, and a trace whose `flaky` subtree depends on whether it failed. */
function repetition(seed: number, index: number, outcomes: Record<string, 'pass' | 'fail'>): RepetitionRun {
  const trace = [node('clnrm.run', { 'run.seed': seed }, Object.entries(outcomes).map(([name, o]) => node(`clnrm.scenario:${name}`, { result: o })))];
  const judged = { scenarios: Object.entries(outcomes).map(([name, outcome]) => ({ name, outcome })), run: { seed } };
  const input = { judged, digest: sha256Hex(String(seed)), trace: canonicalJson(trace) } as unknown as SuiteReportInput;
  const planned = { file: 's.clnrm.toml', name: 's', seed, suite: { name: 's' }, repetition: { index, count: 5 } } as unknown as PlannedSuite;
  return { planned, input, reportDir: repetitionReportDir('out', planned) };
}

describe('summarizeRepetitions', () => {
  const runs = [
    repetition(19, 0, { flaky: 'pass', steady: 'pass' }),
    repetition(7, 1, { flaky: 'fail', steady: 'pass' }),
    repetition(8, 2, { flaky: 'pass', steady: 'pass' }),
    repetition(9, 3, { flaky: 'fail', steady: 'pass' }),
  ];
  const summary = summarizeRepetitions(runs);
  const flaky = summary.scenarios.find((s) => s.scenario === 'flaky')!;
  const steady = summary.scenarios.find((s) => s.scenario === 'steady')!;

  it('counts passes per scenario, with the Wilson interval of the count and the runs left out by --until-fail', () => {
    expect(flaky).toMatchObject({ suite: 's', planned: 5, runs: 4, passed: 2, passRate: 0.5, interval: wilsonInterval(2, 4) });
    expect(steady).toMatchObject({ runs: 4, passed: 4, passRate: 1, firstFailure: null });
  });

  it('groups runs by the digest of the scenario subtree, not the whole trace (which holds the seed)', () => {
    expect(flaky.digests.map((d) => [d.runs, d.seeds])).toEqual([[2, [19, 8]], [2, [7, 9]]]);
    expect(steady.digests).toHaveLength(1);
    expect(steady.digests[0]!.digest).toBe(sha256Hex(canonicalJson(node('clnrm.scenario:steady', { result: 'pass' }))));
  });

  it('names the first failing seed in plan order, its report under repeat/seed-N and the replay command', () => {
    expect(flaky.firstFailure).toEqual({ seed: 7, report: 'out/repeat/seed-7/s.report.json', replay: 'clnrm replay out/repeat/seed-7/s.report.json --scenario flaky' });
    expect(repetitionReportDir('out', { seed: 19, repetition: { index: 0, count: 5 } })).toBe('out');
    expect(repetitionReportDir('out', { seed: 19 })).toBe('out');
  });

  it('prints one block per scenario', () => {
    const text = repetitionsText(summary);
    expect(text).toContain('s › flaky: 2/4 passed (of 5 planned), pass rate 50.0 %, 95 % interval [15.0 %, 85.0 %]');
    expect(text).toContain('first failing seed 7; replay: clnrm replay out/repeat/seed-7/s.report.json --scenario flaky');
    expect(text).toMatch(/s › steady: 4\/4 passed \(of 5 planned\), pass rate 100\.0 %, 95 % interval \[51\.0 %, 100\.0 %\]\n {4}1 distinct digest\(s\): [0-9a-f]{12} ×4\n/);
  });

  it('finds no digest for a scenario that is not in the trace', () => {
    expect(scenarioDigest(canonicalJson([node('clnrm.run')]), 'gone')).toBeUndefined();
  });

  it('quotes what the shell would split in the replay command', () => {
    expect(replayCommand("my reports/it's.json", 'slow db')).toBe("clnrm replay 'my reports/it'\\''s.json' --scenario 'slow db'");
  });
});
