/**
 * Container faults: kill, stop, restart, pause, signal, and killing a process
 * by name. One small FaultType each; they share the span family clnrm.chaos.<type>.
 */
import { runnerExecEnv } from '../../runtime/session.js';
import type { FaultType, InjectContext } from '../types.js';

const chaosSpan = (f: { type: string }) => `clnrm.chaos.${f.type}`;
const target = (ctx: InjectContext) => ctx.target!;
const signalOf = (ctx: InjectContext, fallback: string) => String(ctx.fault.params.signal ?? fallback);

async function isRunning(ctx: InjectContext): Promise<boolean> {
  return (await ctx.engine.inspectContainer(target(ctx).containerId)).running;
}

/** Sends a signal (default SIGKILL) to the container's main process; nothing to revert. */
export const killContainer: FaultType = {
  doc: 'Kills the target container with a signal (default SIGKILL).',
  spanName: chaosSpan,
  perTarget: true,
  async inject(ctx) {
    const signal = signalOf(ctx, 'SIGKILL');
    await ctx.engine.killContainer(target(ctx).containerId, signal);
    return { attributes: { 'chaos.signal': signal } };
  },
};

/** Stops the container gracefully; restarted when `duration_ms` ends. */
export const stopContainer: FaultType = {
  doc: 'Stops the target container (SIGTERM, then SIGKILL after stop_timeout_ms); starts it again after duration_ms.',
  spanName: chaosSpan,
  perTarget: true,
  async inject(ctx) {
    const timeoutMs = Number(ctx.fault.params.stop_timeout_ms ?? 10_000);
    await ctx.engine.stopContainer(target(ctx).containerId, timeoutMs);
    return {
      attributes: { 'stop.timeout_ms': timeoutMs },
      revert: async () => {
        await ctx.engine.startContainer(target(ctx).containerId);
        return { strategy: 'start', success: await isRunning(ctx) };
      },
    };
  },
};

/** Restarts the container; recovery checks it runs again. */
export const restartContainer: FaultType = {
  doc: 'Restarts the target container; recovery verifies it is running again.',
  spanName: chaosSpan,
  perTarget: true,
  async inject(ctx) {
    await ctx.engine.restartContainer(target(ctx).containerId, 10_000);
    return { attributes: {}, revert: async () => ({ strategy: 'restart', success: await isRunning(ctx) }) };
  },
};

/** Freezes every process of the container (cgroup freezer); unpaused after `duration_ms` or at cleanup. */
export const pauseContainer: FaultType = {
  doc: 'Pauses (freezes) the target container; unpauses it after duration_ms or at cleanup.',
  spanName: chaosSpan,
  perTarget: true,
  async inject(ctx) {
    await ctx.engine.pauseContainer(target(ctx).containerId);
    return {
      attributes: {},
      revert: async () => {
        await ctx.engine.unpauseContainer(target(ctx).containerId);
        const state = await ctx.engine.inspectContainer(target(ctx).containerId);
        return { strategy: 'unpause', success: state.running && !state.paused };
      },
    };
  },
};

/** Sends a signal to the main process (SIGTERM by default), e.g. SIGHUP to reload or SIGUSR1. */
export const signalFault: FaultType = {
  doc: "Sends a signal to the target's main process (default SIGTERM).",
  spanName: chaosSpan,
  perTarget: true,
  async inject(ctx) {
    const signal = signalOf(ctx, 'SIGTERM');
    await ctx.engine.killContainer(target(ctx).containerId, signal);
    return { attributes: { 'chaos.signal': signal } };
  },
};

/** Kills processes matched by name inside the container. */
export const killProcess: FaultType = {
  doc: 'Kills the processes with the given name inside the target container (default SIGKILL).',
  spanName: chaosSpan,
  perTarget: true,
  async inject(ctx) {
    const name = String(ctx.fault.params.process);
    const signal = signalOf(ctx, 'SIGKILL').replace(/^SIG/, '');
    let out = '';
    const h = await ctx.engine.exec(
      target(ctx).containerId,
      { cmd: ['sh', '-c', `pids=$(pidof "$0"); [ -n "$pids" ] && kill -${signal} $pids; echo "$pids" | wc -w`, name], env: runnerExecEnv() },
      { onStdout: (c) => (out += c.toString()), onStderr() {} },
    );
    await h.done;
    return { attributes: { 'process.name': name, 'chaos.signal': `SIG${signal}`, 'processes.killed': Number(out.trim()) || 0 } };
  },
};
