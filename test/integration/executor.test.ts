/**
 * The executor on the real engine: outcomes, timeouts (with the process
 * verified gone), readiness, expect_failure, OOM, retries, parallelism, and
 * cleanup that leaves nothing labelled behind.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BUSYBOX, docker, header, managedLeft, removeKeptRun, runSuites, suiteFrom } from './helpers.js';

const one = async (toml: string) => {
  const summary = await runSuites([suiteFrom(toml)]);
  const judged = summary.suites[0]!;
  return { summary, judged, scenario: judged.scenarios[0]!, spans: judged.spans };
};

describe('executor on the real engine', () => {
  afterAll(() => {
    expect(managedLeft()).toEqual([]);
  });

  it('passes a step that exits 0 and matches its output, in the service container', async () => {
    const { scenario, spans } = await one(`${header('pass')}
[[scenario]]
name = "ok"
run = "echo hello; hostname"
expected_output_regex = "hello"
`);
    expect(scenario.outcome).toBe('pass');
    expect(scenario.steps[0]!.stdout.text).toContain('hello');
    const step = spans.find((s) => s.name === 'clnrm.step:ok')!;
    expect(step.status).toBe('OK');
    expect(step.attributes['exit.code']).toBe(0);
    expect(spans.find((s) => s.name === 'clnrm.cleanup')!.attributes['cleanup.success']).toBe(true);
  });

  it('fails on a wrong exit code and on an output mismatch, with typed reasons', async () => {
    const { judged } = await one(`${header('fails')}
[[scenario]]
name = "exit3"
run = "echo out; echo err >&2; exit 3"

[[scenario]]
name = "mismatch"
run = "echo goodbye"
expected_output_regex = "^hello"
`);
    const [exit3, mismatch] = judged.scenarios;
    expect(exit3!.outcome).toBe('fail');
    expect(exit3!.reason).toEqual({ type: 'exit_code', exitCode: 3, expected: 0 });
    expect(exit3!.steps[0]!.stdout.text).toBe('out\n');
    expect(exit3!.steps[0]!.stderr.text).toBe('err\n');
    expect(mismatch!.outcome).toBe('fail');
    expect(mismatch!.reason?.type).toBe('output_mismatch');
  });

  it('kills a step at its hard timeout, and the process (and its children) are gone afterwards', async () => {
    const summary = await runSuites([
      suiteFrom(`${header('hard', '[cleanup]\ncontainers = "never"')}
[[scenario]]
name = "sleeper"
run = "sleep 313 & sleep 314"
timeout_ms = 800
timeout_strategy = "hard"
`),
    ]);
    const judged = summary.suites[0]!;
    const scenario = judged.scenarios[0]!;
    expect(scenario.outcome).toBe('fail');
    expect(scenario.reason).toEqual({ type: 'timeout', kind: 'step', timeoutMs: 800 });
    const enforced = judged.spans.find((s) => s.name === 'clnrm.timeout.enforced')!;
    expect(enforced.attributes['timeout.ms']).toBe(800);
    const hard = judged.spans.find((s) => s.name === 'clnrm.timeout.hard')!;
    expect(hard.parentSpanId).toBe(enforced.spanId);
    // Independent check: the container was kept; no sleep of the step survives in it.
    const run = summary.suites[0]!.run.runId;
    const ids = docker(['ps', '-q', '--filter', `label=clnrm.run=${run}`]).stdout.split('\n').filter(Boolean);
    expect(ids).toHaveLength(1);
    const ps = docker(['exec', ids[0]!, 'ps', '-o', 'pid,args']).stdout;
    expect(ps).not.toMatch(/sleep 31[34]/);
    expect(ps).toMatch(/sleep 3600/);
    expect(removeKeptRun(run)).toEqual([]);
  });

  it('graceful timeout: a trapped SIGTERM is honoured, an ignored one is followed by SIGKILL after the grace period', async () => {
    const { judged } = await one(`${header('graceful')}
[[scenario]]
name = "honours"
run = "trap 'echo got-term; exit 0' TERM; while true; do sleep 0.1; done"
timeout_ms = 700
timeout_strategy = "graceful"
grace_period_ms = 4000

[[scenario]]
name = "ignores"
run = "trap '' TERM; while true; do sleep 0.1; done"
timeout_ms = 700
timeout_strategy = "graceful"
grace_period_ms = 600
`);
    const [honours, ignores] = judged.scenarios;
    expect(honours!.reason?.type).toBe('timeout');
    expect(honours!.steps[0]!.stdout.text).toContain('got-term');
    expect(honours!.durationMs).toBeLessThan(4000);
    const sub = (name: string) => {
      const root = judged.spans.find((s) => s.name === `clnrm.scenario:${name}`)!;
      const ids = new Set([root.spanId]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const s of judged.spans) if (s.parentSpanId && ids.has(s.parentSpanId) && !ids.has(s.spanId)) (ids.add(s.spanId), (grew = true));
      }
      return judged.spans.filter((s) => ids.has(s.spanId));
    };
    const h = sub('honours');
    expect(h.find((s) => s.name === 'clnrm.timeout.graceful')!.attributes['timeout.honoured']).toBe(true);
    expect(h.some((s) => s.name === 'clnrm.timeout.hard')).toBe(false);
    const i = sub('ignores');
    const graceful = i.find((s) => s.name === 'clnrm.timeout.graceful')!;
    const hard = i.find((s) => s.name === 'clnrm.timeout.hard')!;
    expect(hard.parentSpanId).toBe(graceful.spanId);
    expect(hard.attributes.preceded_by).toBe('SIGTERM');
    expect(hard.startMs - graceful.startMs).toBeGreaterThanOrEqual(550);
    expect(ignores!.reason?.type).toBe('timeout');
  });

  it('fails a scenario whose service never becomes ready, with its last log lines', async () => {
    const { scenario } = await one(`
[meta]
name = "notready"

[service.slow]
image = "${BUSYBOX}"
args = ["sh", "-c", "echo starting-up; sleep 3600"]
wait = { log = "never-printed", timeout_ms = 800 }

[[scenario]]
name = "waits"
run = "true"
`);
    expect(scenario.outcome).toBe('fail');
    expect(scenario.reason).toEqual({ type: 'not_ready', service: 'slow' });
    expect(scenario.message).toContain('never became ready');
    expect(scenario.message).toContain('starting-up');
  });

  it('expect_failure turns an expected failure into a pass and an unexpected success into a failure', async () => {
    const { judged } = await one(`${header('expectfail')}
[[scenario]]
name = "fails_as_expected"
run = "exit 1"
expect_failure = true

[[scenario]]
name = "passes_unexpectedly"
run = "true"
expect_failure = true
`);
    expect(judged.scenarios[0]!.outcome).toBe('pass');
    expect(judged.scenarios[0]!.message).toContain('failed as expected');
    expect(judged.scenarios[1]!.outcome).toBe('fail');
    expect(judged.scenarios[1]!.reason?.type).toBe('unexpected_success');
  });

  it('reports an OOM kill under a memory limit as oom_killed', async () => {
    const { scenario, spans } = await one(`
[meta]
name = "oom"

[service.small]
image = "${BUSYBOX}"
args = ["sleep", "3600"]
limits = { memory_mb = 16 }

[[scenario]]
name = "allocates"
run = "tail /dev/zero"
timeout_ms = 30000
`);
    expect(scenario.reason?.type).toBe('oom_killed');
    expect(spans.find((s) => s.name === 'clnrm.step:allocates')!.attributes['error.type']).toBe('oom_killed');
  });

  it('retries with exponential backoff until the step passes', async () => {
    const { scenario, spans } = await one(`${header('retries')}
[[scenario]]
name = "flaky"
run = "n=$(cat /tmp/n 2>/dev/null || echo 0); n=$((n+1)); echo $n > /tmp/n; [ $n -ge 3 ]"
retries = { max = 4, backoff_ms = 150, factor = 2 }
`);
    expect(scenario.outcome).toBe('pass');
    expect(scenario.steps[0]!.attempts).toBe(3);
    const step = spans.find((s) => s.name === 'clnrm.step:flaky')!;
    const waits = step.events.filter((e) => e.name === 'retry').map((e) => e.attributes['retry.backoff_ms']);
    expect(waits).toEqual([150, 300]);
    expect(scenario.durationMs).toBeGreaterThanOrEqual(450);
  });

  it('runs scenarios in parallel with --jobs and reports them in file order', async () => {
    const scenarios = ['a', 'b', 'c', 'd'].map((n, i) => `[[scenario]]\nname = "${n}"\nrun = "sleep ${i === 0 ? 2 : 1}"\n`).join('\n');
    const started = Date.now();
    const summary = await runSuites([suiteFrom(`${header('parallel')}\n${scenarios}`)], { jobs: 4 });
    const elapsed = Date.now() - started;
    const judged = summary.suites[0]!;
    expect(judged.scenarios.map((s) => s.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(judged.scenarios.every((s) => s.outcome === 'pass')).toBe(true);
    // Sequential would take at least 5 s of sleeping alone.
    const sequential = judged.scenarios.reduce((n, s) => n + s.durationMs, 0);
    expect(elapsed).toBeLessThan(sequential);
  });

  it('a step in a one-off container of its own image', async () => {
    const { scenario } = await one(`
[meta]
name = "oneoff"

[[scenario]]
name = "image_step"
image = "${BUSYBOX}"
run = ["sh", "-c", "echo from-image; echo e >&2; exit 4"]
expect_exit_code = 4
expected_output_regex = "from-image"
`);
    expect(scenario.outcome).toBe('pass');
    expect(scenario.steps[0]!.stderr.text).toBe('e\n');
  });
});
