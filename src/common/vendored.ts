/**
 * Packages prebuilt into one CommonJS file each by the build (scripts/bundle.mjs writes
 * dist/vendor/<name>.cjs): resolving, reading and compiling dockerode's or xmlbuilder2's
 * ~50 and ~160 files one by one costs the run more than loading one file.
 *
 * Each is compiled with the V8 code cache the build made for it (dist/vendor/<name>.cjs.cache,
 * scripts/code-cache.mjs), as bin/load-cli.js compiles the CLI bundle: its functions come compiled.
 * V8 checks that a cache fits the source, this Node and its flags, and compiles as without one when not.
 */
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export type VendoredPackage = 'dockerode' | 'xmlbuilder2';

const loaded = new Map<VendoredPackage, { exports: unknown; script: Script; file: string; cache: 'none' | 'used' | 'rejected' }>();

/**
 * The prebuilt package when this code runs from the build (dist/common/ or dist/bundle/, both
 * beside dist/vendor/); undefined from the sources (src/, under vitest), where the caller
 * requires the package from node_modules.
 */
export function requireVendored(name: VendoredPackage): unknown {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = vendoredFile(name);
  if (!existsSync(file)) return undefined;
  const cacheFile = `${file}.cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // latin1: the build keeps these files ASCII (scripts/bundle.mjs); a one-byte string is the cheaper one to make.
  const script = new Script(Module.wrap(readFileSync(file, 'latin1')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  // Run as Node runs a required CommonJS file: its own require, module, __filename and __dirname.
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  loaded.set(name, { exports: module.exports, script, file, cache: !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used' });
  return module.exports;
}

/** Where the prebuilt file of a package sits relative to this module. */
export function vendoredFile(name: VendoredPackage): string {
  return fileURLToPath(new URL(`../vendor/${name}.cjs`, import.meta.url));
}

/**
 * Each prebuilt package loaded so far: whether its code cache was there and taken (`cache`), and a new
 * cache with what it compiled by now (`codeCache()`, for scripts/code-cache.mjs).
 */
export function vendoredLoads(): { name: VendoredPackage; cacheFile: string; cache: 'none' | 'used' | 'rejected'; codeCache(): Buffer }[] {
  return [...loaded].map(([name, { file, script, cache }]) => ({ name, cacheFile: `${file}.cache`, cache, codeCache: () => script.createCachedData() }));
}
