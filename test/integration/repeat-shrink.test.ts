/**
 * Seeded repetitions and shrinking on the real engine, through the CLI:
 * `--repeat 20` of a scenario whose failure depends on the seed reports exactly
 * the pass count its plan predicts, with the Wilson interval of that count; and
 * `clnrm shrink` reduces a failed five-fault plan to the one fault that causes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/plan/repeat.js';
import { CLI, ROOT, envWithoutCi } from './helpers.js';

const SUITE = 'tests/repetitions/flaky_and_shrink.clnrm.toml';
const REPORT = 'flaky_and_shrink.report.json';

function clnrm(args: string[]): { status: number | null; stdout: string; output: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: envWithoutCi() });
  return { status: r.status, stdout: r.stdout, output: `${r.stdout}${r.stderr}` };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('seeded repetitions', () => {
  it('--repeat 20 reports the pass rate the plan predicts, its Wilson interval, the digests and the first failing seed', { timeout: 300_000 }, () => {
    // Which seeds fire the coin is decided by the plan alone: count them without an engine.
    const plan = JSON.parse(clnrm(['run', SUITE, '--plan', '--format', 'json', '--repeat', '20', '--filter', '^flaky$']).stdout);
    const seeds: number[] = plan.suites.map((s: any) => s.seed);
    const fires: boolean[] = plan.suites.map((s: any) => s.scenarios.find((sc: any) => sc.name === 'flaky').injections[0].fires);
    expect(seeds).toHaveLength(20);
    const expectedPasses = fires.filter((f) => !f).length;
    // The seeds must make the scenario flaky, or the test proves nothing.
    expect(expectedPasses).toBeGreaterThan(0);
    expect(expectedPasses).toBeLessThan(20);

    const dir = mkdtempSync(join(tmpdir(), 'clnrm-repeat-'));
    const r = clnrm(['run', SUITE, '--repeat', '20', '--filter', '^flaky$', '-j', '5', '-q', '--report-dir', dir]);
    expect(r.status, r.output).toBe(1);
    const rep = JSON.parse(readFileSync(join(dir, REPORT), 'utf8')).repetitions;
    expect(rep).toHaveLength(1);
    const flaky = rep[0];
    expect(flaky).toMatchObject({ scenario: 'flaky', planned: 20, runs: 20, passed: expectedPasses, passRate: expectedPasses / 20 });
    const interval = wilsonInterval(expectedPasses, 20);
    expect(flaky.interval95).toEqual({ method: 'wilson', low: interval.low, high: interval.high });
    // Every run is in exactly one digest group, and a passing run never shares a digest with a failing one.
    expect(flaky.digests.reduce((n: number, d: any) => n + d.runs, 0)).toBe(20);
    expect(flaky.digests.flatMap((d: any) => d.seeds).sort()).toEqual([...seeds].sort());
    for (const d of flaky.digests) expect(new Set(d.seeds.map((s: number) => fires[seeds.indexOf(s)])).size).toBe(1);
    // The first failing seed in plan order, whose own report exists where the replay command points.
    const firstFailing = seeds[fires.indexOf(true)]!;
    expect(flaky.firstFailure.seed).toBe(firstFailing);
    expect(existsSync(flaky.firstFailure.report)).toBe(true);
    expect(JSON.parse(readFileSync(flaky.firstFailure.report, 'utf8')).seed).toBe(firstFailing);
    expect(flaky.firstFailure.replay).toBe(`clnrm replay ${flaky.firstFailure.report} --scenario flaky`);
    expect(r.stdout).toContain(`flaky_and_shrink › flaky: ${expectedPasses}/20 passed, pass rate ${pct(expectedPasses / 20)}, 95 % interval [${pct(interval.low)}, ${pct(interval.high)}]`);
    expect(r.stdout).toContain(`first failing seed ${firstFailing}; replay: clnrm replay`);

    // --seeds runs exactly those seeds, and --until-fail (one at a time) starts none after the first failure.
    const range = JSON.parse(clnrm(['run', SUITE, '--plan', '--format', 'json', '--seeds', '3..10', '--filter', '^flaky$']).stdout);
    const rangeFires: boolean[] = range.suites.map((s: any) => s.scenarios.find((sc: any) => sc.name === 'flaky').injections[0].fires);
    expect(range.suites.map((s: any) => s.seed)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const stopAt = rangeFires.indexOf(true);
    // A passing seed before the first failing one, so stopping is visible.
    expect(stopAt).toBeGreaterThan(0);
    const until = clnrm(['run', SUITE, '--seeds', '3..10', '--filter', '^flaky$', '--until-fail', '-q', '--report-dir', mkdtempSync(join(tmpdir(), 'clnrm-until-'))]);
    expect(until.status, until.output).toBe(1);
    expect(until.stdout).toContain(`flaky_and_shrink › flaky: ${stopAt}/${stopAt + 1} passed (of 8 planned)`);
    expect(until.stdout).toContain(`first failing seed ${3 + stopAt}; replay: clnrm replay `);
  });
});

describe('shrink', () => {
  it('reduces a failed five-fault plan to the one fault that causes the failure', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-shrink-'));
    const failed = clnrm(['run', SUITE, '--filter', '^five_faults$', '-q', '--report-dir', dir]);
    expect(failed.status, failed.output).toBe(1);
    const r = clnrm(['shrink', join(dir, REPORT), '--scenario', 'five_faults', '--report-dir', dir]);
    expect(r.status, r.output).toBe(0);
    const attempts = r.stdout.split('\n').filter((l) => /^ {2}attempt \d+: /.test(l));
    // The original plan first (it fails again), then halves: a single cause among five takes few runs.
    expect(attempts[0]).toMatch(/pause_peer .*kill_app .*→ fails the same way$/);
    expect(attempts.length).toBeLessThanOrEqual(8);
    expect(r.stdout).toMatch(new RegExp(`smallest failing plan after ${attempts.length} run\\(s\\): kill_app \\(kill_container\\) → app at 200 ms\\n`));
    expect(r.stdout).toContain('  chaos = [\n    { type = "kill_container", name = "kill_app", target = "app", at_ms = 200 },\n  ]\n');
    const replay = /replay: clnrm replay (\S+) --scenario five_faults/.exec(r.stdout);
    expect(replay, r.stdout).not.toBeNull();
    // The report of the smallest plan's run: the kill alone was injected, and the same expectation failed.
    const shrunk = JSON.parse(readFileSync(replay![1]!, 'utf8'));
    const kinds = shrunk.spans.filter((s: any) => /^clnrm\.(chaos|resource)\./.test(s.name)).map((s: any) => s.attributes['chaos.name']);
    expect(kinds).toEqual(['kill_app']);
    const sc = shrunk.scenarios.find((s: any) => s.name === 'five_faults');
    expect(sc.verdicts.filter((v: any) => !v.passed).map((v: any) => v.keyPath)).toEqual(['scenario[1].expect.span[0]']);
  });

  it('refuses a scenario that did not fail, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-shrink-'));
    // A hand-written report is enough: shrink checks it before touching the engine.
    const file = join(dir, REPORT);
    writeFileSync(file, JSON.stringify({ suite: { name: 'flaky_and_shrink', file: SUITE }, seed: 19, scenarios: [{ name: 'flaky', outcome: 'pass', reason: null, verdicts: [] }] }));
    const r = clnrm(['shrink', file, '--scenario', 'flaky']);
    expect(r.status).toBe(2);
    expect(r.output).toContain('scenario `flaky` did not fail (outcome pass): there is nothing to shrink');
    expect(r.output).not.toMatch(/\n\s+at /);
  });
});
