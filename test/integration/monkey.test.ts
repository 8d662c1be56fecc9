/**
 * Monkey mode on the real engine, through `clnrm monkey`: the plan it prints is the
 * same for the same seed and differs for another; the example over two services is
 * green twice with one digest, executes exactly the printed draws, and reports the
 * KPIs and the per-fault-type statistics in report.json and on the console.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, docker, envWithoutCi } from './helpers.js';

const EXAMPLE = 'tests/experiments/monkey_two_services.clnrm.toml';

function clnrm(args: string[]): { status: number | null; stdout: string; output: string; pid: number } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: envWithoutCi() });
  return { status: r.status, stdout: r.stdout, output: `${r.stdout}${r.stderr}`, pid: r.pid };
}

function leftovers(pid: number): string[] {
  const f = ['--filter', 'label=clnrm.managed', '--filter', `label=clnrm.pid=${pid}`];
  return [...docker(['ps', '-aq', ...f]).stdout.split('\n'), ...docker(['network', 'ls', '-q', ...f]).stdout.split('\n')].filter(Boolean);
}

/** The draws of a printed plan: its injection lines. */
const draws = (planText: string): string[] => planText.split('\n').filter((l) => /ms after step .*: (stop|pause)_container monkey_\d+/.test(l));

describe('monkey mode', () => {
  it('prints the same plan for the same seed and another for another seed, without an engine', () => {
    const plan = (seed: string) => clnrm(['monkey', EXAMPLE, '--plan', '--seed', seed]);
    const first = plan('13');
    expect(first.status, first.output).toBe(0);
    expect(draws(first.stdout)).toEqual([
      '    2000 ms after step under_the_monkey runs: pause_container monkey_1#0 → db, for 1000 ms',
      '    4000 ms after step under_the_monkey runs: stop_container monkey_2#0 (stop_timeout_ms=1000) → api, for 1500 ms',
      '    6000 ms after step under_the_monkey runs: pause_container monkey_3#0 → db, for 1000 ms',
      '    8000 ms after step under_the_monkey runs: pause_container monkey_4#0 → api, for 1000 ms',
    ]);
    expect(plan('13').stdout).toBe(first.stdout);
    expect(draws(plan('14').stdout)).not.toEqual(draws(first.stdout));
  });

  it('the example is green twice with one digest, runs the printed draws, and reports per-type statistics', { timeout: 600_000 }, () => {
    const runs = [0, 1].map(() => {
      const dir = mkdtempSync(join(tmpdir(), 'clnrm-monkey-'));
      const r = clnrm(['monkey', EXAMPLE, '--report-dir', dir]);
      expect(r.status, r.output).toBe(0);
      expect(leftovers(r.pid)).toEqual([]);
      // The plan comes first, then the run.
      expect(r.stdout.indexOf('planned injection(s); running it now')).toBeGreaterThanOrEqual(0);
      expect(r.stdout.search(/✓ monkey_two_services › monkey_over_api_and_db /)).toBeGreaterThan(r.stdout.indexOf('planned injection(s); running it now'));
      expect(draws(r.stdout)).toHaveLength(4);
      const rep = JSON.parse(readFileSync(join(dir, 'monkey_two_services.report.json'), 'utf8'));
      const k = rep.scenarios[0].experiment.kpis;
      expect(k.byFaultType).toEqual({
        pause_container: { planned: 3, injected: 3, effective: 3, reverted: 3, recovered: 3 },
        stop_container: { planned: 1, injected: 1, effective: 1, reverted: 1, recovered: 1 },
      });
      expect(k.faults.effective).toBe(4);
      expect(k.recoveryRatePct).toBe(100);
      expect(k.mttdMs).toBeGreaterThan(0);
      expect(r.stdout).toContain('fault pause_container planned 3 · injected 3 · effective 3 · reverted 3 · recovered 3');
      expect(r.stdout).toContain('fault stop_container planned 1 · injected 1 · effective 1 · reverted 1 · recovered 1');
      // The draws as executed: each fault span names its monkey tick and target.
      const faults = rep.spans
        .filter((s: any) => /^clnrm\.chaos\./.test(s.name))
        .map((s: any) => `${s.attributes['chaos.name']} ${s.attributes['chaos.type']} ${s.attributes['chaos.target']}`)
        .sort();
      expect(faults).toEqual(['monkey_1 pause_container db', 'monkey_2 stop_container api', 'monkey_3 pause_container db', 'monkey_4 pause_container api']);
      return readFileSync(join(dir, 'monkey_two_services.trace.sha256'), 'utf8').split(' ')[0];
    });
    expect(runs[1]).toBe(runs[0]);
  });
});
