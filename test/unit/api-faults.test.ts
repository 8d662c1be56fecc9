/**
 * The faults above the network layer against the in-memory engine and a fake
 * proxy control API: http_error and http_slow (the toxic each sends and the
 * request counts read back), dns (its iptables rules in the mangle and filter
 * tables, the lookup read back, /etc/hosts restored exactly) and clock_skew
 * (the libfaketime setting rewritten and restored, the skew read back).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clockSkew, skewedSetting } from '../../src/chaos/faults/clock-skew.js';
import { DNS_PERIOD, dnsRules, wireForm } from '../../src/chaos/faults/dns.js';
import { FAULT_TYPES } from '../../src/chaos/registry.js';
import type { Injected, InjectContext } from '../../src/chaos/types.js';
import { chainName } from '../../src/runtime/netns.js';
import { FakeEngine, faultSpec, injectContext, startFakeProxy, type FakeContainer, type FakeProxy } from '../kit/index.js';

const inject = (ctx: InjectContext): Promise<Injected> => FAULT_TYPES[ctx.fault.type]!.inject(ctx);

let proxy: FakeProxy;
beforeAll(async () => {
  proxy = await startFakeProxy();
});
afterAll(() => proxy.close());
beforeEach(() => proxy.toxics.clear());

const proxyCtx = (type: string, params: Record<string, unknown>) =>
  injectContext({ engine: new FakeEngine(), fault: faultSpec(type, { proxy: 'api_proxy', ...params }), containers: new Map(), proxies: new Map([['api_proxy', { controlUrl: proxy.controlUrl }]]) });

/** The proxy's request counts for a toxic, as the real proxy lists them. */
const count = (name: string, counts: Record<string, number>) => Object.assign(proxy.toxics.get(name)!, counts);

describe('http_error', () => {
  it('adds an upstream http_error toxic with the filter, and is injected only once the proxy answered a matching request with the status', async () => {
    const r = await inject(proxyCtx('http_error', { status: 502, rate: 0.3, method: 'get', path_prefix: '/api' }));
    expect(proxy.toxics.get('http_error-0')).toMatchObject({ type: 'http_error', stream: 'upstream', toxicity: 1, attributes: { rate: 0.3, method: 'GET', path_prefix: '/api', status: 502 } });
    expect(r.evidence).toMatchObject({ effect: true, attributes: { 'http.status': 502, 'http.rate': 0.3, 'http.method': 'GET', 'http.path_prefix': '/api', 'toxic.stream': 'upstream', 'toxic.listed': true } });
    expect(await r.observe!()).toMatchObject({ effect: false, reason: "no HTTP request through the proxy matched the fault's method/path_prefix while it was active", attributes: { 'http.requests_matched': 0 } });
    count('http_error-0', { requests_seen: 6, requests_matched: 4, requests_failed: 0 });
    expect(await r.observe!()).toMatchObject({ effect: false, reason: '4 request(s) matched, but the seeded draws at rate 0.3 chose none of them' });
    count('http_error-0', { requests_seen: 9, requests_matched: 7, requests_failed: 2, connections_unparsed: 1 });
    expect(await r.observe!()).toEqual({
      effect: true,
      attributes: { 'toxic.connections_affected': 0, 'toxic.chunks_affected': 0, 'http.requests_seen': 9, 'http.requests_matched': 7, 'http.requests_failed': 2, 'http.connections_unparsed': 1 },
    });
    expect((await r.revert!()).success).toBe(true);
    expect(proxy.toxics.size).toBe(0);
  });

  it('defaults to status 503 for every request, and sends no filter it was not given', async () => {
    await inject(proxyCtx('http_error', {}));
    expect(proxy.toxics.get('http_error-0')!.attributes).toEqual({ rate: 1, status: 503 });
  });
});

