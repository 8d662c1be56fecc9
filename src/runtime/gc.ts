/**
 * Removes labelled resources whose runner is gone (killed with SIGKILL, or
 * crashed): Ryuk's job, done without an extra container. A resource is an
 * orphan when the pid in its `clnrm.pid` label is no longer alive on this host.
 */
import { removeByKind } from './cleanup.js';
import { MANAGED_LABEL, PID_LABEL, RUN_LABEL, type Engine, type ResourceInfo } from './engine.js';
import { sweepFirewalls } from './isolation.js';

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface GcResult {
  removed: ResourceInfo[];
  failed: { resource: ResourceInfo; error: string }[];
  /** Host-side isolation chains removed because their network is gone (docs/isolation.md). */
  firewalls: string[];
  /** Why the isolation chains could not be swept, if they could not. */
  firewallError?: string;
}

/**
 * Removes orphans; `all` also removes resources of live runs other than `exceptRun`. Isolation
 * chains of networks that are gone are swept when a network was removed, or always with `sweep`.
 */
export async function collectOrphans(engine: Engine, options: { exceptRun?: string; all?: boolean; sweep?: boolean } = {}): Promise<GcResult> {
  const resources = await engine.list({ [MANAGED_LABEL]: 'true' });
  const orphans = resources.filter((r) => {
    if (options.exceptRun && r.labels[RUN_LABEL] === options.exceptRun) return false;
    return options.all || !alive(Number(r.labels[PID_LABEL]));
  });
  const result: GcResult = { removed: [], failed: [], firewalls: [] };
  // Containers first: networks and volumes cannot go while a container uses them.
  const order = { container: 0, network: 1, volume: 2 } as const;
  for (const r of orphans.sort((a, b) => order[a.kind] - order[b.kind])) {
    try {
      await removeByKind(engine, r);
      result.removed.push(r);
    } catch (err) {
      result.failed.push({ resource: r, error: (err as Error).message });
    }
  }
  if (options.sweep || result.removed.some((r) => r.kind === 'network')) {
    const helper = { labels: { [MANAGED_LABEL]: 'true', [PID_LABEL]: String(process.pid), [RUN_LABEL]: options.exceptRun ?? 'gc' }, name: `clnrm-gc-${process.pid}` };
    try {
      result.firewalls = await sweepFirewalls(engine, helper);
    } catch (err) {
      result.firewallError = (err as Error).message;
    }
  }
  return result;
}
