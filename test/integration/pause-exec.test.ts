/**
 * A step whose service is paused by a fault, on the real engine: it waits for
 * the unpause, or fails with reason `service_paused` naming the fault — never
 * with the engine's `Container … is paused` error.
 */
import { describe, expect, it } from 'vitest';
import { BUSYBOX, header, runSuites, suiteFrom } from './helpers.js';

const SUITE = `${header('pause_exec')}
[[scenario]]
name = "waits_for_unpause"
chaos = [{ name = "freeze", type = "pause_container", target = "app", at_ms = 0, duration_ms = 1500 }]
steps = [{ name = "in_paused", service = "app", run = "echo up", timeout_ms = 20000 }]

[[scenario]]
name = "paused_until_cleanup"
chaos = [{ name = "freeze_forever", type = "pause_container", target = "app", at_ms = 0 }]
steps = [{ name = "in_frozen", service = "app", run = "echo never" }]

[[scenario]]
name = "timeout_first"
chaos = [{ name = "long_freeze", type = "pause_container", target = "app", at_ms = 0, duration_ms = 30000 }]
steps = [{ name = "short", service = "app", run = "echo never", timeout_ms = 1000 }]

[[scenario]]
name = "paused_mid_scenario"
chaos = [{ name = "late_freeze", type = "pause_container", target = "app", at_ms = 300, duration_ms = 1500 }]
steps = [
    { name = "before", image = "${BUSYBOX}", run = "sleep 1" },
    { name = "after", service = "app", run = "echo thawed" },
]
`;

describe('steps in a paused service (real engine)', () => {
  it('wait for the unpause, or fail naming the fault; never an engine error', { timeout: 180_000 }, async () => {
    const summary = await runSuites([suiteFrom(SUITE)]);
    const judged = summary.suites[0]!;
    const scenario = (name: string) => judged.scenarios.find((s) => s.name === name)!;
    const all = judged.scenarios.flatMap((s) => s.steps);
    for (const st of all) {
      expect(st.message).not.toMatch(/Container \S+ is paused|engine error/i);
      expect(st.reason?.type).not.toBe('engine_error');
    }

    // 1. Paused at the start for 1.5 s: the step waits, then runs and passes.
    const waits = scenario('waits_for_unpause');
    expect(waits.outcome, waits.message).toBe('pass');
    const inPaused = waits.steps[0]!;
    expect(inPaused.stdout.text).toBe('up\n');
    const recovery = judged.spans.find((s) => s.name === 'clnrm.recovery' && s.attributes['chaos.type'] === 'pause_container' && s.startMs >= inPaused.startedAt);
    expect(recovery, 'the unpause happened during the step').toBeDefined();
    // The step ended after the unpause began: it ran in the thawed container.
    expect(inPaused.startedAt + inPaused.durationMs).toBeGreaterThanOrEqual(recovery!.startMs);
    const stepSpan = judged.spans.find((s) => s.name === 'clnrm.step:in_paused')!;
    expect(stepSpan.attributes).toMatchObject({ degraded: true, 'chaos.active': 'pause_container', result: 'pass' });

    // 2. Paused until cleanup: fails at once with a reason naming the fault.
    const frozen = scenario('paused_until_cleanup').steps[0]!;
    expect(frozen.outcome).toBe('fail');
    expect(frozen.reason).toEqual({ type: 'service_paused', service: 'app', fault: 'freeze_forever' });
    expect(frozen.message).toBe(
      "service `app` is paused by fault `freeze_forever` (pause_container) until the scenario's cleanup, so the step cannot run in it (give the fault a duration_ms, or run the step in another service)",
    );
    expect(frozen.durationMs).toBeLessThan(5000);
    const frozenSpan = judged.spans.find((s) => s.name === 'clnrm.step:in_frozen')!;
    expect(frozenSpan.status).toBe('ERROR');
    expect(frozenSpan.attributes['error.type']).toBe('service_paused');

    // 3. The step's own timeout comes before the pause's end.
    const short = scenario('timeout_first').steps[0]!;
    expect(short.reason).toEqual({ type: 'service_paused', service: 'app', fault: 'long_freeze' });
    expect(short.message).toBe('service `app` was still paused by fault `long_freeze` (pause_container) when the step timeout of 1000 ms was reached; the step never started');
    expect(short.durationMs).toBeGreaterThanOrEqual(1000);
    expect(short.durationMs).toBeLessThan(10_000);

    // 4. Paused while an earlier step ran: the next step in that service waits and passes.
    const mid = scenario('paused_mid_scenario');
    expect(mid.outcome, mid.message).toBe('pass');
    expect(mid.steps[1]!.stdout.text).toBe('thawed\n');

    // Every pause was reverted and nothing is left.
    const recoveries = judged.spans.filter((s) => s.name === 'clnrm.recovery');
    expect(recoveries.map((s) => s.attributes['recovery.success'])).toEqual([true, true, true, true]);
    expect(summary.leaks).toBe(0);
    expect(judged.scenarios.flatMap((s) => s.leaks)).toEqual([]);
  });
});
