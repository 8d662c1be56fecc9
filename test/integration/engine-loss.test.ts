/**
 * Engine loss mid-run, on a real engine that this test owns: a private dockerd
 * (its own socket, data root, exec root and containerd; no default bridge, no
 * iptables) so the shared engine other tests use is never restarted. The CLI
 * runs against it through DOCKER_HOST; the test kills dockerd with SIGKILL
 * while a step runs, and either restarts it (cleanup waits, then removes and
 * verifies) or leaves it down (cleanup reported as not verified, with the
 * `clnrm gc` command, never as "0 leaks").
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX, CLI, envWithoutCi } from './helpers.js';

const ROOT_DIR = `/tmp/clnrm-it-dockerd-${process.pid}`;
/** The private engine's default bridge (interface names are at most 15 characters). */
const PRIVATE_BRIDGE = `clnrmit${process.pid % 100000}`;
const SOCKET = `${ROOT_DIR}/docker.sock`;
const HOST = `unix://${SOCKET}`;
const hasDockerd = spawnSync('dockerd', ['--version']).status === 0 && process.getuid?.() === 0;

let dockerd: ChildProcess | undefined;

const privateDocker = (args: string[]) => spawnSync('docker', ['-H', HOST, ...args], { encoding: 'utf8' });

async function startDockerd(): Promise<void> {
  mkdirSync(ROOT_DIR, { recursive: true });
  // After a crash the old containerd may linger as an unreaped zombie whose pid still answers kill(0):
  // dockerd would then wait for it forever instead of starting a new one.
  rmSync(`${ROOT_DIR}/exec/containerd/containerd.pid`, { force: true });
  // A bridge of its own: a dockerd started with --bridge=none deletes the host's docker0 (its
  // default-bridge clean-up), which would break the shared engine's default network.
  spawnSync('ip', ['link', 'add', PRIVATE_BRIDGE, 'type', 'bridge']);
  spawnSync('ip', ['addr', 'add', '10.213.254.1/24', 'dev', PRIVATE_BRIDGE]);
  spawnSync('ip', ['link', 'set', PRIVATE_BRIDGE, 'up']);
  dockerd = spawn(
    'dockerd',
    ['--host', HOST, '--data-root', `${ROOT_DIR}/data`, '--exec-root', `${ROOT_DIR}/exec`, '--pidfile', `${ROOT_DIR}/docker.pid`, `--bridge=${PRIVATE_BRIDGE}`, '--iptables=false', '--storage-driver', 'vfs'],
    { stdio: ['ignore', openSync(`${ROOT_DIR}/dockerd.log`, 'a'), openSync(`${ROOT_DIR}/dockerd.log`, 'a')] },
  );
  for (let i = 0; i < 200; i++) {
    if (privateDocker(['version', '--format', '{{.Server.Version}}']).status === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the private dockerd did not answer within 20 s; its log ends with:\n${readFileSync(`${ROOT_DIR}/dockerd.log`, 'utf8').slice(-3000)}`);
}

/** The engine crashes: dockerd, its containerd and the shims (with the containers' processes) are SIGKILLed. */
async function killDockerd(): Promise<void> {
  const d = dockerd;
  if (!d || d.exitCode !== null) return;
  const exited = new Promise((r) => d.on('exit', r));
  d.kill('SIGKILL');
  await exited;
  killEngineProcesses();
}

function killEngineProcesses(): void {
  for (const pid of processesUsing(ROOT_DIR)) {
    for (const child of childrenOf(pid)) killPid(child);
    killPid(pid);
  }
}

async function stopDockerd(): Promise<void> {
  const d = dockerd;
  if (d && d.exitCode === null) {
    const exited = new Promise((r) => d.on('exit', r));
    d.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    if (d.exitCode === null) d.kill('SIGKILL');
  }
  // dockerd stops its containerd on a clean exit; after a SIGKILL its containerd and shims may be left (with their containers' processes).
  killEngineProcesses();
  const mounts = readFileSync('/proc/mounts', 'utf8').split('\n').map((l) => l.split(' ')[1] ?? '').filter((m) => m.startsWith(ROOT_DIR)).sort().reverse();
  for (const m of mounts) spawnSync('umount', ['-l', m]);
  rmSync(ROOT_DIR, { recursive: true, force: true });
  spawnSync('ip', ['link', 'delete', PRIVATE_BRIDGE]);
}

/** Pids whose command line mentions `path` (this test's dockerd, containerd and shims). */
function processesUsing(path: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(path);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function killPid(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

const SUITE = `
[meta]
name = "engine_loss"

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[service.other]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "long_step"
service = "app"
run = "sleep 60"
expected_output_regex = "never printed"
`;

/** Labelled resources on the private engine. */
function managedOnPrivate(): string[] {
  const f = ['--filter', 'label=clnrm.managed=true'];
  return [
    ...privateDocker(['ps', '-aq', ...f]).stdout.split('\n'),
    ...privateDocker(['network', 'ls', '-q', ...f]).stdout.split('\n'),
    ...privateDocker(['volume', 'ls', '-q', ...f]).stdout.split('\n'),
  ].filter(Boolean);
}

function startRun(engineWaitMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-loss-'));
  const file = join(dir, 'loss.clnrm.toml');
  writeFileSync(file, SUITE);
  const json = join(dir, 'all.json');
  const junit = join(dir, 'all.xml');
  const child = spawn(process.execPath, [CLI, 'run', file, '--report-dir', join(dir, 'r'), '--json', json, '--junit', junit], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: envWithoutCi({ DOCKER_HOST: HOST, CLNRM_ENGINE_WAIT_MS: String(engineWaitMs) }),
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { child, exited, output: () => output, json, junit };
}

/** Resolves once the step's `sleep 60` runs inside the service (the anchor for killing the engine). */
async function untilStepRuns(output: () => string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ids = privateDocker(['ps', '-q', '--filter', 'label=clnrm.managed=true']).stdout.split('\n').filter(Boolean);
    if (ids.length === 2 && ids.some((id) => privateDocker(['exec', id, 'ps']).stdout.includes('sleep 60'))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the step never started on the private engine; runner output:\n${output()}`);
}

describe('engine loss during a run (private dockerd)', () => {
  beforeAll(async () => {
    if (!hasDockerd) return;
    await startDockerd();
    // The fixture images, copied from the shared engine (read-only there): busybox for the suite,
    // nettools for the host-side isolation chain every scenario network gets.
    const images = `${BUSYBOX} clnrm-fixture/nettools:latest`;
    const load = spawnSync('sh', ['-c', `docker save ${images} | docker -H ${HOST} load`], { encoding: 'utf8' });
    if (load.status !== 0) throw new Error(`could not load ${images} into the private engine: ${load.stderr}`);
  }, 60_000);
  afterAll(async () => {
    await stopDockerd();
    expect(existsSync(ROOT_DIR)).toBe(false);
  }, 60_000);

  it('needs dockerd and root, to start a private engine', () => {
    expect(hasDockerd, 'run the integration tests as root with dockerd installed').toBe(true);
  });

  it('engine restarted mid-step: the scenario is an error naming the engine loss; cleanup waits for it, removes and verifies', { timeout: 120_000 }, async () => {
    const run = startRun(30_000);
    await untilStepRuns(run.output);
    await killDockerd();
    await startDockerd();
    const code = await run.exited;
    const out = run.output();
    expect(code, out).toBe(1);
    const report = JSON.parse(readFileSync(run.json, 'utf8'));
    const s = report.suites[0].scenarios[0];
    expect(s.outcome, out).toBe('error');
    expect(s.reason.type).toBe('engine_lost');
    expect(s.reason.cause).toMatch(/engine at unix:\/\/.*docker\.sock/);
    expect(s.message).toContain('not a verdict on the system under test');
    expect(s.cleanupUnverified).toBeNull();
    expect(report.totals).toMatchObject({ failed: 0, errors: 1, leaks: 0, unverifiedCleanups: 0 });
    expect(readFileSync(run.junit, 'utf8')).toMatch(/<error message="engine lost [^"]*" type="engine_lost"/);
    expect(out).toMatch(/! .*› long_step .*engine lost/);
    expect(out).toMatch(/0 passed, 0 failed, 1 errors, 0 leaks/);
    expect(managedOnPrivate()).toEqual([]);
  });

  it('engine gone for good: cleanup is reported as not verified, with the clnrm gc command, never as 0 leaks; gc finishes once the engine is back', { timeout: 120_000 }, async () => {
    const run = startRun(1500);
    await untilStepRuns(run.output);
    await killDockerd();
    const code = await run.exited;
    const out = run.output();
    expect(code, out).toBe(1);
    expect(out).not.toMatch(/\b0 leaks\b/);
    expect(out).toMatch(/0\+ leaks \(cleanup of 1 scenario\(s\) not verified: the engine did not answer; run `clnrm gc` with DOCKER_HOST=unix:/);
    const report = JSON.parse(readFileSync(run.json, 'utf8'));
    const s = report.suites[0].scenarios[0];
    expect(s).toMatchObject({ outcome: 'error', reason: { type: 'engine_lost' } });
    expect(s.cleanupUnverified).toMatch(/run `clnrm gc`/);
    expect(report.totals.unverifiedCleanups).toBe(1);
    expect(readFileSync(run.junit, 'utf8')).toMatch(/cleanup not verified/);

    await startDockerd();
    expect(managedOnPrivate().length).toBeGreaterThan(0);
    const gc = spawnSync(process.execPath, [CLI, 'gc'], { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: HOST } });
    expect(gc.status, gc.stderr).toBe(0);
    expect(gc.stdout).toMatch(/owner pid \d+ is gone on this host/);
    expect(managedOnPrivate()).toEqual([]);
  });
});
