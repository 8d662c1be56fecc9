#!/usr/bin/env node
// Thin launcher: the CLI is the bundle in dist/bundle/ (tsc, then scripts/bundle.mjs; built by `npm install`
// via the prepare script), loaded with the code cache the build made for it (load-cli.js).
// CommonJS (bin/package.json): Node starts a CommonJS entry ~15 ms sooner than an ES module, whose loader it
// would first have to set up.
// The signal handlers come first, before the rest of the CLI loads: a Ctrl-C at any moment ends with 130.
'use strict';
const { installInterrupts, interruptedBy } = require('../dist/bundle/interrupt.cjs');

installInterrupts();

// A reader that stops early (`clnrm … | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const { main, endsAtOnce } = require('./load-cli.js').loadCli().cli;
main(process.argv.slice(2)).then((code) => {
  // After an interrupt or an engine error, do not wait for pending work (cli/exit.ts says why).
  if (endsAtOnce(code, interruptedBy() !== undefined)) process.exit(code);
  process.exitCode = code;
});
