/**
 * The container's process table read from the host's /proc (the leak check after each step, without an exec)
 * against the listing inside the container, on the real engine: the same records in the same order, or nothing.
 */
import { describe, expect, it } from 'vitest';
import { hostProcessesReadable, hostProcessTable } from '../../src/runtime/host-processes.js';
import { listProcesses, runnerExecEnv, type ContainerProcess } from '../../src/runtime/session.js';
import { BUSYBOX, directEngineRun } from './helpers.js';

const { runId, labels, engine: engineOf } = directEngineRun('it-hostps');
const marker = Object.entries(runnerExecEnv()).map(([k, v]) => `${k}=${v}`)[0]!;

async function exec(id: string, script: string, env?: Record<string, string>): Promise<void> {
  const h = await engineOf().exec(id, { cmd: ['sh', '-c', script], ...(env ? { env } : {}) }, { onStdout() {}, onStderr() {} });
  expect((await h.done).exitCode).toBe(0);
}

// The listing inside the container also shows its own processes (runner-marked, gone once it ended).
const notTheListing = (ps: readonly ContainerProcess[]) => ps.filter((p) => !(p.runner && /^(sh -c for p in|tr |grep )/.test(p.command)));

describe('process table from the host /proc', { timeout: 60_000 }, () => {
  it('equals the listing inside the container: pids, start times, sessions, states, commands and runner marks, in its order', async () => {
    const id = await engineOf().createContainer({ name: `${runId}-a`, image: BUSYBOX, cmd: ['sh', '-c', 'sleep 300 & exec sleep 301'], env: {}, labels, init: true });
    await engineOf().startContainer(id);
    // A step's leftovers (own session, double-forked, a command line with odd bytes), a runner exec's process, and a zombie-free table otherwise.
    await exec(id, "setsid sleep 302 >/dev/null 2>&1 & (setsid sh -c 'sleep 303 & exit 0' &); sleep 0.2");
    await exec(id, 'sleep 304 >/dev/null 2>&1 &', runnerExecEnv());
    await exec(id, "(exec -a 'odd  name é' sleep 305 >/dev/null 2>&1 &) || true");
    const { pid } = await engineOf().inspectContainer(id);
    expect(pid).toBeGreaterThan(0);
    const inside = notTheListing(await listProcesses(engineOf(), id));
    const here = hostProcessTable(id, pid!, marker);
    if (hostProcessesReadable(engineOf().endpoint)) expect(here).toBeDefined();
    if (here === undefined) return;
    expect(here).toEqual(inside);
    expect(here.find((p) => p.command === 'sleep 304')?.runner).toBe(true);
    expect(here.filter((p) => /^sleep 30[23]$/.test(p.command)).map((p) => p.runner)).toEqual([false, false]);
    expect(here[0]!.pid).toBe(1);
  });

  it('answers nothing for a pid that is not the container\'s init', async () => {
    const id = await engineOf().createContainer({ name: `${runId}-b`, image: BUSYBOX, cmd: ['sleep', '300'], env: {}, labels, init: true });
    await engineOf().startContainer(id);
    expect(hostProcessTable(id, process.pid, marker)).toBeUndefined();
    expect(hostProcessTable(id, 999_999_999, marker)).toBeUndefined();
  });
});
