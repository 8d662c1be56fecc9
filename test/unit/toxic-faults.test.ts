/**
 * The toxic faults of a `[proxy.NAME]` fault proxy, against a fake control
 * API: the toxic each sends (type, stream, attributes, seed), the evidence
 * that it is listed back as sent and met traffic, and that `revert` removes it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULT_TYPES } from '../../src/chaos/registry.js';
import type { Injected, InjectContext } from '../../src/chaos/types.js';
import { FakeEngine, faultSpec, injectContext, startFakeProxy, type FakeProxy } from '../kit/index.js';

let proxy: FakeProxy;
beforeAll(async () => {
  proxy = await startFakeProxy();
});
afterAll(() => proxy.close());
beforeEach(() => {
  proxy.toxics.clear();
  proxy.requests.length = 0;
  delete proxy.refuseWith;
  delete proxy.listAs;
  proxy.keepOnDelete = false;
});

function ctxOf(type: string, params: Record<string, unknown>, seed = 7): InjectContext {
  return injectContext({ engine: new FakeEngine(), fault: faultSpec(type, { proxy: 'db_proxy', ...params }), containers: new Map(), proxies: new Map([['db_proxy', { controlUrl: proxy.controlUrl }]]), seed });
}

const inject = (ctx: InjectContext): Promise<Injected> => FAULT_TYPES[ctx.fault.type]!.inject(ctx);

/** Each toxic fault: its parameters, the proxy's toxic type and attributes, and the span attributes with units in their names. */
const TOXICS = [
  { type: 'latency', params: { latency_ms: 200, jitter_ms: 20 }, server: 'latency', attributes: { latency: 200, jitter: 20 }, span: { 'latency.ms': 200, 'jitter.ms': 20 } },
  { type: 'bandwidth', params: { rate_kbps: 64 }, server: 'bandwidth', attributes: { rate: 64 }, span: { 'rate.kbps': 64 } },
  { type: 'slow_close', params: { delay_close_ms: 500 }, server: 'slow_close', attributes: { delay: 500 }, span: { 'delay_close.ms': 500 } },
  { type: 'proxy_timeout', params: { timeout_close_ms: 1000 }, server: 'timeout', attributes: { timeout: 1000 }, span: { 'timeout_close.ms': 1000 } },
  { type: 'reset_peer', params: { timeout_close_ms: 10 }, server: 'reset_peer', attributes: { timeout: 10 }, span: { 'reset.timeout.ms': 10 } },
  { type: 'slicer', params: { average_size: 64, size_variation: 8 }, server: 'slicer', attributes: { average_size: 64, size_variation: 8 }, span: { 'slice.average.bytes': 64, 'slice.variation.bytes': 8 } },
  { type: 'limit_data', params: { bytes: 1024 }, server: 'limit_data', attributes: { bytes: 1024 }, span: { 'limit.bytes': 1024 } },
] as const;

describe.each(TOXICS)('$type', ({ type, params, server, attributes, span }) => {
  it('adds the toxic as sent, lists it back, is effective once traffic met it, and the revert removes it', async () => {
    const r = await inject(ctxOf(type, params));
    const sent = proxy.toxics.get(`${type}-0`)!;
    expect(sent).toMatchObject({ name: `${type}-0`, type: server, stream: 'downstream', toxicity: 1, attributes });
    expect(r.evidence).toEqual({
      effect: true,
      attributes: { 'chaos.type': type, 'proxy.name': 'db_proxy', 'toxic.name': `${type}-0`, 'toxic.stream': 'downstream', 'toxic.toxicity': 1, 'toxic.seed': sent.seed, ...span, 'toxic.listed': true },
    });
    expect(await r.observe!()).toEqual({
      effect: false,
      reason: `no traffic went through proxy db_proxy while the ${server} toxic was active`,
      attributes: { 'toxic.connections_affected': 0, 'toxic.chunks_affected': 0 },
    });
    proxy.carry(2);
    expect(await r.observe!()).toEqual({ effect: true, attributes: { 'toxic.connections_affected': 2, 'toxic.chunks_affected': 2 } });
    expect(await r.revert!()).toEqual({ strategy: 'remove_toxic', success: true, attributes: { 'proxy.name': 'db_proxy', 'toxic.name': `${type}-0` } });
    expect(proxy.toxics.size).toBe(0);
  });

  it('a proxy that lists the toxic with other attributes: not observed', async () => {
    proxy.listAs = (t) => ({ ...t, attributes: Object.fromEntries(Object.keys(t.attributes).map((k) => [k, t.attributes[k]! + 1])) });
    const r = await inject(ctxOf(type, params));
    expect(r.evidence).toMatchObject({ effect: false, reason: `proxy db_proxy does not list the ${server} toxic ${type}-0 as sent`, attributes: { 'toxic.listed': false } });
  });
});

describe('toxic faults, all alike', () => {
  it('upstream direction and toxicity are sent as declared', async () => {
    const r = await inject(ctxOf('latency', { latency_ms: 5, direction: 'upstream', toxicity: 0.5 }));
    expect(proxy.toxics.get('latency-0')).toMatchObject({ stream: 'upstream', toxicity: 0.5 });
    expect(r.evidence.attributes).toMatchObject({ 'toxic.stream': 'upstream', 'toxic.toxicity': 0.5, 'jitter.ms': 0 });
  });

  it("the toxic's seed comes from the injection's seeded generator: same seed, same toxic seed", async () => {
    const seedOf = async (seed: number) => {
      proxy.toxics.clear();
      return (await inject(ctxOf('latency', { latency_ms: 5 }, seed))).evidence.attributes['toxic.seed'];
    };
    const [a, b, c] = [await seedOf(1), await seedOf(1), await seedOf(2)];
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('a toxic removed by someone else before the read-back: not observed', async () => {
    const r = await inject(ctxOf('bandwidth', { rate_kbps: 1 }));
    proxy.toxics.clear();
    expect(await r.observe!()).toMatchObject({ effect: false, reason: 'proxy db_proxy no longer lists the toxic bandwidth-0' });
  });

  it('a DELETE that leaves the toxic listed: recovery not successful', async () => {
    const r = await inject(ctxOf('slicer', { average_size: 10 }));
    proxy.keepOnDelete = true;
    expect((await r.revert!()).success).toBe(false);
  });

  it('a proxy that refuses the toxic, an unknown proxy, a missing or negative parameter: the injection fails with the reason', async () => {
    proxy.refuseWith = 400;
    await expect(inject(ctxOf('latency', { latency_ms: 5 }))).rejects.toThrow('proxy db_proxy refused the latency toxic: HTTP 400 {"error":"refused"}');
    delete proxy.refuseWith;
    await expect(inject(ctxOf('latency', { latency_ms: 5, proxy: 'nope' }))).rejects.toThrow('proxy nope is not running in this scenario');
    await expect(inject(ctxOf('latency', {}))).rejects.toThrow('latency needs latency_ms');
    await expect(inject(ctxOf('bandwidth', { rate_kbps: -1 }))).rejects.toThrow('bandwidth: rate_kbps must be a number ≥ 0, not -1');
    expect(proxy.toxics.size).toBe(0);
  });
});
