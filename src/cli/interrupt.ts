/**
 * SIGINT/SIGTERM handling for the whole CLI, installed before anything else is
 * loaded (bin/clnrm.js), so there is no moment where a signal kills the
 * process without a word.
 *
 *   no run in progress   exit 130/143 at once (nothing was created)
 *   run in progress      abort it: chaos schedule cancelled, faults reverted,
 *                        everything removed; the run ends and exits 130/143.
 *                        A watchdog exits after CLNRM_INTERRUPT_DEADLINE_MS
 *                        (default 4500) whatever is still pending, printing
 *                        what may be left and the `clnrm gc` command.
 *   second signal        the same message, exit at once
 *
 * This module imports nothing of clnrm but the exit statuses (cli/exit.ts, plain
 * functions over two small leaf modules): it must load in milliseconds.
 */
import { exitStatus } from './exit.js';

/** The watchdog and a signal outside a run end the process at once, with the status exit.ts gives an interrupt. */
const interruptedStatus = (signal: NodeJS.Signals): number => exitStatus({ kind: 'interrupted', signal });
const DEFAULT_DEADLINE_MS = 4500;

interface Scope {
  controller: AbortController;
  /** Nothing runs in this scope (`run --watch` waiting for a change): a signal only ends the wait. */
  idle: boolean;
  /** Lines describing what may still be on the engine, and how to remove it. */
  leftovers(): string[];
}

let scope: Scope | undefined;
let received: NodeJS.Signals | undefined;
let installed = false;

function deadlineMs(): number {
  const n = Number(process.env.CLNRM_INTERRUPT_DEADLINE_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_DEADLINE_MS;
}

function exitNow(sig: NodeJS.Signals, why: string): never {
  const lines = scope?.leftovers() ?? [];
  process.stderr.write(`clnrm: ${why}; exiting now\n${lines.map((l) => `clnrm: ${l}\n`).join('')}`);
  process.exit(interruptedStatus(sig));
}

function onSignal(sig: NodeJS.Signals): void {
  if (received) exitNow(received, `second signal (${sig}) received: cleanup not finished`);
  received = sig;
  if (!scope) {
    process.stderr.write(`clnrm: ${sig} received: nothing was started; exiting\n`);
    process.exit(interruptedStatus(sig));
  }
  process.stderr.write(scope.idle ? `clnrm: ${sig} received: exiting\n` : `clnrm: ${sig} received: stopping, cleaning up everything of this run (press Ctrl-C again to exit at once)\n`);
  // Referenced timer: it must fire even if the run's own work is stuck on a dead engine.
  setTimeout(() => exitNow(sig, `cleanup did not finish within ${deadlineMs()} ms of ${sig}`), deadlineMs());
  scope.controller.abort(new Error(sig));
}

/** Installs the handlers once per process. */
export function installInterrupts(): void {
  if (installed) return;
  installed = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** The signal that interrupted this process, if any. */
export const interruptedBy = (): NodeJS.Signals | undefined => received;

/**
 * Opens the scope of a run: a signal now aborts `signal` instead of exiting.
 * A signal that arrived before (while files were loading) aborts it at once.
 */
export function openInterruptScope(leftovers: () => string[], options: { idle?: boolean } = {}): { signal: AbortSignal; close(): void } {
  installInterrupts();
  const controller = new AbortController();
  if (received) controller.abort(new Error(received));
  scope = { controller, leftovers, idle: options.idle ?? false };
  return {
    signal: controller.signal,
    close() {
      if (scope?.controller === controller) scope = undefined;
    },
  };
}
