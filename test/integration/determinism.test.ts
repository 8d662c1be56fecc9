/**
 * Determinism on the real engine: the same seed gives the same digest five
 * times in a row; another seed draws another chaos schedule and jitter; a
 * changed behaviour changes the digest and `clnrm diff` names it.
 */
import { describe, expect, it } from 'vitest';
import { canonicalTrace } from '../../src/report/canonical.js';
import { diffTraces, formatDiff } from '../../src/report/diff.js';
import { traceFile } from '../../src/report/write.js';
import { BUSYBOX, runSuites, suiteFrom } from './helpers.js';

const suiteText = (run = 'n=$(cat /tmp/n 2>/dev/null || echo 0); n=$((n+1)); echo $n > /tmp/n; [ $n -ge 2 ]') => `
[meta]
name = "det"

[determinism]
freeze_clock = "2025-01-01T00:00:00Z"

[service.a]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[service.b]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[service.c]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "monkey"
service = "a"
run = "${run}"
retries = { max = 3, backoff_ms = 100, factor = 2, jitter = 0.5 }
chaos = [{ type = "signal", signal = "SIGCONT", target = "random(1, [b, c])", every_ms = 100, count = 6, probability = 0.5 }]
`;

async function runOnce(seed: number, text = suiteText()) {
  const summary = await runSuites([suiteFrom(text)], { seed });
  const judged = summary.suites[0]!;
  expect(judged.scenarios[0]!.outcome, judged.scenarios[0]!.message).toBe('pass');
  return { digest: traceFile(judged).digest, judged };
}

const planned = (j: Awaited<ReturnType<typeof runOnce>>['judged']) =>
  j.spans
    .find((s) => s.name === 'clnrm.scenario:monkey')!
    .events.filter((e) => e.name === 'chaos.planned')
    .map((e) => `${e.attributes['chaos.occurrence']}:${e.attributes['chaos.targets']}:${e.attributes['chaos.fires']}`)
    .sort();

const backoffs = (j: Awaited<ReturnType<typeof runOnce>>['judged']) =>
  j.spans.find((s) => s.name === 'clnrm.step:monkey')!.events.filter((e) => e.name === 'retry').map((e) => e.attributes['retry.backoff_ms']);

describe('determinism', () => {
  it('five runs with the same seed give five identical digests', { timeout: 180_000 }, async () => {
    const runs: Awaited<ReturnType<typeof runOnce>>[] = [];
    for (let i = 0; i < 5; i++) runs.push(await runOnce(4242));
    // On a difference the failure names it (clnrm diff of the first run against the first one that differs).
    const other = runs.find((r) => r.digest !== runs[0]!.digest);
    const exclude = runs[0]!.judged.run.suite.determinism.digestExclude;
    const difference = other ? formatDiff(diffTraces(canonicalTrace(runs[0]!.judged.spans, exclude), canonicalTrace(other.judged.spans, exclude))).join('\n') : '';
    expect(difference).toBe('');
    expect(new Set(runs.map((r) => r.digest)).size).toBe(1);
  });

  it('another seed draws another chaos schedule and another retry jitter', { timeout: 120_000 }, async () => {
    const a = await runOnce(4242);
    const b = await runOnce(777);
    expect(planned(a.judged)).not.toEqual(planned(b.judged));
    expect(backoffs(a.judged)).not.toEqual(backoffs(b.judged));
    expect(a.digest).not.toBe(b.digest);
    // The same seed again reproduces the first draws exactly.
    const again = await runOnce(4242);
    expect(planned(again.judged)).toEqual(planned(a.judged));
    expect(backoffs(again.judged)).toEqual(backoffs(a.judged));
  });

  it('a changed behaviour changes the digest, and the diff names the step', { timeout: 120_000 }, async () => {
    const before = await runOnce(4242);
    // Same seed; the step now succeeds at the first attempt (no retry).
    const after = await runOnce(4242, suiteText('true'));
    expect(after.digest).not.toBe(before.digest);
    const exclude = before.judged.run.suite.determinism.digestExclude;
    const lines = formatDiff(diffTraces(canonicalTrace(before.judged.spans, exclude), canonicalTrace(after.judged.spans, exclude)));
    expect(lines.join('\n')).toMatch(/clnrm\.step:monkey.*retry\.attempts/);
  });
});
