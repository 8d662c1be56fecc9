/**
 * The game-day section: per hypothesis, its criteria with verdicts (a violated KPI bound shows the
 * measured value and fails the hypothesis), its KPIs and its fault/probe timeline; in report.json
 * (valid against schemas/report.schema.json), on the console, and as JUnit testsuite properties
 * (valid against schemas/junit.xsd). Nothing of it enters the canonical trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import type { Suite } from '../load/index.js';
import type { Kpis } from '../runtime/probes/kpi.js';
import type { SuiteRun } from '../runtime/suite.js';
import type { JudgedScenario, JudgedSuite } from '../validate/judge.js';
import { consoleReporter } from './console.js';
import { gameDayLines, gameDayReport } from './game-day.js';
import { jsonReport } from './json.js';
import { renderJunit } from './junit.js';

const T0 = 1_750_000_000_000;
const work = mkdtempSync(join(tmpdir(), 'clnrm-gameday-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const kpis: Kpis = { mttdMs: 420, mttrMs: 900, availabilityPct: 62.5, recoveryRatePct: 100, samples: { total: 8, healthy: 5 }, faults: { effective: 1, detected: 1, recovered: 1 }, byFaultType: {} };

function scenario(name: string, over: Partial<JudgedScenario>): JudgedScenario {
  return { name, outcome: 'pass', message: 'passed', startedAt: T0 + 10, durationMs: 3000, artifacts: [], leaks: [], steps: [], verdicts: [], ...over };
}

function judged(): JudgedSuite {
  const suite = {
    file: 'tests/gd.clnrm.toml',
    name: 'gd',
    tags: [],
    gameDay: { name: 'api resilience', description: 'three hypotheses' },
    determinism: { digestExclude: [] },
    scenarios: [
      { name: 'restart', hypothesis: 'the api survives a restart with availability ≥ 50 %' },
      { name: 'partition', hypothesis: 'a partition is detected within 100 ms' },
      { name: 'setup', hypothesis: undefined },
    ],
  } as unknown as Suite;
  const scenarios = [
    scenario('restart', {
      kpis,
      probeSamples: [
        { probe: 'up', phase: 'before', startedAtMs: T0 + 90, atMs: T0 + 100, ok: true, latencyMs: 3, detail: '200' },
        { probe: 'up', phase: 'during', startedAtMs: T0 + 1410, atMs: T0 + 1420, ok: false, latencyMs: 4, detail: 'ECONNREFUSED' },
        { probe: 'up', phase: 'after', startedAtMs: T0 + 2300, atMs: T0 + 2320, ok: true, latencyMs: 20, detail: '200' },
      ],
      faultRecords: [{ type: 'restart_container', name: 'bounce', occurrence: 0, target: 'api', fired: true, injected: true, effective: true, appliedAtMs: T0 + 1000, endedAtMs: T0 + 1500, reverted: false }],
      verdicts: [{ kind: 'kpi', keyPath: 'scenario[0].expect.kpi.availability_pct', description: 'KPI availability_pct within { min = 50 }', passed: true, message: 'availability_pct = 62.5' }],
    }),
    scenario('partition', {
      outcome: 'fail',
      reason: { type: 'expectation_failed' },
      message: '1 expectation(s) failed',
      kpis: { ...kpis, mttdMs: 420 },
      verdicts: [{ kind: 'kpi', keyPath: 'scenario[1].expect.kpi.mttd_ms', description: 'KPI mttd_ms within { max = 100 }', passed: false, message: 'mttd_ms = 420, above the bound max = 100' }],
    }),
    scenario('setup', {}),
  ];
  const run: SuiteRun = { suite, seed: 7, runId: 'r1', traceId: 'a'.repeat(32), startedAt: T0, durationMs: 9000, interrupted: false, spans: [], scenarios };
  return { run, scenarios, fileVerdicts: [], spans: [], passed: false };
}

describe('game-day section', () => {
  const g = gameDayReport(judged())!;

  it('has one entry per hypothesis; a violated criterion refutes it with the measured value', () => {
    expect(g.name).toBe('api resilience');
    expect(g.outcome).toBe('fail');
    expect(g.hypotheses.map((h) => [h.scenario, h.outcome])).toEqual([
      ['restart', 'pass'],
      ['partition', 'fail'],
    ]);
    expect(g.hypotheses[1]!.criteria[0]).toMatchObject({ passed: false, message: 'mttd_ms = 420, above the bound max = 100' });
    expect(g.hypotheses[0]!.kpis).toContainEqual(['availability_pct', '62.5']);
  });

  it('puts faults and samples on one timeline, relative to the run start', () => {
    expect(g.hypotheses[0]!.timeline.map((e) => [e.offsetMs, e.event, e.name])).toEqual([
      [100, 'sample', 'up'],
      [1000, 'fault_applied', 'bounce'],
      [1420, 'sample', 'up'],
      [1500, 'fault_ended', 'bounce'],
      [2320, 'sample', 'up'],
    ]);
    expect(g.hypotheses[0]!.timeline[2]).toMatchObject({ ok: false, detail: 'during failed 4 ms: ECONNREFUSED' });
  });

  it('is absent for a suite that is no game day', () => {
    const j = judged();
    const plain = { ...j, run: { ...j.run, suite: { ...j.run.suite, gameDay: undefined } } } as JudgedSuite;
    expect(gameDayReport(plain)).toBeNull();
    expect(jsonReport(plain).gameDay).toBeNull();
  });

  it('is in report.json, valid against the schema', () => {
    const report = JSON.parse(JSON.stringify(jsonReport(judged(), 'f'.repeat(64))));
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    ((addFormatsModule as any).default ?? addFormatsModule)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(fileURLToPath(new URL('../../schemas/report.schema.json', import.meta.url)), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.gameDay.hypotheses[1]).toMatchObject({ scenario: 'partition', outcome: 'fail', criteria: [{ passed: false, message: 'mttd_ms = 420, above the bound max = 100' }] });
    expect(report.gameDay.hypotheses[0].kpis.mttd_ms).toBe('420');
  });

  it('is printed on the console after the suite', () => {
    const lines: string[] = [];
    const reporter = consoleReporter({ out: { write: (s: string) => lines.push(s) } as unknown as NodeJS.WritableStream });
    reporter.suiteEnd!(judged(), { digest: 'f'.repeat(64), reports: [] });
    const text = lines.join('');
    expect(text).toContain('game day api resilience: a hypothesis was refuted');
    expect(text).toContain('✗ partition: a partition is detected within 100 ms — 1 expectation(s) failed');
    expect(text).toContain('✗ KPI mttd_ms within { max = 100 }: mttd_ms = 420, above the bound max = 100');
    expect(text).toContain('timeline 1.00s bounce applied · 1.50s bounce ended · 3 sample(s), failed from 1.42s to 1.42s');
    expect(text.indexOf('game day')).toBeGreaterThan(text.indexOf('partition'));
    expect(gameDayLines(gameDayReport(judged())!)[0]).toBe('  game day api resilience: a hypothesis was refuted');
  });

  it('is in JUnit as testsuite properties, valid against schemas/junit.xsd, none on a testcase', () => {
    const xml = renderJunit(judged(), 'f'.repeat(64));
    expect(xml).toContain('<property name="game_day" value="api resilience"/>');
    expect(xml).toContain('<property name="game_day:outcome" value="fail"/>');
    expect(xml).toContain('<property name="hypothesis:partition:outcome" value="fail"/>');
    expect(xml).toContain('<property name="hypothesis:partition:criterion:scenario[1].expect.kpi.mttd_ms" value="fail: KPI mttd_ms within { max = 100 }: mttd_ms = 420, above the bound max = 100"/>');
    expect(xml).toContain('<property name="hypothesis:restart:faults" value="1000 ms bounce applied; 1500 ms bounce ended"/>');
    const file = join(work, 'gd.junit.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--schema', fileURLToPath(new URL('../../schemas/junit.xsd', import.meta.url)), file], { encoding: 'utf8' });
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });
});
