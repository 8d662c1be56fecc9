/**
 * Whether the engine was lost (stopped answering, or restarted) during a run,
 * and when. A scenario that overlaps a loss ends as an error naming the cause,
 * never as a verdict on the system under test; cleanup first waits a bounded
 * time for the engine to come back.
 */
import type { Engine } from './engine.js';

export interface EngineLoss {
  atMs: number;
  cause: string;
}

export interface EngineHealth {
  /** The first loss at or after `sinceMs`. */
  lostSince(sinceMs: number): EngineLoss | undefined;
  /** Pings now; a failed ping is recorded as a loss. Resolves whether the engine answered. */
  check(): Promise<boolean>;
  /** Waits up to `maxMs` for the engine to answer again. */
  waitForEngine(maxMs: number): Promise<boolean>;
  close(): void;
}

/** How long cleanup waits for a lost engine to come back: CLNRM_ENGINE_WAIT_MS, default 30 s. */
export function engineWaitMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.CLNRM_ENGINE_WAIT_MS);
  return Number.isFinite(n) && n >= 0 && env.CLNRM_ENGINE_WAIT_MS !== '' && env.CLNRM_ENGINE_WAIT_MS !== undefined ? n : 30_000;
}

const PING_TIMEOUT_MS = 3000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function watchEngineHealth(engine: Engine): EngineHealth {
  const losses: EngineLoss[] = [];
  let down = false;
  let closed = false;
  let unwatch: (() => void) | undefined;

  const ping = async (): Promise<{ ok: true } | { ok: false; cause: string }> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        engine.ping(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS))),
      ]);
      return { ok: true };
    } catch (err) {
      return { ok: false, cause: (err as Error).message };
    } finally {
      clearTimeout(timer);
    }
  };

  const markLost = (cause: string) => {
    if (down || closed) return;
    down = true;
    losses.push({ atMs: Date.now(), cause });
  };

  const arm = () => {
    if (closed || !engine.watch) return;
    unwatch = engine.watch((cause) => {
      markLost(cause);
      void recover();
    });
  };

  let recovering: Promise<void> | undefined;
  const recover = () =>
    (recovering ??= (async () => {
      while (!closed) {
        if ((await ping()).ok) {
          down = false;
          arm();
          break;
        }
        await sleep(250);
      }
    })().finally(() => (recovering = undefined)));

  arm();
  return {
    lostSince: (sinceMs) => losses.find((l) => l.atMs >= sinceMs),
    async check() {
      const r = await ping();
      if (r.ok) return true;
      markLost(`the engine at ${engine.endpoint} stopped answering: ${r.cause}`);
      void recover();
      return false;
    },
    async waitForEngine(maxMs) {
      const until = Date.now() + maxMs;
      for (;;) {
        const r = await ping();
        if (r.ok) return true;
        if (Date.now() >= until) return false;
        await sleep(Math.min(250, Math.max(0, until - Date.now())));
      }
    },
    close() {
      closed = true;
      unwatch?.();
    },
  };
}
