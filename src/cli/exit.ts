import { ClnrmError } from '../common/errors.js';

/** The one place where error codes become exit statuses. 1 = tests or input failed, 2 = usage/config/engine. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof ClnrmError) {
    switch (err.code) {
      case 'USAGE':
      case 'ENGINE':
      case 'CONFIG':
        return 2;
      default:
        return 1;
    }
  }
  return 1;
}

/** Prints an error without a stack trace unless CLNRM_DEBUG is set. */
export function printError(err: unknown): void {
  if (err instanceof ClnrmError) {
    process.stderr.write(`clnrm: ${err.message}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`clnrm: internal error: ${message}\n`);
  }
  if (process.env.CLNRM_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
}
