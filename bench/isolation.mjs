#!/usr/bin/env node
/**
 * Start-up and teardown cost of network isolation per scenario, on the real engine, as a ratio
 * within one run (needs dist/ and the fixture images).
 *
 *   node bench/isolation.mjs            ROUNDS=8 node bench/isolation.mjs
 *
 * Start-up of a scenario as the runner does it: create the network, start one service
 * container on it (busybox sleep). Isolated: the same with the host-side firewall installed
 * between the two (src/runtime/isolation.ts). Teardown: remove the container and network,
 * plus the chain when isolated. Rounds alternate plain/isolated so load drift hits both.
 * Printed: medians in ms and the ratios isolated / plain.
 */
import { performance } from 'node:perf_hooks';
import { createDockerEngine } from '../dist/runtime/docker-engine.js';
import { isolateNetwork } from '../dist/runtime/isolation.js';

const ROUNDS = Number(process.env.ROUNDS ?? 6);
const IMAGE = 'clnrm-fixture/busybox:latest';
const engine = createDockerEngine();
const labels = { 'clnrm.managed': 'true', 'clnrm.pid': String(process.pid), 'clnrm.run': `bench-iso-${process.pid}` };

async function scenario(i, isolated) {
  const name = `clnrm-bench-iso-${process.pid}-${i}`;
  const t0 = performance.now();
  const network = await engine.createNetwork(name, { internal: true, labels });
  const firewall = isolated ? await isolateNetwork(engine, { network, holes: [], labels, name }) : undefined;
  const id = await engine.createContainer({ name: `${name}-app`, image: IMAGE, cmd: ['sleep', '3600'], env: {}, labels, network: { id: network.id, aliases: ['app'] }, init: true });
  await engine.startContainer(id);
  const t1 = performance.now();
  await engine.removeContainer(id);
  await engine.removeNetwork(network.id);
  await firewall?.remove();
  const t2 = performance.now();
  return { startMs: t1 - t0, teardownMs: t2 - t1 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const plain = [];
const isolated = [];
await engine.ensureImage(IMAGE);
await scenario(-1, true); // warm-up: images, helper path
for (let i = 0; i < ROUNDS; i++) {
  const first = i % 2 === 0;
  (first ? plain : isolated).push(await scenario(i * 2, !first));
  (first ? isolated : plain).push(await scenario(i * 2 + 1, first));
}
const row = (label, xs) => ({ label, startMs: Math.round(median(xs.map((x) => x.startMs))), teardownMs: Math.round(median(xs.map((x) => x.teardownMs))) });
const [p, s] = [row('plain', plain), row('isolated', isolated)];
console.table([p, s]);
console.log(`start-up ratio isolated/plain: ${(s.startMs / p.startMs).toFixed(2)} (+${s.startMs - p.startMs} ms per scenario)`);
console.log(`teardown ratio isolated/plain: ${(s.teardownMs / p.teardownMs).toFixed(2)} (+${s.teardownMs - p.teardownMs} ms per scenario)`);
