import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatLocation } from '../common/errors.js';
import { formatToml, TomlFormatError } from '../load/format-toml.js';
import { readSuiteBytes } from '../load/read.js';
import type { Outcome } from './exit.js';
import { resolveFileArgs } from './files.js';

export interface FmtOptions {
  /** Report files that would change, write nothing. */
  check?: boolean;
}

type FileOutcome = 'unchanged' | 'changed' | 'error';

/**
 * `clnrm fmt [--check] FILES…`: rewrite files in canonical form.
 * Fails when any file could not be formatted, or (with --check) would change.
 */
export async function fmtCommand(args: string[], options: FmtOptions = {}): Promise<Outcome> {
  const check = options.check === true;
  const { files, unmatched } = resolveFileArgs(args);
  let failed = unmatched.length > 0;
  for (const pattern of unmatched) fail(`${pattern}: no such file`);
  let wouldChange = false;
  for (const file of files) {
    const outcome = await fmtFile(file, check);
    if (outcome === 'error') failed = true;
    if (outcome === 'changed') wouldChange = true;
  }
  if (failed || (check && wouldChange)) return { kind: 'failed' };
  return check ? { kind: 'passed' } : { kind: 'done' };
}

async function fmtFile(file: string, check: boolean): Promise<FileOutcome> {
  const read = readSuiteBytes(file);
  if (!read.ok) return fail(`${file}: ${read.message}${read.hint ? ` (${read.hint})` : ''}`);

  let source: string;
  try {
    // TOML is UTF-8; refuse anything else rather than write back replacement characters.
    source = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return fail(`${file}: not valid UTF-8; left unchanged`);
  }

  let formatted: string;
  try {
    formatted = formatToml(source);
  } catch (err) {
    if (err instanceof TomlFormatError) {
      process.stderr.write(`${formatLocation({ file, line: err.line, column: err.column })}: ${err.message}\n`);
      return 'error';
    }
    return fail(`internal formatter error in ${file}: ${(err as Error).message}; file left unchanged (please report this)`);
  }
  if (formatted === source) return 'unchanged';

  if (check) {
    process.stdout.write(`would reformat: ${file}\n`);
    return 'changed';
  }
  try {
    await writeAtomic(file, formatted, (await fs.stat(file)).mode);
  } catch (err) {
    return fail(`${file}: cannot write: ${(err as Error).message}`);
  }
  process.stdout.write(`formatted: ${file}\n`);
  return 'changed';
}

/** Writes next to the real file (through symlinks), then renames over it: readers see old or new, never half. */
async function writeAtomic(file: string, content: string, mode: number): Promise<void> {
  const target = await fs.realpath(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, content, { flag: 'wx', mode: mode & 0o7777 });
    await fs.chmod(tmp, mode & 0o7777); // writeFile's mode is filtered by the umask
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

function fail(message: string): 'error' {
  process.stderr.write(`clnrm: ${message}\n`);
  return 'error';
}
