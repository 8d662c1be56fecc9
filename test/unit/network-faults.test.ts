/**
 * Network faults (partition, blackhole, reject, packet_loss, network_disconnect)
 * against the in-memory engine, whose netns helpers keep iptables chains per
 * namespace: the rules `inject` installs and lists back, what it reads back
 * (a ping across a partition, packet counters), and that `revert` removes
 * exactly its own chains.
 */
import { describe, expect, it } from 'vitest';
import { chainName } from '../../src/runtime/netns.js';
import { FAULT_TYPES } from '../../src/chaos/registry.js';
import type { Injected, InjectContext } from '../../src/chaos/types.js';
import { FakeEngine, faultSpec, injectContext, type FakeContainer } from '../kit/index.js';

const NET = 'net-scenario';

/** Services a, b, c running on the scenario network; the context of `type`, aimed at `target` when given. */
function scenario(type: string, params: Record<string, unknown> = {}, target?: string) {
  const engine = new FakeEngine();
  const [a, b, c] = ['a', 'b', 'c'].map((s) => engine.addService(s, { networkId: NET })) as [FakeContainer, FakeContainer, FakeContainer];
  const containers = new Map([
    ['a', a.id],
    ['b', b.id],
    ['c', c.id],
  ]);
  const ctx = injectContext({ engine, fault: faultSpec(type, params), containers, networkId: NET, ...(target ? { target } : {}) });
  const ip = (x: FakeContainer) => x.addresses.get(NET)!;
  /** The chains in a container's namespace: name → rules, with the hooks they are in. */
  const chainsIn = (x: FakeContainer) => Object.fromEntries([...(engine.chains.get(x.id) ?? new Map())].map(([name, ch]) => [name, { rules: ch.rules, hooks: [...ch.hooks].sort() }]));
  return { engine, a, b, c, ctx, ip, chainsIn };
}

const inject = (ctx: InjectContext): Promise<Injected> => FAULT_TYPES[ctx.fault.type]!.inject(ctx);
/** Helper containers are removed once they ran: only the services are left. */
const onlyServices = (engine: FakeEngine) => expect([...engine.containers.values()].map((c) => c.spec.name).sort()).toEqual(['a', 'b', 'c']);

