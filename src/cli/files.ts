import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

type Globber = typeof import('tinyglobby');
let globber: Globber | undefined;
/** tinyglobby, loaded only for an argument that is not an existing path (the shell usually expands globs). */
const glob = (): Globber => (globber ??= createRequire(import.meta.url)('tinyglobby') as Globber);

export interface ResolvedFiles {
  files: string[];
  /** Patterns (or paths) that matched nothing, reported to the user as errors. */
  unmatched: string[];
}

/**
 * Expands the file arguments. The shell usually expands globs already; we also
 * expand quoted ones, and keep plain paths as given so errors name them as typed.
 */
export function resolveFileArgs(args: readonly string[]): ResolvedFiles {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (existsSync(arg) || !glob().isDynamicPattern(arg)) {
      files.push(arg);
      continue;
    }
    const matches = glob().globSync(arg, { onlyFiles: true, expandDirectories: false }).sort();
    if (matches.length === 0) unmatched.push(arg);
    files.push(...matches);
  }
  return { files: [...new Set(files)], unmatched };
}

/** Parses repeated `--var name=value` options. */
export function parseVarOptions(values: readonly string[] = []): Record<string, string> | string {
  const vars: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) return `--var expects NAME=VALUE, got ${JSON.stringify(v)}`;
    vars[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return vars;
}