describe('http_slow', () => {
  it('sends a fixed response delay (the proxy calls it delay_ms), and counts delayed requests as the effect', async () => {
    const r = await inject(proxyCtx('http_slow', { response_delay_ms: 400, path_prefix: '/slow' }));
    expect(proxy.toxics.get('http_slow-0')).toMatchObject({ type: 'http_slow', stream: 'upstream', attributes: { rate: 1, path_prefix: '/slow', delay_ms: 400 } });
    expect(r.evidence.attributes).toMatchObject({ 'http.response_delay_ms': 400 });
    count('http_slow-0', { requests_matched: 3, requests_delayed: 3 });
    expect(await r.observe!()).toMatchObject({ effect: true, attributes: { 'http.requests_delayed': 3 } });
  });

  it('sends a factor instead; exactly one of the two is required', async () => {
    await inject(proxyCtx('http_slow', { factor: 3 }));
    expect(proxy.toxics.get('http_slow-0')!.attributes).toEqual({ rate: 1, factor: 3 });
    await expect(inject(proxyCtx('http_slow', {}))).rejects.toThrow('http_slow needs exactly one of response_delay_ms and factor');
    await expect(inject(proxyCtx('http_slow', { factor: 2, response_delay_ms: 5 }))).rejects.toThrow('exactly one');
  });
});

const NET = 'net-scenario';
function dnsScenario(params: Record<string, unknown>, o: { hostsReadOnly?: boolean; seed?: number } = {}) {
  const engine = new FakeEngine();
  const app = engine.addService('app', { networkId: NET, ...(o.hostsReadOnly ? { hostsReadOnly: true } : {}) });
  const fake = engine.addService('fake', { networkId: NET });
  const ctx = injectContext({ engine, fault: faultSpec('dns', params), containers: new Map([['app', app.id], ['fake', fake.id]]), networkId: NET, target: 'app', ...(o.seed ? { seed: o.seed } : {}) });
  const chains = () => Object.fromEntries([...(engine.chains.get(app.id) ?? new Map())].map(([n, c]) => [n, { rules: c.rules, hooks: [...c.hooks] }]));
  return { engine, app, fake, ctx, chains };
}

