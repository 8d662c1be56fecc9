/**
 * http_error, http_slow, dns and clock_skew on the REAL engine, through the
 * example suite tests/experiments/api_faults.clnrm.toml (its scenarios run in
 * parallel): each test reads what a program inside the network or the target
 * saw — HTTP statuses and times through the proxy, lookups, the time a node
 * process wrote — and compares it with the fault's span and, for the seeded
 * choices, with the draws the seed implies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpanRecord } from '../../src/telemetry/span-record.js';
import type { JudgedSuite } from '../../src/validate/judge.js';
import { managedLeft, ROOT, runSuites, suiteFrom } from './helpers.js';

/** The proxy's per-request draw (src/chaos/proxy/server-script.ts), restated as the oracle: request i is chosen iff it is below the rate. */
function requestDraw(seed: number, i: number): number {
  const key = `${seed}:request:${i}`;
  let h = 1779033703 ^ key.length;
  for (let k = 0; k < key.length; k++) {
    h = Math.imul(h ^ key.charCodeAt(k), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next32 = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
  let a = next32(), b = next32(), c = next32(), d = next32();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let k = 0; k < 12; k++) next();
  return next();
}

let judged: JudgedSuite;
let leaks = -1;

const scenarioSpans = (name: string): SpanRecord[] => {
  const root = judged.spans.find((s) => s.name === `clnrm.scenario:${name}`)!;
  const ids = new Set([root.spanId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of judged.spans) if (s.parentSpanId && ids.has(s.parentSpanId) && !ids.has(s.spanId)) (ids.add(s.spanId), (grew = true));
  }
  return judged.spans.filter((s) => ids.has(s.spanId));
};
const fault = (scenario: string, name: string) => scenarioSpans(scenario).find((s) => s.name === name)!;
const out = (scenario: string) => judged.scenarios.find((s) => s.name === scenario)!.steps[0]!.stdout.text;

describe('http_error, http_slow, dns and clock_skew on the real engine', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    const suite = suiteFrom(readFileSync(join(ROOT, 'tests/experiments/api_faults.clnrm.toml'), 'utf8'), 'api_faults.clnrm.toml');
    const summary = await runSuites([suite], { jobs: 4 });
    judged = summary.suites[0]!;
    leaks = summary.leaks;
  }, 240_000);

  it('every scenario passes, every revert succeeds, nothing is left behind', () => {
    expect(judged.scenarios.map((s) => `${s.name}: ${s.outcome} ${s.message ?? ''}`)).toEqual(judged.scenarios.map((s) => `${s.name}: pass ${s.message ?? ''}`));
    const recoveries = judged.spans.filter((s) => /recovery$/.test(s.name) && s.attributes['chaos.type'] !== undefined);
    expect(recoveries.length).toBeGreaterThanOrEqual(7);
    for (const r of recoveries) expect(r.attributes['recovery.success'], JSON.stringify(r.attributes)).toBe(true);
    expect(leaks).toBe(0);
    expect(managedLeft(judged.run.runId)).toEqual([]);
  });

  it('http_error: the client got 503 exactly for the request numbers the seed chooses, and the span counts them', () => {
    const span = fault('api_errors', 'clnrm.network.chaos');
    const seed = Number(span.attributes['toxic.seed']);
    const got = /api=([\d,]+)/.exec(out('api_errors'))![1]!.split(',').map(Number);
    const expected = got.map((_, i) => (requestDraw(seed, i + 1) < 0.5 ? 503 : 200));
    expect(got).toEqual(expected);
    expect(got.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(out('api_errors')).toMatch(/other=200,200,200,200,200/);
    expect(span.attributes).toMatchObject({
      'chaos.injected': true,
      'http.requests_matched': 20,
      'http.requests_failed': expected.filter((s) => s === 503).length,
      'http.requests_seen': 25,
    });
  });

  it('http_slow: GET /api responses took ≥ 400 ms, the others did not; the span counts the delayed ones', () => {
    const m = /slow_ms=([\d,]+) fast_ms=([\d,]+)/.exec(out('api_slow'))!;
    for (const t of m[1]!.split(',').map(Number)) expect(t).toBeGreaterThanOrEqual(400);
    for (const t of m[2]!.split(',').map(Number)) expect(t).toBeLessThan(400);
    expect(fault('api_slow', 'clnrm.network.chaos').attributes).toMatchObject({ 'chaos.injected': true, 'http.requests_matched': 3, 'http.requests_delayed': 3 });
  });

  it('dns: lookups fail at once, hang, follow the seeded pattern, or reach the other service', () => {
    expect(out('dns_fail')).toMatch(/lookup=EAI_AGAIN/);
    expect(fault('dns_fail', 'clnrm.network.chaos').attributes).toMatchObject({ 'chaos.injected': true, 'dns.lookup': 'error' });
    expect(out('dns_hang')).toMatch(/exit=143/);
    expect(fault('dns_hang', 'clnrm.network.chaos').attributes).toMatchObject({ 'chaos.injected': true, 'dns.lookup': 'timeout' });
    // One query per lookup: lookup k (0-based) fails iff k is one of the pattern's positions.
    const rate = fault('dns_rate', 'clnrm.network.chaos');
    const positions = String(rate.attributes['dns.pattern']).split('/')[0]!.split(',').map(Number);
    expect(positions).toHaveLength(10);
    const lookups = /lookups=([ox]+)/.exec(out('dns_rate'))![1]!;
    expect([...lookups].map((c, k) => (c === 'x') === positions.includes(k)).every(Boolean), `${lookups} vs ${positions.join(',')}`).toBe(true);
    expect(out('dns_redirect')).toMatch(/page=fake/);
    expect(fault('dns_redirect', 'clnrm.network.chaos').attributes).toMatchObject({ 'chaos.injected': true, 'dns.lookup': 'resolved_to_target' });
  });

  it('clock_skew: the node process wrote times one hour ahead; the static busybox target is not injected', () => {
    const skew = Number(/skew_s=(-?\d+)/.exec(out('clock_skewed'))![1]);
    expect(Math.abs(skew - 3600)).toBeLessThanOrEqual(1);
    const spans = scenarioSpans('clock_skewed').filter((s) => s.name === 'clnrm.chaos.clock_skew');
    const byTarget = Object.fromEntries(spans.map((s) => [s.attributes['chaos.target'], s.attributes]));
    expect(byTarget.clock).toMatchObject({ 'chaos.injected': true, 'clock.main_process': 'node', 'clock.skew_observed': true });
    expect(Math.abs(Number(byTarget.clock!['clock.skew_observed_ms']) - 3_600_000)).toBeLessThanOrEqual(1000);
    expect(byTarget.pinger).toMatchObject({ 'chaos.injected': false, 'clock.main_process_faked': false });
    expect(String(byTarget.pinger!['chaos.reason'])).toMatch(/did not load libfaketime/);
  });
});
