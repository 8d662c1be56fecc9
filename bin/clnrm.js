#!/usr/bin/env node
// Thin launcher: the CLI is the bundle in dist/bundle/ (tsc, then scripts/bundle.mjs; built by `npm install`
// via the prepare script), loaded with the code cache the build made for it (load-cli.js).
// The signal handlers come first, before the rest of the CLI loads: a Ctrl-C at any moment ends with 130.
import { createRequire } from 'node:module';
import { loadCli } from './load-cli.js';

// Required rather than imported: an ES import of a CommonJS file first starts Node's export lexer (~2 ms).
const { installInterrupts, interruptedBy } = createRequire(import.meta.url)('../dist/bundle/interrupt.cjs');

installInterrupts();

// A reader that stops early (`clnrm … | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const { main, endsAtOnce } = loadCli().cli;
const code = await main(process.argv.slice(2));
// After an interrupt or an engine error, do not wait for pending work (cli/exit.ts says why).
if (endsAtOnce(code, interruptedBy() !== undefined)) process.exit(code);
process.exitCode = code;
