/** memory_pressure: shrinks the live memory limit; the kernel reclaims, throttles allocation or OOM-kills. Read back from the target's cgroup. */
import { notObserved, notRunning, observed, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { readCgroup } from './shared/cgroup.js';

/** What "no limit" is restored to when the service declared none (the engine cannot unset a limit live). */
const UNLIMITED_MB = 1024 * 1024;

export const memoryPressure = defineFault({
  kind: 'memory_pressure',
  doc: "shrinks the target's live memory limit to `memory_mb` (default half its limit): reclaim, allocation failures or OOM kills follow",
  revert: 'restores the limit',
  evidence: "`memory.cgroup_before_mb`, `memory.cgroup_mb` (the target's cgroup, read inside it)",
  notInjectedWhen: 'target not running; the cgroup does not read the new limit',
  params: { memory_mb: { $ref: '#/$defs/memoryMb', description: "Live memory limit to shrink to (default: half of the service's limit)." } },
  targets: 'service',
  span: 'clnrm.resource.memory_pressure',
  recoverySpan: 'clnrm.recovery',
  /** `memoryMb` undefined: half of the target's own limit, known only once the target is. */
  decode: (p) => ({ memoryMb: p.memory_mb === undefined || p.memory_mb === null ? undefined : Number(p.memory_mb) }),
  inject: async (ctx, p) => {
    const previous = ctx.target!.spec.limits.memoryMb;
    const limit = p.memoryMb ?? Math.max(6, Math.floor((previous ?? 512) / 2));
    const before = await targetState(ctx);
    // The engine accepts an update of a stopped container, which limits nothing that runs.
    if (!before.running) return { evidence: notRunning(ctx, before) };
    const was = await readCgroup(ctx);
    await ctx.engine.updateContainer(ctx.target!.containerId, { memoryMb: limit });
    const level = previous === undefined || limit <= previous / 2 ? 'high' : 'medium';
    const restore = previous ?? UNLIMITED_MB;
    const revert = async () => {
      await ctx.engine.updateContainer(ctx.target!.containerId, { memoryMb: restore });
      const back = await readCgroup(ctx).catch(() => undefined);
      const success = back !== undefined && (previous === undefined ? back.memoryMb === undefined || back.memoryMb >= restore : back.memoryMb === previous);
      return { strategy: 'restore_memory_limit', success, attributes: { 'memory.limit_mb': previous ?? 0, 'memory.read_back_mb': back?.memoryMb ?? -1 } };
    };
    const read = await readCgroup(ctx).catch(() => undefined);
    const attrs = { 'memory.limit_mb': limit, 'memory.previous_mb': previous ?? 0, 'memory.cgroup_before_mb': was.memoryMb ?? -1, 'memory.cgroup_mb': read?.memoryMb ?? -1, 'pressure.level': level };
    if (read?.memoryMb !== limit) return { evidence: notObserved(`the cgroup memory limit reads ${read?.memoryMb ?? 'nothing'} MiB, not ${limit} MiB`, attrs), revert };
    return { evidence: observed(attrs), revert };
  },
});
