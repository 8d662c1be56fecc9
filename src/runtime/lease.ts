/**
 * The lease of a run: proof, visible to anyone sharing the engine, that the
 * runner is still alive. Labels cannot change on an existing resource, so the
 * runner renews by creating a fresh labelled volume (the engine stamps its
 * CreatedAt with the engine's own clock) and then removing the previous one;
 * at every moment at least one lease volume of a live run exists.
 *
 * A run's lease has expired when the engine's clock is more than `lease_ms`
 * past the newest lease volume's CreatedAt. `clnrm gc` and the start-of-run
 * sweep then remove the run's resources, whatever host or PID namespace the
 * runner was in. Renewal happens every lease_ms / 4, so three renewals in a
 * row may fail (engine busy, event loop blocked) before the lease lapses.
 */
import type { Engine, ResourceInfo } from './engine.js';
import { RUN_LABEL } from './engine.js';
import { ownerLabels } from './owner.js';

export const LEASE_LABEL = 'clnrm.lease';
export const LEASE_MS_LABEL = 'clnrm.lease_ms';
/** Default lease: a SIGKILLed runner's resources are collectable by any other runner after at most this long. */
export const DEFAULT_LEASE_MS = 30_000;
/** Volume CreatedAt has one-second precision. */
const CREATED_AT_SLACK_MS = 1000;

/** `CLNRM_LEASE_MS` (≥ 1000) or the default. */
export function leaseMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CLNRM_LEASE_MS;
  if (raw === undefined || raw === '') return DEFAULT_LEASE_MS;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1000 ? n : DEFAULT_LEASE_MS;
}

export interface Lease {
  readonly leaseMs: number;
  /** Stops renewing and removes the lease volumes (after the run's resources are gone). */
  release(): Promise<void>;
}

export async function startLease(engine: Engine, runId: string, leaseMs: number = leaseMsFromEnv()): Promise<Lease> {
  const labels = { [LEASE_LABEL]: 'true', [RUN_LABEL]: runId, [LEASE_MS_LABEL]: String(leaseMs), ...ownerLabels() };
  let seq = 0;
  let current: string | undefined;
  /** Every lease volume not known to be removed: release removes these by name (a listing can hang on a wedged engine). */
  const alive = new Set<string>();
  let released = false;
  const renew = async () => {
    const name = `clnrm-lease-${runId}-${seq++}`;
    alive.add(name);
    await engine.createVolume(name, labels);
    const previous = current;
    current = name;
    // Remove the previous one only once the new one exists.
    if (previous) await engine.removeVolume(previous).then(() => alive.delete(previous), () => undefined);
  };
  await renew();
  let renewing: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (renewing || released) return;
    // A failed renewal is retried on the next tick; the lease only lapses after several misses.
    renewing = renew()
      .catch(() => undefined)
      .finally(() => (renewing = undefined));
  }, Math.max(250, Math.floor(leaseMs / 4)));
  timer.unref();
  return {
    leaseMs,
    async release() {
      released = true;
      clearInterval(timer);
      await renewing;
      for (const name of alive) await engine.removeVolume(name).then(() => alive.delete(name), () => undefined);
    },
  };
}

export interface LeaseStatus {
  expired: boolean;
  why: string;
}

/** Judges a run's lease from its lease volumes (none: the runner never had one or released it). */
export function leaseStatus(leases: readonly ResourceInfo[], engineNowMs: number): LeaseStatus {
  if (leases.length === 0) return { expired: true, why: 'no lease volume (runner gone without renewing)' };
  let newest = -Infinity;
  let leaseMs = DEFAULT_LEASE_MS;
  for (const l of leases) {
    const t = Date.parse(l.createdAt ?? '');
    if (Number.isFinite(t) && t > newest) {
      newest = t;
      leaseMs = Number(l.labels[LEASE_MS_LABEL]) || DEFAULT_LEASE_MS;
    }
  }
  if (!Number.isFinite(newest)) return { expired: false, why: 'lease volume without a creation time: kept' };
  const ageMs = engineNowMs - newest;
  const leftMs = leaseMs + CREATED_AT_SLACK_MS - ageMs;
  if (leftMs < 0) return { expired: true, why: `lease expired ${((-leftMs) / 1000).toFixed(1)}s ago (lease ${leaseMs / 1000}s, last renewed ${(ageMs / 1000).toFixed(1)}s ago)` };
  return { expired: false, why: `lease renewed ${(Math.max(0, ageMs) / 1000).toFixed(1)}s ago, valid ${(leftMs / 1000).toFixed(1)}s more` };
}
