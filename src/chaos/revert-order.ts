/**
 * The order of the reverts at cleanup. Rollbacks go in the reverse order of
 * injection, but only where that order can matter: a revert waits for the
 * reverts of the faults injected after it whose footprints meet its own;
 * faults whose footprints are disjoint are reverted at the same time.
 *
 * A footprint is what a fault's evidence read-back and revert act on,
 * conservatively:
 * - a fault that targets a service acts on that service's container only (its
 *   state, limits, files, network endpoint, and the namespaces helpers join),
 *   so two such faults meet only when they share the target, whatever their
 *   mechanisms (stacked faults on one target keep the strict reverse order);
 * - a toxic acts on its `[proxy.NAME]` (and, to be safe, its upstream service);
 * - anything else (a partition across groups, step hooks, a type not known
 *   here) meets every fault: it waits for all later ones, and all earlier
 *   ones wait for it, exactly as the strict reverse order would.
 */
import type { FaultTargets } from './types.js';

export type Footprint = readonly string[] | 'everything';

/** Whether two footprints meet (then their reverts keep the reverse order of injection). */
export function footprintsMeet(a: Footprint, b: Footprint): boolean {
  if (a === 'everything' || b === 'everything') return true;
  return a.some((x) => b.includes(x));
}

/** The footprint of one injection: its kind's targets, the service it hit, and the proxy its parameters name. */
export function footprintOf(o: { targets: FaultTargets; target: string | undefined; params: Readonly<Record<string, unknown>>; proxyUpstream?: (proxy: string) => string | undefined }): Footprint {
  if (o.targets === 'service' && o.target !== undefined) return [`service:${o.target}`];
  if (o.targets === 'proxy' && typeof o.params.proxy === 'string') {
    const upstream = o.proxyUpstream?.(o.params.proxy);
    return [`proxy:${o.params.proxy}`, ...(upstream !== undefined ? [`service:${upstream}`] : [])];
  }
  return 'everything';
}

/**
 * Reverts `injected` (in the order they were injected) latest first, each as soon as every later
 * injection whose footprint meets its own is reverted. Every revert runs even when another fails;
 * the first failure is thrown once all are done.
 */
export async function revertInReverseOrder<T>(injected: readonly T[], footprint: (x: T) => Footprint, revert: (x: T) => Promise<void>): Promise<void> {
  const started: { footprint: Footprint; done: Promise<void> }[] = [];
  for (const x of [...injected].reverse()) {
    const own = footprint(x);
    const before = started.filter((s) => footprintsMeet(own, s.footprint)).map((s) => s.done.catch(() => undefined));
    started.push({ footprint: own, done: Promise.all(before).then(() => revert(x)) });
  }
  const results = await Promise.allSettled(started.map((s) => s.done));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
