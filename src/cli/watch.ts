/**
 * `clnrm run --watch FILES`: runs the files, then re-runs each file that
 * changes (saves within a short debounce are one change), until Ctrl-C.
 * A file that does not load prints its errors and is watched on. Ctrl-C while
 * waiting ends at once (nothing runs); during a run it stops the run with the
 * usual cleanup (interrupt.ts), then ends.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from '../common/errors.js';
import { printError, type Outcome } from './exit.js';
import { resolveFileArgs } from './files.js';
import { interruptedBy, openInterruptScope } from './interrupt.js';
import { runCommand, type RunCliOptions } from './run.js';

/** Saves closer together than this are one change (editors write a file in several steps). */
const DEBOUNCE_MS = 200;

export async function watchCommand(args: string[], o: RunCliOptions): Promise<Outcome> {
  if (o.plan || o.dryRun) throw new UsageError('--watch runs the files; it does not go with --plan');
  const { files, unmatched } = resolveFileArgs(args);
  if (unmatched.length > 0) throw new UsageError(`--watch needs existing files: ${unmatched.join(', ')} match(es) nothing`);
  const byPath = new Map(files.map((f) => [resolve(f), f]));

  const changed = new Set<string>();
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const onChange = (path: string) => {
    changed.add(byPath.get(path)!);
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      wake?.();
    }, DEBOUNCE_MS);
  };
  // The directories are watched, not the files: an editor that saves by renaming replaces the file a watch would hold.
  const watchers: FSWatcher[] = [...new Set([...byPath.keys()].map(dirname))].map((dir) =>
    watch(dir, (_event, name) => {
      const path = name ? resolve(dir, name.toString()) : undefined;
      if (path && byPath.has(path)) onChange(path);
    }),
  );

  const runOnce = async (targets: string[]): Promise<Outcome | undefined> => {
    try {
      const outcome = await runCommand(targets, o);
      if (outcome.kind === 'interrupted') return outcome;
    } catch (err) {
      const sig = interruptedBy();
      if (sig) return { kind: 'interrupted', signal: sig };
      printError(err);
    }
    return undefined;
  };
  try {
    let outcome = await runOnce(files);
    while (!outcome) {
      process.stdout.write(`\nwatching ${files.length} file(s) for changes; Ctrl-C to exit\n`);
      // Waiting is a scope of its own: Ctrl-C ends the wait (nothing of a run is left to clean up).
      const idle = openInterruptScope(() => [], { idle: true });
      const stop = await new Promise<boolean>((res) => {
        wake = () => res(false);
        if (idle.signal.aborted) res(true);
        idle.signal.addEventListener('abort', () => res(true), { once: true });
        if (changed.size > 0 && !timer) res(false);
      });
      idle.close();
      wake = undefined;
      if (stop) return { kind: 'interrupted', signal: interruptedBy() ?? 'SIGINT' };
      const targets = [...changed].sort();
      changed.clear();
      process.stdout.write(`\nchanged: ${targets.map((t) => basename(t)).join(', ')}; running again\n`);
      outcome = await runOnce(targets);
    }
    return outcome;
  } finally {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  }
}
