/** cpu_throttle: lowers the CPU quota to a percentage of one core. Read back from the target's cgroup. */
import { notObserved, notRunning, observed, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { readCgroup } from './shared/cgroup.js';

/** What "no quota" is restored to when the service declared none: 1024 cores' worth (the schema's maximum), i.e. no throttle. */
const UNLIMITED_MILLICORES = 1024 * 1000;

/** The engine rounds a CPU quota to whole microseconds; within 1 % of a core, or 2 %, is the same quota. */
const sameCpu = (read: number | undefined, want: number) => read !== undefined && Math.abs(read - want) <= Math.max(1, want * 0.02);

export const cpuThrottle = defineFault({
  kind: 'cpu_throttle',
  doc: "sets the target's live CPU quota to `cpu_percent` of one core",
  revert: 'restores the quota',
  evidence: "`cpu.cgroup_percent` (CFS quota/period from the target's cgroup)",
  notInjectedWhen: 'target not running; the quota read back differs',
  params: { cpu_percent: { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'CPU quota as a percentage of one core.' } },
  required: ['cpu_percent'],
  targets: 'service',
  span: 'clnrm.resource.cpu_throttle',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ cpuPercent: Number(p.cpu_percent) }),
  inject: async (ctx, p) => {
    const percent = p.cpuPercent;
    const previous = ctx.target!.spec.limits.cpuMillicores;
    const before = await targetState(ctx);
    if (!before.running) return { evidence: notRunning(ctx, before) };
    await ctx.engine.updateContainer(ctx.target!.containerId, { cpuPercent: percent });
    const revert = async () => {
      // `cpuPercent: 0` is not "no limit": the engine clamps it to its minimum quota (1 % of a core).
      const restore = previous ?? UNLIMITED_MILLICORES;
      await ctx.engine.updateContainer(ctx.target!.containerId, { cpuMillicores: restore });
      const back = await readCgroup(ctx).catch(() => undefined);
      const success = back !== undefined && (back.cpuPercent === undefined ? previous === undefined : sameCpu(back.cpuPercent, restore / 10));
      return { strategy: 'restore_cpu_quota', success, attributes: { 'cpu.read_back_percent': back?.cpuPercent ?? -1 } };
    };
    const read = await readCgroup(ctx).catch(() => undefined);
    const attrs = { 'cpu.percent': percent, 'cpu.cgroup_percent': read?.cpuPercent ?? -1, 'pressure.level': percent <= 25 ? 'high' : 'medium' };
    if (!sameCpu(read?.cpuPercent, percent)) return { evidence: notObserved(`the cgroup CPU quota reads ${read?.cpuPercent ?? 'nothing'} % of a core, not ${percent} %`, attrs), revert };
    return { evidence: observed(attrs), revert };
  },
});
