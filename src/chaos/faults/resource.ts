/**
 * Resource faults: the target's live memory limit and CPU quota shrink, its
 * disk fills, its processes get few file descriptors. Each is reverted after
 * `duration_ms` or at cleanup. Span family clnrm.resource.<type>.
 */
import { runnerExecEnv } from '../../runtime/session.js';
import type { FaultType, InjectContext } from '../types.js';

const resourceSpan = (f: { type: string }) => `clnrm.resource.${f.type}`;
/** What "no limit" is restored to when the service declared none (the engine cannot unset a limit live). */
const UNLIMITED_MB = 1024 * 1024;
/** Likewise for the CPU quota: 1024 cores' worth (the schema's maximum), i.e. no throttle. */
const UNLIMITED_MILLICORES = 1024 * 1000;

async function run(ctx: InjectContext, script: string, args: string[] = []): Promise<{ exitCode: number | null; out: string }> {
  let out = '';
  const h = await ctx.engine.exec(ctx.target!.containerId, { cmd: ['sh', '-c', script, 'clnrm-chaos', ...args], env: runnerExecEnv() }, { onStdout: (c) => (out += c.toString()), onStderr: (c) => (out += c.toString()) });
  const { exitCode } = await h.done;
  return { exitCode, out };
}

/** Shrinks the live memory limit; the kernel reclaims, throttles allocation or OOM-kills. */
export const memoryPressure: FaultType = {
  doc: 'Shrinks the live memory limit of the target to memory_mb (default: half of its limit).',
  spanName: resourceSpan,
  perTarget: true,
  async inject(ctx) {
    const previous = ctx.target!.spec.limits.memoryMb;
    const limit = Number(ctx.fault.params.memory_mb ?? Math.max(6, Math.floor((previous ?? 512) / 2)));
    await ctx.engine.updateContainer(ctx.target!.containerId, { memoryMb: limit });
    const level = previous === undefined || limit <= previous / 2 ? 'high' : 'medium';
    return {
      attributes: { 'memory.limit_mb': limit, 'memory.previous_mb': previous ?? 0, 'pressure.level': level },
      revert: async () => {
        await ctx.engine.updateContainer(ctx.target!.containerId, { memoryMb: previous ?? UNLIMITED_MB });
        return { strategy: 'restore_memory_limit', success: true, attributes: { 'memory.limit_mb': previous ?? 0 } };
      },
    };
  },
};

/** Lowers the CPU quota to a percentage of one core. */
export const cpuThrottle: FaultType = {
  doc: 'Sets the live CPU quota of the target to cpu_percent of one core.',
  spanName: resourceSpan,
  perTarget: true,
  async inject(ctx) {
    const percent = Number(ctx.fault.params.cpu_percent);
    const previous = ctx.target!.spec.limits.cpuMillicores;
    await ctx.engine.updateContainer(ctx.target!.containerId, { cpuPercent: percent });
    return {
      attributes: { 'cpu.percent': percent, 'pressure.level': percent <= 25 ? 'high' : 'medium' },
      revert: async () => {
        // `cpuPercent: 0` is not "no limit": the engine clamps it to its minimum quota (1 % of a core).
        await ctx.engine.updateContainer(ctx.target!.containerId, { cpuMillicores: previous ?? UNLIMITED_MILLICORES });
        return { strategy: 'restore_cpu_quota', success: true };
      },
    };
  },
};

/** Writes a file until the filesystem is full (ENOSPC) or size_mb is written; removed on revert. */
export const diskFill: FaultType = {
  doc: 'Fills the directory path of the target with a file of size_mb MiB, or until the disk is full.',
  spanName: resourceSpan,
  perTarget: true,
  async inject(ctx) {
    const path = String(ctx.fault.params.path);
    const size = ctx.fault.params.size_mb === undefined ? '' : String(ctx.fault.params.size_mb);
    const file = `${path.replace(/\/$/, '')}/.clnrm-disk-fill`;
    const { out } = await run(
      ctx,
      'if [ -n "$2" ]; then dd if=/dev/zero of="$1" bs=1M count="$2" 2>/dev/null; else dd if=/dev/zero of="$1" bs=1M 2>/dev/null; fi; echo "written=$(du -k "$1" | cut -f1) free=$(df -k "$(dirname "$1")" | tail -1 | awk \'{print $4}\')"',
      [file, size],
    );
    const written = Number(/written=(\d+)/.exec(out)?.[1] ?? 0);
    const free = Number(/free=(\d+)/.exec(out)?.[1] ?? -1);
    return {
      attributes: { 'disk.path': path, 'disk.written_kb': written, 'disk.free_kb': free, 'disk.full': free === 0, 'pressure.level': free === 0 ? 'high' : 'medium' },
      revert: async () => {
        const r = await run(ctx, 'rm -f "$1"', [file]);
        return { strategy: 'remove_fill_file', success: r.exitCode === 0 };
      },
    };
  },
};

/** Processes the runner starts in the target while the fault is active get a low open-files limit. */
export const fdExhaustion: FaultType = {
  doc: 'Steps started in the target while the fault is active run with an open-files limit of nofile (default 16).',
  spanName: resourceSpan,
  perTarget: true,
  async inject(ctx) {
    const nofile = Number(ctx.fault.params.nofile ?? 16);
    return {
      attributes: { 'fd.limit': nofile, 'pressure.level': 'high' },
      stepHook: { service: ctx.target!.service, wrap: (argv) => ['sh', '-c', `ulimit -n ${nofile} && exec "$@"`, 'clnrm-chaos', ...argv] },
      revert: async () => ({ strategy: 'restore_nofile', success: true }),
    };
  },
};
