/**
 * `clnrm diff A B`: compares canonical traces. A and B are two
 * `<suite>.trace.json` files, or two report directories (every
 * `*.trace.json` present in either is compared), or a file and a directory
 * (the file is compared with the same-named file in the directory).
 *
 * Passed when identical, failed when different, usage error when a file is
 * missing or unreadable or not a canonical trace.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UsageError } from '../common/errors.js';
import type { CanonicalNode } from '../report/canonical.js';
import { diffTraces, formatDiff, traceShapeError } from '../report/diff.js';
import type { Outcome } from './exit.js';

export interface DiffIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

const TRACE_SUFFIX = '.trace.json';

async function kindOf(path: string): Promise<'file' | 'dir'> {
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new UsageError(`${path}: no such file or directory`);
  if (s.isDirectory()) return 'dir';
  if (s.isFile()) return 'file';
  throw new UsageError(`${path}: not a file or directory`);
}

async function loadTrace(path: string): Promise<CanonicalNode[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`${path}: cannot read: ${(err as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path}: not JSON: ${(err as Error).message}`);
  }
  const problem = traceShapeError(value);
  if (problem) throw new UsageError(`${path}: not a canonical trace (${problem})`);
  return value as CanonicalNode[];
}

async function traceNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(TRACE_SUFFIX)).map((e) => e.name);
}

/** Compares two traces; prints their differences under a header; returns whether they differ. */
async function comparePair(a: string, b: string, io: DiffIo, header: boolean): Promise<boolean> {
  const [ta, tb] = await Promise.all([loadTrace(a), loadTrace(b)]);
  const lines = formatDiff(diffTraces(ta, tb));
  if (lines.length === 0) return false;
  if (header) io.out.write(`--- ${a}\n+++ ${b}\n`);
  io.out.write(`${lines.join('\n')}\n`);
  return true;
}

export async function diffCommand(a: string, b: string, io: DiffIo = { out: process.stdout, err: process.stderr }): Promise<Outcome> {
  try {
    const [ka, kb] = await Promise.all([kindOf(a), kindOf(b)]);
    let different = false;
    let compared = 0;
    if (ka === 'file' && kb === 'file') {
      different = await comparePair(a, b, io, false);
      compared = 1;
    } else if (ka === 'dir' && kb === 'dir') {
      const [na, nb] = await Promise.all([traceNames(a), traceNames(b)]);
      const names = [...new Set([...na, ...nb])].sort();
      if (names.length === 0) throw new UsageError(`no *${TRACE_SUFFIX} file in ${a} or ${b}`);
      for (const name of names) {
        if (!nb.includes(name)) {
          io.out.write(`only in ${a}: ${name}\n`);
          different = true;
        } else if (!na.includes(name)) {
          io.out.write(`only in ${b}: ${name}\n`);
          different = true;
        } else {
          if (await comparePair(join(a, name), join(b, name), io, true)) different = true;
          compared++;
        }
      }
    } else {
      // A file and a directory: the file against the same-named file in the directory.
      const file = ka === 'file' ? a : b;
      const other = join(ka === 'dir' ? a : b, basename(file));
      await kindOf(other);
      different = ka === 'file' ? await comparePair(file, other, io, false) : await comparePair(other, file, io, false);
      compared = 1;
    }
    io.out.write(different ? 'traces differ\n' : `traces are identical (${compared} compared)\n`);
    return different ? { kind: 'failed' } : { kind: 'passed' };
  } catch (err) {
    if (err instanceof UsageError) {
      io.err.write(`clnrm diff: ${err.message}\n`);
      return { kind: 'usage' };
    }
    throw err;
  }
}
