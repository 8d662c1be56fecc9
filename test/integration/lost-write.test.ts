/**
 * Nothing lost, on the real engine: a key-value store (the traced fixture) that acknowledges before
 * persisting loses acknowledged writes when its process is killed mid-stream, and the consistency
 * check says so, naming the lost keys; one that persists before acknowledging loses nothing. Both
 * example files pass through the CLI twice with identical digests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, managedLeft, runSuites, suiteFrom } from './helpers.js';

const ACK_BEFORE_PERSIST = 'tests/experiments/lost_write_ack_before_persist.clnrm.toml';
const PERSIST_BEFORE_ACK = 'tests/experiments/lost_write_persist_before_ack.clnrm.toml';
const LOST = ['k017', 'k018', 'k019', 'k020'];

interface ReportVerdict {
  kind: string;
  keyPath: string;
  passed: boolean;
  message: string;
}

function runPair(): { status: number | null; output: string; report: (suite: string) => any; digest: (suite: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-lost-'));
  const r = spawnSync(process.execPath, [CLI, 'run', ACK_BEFORE_PERSIST, PERSIST_BEFORE_ACK, '--report-dir', dir, '-q'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  return {
    status: r.status,
    output: `${r.stdout}${r.stderr}`,
    report: (suite) => JSON.parse(readFileSync(join(dir, `${suite}.report.json`), 'utf8')),
    digest: (suite) => readFileSync(join(dir, `${suite}.trace.sha256`), 'utf8').split(' ')[0]!,
  };
}

const consistencyVerdicts = (scenario: { verdicts: ReportVerdict[] }) => scenario.verdicts.filter((v) => v.kind === 'consistency');

describe('nothing lost: the lost-write pair', () => {
  it('acknowledge-before-persist loses k017..k020, persist-before-acknowledge nothing; twice, with identical digests', { timeout: 600_000 }, () => {
    const runs = [runPair(), runPair()];
    for (const run of runs) {
      expect(run.status, run.output).toBe(0);

      const lossy = run.report('lost_write_ack_before_persist');
      expect(lossy.outcome).toBe('pass');
      const [inverted] = consistencyVerdicts(lossy.scenarios[0]);
      expect(inverted).toMatchObject({ keyPath: 'scenario[0].expect.consistency.expect_failure', passed: true });
      // Green only because the check found the loss: lost = 4 against the bound lost = 0, the keys named.
      expect(inverted!.message).toBe(`failed as expected: lost = 4, bound = 0: 4 of 30 acknowledged key(s) lost: ${LOST.join(', ')}; 26 listed; 0 duplicated; 0 unexpected`);

      const safe = run.report('lost_write_persist_before_ack');
      expect(safe.outcome).toBe('pass');
      for (const scenario of safe.scenarios) {
        const verdicts = consistencyVerdicts(scenario);
        expect(verdicts.map((v) => [v.keyPath.split('.').pop(), v.passed])).toEqual([
          ['lost', true],
          ['duplicated', true],
          ['unexpected', true],
        ]);
        expect(verdicts[0]!.message).toBe('lost = 0: 0 of 30 acknowledged key(s) lost; 30 listed; 0 duplicated; 0 unexpected');
      }
    }
    for (const suite of ['lost_write_ack_before_persist', 'lost_write_persist_before_ack']) {
      expect(runs[1]!.digest(suite), suite).toBe(runs[0]!.digest(suite));
    }
    expect(managedLeft()).toEqual([]);
  });

  it('without expect_failure, the check fails the scenario (a failure, not an error) and names the lost keys', { timeout: 300_000 }, async () => {
    const text = readFileSync(join(ROOT, ACK_BEFORE_PERSIST), 'utf8');
    expect(text).toContain('\nexpect_failure = true\n');
    const summary = await runSuites([suiteFrom(text.replace('\nexpect_failure = true\n', '\n'), 'lost_write.clnrm.toml')]);
    const scenario = summary.suites[0]!.scenarios[0]!;
    expect(scenario.outcome).toBe('fail');
    expect(scenario.reason).toEqual({ type: 'expectation_failed' });
    const [lost] = scenario.verdicts.filter((v) => v.kind === 'consistency');
    expect(lost).toMatchObject({ keyPath: 'scenario[0].expect.consistency.lost', passed: false });
    expect(lost!.error).toBeUndefined();
    expect(lost!.message).toMatch(new RegExp(`^lost = 4: 4 of 30 acknowledged key\\(s\\) lost: ${LOST.join(', ')};`));
    expect(scenario.message).toContain('lost = 4');
    expect(managedLeft()).toEqual([]);
  });
});
