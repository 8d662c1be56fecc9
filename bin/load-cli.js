/**
 * Loads the CLI bundle, dist/bundle/cli.cjs (scripts/bundle.mjs), compiled with the V8 code cache the
 * build made for it (cli.cjs.cache, scripts/code-cache.mjs): the CLI's functions come compiled instead
 * of being parsed and compiled again by every command. V8 checks that the cache fits this source, this
 * Node and its flags; when it does not (another Node, `--cpu-prof`, …) it compiles as without one.
 */
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const CLI_BUNDLE = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
export const CODE_CACHE = `${CLI_BUNDLE}.cache`;

/** The bundle's exports, and a code cache of what it compiled so far (for scripts/code-cache.mjs). */
export function loadCli({ codeCache = true } = {}) {
  const cachedData = codeCache && existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  // The wrapper Node gives a CommonJS file, so the bundle runs as if required.
  // latin1: the build keeps the bundle ASCII (scripts/bundle.mjs), and a one-byte string is the cheaper one to make.
  const script = new Script(Module.wrap(readFileSync(CLI_BUNDLE, 'latin1')), { filename: CLI_BUNDLE, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(CLI_BUNDLE), module, CLI_BUNDLE, dirname(CLI_BUNDLE));
  return { cli: module.exports, cacheRejected: script.cachedDataRejected === true, makeCodeCache: () => script.createCachedData() };
}
