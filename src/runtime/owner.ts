/**
 * Who owns a resource, in a form that stays true across hosts and PID
 * namespaces: the kernel's boot id, the runner's PID-namespace inode, its pid
 * and its start time (clock ticks since boot, from /proc/PID/stat). A pid alone
 * says nothing on another host or in another container sharing the engine, and
 * a pid can be reused; the four together name one process once, ever.
 *
 * Liveness can only be proven on the same host *and* in the same PID
 * namespace; anywhere else the owner's lease (lease.ts) decides.
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PID_LABEL, type Labels } from './engine.js';

export const OWNER_LABEL = 'clnrm.owner';

export interface OwnerIdentity {
  bootId: string;
  /** Inode of the PID namespace, e.g. `4026531836`. */
  pidNs: string;
  pid: number;
  /** Start time of the process in clock ticks since boot (field 22 of /proc/PID/stat). */
  startTicks: string;
}

/** Field 22 (starttime) of /proc/PID/stat; the comm field may hold spaces and parentheses, so count after the last `)`. */
export function startTicksOf(pid: number | 'self', procRoot = '/proc'): string | undefined {
  try {
    const stat = readFileSync(`${procRoot}/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // rest[0] is field 3 (state), so field 22 is rest[19].
    return rest[19];
  } catch {
    return undefined;
  }
}

let cached: OwnerIdentity | undefined;

/** This process. Without /proc (macOS, Windows) the host parts are random: liveness is then never provable and the lease decides. */
export function currentOwner(): OwnerIdentity {
  if (cached) return cached;
  const read = (f: () => string) => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  const bootId = read(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()) ?? `nolinux-${randomBytes(8).toString('hex')}`;
  const pidNs = read(() => /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1] ?? '') || 'unknown';
  cached = { bootId, pidNs, pid: process.pid, startTicks: startTicksOf('self') ?? 'unknown' };
  return cached;
}

export const formatOwner = (o: OwnerIdentity): string => `${o.bootId}/${o.pidNs}/${o.pid}/${o.startTicks}`;

export function parseOwner(value: string | undefined): OwnerIdentity | undefined {
  const m = value ? /^([^/]+)\/([^/]+)\/(\d+)\/([^/]+)$/.exec(value) : null;
  return m ? { bootId: m[1]!, pidNs: m[2]!, pid: Number(m[3]), startTicks: m[4]! } : undefined;
}

/** Labels that name the owner of every resource a runner creates (`clnrm.pid` stays for people filtering by it). */
export function ownerLabels(owner: OwnerIdentity = currentOwner()): Labels {
  return { [PID_LABEL]: String(owner.pid), [OWNER_LABEL]: formatOwner(owner) };
}

export type OwnerState =
  | { kind: 'alive'; why: string }
  | { kind: 'dead'; why: string }
  /** On another host or in another PID namespace: this process cannot see it. */
  | { kind: 'unknown'; why: string };

/** What this process can prove about `owner`. */
export function ownerState(owner: OwnerIdentity, self: OwnerIdentity = currentOwner(), procRoot = '/proc'): OwnerState {
  if (owner.bootId !== self.bootId || self.bootId.startsWith('nolinux-')) return { kind: 'unknown', why: 'owner on another host (or this host rebooted)' };
  if (owner.pidNs !== self.pidNs || self.pidNs === 'unknown') return { kind: 'unknown', why: `owner in another PID namespace (${owner.pidNs})` };
  const ticks = startTicksOf(owner.pid, procRoot);
  if (ticks === undefined) return { kind: 'dead', why: `owner pid ${owner.pid} is gone on this host` };
  if (ticks !== owner.startTicks) return { kind: 'dead', why: `owner pid ${owner.pid} now belongs to another process (start time ${ticks}, owner's ${owner.startTicks})` };
  return { kind: 'alive', why: `owner pid ${owner.pid} is alive on this host` };
}