describe('dns', () => {
  const chain = chainName('clnrm-t-dns0:dns:app:dns-0');

  it('names in wire form, and the rules: mark queries for them in mangle OUTPUT, reject or drop marked ones in INPUT', () => {
    expect(wireForm('db.internal.')).toBe('|02|db|08|internal|00|');
    expect(dnsRules(['api'], 'fail', undefined)).toEqual({
      mark: ['-p udp --dport 53 -m string --algo bm --hex-string "|03|api|00|" -j MARK --set-xmark 0x2d50000/0xffff0000'],
      act: '-m mark --mark 0x2d50000/0xffff0000 -j REJECT',
    });
    expect(dnsRules(['a', 'b'], 'hang', [3, 9]).mark).toEqual([
      `-p udp --dport 53 -m string --algo bm --hex-string "|01|a|00|" -m statistic --mode nth --every ${DNS_PERIOD} --packet 3 -j MARK --set-xmark 0x2d50000/0xffff0000`,
      `-p udp --dport 53 -m string --algo bm --hex-string "|01|a|00|" -m statistic --mode nth --every ${DNS_PERIOD} --packet 9 -j MARK --set-xmark 0x2d50000/0xffff0000`,
      `-p udp --dport 53 -m string --algo bm --hex-string "|01|b|00|" -m statistic --mode nth --every ${DNS_PERIOD} --packet 3 -j MARK --set-xmark 0x2d50000/0xffff0000`,
      `-p udp --dport 53 -m string --algo bm --hex-string "|01|b|00|" -m statistic --mode nth --every ${DNS_PERIOD} --packet 9 -j MARK --set-xmark 0x2d50000/0xffff0000`,
    ]);
  });

  it('fail: the lookup inside the target errs; the revert removes both chains', async () => {
    const { ctx, chains } = dnsScenario({ names: ['api'], mode: 'fail' });
    const r = await inject(ctx);
    expect(chains()).toEqual({
      [`mangle/${chain}`]: { rules: [dnsRules(['api'], 'fail', undefined).mark[0]], hooks: ['OUTPUT'] },
      [chain]: { rules: ['-m mark --mark 0x2d50000/0xffff0000 -j REJECT'], hooks: ['INPUT'] },
    });
    expect(r.evidence).toEqual({ effect: true, attributes: { 'chaos.type': 'dns', 'dns.mode': 'fail', 'dns.names': 'api', 'dns.rate': 1, 'rules.listed': 2, 'dns.lookup': 'error' } });
    expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: true });
    expect(chains()).toEqual({});
  });

  it('hang: dropped queries, the lookup times out', async () => {
    const { ctx } = dnsScenario({ names: ['api'], mode: 'hang' });
    expect((await inject(ctx)).evidence).toMatchObject({ effect: true, attributes: { 'dns.lookup': 'timeout' } });
  });

  it('a lookup that still resolves is not injected, and its rules are still removed by the revert', async () => {
    const { ctx, engine, chains } = dnsScenario({ names: ['api'], mode: 'fail' });
    engine.rulesIgnored = true;
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'a lookup of api inside app still answered (resolved 10.9.9.9)', attributes: { 'dns.lookup': 'resolved' } });
    expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: true });
    expect(chains()).toEqual({});
  });

  it('rate: round(rate × period) positions of each cycle drawn from the seed, the same for the same seed; effective once the rules caught queries', async () => {
    const a = dnsScenario({ names: ['api'], rate: 0.25 });
    const r = await inject(a.ctx);
    const pattern = String(r.evidence.attributes['dns.pattern']);
    expect(pattern).toMatch(new RegExp(`^(\\d+,){4}\\d+/${DNS_PERIOD}$`));
    expect(r.evidence.attributes['rules.listed']).toBe(6);
    expect(String((await inject(dnsScenario({ names: ['api'], rate: 0.25 }).ctx)).evidence.attributes['dns.pattern'])).toBe(pattern);
    expect(String((await inject(dnsScenario({ names: ['api'], rate: 0.25 }, { seed: 99 }).ctx)).evidence.attributes['dns.pattern'])).not.toBe(pattern);
    expect(await r.observe!()).toMatchObject({ effect: false, attributes: { 'rules.packets_matched': 0 } });
    a.engine.sendTraffic(a.app.id, 2);
    expect(await r.observe!()).toMatchObject({ effect: true });
    expect((await inject(dnsScenario({ names: ['api'], rate: 0.01 }).ctx)).evidence).toMatchObject({ effect: false, reason: `rate 0.01 rounds to no query of every ${DNS_PERIOD}: nothing to catch` });
  });

  it('redirect: /etc/hosts gets the service address, the lookup reads it, the revert writes the original back exactly', async () => {
    const { ctx, app, fake } = dnsScenario({ names: ['api', 'api.internal'], mode: 'redirect', to: 'fake' });
    app.hosts = '127.0.0.1\tlocalhost\n172.18.0.9\tapp';
    const r = await inject(ctx);
    const ip = fake.addresses.get(NET)!;
    expect(app.hosts).toBe(`127.0.0.1\tlocalhost\n172.18.0.9\tapp\n${ip}\tapi\n${ip}\tapi.internal\n`);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'chaos.type': 'dns', 'dns.mode': 'redirect', 'dns.names': 'api,api.internal', 'dns.to': 'fake', 'dns.lookup': 'resolved_to_target' } });
    expect(await r.revert!()).toEqual({ strategy: 'restore_hosts', success: true });
    expect(app.hosts).toBe('127.0.0.1\tlocalhost\n172.18.0.9\tapp');
  });

  it('redirect into a read-only /etc/hosts is not injected and has nothing to revert; a stopped target is not touched', async () => {
    const ro = await inject(dnsScenario({ names: ['api'], mode: 'redirect', to: 'fake' }, { hostsReadOnly: true }).ctx);
    expect(ro.evidence).toMatchObject({ effect: false, reason: expect.stringContaining('cannot write /etc/hosts in app') });
    expect(ro.revert).toBeUndefined();
    const s = dnsScenario({ names: ['api'] });
    s.app.running = false;
    expect((await inject(s.ctx)).evidence).toMatchObject({ effect: false, reason: expect.stringContaining('target app is not running') });
    expect(s.engine.helpers).toEqual([]);
  });

  it('redirect needs `to` and takes no rate', async () => {
    await expect(inject(dnsScenario({ names: ['api'], mode: 'redirect' }).ctx)).rejects.toThrow('needs `to`');
    await expect(inject(dnsScenario({ names: ['api'], mode: 'redirect', to: 'fake', rate: 0.5 }).ctx)).rejects.toThrow('has no rate');
  });
});

