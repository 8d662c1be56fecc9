/**
 * A flood of 5,000,000 spans at the real receiver, from a child process that
 * resends one large OTLP/JSON request: the receiver keeps at most its per-run
 * cap, counts every span it dropped, flags the cap on the channel, and the
 * process hosting it (the runner) stays under FLOOD_RSS_LIMIT_MB. The figure is
 * stated in docs/otlp-receiver.md.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SPANS_PER_REQUEST, DEFAULT_MAX_SPANS_TOTAL, startReceiver, type Receiver } from './receiver.js';

const SENDER = fileURLToPath(new URL('../../bench/otlp-flood-sender.mjs', import.meta.url));
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const TOTAL_SPANS = 5_000_000;
const PER_REQUEST = DEFAULT_MAX_SPANS_PER_REQUEST;
/** The bound stated in docs/otlp-receiver.md for the process hosting the receiver. */
export const FLOOD_RSS_LIMIT_MB = 400;

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

function runSender(url: string, requests: number, perRequest = PER_REQUEST): Promise<{ requests: number; ok: number; failed: number; spans: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SENDER, url, TRACE, String(requests), String(perRequest), '4'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`sender exited ${code}: ${out}`))));
  });
}

describe('OTLP receiver under a flood', () => {
  it(`keeps ${DEFAULT_MAX_SPANS_TOTAL} of ${TOTAL_SPANS} spans, counts the rest, and stays under ${FLOOD_RSS_LIMIT_MB} MB RSS`, async () => {
    const receiver = await startReceiver({ hosts: ['127.0.0.1'], channelsOnly: true });
    open.push(receiver);
    const channel = receiver.openChannel({ traceId: TRACE, scenario: 'flood', host: '127.0.0.1' });
    const startRssMb = process.memoryUsage().rss / 2 ** 20;
    let peakRssMb = startRssMb;
    const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, process.memoryUsage().rss / 2 ** 20)), 50);
    const started = Date.now();
    const sent = await runSender(`${receiver.endpointFor('127.0.0.1')}${channel.path}/v1/traces`, TOTAL_SPANS / PER_REQUEST).finally(() => clearInterval(sampler));
    const seconds = (Date.now() - started) / 1000;
    expect(sent).toMatchObject({ requests: TOTAL_SPANS / PER_REQUEST, ok: TOTAL_SPANS / PER_REQUEST, failed: 0, spans: TOTAL_SPANS });
    const stats = receiver.channelStats(channel.token)!;
    expect(stats.accepted).toBe(DEFAULT_MAX_SPANS_TOTAL);
    expect(stats.overCap).toBe(TOTAL_SPANS - DEFAULT_MAX_SPANS_TOTAL);
    expect(stats.capReached).toBe(true);
    expect(receiver.spans()).toHaveLength(DEFAULT_MAX_SPANS_TOTAL);
    expect(receiver.spans().every((s) => s.origin?.scenario === 'flood')).toBe(true);
    console.log(`flood: ${TOTAL_SPANS} spans in ${sent.requests} requests, ${seconds.toFixed(1)} s, RSS ${startRssMb.toFixed(0)} MB before, peak ${peakRssMb.toFixed(0)} MB`);
    expect(peakRssMb).toBeLessThan(FLOOD_RSS_LIMIT_MB);
  }, 110_000);

  it('drops a request over the per-request cap whole, and spans of another trace, counting both', async () => {
    const receiver = await startReceiver({ hosts: ['127.0.0.1'], channelsOnly: true, maxSpansPerRequest: 10 });
    open.push(receiver);
    const channel = receiver.openChannel({ traceId: 'f'.repeat(32), scenario: 's', host: '127.0.0.1' });
    const url = `${receiver.endpointFor('127.0.0.1')}${channel.path}/v1/traces`;
    // 11 spans in one request: over the cap of 10. Then 5 spans of TRACE, which is not the channel's trace.
    expect(await runSender(url, 1, 11)).toMatchObject({ ok: 1, failed: 0 });
    expect(await runSender(url, 1, 5)).toMatchObject({ ok: 1, failed: 0 });
    const stats = receiver.channelStats(channel.token)!;
    expect(stats).toMatchObject({ accepted: 0, overCap: 11, unknownTrace: 5, capReached: true });
    expect(receiver.spans()).toHaveLength(0);
    expect(receiver.stats()).toMatchObject({ accepted: 0, overCap: 11, unknownTrace: 5, unattributed: 0 });
  });
});
