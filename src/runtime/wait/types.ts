/**
 * A wait condition: one required verb, `waitUntilReady`, which resolves once
 * the service is ready or rejects when the signal aborts (deadline or interrupt).
 *
 *   service started ─▶ [log] [port] [command] (all given must hold) ─▶ steps start
 */
import type { WaitSpec } from '../../load/index.js';
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

/** The keys of `[service.NAME.wait]` that are conditions (the others time and pace them). */
export type WaitKey = 'log' | 'port' | 'command';

/**
 * A kind of wait condition describing itself: its key in `[service.NAME.wait]`,
 * one line of doc, the JSON Schema of its value (written into
 * schemas/clnrm.schema.json by `npm run docs`), and its verb `create`.
 */
export interface WaitConditionType<K extends WaitKey = WaitKey> {
  readonly key: K;
  readonly doc: string;
  readonly schema: Readonly<Record<string, unknown>>;
  create(value: NonNullable<WaitSpec[K]>): WaitCondition;
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
