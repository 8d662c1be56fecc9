/**
 * The TCP fault proxy on the REAL engine: busybox httpd upstream, the proxy in
 * front of it under its alias, a busybox client. Toxics are added and removed
 * through the fault types themselves; the client times `wget` in-container.
 * afterAll removes everything carrying this run's label and checks nothing is left.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latency } from '../../src/chaos/faults/latency.js';
import { proxyTimeout } from '../../src/chaos/faults/proxy-timeout.js';
import { startProxy, type RunningProxy } from '../../src/chaos/proxy/index.js';
import type { InjectContext } from '../../src/chaos/types.js';
import type { FaultSpec } from '../../src/load/index.js';
import { createRng } from '../../src/plan/rng.js';
import { createDockerEngine } from '../../src/runtime/docker-engine.js';
import { MANAGED_LABEL, PID_LABEL, RUN_LABEL, type Engine } from '../../src/runtime/engine.js';
import { BUSYBOX } from './helpers.js';

const runId = `it-proxy-${process.pid}-${randomBytes(3).toString('hex')}`;
const labels = { [MANAGED_LABEL]: 'true', [RUN_LABEL]: runId, [PID_LABEL]: String(process.pid) };
const PROXY = 'web_proxy';
const URL = `http://${PROXY}:18080/index.html`;

let engine: Engine;
let networkId = '';
let client = '';
let proxy: RunningProxy;

async function sh(id: string, script: string): Promise<{ exitCode: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  const h = await engine.exec(id, { cmd: ['sh', '-c', script] }, { onStdout: (c) => (out += c), onStderr: (c) => (err += c) });
  const { exitCode } = await h.done;
  return { exitCode, out, err };
}

/** Seconds `wget` took inside the client, from busybox `time` ("real 0m 0.51s"). */
async function timedGet(limitSeconds?: number): Promise<{ seconds: number; exitCode: number | null; body: string }> {
  // Not `wget -T`: this busybox (Debian 1.35 static) segfaults on -T; `timeout` bounds it instead.
  const r = await sh(client, `time ${limitSeconds ? `timeout ${limitSeconds} ` : ''}wget -q -O - ${URL}`);
  const m = /real\s+(\d+)m\s*([\d.]+)s/.exec(r.err);
  if (!m) throw new Error(`no timing in: ${r.err}`);
  return { seconds: Number(m[1]) * 60 + Number(m[2]), exitCode: r.exitCode, body: r.out };
}

function injectContext(type: string, params: Record<string, unknown>, n: number): InjectContext {
  const spec: FaultSpec = { type, name: type, keyPath: `scenario[0].chaos[${n}]`, atMs: 0, count: 1, probability: 1, params: { proxy: PROXY, ...params } };
  return {
    engine,
    fault: spec,
    containers: new Map([['client', client]]),
    services: {},
    networkId,
    labels,
    namePrefix: `${runId}-${type}${n}`,
    injectionName: `${type}-${n}`,
    rng: createRng(42, `inject:${type}:${n}`),
    proxies: new Map([[PROXY, proxy]]),
  };
}

