/**
 * Vacuous scenarios and checks: without --strict they pass but are shown as
 * vacuous (their own mark and word on the console, a `vacuous:<test case>`
 * property in JUnit that still validates); with --strict they fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Suite } from '../load/index.js';
import { loadSuite } from '../../test/kit/index.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import { createRecorder } from '../telemetry/recorder.js';
import { judgeSuite, type JudgedSuite } from '../validate/judge.js';
import { consoleReporter, VACUOUS_MARK } from './console.js';
import { renderJunit } from './junit.js';

const SCHEMA = fileURLToPath(new URL('../../schemas/junit.xsd', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'clnrm-vacuous-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function load(source: string): Suite {
  return loadSuite(source, { env: {} }, 'v.clnrm.toml');
}

const SOURCE = `[meta]
name = "v"

[service.app]
image = "busybox:1.36"

[[scenario]]
name = "idle"
run = "true"

[[scenario]]
name = "tolerant"
run = "true"

[scenario.expect.status]
all = "OK"
errors_allowed = 1000

[[scenario]]
name = "checked"
run = "true"

[[scenario.expect.span]]
name = "clnrm.step:checked"
status = "OK"
`;

/** Runs nothing: spans as the runner would record them for three passing scenarios. */
function judged(strict: boolean, source = SOURCE): JudgedSuite {
  const suite = load(source);
  const recorder = createRecorder({ seed: 1, traceKey: 'v' });
  const run = recorder.start('clnrm.run');
  const results: ScenarioResult[] = suite.scenarios.map((sc) => {
    const span = recorder.start(`clnrm.scenario:${sc.name}`, run, { key: sc.name });
    const step = recorder.start(`clnrm.step:${sc.name}`, span);
    step.ok();
    step.end();
    span.ok();
    span.end();
    return { name: sc.name, outcome: 'pass', message: 'passed', steps: [], leaks: [], startedAt: 0, durationMs: 1, artifacts: [] };
  });
  run.ok();
  run.end();
  const runOf: SuiteRun = { suite, seed: 1, runId: 'r1', traceId: recorder.traceId, scenarios: results, spans: recorder.spans(), startedAt: 0, durationMs: 10, interrupted: false };
  return judgeSuite(runOf, [], { strict });
}

function consoleText(j: JudgedSuite, options: { verbose?: boolean; quiet?: boolean } = {}): string {
  let text = '';
  const out = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  const reporter = consoleReporter({ out, ...options });
  reporter.suiteEnd!(j, { digest: 'd'.repeat(64), reports: [] });
  const ran = j.scenarios;
  reporter.summary({ suites: [j], outcomes: [], reportInputs: [], passed: ran.filter((s) => s.outcome === 'pass').length, failed: ran.filter((s) => s.outcome === 'fail').length, errors: 0, skipped: 0, leaks: 0, digestMismatches: 0, unverifiedCleanups: 0, interrupted: false, durationMs: 1 });
  return text;
}

