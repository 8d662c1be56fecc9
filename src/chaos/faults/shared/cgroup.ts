/**
 * What the resource faults share: a shell in the target, and the memory limit
 * and CPU quota read from the target's own cgroup (v1 or v2).
 */
import { ChaosError } from '../../../common/errors.js';
import { parseKv, shIn } from '../../evidence.js';
import type { InjectContext } from '../../types.js';

export const run = (ctx: InjectContext, script: string, args: string[] = []) => shIn(ctx.engine, ctx.target!.containerId, script, args);

/** The memory limit in bytes and the CFS quota/period, read from the target's own cgroup (v1 or v2). */
const CGROUP_SH = `
if [ -r /sys/fs/cgroup/memory.max ]; then
  echo memory_bytes=$(cat /sys/fs/cgroup/memory.max); set -- $(cat /sys/fs/cgroup/cpu.max); echo cpu_quota=$1; echo cpu_period=$2
else
  echo memory_bytes=$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes)
  echo cpu_quota=$(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us 2>/dev/null || cat /sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us); echo cpu_period=$(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us 2>/dev/null || cat /sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us)
fi`;

export interface CgroupLimits {
  /** Undefined: no limit ("max" or the kernel's "unlimited" value). */
  memoryMb?: number;
  /** CPU quota in percent of one core; undefined: no quota. */
  cpuPercent?: number;
}

const MiB = 1024 * 1024;

/** Reads the limits inside the target (an exec: fails when the target is not running). */
export async function readCgroup(ctx: InjectContext): Promise<CgroupLimits> {
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
