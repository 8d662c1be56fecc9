/**
 * The main job: `clnrm run tests/chaos/*.clnrm.toml` through the CLI, twice.
 * Every suite passes, every report exists and parses (JUnit against the
 * project's schema), each suite's digest is identical over both runs, and
 * nothing labelled is left on the engine.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, docker } from './helpers.js';

/** The suites and what each is written with: seed, frozen clock, how many scenarios at least. */
const CLASSIC = { seed: 666, frozenAt: '2025-01-01T00:00:00.000Z', scenarios: 5 };
const SUITES: Record<string, { seed: number; frozenAt?: string; scenarios: number }> = {
  concurrent_chaos: CLASSIC,
  container_failures: CLASSIC,
  network_partitions: CLASSIC,
  resource_exhaustion: CLASSIC,
  syscall_faults: CLASSIC,
  timeout_scenarios: CLASSIC,
  // Its expectations are scoped to fault windows: times of the runner and of the traced service must line up, so no faked clock.
  fault_windows: { seed: 1919, scenarios: 1 },
};

function runAll(): { dir: string; status: number | null; output: string; pid: number } {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-chaos-'));
  const files = readdirSync(join(ROOT, 'tests/chaos'))
    .filter((f) => f.endsWith('.clnrm.toml'))
    .map((f) => join('tests/chaos', f));
  const r = spawnSync(process.execPath, [CLI, 'run', ...files, '--report-dir', dir, '-j', '2', '-q'], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  return { dir, status: r.status, output: `${r.stdout}${r.stderr}`, pid: r.pid };
}

/** What the run of runner `pid` left labelled on the engine (other runners may share the engine). */
function leftovers(pid: number): string[] {
  const f = ['--filter', 'label=clnrm.managed', '--filter', `label=clnrm.pid=${pid}`];
  return [...docker(['ps', '-aq', ...f]).stdout.split('\n'), ...docker(['network', 'ls', '-q', ...f]).stdout.split('\n'), ...docker(['volume', 'ls', '-q', ...f]).stdout.split('\n')].filter(Boolean);
}

describe('the chaos suites', () => {
  it('all pass, twice, with identical digests, complete reports and nothing left behind', { timeout: 1_200_000 }, () => {
    const first = runAll();
    expect(first.status, first.output).toBe(0);
    expect(leftovers(first.pid)).toEqual([]);
    const second = runAll();
    expect(second.status, second.output).toBe(0);
    expect(leftovers(second.pid)).toEqual([]);

    expect(readdirSync(join(ROOT, 'tests/chaos')).filter((f) => f.endsWith('.clnrm.toml')).sort()).toEqual(Object.keys(SUITES).map((s) => `${s}.clnrm.toml`).sort());
    for (const [suite, spec] of Object.entries(SUITES)) {
      const digests = [first.dir, second.dir].map((dir) => {
        const report = JSON.parse(readFileSync(join(dir, `${suite}.report.json`), 'utf8'));
        expect(report.suite.name).toBe(suite);
        expect(report.outcome).toBe('pass');
        expect(report.seed).toBe(spec.seed);
        if (spec.frozenAt) expect(report.startedAt).toBe(spec.frozenAt);
        expect(report.counts.failed + report.counts.errors + report.counts.leaks).toBe(0);
        expect(report.scenarios.length).toBeGreaterThanOrEqual(spec.scenarios);
        const cleanup = JSON.parse(readFileSync(join(dir, `${suite}.cleanup.json`), 'utf8'));
        expect(cleanup.success).toBe(true);
        expect(cleanup.leaks).toBe(0);
        const junit = spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'schemas/junit.xsd'), join(dir, `${suite}.junit.xml`)], { encoding: 'utf8' });
        expect(junit.status, junit.stderr).toBe(0);
        expect(readFileSync(join(dir, `${suite}.junit.xml`), 'utf8')).not.toMatch(/<failure|<error/);
        const line = readFileSync(join(dir, `${suite}.trace.sha256`), 'utf8');
        const digest = line.split(' ')[0]!;
        // The digest is the SHA-256 of the canonical trace written beside it.
        expect(createHash('sha256').update(readFileSync(join(dir, `${suite}.trace.json`))).digest('hex')).toBe(digest);
        return digest;
      });
      expect(digests[0], `${suite}: the trace digest changed between two runs with the same seed`).toBe(digests[1]);
    }
  });
});
