/**
 * The dockerode adapter against the REAL engine (no mocks). Every resource
 * carries this run's label and afterAll removes them through the adapter itself,
 * then checks nothing is left.
 */
import { randomBytes } from 'node:crypto';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineError, ImageUnavailableError } from '../../src/common/errors.js';
import { createDockerEngine } from '../../src/runtime/docker-engine.js';
import { MANAGED_LABEL, PID_LABEL, RUN_LABEL, type ContainerSpec, type Engine } from '../../src/runtime/engine.js';

// Overridable so the suite can run against a locally built busybox before the fixtures exist.
const BUSYBOX = process.env.CLNRM_TEST_BUSYBOX_IMAGE ?? 'clnrm-fixture/busybox:latest';
const runId = `it-engine-${process.pid}-${randomBytes(3).toString('hex')}`;
const labels = { [MANAGED_LABEL]: 'true', [RUN_LABEL]: runId, [PID_LABEL]: String(process.pid) };
const MiB = 1024 * 1024;

let engine: Engine;
// Only to check what the adapter asked the engine for; all actions go through the adapter.
const raw = new Docker();
let netId = '';
let gateway: string | undefined;
const ids: Record<string, string> = {};

function spec(name: string, extra: Partial<ContainerSpec> = {}): ContainerSpec {
  return { name: `${runId}-${name}`, image: BUSYBOX, cmd: ['sleep', '300'], env: {}, labels, ...extra };
}

async function start(name: string, extra: Partial<ContainerSpec> = {}): Promise<string> {
  const id = await engine.createContainer(spec(name, extra));
  ids[name] = id;
  await engine.startContainer(id);
  return id;
}

async function run(id: string, cmd: string[], opts: { env?: Record<string, string>; workdir?: string; user?: string } = {}) {
  let out = '';
  let err = '';
  const h = await engine.exec(id, { cmd, ...opts }, { onStdout: (c) => (out += c), onStderr: (c) => (err += c) });
  expect(h.id).toMatch(/^[0-9a-f]{64}$/);
  const { exitCode } = await h.done;
  return { out, err, exitCode };
}
const sh = (id: string, script: string) => run(id, ['sh', '-c', script]);

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  engine = createDockerEngine();
  await engine.ensureImage(BUSYBOX);
});

afterAll(async () => {
  if (!engine) return;
  const left = await engine.list({ [RUN_LABEL]: runId });
  for (const r of left.filter((r) => r.kind === 'container')) await engine.removeContainer(r.id);
  for (const r of left.filter((r) => r.kind === 'network')) await engine.removeNetwork(r.id);
  for (const r of left.filter((r) => r.kind === 'volume')) await engine.removeVolume(r.id);
  expect(await engine.list({ [RUN_LABEL]: runId })).toEqual([]);
}, 120_000);

