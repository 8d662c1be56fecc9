/**
 * The one place where outcomes and errors become exit statuses (README, "Commands"):
 *
 *   0    passed, or the command did its work
 *   1    something checked failed (a scenario, a leak, a digest, an invalid file, differing
 *        traces, a file that would change, a removal), no scenario ran, or a stage failed
 *   2    usage, configuration (an invalid input file, a plan that cannot run) or engine error: nothing ran
 *   130  interrupted by SIGINT, 143 by SIGTERM
 *
 * Every command returns an `Outcome`; errors thrown out of a command become one through
 * `outcomeOfError`. Nothing else in the CLI picks a number.
 */
import { ClnrmError, describeError, type ErrorCode } from '../common/errors.js';
import { environmentSecrets, maskText, registeredSecrets, secretList } from '../common/secrets.js';

export type Outcome =
  /** Every check passed. */
  | { kind: 'passed' }
  /** The command did its work (init, fmt, gc, --help, --version). */
  | { kind: 'done' }
  /** Something checked failed. */
  | { kind: 'failed' }
  /** `run`: no scenario ran (--filter matched none): not a pass. */
  | { kind: 'nothing-ran' }
  /** `run --shard i/n`: this share has no files; nothing to run, so nothing failed. */
  | { kind: 'empty-shard' }
  | { kind: 'interrupted'; signal: NodeJS.Signals }
  /** The command line is wrong. */
  | { kind: 'usage' }
  /** An input file is invalid, or the suites cannot run as planned. */
  | { kind: 'config' }
  /** The engine cannot be reached or refused an operation. */
  | { kind: 'engine' }
  /** A stage failed otherwise (`INTERNAL`: not a ClnrmError, i.e. a bug). */
  | { kind: 'error'; code: ErrorCode | 'INTERNAL' };

export type OutcomeKind = Outcome['kind'];

/** The exit status of a signal: 128 + its number, as a shell reports a process killed by it. */
export const signalStatus = (signal: NodeJS.Signals): number => (signal === 'SIGINT' ? 130 : 143);

export function exitStatus(outcome: Outcome): number {
  switch (outcome.kind) {
    case 'passed':
    case 'done':
    case 'empty-shard':
      return 0;
    case 'failed':
    case 'nothing-ran':
    case 'error':
      return 1;
    case 'usage':
    case 'config':
    case 'engine':
      return 2;
    case 'interrupted':
      return signalStatus(outcome.signal);
  }
}

/** What an error thrown out of a command means. */
export function outcomeOfError(err: unknown): Outcome {
  if (!(err instanceof ClnrmError)) return { kind: 'error', code: 'INTERNAL' };
  switch (err.code) {
    case 'USAGE':
      return { kind: 'usage' };
    case 'CONFIG':
    case 'PLAN':
      return { kind: 'config' };
    case 'ENGINE':
      return { kind: 'engine' };
    default:
      return { kind: 'error', code: err.code };
  }
}

/**
 * Whether the launcher ends the process at once instead of letting the event loop drain:
 * after an interrupt the run has cleaned up (do not wait for the signal watchdog), and
 * after an engine error a request to a wedged engine may still be pending.
 */
export const endsAtOnce = (status: number, interrupted: boolean): boolean => interrupted || status === exitStatus({ kind: 'engine' });

/** Prints an error without a stack trace unless CLNRM_DEBUG is set; secrets known to the process are masked. */
export function printError(err: unknown): void {
  const secrets = secretList([...registeredSecrets(), ...environmentSecrets(process.env)]);
  const write = (text: string) => process.stderr.write(maskText(text, secrets));
  if (err instanceof ClnrmError) {
    write(`clnrm: ${describeError(err)}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    write(`clnrm: internal error: ${message}\n`);
  }
  if (process.env.CLNRM_DEBUG && err instanceof Error && err.stack) write(`${err.stack}\n`);
}
