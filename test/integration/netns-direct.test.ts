/**
 * A container's network namespace entered directly (nsenter) where the runner is root on the engine's
 * host, on the REAL engine: the namespace found is the container's, a process that is not the container's
 * is never taken for it, and a chain installed one way is listed and removed the other way (the helper
 * container), so a fault injected directly is reverted whichever way its revert runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { localNetnsOf, runLocalShell } from '../../src/runtime/host-shell.js';
import { inNetns, type NetnsTarget } from '../../src/runtime/netns.js';
import { BUSYBOX, directEngineRun } from './helpers.js';

const direct = directEngineRun('netns');
const asRoot = process.getuid?.() === 0;
const saved = process.env.CLNRM_HOST_FIREWALL;

afterEach(() => {
  if (saved === undefined) delete process.env.CLNRM_HOST_FIREWALL;
  else process.env.CLNRM_HOST_FIREWALL = saved;
});

async function sleeper(name: string): Promise<{ id: string; pid: number; target: NetnsTarget }> {
  const engine = direct.engine();
  const id = await engine.createContainer({ name: `${direct.runId}-${name}`, image: BUSYBOX, cmd: ['sleep', '600'], env: {}, labels: direct.labels });
  await engine.startContainer(id);
  const state = await engine.inspectContainer(id);
  return { id, pid: state.pid!, target: { containerId: id, labels: direct.labels, name: `${direct.runId}-${name}` } };
}

describe("a container's network namespace, entered directly", { timeout: 120_000 }, () => {
  it("is the container's own: its address is the one the engine reports", async () => {
    const engine = direct.engine();
    const { id, pid } = await sleeper('own');
    const path = await localNetnsOf(engine.endpoint, id, pid);
    if (!asRoot || !engine.endpoint.startsWith('unix://')) return expect(path).toBeUndefined();
    expect(path).toBe(`/proc/${pid}/ns/net`);
    const ip = (await engine.inspectContainer(id, 'bridge')).ipAddress; // the engine's default network
    expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const r = await runLocalShell('ip -o -4 addr show', path);
    expect(r.exitCode, r.output).toBe(0);
    expect(r.output).toContain(`inet ${ip}/`);
  });

  it("is never a process whose cgroup does not name the container, nor a container that stopped", async () => {
    const engine = direct.engine();
    const { id, pid } = await sleeper('other');
    const other = await sleeper('other2');
    expect(await localNetnsOf(engine.endpoint, id, process.pid)).toBeUndefined(); // this process is not in the container
    expect(await localNetnsOf(engine.endpoint, id, other.pid)).toBeUndefined(); // another container's process
    expect(await localNetnsOf(engine.endpoint, 'not-an-id', pid)).toBeUndefined();
    expect(await localNetnsOf('http://127.0.0.1:2375', id, pid)).toBeUndefined(); // not a local engine
    process.env.CLNRM_HOST_FIREWALL = 'helper';
    expect(await localNetnsOf(engine.endpoint, id, pid)).toBeUndefined(); // the helper was asked for
    delete process.env.CLNRM_HOST_FIREWALL;
    await engine.stopContainer(id, 0);
    expect(await localNetnsOf(engine.endpoint, id, pid)).toBeUndefined(); // its process is gone
  });

  it('a chain installed directly is listed and removed by the helper, and the other way round', async () => {
    const engine = direct.engine();
    const { target } = await sleeper('chains');
    const install = (chain: string) => `set -e\niptables -w -N ${chain}\niptables -w -A ${chain} -p tcp --dport 9 -j DROP`;
    const listed = async (chain: string) => (await inNetns(engine, target, `iptables -w -S ${chain}`)).output.includes(`-A ${chain} -p tcp`);

    expect((await inNetns(engine, target, install('CLNRMDIRECT'))).exitCode).toBe(0);
    process.env.CLNRM_HOST_FIREWALL = 'helper';
    expect(await listed('CLNRMDIRECT')).toBe(true);
    expect((await inNetns(engine, target, install('CLNRMHELPER'))).exitCode).toBe(0);
    expect((await inNetns(engine, target, 'iptables -w -F CLNRMDIRECT && iptables -w -X CLNRMDIRECT')).exitCode).toBe(0);
    delete process.env.CLNRM_HOST_FIREWALL;
    expect(await listed('CLNRMDIRECT')).toBe(false);
    expect(await listed('CLNRMHELPER')).toBe(true);
    expect((await inNetns(engine, target, 'iptables -w -F CLNRMHELPER && iptables -w -X CLNRMHELPER')).exitCode).toBe(0);
    process.env.CLNRM_HOST_FIREWALL = 'helper';
    expect(await listed('CLNRMHELPER')).toBe(false);
  });
});
