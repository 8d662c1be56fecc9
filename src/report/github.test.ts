import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import pc from 'picocolors';
import { loadSuite } from '../../test/kit/index.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { JudgedScenario, JudgedSuite } from '../validate/judge.js';
import type { Verdict } from '../validate/types.js';
import { scenarioEndLine } from './console.js';
import { dotReporter } from './dot.js';
import { escapeData, escapeProperty, formatAnnotation, githubReporter } from './github.js';

const SOURCE = `[meta]
name = "gh"

[service.app]
image = "fake"

[[scenario]]
name = "checked"
steps = [{ name = "a", service = "app", run = "true" }]

[scenario.expect.status]
all = "OK"

[[scenario]]
name = "stepfail"
steps = [
  { name = "first", service = "app", run = "true" },
  { name = "second", service = "app", run = "exit 3" },
]

[[scenario]]
name = "idle"
steps = [{ name = "a", service = "app", run = "true" }]
`;
const suite = loadSuite(SOURCE, { env: {} }, 'tests/gh.clnrm.toml');

const result = (name: string, extra: Partial<ScenarioResult> = {}): ScenarioResult => ({ name, outcome: 'pass', message: 'passed', steps: [], leaks: [], startedAt: 0, durationMs: 1200, artifacts: [], ...extra });
const failedVerdict: Verdict = {
  keyPath: 'scenario[0].expect.status.all',
  description: 'every span has status OK',
  passed: false,
  message: '2 span(s) have status ERROR: a, b\nsecond line: 100% sure',
  line: 12,
  column: 7,
} as Verdict;

function judged(): JudgedSuite {
  const scenarios: JudgedScenario[] = [
    { ...result('checked'), outcome: 'fail', message: '1 expectation(s) failed', verdicts: [failedVerdict] },
    { ...result('stepfail'), outcome: 'fail', message: 'step second: exit code 3, expected 0', verdicts: [], steps: [{ name: 'first', outcome: 'pass' }, { name: 'second', outcome: 'fail' }] as ScenarioResult['steps'] },
    { ...result('idle'), vacuous: true, message: 'passed (vacuous: only the steps\' exit code 0 was checked)', verdicts: [] },
  ];
  return { run: { suite, seed: 5 } as JudgedSuite['run'], scenarios, fileVerdicts: [], spans: [], passed: false };
}

function capture() {
  let text = '';
  const out = new Writable({ write: (c, _e, done) => ((text += String(c)), done()) });
  return { out, text: () => text };
}

describe('github reporter', () => {
  it('escapes messages (%, CR, LF) and properties (also : and ,) as the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(formatAnnotation({ level: 'error', file: 'x,y:z.toml', line: 3, col: 4, title: 's › a', message: 'm: 1, 2\n' })).toBe('::error file=x%2Cy%3Az.toml,line=3,col=4,title=s › a::m: 1, 2%0A');
  });

  it('writes an ::error per failed expectation at its line and column, one at the failed step, and a ::warning for a vacuous pass', () => {
    const c = capture();
    const reporter = githubReporter({ out: c.out });
    reporter.suiteEnd!(judged(), { digest: 'd'.repeat(64), reports: [] });
    const stepLine = suite.locate(suite.scenarios[1]!.steps[1]!.keyPath)!;
    const idleLine = suite.locate(suite.scenarios[2]!.keyPath)!;
    expect(c.text().split('\n')).toEqual([
      '::error file=tests/gh.clnrm.toml,line=12,col=7,title=gh › checked::scenario[0].expect.status.all: every span has status OK: 2 span(s) have status ERROR: a, b%0Asecond line: 100%25 sure',
      `::error file=tests/gh.clnrm.toml,line=${stepLine.line},col=${stepLine.column},title=gh › stepfail::failed: step second: exit code 3, expected 0`,
      `::warning file=tests/gh.clnrm.toml,line=${idleLine.line},col=${idleLine.column},title=gh › idle::vacuous: passed (vacuous: only the steps' exit code 0 was checked)`,
      '',
    ]);
    // Line 18 of SOURCE is the failed step `second`.
    expect(stepLine.line).toBe(18);
  });

  it('annotates a digest that differs from the baseline', () => {
    const c = capture();
    const j = { ...judged(), scenarios: [] };
    githubReporter({ out: c.out }).suiteEnd!(j, { digest: 'a'.repeat(64), reports: [], baseline: { digest: 'b'.repeat(64), matches: false, source: 'base/gh.trace.sha256' } });
    expect(c.text()).toBe(`::error file=tests/gh.clnrm.toml,title=gh::trace digest ${'a'.repeat(64)} differs from the baseline ${'b'.repeat(64)} (base/gh.trace.sha256)\n`);
  });
});

describe('the line at a scenario\'s end', () => {
  const color = pc.createColors(false);
  it('is the final verdict: the mark of the judged outcome, the reason unless it passed, vacuous passes marked', () => {
    const [checked, stepfail, idle] = judged().scenarios;
    expect(scenarioEndLine(suite, checked!, color)).toBe('  ✗ gh › checked 1.2s — 1 expectation(s) failed');
    expect(scenarioEndLine(suite, stepfail!, color)).toBe('  ✗ gh › stepfail 1.2s — step second: exit code 3, expected 0');
    expect(scenarioEndLine(suite, idle!, color)).toBe("  ○ gh › idle 1.2s vacuous — passed (vacuous: only the steps' exit code 0 was checked)");
    expect(scenarioEndLine(suite, { ...result('checked'), verdicts: [] }, color)).toBe('  ✓ gh › checked 1.2s');
    expect(scenarioEndLine(suite, { ...result('checked'), verdicts: [] }, color, true)).toBe('  ✓ gh › checked 1.2s — passed');
    expect(scenarioEndLine(suite, { ...result('stepfail', { outcome: 'error', message: 'engine lost' }), verdicts: [] }, color)).toBe('  ! gh › stepfail 1.2s — engine lost');
  });
});

describe('dot reporter', () => {
  it('prints a character per scenario as it ends, then the failures and the totals', () => {
    const c = capture();
    const r = dotReporter({ out: c.out, env: {} });
    const j = judged();
    for (const sc of j.scenarios) r.scenarioEnd!(suite, sc);
    r.scenarioEnd!(suite, { ...result('later', { outcome: 'error' }), verdicts: [] });
    expect(c.text()).toBe('xx.E');
    r.suiteEnd!(j, { digest: 'd'.repeat(64), reports: [] });
    r.summary({ suites: [j], outcomes: [], reportInputs: [], passed: 1, failed: 2, errors: 0, skipped: 0, leaks: 0, digestMismatches: 0, unverifiedCleanups: 0, interrupted: false, durationMs: 10 });
    const lines = c.text().split('\n');
    expect(lines[0]).toBe('xx.E');
    expect(c.text()).toContain('✗ checked 1.2s — 1 expectation(s) failed');
    expect(c.text()).toContain('○ idle 1.2s vacuous');
    expect(c.text()).toMatch(/1 passed \(1 vacuous\), 2 failed, 0 errors, 0 leaks in 0\.0s\nreproduce: clnrm run tests\/gh\.clnrm\.toml --seed 5 --filter '\^\(checked\|stepfail\)\$'\n$/);
  });
});
