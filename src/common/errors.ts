/**
 * Errors with a stable `code`, one class per stage of the pipeline. The CLI maps
 * codes to exit statuses in one place (cli/exit.ts); nothing matches on messages.
 *
 * A message is one human sentence (or a few lines), never a stack: the cause
 * travels in `cause`, the place in the user's file in `location`.
 */
import { fixtureNameOf, imageRemedy } from './fixtures.js';

/** What went wrong, by stage. cli/exit.ts decides what each means for the exit status. */
export type ErrorCode =
  /** Wrong command-line usage. */
  | 'USAGE'
  /** An input file (suite, trace, preset) is invalid or unreadable. */
  | 'CONFIG'
  /** The suites cannot run as planned here (found before the engine is touched). */
  | 'PLAN'
  /** The engine (Docker) cannot be reached or refused an operation. */
  | 'ENGINE'
  /** An image is neither present nor pullable. */
  | 'IMAGE'
  /** Running a scenario failed for a reason of the runner's host, not of the system under test. */
  | 'RUNTIME'
  /** A fault could not be injected, read back or reverted. */
  | 'CHAOS'
  /** Spans could not be received or exported. */
  | 'TELEMETRY'
  /** A report could not be written. */
  | 'REPORT'
  /** `clnrm init`: the target file exists. */
  | 'EXISTS'
  /** A file of the user's could not be written. */
  | 'IO';

export const ERROR_CODES: readonly ErrorCode[] = ['USAGE', 'CONFIG', 'PLAN', 'ENGINE', 'IMAGE', 'RUNTIME', 'CHAOS', 'TELEMETRY', 'REPORT', 'EXISTS', 'IO'];

/** A place in a user's file, in TOML terms. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Dotted TOML key path, e.g. `scenario[2].expect.span[0].attrs`. */
  keyPath?: string;
}

/** Where an error is: a place in a file, or only a key path when the stage no longer knows the file. */
export type ErrorLocation = SourceLocation | { keyPath: string; file?: never; line?: never; column?: never };

export interface ClnrmErrorOptions {
  cause?: unknown;
  location?: ErrorLocation;
}

export class ClnrmError extends Error {
  /** Where in the user's files the problem is, when there is such a place. */
  readonly location?: ErrorLocation;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: ClnrmErrorOptions = {},
  ) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    if (options.location) this.location = options.location;
  }
}

/** Wrong command-line usage. */
export class UsageError extends ClnrmError {
  constructor(message: string, options?: ClnrmErrorOptions) {
    super('USAGE', message, options);
  }
}

/** An input file is invalid or unreadable; nothing ran. */
export class LoadError extends ClnrmError {
  constructor(message: string, options?: ClnrmErrorOptions) {
    super('CONFIG', message, options);
  }
}

/** The suites cannot run as planned on this runner; nothing ran. */
export class PlanError extends ClnrmError {
  constructor(message: string, options?: ClnrmErrorOptions) {
    super('PLAN', message, options);
  }
}

/** The engine (Docker) cannot be reached or refused an operation. */
export class EngineError extends ClnrmError {
  constructor(message: string, options?: ClnrmErrorOptions) {
    super('ENGINE', message, options);
  }
}

/**
 * An image is neither present nor pullable. The engine knows only the image; the runtime adds who
 * asked for it (`usedAt`), so the message names the service or step and its key path.
 */
export class ImageUnavailableError extends ClnrmError {
  constructor(
    readonly image: string,
    readonly reason: string,
    options: ClnrmErrorOptions & { usedBy?: string } = {},
  ) {
    const subject = options.usedBy ? `${options.usedBy} needs image ${image}, which` : `image ${image}`;
    // Fixture images are never pulled (docker-engine.ts): the reason says so, no pull failure to report.
    const what = fixtureNameOf(image) !== undefined ? `is not present (${reason})` : `is not present and could not be pulled: ${reason}`;
    super('IMAGE', `${subject} ${what}; ${imageRemedy(image)}`, options);
  }

  /** The same error, located at the key that names the image (`service.db.image`) and naming its user. */
  usedAt(keyPath: string, usedBy: string): ImageUnavailableError {
    return new ImageUnavailableError(this.image, this.reason, { cause: this.cause, location: { keyPath }, usedBy });
  }
}

/** The runtime could not do its part on the engine's host (isolation, readiness probes). */
export class RuntimeError extends ClnrmError {
  constructor(message: string, options?: ClnrmErrorOptions) {
    super('RUNTIME', message, options);
  }
}

/** A fault could not be injected, read back or reverted. */
export class ChaosError extends ClnrmError {
  constructor(message: string, options?: ClnrmErrorOptions) {
    super('CHAOS', message, options);
  }
}

/** Spans could not be received or exported. */
export class TelemetryError extends ClnrmError {
  constructor(message: string, options?: ClnrmErrorOptions) {
    super('TELEMETRY', message, options);
  }
}

/** A report file could not be written. */
export class ReportError extends ClnrmError {
  constructor(message: string, options?: ClnrmErrorOptions) {
    super('REPORT', message, options);
  }
}

/** `file:line:col` (as much of it as is known). */
export function formatLocation(loc: SourceLocation): string {
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

/** For humans: `file:line:col: key.path: message` (as much of the place as is known), or the message alone. */
export function describeError(err: ClnrmError): string {
  const loc = err.location;
  if (!loc) return err.message;
  const where = [loc.file !== undefined ? formatLocation(loc) : undefined, loc.keyPath || undefined].filter((w) => w !== undefined);
  return where.length > 0 ? `${where.join(': ')}: ${err.message}` : err.message;
}