describe('partition', () => {
  const chain = chainName('clnrm-t-partition0:partition');

  it('drops traffic both ways between the groups, sees the cut by ping, and the revert removes every chain and sees the path again', async () => {
    const { engine, a, b, c, ctx, ip, chainsIn } = scenario('partition', { groups: [['a'], ['b', 'c']] });
    const r = await inject(ctx);
    expect(chainsIn(a)).toEqual({ [chain]: { rules: [`-s ${ip(b)} -j DROP`, `-d ${ip(b)} -j DROP`, `-s ${ip(c)} -j DROP`, `-d ${ip(c)} -j DROP`], hooks: ['INPUT', 'OUTPUT'] } });
    expect(chainsIn(b)).toEqual({ [chain]: { rules: [`-s ${ip(a)} -j DROP`, `-d ${ip(a)} -j DROP`], hooks: ['INPUT', 'OUTPUT'] } });
    expect(chainsIn(c)[chain]!.rules).toHaveLength(2);
    expect(r.evidence).toEqual({
      effect: true,
      attributes: { 'chaos.type': 'partition', 'partition.groups': '[["a"],["b","c"]]', 'partition.direction': 'both', 'partition.detected': true, 'rules.members': 3 },
    });
    // The last helper pinged from a's namespace.
    expect(engine.helpers.at(-1)).toMatchObject({ namespace: a.id, script: expect.stringContaining(`busybox ping -c 1 -W 1 ${ip(b)}`), exitCode: 1 });
    expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: true });
    for (const x of [a, b, c]) expect(chainsIn(x)).toEqual({});
    onlyServices(engine);
  });

  it('isolate: one service against all others, sorted', async () => {
    const { ctx } = scenario('partition', { isolate: 'b' });
    expect((await inject(ctx)).evidence.attributes['partition.groups']).toBe('[["b"],["a","c"]]');
  });

  it('one_way: only the first group drops what it sends', async () => {
    const { a, b, c, ctx, ip, chainsIn } = scenario('partition', { groups: [['a'], ['b']], direction: 'one_way' });
    const r = await inject(ctx);
    expect(chainsIn(a)[chain]!.rules).toEqual([`-d ${ip(b)} -j DROP`]);
    expect(chainsIn(b)).toEqual({});
    expect(chainsIn(c)).toEqual({});
    expect(r.evidence).toMatchObject({ effect: true, attributes: { 'partition.direction': 'one_way', 'rules.members': 1 } });
  });

  it('a member that does not run in the scenario: nothing installed, not observed', async () => {
    const { engine, ctx } = scenario('partition', { groups: [['a'], ['ghost']] });
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'service ghost is not running in this scenario: nothing to partition', attributes: { 'partition.detected': false } });
    expect(r.revert).toBeUndefined();
    expect(engine.helpers).toEqual([]);
  });

  it('rules that fail on one member: the members already partitioned are healed again, not observed', async () => {
    const { engine, a, ctx, ip, chainsIn } = scenario('partition', { groups: [['a'], ['b']] });
    // b's rules name a's address: they fail, after a's went in.
    engine.iptablesFails = new RegExp(`-s ${ip(a).replace(/\./g, '\\.')} `);
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: 'iptables failed (exit 1): iptables: Permission denied (you must be root). (rules removed again)' });
    expect(r.revert).toBeUndefined();
    expect(chainsIn(a)).toEqual({});
  });

  it('rules that are not all listed back: not observed, no revert, and no chain left behind', async () => {
    const { engine, a, b, ctx, chainsIn } = scenario('partition', { groups: [['a'], ['b']] });
    engine.listAtMost = 1;
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: `iptables lists 1 rule(s) in ${chain}, not 2 (rules removed again)` });
    expect(r.revert).toBeUndefined();
    expect(chainsIn(a)).toEqual({});
    expect(chainsIn(b)).toEqual({});
  });

  it('rules in place but the ping still answers: not observed; the revert still removes them', async () => {
    const { engine, a, ctx, ip, b, chainsIn } = scenario('partition', { groups: [['a'], ['b']] });
    engine.rulesIgnored = true;
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: `a still reaches b (${ip(b)}) through the partition`, attributes: { 'partition.detected': false } });
    expect((await r.revert!()).success).toBe(true);
    expect(chainsIn(a)).toEqual({});
  });

  it('a heal is confirmed by the third ping when the first two get no answer (a loaded machine), and refused when all three get none', async () => {
    const healedLate = scenario('partition', { groups: [['a'], ['b']] });
    const late = await inject(healedLate.ctx);
    healedLate.engine.pingsLost = 2;
    expect(await late.revert!()).toEqual({ strategy: 'remove_rules', success: true });
    expect(healedLate.engine.pingsLost).toBe(0);

    const neverHealed = scenario('partition', { groups: [['a'], ['b']] });
    const never = await inject(neverHealed.ctx);
    neverHealed.engine.pingsLost = 3;
    expect(await never.revert!()).toEqual({ strategy: 'remove_rules', success: false });
  });

  it('a revert after which the path does not answer: recovery not successful', async () => {
    const { b, ctx } = scenario('partition', { groups: [['a'], ['b']] });
    const r = await inject(ctx);
    b.running = false;
    expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: false });
  });
});

