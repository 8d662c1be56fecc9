/**
 * "The bare import" of issue 20: a process that loads every module `clnrm validate`
 * loads (launcher → CLI main → validate command → load path with the precompiled
 * schema validator) and exits without reading a suite or parsing a command line.
 * bench/startup.mjs measures `clnrm validate` as a ratio to it.
 *
 *   node bench/validate-imports.mjs [path/to/bin/clnrm.js]     (default: this checkout's)
 *
 * The modules are those the launcher imports, found next to the given bin: the
 * bundle (dist/bundle/) when the build has one, else the per-file tsc output (dist/cli/).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const bin = pathToFileURL(resolve(process.argv[2] ?? new URL('../bin/clnrm.js', import.meta.url).pathname));
const bundled = existsSync(new URL('../dist/bundle/', bin));
const modules = bundled
  ? ['../dist/bundle/interrupt.js', '../dist/bundle/main.js', '../dist/bundle/validate.js']
  : ['../dist/cli/interrupt.js', '../dist/cli/main.js', '../dist/cli/validate.js'];
// In the launcher's order: its signal handlers' module first, then the CLI, then the command's module.
for (const m of modules) await import(new URL(m, bin).href);