/** Waits (bounded) until the proxy holds no open connection. */
async function untilNoOpenConnections(): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { open_connections: open } = (await (await fetch(`${proxy.controlUrl}/health`)).json()) as { open_connections: number };
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`the proxy still holds ${open} open connection(s) after 10 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  engine = createDockerEngine();
  await engine.ensureImage(BUSYBOX);
  networkId = (await engine.createNetwork(`${runId}-net`, { internal: true, labels })).id;
  const web = await engine.createContainer({
    name: `${runId}-web`,
    image: BUSYBOX,
    cmd: ['sh', '-c', 'mkdir -p /www && echo hello-through-proxy > /www/index.html && exec httpd -f -p 8080 -h /www'],
    env: {},
    labels,
    network: { id: networkId, aliases: ['web'] },
  });
  client = await engine.createContainer({ name: `${runId}-client`, image: BUSYBOX, cmd: ['sleep', '300'], env: {}, labels, network: { id: networkId, aliases: ['client'] } });
  await engine.startContainer(web);
  await engine.startContainer(client);
  proxy = await startProxy(engine, {
    spec: { name: PROXY, listen: 18080, upstream: { service: 'web', port: 8080 } },
    networkId,
    labels,
    name: `${runId}-${PROXY}`,
    upstreamHost: 'web',
  });
}, 120_000);

afterAll(async () => {
  if (!engine) return;
  const left = await engine.list({ [RUN_LABEL]: runId });
  for (const r of left.filter((r) => r.kind === 'container')) await engine.removeContainer(r.id);
  for (const r of left.filter((r) => r.kind === 'network')) await engine.removeNetwork(r.id);
  expect(await engine.list({ [RUN_LABEL]: runId })).toEqual([]);
}, 120_000);

describe('TCP fault proxy (real engine)', { timeout: 120_000 }, () => {
  it('answers /health from the runner and forwards NAME:listen to the upstream', async () => {
    expect(proxy.controlUrl).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:8474$/);
    expect((await fetch(`${proxy.controlUrl}/health`)).status).toBe(200);
    const r = await timedGet();
    expect(r.exitCode).toBe(0);
    expect(r.body.trim()).toBe('hello-through-proxy');
  });

  it('latency toxic slows every request by latency_ms; removing it makes them fast again', async () => {
    const before = Math.min(...(await Promise.all([0, 1, 2].map(() => timedGet()))).map((r) => r.seconds));
    // A toxic acts on the connections open when it is added, and their end counts as traffic it acted on:
    // the requests above must be closed in the proxy too (under load it may finish them after wget is done).
    await untilNoOpenConnections();
    const injected = await latency.inject(injectContext('latency', { latency_ms: 500, jitter_ms: 0 }, 0));
    // Listed back by the proxy, but no traffic yet: the effect is not observed until a request goes through.
    expect(injected.evidence).toMatchObject({ effect: true, attributes: { 'chaos.type': 'latency', 'proxy.name': PROXY, 'toxic.stream': 'downstream', 'toxic.toxicity': 1, 'latency.ms': 500, 'jitter.ms': 0, 'toxic.listed': true } });
    expect(await injected.observe!()).toMatchObject({ effect: false, reason: `no traffic went through proxy ${PROXY} while the latency toxic was active` });
    const toxics = (await (await fetch(`${proxy.controlUrl}/toxics`)).json()) as Array<{ name: string; seed: number }>;
    expect(toxics).toEqual([expect.objectContaining({ name: `latency-0`, seed: injected.evidence.attributes['toxic.seed'] })]);
    const slow = await timedGet();
    expect(slow.exitCode).toBe(0);
    expect(slow.body.trim()).toBe('hello-through-proxy');
    expect(slow.seconds).toBeGreaterThanOrEqual(0.5);
    expect(await injected.observe!()).toMatchObject({ effect: true, attributes: { 'toxic.connections_affected': 1 } });
    const recovery = await injected.revert!();
    expect(recovery).toMatchObject({ strategy: 'remove_toxic', success: true });
    const after = await timedGet();
    expect(after.seconds).toBeLessThan(0.4);
    expect(await (await fetch(`${proxy.controlUrl}/toxics`)).json()).toEqual([]);
    console.log(`wget through the proxy: ${before}s before, ${slow.seconds}s with latency 500 ms, ${after.seconds}s after removal`);
  });

  it('proxy_timeout makes the client time out; removing it restores service', async () => {
    const injected = await proxyTimeout.inject(injectContext('proxy_timeout', { timeout_close_ms: 10_000 }, 1));
    const r = await timedGet(2);
    expect(r.exitCode).not.toBe(0);
    expect(r.seconds).toBeGreaterThanOrEqual(1.9);
    expect((await injected.revert!()).success).toBe(true);
    expect((await timedGet()).exitCode).toBe(0);
  });

  it('refuses to inject into a proxy the scenario does not run', async () => {
    const ctx = { ...injectContext('latency', { latency_ms: 5 }, 2), proxies: new Map() };
    await expect(latency.inject(ctx)).rejects.toThrow(/proxy web_proxy is not running/);
  });

  it('close() removes the proxy container', async () => {
    await proxy.close();
    const ours = await engine.list({ [RUN_LABEL]: runId });
    expect(ours.find((r) => r.id === proxy.containerId)).toBeUndefined();
  });
});
