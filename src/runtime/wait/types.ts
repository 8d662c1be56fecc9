/**
 * A wait condition: one required verb, `waitUntilReady`, which resolves once
 * the service is ready or rejects when the signal aborts (deadline or interrupt).
 *
 *   service started ─▶ [log] [port] [command] (all given must hold) ─▶ steps start
 */
import type { Engine } from '../engine.js';

export interface WaitContext {
  engine: Engine;
  containerId: string;
  /** The container's address on the scenario network (for port checks). */
  ipAddress?: string;
  intervalMs: number;
  signal: AbortSignal;
}

export interface WaitCondition {
  /** What is awaited, for messages: `log /ready/`, `port 8080`. */
  readonly description: string;
  waitUntilReady(ctx: WaitContext): Promise<void>;
}

/** Resolves after `ms`, or rejects as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
