/**
 * The container's process table read from the host's /proc (the leak check after each step, without an exec)
 * against the listing inside the container, on the real engine: the same records in the same order, or nothing.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDockerEngine } from '../../src/runtime/docker-engine.js';
import { MANAGED_LABEL, PID_LABEL, RUN_LABEL, type Engine } from '../../src/runtime/engine.js';
import { hostProcessesReadable, hostProcessTable } from '../../src/runtime/host-processes.js';
import { listProcesses, runnerExecEnv, type ContainerProcess } from '../../src/runtime/session.js';
import { BUSYBOX } from './helpers.js';

const runId = `it-hostps-${process.pid}-${randomBytes(3).toString('hex')}`;
const labels = { [MANAGED_LABEL]: 'true', [RUN_LABEL]: runId, [PID_LABEL]: String(process.pid) };
const marker = Object.entries(runnerExecEnv()).map(([k, v]) => `${k}=${v}`)[0]!;
let engine: Engine;

beforeAll(async () => {
  engine = createDockerEngine();
  await engine.ensureImage(BUSYBOX);
});

afterAll(async () => {
  if (!engine) return;
  for (const r of await engine.list({ [RUN_LABEL]: runId })) if (r.kind === 'container') await engine.removeContainer(r.id);
  expect(await engine.list({ [RUN_LABEL]: runId })).toEqual([]);
}, 60_000);

async function exec(id: string, script: string, env?: Record<string, string>): Promise<void> {
  const h = await engine.exec(id, { cmd: ['sh', '-c', script], ...(env ? { env } : {}) }, { onStdout() {}, onStderr() {} });
  expect((await h.done).exitCode).toBe(0);
}

// The listing inside the container also shows its own processes (runner-marked, gone once it ended).
const notTheListing = (ps: readonly ContainerProcess[]) => ps.filter((p) => !(p.runner && /^(sh -c for p in|tr |grep )/.test(p.command)));

describe('process table from the host /proc', { timeout: 60_000 }, () => {
  it('equals the listing inside the container: pids, start times, sessions, states, commands and runner marks, in its order', async () => {
    const id = await engine.createContainer({ name: `${runId}-a`, image: BUSYBOX, cmd: ['sh', '-c', 'sleep 300 & exec sleep 301'], env: {}, labels, init: true });
    await engine.startContainer(id);
    // A step's leftovers (own session, double-forked, a command line with odd bytes), a runner exec's process, and a zombie-free table otherwise.
    await exec(id, "setsid sleep 302 >/dev/null 2>&1 & (setsid sh -c 'sleep 303 & exit 0' &); sleep 0.2");
    await exec(id, 'sleep 304 >/dev/null 2>&1 &', runnerExecEnv());
    await exec(id, "(exec -a 'odd  name é' sleep 305 >/dev/null 2>&1 &) || true");
    const { pid } = await engine.inspectContainer(id);
    expect(pid).toBeGreaterThan(0);
    const inside = notTheListing(await listProcesses(engine, id));
    const here = hostProcessTable(id, pid!, marker);
    if (hostProcessesReadable(engine.endpoint)) expect(here).toBeDefined();
    if (here === undefined) return;
    expect(here).toEqual(inside);
    expect(here.find((p) => p.command === 'sleep 304')?.runner).toBe(true);
    expect(here.filter((p) => /^sleep 30[23]$/.test(p.command)).map((p) => p.runner)).toEqual([false, false]);
    expect(here[0]!.pid).toBe(1);
  });

  it('answers nothing for a pid that is not the container\'s init', async () => {
    const id = await engine.createContainer({ name: `${runId}-b`, image: BUSYBOX, cmd: ['sleep', '300'], env: {}, labels, init: true });
    await engine.startContainer(id);
    expect(hostProcessTable(id, process.pid, marker)).toBeUndefined();
    expect(hostProcessTable(id, 999_999_999, marker)).toBeUndefined();
  });
});