describe('docker engine adapter (real engine)', { timeout: 120_000 }, () => {
  it('pings the engine and names the endpoint', async () => {
    await expect(engine.ping()).resolves.toBeUndefined();
    expect(engine.endpoint).toMatch(/^(unix|tcp|npipe|ssh):\/\//);
  });

  it('reports an unreachable engine with the endpoint and how to fix it', async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = 'unix:///nonexistent/clnrm-test.sock';
    try {
      const err = await createDockerEngine().ping().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EngineError);
      expect((err as Error).message).toContain('unix:///nonexistent/clnrm-test.sock');
      expect((err as Error).message).toMatch(/ensure-engine\.sh.*DOCKER_HOST/);
      expect((err as Error).cause).toBeDefined();
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });

  it('fails ensureImage for an image that is neither present nor pullable', async () => {
    const ref = `clnrm.invalid/does-not-exist-${runId}:latest`;
    const err = await engine.ensureImage(ref).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageUnavailableError);
    expect((err as ImageUnavailableError).image).toBe(ref);
    expect((err as Error).message).toContain('is not present and could not be pulled');
    expect((err as Error).message.length).toBeLessThan(500);
  });

  it('never pulls a missing fixture image: it names the build command instead', async () => {
    const ref = `clnrm-fixture/redis:does-not-exist-${runId}`;
    const err = await engine.ensureImage(ref).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageUnavailableError);
    expect((err as ImageUnavailableError).reason).toBe('fixture images are built on this host, never pulled');
    expect((err as Error).message).toContain('bash scripts/build-fixtures.sh redis');
  });

  it('creates a labelled internal network with a gateway', async () => {
    ({ id: netId, gateway } = await engine.createNetwork(`${runId}-net`, { internal: true, labels }));
    expect(netId).toMatch(/^[0-9a-f]{64}$/);
    expect(gateway).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const info = await raw.getNetwork(netId).inspect();
    expect(info.Internal).toBe(true);
    expect(info.Driver).toBe('bridge');
    expect(info.Labels).toMatchObject(labels);
  });

  it('creates and starts a container on the network with the spec mapped to the engine', async () => {
    const id = await start('a', {
      env: { FOO: 'bar' },
      network: { id: netId, aliases: ['alpha'] },
      memoryMb: 64,
      pids: 100,
      nofile: 1024,
      init: true,
      tmpfs: { '/scratch': 'rw,size=1m' },
    });
    const st = await engine.inspectContainer(id, netId);
    expect(st).toMatchObject({ id, running: true, paused: false, oomKilled: false, status: 'running' });
    expect(st.exitCode).toBeUndefined();
    expect(st.ipAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    // Same /16-or-narrower bridge subnet as the gateway.
    expect(st.ipAddress!.split('.').slice(0, 2)).toEqual(gateway!.split('.').slice(0, 2));

    const info = await raw.getContainer(id).inspect();
    expect(info.Name).toBe(`/${runId}-a`);
    expect(info.Config.Env).toContain('FOO=bar');
    expect(info.Config.Labels).toMatchObject(labels);
    expect(info.HostConfig).toMatchObject({
      Memory: 64 * MiB,
      MemorySwap: 64 * MiB,
      PidsLimit: 100,
      Init: true,
      Privileged: false,
      AutoRemove: false,
      Ulimits: [{ Name: 'nofile', Soft: 1024, Hard: 1024 }],
    });
    expect(info.NetworkSettings.Networks[`${runId}-net`]?.Aliases).toContain('alpha');
  });

  it('execs with stdout and stderr separated and the exit code', async () => {
    const r = await sh(ids.a!, 'echo out; echo err >&2; exit 3');
    expect(r).toEqual({ out: 'out\n', err: 'err\n', exitCode: 3 });
    const r2 = await run(ids.a!, ['sh', '-c', 'echo "$X $FOO"; pwd; id -u'], { env: { X: 'x1' }, workdir: '/tmp', user: '65534' });
    expect(r2).toEqual({ out: 'x1 bar\n/tmp\n65534\n', err: '', exitCode: 0 });
  });

  it('starts an exec as its own session and group leader; its background children outlive a KILL of it', async () => {
    // /proc/self/stat: pid (comm) state ppid pgrp session ...
    const stat = (await run(ids.a!, ['cat', '/proc/self/stat'])).out.split(' ');
    expect(stat[4]).toBe(stat[0]);
    expect(stat[5]).toBe(stat[0]);

    let out = '';
    const h = await engine.exec(ids.a!, { cmd: ['sh', '-c', 'sleep 100 & sleep 101 & echo $$; wait'] }, { onStdout: (c) => (out += c), onStderr() {} });
    const pid = (await until(async () => out, (o) => o.includes('\n'))).trim();
    const children = async () => (await sh(ids.a!, `for s in /proc/[0-9]*/stat; do cut -d' ' -f1,5 $s; done | awk '$2 == ${pid} && $1 != ${pid} {print $1}'`)).out.trim().split('\n').filter(Boolean);
    expect(await children()).toHaveLength(2);
    expect((await run(ids.a!, ['kill', '-9', pid])).exitCode).toBe(0);
    // The exec ends with its main process even though the children still hold its stdout.
    expect(await h.done).toEqual({ exitCode: 137 });
    expect(await children()).toHaveLength(2); // survivors, still in the dead leader's group
    expect((await run(ids.a!, ['kill', '-9', `-${pid}`])).exitCode).toBe(0); // the group kill gets them
    expect(await until(children, (c) => c.length === 0, 5000)).toEqual([]);
  });

  it('lets a second container reach the first by alias, and not the outside', async () => {
    await start('b', { network: { id: netId, aliases: ['beta'] } });
    expect((await sh(ids.b!, 'ping -c1 -W1 alpha')).exitCode).toBe(0);
    expect((await sh(ids.a!, 'ping -c1 -W1 beta')).exitCode).toBe(0);
    // Internal network: no route out.
    expect((await sh(ids.b!, 'ping -c1 -W1 1.1.1.1')).exitCode).not.toBe(0);
  });

  it('disconnects and reconnects a container with new aliases', async () => {
    const ip = (await engine.inspectContainer(ids.b!, netId)).ipAddress;
    expect((await sh(ids.a!, `ping -c1 -W1 ${ip}`)).exitCode).toBe(0);
    await engine.disconnectNetwork(netId, ids.b!);
    expect((await engine.inspectContainer(ids.b!, netId)).ipAddress).toBeUndefined();
    // By address: a name lookup on an internal network only fails after a DNS timeout.
    expect((await sh(ids.a!, `ping -c1 -W1 ${ip}`)).exitCode).not.toBe(0);
    await engine.disconnectNetwork(netId, ids.b!); // idempotent
    await engine.connectNetwork(netId, ids.b!, ['gamma']);
    expect((await engine.inspectContainer(ids.b!, netId)).ipAddress).toMatch(/^\d+\./);
    expect((await sh(ids.a!, 'ping -c1 -W1 gamma')).exitCode).toBe(0);
  });

  it('an exec that exceeds the memory limit is OOM-killed (137)', async () => {
    const id = await start('oom-exec', { memoryMb: 16 });
    // tail must buffer the whole newline-free "last line": 64 MiB against a 16 MiB limit.
    const r = await sh(id, 'dd if=/dev/zero bs=1M count=64 2>/dev/null | tail >/dev/null');
    expect(r.exitCode).toBe(137);
    const st = await engine.inspectContainer(id);
    expect(st.running).toBe(true); // only the exec's process died
  });

  it('a main process that exceeds the memory limit: exit 137 and oomKilled', async () => {
    const id = await start('oom-main', { memoryMb: 16, cmd: ['sh', '-c', 'tail /dev/zero'] });
    expect(await engine.waitContainer(id)).toEqual({ exitCode: 137 });
    const st = await engine.inspectContainer(id);
    expect(st).toMatchObject({ running: false, oomKilled: true, exitCode: 137, status: 'exited' });
  });

  it('updates memory live (limit and swap, seen by the cgroup)', async () => {
    const cat = async (f: string) => Number((await sh(ids.a!, `cat ${f}`)).out.trim());
    await engine.updateContainer(ids.a!, { memoryMb: 32 });
    let hc = (await raw.getContainer(ids.a!).inspect()).HostConfig;
    expect([hc.Memory, hc.MemorySwap]).toEqual([32 * MiB, 32 * MiB]);
    expect(await cat('/sys/fs/cgroup/memory/memory.limit_in_bytes')).toBe(32 * MiB);
    await engine.updateContainer(ids.a!, { memoryMb: 128 }); // raising needs swap raised first/together
    hc = (await raw.getContainer(ids.a!).inspect()).HostConfig;
    expect([hc.Memory, hc.MemorySwap]).toEqual([128 * MiB, 128 * MiB]);
    expect(await cat('/sys/fs/cgroup/memory/memory.limit_in_bytes')).toBe(128 * MiB);
  });

  it('updates the CPU quota live, whichever form the limit already has', async () => {
    const quota = async (id: string) => Number((await sh(id, 'cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us')).out.trim());
    // No CPU limit yet: cpuPercent becomes CpuPeriod/CpuQuota.
    await engine.updateContainer(ids.a!, { cpuPercent: 50 });
    let hc = (await raw.getContainer(ids.a!).inspect()).HostConfig;
    expect([hc.CpuPeriod, hc.CpuQuota, hc.NanoCpus]).toEqual([100_000, 50_000, 0]);
    expect(await quota(ids.a!)).toBe(50_000);
    // Millicores on a quota container stay in quota form (NanoCpus would conflict).
    await engine.updateContainer(ids.a!, { cpuMillicores: 250 });
    hc = (await raw.getContainer(ids.a!).inspect()).HostConfig;
    expect([hc.CpuQuota, hc.NanoCpus]).toEqual([25_000, 0]);
    expect(await quota(ids.a!)).toBe(25_000);

    // Created with NanoCpus: a cpuPercent update is expressed as NanoCpus.
    const id = await start('cpu', { cpuMillicores: 500 });
    expect(await quota(id)).toBe(50_000);
    await engine.updateContainer(id, { cpuPercent: 20, memoryMb: 48 });
    hc = (await raw.getContainer(id).inspect()).HostConfig;
    expect([hc.NanoCpus, hc.Memory, hc.MemorySwap]).toEqual([2e8, 48 * MiB, 48 * MiB]);
    expect(await quota(id)).toBe(20_000);
    // The raw conflict the adapter avoids is real on this engine.
    await expect(raw.getContainer(id).update({ CpuPeriod: 100_000, CpuQuota: 30_000 })).rejects.toThrow(/NanoC(PU|pu)s/);
  });

  it('pauses and unpauses, idempotently', async () => {
    await engine.pauseContainer(ids.b!);
    expect(await engine.inspectContainer(ids.b!)).toMatchObject({ paused: true, running: true });
    await engine.pauseContainer(ids.b!); // already paused: success
    await expect(engine.exec(ids.b!, { cmd: ['true'] }, { onStdout() {}, onStderr() {} })).rejects.toThrow(EngineError);
    await engine.unpauseContainer(ids.b!);
    expect(await engine.inspectContainer(ids.b!)).toMatchObject({ paused: false, running: true });
    await engine.unpauseContainer(ids.b!); // not paused: success
    expect((await sh(ids.b!, 'echo alive')).out).toBe('alive\n');
  });

  it('reads the last lines of the combined log', async () => {
    const id = await start('logs', { cmd: ['sh', '-c', 'for i in 1 2 3 4 5; do echo line$i; done; sleep 0.2; echo oops >&2; sleep 300'] });
    const text = await until(() => engine.logs(id, 3), (t) => t.includes('oops'));
    expect(text).toBe('line4\nline5\noops\n');
    expect(await engine.logs(id, 100)).toBe('line1\nline2\nline3\nline4\nline5\noops\n');
  });

  it('follows the log until aborted', async () => {
    const id = await start('follow', { cmd: ['sh', '-c', 'i=0; while true; do echo tick$i; i=$((i+1)); sleep 0.1; done'] });
    const lines: string[] = [];
    const ac = new AbortController();
    const following = engine.followLogs(id, (l) => { lines.push(l); if (lines.length === 3) ac.abort(); }, ac.signal);
    await following;
    expect(lines.slice(0, 3)).toEqual(['tick0', 'tick1', 'tick2']);
    const n = lines.length;
    await new Promise((r) => setTimeout(r, 500));
    expect(lines.length).toBe(n); // nothing arrives after the abort
  });

  it('follows the log until the container stops, stdout and stderr both', async () => {
    // The unterminated last line is the one the engine's follow stream tends to drop.
    for (let i = 0; i < 3; i++) {
      const id = await start(`follow-end-${i}`, { cmd: ['sh', '-c', 'echo a; echo b >&2; sleep 0.5; printf c'] });
      const lines: string[] = [];
      await engine.followLogs(id, (l) => lines.push(l), new AbortController().signal);
      expect(lines.sort()).toEqual(['a', 'b', 'c']);
    }
  });

  it('returns the whole stdout and stderr of a stopped container separately', async () => {
    const id = await start('output', { cmd: ['sh', '-c', 'echo o1; echo e1 >&2; printf o2; printf e2 >&2; exit 4'] });
    expect(await engine.waitContainer(id)).toEqual({ exitCode: 4 });
    const out = await engine.output(id);
    expect(out.stdout.toString()).toBe('o1\no2');
    expect(out.stderr.toString()).toBe('e1\ne2');
  });

  it('kills, then stop/kill/remove are idempotent', async () => {
    await engine.killContainer(ids.b!);
    const st = await engine.inspectContainer(ids.b!);
    expect(st).toMatchObject({ running: false, exitCode: 137 });
    const err = await engine.exec(ids.b!, { cmd: ['true'] }, { onStdout() {}, onStderr() {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as Error).message).toMatch(/not running/);
    await engine.killContainer(ids.b!);
    await engine.stopContainer(ids.b!, 1000);
    await engine.removeContainer(ids.b!);
    await engine.removeContainer(ids.b!);
    await engine.stopContainer(ids.b!, 1000);
    await engine.killContainer(ids.b!, 'SIGTERM');
    await engine.disconnectNetwork(netId, ids.b!);
    await expect(engine.inspectContainer(ids.b!)).rejects.toThrow(EngineError);
  });

  it('stops with a timeout and restarts', async () => {
    const id = await start('stop', { init: true });
    await engine.stopContainer(id, 2000);
    expect(await engine.inspectContainer(id)).toMatchObject({ running: false, status: 'exited' });
    await engine.restartContainer(id, 1000);
    expect((await engine.inspectContainer(id)).running).toBe(true);
    const w = engine.waitContainer(id);
    await engine.killContainer(id, 'SIGTERM'); // init forwards TERM to sleep
    expect((await w).exitCode).toBe(143);
  });

  it('creates volumes and lists everything by labels', async () => {
    const vol = await engine.createVolume(`${runId}-vol`, labels);
    expect(vol).toBe(`${runId}-vol`);
    const all = await engine.list(labels);
    expect(all.find((r) => r.kind === 'network')?.id).toBe(netId);
    const listed = all.find((r) => r.kind === 'volume');
    expect(listed).toMatchObject({ kind: 'volume', id: vol, labels });
    // The engine's creation stamp (leases are judged on the engine's clock): a real instant, not our clock's.
    expect(Number.isNaN(Date.parse(listed!.createdAt ?? ''))).toBe(false);
    const containers = all.filter((r) => r.kind === 'container').map((r) => r.id);
    expect(containers).toContain(ids.a);
    expect(containers).not.toContain(ids.b); // removed above
    for (const r of all) expect(r.labels).toMatchObject(labels);
    // ALL labels must match.
    expect(await engine.list({ ...labels, [RUN_LABEL]: `${runId}-other` })).toEqual([]);
    await engine.removeVolume(vol);
    await engine.removeVolume(vol);
    expect((await engine.list(labels)).some((r) => r.kind === 'volume')).toBe(false);
  });
});
