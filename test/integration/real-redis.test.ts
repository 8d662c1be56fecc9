/**
 * A real system under test: Debian's Redis (clnrm-fixture/redis, built here from Debian packages when
 * missing, about 30-70 s; "up to date" otherwise) in tests/real/redis_failover.clnrm.toml. With
 * asynchronous replication the consistency check finds exactly the writes acknowledged by the old primary
 * during the split brain lost; with WAIT for the replica nothing acknowledged is lost. The counts are the
 * suite's seed's, on every run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, runRealSuite, stdoutOf } from './real-suite.js';

const SUITE = 'tests/real/redis_failover.clnrm.toml';

const keys = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `k${String(from + i).padStart(3, '0')}`);

describe('real Redis: failover under a partition', () => {
  beforeAll(() => buildFixture('redis'), 600_000);

  it('asynchronous replication loses k021..k025 of 35 acknowledged writes; WAIT for the replica loses none of 30', { timeout: 300_000 }, () => {
    const { report } = runRealSuite(SUITE, 'redis_failover', 280_000);
    expect(report.outcome).toBe('pass');
    expect(report.seed).toBe(1717);
    const [asyncRun, waitRun] = report.scenarios;

    // Green only because the check found the loss, and exactly the split brain's writes.
    expect(asyncRun!.name).toBe('async_replication');
    expect(stdoutOf(asyncRun!, 'write_split').trim().split('\n')).toEqual(keys(21, 25).map((k) => `ACK ${k}`));
    const [inverted] = asyncRun!.verdicts.filter((v) => v.kind === 'consistency');
    expect(inverted).toMatchObject({ keyPath: 'scenario[0].expect.consistency.expect_failure', passed: true });
    expect(inverted!.message).toBe(
      `failed as expected: lost = 5, bound = 0: 5 of 35 acknowledged key(s) lost: ${keys(21, 25).join(', ')}; 30 listed; 0 duplicated; 0 unexpected`,
    );

    // WAIT answered 0 replicas during the split: those writes were never acknowledged, and nothing acknowledged was lost.
    expect(waitRun!.name).toBe('wait_for_replica');
    expect(stdoutOf(waitRun!, 'write_split').trim().split('\n')).toEqual(keys(21, 25).map((k) => `NOACK ${k} (WAIT: 0 replicas)`));
    const verdicts = waitRun!.verdicts.filter((v) => v.kind === 'consistency');
    expect(verdicts.map((v) => [v.keyPath.split('.').pop(), v.passed])).toEqual([
      ['lost', true],
      ['duplicated', true],
      ['unexpected', true],
    ]);
    expect(verdicts[0]!.message).toBe('lost = 0: 0 of 30 acknowledged key(s) lost; 30 listed; 0 duplicated; 0 unexpected');

    // Both scenarios' partitions were read back from inside (ping across the cut failed).
    for (const scenario of report.scenarios) {
      expect(scenario.verdicts.find((v) => v.kind === 'span'), scenario.name).toMatchObject({ passed: true });
    }
  });
});
