/**
 * Spans of the system under test join the run's trace: a traced service and a
 * traced client (real OpenTelemetry SDK in the sut fixture image) export over
 * OTLP to the runner's receiver, under the step that caused them.
 */
import { describe, expect, it } from 'vitest';
import { managedLeft, runSuites, suiteFrom } from './helpers.js';

const SUT = 'clnrm-fixture/sut:latest';

describe('spans of the system under test', () => {
  it('arrive over OTLP as children of the step, and expectations are judged on them', async () => {
    const summary = await runSuites([
      suiteFrom(`
[meta]
name = "traced"

[determinism]
seed = 11

[service.api]
image = "${SUT}"
args = ["node", "/app/sut.mjs", "serve", "8080"]
wait = { port = 8080, timeout_ms = 20000 }

[service.client]
image = "${SUT}"
args = ["sleep", "3600"]

[[scenario]]
name = "call"
service = "client"
run = "node /app/sut.mjs call http://api:8080/work"
expected_output_regex = "call ok"

[[scenario.expect.span]]
name = "sut.call"
parent = "clnrm.step:call"
kind = "client"
status = "OK"

[[scenario.expect.span]]
name = "sut.handle"
parent = "sut.call"
kind = "server"
attrs.all = { "http.route" = "/work" }

[scenario.expect.hermeticity]
no_external_services = true
resource_attrs_must_match = { "service.namespace" = "clnrm-sut" }
`),
    ]);
    const judged = summary.suites[0]!;
    const scenario = judged.scenarios[0]!;
    expect(scenario.message).toBe('passed');
    expect(scenario.outcome).toBe('pass');
    expect(scenario.verdicts.map((v) => [v.keyPath, v.passed])).toEqual([
      ['scenario[0].expect.span[0]', true],
      ['scenario[0].expect.span[1]', true],
      ['scenario[0].expect.hermeticity.no_external_services', true],
      ['scenario[0].expect.hermeticity.resource_attrs_must_match', true],
    ]);
    const sut = judged.spans.filter((s) => s.source === 'sut');
    expect(sut.map((s) => s.name).sort()).toEqual(['sut.call', 'sut.handle']);
    expect(new Set(sut.map((s) => s.traceId))).toEqual(new Set([judged.run.traceId]));
    expect(sut.find((s) => s.name === 'sut.call')!.resource['service.name']).toBe('client');
    expect(sut.find((s) => s.name === 'sut.handle')!.resource['service.name']).toBe('api');
    expect(managedLeft()).toEqual([]);
  });

  it('an expectation on a span the system never sent fails', async () => {
    const summary = await runSuites([
      suiteFrom(`
[meta]
name = "missing"

[service.client]
image = "${SUT}"
args = ["sleep", "3600"]

[[scenario]]
name = "quiet"
run = "true"

[[scenario.expect.span]]
name = "sut.call"
`),
    ]);
    const scenario = summary.suites[0]!.scenarios[0]!;
    expect(scenario.outcome).toBe('fail');
    expect(scenario.reason?.type).toBe('expectation_failed');
    expect(scenario.verdicts[0]!.message).toMatch(/no span named `sut.call`/);
  });
});
