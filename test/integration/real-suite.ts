/** Shared by the tests of tests/real/: build a fixture image of real software, run a suite through the CLI, read its report. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CLI, ROOT, docker } from './helpers.js';

export interface ReportVerdict {
  kind: string;
  keyPath: string;
  passed: boolean;
  message: string;
}
export interface ReportStep {
  name: string;
  outcome: string;
  stdout: { text: string };
}
export interface ReportScenario {
  name: string;
  outcome: string;
  verdicts: ReportVerdict[];
  steps: ReportStep[];
  experiment: {
    kpis: {
      mttrMs: number | null;
      availabilityPct: number | null;
      errorBudgetUsedPct: number | null;
      errorBudget: { requests: number; failed: number } | null;
      samples: { total: number; healthy: number };
    };
  };
}
export interface ReportSpan {
  name: string;
  attributes: Record<string, unknown>;
}
export interface RealReport {
  outcome: string;
  seed: number;
  digest: { value: string };
  scenarios: ReportScenario[];
  spans: ReportSpan[];
}

/** Builds `clnrm-fixture/<name>` from Debian packages when missing ("up to date" otherwise); for a beforeAll. */
export function buildFixture(name: string): void {
  const build = spawnSync('bash', ['scripts/build-fixtures.sh', name], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
}

/** Runs a suite file with `clnrm run -j 2 -q` into a fresh report directory; it must pass and leave no container. */
export function runRealSuite(suiteFile: string, suiteName: string, timeoutMs: number): { dir: string; report: RealReport } {
  const dir = mkdtempSync(join(tmpdir(), `clnrm-real-${suiteName}-`));
  const r = spawnSync(process.execPath, [CLI, 'run', suiteFile, '--report-dir', dir, '-j', '2', '-q'], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs });
  expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
  const left = docker(['ps', '-aq', '--filter', 'label=clnrm.managed', '--filter', `label=clnrm.pid=${r.pid}`]).stdout.trim();
  expect(left).toBe('');
  return { dir, report: JSON.parse(readFileSync(join(dir, `${suiteName}.report.json`), 'utf8')) as RealReport };
}

export const stdoutOf = (scenario: ReportScenario, step: string): string => scenario.steps.find((s) => s.name === step)?.stdout.text ?? '';

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
