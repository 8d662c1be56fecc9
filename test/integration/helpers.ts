/** Shared helpers of the integration tests: load inline suites, run them on the real engine, inspect leftovers. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Suite } from '../../src/load/index.js';
import { runFiles, type RunSummary } from '../../src/run.js';
import { createDockerEngine } from '../../src/runtime/docker-engine.js';
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

/** A suite named `name`, seed 7 unless given, with `extra` tables and one sleeping service `app`. */
export const header = (name: string, extra = '', seed = 7) => `${suiteHeadToml(name, { seed, extra })}${sleeperToml('app')}`;

/** The environment without CI, so a CLI run's strictness is what the test says, not what the CI host sets. */
export function envWithoutCi(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { CI: _ci, ...rest } = process.env;
  return { ...rest, ...extra };
}
