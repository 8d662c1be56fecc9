/**
 * Packages prebuilt into one CommonJS file each by the build (scripts/bundle.mjs writes
 * dist/vendor/<name>.cjs): resolving, reading and compiling dockerode's or xmlbuilder2's
 * ~50 and ~160 files one by one costs the run more than loading one file.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export type VendoredPackage = 'dockerode' | 'xmlbuilder2';

const requireHere = createRequire(import.meta.url);

/**
 * The prebuilt package when this code runs from the build (dist/common/ or dist/bundle/, both
 * beside dist/vendor/); undefined from the sources (src/, under vitest), where the caller
 * requires the package from node_modules.
 */
export function requireVendored(name: VendoredPackage): unknown {
  const file = vendoredFile(name);
  return existsSync(file) ? requireHere(file) : undefined;
}

/** Where the prebuilt file of a package sits relative to this module. */
export function vendoredFile(name: VendoredPackage): string {
  return fileURLToPath(new URL(`../vendor/${name}.cjs`, import.meta.url));
}