describe('clock_skew', () => {
  function clockScenario(clock: FakeContainer['clock'], offsetMs = 3_600_000) {
    const engine = new FakeEngine();
    const app = engine.addService('app', { main: { name: 'node' }, ...(clock ? { clock } : {}) });
    const ctx = injectContext({ engine, fault: faultSpec('clock_skew', { offset_ms: offsetMs }), containers: new Map([['app', app.id]]), target: 'app' });
    return { app, ctx };
  }

  it('moves a relative setting or an absolute (frozen) instant by the offset', () => {
    expect(skewedSetting('+0', 3_600_000)).toBe('+3600.000');
    expect(skewedSetting('-1.500', 500)).toBe('-1.000');
    expect(skewedSetting('+10', -20_000)).toBe('-10.000');
    expect(skewedSetting('2025-01-01 00:00:00', -86_400_000)).toBe('2024-12-31 00:00:00');
    expect(() => skewedSetting('garbage', 1)).toThrow('unexpected clock setting');
  });

  it('rewrites the setting, reads the skew back through date, and the revert restores the original', async () => {
    const { app, ctx } = clockScenario({ setting: '+0', mainFaked: true });
    const r = await clockSkew.inject(ctx);
    expect(app.clock!.setting).toBe('+3600.000');
    expect(r.evidence.effect).toBe(true);
    expect(r.evidence.attributes).toMatchObject({ 'clock.offset_ms': 3_600_000, 'clock.main_process': 'node', 'clock.main_process_faked': true, 'clock.skew_observed': true });
    expect(Math.abs(Number(r.evidence.attributes['clock.skew_observed_ms']) - 3_600_000)).toBeLessThan(1000);
    expect(await r.revert!()).toEqual({ strategy: 'restore_clock', success: true });
    expect(app.clock!.setting).toBe('+0');
  });

  it('a frozen clock moves by the offset too', async () => {
    const { app, ctx } = clockScenario({ setting: '2025-01-01 00:00:00', mainFaked: true }, 60_000);
    expect((await clockSkew.inject(ctx)).evidence).toMatchObject({ effect: true, attributes: { 'clock.skew_observed_ms': 60_000 } });
    expect(app.clock!.setting).toBe('2025-01-01 00:01:00');
  });

  it('is not injected into a target started without a skewable clock, nor one whose main process ignores the preload (nothing written)', async () => {
    expect((await clockSkew.inject(clockScenario(undefined).ctx)).evidence).toMatchObject({ effect: false, reason: expect.stringContaining('app was not started with a skewable clock') });
    const staticMain = clockScenario({ setting: '+0', mainFaked: false });
    const r = await clockSkew.inject(staticMain.ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: expect.stringContaining('did not load libfaketime'), attributes: { 'clock.main_process_faked': false } });
    expect(r.revert).toBeUndefined();
    expect(staticMain.app.clock!.setting).toBe('+0');
  });

  it('a setting it cannot write is not injected, with the reason', async () => {
    const { app, ctx } = clockScenario({ setting: '+0', mainFaked: true });
    app.clockReadOnly = true;
    const r = await clockSkew.inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'cannot write /.clnrm/faketime/clock.rc in app' });
    expect(r.revert).toBeUndefined();
  });
});
