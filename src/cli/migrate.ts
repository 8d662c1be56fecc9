import { existsSync, writeFileSync } from 'node:fs';
import { ClnrmError } from '../common/errors.js';
import { formatIssue, loadSuiteSource } from '../load/index.js';
import { migrateSuite } from '../load/migrate/index.js';
import { readSuiteBytes } from '../load/read.js';
import { TomlSyntaxError } from '../load/toml.js';
import type { Outcome } from './exit.js';

export interface MigrateOptions {
  output?: string;
  inPlace?: boolean;
  force?: boolean;
}

/**
 * `clnrm migrate IN [-o OUT | --in-place]`: converts a suite file of the Rust clnrm tool. Prints the
 * result (or writes OUT), lists every construct it did not convert as `IN:line: what`, and checks
 * that the result loads. Never writes over IN without --in-place, nor over an existing OUT without --force.
 */
export async function migrateCommand(input: string, options: MigrateOptions): Promise<Outcome> {
  if (options.inPlace && options.output !== undefined) throw new ClnrmError('USAGE', 'give -o OUT or --in-place, not both');
  const target = options.inPlace ? input : options.output;
  if (target !== undefined && !options.inPlace && existsSync(target) && !options.force) {
    throw new ClnrmError('EXISTS', `${target} already exists; nothing was written (add --force to replace it)`);
  }
  const read = readSuiteBytes(input);
  if (!read.ok) throw new ClnrmError('IO', `${input}: ${read.message}`);
  let migration;
  try {
    migration = migrateSuite(read.bytes.toString('utf8'), input);
  } catch (err) {
    if (err instanceof TomlSyntaxError) {
      throw new ClnrmError('CONFIG', `${input}:${err.position.line}:${err.position.column}: not TOML, nothing converted: ${err.message}`);
    }
    throw err;
  }
  for (const note of migration.notes) process.stderr.write(`${input}:${note.line}: ${note.message}\n`);
  const loaded = loadSuiteSource(target ?? `${input} (converted)`, migration.text, { env: {} });
  if (!loaded.ok) {
    for (const issue of loaded.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`clnrm: the converted suite does not load; nothing was written\n`);
    return { kind: 'failed' };
  }
  if (target === undefined) process.stdout.write(migration.text);
  else writeFileSync(target, migration.text);
  const where = target === undefined ? '' : ` → ${target}`;
  process.stderr.write(`converted ${input} (${migration.format} format)${where}; ${migration.notes.length} construct(s) not converted, listed above\n`);
  return { kind: 'done' };
}