describe('vacuous scenarios without --strict', () => {
  const j = judged(false);

  it('pass, flagged vacuous with the reason; a check that could not fail on this run makes its scenario vacuous', () => {
    expect(j.scenarios.map((s) => [s.name, s.outcome, s.vacuous ?? false])).toEqual([
      ['idle', 'pass', true],
      ['tolerant', 'pass', true],
      ['checked', 'pass', false],
    ]);
    expect(j.scenarios[0]!.message).toMatch(/vacuous: only the steps' exit code 0 was checked/);
    const tolerant = j.scenarios[1]!;
    expect(tolerant.verdicts[0]!.vacuous).toMatch(/errors_allowed = 1000 tolerates every one of the 2 span\(s\) in scope being an ERROR/);
    expect(tolerant.message).toMatch(/vacuous: 1 check\(s\) could not have failed: scenario\[1\]\.expect\.status\.all: errors_allowed = 1000/);
  });

  it('are shown on the console with their own mark and the word vacuous, never a check mark, even with -q', () => {
    for (const options of [{}, { quiet: true }, { verbose: true }]) {
      const text = consoleText(j, options);
      expect(text).toContain(`${VACUOUS_MARK} idle 0.0s vacuous — passed (vacuous: only the steps' exit code 0 was checked`);
      expect(text).toContain(`${VACUOUS_MARK} tolerant 0.0s vacuous — passed (vacuous: 1 check(s) could not have failed`);
      expect(text).not.toMatch(/✓ idle|✓ tolerant/);
      expect(text).toContain('(2 vacuous)');
    }
    expect(consoleText(j)).toContain('✓ checked');
    // In verbose mode the vacuous verdict has the vacuous mark, not a check mark.
    expect(consoleText(j, { verbose: true })).toMatch(new RegExp(`${VACUOUS_MARK} every span OK \\(up to 1000 ERROR\\): .*\\(vacuous: errors_allowed = 1000`));
  });

  it('are named in a JUnit property per test case, and the document still validates against schemas/junit.xsd', () => {
    const xml = renderJunit(j, 'd'.repeat(64));
    expect(xml).toContain(`<property name="vacuous:idle" value="passed (vacuous: only the steps' exit code 0 was checked`);
    expect(xml).toMatch(/<property name="vacuous:tolerant" value="passed \(vacuous: 1 check\(s\) could not have failed/);
    expect(xml).not.toContain('vacuous:checked');
    const file = join(work, 'v.junit.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toContain('validates');
    expect(r.status).toBe(0);
    // The schema still rejects property names clnrm never writes.
    const bad = join(work, 'bad.junit.xml');
    writeFileSync(bad, xml.replace('name="vacuous:idle"', 'name="vacuous:"'));
    expect(spawnSync('xmllint', ['--noout', '--schema', SCHEMA, bad], { encoding: 'utf8' }).status).not.toBe(0);
  });
});

describe('vacuous scenarios with --strict', () => {
  const j = judged(true);

  it('fail with the reason, and JUnit reports a failure, not a vacuous property', () => {
    expect(j.scenarios.map((s) => [s.name, s.outcome])).toEqual([
      ['idle', 'fail'],
      ['tolerant', 'fail'],
      ['checked', 'pass'],
    ]);
    expect(j.scenarios[1]!.reason).toEqual({ type: 'vacuous' });
    expect(j.scenarios[1]!.message).toMatch(/errors_allowed = 1000 .*; --strict fails it/);
    expect(j.passed).toBe(false);
    const xml = renderJunit(j, 'd'.repeat(64));
    expect(xml).not.toContain('name="vacuous:');
    expect(xml).toMatch(/<testcase classname="v" name="tolerant" time="0.001">\s*<failure message="vacuous: 1 check/);
    expect(consoleText(j)).toMatch(/✗ tolerant 0.0s — vacuous: 1 check/);
  });

  it('fails a file expectation that could not have failed; without --strict it is shown as vacuous', () => {
    const source = `${SOURCE.split('[[scenario]]\nname = "idle"')[0]}[[scenario]]\nname = "checked"\nrun = "true"\n\n[[scenario.expect.span]]\nname = "clnrm.step:checked"\nstatus = "OK"\n\n[expect.status]\nall = "OK"\nerrors_allowed = 50\n`;
    const strict = judged(true, source);
    expect(strict.fileVerdicts[0]).toMatchObject({ passed: false, message: expect.stringMatching(/^vacuous: errors_allowed = 50 tolerates every one of the 3 span\(s\).*--strict fails it$/) });
    expect(strict.passed).toBe(false);
    const lax = judged(false, source);
    expect(lax.passed).toBe(true);
    expect(consoleText(lax)).toContain(`${VACUOUS_MARK} expect.status.all: every span OK (up to 50 ERROR) vacuous — errors_allowed = 50 tolerates every one of the 3 span(s)`);
  });

  it('errors_allowed below the number of spans is a real check', () => {
    const source = SOURCE.replace('errors_allowed = 1000', 'errors_allowed = 1');
    const j2 = judged(true, source);
    expect(j2.scenarios[1]).toMatchObject({ name: 'tolerant', outcome: 'pass' });
    expect(j2.scenarios[1]!.vacuous).toBeUndefined();
  });
});
