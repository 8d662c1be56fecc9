import { ClnrmError } from '../common/errors.js';
import { environmentSecrets, maskText, registeredSecrets, secretList } from '../common/secrets.js';

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

/** Prints an error without a stack trace unless CLNRM_DEBUG is set; secrets known to the process are masked. */
export function printError(err: unknown): void {
  const secrets = secretList([...registeredSecrets(), ...environmentSecrets(process.env)]);
  const write = (text: string) => process.stderr.write(maskText(text, secrets));
  if (err instanceof ClnrmError) {
    write(`clnrm: ${err.message}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    write(`clnrm: internal error: ${message}\n`);
  }
  if (process.env.CLNRM_DEBUG && err instanceof Error && err.stack) write(`${err.stack}\n`);
}
