/**
 * freeze_clock on the real engine: the processes inside the containers see the
 * frozen instant (libfaketime copied into unmodified fixture images), `date` in
 * a busybox step included; a static main process is reported as not faked.
 */
import { describe, expect, it } from 'vitest';
import { BUSYBOX, managedLeft, runSuites, suiteFrom } from './helpers.js';

const NODE = 'clnrm-fixture/node:latest';
const FROZEN = '2025-01-01T00:00:00Z';
const NODE_NOW = `node -e "console.log('now=' + new Date(Date.now()).toISOString())"`;

const suite = (clock: string) =>
  suiteFrom(`
[meta]
name = "clock_${clock}"

[determinism]
seed = 1
freeze_clock = "${FROZEN}"
clock = "${clock}"

[service.box]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[service.js]
image = "${NODE}"
args = ["node", "-e", "setInterval(() => {}, 1000)"]

[service.real]
image = "${BUSYBOX}"
args = ["sleep", "3600"]
clock = "real"

[[scenario]]
name = "sees_clock"
services = ["box", "js", "real"]
steps = [
  { name = "real_date", service = "real", run = "date -u +date=%Y-%m-%dT%H:%M:%SZ" },
  { name = "busybox_date", service = "box", run = "date -u +date=%Y-%m-%dT%H:%M:%SZ" },
  { name = "node_now", service = "js", run = ${JSON.stringify(NODE_NOW)} },
  { name = "image_step", image = "${NODE}", run = ${JSON.stringify(NODE_NOW)} },
  { name = "timers_work", service = "js", run = "node -e \\"setTimeout(() => console.log('timer fired'), 200)\\"", expected_output_regex = "timer fired" },
]
`);

async function run(clock: string) {
  const summary = await runSuites([suite(clock)]);
  const judged = summary.suites[0]!;
  const scenario = judged.scenarios[0]!;
  expect(scenario.outcome, scenario.message).toBe('pass');
  const out = (step: string) => scenario.steps.find((s) => s.name === step)!.stdout.text;
  const started = (service: string) => judged.spans.find((s) => s.name === 'clnrm.service.start' && s.attributes['service.name'] === service)!;
  return { judged, out, started };
}

describe('freeze_clock inside containers', () => {
  it('frozen: busybox `date`, node Date.now() in a service and in an image step all show the frozen instant', { timeout: 120_000 }, async () => {
    const { out, started } = await run('frozen');
    expect(out('busybox_date').trim()).toBe(`date=${FROZEN}`);
    expect(out('node_now').trim()).toBe('now=2025-01-01T00:00:00.000Z');
    expect(out('image_step').trim()).toBe('now=2025-01-01T00:00:00.000Z');
    expect(out('timers_work')).toContain('timer fired'); // monotonic clock untouched: timers still fire
    // The node service's main process loaded libfaketime; busybox's static `sleep` cannot, and the span says so.
    expect(started('js').attributes).toMatchObject({ 'clock.mode': 'frozen', 'clock.main_process': 'node', 'clock.main_process_faked': true });
    expect(started('box').attributes).toMatchObject({ 'clock.mode': 'frozen', 'clock.main_process': 'sleep', 'clock.main_process_faked': false });
    expect(started('box').events.find((e) => e.name === 'clock.not_applied')?.attributes.reason).toBe('not_loaded');
    expect(managedLeft()).toEqual([]);
  });

  it('advancing: the clock starts at the frozen instant when the run starts and runs on; clock = "real" opts a service out', { timeout: 120_000 }, async () => {
    const { out, started } = await run('advancing');
    const nodeNow = Date.parse(/now=(\S+)/.exec(out('node_now'))![1]!);
    expect(nodeNow).toBeGreaterThanOrEqual(Date.parse(FROZEN));
    expect(nodeNow).toBeLessThan(Date.parse(FROZEN) + 120_000);
    const boxNow = Date.parse(/date=(\S+)/.exec(out('busybox_date'))![1]!);
    expect(boxNow).toBeGreaterThanOrEqual(Date.parse(FROZEN));
    expect(boxNow).toBeLessThan(Date.parse(FROZEN) + 120_000);
    expect(started('js').attributes['clock.mode']).toBe('advancing');
    // clock = "real": no libfaketime, no prelude's effect: the real time.
    const realNow = Date.parse(/date=(\S+)/.exec(out('real_date'))![1]!);
    expect(Math.abs(realNow - Date.now())).toBeLessThan(120_000);
    expect(started('real').attributes['clock.mode']).toBeUndefined();
  });
});
