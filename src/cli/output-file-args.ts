/** Kept apart from reporters.ts so that the command line is parsed without loading the reporters. */
import { UsageError } from '../common/errors.js';

/** Rewrites vitest's `--outputFile.NAME=PATH` / `--outputFile.NAME PATH` into `--outputFile NAME=PATH` (commander knows no dotted options). */
export function normalizeOutputFileArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--outputFile\.([A-Za-z0-9_-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) {
      out.push(arg);
      continue;
    }
    const path = m[2] ?? argv[++i];
    if (path === undefined) throw new UsageError(`${arg} expects a path`);
    out.push('--outputFile', `${m[1]}=${path}`);
  }
  return out;
}
