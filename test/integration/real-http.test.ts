/**
 * A real web server: Debian's nginx (clnrm-fixture/nginx, built here from Debian packages when missing,
 * about 30-80 s; "up to date" otherwise) in front of the traced fixture, in tests/real/http_retries.clnrm.toml.
 * The fault proxy between nginx and the fixture fails and delays requests chosen by the seed; the retries
 * (by the client, or by nginx) are the seed's on every run, and no request is lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { behaviourDigest, buildFixture, runRealSuite, type ReportScenario } from './real-suite.js';

const SUITE = 'tests/real/http_retries.clnrm.toml';
/**
 * The suite's trace digest for its seed, image contents left out (behaviourDigest): the images of real
 * software follow Debian's updates when built on another machine, what the run did does not. A change to
 * what the runner or the fixture records moves it (re-pin here).
 */
const BEHAVIOUR_DIGEST = '799c8bb07f9507267f5ec3dd9085b502c9e1bcf0119f01b859495206b9088ba6';

/** `request NN ok after K attempt(s), last status 200`: the attempts per request, in request order. */
const attemptsOf = (scenario: ReportScenario) =>
  [...scenario.steps[0]!.stdout.text.matchAll(/^request (\d+) ok after (\d+) attempt/gm)].map((m) => Number(m[2]));

describe('real nginx: upstream errors and delays, retries, nothing lost', () => {
  beforeAll(() => buildFixture('nginx'), 600_000);

  it('the client retries 7 of 20 requests once, nginx retries 5 upstream answers; none lost; the digest is pinned', { timeout: 300_000 }, () => {
    const { dir, report } = runRealSuite(SUITE, 'http_retries', 280_000);
    expect(report.outcome).toBe('pass');
    expect(report.seed).toBe(1919);
    const [client, nginx] = report.scenarios;

    // Retries by the client: requests 01, 02, 08, 11, 13, 15 and 18 got a 503 first, then 200.
    expect(client!.name).toBe('client_retries');
    expect(attemptsOf(client!)).toEqual([2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 2, 1, 2, 1, 1, 2, 1, 1]);
    expect(client!.steps[0]!.stdout.text).toContain('requests=20 retries=7 lost=0');
    // Retries by nginx: the client tries each request once and never sees a 503.
    expect(nginx!.name).toBe('nginx_retries');
    expect(attemptsOf(nginx!)).toEqual(Array(20).fill(1));
    expect(nginx!.steps[0]!.stdout.text).toContain('requests=20 retries=0 lost=0');

    // The proxy's own counts: failed = the retries, matched = 20 requests + the retries.
    const proxyErrors = report.spans.filter((s) => s.name === 'clnrm.network.chaos' && s.attributes['chaos.type'] === 'http_error');
    expect(proxyErrors.map((s) => [s.attributes['http.requests_matched'], s.attributes['http.requests_failed']]).sort()).toEqual([
      [25, 5],
      [27, 7],
    ]);

    for (const scenario of report.scenarios) {
      // Every expectation of the file passed (counts, statuses, the retry counts, KPIs), and was judged.
      expect(scenario.verdicts.length, scenario.name).toBeGreaterThanOrEqual(9);
      expect(scenario.verdicts.filter((v) => !v.passed), scenario.name).toEqual([]);
      expect(scenario.verdicts.find((v) => v.keyPath.endsWith('expect.counts.by_name."sut.handle"'))?.message, scenario.name).toBe('20 counted');
      // Nothing lost: 20 client.request spans, none ERROR, so none of the error budget was used.
      expect(scenario.experiment.kpis.errorBudget, scenario.name).toMatchObject({ requests: 20, failed: 0 });
      expect(scenario.experiment.kpis.errorBudgetUsedPct, scenario.name).toBe(0);
      expect(scenario.experiment.kpis.availabilityPct, scenario.name).toBeGreaterThanOrEqual(90);
    }

    expect(behaviourDigest(dir, 'http_retries', report.digest.value)).toBe(BEHAVIOUR_DIGEST);
  });
});
