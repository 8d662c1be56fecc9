import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine, Labels, ResourceInfo } from './engine.js';
import { collectOrphans, planGc } from './gc.js';
import { LEASE_LABEL, LEASE_MS_LABEL, leaseMsFromEnv, leaseStatus, DEFAULT_LEASE_MS } from './lease.js';
import { OWNER_LABEL, currentOwner, formatOwner, ownerState, parseOwner, startTicksOf, type OwnerIdentity } from './owner.js';

/** A /proc with the given pid → start ticks. */
function fakeProc(pids: Record<number, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'clnrm-proc-'));
  for (const [pid, ticks] of Object.entries(pids)) {
    mkdirSync(join(root, pid));
    // comm with spaces and a parenthesis, as the kernel allows.
    const fields = ['S', '1', '1', '1', '0', '-1', '4194560', '0', '0', '0', '0', '0', '0', '0', '0', '20', '0', '1', '0', ticks, '1000'];
    writeFileSync(join(root, pid, 'stat'), `${pid} (node (x) y) ${fields.join(' ')}\n`);
  }
  return root;
}

const SELF: OwnerIdentity = { bootId: 'boot-a', pidNs: '4026531836', pid: 100, startTicks: '5000' };
const owner = (o: Partial<OwnerIdentity>): string => formatOwner({ ...SELF, ...o });

function fakeEngine(resources: ResourceInfo[], nowMs: number): Engine & { removed: string[] } {
  const removed: string[] = [];
  const matches = (r: ResourceInfo, labels: Labels) => Object.entries(labels).every(([k, v]) => r.labels[k] === v);
  const remove = async (id: string) => void removed.push(id);
  return {
    removed,
    list: async (labels: Labels) => resources.filter((r) => matches(r, labels) && !removed.includes(r.id)),
    now: async () => nowMs,
    removeContainer: remove,
    removeNetwork: remove,
    removeVolume: remove,
  } as unknown as Engine & { removed: string[] };
}

const res = (id: string, run: string, ownerValue: string | undefined, kind: ResourceInfo['kind'] = 'container'): ResourceInfo => ({
  kind,
  id,
  labels: { 'clnrm.managed': 'true', 'clnrm.run': run, 'clnrm.pid': '1', ...(ownerValue ? { [OWNER_LABEL]: ownerValue } : {}) },
});
const lease = (id: string, run: string, ownerValue: string, createdAt: string, leaseMs = 3000): ResourceInfo => ({
  kind: 'volume',
  id,
  labels: { [LEASE_LABEL]: 'true', 'clnrm.run': run, [LEASE_MS_LABEL]: String(leaseMs), [OWNER_LABEL]: ownerValue },
  createdAt,
});

describe('owner identity', () => {
  it('reads this process from /proc and round-trips through the label', () => {
    const me = currentOwner();
    expect(me.pid).toBe(process.pid);
    expect(me.startTicks).toMatch(/^\d+$/);
    expect(me.pidNs).toMatch(/^\d+$/);
    expect(parseOwner(formatOwner(me))).toEqual(me);
    expect(ownerState(me)).toMatchObject({ kind: 'alive' });
  });

  it('reads the start time after the last parenthesis of the comm field', () => {
    expect(startTicksOf(42, fakeProc({ 42: '777' }))).toBe('777');
  });

  it('a pid is dead when gone or reused, and unknown in another PID namespace or on another host', () => {
    const proc = fakeProc({ 200: '9000' });
    expect(ownerState({ ...SELF, pid: 200, startTicks: '9000' }, SELF, proc).kind).toBe('alive');
    expect(ownerState({ ...SELF, pid: 200, startTicks: '8999' }, SELF, proc)).toMatchObject({ kind: 'dead', why: expect.stringContaining('another process') });
    expect(ownerState({ ...SELF, pid: 201 }, SELF, proc)).toMatchObject({ kind: 'dead', why: expect.stringContaining('gone') });
    // Same pid number, alive here, but the owner is in another namespace: this pid proves nothing.
    expect(ownerState({ ...SELF, pidNs: '4026532000', pid: 200, startTicks: '9000' }, SELF, proc).kind).toBe('unknown');
    expect(ownerState({ ...SELF, bootId: 'boot-b', pid: 201 }, SELF, proc).kind).toBe('unknown');
  });
});

describe('lease', () => {
  const T = Date.parse('2026-01-01T00:00:10Z');
  it('is valid until lease_ms (plus one second of CreatedAt precision) after the newest renewal, on the engine clock', () => {
    const mk = (at: string) => lease('v', 'r', owner({}), at, 3000);
    expect(leaseStatus([mk('2026-01-01T00:00:08Z')], T).expired).toBe(false);
    expect(leaseStatus([mk('2026-01-01T00:00:06Z')], T).expired).toBe(false);
    expect(leaseStatus([mk('2026-01-01T00:00:05Z')], T)).toMatchObject({ expired: true, why: expect.stringContaining('expired') });
    expect(leaseStatus([mk('2026-01-01T00:00:01Z'), mk('2026-01-01T00:00:09Z')], T).expired).toBe(false);
    expect(leaseStatus([], T).expired).toBe(true);
  });
  it('CLNRM_LEASE_MS sets the lease; junk falls back to the default', () => {
    expect(leaseMsFromEnv({ CLNRM_LEASE_MS: '2500' })).toBe(2500);
    expect(leaseMsFromEnv({ CLNRM_LEASE_MS: 'soon' })).toBe(DEFAULT_LEASE_MS);
    expect(leaseMsFromEnv({})).toBe(DEFAULT_LEASE_MS);
  });
});

