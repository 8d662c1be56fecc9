/**
 * Ownership across PID namespaces, on the real engine: two runners in their own
 * PID namespaces (`unshare --pid --fork --mount-proc`, so both run as pid 1)
 * share the engine. Neither a third runner's start-of-run sweep nor `clnrm gc`
 * from the host's namespace may touch their live resources; once one is
 * SIGKILLed, its resources go when its lease expires, and the other's stay.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSYBOX, CLI, docker, envWithoutCi } from './helpers.js';

const LEASE_MS = 4000;
const canUnshare = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;

const suite = (name: string, run: string) => `
[meta]
name = "${name}"

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[service.other]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "work"
service = "app"
run = "${run}"
`;

interface NsRunner {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
  /** Inode of the runner's PID namespace, as in its clnrm.owner label. */
  pidNs: string;
  /** Host pid of the runner (pid 1 inside its namespace). */
  hostPid: number;
}

async function startInNamespace(name: string, run: string): Promise<NsRunner> {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-ns-'));
  const file = join(dir, `${name}.clnrm.toml`);
  writeFileSync(file, suite(name, run));
  const child = spawn('unshare', ['--pid', '--fork', '--mount-proc', process.execPath, CLI, 'run', file, '--report-dir', join(dir, 'r')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: envWithoutCi({ CLNRM_LEASE_MS: String(LEASE_MS) }),
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  // unshare forks the runner: it is unshare's only child, seen from here with a host pid.
  let hostPid = 0;
  for (let i = 0; i < 100 && !hostPid; i++) {
    hostPid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0] || 0);
    if (!hostPid) await new Promise((r) => setTimeout(r, 20));
  }
  const pidNs = /\[(\d+)\]/.exec(spawnSync('readlink', [`/proc/${hostPid}/ns/pid`], { encoding: 'utf8' }).stdout)![1]!;
  return { child, exited, output: () => output, pidNs, hostPid };
}

/** Managed resources and lease volumes whose owner lives in PID namespace `ns`. */
function ownedAll(ns: string): string[] {
  const fmt = ['--format', '{{.ID}} {{.Label "clnrm.owner"}}'];
  const rows = [
    ...docker(['ps', '-a', '--filter', 'label=clnrm.managed=true', ...fmt]).stdout.split('\n'),
    ...docker(['network', 'ls', '--filter', 'label=clnrm.managed=true', ...fmt]).stdout.split('\n'),
    ...docker(['volume', 'ls', '--filter', 'label=clnrm.lease=true', '--format', '{{.Name}} {{.Label "clnrm.owner"}}']).stdout.split('\n'),
  ];
  return rows.filter((r) => r.split(' ')[1]?.split('/')[1] === ns).map((r) => r.split(' ')[0]!);
}

async function until(what: string, ok: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Managed resources (lease volumes rotate on every renewal, so they are left out) owned from namespace `ns`. */
const ownedBy = (ns: string) => ownedAll(ns).filter((id) => !id.startsWith('clnrm-lease-'));

const gc = (args: string[] = []) => spawnSync(process.execPath, [CLI, 'gc', ...args], { encoding: 'utf8' });

describe('ownership across PID namespaces', () => {
  it('needs `unshare --pid --fork --mount-proc` (root on Linux)', () => {
    expect(canUnshare, 'run the integration tests as root on Linux: this test puts runners in their own PID namespaces').toBe(true);
  });

  it('live runners in other namespaces are never collected; a SIGKILLed one is, once its lease expires', { timeout: 180_000 }, async () => {
    const a = await startInNamespace('ns_a', 'sleep 300');
    const b = await startInNamespace('ns_b', 'sleep 300');
    try {
      expect(a.pidNs).not.toBe(b.pidNs);
      // Both run: two containers and a network each, and a lease.
      await until('both runners to start their services', () => ownedBy(a.pidNs).length >= 3 && ownedBy(b.pidNs).length >= 3, 90_000);
      expect(ownedAll(a.pidNs).length).toBeGreaterThan(ownedBy(a.pidNs).length);
      const aBefore = ownedBy(a.pidNs).sort();
      const bBefore = ownedBy(b.pidNs).sort();
      // Both are pid 1 in their namespace: the old pid-only rule could not tell them apart.
      expect(docker(['ps', '-a', '--filter', 'label=clnrm.pid=1', '-q']).stdout.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(4);

      // gc from the host's namespace, after more than one lease time (renewals must keep the lease alive).
      await new Promise((r) => setTimeout(r, LEASE_MS * 1.5));
      const dry = gc(['--dry-run']);
      expect(dry.status, dry.stderr).toBe(0);
      expect(dry.stdout).toMatch(new RegExp(`would keep container [0-9a-f]{12} \\(run \\S+\\): owner in another PID namespace \\(${a.pidNs}\\); lease renewed`));
      const first = gc();
      expect(first.status, first.stderr).toBe(0);
      expect(ownedBy(a.pidNs).sort()).toEqual(aBefore);
      expect(ownedBy(b.pidNs).sort()).toEqual(bBefore);

      // A third runner in a third namespace: its start-of-run sweep leaves both alone.
      const c = await startInNamespace('ns_c', 'true');
      expect(await c.exited, c.output()).toBe(0);
      expect(ownedBy(a.pidNs).sort()).toEqual(aBefore);
      expect(ownedBy(b.pidNs).sort()).toEqual(bBefore);
      expect(ownedAll(c.pidNs)).toEqual([]);

      // SIGKILL A (pid 1 of its namespace: the namespace dies with it). Its lease lapses; gc collects.
      process.kill(a.hostPid, 'SIGKILL');
      await a.exited;
      const killedAt = Date.now();
      let collected: ReturnType<typeof gc> | undefined;
      await until(
        "A's resources to be collected by gc",
        () => {
          const r = gc();
          if (r.stdout.includes('lease expired')) collected = r;
          return ownedAll(a.pidNs).length === 0;
        },
        LEASE_MS + 20_000,
      );
      const collectedAfterMs = Date.now() - killedAt;
      process.stderr.write(`ownership: the SIGKILLed runner's resources were collected ${collectedAfterMs} ms after the kill (lease ${LEASE_MS} ms)\n`);
      expect(collected?.stdout).toMatch(/removed container .*owner in another PID namespace.*lease expired/);
      // Within the lease (plus CreatedAt's one-second precision and one gc pass on a loaded machine).
      expect(collectedAfterMs).toBeLessThan(LEASE_MS + 1000 + 8000);
      expect(ownedBy(b.pidNs).sort()).toEqual(bBefore);
      expect(b.output()).not.toMatch(/✗|!/);

      // B still cleans up after itself.
      process.kill(b.hostPid, 'SIGINT');
      expect(await b.exited).toBe(130);
      expect(ownedAll(b.pidNs)).toEqual([]);
    } finally {
      for (const r of [a, b]) if (r.child.exitCode === null) process.kill(r.hostPid, 'SIGKILL');
    }
  });
});
