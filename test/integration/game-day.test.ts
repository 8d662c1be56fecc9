/**
 * The game day of tests/experiments on the real engine, through the CLI: green twice with one
 * digest; its game-day section (each hypothesis, its criteria with verdicts, KPIs and the
 * fault/probe timeline) in report.json (valid against its schema), on the console and as JUnit
 * testsuite properties (valid against the JUnit schema); a hypothesis whose criterion is violated
 * shows as failed with the measured value. And the steady-state + kill example with a retrying
 * client: green twice with one digest, no call lost.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, docker, envWithoutCi } from './helpers.js';

const GAME_DAY = 'tests/experiments/game_day.clnrm.toml';
const RETRYING = 'tests/experiments/steady_state_kill_retrying_client.clnrm.toml';
const HYPOTHESES = ['api_survives_restart', 'retrying_client_loses_nothing', 'partition_detected'];

function run(file: string, ...args: string[]): { dir: string; status: number | null; output: string; pid: number } {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-gd-'));
  const r = spawnSync(process.execPath, [CLI, 'run', file, '--report-dir', dir, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: envWithoutCi() });
  return { dir, status: r.status, output: `${r.stdout}${r.stderr}`, pid: r.pid };
}

const reportOf = (dir: string, suite: string) => JSON.parse(readFileSync(join(dir, `${suite}.report.json`), 'utf8'));

function leftovers(pid: number): string[] {
  const f = ['--filter', 'label=clnrm.managed', '--filter', `label=clnrm.pid=${pid}`];
  return [...docker(['ps', '-aq', ...f]).stdout.split('\n'), ...docker(['network', 'ls', '-q', ...f]).stdout.split('\n')].filter(Boolean);
}

function reportValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ((addFormatsModule as any).default ?? addFormatsModule)(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));
}

function junitValid(file: string): void {
  const lint = spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'schemas/junit.xsd'), file], { encoding: 'utf8' });
  expect(lint.status, lint.stderr).toBe(0);
}

describe('game day', () => {
  it('is green twice with one digest; its section is in report.json, on the console and in JUnit', { timeout: 600_000 }, () => {
    const validate = reportValidator();
    const digests = [run(GAME_DAY), run(GAME_DAY)].map((r) => {
      expect(r.status, r.output).toBe(0);
      expect(leftovers(r.pid)).toEqual([]);
      const rep = reportOf(r.dir, 'game_day');
      expect(validate(rep), JSON.stringify(validate.errors)).toBe(true);
      const g = rep.gameDay;
      expect(g).toMatchObject({ name: 'fixture api resilience', outcome: 'pass' });
      expect(g.hypotheses.map((h: any) => [h.scenario, h.outcome])).toEqual(HYPOTHESES.map((s) => [s, 'pass']));
      for (const h of g.hypotheses) {
        expect(h.criteria.length).toBeGreaterThan(0);
        expect(h.criteria.every((c: any) => c.passed)).toBe(true);
        // Faults applied and ended, and probe samples, in time order.
        expect(h.timeline.some((e: any) => e.event === 'fault_applied')).toBe(true);
        expect(h.timeline.some((e: any) => e.event === 'fault_ended')).toBe(true);
        expect(h.timeline.some((e: any) => e.event === 'sample')).toBe(true);
        const offsets = h.timeline.map((e: any) => e.offsetMs);
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      }
      const [restart, retrying, partition] = g.hypotheses;
      expect(restart.criteria.find((c: any) => c.keyPath.endsWith('kpi.availability_pct')).message).toBe(`availability_pct = ${restart.kpis.availability_pct}`);
      expect(retrying.kpis.error_budget_used_pct).toBe('0');
      // The partition is detected by the client's ERROR span (the probe is outside the cut); 1 of 3 calls failed.
      expect(Number(partition.kpis.mttd_ms)).toBeGreaterThan(0);
      expect(partition.kpis.error_budget_used_pct).toBe('66.67');
      const exp = rep.scenarios[2].experiment.kpis;
      expect(exp.errorBudget).toEqual({ span: 'sut.call', budgetPct: 50, requests: 3, failed: 1 });
      expect(exp.faults.detected).toBe(1);
      // The console: the section after the suite.
      expect(r.output).toContain('game day fixture api resilience: every hypothesis held');
      expect(r.output).toContain(`✓ partition_detected: ${partition.hypothesis}`);
      expect(r.output).toContain(`kpi mttd_ms ${partition.kpis.mttd_ms}`);
      // JUnit: testsuite properties, valid against the schema.
      const junitFile = join(r.dir, 'game_day.junit.xml');
      junitValid(junitFile);
      const junit = readFileSync(junitFile, 'utf8');
      expect(junit).toContain('<property name="game_day" value="fixture api resilience"/>');
      for (const s of HYPOTHESES) expect(junit).toContain(`<property name="hypothesis:${s}:outcome" value="pass"/>`);
      expect(junit).toContain('<property name="hypothesis:partition_detected:criterion:scenario[2].expect.kpi.error_budget_used_pct" value="pass: KPI error_budget_used_pct within { max = 100 }: error_budget_used_pct = 66.67"/>');
      // Measured values stay out of the canonical trace.
      const trace = readFileSync(join(r.dir, 'game_day.trace.json'), 'utf8');
      expect(trace).not.toContain('kpi.');
      expect(trace).not.toContain('call.attempts');
      return rep.digest.value;
    });
    expect(digests[0], 'the digest changed between two runs with the same seed').toBe(digests[1]);
  });

  it('a hypothesis whose criterion is violated shows as failed with the measured value', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-gd-src-'));
    const file = join(dir, 'game_day.clnrm.toml');
    writeFileSync(file, readFileSync(join(ROOT, GAME_DAY), 'utf8').replace('error_budget_used_pct = { max = 100 }', 'error_budget_used_pct = { max = 50 }'));
    const r = run(file, '--filter', 'partition_detected');
    expect(r.status, r.output).toBe(1);
    const g = reportOf(r.dir, 'game_day').gameDay;
    expect(g.outcome).toBe('fail');
    const h = g.hypotheses.find((x: any) => x.scenario === 'partition_detected');
    expect(h.outcome).toBe('fail');
    const message = 'error_budget_used_pct = 66.67, above the bound max = 50';
    expect(h.criteria.find((c: any) => !c.passed)).toMatchObject({ keyPath: 'scenario[2].expect.kpi.error_budget_used_pct', message });
    expect(r.output).toContain('game day fixture api resilience: a hypothesis was refuted');
    expect(r.output).toContain(`✗ KPI error_budget_used_pct within { max = 50 }: ${message}`);
    const junitFile = join(r.dir, 'game_day.junit.xml');
    junitValid(junitFile);
    expect(readFileSync(junitFile, 'utf8')).toContain('<property name="hypothesis:partition_detected:outcome" value="fail"/>');
    expect(leftovers(r.pid)).toEqual([]);
  });
});

describe('steady-state + kill with a retrying client', () => {
  it('is green twice with one digest: the probe sees the outage, the client loses no call', { timeout: 600_000 }, () => {
    const digests = [run(RETRYING), run(RETRYING)].map((r) => {
      expect(r.status, r.output).toBe(0);
      expect(leftovers(r.pid)).toEqual([]);
      const rep = reportOf(r.dir, 'steady_state_kill_retrying_client');
      expect(rep.gameDay).toBeNull();
      const k = rep.scenarios[0].experiment.kpis;
      expect(k.faults).toEqual({ effective: 1, detected: 1, recovered: 1 });
      expect(k.errorBudget).toEqual({ span: 'sut.call', budgetPct: 1, requests: 10, failed: 0 });
      expect(k.errorBudgetUsedPct).toBe(0);
      expect(r.output).toContain('error_budget_used_pct 0');
      return rep.digest.value;
    });
    expect(digests[0], 'the digest changed between two runs with the same seed').toBe(digests[1]);
  });
});
