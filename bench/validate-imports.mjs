/**
 * "The bare import" of issue 20: a process that loads every module `clnrm validate`
 * loads (launcher → signal handlers → the CLI bundle with its code cache → the validate
 * command's module and the load path with the precompiled schema validator) and exits
 * without reading a suite or parsing a command line.
 * bench/startup.mjs measures `clnrm validate` as a ratio to it.
 *
 *   node bench/validate-imports.mjs [path/to/bin/clnrm.js]     (default: this checkout's)
 *
 * Loads the bundle found next to the given bin the way that bin does: dist/bundle/cli.cjs
 * through bin/load-cli.js when the build has it, else an older build's ES module chunks.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const bin = pathToFileURL(resolve(process.argv[2] ?? new URL('../bin/clnrm.js', import.meta.url).pathname));
if (existsSync(new URL('../dist/bundle/cli.cjs', bin))) {
  // In the launcher's order: its signal handlers' module first, then the CLI, then the command's module.
  (await import('node:module')).createRequire(bin)('../dist/bundle/interrupt.cjs');
  const { loadCli } = await import(new URL('./load-cli.js', bin).href);
  await loadCli().cli.validateCommandModule();
} else {
  const bundled = existsSync(new URL('../dist/bundle/', bin));
  const modules = bundled
    ? ['../dist/bundle/interrupt.js', '../dist/bundle/main.js', '../dist/bundle/validate.js']
    : ['../dist/cli/interrupt.js', '../dist/cli/main.js', '../dist/cli/validate.js'];
  for (const m of modules) await import(new URL(m, bin).href);
}
