/**
 * Errors with a stable `code`. The CLI maps codes to exit statuses in one place
 * (see cli/exit.ts); nothing matches on messages.
 */

/** A place in a user's file, in TOML terms. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Dotted TOML key path, e.g. `scenario[2].expect.span[0].attrs`. */
  keyPath?: string;
}

export class ClnrmError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Wrong command-line usage: exit status 2. */
export class UsageError extends ClnrmError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** The engine (Docker) cannot be reached or refused an operation. */
export class EngineError extends ClnrmError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ENGINE', message, options);
  }
}

export function formatLocation(loc: SourceLocation): string {
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

/** An image is neither present nor pullable. */
export class ImageUnavailableError extends ClnrmError {
  constructor(
    readonly image: string,
    reason: string,
  ) {
    super('IMAGE', `image ${image} is not present and could not be pulled: ${reason} (run \`clnrm doctor\` to check the engine and fixture images)`);
  }
}