describe.each([
  { type: 'blackhole', jump: '-j DROP', all: '! -i lo ! -o lo -j DROP' },
  { type: 'reject', jump: '-j REJECT --reject-with tcp-reset', all: '! -i lo ! -o lo -p tcp ! --tcp-flags RST RST -j REJECT --reject-with tcp-reset' },
])('$type', ({ type, jump, all }) => {
  const chain = chainName(`clnrm-t-${type}0:${type}:a`);

  it('installs one rule towards a service host and port, lists it back; effective once its counter shows traffic; the revert removes the chain', async () => {
    const { engine, a, ctx, ip, b, chainsIn } = scenario(type, { host: 'b', port: 5432 }, 'a');
    const r = await inject(ctx);
    expect(chainsIn(a)).toEqual({ [chain]: { rules: [`-d ${ip(b)} -p tcp --dport 5432 ${jump}`], hooks: ['INPUT', 'OUTPUT'] } });
    expect(r.evidence).toEqual({ effect: true, attributes: { 'chaos.type': type, 'network.host': 'b', 'network.port': 5432, 'rules.listed': 1 } });
    expect(await r.observe!()).toEqual({ effect: false, reason: "no packet matched the rules in a's namespace while the fault was active (no traffic to affect)", attributes: { 'rules.packets_matched': 0 } });
    engine.sendTraffic(a.id, 3);
    expect(await r.observe!()).toEqual({ effect: true, attributes: { 'rules.packets_matched': 3 } });
    expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: true });
    expect(chainsIn(a)).toEqual({});
    onlyServices(engine);
  });

  it('a host that is not a service is used as given; without host and port, all traffic but loopback', async () => {
    const ext = scenario(type, { host: '10.9.8.7' }, 'a');
    await inject(ext.ctx);
    expect(ext.chainsIn(ext.a)[chain]!.rules).toEqual([`-d 10.9.8.7 ${type === 'reject' ? '-p tcp ' : ''}${jump}`]);
    const every = scenario(type, {}, 'a');
    await inject(every.ctx);
    expect(every.chainsIn(every.a)[chain]!.rules).toEqual([all]);
  });

  it('a port without host: connections to the target on that port', async () => {
    const { a, ctx, chainsIn } = scenario(type, { port: 8080 }, 'a');
    await inject(ctx);
    expect(chainsIn(a)[chain]!.rules).toEqual([`-p tcp --dport 8080 ${jump}`]);
  });

  it('rules that do not go in, or are not listed back: the injection fails', async () => {
    const failing = scenario(type, { port: 80 }, 'a');
    failing.engine.iptablesFails = /-A /;
    await expect(inject(failing.ctx)).rejects.toThrow('iptables failed (exit 1): iptables: Permission denied (you must be root).');
    const unlisted = scenario(type, { port: 80 }, 'a');
    unlisted.engine.listAtMost = 0;
    await expect(inject(unlisted.ctx)).rejects.toThrow(`iptables lists 0 rule(s) in ${chain}, not 1`);
    // The half-installed chain (created and hooked, its rule not listed) is removed before the throw.
    expect(unlisted.chainsIn(unlisted.a)).toEqual({});
  });

  it('a revert whose chain stays: recovery not successful', async () => {
    const { engine, ctx } = scenario(type, { port: 80 }, 'a');
    const r = await inject(ctx);
    engine.iptablesFails = /-X /;
    expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: false });
  });

  it('a target that is not running or is paused: no helper runs', async () => {
    for (const prepare of [(c: FakeContainer) => (c.running = false), (c: FakeContainer) => (c.paused = true)]) {
      const { engine, a, ctx } = scenario(type, { port: 80 }, 'a');
      prepare(a);
      expect((await inject(ctx)).evidence.effect).toBe(false);
      expect(engine.helpers).toEqual([]);
    }
  });
});

