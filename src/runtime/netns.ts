/**
 * Runs a shell script in a helper container sharing a network namespace: a
 * short-lived container from the nettools fixture image with NET_ADMIN (only
 * the helper gets it; the target keeps the capabilities it declared). Works
 * where the runner is not root on the engine's host, and needs no netem.
 * Used by network faults (src/chaos) and by network isolation (isolation.ts).
 */
import type { Engine, Labels } from './engine.js';
import { NETTOOLS_IMAGE } from '../common/fixtures.js';

export interface NetnsTarget {
  containerId: string;
  labels: Labels;
  /** Names the helper containers. */
  name: string;
}

/** Runs a shell script in a helper sharing the target's network namespace; returns exit code and output. */
export function inNetns(engine: Engine, t: NetnsTarget, script: string): Promise<{ exitCode: number; output: string }> {
  return runHelper(engine, { labels: t.labels, name: t.name, networkMode: `container:${t.containerId}` }, script);
}

/**
 * Runs a shell script in a helper in the engine host's own network namespace
 * (where the bridges of the scenario networks are): the host-side firewall of
 * network isolation (isolation.ts).
 */
export function inHostNetns(engine: Engine, t: { labels: Labels; name: string }, script: string): Promise<{ exitCode: number; output: string }> {
  return runHelper(engine, { ...t, networkMode: 'host' }, script);
}

async function runHelper(engine: Engine, t: { labels: Labels; name: string; networkMode: string }, script: string): Promise<{ exitCode: number; output: string }> {
  await engine.ensureImage(NETTOOLS_IMAGE);
  const id = await engine.createContainer({
    name: `${t.name}-net${Date.now().toString(36)}${Math.floor(performance.now() * 1000).toString(36)}`,
    image: NETTOOLS_IMAGE,
    cmd: ['sh', '-c', script],
    env: {},
    labels: t.labels,
    networkMode: t.networkMode,
    capAdd: ['NET_ADMIN', 'NET_RAW'],
  });
  try {
    await engine.startContainer(id);
    const { exitCode } = await engine.waitContainer(id);
    const out = await engine.output(id);
    return { exitCode, output: `${out.stdout.toString()}${out.stderr.toString()}` };
  } finally {
    await engine.removeContainer(id).catch(() => undefined);
  }
}

