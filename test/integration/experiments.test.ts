/**
 * The experiments of tests/experiments on the real engine, through the CLI:
 * green twice with the same digest, KPIs in report.json (valid against its
 * schema), in the JUnit properties (valid against the JUnit schema) and on the
 * console; a violated KPI bound fails with the value and the bound; a steady
 * state that does not hold before the faults is an error and no fault is injected;
 * the exec, tcp and span probe kinds see the outage too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, docker, envWithoutCi } from './helpers.js';

const EXAMPLE = 'tests/experiments/steady_state_kill.clnrm.toml';
const SCENARIO = 'api_stopped_and_restarted';

function run(file: string): { dir: string; status: number | null; output: string; pid: number } {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-exp-'));
  const r = spawnSync(process.execPath, [CLI, 'run', file, '--report-dir', dir], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: envWithoutCi() });
  return { dir, status: r.status, output: `${r.stdout}${r.stderr}`, pid: r.pid };
}

const report = (dir: string) => JSON.parse(readFileSync(join(dir, 'steady_state_kill.report.json'), 'utf8'));

function leftovers(pid: number): string[] {
  const f = ['--filter', 'label=clnrm.managed', '--filter', `label=clnrm.pid=${pid}`];
  return [...docker(['ps', '-aq', ...f]).stdout.split('\n'), ...docker(['network', 'ls', '-q', ...f]).stdout.split('\n')].filter(Boolean);
}

function reportValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (a: Ajv2020) => void;
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));
}

/** The example with its `[scenario.expect.kpi]` table replaced (and the scenario's other keys as they are). */
function exampleWith(change: (toml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-exp-src-'));
  const file = join(dir, 'steady_state_kill.clnrm.toml');
  writeFileSync(file, change(readFileSync(join(ROOT, EXAMPLE), 'utf8')));
  return file;
}

describe('steady-state experiments', () => {
  it('the example is green twice with one digest; its KPIs are in report.json, JUnit and on the console', { timeout: 600_000 }, () => {
    const validate = reportValidator();
    const digests = [run(EXAMPLE), run(EXAMPLE)].map((r) => {
      expect(r.status, r.output).toBe(0);
      expect(leftovers(r.pid)).toEqual([]);
      const rep = report(r.dir);
      expect(validate(rep), JSON.stringify(validate.errors)).toBe(true);
      const scenario = rep.scenarios[0];
      expect(scenario.outcome).toBe('pass');
      const k = scenario.experiment.kpis;
      // One effective fault, seen by the probe and recovered from.
      expect(k.faults).toEqual({ effective: 1, detected: 1, recovered: 1 });
      expect(k.byFaultType).toEqual({ stop_container: { planned: 1, injected: 1, effective: 1, reverted: 1, recovered: 1 } });
      expect(k.mttdMs).toBeGreaterThan(0);
      expect(k.mttrMs).toBeGreaterThan(0);
      expect(k.availabilityPct).toBeGreaterThan(0);
      expect(k.availabilityPct).toBeLessThan(100);
      expect(k.recoveryRatePct).toBe(100);
      const samples = scenario.experiment.samples;
      expect(samples[0]).toMatchObject({ probe: 'api_http', phase: 'before', ok: true });
      expect(samples.some((s: any) => s.phase === 'during' && !s.ok)).toBe(true);
      expect(samples.at(-1)).toMatchObject({ phase: 'after', ok: true });
      expect(k.samples.total).toBe(samples.filter((s: any) => s.phase !== 'before').length);
      // Every sample is a clnrm.probe span; the KPIs are attributes of the scenario span.
      expect(rep.spans.filter((s: any) => s.name === 'clnrm.probe')).toHaveLength(samples.length);
      const span = rep.spans.find((s: any) => s.name === `clnrm.scenario:${SCENARIO}`);
      expect(span.attributes['kpi.mttd_ms']).toBe(k.mttdMs);
      expect(span.attributes['kpi.availability_pct']).toBe(k.availabilityPct);
      // The canonical trace holds neither.
      const trace = readFileSync(join(r.dir, 'steady_state_kill.trace.json'), 'utf8');
      expect(trace).not.toContain('clnrm.probe');
      expect(trace).not.toContain('kpi.');
      const junitFile = join(r.dir, 'steady_state_kill.junit.xml');
      const lint = spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'schemas/junit.xsd'), junitFile], { encoding: 'utf8' });
      expect(lint.status, lint.stderr).toBe(0);
      const junit = readFileSync(junitFile, 'utf8');
      expect(junit).toContain(`<property name="kpi:${SCENARIO}:mttr_ms" value="${k.mttrMs}"/>`);
      expect(junit).toContain(`<property name="kpi:${SCENARIO}:availability_pct" value="${k.availabilityPct}"/>`);
      expect(r.output).toContain(`kpi mttd_ms ${k.mttdMs} · mttr_ms ${k.mttrMs} · availability_pct ${k.availabilityPct} · recovery_rate_pct 100`);
      return rep.digest.value;
    });
    expect(digests[0], 'the digest changed between two runs with the same seed').toBe(digests[1]);
  });

  it('a violated KPI bound fails the scenario with the measured value and the bound', { timeout: 300_000 }, () => {
    const file = exampleWith((t) => t.replace('availability_pct = { min = 20 }', 'availability_pct = { min = 99.9 }'));
    const r = run(file);
    expect(r.status, r.output).toBe(1);
    const scenario = report(r.dir).scenarios[0];
    expect(scenario.outcome).toBe('fail');
    expect(scenario.reason).toEqual({ type: 'expectation_failed' });
    const measured = scenario.experiment.kpis.availabilityPct;
    expect(measured).toBeLessThan(99.9);
    const verdict = scenario.verdicts.find((v: any) => v.keyPath === 'scenario[0].expect.kpi.availability_pct');
    expect(verdict).toMatchObject({ kind: 'kpi', passed: false, message: `availability_pct = ${measured}, below the bound min = 99.9` });
    expect(r.output).toContain(`availability_pct = ${measured}, below the bound min = 99.9`);
    expect(leftovers(r.pid)).toEqual([]);
  });

  it('a steady state that does not hold before the faults is an error with the evidence, and no fault is injected', { timeout: 300_000 }, () => {
    const file = exampleWith((t) => t.replace('port = 8080\npath = "/work"', 'port = 8081\npath = "/work"'));
    const r = run(file);
    expect(r.status, r.output).toBe(1);
    const rep = report(r.dir);
    const scenario = rep.scenarios[0];
    expect(scenario.outcome).toBe('error');
    expect(scenario.reason).toEqual({ type: 'not_steady', probe: 'api_http' });
    expect(scenario.message).toMatch(/^steady state not met before any fault: probe api_http failed 1 sample\(s\) in a row: GET http:\/\/api:8081\/work: ECONNREFUSED/);
    expect(scenario.steps).toEqual([]);
    expect(rep.spans.filter((s: any) => s.name.startsWith('clnrm.chaos.'))).toEqual([]);
    expect(leftovers(r.pid)).toEqual([]);
  });

  it('a tcp probe from the probe container sees the same outage and recovery', { timeout: 300_000 }, () => {
    const file = exampleWith((t) => t.replace('type = "http"', 'type = "tcp"').replace('path = "/work"\nstatus = 200\n', ''));
    const r = run(file);
    expect(r.status, r.output).toBe(0);
    const scenario = report(r.dir).scenarios[0];
    expect(scenario.experiment.kpis.faults).toEqual({ effective: 1, detected: 1, recovered: 1 });
    const samples = scenario.experiment.samples;
    expect(samples[0]).toMatchObject({ phase: 'before', ok: true, detail: 'connected to api:8080' });
    expect(samples.some((s: any) => !s.ok && s.detail.startsWith('api:8080: '))).toBe(true);
    expect(samples.at(-1)).toMatchObject({ phase: 'after', ok: true, detail: 'connected to api:8080' });
    expect(leftovers(r.pid)).toEqual([]);
  });

  it('an exec probe in the service sees the same outage and recovery', { timeout: 300_000 }, () => {
    const file = exampleWith((t) =>
      t.replace('type = "http"\nservice = "api"\nport = 8080\npath = "/work"\nstatus = 200\n', 'type = "exec"\nservice = "api"\ncommand = "cat /proc/1/cmdline"\noutput_regex = "sut\\\\.mjs"\n'),
    );
    expect(readFileSync(file, 'utf8')).toContain('type = "exec"');
    const r = run(file);
    expect(r.status, r.output).toBe(0);
    const scenario = report(r.dir).scenarios[0];
    expect(scenario.experiment.kpis.faults).toEqual({ effective: 1, detected: 1, recovered: 1 });
    const samples = scenario.experiment.samples;
    expect(samples[0]).toMatchObject({ phase: 'before', ok: true, detail: 'exit code 0' });
    expect(samples.some((s: any) => !s.ok)).toBe(true);
    expect(samples.at(-1)).toMatchObject({ phase: 'after', ok: true, detail: 'exit code 0' });
    expect(leftovers(r.pid)).toEqual([]);
  });

  it('a span probe reads the system\'s spans live: calls stop while the api is paused, and come back', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-exp-src-'));
    const file = join(dir, 'span_probe.clnrm.toml');
    writeFileSync(
      file,
      `[meta]
name = "span_probe"

[determinism]
seed = 3

[service.api]
image = "clnrm-fixture/sut:latest"
args = ["node", "/app/sut.mjs", "serve", "8080"]
wait = { port = 8080, timeout_ms = 20000 }

[service.client]
image = "clnrm-fixture/sut:latest"
# Waits (untraced) for the api to listen, then calls it every 0.2 s: each call is a sut.call span.
args = ["sh", "-c", '''until node -e "require('net').connect(8080, 'api').on('connect', () => process.exit()).on('error', () => process.exit(1))"; do sleep 0.2; done
while true; do node /app/sut.mjs call http://api:8080/work >/dev/null 2>&1; sleep 0.2; done''']

[[scenario]]
name = "calls_stop_while_api_paused"
service = "client"
run = "sleep 8"
chaos_injection = { type = "pause_container", target = "api", at_ms = 500, duration_ms = 5000 }

[scenario.steady_state]
recover_within_ms = 10000

[[scenario.steady_state.probe]]
name = "calls_ok"
type = "span"
span_name = "sut.call"
window_ms = 1000
interval_ms = 250
# The client's first call (node and its SDK starting) may come 1-2 s after the services are ready;
# lost after 9 empty windows in a row (about 3.3 s into the 5 s pause).
tolerance = { failures = 8 }

[scenario.expect.kpi]
recovery_rate_pct = { min = 100 }
`,
    );
    const dirOut = mkdtempSync(join(tmpdir(), 'clnrm-exp-'));
    const r = spawnSync(process.execPath, [CLI, 'run', file, '--report-dir', dirOut], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: envWithoutCi() });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    const scenario = JSON.parse(readFileSync(join(dirOut, 'span_probe.report.json'), 'utf8')).scenarios[0];
    expect(scenario.experiment.kpis.faults).toEqual({ effective: 1, detected: 1, recovered: 1 });
    const samples = scenario.experiment.samples;
    // Before the fault the probe may need some of its tolerated extra samples (the first calls may not have arrived yet).
    expect(samples.filter((s: any) => s.phase === 'before').at(-1)).toMatchObject({ ok: true });
    expect(samples.some((s: any) => !s.ok && /spans named `sut.call` in the last 1000 ms, fewer than min_spans = 1$/.test(s.detail))).toBe(true);
    expect(samples.at(-1)).toMatchObject({ phase: 'after', ok: true, detail: expect.stringMatching(/^0 of \d+ spans named `sut.call` in the last 1000 ms are ERROR \(0 %\)$/) });
    expect(leftovers(r.pid)).toEqual([]);
  });
});
