/**
 * Loads the CLI bundle, dist/bundle/cli.cjs (scripts/bundle.mjs), compiled with the V8 code cache the
 * build made for it (cli.cjs.cache, scripts/code-cache.mjs): the CLI's functions come compiled instead
 * of being parsed and compiled again by every command. V8 checks that the cache fits this source, this
 * Node and its flags; when it does not (another Node, `--cpu-prof`, …) it compiles as without one.
 */
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const CLI_BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
const CODE_CACHE = `${CLI_BUNDLE}.cache`;

/** The bundle's exports, and a code cache of what it compiled so far (for scripts/code-cache.mjs). */
function loadCli({ codeCache = true } = {}) {
  const cachedData = codeCache && existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  // The wrapper Node gives a CommonJS file, so the bundle runs as if required.
  // latin1: the build keeps the bundle ASCII (scripts/bundle.mjs), and a one-byte string is the cheaper one to make.
  const script = new Script(Module.wrap(readFileSync(CLI_BUNDLE, 'latin1')), { filename: CLI_BUNDLE, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(CLI_BUNDLE), module, CLI_BUNDLE, dirname(CLI_BUNDLE));
  return { cli: module.exports, cacheRejected: script.cachedDataRejected === true, makeCodeCache: () => script.createCachedData() };
}

// (Assigned one by one, so ES modules that import this file see named exports.)
exports.CLI_BUNDLE = CLI_BUNDLE;
exports.CODE_CACHE = CODE_CACHE;
exports.loadCli = loadCli;
