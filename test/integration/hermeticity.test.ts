/**
 * Hermeticity on the real engine: `no_process_leakage` finds every process a
 * step left behind (setsid'd, double-forked) by the container's process table,
 * without blaming the service's own children; `no_external_services` reads the
 * peers the system under test reports over OTLP and allows the scenario's own
 * containers by name, alias and address.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { SpanRecord } from '../../src/telemetry/span-record.js';
import { BUSYBOX, header, managedLeft, runSuites, suiteFrom } from './helpers.js';

afterAll(() => {
  expect(managedLeft()).toEqual([]);
});

const attr = (spans: readonly SpanRecord[], name: string, key: string) => spans.find((s) => s.name === name)?.attributes[key];

describe('no_process_leakage on the real engine', () => {
  it('finds a setsid\'d child and a double-forked daemon, kills them, and leaves the service\'s own children alone', async () => {
    const suite = suiteFrom(`${header('leaks')}
[service.busy]
image = "${BUSYBOX}"
# The service forks a child every 100 ms in its own session, also while the steps run.
args = ["sh", "-c", "while true; do sleep 0.1; done"]

[[scenario]]
name = "setsid_child"
services = ["app"]
run = "setsid sh -c 'sleep 300' & echo started"
expected_output_regex = "started"
[scenario.expect.hermeticity]
no_process_leakage = true

[[scenario]]
name = "double_fork"
services = ["app"]
run = "(setsid sh -c 'sleep 301 & exit 0' &); sleep 0.2; echo started"
expected_output_regex = "started"
[scenario.expect.hermeticity]
no_process_leakage = true

[[scenario]]
name = "service_children_are_not_the_step_s"
services = ["busy"]
run = "sleep 1; echo done"
expected_output_regex = "done"
[scenario.expect.hermeticity]
no_process_leakage = true

[[scenario]]
name = "timeout_reaches_setsid_child"
services = ["app"]
run = "setsid sh -c 'sleep 302' & sleep 60"
timeout_ms = 1500
expect_failure = true
[scenario.expect.hermeticity]
no_process_leakage = true
`);
    const summary = await runSuites([suite]);
    const judged = summary.suites[0]!;
    const [setsid, double, busy, timeout] = judged.scenarios;
    const spans = judged.spans;

    expect(setsid!.outcome, setsid!.message).toBe('fail');
    expect(setsid!.message).toContain('clnrm.step:setsid_child left 1 process(es) running: "sleep 300"');
    expect(attr(spans, 'clnrm.step:setsid_child', 'processes.leaked')).toBe(1);
    expect(attr(spans, 'clnrm.step:setsid_child', 'processes.leaked.commands')).toEqual(['sleep 300']);

    expect(double!.outcome, double!.message).toBe('fail');
    expect(double!.message).toContain('clnrm.step:double_fork left 1 process(es) running: "sleep 301"');

    expect(busy!.outcome, busy!.message).toBe('pass');
    expect(attr(spans, 'clnrm.step:service_children_are_not_the_step_s', 'processes.leaked')).toBe(0);

    // The timeout's kill reaches the process in its own session: nothing remains, so nothing leaked.
    expect(timeout!.outcome, timeout!.message).toBe('pass');
    const step = spans.find((s) => s.name === 'clnrm.step:timeout_reaches_setsid_child')!;
    const enforced = spans.find((s) => s.name === 'clnrm.timeout.enforced' && s.parentSpanId === step.spanId)!;
    const cleanup = spans.find((s) => s.name === 'clnrm.cleanup' && s.parentSpanId === enforced.spanId)!;
    expect(cleanup.attributes['processes.remaining']).toBe(0);
    expect(cleanup.attributes['cleanup.success']).toBe(true);
  }, 240_000);
});

describe('no_external_services on the real engine', () => {
  it('fails on a url.full outside the scenario and passes for a service called by name and by container address', async () => {
    const suite = suiteFrom(`
[meta]
name = "peers"

[determinism]
seed = 7

[service.api]
image = "clnrm-fixture/sut:latest"
args = ["node", "/app/sut.mjs", "serve", "8080"]
wait = { port = 8080 }

[[scenario]]
name = "outside"
run = "node /app/sut.mjs call http://example.com/; echo called"
expected_output_regex = "called"
[scenario.expect.hermeticity]
no_external_services = true

[[scenario]]
name = "inside"
run = "node /app/sut.mjs call http://api:8080/work && node /app/sut.mjs call http://$(hostname -i):8080/work"
expected_output_regex = "call ok"
[[scenario.expect.span]]
name = "sut.call"
count = { eq = 2 }
[scenario.expect.hermeticity]
no_external_services = true
`);
    const summary = await runSuites([suite]);
    const [outside, inside] = summary.suites[0]!.scenarios;
    expect(outside!.outcome).toBe('fail');
    expect(outside!.message).toContain('sut.call talks to example.com (url.full = "http://example.com/")');
    expect(outside!.message).toContain('sut.call talks to example.com (server.address = "example.com")');
    expect(inside!.outcome, inside!.message).toBe('pass');
    expect(inside!.peers?.some((p) => /^\d+\.\d+\.\d+\.\d+$/.test(p))).toBe(true);
    const calls = summary.suites[0]!.spans.filter((s) => s.name === 'sut.call').map((s) => String(s.attributes['server.address']));
    expect(calls).toContain('api');
    expect(calls.some((h) => inside!.peers!.includes(h) && /^\d/.test(h))).toBe(true);
  }, 240_000);
});
