/**
 * Anchors on the real engine: a timed fault counts from the observed start of
 * its step's process, not from the scenario's start; a fault whose step never
 * ran is skipped, not fired; a deadline does not count service start-up.
 */
import { describe, expect, it } from 'vitest';
import { BUSYBOX, header as suiteHeader, managedLeft, runSuites, suiteFrom } from './helpers.js';

const header = (name: string) => suiteHeader(name, '', 3);

async function runOne(text: string) {
  const judged = (await runSuites([suiteFrom(text)])).suites[0]!;
  const scenario = judged.scenarios[0]!;
  const span = (name: string) => judged.spans.filter((s) => s.name === name);
  return { judged, scenario, span };
}

describe('fault anchors', () => {
  it('a fault with step = "second" and delay_ms = 300 kills the container 300 ms into `second`, not into the 2 s `first`', { timeout: 120_000 }, async () => {
    const { scenario, span } = await runOne(`${header('anchor_step')}
[[scenario]]
name = "kill_in_second"
service = "app"
timeout_ms = 30000
expect_failure = true
steps = [
  { name = "first", run = "sleep 2; echo first-done", expected_output_regex = "first-done" },
  { name = "second", run = "sleep 30" },
]
chaos = [{ type = "kill_container", target = "app", step = "second", delay_ms = 300 }]
`);
    expect(scenario.steps.map((s) => [s.name, s.outcome])).toEqual([
      ['first', 'pass'],
      ['second', 'fail'],
    ]);
    expect(scenario.steps[1]!.reason).toMatchObject({ type: 'container_killed', exitCode: 137 });
    const kill = span('clnrm.chaos.kill_container');
    expect(kill).toHaveLength(1);
    expect(kill[0]!.attributes).toMatchObject({ 'chaos.anchor': 'step:second', 'chaos.at_ms': 300, 'chaos.injected': true });
    // The kill came after `second` was observed running, and `first` was left alone.
    const first = span('clnrm.step:first')[0]!;
    const second = span('clnrm.step:second')[0]!;
    expect(kill[0]!.startMs).toBeGreaterThanOrEqual(first.endMs);
    expect(kill[0]!.startMs - second.startMs).toBeGreaterThanOrEqual(300);
    expect(second.attributes).toMatchObject({ degraded: true, 'chaos.active': 'kill_container' });
    expect(first.attributes.degraded).toBeUndefined();
    expect(managedLeft()).toEqual([]);
  });

  it('a fault timed from a step that never ran is recorded as skipped (anchor_not_reached), never fired', { timeout: 120_000 }, async () => {
    const { scenario, span } = await runOne(`${header('anchor_unreached')}
[[scenario]]
name = "never_reached"
service = "app"
expect_failure = true
steps = [
  { name = "first", run = "exit 1" },
  { name = "second", run = "sleep 5" },
]
chaos = [{ type = "kill_container", target = "app", step = "second", delay_ms = 100 }]
`);
    expect(scenario.outcome).toBe('pass');
    expect(span('clnrm.chaos.kill_container')).toHaveLength(0);
    const skipped = span('clnrm.scenario:never_reached')[0]!.events.filter((e) => e.name === 'chaos.skipped');
    expect(skipped.map((e) => e.attributes)).toEqual([{ 'chaos.type': 'kill_container', 'chaos.occurrence': 0, reason: 'anchor_not_reached', 'chaos.anchor': 'step:second' }]);
  });
});

describe('deadlines', () => {
  it('deadline_ms counts from when the first step runs: a 5 s service start-up does not eat a 4 s deadline', { timeout: 120_000 }, async () => {
    const { scenario, span } = await runOne(`
[meta]
name = "deadline_startup"

[determinism]
seed = 3

[service.slow]
image = "${BUSYBOX}"
args = ["sh", "-c", "sleep 5; touch /tmp/ready; sleep 3600"]
wait = { command = "test -f /tmp/ready", interval_ms = 100, timeout_ms = 30000 }

[[scenario]]
name = "slow_start"
deadline_ms = 4000
steps = [{ name = "quick", service = "slow", run = "sleep 0.5; echo ok", expected_output_regex = "ok" }]
`);
    expect(scenario.outcome, scenario.message).toBe('pass');
    expect(span('clnrm.timeout.enforced')).toHaveLength(0);
    // The service really took its 5 s: had the deadline counted start-up, it would have fired before the step.
    const started = span('clnrm.service.start')[0]!;
    expect(started.endMs - started.startMs).toBeGreaterThanOrEqual(4900);
  });
});
