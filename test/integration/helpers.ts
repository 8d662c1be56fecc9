/** Shared helpers of the integration tests: load inline suites, run them on the real engine, inspect leftovers. */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Suite } from '../../src/load/index.js';
import { runFiles, type RunSummary } from '../../src/run.js';
import { NETTOOLS_IMAGE as NETTOOLS } from '../../src/common/fixtures.js';
import { createDockerEngine } from '../../src/runtime/docker-engine.js';
import { MANAGED_LABEL, PID_LABEL, RUN_LABEL, type Engine } from '../../src/runtime/engine.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHAIN_PREFIX, chainFor, removeScript } from '../../src/runtime/isolation.js';
import { loadSuite, sleeperToml, suiteHeadToml } from '../kit/index.js';

export const BUSYBOX = 'clnrm-fixture/busybox:latest';
export const ROOT = new URL('../../', import.meta.url).pathname;
export const CLI = join(ROOT, 'bin/clnrm.js');

/** Loads inline suite text with the runner's own environment (as `clnrm run` would). */
export function suiteFrom(toml: string, file = 'inline.clnrm.toml'): Suite {
  return loadSuite(toml, {}, file);
}

let counter = 0;
export async function runSuites(suites: Suite[], options: { jobs?: number; seed?: number; signal?: AbortSignal } = {}): Promise<RunSummary> {
  return runFiles({
    suites,
    engine: createDockerEngine(),
    runId: `test${process.pid}x${counter++}`,
    reportDir: mkdtempSync(join(tmpdir(), 'clnrm-it-')),
    ...options,
  });
}

/** Labelled resources on the engine created by this test process (optionally of one run). */
export function managedLeft(run?: string): string[] {
  const filter = ['--filter', `label=clnrm.managed=true`, '--filter', `label=clnrm.pid=${process.pid}`, ...(run ? ['--filter', `label=clnrm.run=${run}`] : [])];
  const out = [
    execFileSync('docker', ['ps', '-aq', ...filter]).toString(),
    execFileSync('docker', ['network', 'ls', '-q', ...filter]).toString(),
    execFileSync('docker', ['volume', 'ls', '-q', ...filter]).toString(),
  ].join('\n');
  return out.split('\n').filter(Boolean);
}

export function docker(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('docker', args, { encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Removes what a run kept (`[cleanup] containers = "never"`): its containers, its networks and the host-side
 * isolation chain of each network (removing a network with the docker CLI leaves its chain behind, since only
 * the runner knows of it). Returns the chains still present afterwards (none when all went).
 */
export function removeKeptRun(runId: string): string[] {
  const f = ['--filter', `label=clnrm.run=${runId}`];
  const ids = docker(['ps', '-aq', ...f]).stdout.split('\n').filter(Boolean);
  if (ids.length) docker(['rm', '-f', ...ids]);
  const nets = docker(['network', 'ls', '-q', '--no-trunc', ...f]).stdout.split('\n').filter(Boolean);
  if (nets.length) docker(['network', 'rm', ...nets]);
  const chains = nets.map(chainFor);
  if (chains.length === 0) return [];
  const script = `${chains.map(removeScript).join('\n')}\niptables -w -S | sed -n 's/^-N \\(${CHAIN_PREFIX}.*\\)$/\\1/p'`;
  const r = docker(['run', '--rm', '--network', 'host', '--cap-add', 'NET_ADMIN', '--label', `clnrm.run=${runId}`, '--label', `clnrm.pid=${process.pid}`, NETTOOLS, 'sh', '-c', script]);
  const listed = r.stdout.split('\n').map((l) => l.trim());
  return chains.filter((c) => r.status !== 0 || listed.includes(c));
}

/** A suite named `name`, seed 7 unless given, with `extra` tables and one sleeping service `app`. */
export const header = (name: string, extra = '', seed = 7) => `${suiteHeadToml(name, { seed, extra })}${sleeperToml('app')}`;

/** The environment without CI, so a CLI run's strictness is what the test says, not what the CI host sets. */
export function envWithoutCi(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { CI: _ci, ...rest } = process.env;
  return { ...rest, ...extra };
}

/**
 * An engine for tests that create containers themselves (not through a run): labelled like a run's, with the
 * busybox fixture ensured before the tests, and every container of the run removed (and checked gone) after them.
 */
export function directEngineRun(prefix: string): { runId: string; labels: Record<string, string>; engine: () => Engine } {
  const runId = `${prefix}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const labels = { [MANAGED_LABEL]: 'true', [RUN_LABEL]: runId, [PID_LABEL]: String(process.pid) };
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = createDockerEngine();
    await engine.ensureImage(BUSYBOX);
  });
  afterAll(async () => {
    if (!engine) return;
    for (const r of await engine.list({ [RUN_LABEL]: runId })) if (r.kind === 'container') await engine.removeContainer(r.id);
    expect(await engine.list({ [RUN_LABEL]: runId })).toEqual([]);
  }, 60_000);
  return { runId, labels, engine: () => engine! };
}
