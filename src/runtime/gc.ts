/**
 * Removes labelled resources whose runner is gone (killed with SIGKILL, or
 * crashed), wherever that runner ran. A run's resources are orphans when:
 *
 *   - its owner (clnrm.owner: boot id / PID namespace / pid / start time) is on
 *     this host and in this PID namespace, and that pid is gone or now belongs
 *     to a process with another start time (provably dead); or
 *   - the owner is elsewhere (another host, another container sharing the
 *     engine) and the run's lease (lease.ts) has expired on the engine's clock.
 *
 * Anything else stays: a live owner, an unexpired lease, or a resource without
 * an owner label (made by an older clnrm, whose pid label proves nothing).
 */
import { removeByKind } from './cleanup.js';
import { MANAGED_LABEL, PID_LABEL, RUN_LABEL, type Engine, type ResourceInfo } from './engine.js';
import { LEASE_LABEL, leaseStatus } from './lease.js';
import { OWNER_LABEL, currentOwner, ownerLabels, ownerState, parseOwner, type OwnerIdentity } from './owner.js';
import { sweepFirewalls } from './isolation.js';

export interface GcDecision {
  resource: ResourceInfo;
  remove: boolean;
  reason: string;
}

export interface GcResult {
  decisions: GcDecision[];
  removed: ResourceInfo[];
  failed: { resource: ResourceInfo; error: string }[];
  /** Host-side isolation chains removed because their network is gone (docs/isolation.md). */
  firewalls: string[];
  /** Why the isolation chains could not be swept, if they could not. */
  firewallError?: string;
}

export interface GcOptions {
  /** Never touch this run (the caller's own). */
  exceptRun?: string;
  /** Also remove resources of live runs and unowned ones. */
  all?: boolean;
  /** Decide and report, remove nothing. */
  dryRun?: boolean;
  /** For tests: who "this process" is, and where /proc is. */
  self?: OwnerIdentity;
  procRoot?: string;
  /** Also sweep isolation chains whose network is gone (otherwise only after removing a network). */
  sweep?: boolean;
  /** Stops removing (an interrupt of the run doing the sweep). */
  signal?: AbortSignal;
  /** Passes over what could not go yet (default GC_PASSES); the sweep at a run's start makes one, the next run tries again. */
  passes?: number;
  /** Told of each resource as soon as it is removed (a bounded sweep reports what it did even when cut short). */
  onRemoved?(resource: ResourceInfo): void;
}

/** Decides, per run, whether its resources (and lease volumes) go, with the reason. */
export async function planGc(engine: Engine, o: GcOptions = {}): Promise<GcDecision[]> {
  // Resources first, leases second: a live run's lease exists before its first resource and outlives its last.
  const resources = await engine.list({ [MANAGED_LABEL]: 'true' });
  const leases = await engine.list({ [LEASE_LABEL]: 'true' });
  const needsClock = !o.all && [...resources, ...leases].some((r) => {
    const owner = parseOwner(r.labels[OWNER_LABEL]);
    return owner && ownerState(owner, o.self ?? currentOwner(), o.procRoot).kind === 'unknown';
  });
  const engineNowMs = needsClock ? (engine.now ? await engine.now() : Date.now()) : Date.now();
  const leasesOf = new Map<string, ResourceInfo[]>();
  for (const l of leases) {
    const run = l.labels[RUN_LABEL] ?? '';
    leasesOf.set(run, [...(leasesOf.get(run) ?? []), l]);
  }
  const decide = (r: ResourceInfo): { remove: boolean; reason: string } => {
    const run = r.labels[RUN_LABEL] ?? '';
    if (o.exceptRun !== undefined && run === o.exceptRun) return { remove: false, reason: 'this run' };
    if (o.all) return { remove: true, reason: '--all' };
    const owner = parseOwner(r.labels[OWNER_LABEL]);
    if (!owner) return { remove: false, reason: 'no clnrm.owner label (made by an older clnrm): its owner cannot be proven gone; `clnrm gc --all` removes it' };
    const state = ownerState(owner, o.self ?? currentOwner(), o.procRoot);
    if (state.kind === 'alive') return { remove: false, reason: state.why };
    if (state.kind === 'dead') return { remove: true, reason: state.why };
    const lease = leaseStatus(leasesOf.get(run) ?? [], engineNowMs);
    return { remove: lease.expired, reason: `${state.why}; ${lease.why}` };
  };
  return [...resources, ...leases].map((r) => ({ resource: r, ...decide(r) }));
}

// Containers first: networks and volumes cannot go while a container uses them; lease volumes last.
const rank = (r: ResourceInfo) => (r.labels[LEASE_LABEL] ? 3 : { container: 0, network: 1, volume: 2 }[r.kind]);

/** Passes over the engine: a resource that could not go yet (a network whose container a dead runner's last request was still creating) is retried. */
const GC_PASSES = 3;
const GC_RETRY_PAUSE_MS = 500;

export async function collectOrphans(engine: Engine, options: GcOptions = {}): Promise<GcResult> {
  const decisions = await planGc(engine, options);
  const result: GcResult = { decisions, removed: [], failed: [], firewalls: [] };
  if (options.dryRun) return result;
  const gone = new Set<string>();
  let toRemove = decisions.filter((x) => x.remove);
  for (let pass = 1; ; pass++) {
    result.failed = [];
    for (const d of toRemove.sort((a, b) => rank(a.resource) - rank(b.resource))) {
      if (options.signal?.aborted) break;
      try {
        await removeByKind(engine, d.resource);
        gone.add(d.resource.id);
        result.removed.push(d.resource);
        options.onRemoved?.(d.resource);
      } catch (err) {
        result.failed.push({ resource: d.resource, error: (err as Error).message });
      }
    }
    if (result.failed.length === 0 || pass >= (options.passes ?? GC_PASSES) || options.signal?.aborted) break;
    // A request the dead runner sent just before it died may still be creating or attaching a container:
    // decide again (the same rules, so only resources of owners proven gone) and retry what is left.
    await new Promise((r) => setTimeout(r, GC_RETRY_PAUSE_MS * pass));
    const again = await planGc(engine, options);
    for (const d of again) if (!decisions.some((x) => x.resource.id === d.resource.id)) decisions.push(d);
    toRemove = again.filter((x) => x.remove && !gone.has(x.resource.id));
  }
  if (options.sweep || result.removed.some((r) => r.kind === 'network')) {
    const helper = { labels: { [MANAGED_LABEL]: 'true', [PID_LABEL]: String(process.pid), [RUN_LABEL]: options.exceptRun ?? 'gc', ...ownerLabels() }, name: `clnrm-gc-${process.pid}` };
    try {
      result.firewalls = await sweepFirewalls(engine, helper);
    } catch (err) {
      result.firewallError = (err as Error).message;
    }
  }
  return result;
}
