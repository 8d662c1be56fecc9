/** Shared helpers of the integration tests: load inline suites, run them on the real engine, inspect leftovers. */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
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

const IMAGE_DIGEST = /"(service|step)\.image\.digest":"sha256:[0-9a-f]{64}"/g;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The trace digest of a suite's run with each image content digest replaced by a placeholder: what the
 * suite, the seed and the system's behaviour determine, whichever package versions the fixture images got
 * when they were built on this machine (images of real software follow Debian's updates). Checks first
 * that `<suite>.trace.json` is the trace the report's digest was computed on and that it names images.
 */
export function behaviourDigest(reportDir: string, suite: string, reportDigest: string): string {
  const trace = readFileSync(join(reportDir, `${suite}.trace.json`), 'utf8');
  if (sha256(trace) !== reportDigest) throw new Error(`${suite}.trace.json does not hash to the report's digest ${reportDigest}`);
  const images = trace.match(IMAGE_DIGEST)?.length ?? 0;
  if (images === 0) throw new Error(`${suite}.trace.json records no image digest`);
  return sha256(trace.replace(IMAGE_DIGEST, '"$1.image.digest":"<image>"'));
}
