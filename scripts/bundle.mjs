#!/usr/bin/env node
/**
 * Bundles the CLI (the tsc output in dist/) into dist/bundle/, which bin/clnrm.js loads.
 * Run by `npm run build` after tsc.
 *
 * Why: loading ~200 small ES modules costs more than their code (resolving, reading and
 * linking each one), and the OpenTelemetry SDK packages load as ~130 CommonJS files of
 * which the runner uses a few functions. One bundle, split into chunks so each command's
 * module (imported when the command runs) and the modules they import lazily stay lazy.
 *
 * Kept right:
 * - dist/bundle/ sits at the depth of dist/cli/, so `new URL('../../schemas/…', import.meta.url)`
 *   (load/schema.ts, cli/init.ts) still names the package's schemas/ directory, and
 *   `createRequire(import.meta.url)` still resolves the package's node_modules.
 * - Packages in BUNDLED are bundled (pure code, no files read beside themselves); every other
 *   package stays an import from node_modules, as do the ones loaded by `createRequire`
 *   (dockerode through its loader, xmlbuilder2, toml-eslint-parser, …), which esbuild does not follow.
 * - The entry points keep stable names: bin/clnrm.js imports interrupt.js and main.js, and
 *   bench/validate-imports.mjs imports validate.js (the command module main.js imports for `validate`).
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

/**
 * Packages compiled into the bundle. The OpenTelemetry ones are bundled from their ES builds
 * (tree-shaken: the runner's recorder needs little of semantic-conventions' 390 KB); the
 * exporters stay in node_modules (loaded only for `--otel-exporter`, with their own copies).
 * @opentelemetry/api keeps its one global registry per major version whichever copy registers.
 */
const BUNDLED = new Set([
  'commander',
  'smol-toml',
  'picocolors',
  '@opentelemetry/api',
  '@opentelemetry/core',
  '@opentelemetry/resources',
  '@opentelemetry/sdk-trace-base',
  '@opentelemetry/sdk-trace',
  '@opentelemetry/semantic-conventions',
]);

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Leaves every package not in BUNDLED as an import resolved by Node at run time. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: {
    interrupt: 'dist/cli/interrupt.js',
    main: 'dist/cli/main.js',
    validate: 'dist/cli/validate.js',
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // The ES builds (tree-shakable) of packages that have one; Node itself would load their CommonJS `main`.
  mainFields: ['module', 'main'],
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  plugins: [externalPackages],
  // Bundled CommonJS (commander) calls require() for Node's built-ins; an ES module has none of its own.
  banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);" },
  // Linked maps chain tsc's maps back to src/*.ts (used with node --enable-source-maps; no cost otherwise).
  sourcemap: 'linked',
  logLevel: 'warning',
});

/**
 * CommonJS packages of the run path prebuilt into one file each, dist/vendor/<name>.cjs, loaded by
 * `requireVendored` (src/common/vendored.ts): dockerode (~50 files with docker-modem, tar-fs,
 * readable-stream, …) and xmlbuilder2 (~160 files with its DOM and js-yaml) cost more to resolve, read
 * and compile file by file than as one. They stay CommonJS, loaded by require, as from node_modules.
 */
const VENDORED = ['dockerode', 'xmlbuilder2'];

/**
 * Transports the runner never uses stay out of the vendored dockerode (src/runtime/dockerode-loader.ts
 * says why): each is a function that requires the real module from node_modules on its first call.
 */
const LAZY_FUNCTION_MODULES = [
  { importer: /docker-modem[\\/]lib[\\/]modem\.js$/, request: './ssh', real: 'docker-modem/lib/ssh.js' },
  { importer: /dockerode[\\/]lib[\\/]docker\.js$/, request: './session', real: 'dockerode/lib/session.js' },
];

const lazyFunctionModules = {
  name: 'lazy-function-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\/(ssh|session)$/ }, (args) => {
      const lazy = LAZY_FUNCTION_MODULES.find((m) => m.request === args.path && m.importer.test(args.importer));
      return lazy ? { path: lazy.real, namespace: 'lazy-function-module' } : undefined;
    });
    // dockerode requires its BuildKit protocol (protobufjs) inside buildImage only: left to Node, not bundled.
    b.onResolve({ filter: /^\.\/buildkit$/ }, (args) => (/dockerode[\\/]lib[\\/]docker\.js$/.test(args.importer) ? { path: 'dockerode/lib/buildkit.js', external: true } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-function-module' }, (args) => ({
      // Resolved from dockerode's own directory, where Node would find docker-modem for it; `load` is
      // Node's require at run time (a require of a variable is left to Node by esbuild).
      contents: `const load = require;
let real;
module.exports = function lazyExport(...args) {
  real ??= load(load.resolve(${JSON.stringify(args.path)}, { paths: [load.resolve('dockerode')] }));
  return real.apply(this, args);
};`,
      loader: 'js',
    }));
  },
};

const VENDOR = join(ROOT, 'dist', 'vendor');
rmSync(VENDOR, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: Object.fromEntries(VENDORED.map((name) => [name, name])),
  outdir: VENDOR,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [lazyFunctionModules],
  logLevel: 'warning',
});
