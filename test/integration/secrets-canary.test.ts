/**
 * Secrets never leave in clear, on the real engine: a random canary is held by a
 * secret var, a secret env entry (service and step), a `--var` whose name looks
 * secret, appears inside templated commands, is printed by steps on stdout and
 * stderr, and ends up in failure messages and a failing expectation. `clnrm run`
 * (the CLI, in a child process) then writes every report, log and trace, and
 * exports the trace with `--otel-exporter stdout` and `otlp` (to a real OTLP
 * receiver). Every written file and every captured output is searched for the
 * canary: zero hits; and `***` shows the masked places were really written.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../../src/telemetry/receiver.js';
import { BUSYBOX, CLI, envWithoutCi } from './helpers.js';

const canary = `canary-${randomBytes(8).toString('hex')}`;
const cliCanary = `canary-${randomBytes(8).toString('hex')}`;

const SUITE = `
[meta]
name = "canary"

[determinism]
seed = 3

[vars]
secret = { value = "${canary}", secret = true }

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]
env = { APP_LOGIN = { value = "${canary}", secret = true } }

[[scenario]]
name = "leaks_everywhere"
artifacts = { collect = ["logs"] }
steps = [
    { name = "echo_var", run = "echo user:{{ secret }}; echo \\"login=$APP_LOGIN\\" >&2" },
    { name = "env_step", run = "echo pw=$STEP_PW", env = { STEP_PW = { value = "${canary}", secret = true } } },
    { name = "cli_var", run = "echo token={{ extra_token }}" },
    { name = "curl_like", run = "echo curl -u user:{{ secret }} http://x; exit 3", expect_exit_code = 3 },
    { name = "regex", run = "echo nothing", expected_output_regex = "{{ secret }}", continue_on_failure = true },
    { name = "fails_printing", run = "echo {{ secret }} >&2; exit 1", continue_on_failure = true },
]

[[scenario.expect.span]]
name = "clnrm.step:echo_var"
attrs.all = { "step.command" = "{{ secret }}" }
`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking the event loop (the test's OTLP receiver lives on it). */
function clnrm(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: envWithoutCi({ NO_COLOR: '1' }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Every file under `dir`, with its text. */
function filesUnder(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => [f, readFileSync(f, 'utf8')]);
}

const open: Receiver[] = [];
afterAll(async () => {
  for (const r of open) await r.close();
});

describe('secrets through every output channel (real engine)', () => {
  it('the canary appears in no written file and no captured output', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-canary-'));
    writeFileSync(join(dir, 'canary.clnrm.toml'), SUITE);
    const collector = await startReceiver({ hosts: ['127.0.0.1'] });
    open.push(collector);

    const common = ['run', 'canary.clnrm.toml', '-v', '--var', `extra_token=${cliCanary}`];
    const viaStdout = await clnrm([...common, '--report-dir', 'r1', '--junit', 'r1/all.junit.xml', '--json', 'r1/all.json', '--otel-exporter', 'stdout'], dir);
    const viaOtlp = await clnrm([...common, '--report-dir', 'r2', '--otel-exporter', 'otlp', '--otel-endpoint', collector.endpointFor('127.0.0.1')], dir);

    // The scenario fails on purpose (a failing step and expectation print the secret); nothing hung or crashed.
    for (const r of [viaStdout, viaOtlp]) {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
    }

    const written = filesUnder(dir).filter(([f]) => !f.endsWith('canary.clnrm.toml'));
    const received = JSON.stringify(collector.spans());
    const channels: [string, string][] = [
      ...written,
      ['stdout (console, stdout export)', viaStdout.stdout],
      ['stderr', viaStdout.stderr],
      ['stdout (otlp run)', viaOtlp.stdout],
      ['stderr (otlp run)', viaOtlp.stderr],
      ['OTLP receiver', received],
    ];
    for (const [where, text] of channels) {
      expect(text.includes(canary), `${where} holds the canary`).toBe(false);
      expect(text.includes(cliCanary), `${where} holds the --var canary`).toBe(false);
    }

    // Not vacuous: each channel was written and carries the masked form where the secret was.
    const file = (suffix: string) => written.find(([f]) => f.endsWith(suffix))?.[1] ?? '';
    const names = written.map(([f]) => f.slice(dir.length + 1)).sort();
    for (const expected of ['r1/canary.report.json', 'r1/canary.junit.xml', 'r1/canary.cleanup.json', 'r1/canary.trace.json', 'r1/canary.html', 'r1/all.json', 'r1/all.junit.xml', 'r2/canary.report.json']) expect(names).toContain(expected);
    expect(names).toContain('r1/artifacts/canary/leaks_everywhere/echo_var.stdout.log');
    expect(file('echo_var.stdout.log')).toBe('user:***\n');
    expect(file('echo_var.stderr.log')).toBe('login=***\n');
    expect(file('env_step.stdout.log')).toBe('pw=***\n');
    expect(file('cli_var.stdout.log')).toBe('token=***\n');
    const report = file('r1/canary.report.json');
    expect(report).toContain('curl -u user:*** http://x');
    expect(report).toContain('stdout does not match /***/');
    expect(file('r1/canary.junit.xml')).toContain('user:***');
    expect(file('r1/canary.html')).toContain('curl -u user:*** http://x');
    expect(file('r1/canary.trace.json')).toContain('user:***');
    expect(viaStdout.stdout).toContain('resourceSpans');
    expect(viaStdout.stdout).toContain('echo user:***;');
    expect(viaStdout.stdout).toMatch(/✗ .*step\.command.*\*\*\*/);
    const steps = collector.spans().filter((s) => s.name === 'clnrm.step:curl_like');
    expect(steps).toHaveLength(1);
    expect(steps[0]!.attributes['step.command']).toBe('echo curl -u user:*** http://x; exit 3');
  });
});
