/**
 * What the container faults share: reading the target's state before and
 * after, how long a signalled container may take to exit, and the `signal`
 * parameter.
 */
import type { ContainerState } from '../../../runtime/engine.js';
import { stateName, targetState, until } from '../../evidence.js';
import type { InjectContext } from '../../types.js';

export const target = (ctx: InjectContext) => ctx.target!;

/** How long a signalled container may take to exit before "it kept running" is the reading. */
export const EXIT_WINDOW_MS = 3000;

export const restarted = (before: ContainerState, after: ContainerState) => after.startedAt !== undefined && after.startedAt !== before.startedAt;
export const states = (before: ContainerState, after: ContainerState) => ({ 'container.state_before': stateName(before), 'container.state_after': stateName(after) });

/** Waits (bounded) until the container has stopped running or started anew; the last state read. */
export async function awaitExit(ctx: InjectContext, before: ContainerState): Promise<ContainerState> {
  let after = before;
  await until(async () => {
    after = await targetState(ctx);
    return !after.running || restarted(before, after);
  }, EXIT_WINDOW_MS);
  return after;
}

/** The `signal` parameter of the faults that send one. */
export const SIGNAL_PARAM = { signal: { $ref: '#/$defs/signalName' } } as const;

/** A signal name as written (`TERM`, `SIGTERM`, `sigterm`), or the kind's default. */
export const signalOr = (value: unknown, fallback: string): string => String(value ?? fallback);