describe('packet_loss', () => {
  const chains = { in: chainName('clnrm-t-packet_loss0:loss:a:in'), out: chainName('clnrm-t-packet_loss0:loss:a:out') };

  it('nth: one chain per direction, loopback spared; effective once the counters show traffic; the revert removes both', async () => {
    const { engine, a, ctx, chainsIn } = scenario('packet_loss', { percent: 25, mode: 'nth' }, 'a');
    const r = await inject(ctx);
    const rule = '-m statistic --mode nth --every 4 --packet 0 -j DROP';
    expect(chainsIn(a)).toEqual({
      [chains.in]: { rules: [`! -i lo ${rule}`], hooks: ['INPUT'] },
      [chains.out]: { rules: [`! -o lo ${rule}`], hooks: ['OUTPUT'] },
    });
    expect(r.evidence).toEqual({ effect: true, attributes: { 'chaos.type': 'packet_loss', 'loss.percent': 25, 'loss.mode': 'nth', 'loss.every': 4, 'rules.listed': 2 } });
    expect((await r.observe!()).effect).toBe(false);
    engine.sendTraffic(a.id, 5);
    expect(await r.observe!()).toEqual({ effect: true, attributes: { 'rules.packets_matched': 10 } });
    expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: true });
    expect(chainsIn(a)).toEqual({});
  });

  it('the counters of both chains are read, and both chains removed, by one helper each time', async () => {
    const { engine, a, ctx } = scenario('packet_loss', { percent: 25, mode: 'nth' }, 'a');
    const r = await inject(ctx);
    engine.sendTraffic(a.id, 3);
    const before = engine.helpers.length;
    expect(await r.observe!()).toEqual({ effect: true, attributes: { 'rules.packets_matched': 6 } });
    expect(engine.helpers.length - before).toBe(1);
    expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: true });
    expect(engine.helpers.length - before).toBe(2);
  });

  for (const stays of ['in', 'out'] as const) {
    it(`a revert after which the ${stays} chain stays: recovery not successful, and the other chain is removed all the same`, async () => {
      const { engine, a, ctx, chainsIn } = scenario('packet_loss', { percent: 25, mode: 'nth' }, 'a');
      const r = await inject(ctx);
      engine.iptablesFails = new RegExp(`-X ${chains[stays]}$`);
      expect(await r.revert!()).toEqual({ strategy: 'remove_rules', success: false });
      expect(Object.keys(chainsIn(a))).toEqual([chains[stays]]);
    });
  }

  it('random by default, with the share as a probability', async () => {
    const { a, ctx, chainsIn } = scenario('packet_loss', { percent: 30 }, 'a');
    const r = await inject(ctx);
    expect(chainsIn(a)[chains.in]!.rules).toEqual(['! -i lo -m statistic --mode random --probability 0.3000 -j DROP']);
    expect(r.evidence.attributes).not.toHaveProperty('loss.every');
  });

  it('when the second direction fails, the first is removed again and the injection fails', async () => {
    const { engine, a, ctx, chainsIn } = scenario('packet_loss', { percent: 30 }, 'a');
    engine.iptablesFails = /-I OUTPUT/;
    await expect(inject(ctx)).rejects.toThrow(/iptables failed/);
    expect(chainsIn(a)).not.toHaveProperty(chains.in);
  });

  it('a target that is not running: no helper runs', async () => {
    const { engine, a, ctx } = scenario('packet_loss', { percent: 30 }, 'a');
    a.running = false;
    expect((await inject(ctx)).evidence.effect).toBe(false);
    expect(engine.helpers).toEqual([]);
  });
});

describe('network_disconnect', () => {
  it('detaches the target, reads back that it has no address, and the revert reattaches it with its alias', async () => {
    const { engine, a, ctx } = scenario('network_disconnect', {}, 'a');
    const r = await inject(ctx);
    expect(engine.calls).toEqual(['disconnectNetwork a']);
    expect(r.evidence).toEqual({ effect: true, attributes: { 'chaos.type': 'network_disconnect', 'network.attached_before': true, 'network.attached_after': false } });
    expect(a.addresses.has(NET)).toBe(false);
    expect(await r.revert!()).toEqual({ strategy: 'reconnect', success: true });
    expect(engine.calls).toEqual(['disconnectNetwork a', 'connectNetwork a']);
    expect(a.addresses.has(NET)).toBe(true);
  });

  it('a target that is not attached: nothing sent, no revert that would attach it', async () => {
    const { engine, a, ctx } = scenario('network_disconnect', {}, 'a');
    a.addresses.clear();
    const r = await inject(ctx);
    expect(r.evidence).toEqual({ effect: false, reason: 'a is not attached to the scenario network', attributes: { 'network.attached_before': false } });
    expect(r.revert).toBeUndefined();
    expect(engine.calls).toEqual([]);
  });

  it('a disconnect that leaves the address: not observed, no revert', async () => {
    const { engine, ctx, ip, a } = scenario('network_disconnect', {}, 'a');
    engine.inert.add('disconnect');
    const r = await inject(ctx);
    expect(r.evidence).toMatchObject({ effect: false, reason: `a still has ${ip(a)} on the scenario network after the disconnect` });
    expect(r.revert).toBeUndefined();
  });

  it('a reconnect that does not take: recovery not successful; a stopped target: nothing sent', async () => {
    const s = scenario('network_disconnect', {}, 'a');
    const r = await inject(s.ctx);
    s.engine.inert.add('connect');
    expect(await r.revert!()).toEqual({ strategy: 'reconnect', success: false });
    const stopped = scenario('network_disconnect', {}, 'a');
    stopped.a.running = false;
    expect((await inject(stopped.ctx)).evidence.effect).toBe(false);
    expect(stopped.engine.calls).toEqual([]);
  });
});
