/**
 * Timeout enforcement, by the runner: the process is signalled, then verified
 * gone. The spans record the causal chain:
 *
 *   clnrm.step:x
 *   └─ clnrm.timeout.enforced        timeout.ms, timeout.type, timeout.strategy
 *      ├─ clnrm.timeout.graceful     signal=SIGTERM, grace_period.ms      (graceful only)
 *      │  └─ clnrm.timeout.hard      signal=SIGKILL, preceded_by=SIGTERM  (if the grace ran out)
 *      ├─ clnrm.timeout.hard         signal=SIGKILL                       (hard strategy)
 *      └─ clnrm.cleanup              cleanup.triggered=timeout, cleanup.success
 */
import type { TimeoutStrategy } from '../load/index.js';
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import type { TimeoutKind } from './results.js';

export interface KillTarget {
  /** Sends the signal to everything the step started. */
  signal(sig: 'TERM' | 'KILL'): Promise<void>;
  /** Settles when the step's process has exited. */
  exited: Promise<unknown>;
  /** What is still alive after the kill (empty means clean). */
  remaining(): Promise<string[]>;
}

export interface TimeoutRecord {
  enforced: SpanHandle;
  /** The process exited by itself during the grace period. */
  honouredGracefully: boolean;
  remaining: string[];
}

const settledWithin = (p: Promise<unknown>, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    p.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(true);
      },
    );
  });

/** Time allowed for a SIGKILLed process to be reported gone by the engine. */
const KILL_SETTLE_MS = 10_000;

export async function enforceTimeout(
  recorder: Recorder,
  stepSpan: SpanHandle,
  options: { kind: TimeoutKind; timeoutMs: number; strategy: TimeoutStrategy; gracePeriodMs: number },
  target: KillTarget,
): Promise<TimeoutRecord> {
  const enforced = recorder.start('clnrm.timeout.enforced', stepSpan, {
    attributes: { 'timeout.ms': options.timeoutMs, 'timeout.type': options.kind, 'timeout.strategy': options.strategy },
  });
  let honouredGracefully = false;
  try {
    if (options.strategy === 'graceful') {
      const graceful = recorder.start('clnrm.timeout.graceful', enforced, {
        attributes: { signal: 'SIGTERM', 'grace_period.ms': options.gracePeriodMs },
      });
      await target.signal('TERM');
      honouredGracefully = await settledWithin(target.exited, options.gracePeriodMs);
      graceful.setAttributes({ 'timeout.honoured': honouredGracefully });
      if (!honouredGracefully) {
        const hard = recorder.start('clnrm.timeout.hard', graceful, { attributes: { signal: 'SIGKILL', preceded_by: 'SIGTERM' } });
        await target.signal('KILL');
        await settledWithin(target.exited, KILL_SETTLE_MS);
        hard.end();
      }
      graceful.end();
    } else {
      const hard = recorder.start('clnrm.timeout.hard', enforced, { attributes: { signal: 'SIGKILL' } });
      await target.signal('KILL');
      await settledWithin(target.exited, KILL_SETTLE_MS);
      hard.end();
    }
    // Children left in the background after a graceful exit are killed too.
    const cleanup = recorder.start('clnrm.cleanup', enforced, { attributes: { 'cleanup.triggered': 'timeout' } });
    let remaining = await target.remaining();
    if (remaining.length > 0) {
      cleanup.addEvent('process.kill', { 'processes.count': remaining.length });
      await target.signal('KILL');
      remaining = await waitUntilEmpty(target);
    }
    cleanup.setAttributes({ 'cleanup.success': remaining.length === 0, 'processes.remaining': remaining.length });
    if (remaining.length === 0) {
      cleanup.addEvent('cleanup.complete');
      cleanup.ok();
    } else {
      cleanup.fail('process_leak', `processes survived the timeout: ${remaining.join(', ')}`);
    }
    cleanup.end();
    return { enforced, honouredGracefully, remaining };
  } finally {
    enforced.end();
  }
}

async function waitUntilEmpty(target: KillTarget): Promise<string[]> {
  let remaining: string[] = [];
  for (let i = 0; i < 20; i++) {
    remaining = await target.remaining();
    if (remaining.length === 0) return remaining;
    await new Promise((r) => setTimeout(r, 100));
  }
  return remaining;
}
