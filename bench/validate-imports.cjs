/**
 * "The bare import" of issue 20: a process that loads every module `clnrm validate`
 * loads (launcher → signal handlers → the CLI bundle with its code cache → the validate
 * command's module and the load path with the precompiled schema validator) and exits
 * without reading a suite or parsing a command line.
 * bench/startup.mjs measures `clnrm validate` as a ratio to it.
 *
 *   node bench/validate-imports.cjs [path/to/bin/clnrm.js]     (default: this checkout's)
 *
 * CommonJS, as the launcher (bin/package.json): an ES module entry would add the set-up of Node's ES
 * module loader, which `clnrm validate` no longer pays. Loads the bundle found next to the given bin
 * the way that bin does: dist/bundle/cli.cjs through bin/load-cli.js when the build has it, else an
 * older build's ES module chunks.
 */
'use strict';
const { existsSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');

const bin = resolve(process.argv[2] ?? join(__dirname, '..', 'bin', 'clnrm.js'));
const binDir = dirname(bin);
async function main() {
  if (existsSync(join(binDir, '..', 'dist', 'bundle', 'cli.cjs'))) {
    // In the launcher's order: its signal handlers' module first, then the CLI, then the command's module.
    const requireBin = createRequire(bin);
    requireBin('../dist/bundle/interrupt.cjs');
    // An older build's load-cli.js is an ES module; this one's is CommonJS.
    const loadCliFile = join(binDir, 'load-cli.js');
    let loadCli;
    try {
      ({ loadCli } = requireBin(loadCliFile));
    } catch (err) {
      if (err.code !== 'ERR_REQUIRE_ESM') throw err;
      ({ loadCli } = await import(pathToFileURL(loadCliFile).href));
    }
    await loadCli().cli.validateCommandModule();
  } else {
    const bundled = existsSync(join(binDir, '..', 'dist', 'bundle'));
    const modules = bundled
      ? ['../dist/bundle/interrupt.js', '../dist/bundle/main.js', '../dist/bundle/validate.js']
      : ['../dist/cli/interrupt.js', '../dist/cli/main.js', '../dist/cli/validate.js'];
    for (const m of modules) await import(pathToFileURL(join(binDir, m)).href);
  }
}
main();
