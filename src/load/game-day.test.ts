/**
 * `[game_day]`, scenario `hypothesis`, and the steady state's `detect` and `error_budget` at load
 * time: the model they build, and the forms rejected with the fix.
 */
import { describe, expect, it } from 'vitest';
import { loadSuiteSource, type LoadIssue, type Suite } from './index.js';

const suite = (head: string, scenario: string, steady = '') => `[meta]
name = "gd"
${head}
[service.api]
image = "clnrm-fixture/busybox:latest"

[[scenario]]
name = "restart"
run = "true"
${scenario}
[scenario.steady_state]
recover_within_ms = 2000
${steady}
[[scenario.steady_state.probe]]
name = "up"
type = "tcp"
service = "api"
port = 8080
`;

function load(source: string): Suite {
  const r = loadSuiteSource('gd.clnrm.toml', source, { env: {} });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.suite;
}

function issues(source: string): LoadIssue[] {
  const r = loadSuiteSource('gd.clnrm.toml', source, { env: {} });
  return r.ok ? [] : r.issues;
}

describe('game day format', () => {
  it('builds the game day, the hypothesis, detection and the error budget', () => {
    const s = load(
      suite(
        '\n[game_day]\nname = "api resilience"\ndescription = "one restart"\n',
        'hypothesis = "the api survives a restart"',
        'detect = ["probes", { span = "checkout" }]\nerror_budget = { span = "http.request", budget_pct = 1 }\n',
      ),
    );
    expect(s.gameDay).toEqual({ name: 'api resilience', description: 'one restart' });
    expect(s.scenarios[0]!.hypothesis).toBe('the api survives a restart');
    expect(s.scenarios[0]!.steadyState!.detect).toEqual({ probes: true, span: 'checkout' });
    expect(s.scenarios[0]!.steadyState!.errorBudget).toEqual({ span: 'http.request', budgetPct: 1 });
  });

  it('detect defaults to the probes; a span alone leaves the probes out', () => {
    expect(load(suite('', '')).scenarios[0]!.steadyState!.detect).toBeUndefined();
    expect(load(suite('', '', 'detect = "probes"\n')).scenarios[0]!.steadyState!.detect).toEqual({ probes: true });
    expect(load(suite('', '', 'detect = { span = "check*" }\n')).scenarios[0]!.steadyState!.detect).toEqual({ probes: false, span: 'check*' });
  });

  it('rejects a game day without a hypothesis, and a hypothesis without a game day', () => {
    expect(issues(suite('\n[game_day]\nname = "x"\n', '')).map((i) => i.message)).toContainEqual(expect.stringContaining('a game day with no hypothesis'));
    const orphan = issues(suite('', 'hypothesis = "h"'));
    expect(orphan.map((i) => i.message)).toContainEqual(expect.stringContaining('has no `[game_day]`'));
    expect(orphan[0]!.line).toBe(10);
  });

  it('rejects a bound on error_budget_used_pct without an error budget, and a bound every value meets', () => {
    const noBudget = issues(suite('', '', '') + '\n[scenario.expect.kpi]\nerror_budget_used_pct = { max = 100 }\n');
    expect(noBudget.map((i) => i.message)).toContainEqual(expect.stringContaining('measured only with `[scenario.steady_state] error_budget`'));
    const always = issues(suite('', '', 'error_budget = { span = "http.request", budget_pct = 1 }\n') + '\n[scenario.expect.kpi]\nerror_budget_used_pct = { min = 0 }\n');
    expect(always.map((i) => i.message)).toContainEqual(expect.stringContaining('always true: every value of error_budget_used_pct'));
  });

  it('rejects two span detectors', () => {
    expect(issues(suite('', '', 'detect = [{ span = "a" }, { span = "b" }]\n')).map((i) => i.message)).toContainEqual(expect.stringContaining('more than one span detector'));
    expect(load(suite('', '', 'detect = ["probes"]\n')).scenarios[0]!.steadyState!.detect).toEqual({ probes: true });
  });

  it('rejects an unknown detector and a budget of 0 % by the schema', () => {
    expect(issues(suite('', '', 'detect = "logs"\n')).length).toBeGreaterThan(0);
    expect(issues(suite('', '', 'error_budget = { span = "x", budget_pct = 0 }\n')).length).toBeGreaterThan(0);
  });
});
