/**
 * Supervision on the real engine: the engine's restart policy brings back a service whose main
 * process was killed, the runner records the restart from the engine's RestartCount and the
 * supervision expectation passes; without a restart policy the same kill leaves the service down
 * and the expectation fails, saying why; a crash loop exceeds its restarts per minute and the engine
 * stops at restart_max_retries. `depends_on` starts the api (which exits unless its database answers)
 * after the database is ready.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSYBOX, CLI, ROOT, envWithoutCi } from './helpers.js';

const EXAMPLE = 'tests/experiments/supervision.clnrm.toml';

interface Span {
  name: string;
  status: string;
  startMs: number;
  endMs: number;
  attributes: Record<string, unknown>;
}

/** The example's services with the api's restart policy removed, and one scenario that kills the api and checks it came back. */
function withoutRestartPolicy(): string {
  const example = readFileSync(join(ROOT, EXAMPLE), 'utf8');
  const services = example.slice(0, example.indexOf('[[scenario]]')).replace('name = "supervision"', 'name = "supervision_no_restart"');
  expect(services).toContain('restart = "on-failure"\nrestart_max_retries = 3\n');
  return `${services.replace('restart = "on-failure"\nrestart_max_retries = 3\n', 'restart = "no"\n')}
[[scenario]]
name = "api_crashes_and_stays_down"
service = "db"
run = "sleep 4"
chaos_injection = { type = "kill_process", target = "api", at_ms = 500, process = "node" }

[[scenario.expect.supervision]]
service = "api"
back_within_ms = 10000
`;
}

/**
 * A worker that crashes (exit 3) on every start after the first: killed once, the engine restarts it
 * twice (restart_max_retries = 2) and then leaves it down; the files it keeps survive restarts.
 */
const CRASH_LOOP = `[meta]
name = "supervision_crash_loop"

[determinism]
seed = 3

[service.worker]
image = "${BUSYBOX}"
args = ["sh", "-c", "[ -f /tmp/started ] && exit 3; touch /tmp/started; exec sleep 3600"]
restart = "on-failure"
restart_max_retries = 2

[service.keeper]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "worker_crash_loops"
service = "keeper"
run = "sleep 5"
chaos_injection = { type = "kill_process", target = "worker", at_ms = 300, process = "sleep" }

[[scenario.expect.supervision]]
service = "worker"
back_within_ms = 10000
max_restarts_per_minute = 1
`;

describe('supervision (engine restart policy) and depends_on', () => {
  it('a killed api is restarted by the engine and passes; without a restart policy it fails; a crash loop exceeds its rate; the api starts after its database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-supervision-'));
    const variant = join(dir, 'no_restart.clnrm.toml');
    writeFileSync(variant, withoutRestartPolicy());
    const loop = join(dir, 'crash_loop.clnrm.toml');
    writeFileSync(loop, CRASH_LOOP);
    const r = spawnSync(process.execPath, [CLI, 'run', EXAMPLE, variant, loop, '-j', '2', '--report-dir', dir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: envWithoutCi() });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status, output).toBe(1);

    // With restart = "on-failure": the engine restarted the api once, after SIGKILL's exit code, and it was ready again.
    const ok = JSON.parse(readFileSync(join(dir, 'supervision.report.json'), 'utf8'));
    expect(ok.outcome, output).toBe('pass');
    const spans = ok.spans as Span[];
    const restarts = spans.filter((s) => s.name === 'clnrm.service.restart');
    expect(restarts).toHaveLength(1);
    expect(restarts[0]).toMatchObject({ status: 'OK', attributes: { 'service.name': 'api', 'restart.by': 'engine', 'restart.count': 1, 'exit.code': 137, 'restart.ready': true } });
    const kill = spans.find((s) => s.name === 'clnrm.chaos.kill_process')!;
    expect(kill.attributes).toMatchObject({ 'chaos.injected': true, 'process.main_killed': true });
    expect(restarts[0]!.startMs).toBeGreaterThanOrEqual(kill.startMs);
    const verdict = ok.scenarios[0].verdicts.find((v: { kind: string }) => v.kind === 'supervision');
    expect(verdict).toMatchObject({ passed: true, keyPath: 'scenario[0].expect.supervision[0]' });
    expect(verdict.message).toMatch(/^kill 1 \(kill_process\): back after \d+ ms \(restart 1, after exit 137\); at most 1 restart\(s\) within a minute$/);

    // depends_on: the api (which exits unless the database answers) started only once the database was ready.
    const start = (name: string) => spans.find((s) => s.name === 'clnrm.service.start' && s.attributes['service.name'] === name)!;
    expect(start('api').status).toBe('OK');
    expect(start('api').startMs).toBeGreaterThanOrEqual(start('db').endMs);

    // With restart = "no": the same kill leaves the api down, and the check fails naming the reason.
    const down = JSON.parse(readFileSync(join(dir, 'supervision_no_restart.report.json'), 'utf8'));
    expect(down.outcome).toBe('fail');
    expect((down.spans as Span[]).filter((s) => s.name === 'clnrm.service.restart')).toEqual([]);
    const failed = down.scenarios[0].verdicts.find((v: { kind: string }) => v.kind === 'supervision');
    expect(failed).toMatchObject({ passed: false, message: 'kill 1 (kill_process): never restarted by the engine: it has no restart policy (restart = "no")' });
    expect(output).toContain('never restarted by the engine');

    // A crash loop: back after the kill, but the engine restarted it twice (its retry limit) within the minute.
    const crashing = JSON.parse(readFileSync(join(dir, 'supervision_crash_loop.report.json'), 'utf8'));
    const loopVerdict = crashing.scenarios[0].verdicts.find((v: { kind: string }) => v.kind === 'supervision');
    expect(loopVerdict.passed).toBe(false);
    expect(loopVerdict.message).toBe('2 restarts within a minute, above max_restarts_per_minute = 1');
    const loopRestarts = (crashing.spans as Span[]).filter((s) => s.name === 'clnrm.service.restart');
    expect(loopRestarts[0]).toMatchObject({ status: 'OK', attributes: { 'restart.by': 'engine', 'restart.count': 1, 'exit.code': 137 } });
    // After its last retry the engine left it down: the last span says so, with the engine's count and the crash's exit code.
    expect(loopRestarts.at(-1)).toMatchObject({ status: 'ERROR', attributes: { 'error.type': 'not_back', 'restart.count': 2, 'exit.code': 3 } });
  }, 150_000);
});
