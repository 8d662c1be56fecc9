/**
 * Resource faults: the target's live memory limit and CPU quota shrink, its
 * disk fills, its processes get few file descriptors. Each is reverted after
 * `duration_ms` or at cleanup. Span family clnrm.resource.<type>.
 */
import { notObserved, notRunning, observed, parseKv, shIn, stateName, targetState } from '../evidence.js';
import * as kinds from '../../load/fault-kinds/resource.js';
import { defineFault, type InjectContext } from '../types.js';
import { ChaosError } from '../../common/errors.js';

/** What "no limit" is restored to when the service declared none (the engine cannot unset a limit live). */
const UNLIMITED_MB = 1024 * 1024;
/** Likewise for the CPU quota: 1024 cores' worth (the schema's maximum), i.e. no throttle. */
const UNLIMITED_MILLICORES = 1024 * 1000;

const run = (ctx: InjectContext, script: string, args: string[] = []) => shIn(ctx.engine, ctx.target!.containerId, script, args);

/** The memory limit in bytes and the CFS quota/period, read from the target's own cgroup (v1 or v2). */
const CGROUP_SH = `
if [ -r /sys/fs/cgroup/memory.max ]; then
  echo memory_bytes=$(cat /sys/fs/cgroup/memory.max); set -- $(cat /sys/fs/cgroup/cpu.max); echo cpu_quota=$1; echo cpu_period=$2
else
  echo memory_bytes=$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes)
  echo cpu_quota=$(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us 2>/dev/null || cat /sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us); echo cpu_period=$(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us 2>/dev/null || cat /sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us)
fi`;

interface CgroupLimits {
  /** Undefined: no limit ("max" or the kernel's "unlimited" value). */
  memoryMb?: number;
  /** CPU quota in percent of one core; undefined: no quota. */
  cpuPercent?: number;
}

/** Reads the limits inside the target (an exec: fails when the target is not running). */
async function readCgroup(ctx: InjectContext): Promise<CgroupLimits> {
  const r = await run(ctx, CGROUP_SH);
  const kv = parseKv(r.out);
  if (r.exitCode !== 0 || kv.memory_bytes === undefined) throw new ChaosError(`cannot read the cgroup limits inside ${ctx.target!.service}: ${r.out.trim().slice(0, 200)}`);
  const bytes = Number(kv.memory_bytes);
  const quota = Number(kv.cpu_quota);
  const period = Number(kv.cpu_period);
  return {
    // cgroup v1 says "no limit" with a huge page-rounded number.
    ...(Number.isFinite(bytes) && bytes < 2 ** 60 ? { memoryMb: bytes / MiB } : {}),
    ...(Number.isFinite(quota) && quota > 0 && period > 0 ? { cpuPercent: (quota / period) * 100 } : {}),
  };
}

const MiB = 1024 * 1024;
/** The engine rounds a CPU quota to whole microseconds; within 1 % of a core, or 2 %, is the same quota. */
const sameCpu = (read: number | undefined, want: number) => read !== undefined && Math.abs(read - want) <= Math.max(1, want * 0.02);

/** Shrinks the live memory limit; the kernel reclaims, throttles allocation or OOM-kills. Read back from the target's cgroup. */
export const memoryPressure = defineFault(kinds.memoryPressure, async (ctx, p) => {
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
});

/** Lowers the CPU quota to a percentage of one core. Read back from the target's cgroup. */
export const cpuThrottle = defineFault(kinds.cpuThrottle, async (ctx, p) => {
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
});

/** Writes a file until the filesystem is full (ENOSPC) or size_mb is written; removed on revert. */
export const diskFill = defineFault(kinds.diskFill, async (ctx, p) => {
  const { path, sizeMb } = p;
  const file = `${path.replace(/\/$/, '')}/.clnrm-disk-fill`;
  const before = await targetState(ctx);
  if (!before.running) return { evidence: notRunning(ctx, before) };
  const { out } = await run(
    ctx,
    'if [ -n "$2" ]; then dd if=/dev/zero of="$1" bs=1M count="$2" 2>&1; else dd if=/dev/zero of="$1" bs=1M 2>&1; fi; echo "written=$(du -k "$1" 2>/dev/null | cut -f1)"; [ -s "$1" ] || rm -f "$1"; echo "free=$(df -k "$(dirname "$1")" | tail -1 | awk \'{print $4}\')"',
    [file, sizeMb === undefined ? '' : String(sizeMb)],
  );
  const kv = parseKv(out);
  const written = Number(kv.written || 0);
  const free = kv.free === undefined || kv.free === '' ? -1 : Number(kv.free);
  const attrs = { 'disk.path': path, 'disk.written_kb': written, 'disk.free_kb': free, 'disk.full': written > 0 && free === 0, 'pressure.level': written > 0 && free === 0 ? 'high' : 'medium' };
  const revert = async () => {
    const r = await run(ctx, 'rm -f "$1"; [ ! -e "$1" ]', [file]);
    return { strategy: 'remove_fill_file', success: r.exitCode === 0 };
  };
  const cause = out.split('\n').find((l) => /dd:/.test(l))?.trim() ?? '';
  if (written === 0) return { evidence: notObserved(`nothing could be written to ${path}${cause ? ` (${cause})` : ''}`, attrs), };
  if (free !== 0 && (sizeMb === undefined || written < sizeMb * 1024)) return { evidence: notObserved(`${written} KiB written to ${path}: neither full nor size_mb${cause ? ` (${cause})` : ''}`, attrs), revert };
  return { evidence: observed(attrs), revert };
});

/** Processes the runner starts in the target while the fault is active get a low open-files limit. */
export const fdExhaustion = defineFault(kinds.fdExhaustion, async (ctx, p) => {
  const { nofile } = p;
  const before = await targetState(ctx);
  if (!before.running) return { evidence: notRunning(ctx, before) };
  // Armed only: the session confirms the effect once the hook wrapped a step (chaos.steps_affected).
  return {
    evidence: observed({ 'fd.limit': nofile, 'pressure.level': 'high', 'container.state_before': stateName(before) }),
    stepHook: { service: ctx.target!.service, wrap: (argv) => ['sh', '-c', `ulimit -n ${nofile} && exec "$@"`, 'clnrm-chaos', ...argv] },
    // The limit lives only in the hook: once reverted, the session wraps no further step with it.
    revert: async () => ({ strategy: 'restore_nofile', success: true }),
  };
});