describe('gc decisions', () => {
  const proc = fakeProc({ 100: '5000', 300: '1' });
  const now = Date.parse('2026-01-01T00:01:00Z');
  const otherNs = owner({ pidNs: '4026532999', pid: 300, startTicks: '42' });
  const resources = [
    res('live-here', 'r-live', owner({})),
    res('dead-here', 'r-dead', owner({ pid: 999 })),
    res('reused-here', 'r-reused', owner({ pid: 300, startTicks: '2' })),
    res('other-ns-leased', 'r-leased', otherNs),
    res('other-ns-expired', 'r-expired', otherNs, 'network'),
    res('other-host-no-lease', 'r-nolease', owner({ bootId: 'boot-z' })),
    res('legacy', 'r-legacy', undefined),
    res('mine', 'r-mine', owner({ pid: 999 })),
    lease('lease-leased', 'r-leased', otherNs, '2026-01-01T00:00:59Z'),
    lease('lease-expired', 'r-expired', otherNs, '2026-01-01T00:00:40Z'),
  ];

  it('removes only provably dead owners here and expired leases elsewhere, and says why for each', async () => {
    const engine = fakeEngine(resources, now);
    const decisions = await planGc(engine, { exceptRun: 'r-mine', self: SELF, procRoot: proc });
    const by = Object.fromEntries(decisions.map((d) => [d.resource.id, d]));
    expect(Object.entries(by).filter(([, d]) => d.remove).map(([id]) => id).sort()).toEqual(['dead-here', 'lease-expired', 'other-host-no-lease', 'other-ns-expired', 'reused-here']);
    expect(by['live-here']!.reason).toContain('alive on this host');
    expect(by['other-ns-leased']!.reason).toMatch(/another PID namespace.*lease renewed/);
    expect(by['other-ns-expired']!.reason).toMatch(/lease expired/);
    expect(by['legacy']!.reason).toContain('older clnrm');
    expect(by['mine']!.reason).toBe('this run');
    expect(engine.removed).toEqual([]);
  });

  it('dry run removes nothing; a real run removes containers before networks and leases last', async () => {
    const dry = fakeEngine(resources, now);
    await collectOrphans(dry, { dryRun: true, self: SELF, procRoot: proc });
    expect(dry.removed).toEqual([]);
    const engine = fakeEngine(resources, now);
    const r = await collectOrphans(engine, { exceptRun: 'r-mine', self: SELF, procRoot: proc });
    expect(engine.removed).toEqual(['dead-here', 'reused-here', 'other-host-no-lease', 'other-ns-expired', 'lease-expired']);
    expect(r.failed).toEqual([]);
  });

  it('a container a dead runner\'s last request created after the listing: its network is retried once the container is gone', async () => {
    const dead = owner({ pid: 999 });
    const listed = [res('c-early', 'r-dead', dead), res('n-dead', 'r-dead', dead, 'network')];
    const late = res('c-late', 'r-dead', dead);
    const engine = fakeEngine(listed, now);
    let lateCreated = false;
    // The engine finishes creating `c-late` just after gc listed; the network cannot go while it is attached.
    const removeContainer = engine.removeContainer.bind(engine);
    engine.removeContainer = async (id: string) => {
      await removeContainer(id);
      if (!lateCreated) (lateCreated = true), listed.push(late);
    };
    engine.removeNetwork = async (id: string) => {
      if (!engine.removed.includes('c-late')) throw new Error(`network ${id} has active endpoints`);
      engine.removed.push(id);
    };
    const told: string[] = [];
    const r = await collectOrphans(engine, { self: SELF, procRoot: proc, onRemoved: (x) => told.push(x.id) });
    expect(engine.removed).toEqual(['c-early', 'c-late', 'n-dead']);
    expect(told).toEqual(['c-early', 'c-late', 'n-dead']);
    expect(r.failed).toEqual([]);
  });

  it('a network the engine keeps refusing: gc tries three passes, the sweep at a run\'s start one, and both report it failed', async () => {
    const dead = owner({ pid: 999 });
    const attempts = { gc: 0, sweep: 0 };
    for (const [who, passes] of [['gc', undefined], ['sweep', 1]] as const) {
      const engine = fakeEngine([res('n-stuck', 'r-dead', dead, 'network')], now);
      engine.removeNetwork = async (id: string) => {
        attempts[who]++;
        throw new Error(`error while removing network: network ${id} has active endpoints`);
      };
      const r = await collectOrphans(engine, { self: SELF, procRoot: proc, ...(passes ? { passes } : {}) });
      expect(r.failed.map((f) => f.resource.id)).toEqual(['n-stuck']);
      expect(r.failed[0]!.error).toContain('active endpoints');
    }
    expect(attempts).toEqual({ gc: 3, sweep: 1 });
  });

  it('--all removes everything but the caller\'s run', async () => {
    const engine = fakeEngine(resources, now);
    await collectOrphans(engine, { all: true, exceptRun: 'r-mine', self: SELF, procRoot: proc });
    expect(engine.removed).not.toContain('mine');
    expect(engine.removed).toContain('legacy');
    expect(engine.removed).toContain('live-here');
  });
});
