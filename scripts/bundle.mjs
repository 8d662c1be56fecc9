#!/usr/bin/env node
/**
 * Bundles the CLI (the tsc output in dist/) into dist/bundle/, which bin/clnrm.js loads, and
 * prebuilds two CommonJS packages of the run path into dist/vendor/. Run by `npm run build` after tsc.
 *
 * - dist/bundle/cli.cjs: the whole CLI as one CommonJS file. Loading ~200 small ES modules costs
 *   more than their code (resolving, reading and linking each one), and the OpenTelemetry SDK
 *   packages load as ~130 CommonJS files of which the runner uses a few functions. One script
 *   (rather than ES modules) because Node 20 keeps V8's compiled code only for scripts: bin/load-cli.js
 *   compiles it with the code cache this build makes (cli.cjs.cache, scripts/code-cache.mjs), so a
 *   command starts without compiling the CLI again. Each command's module still runs only when
 *   that command runs (esbuild turns the dynamic imports into lazy initializers).
 * - dist/bundle/interrupt.cjs: the signal handlers, loaded by bin/clnrm.js before the rest (a
 *   Ctrl-C at any moment ends with 130) and shared with cli.cjs (one module, one state).
 *
 * Kept right:
 * - dist/bundle/ sits at the depth of dist/cli/, and `import.meta.url` is the bundle file's URL,
 *   so `new URL('../../schemas/…', import.meta.url)` (load/schema.ts, cli/init.ts) still names the
 *   package's schemas/ directory, `new URL('../vendor/…')` dist/vendor/, and
 *   `createRequire(import.meta.url)` still resolves the package's node_modules.
 * - Packages in BUNDLED are bundled (pure code, no files read beside themselves); every other
 *   package stays a require from node_modules, as do the ones loaded by `createRequire`
 *   (toml-eslint-parser, …), which esbuild does not follow, and the prebuilt ones in dist/vendor/.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

/** Leaves every package not in BUNDLED as a require resolved by Node at run time. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true }));
  },
};

/** cli.cjs requires the signal handlers' module from interrupt.cjs beside it instead of a copy of its own. */
const sharedInterrupts = {
  name: 'shared-interrupts',
  setup(b) {
    b.onResolve({ filter: /^\.\/interrupt\.js$/ }, (args) => (/[\\/]dist[\\/]cli$/.test(args.resolveDir) ? { path: './interrupt.cjs', external: true } : undefined));
  },
};

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // The ES builds (tree-shakable) of packages that have one; Node itself would load their CommonJS `main`.
  mainFields: ['module', 'main'],
  target: 'node20',
  // The modules are ES modules: their `import.meta.url` becomes the bundle file's URL (see above).
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Linked maps chain tsc's maps back to src/*.ts (used with node --enable-source-maps; no cost otherwise).
  sourcemap: 'linked',
  // No comments or indentation: a quarter less to read at every start. Names stay (no renaming).
  minifyWhitespace: true,
  // Non-ASCII characters in strings become escapes (esbuild's default, kept explicit): with the comments
  // gone the file is ASCII, which bin/load-cli.js reads as latin1, a one-byte string (see assertAscii).
  charset: 'ascii',
  logLevel: 'warning',
};

rmSync(OUT, { recursive: true, force: true });
await build({ ...common, entryPoints: { interrupt: 'dist/cli/interrupt.js' }, outdir: OUT, outExtension: { '.js': '.cjs' }, plugins: [externalPackages] });
await build({
  ...common,
  // What bin/clnrm.js, bench/validate-imports.cjs and scripts/code-cache.mjs use; `validateCommandModule` runs the validate command's module as `validate` would.
  stdin: {
    contents: [
      "export { main, endsAtOnce } from './dist/cli/main.js';",
      "export const validateCommandModule = () => import('./dist/cli/validate.js');",
      // For scripts/code-cache.mjs: the run command on an engine of its own, and the prebuilt packages' caches.
      "export const runCommandModule = () => import('./dist/cli/run.js');",
      "export { vendoredLoads } from './dist/common/vendored.js';",
    ].join('\n'),
    resolveDir: ROOT,
    sourcefile: 'cli-entry.js',
  },
  outfile: join(OUT, 'cli.cjs'),
  plugins: [sharedInterrupts, externalPackages],
});

/**
 * A bundle that is not pure ASCII would be misread as latin1 by bin/load-cli.js and src/common/vendored.ts
 * (which read it so: a two-byte string of a 2 MB file costs every start ~5 ms more to decode).
 */
function assertAscii(file) {
  const bytes = readFileSync(file);
  const at = bytes.findIndex((b) => b > 0x7f);
  if (at >= 0) throw new Error(`${file} is not ASCII (byte ${at}: ${JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8'))}); check the esbuild options above`);
}
assertAscii(join(OUT, 'cli.cjs'));
assertAscii(join(OUT, 'interrupt.cjs'));

/**
 * CommonJS packages of the run path prebuilt into one file each, dist/vendor/<name>.cjs, loaded by
 * `requireVendored` (src/common/vendored.ts): dockerode (~50 files with docker-modem, tar-fs,
 * readable-stream, …) and xmlbuilder2 (~160 files with its DOM and js-yaml) cost more to resolve, read
 * and compile file by file than as one. They stay CommonJS modules, compiled with a code cache of their
 * own (dist/vendor/<name>.cjs.cache, made by scripts/code-cache.mjs) as the CLI bundle is.
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
    // docker-modem requires Node's https (with tls, ~4 ms) when it loads; only an https:// DOCKER_HOST uses it.
    // Its one use is as a prototype whose properties are read per request: a stand-in that requires https
    // on the first read behaves alike.
    b.onResolve({ filter: /^https$/ }, (args) => (/docker-modem[\\/]lib[\\/]http\.js$/.test(args.importer) ? { path: 'https', namespace: 'lazy-https' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-https' }, () => ({
      contents: `const load = require;
let real;
const https = () => (real ??= load('node:https'));
module.exports = new Proxy({}, {
  get: (_, key) => https()[key],
  has: (_, key) => key in https(),
  ownKeys: () => Reflect.ownKeys(https()),
  getOwnPropertyDescriptor: (_, key) => { const d = Reflect.getOwnPropertyDescriptor(https(), key); return d && { ...d, configurable: true }; },
});`,
      loader: 'js',
    }));
    // docker-modem formats every request's options with util.inspect (showHidden, no depth limit) for its debug
    // log, printed or not (~2 ms the first time, ~0.1 ms each after): formatted only when that log is on.
    b.onLoad({ filter: /docker-modem[\\/]lib[\\/]modem\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const call = "debug('Sending: %s', util.inspect(options, {";
      if (source.split(call).length !== 2) throw new Error(`${args.path}: expected one \`${call}\` to guard (docker-modem changed: update scripts/bundle.mjs)`);
      return { contents: source.replace(call, `debug.enabled && ${call}`), loader: 'js' };
    });
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
  minifyWhitespace: true,
  charset: 'ascii',
  logLevel: 'warning',
});
for (const name of VENDORED) assertAscii(join(VENDOR, `${name}.cjs`));

// The code cache of cli.cjs, made by running the CLI once in a fresh process (after the vendored packages exist).
const cached = spawnSync(process.execPath, [join(ROOT, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
if (cached.status !== 0) throw new Error(`scripts/code-cache.mjs failed (exit ${cached.status})`);
