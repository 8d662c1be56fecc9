/**
 * The set-up scripts and `clnrm doctor` against the REAL engine: the engine script must be a no-op on a
 * running engine, the fixture build must be idempotent, and doctor must pass on a set-up machine.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDocker } from '../../src/runtime/docker-connection.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = ['busybox', 'nettools', 'strace', 'node', 'sut'];
const docker = connectDocker().docker;

/** Runs a command in the repository root; resolves with its exit code and output, never rejects on exit != 0. */
function run(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function dockerdPid(): Promise<string> {
  // The default engine's pid file: private engines started by other tests are other dockerds.
  const r = await run('cat', ['/var/run/docker.pid']);
  return r.stdout.trim();
}

describe('set-up scripts and doctor', () => {
  afterAll(async () => {
    // doctor's probe container must be gone even though it ran in another process.
    const left = await docker.listContainers({ all: true, filters: { label: ['clnrm.managed=true', 'clnrm.run=doctor'] } });
    expect(left.map((c) => c.Id)).toEqual([]);
  });

  it('ensure-engine.sh answers twice and never restarts a running engine', async () => {
    const first = await run('sh', ['scripts/ensure-engine.sh']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/engine answers at /);
    const pidBefore = await dockerdPid();

    const second = await run('sh', ['scripts/ensure-engine.sh']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/engine answers at /);
    expect(second.stdout).not.toMatch(/starting dockerd/);
    // When DOCKER_HOST points at another machine there is no local dockerd to compare.
    if (!process.env.DOCKER_HOST || process.env.DOCKER_HOST.startsWith('unix://')) {
      expect(pidBefore).toMatch(/^\d+$/);
      expect(await dockerdPid()).toBe(pidBefore);
    }
  }, 120_000);

  it('build-fixtures.sh run again reports every image up to date and rebuilds nothing', async () => {
    const first = await run('bash', ['scripts/build-fixtures.sh']);
    expect(first.code, first.stderr).toBe(0);
    const again = await run('bash', ['scripts/build-fixtures.sh']);
    expect(again.code, again.stderr).toBe(0);
    const lines = again.stdout.trim().split('\n');
    expect(lines).toHaveLength(FIXTURES.length);
    for (const name of FIXTURES) {
      expect(lines.some((l) => new RegExp(`clnrm-fixture/${name}:[0-9a-f]{12} up to date$`).test(l)), again.stdout).toBe(true);
    }
    expect(again.stdout).not.toMatch(/built/);
  }, 300_000);

  it('each fixture image exists as :latest and as its content-hash tag, without clnrm labels', async () => {
    for (const name of FIXTURES) {
      const latest = await docker.getImage(`clnrm-fixture/${name}:latest`).inspect();
      const hashTag = new RegExp(`^clnrm-fixture/${name}:[0-9a-f]{12}$`);
      expect(latest.RepoTags.some((t) => hashTag.test(t)), latest.RepoTags.join(',')).toBe(true);
      expect(latest.Config.Labels?.['clnrm.managed']).toBeUndefined();
      expect(Object.keys(latest.Config.Labels ?? {}).filter((k) => k.startsWith('clnrm.'))).toEqual([]);
      expect(latest.Config.Cmd?.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it('clnrm doctor --json exits 0 with every check ok', async () => {
    const r = await run('node', ['bin/clnrm.js', 'doctor', '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    const names = report.checks.map((c) => c.name);
    expect(names).toContain('engine reachable');
    expect(names).toContain('cgroup memory limits');
    expect(names).toContain('iptables + tc (nettools, NET_ADMIN)');
    expect(names).toContain('OTLP port');
    for (const name of FIXTURES) expect(names).toContain(`fixture clnrm-fixture/${name}:latest`);
  }, 120_000);
});
