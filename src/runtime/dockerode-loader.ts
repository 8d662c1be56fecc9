/**
 * Loads dockerode without the transports this runner never uses.
 *
 * dockerode requires, when it loads, docker-modem's ssh transport (ssh2 and its
 * crypto) and its BuildKit session (@grpc/grpc-js, @grpc/proto-loader,
 * protobufjs): about a third of the CPU the whole run path takes to import.
 * The runner talks to the engine over a unix socket or TCP (DOCKER_HOST
 * accepts no ssh://) and never builds images through BuildKit, so those two
 * modules are put in the require cache as stand-ins that load the real module
 * on their first call: loaded only if ever used, with the same behaviour then.
 */
import { createRequire, Module } from 'node:module';
import type Dockerode from 'dockerode';
import { requireVendored } from '../common/vendored.js';

const requireHere = createRequire(import.meta.url);

/** Modules required by their parent as `module.exports = function …`, called only for one transport or feature. */
const LAZY_FUNCTION_MODULES: readonly { from: string; request: string }[] = [
  // docker-modem/lib/modem.js: `ssh = require('./ssh')`, called for DOCKER_HOST=ssh://… only.
  { from: 'docker-modem', request: './ssh' },
  // dockerode/lib/docker.js: `withSession = require('./session')`, called by buildImage with BuildKit only.
  { from: 'dockerode', request: './session' },
];

/** The resolved file of each stand-in (exported for the test that checks they stay unloaded). */
export function lazyModuleFiles(): string[] {
  const fromDockerode = createRequire(requireHere.resolve('dockerode'));
  return LAZY_FUNCTION_MODULES.map(({ from, request }) => {
    const main = from === 'dockerode' ? requireHere.resolve('dockerode') : fromDockerode.resolve(from);
    return createRequire(main).resolve(request);
  });
}

function installStandIn(file: string): void {
  // Already loaded (someone used it): nothing left to save.
  if (requireHere.cache[file]) return;
  let real: ((...args: unknown[]) => unknown) | undefined;
  const standIn = new Module(file);
  standIn.filename = file;
  standIn.loaded = true;
  standIn.exports = function lazyExport(this: unknown, ...args: unknown[]): unknown {
    if (!real) {
      // The real module replaces the stand-in in the cache for good.
      delete requireHere.cache[file];
      real = requireHere(file) as (...args: unknown[]) => unknown;
    }
    return real.apply(this, args);
  };
  requireHere.cache[file] = standIn;
}

let loaded: typeof Dockerode | undefined;

/**
 * The dockerode class, its unused transports left unloaded until called: the build's prebuilt
 * file has the same stand-ins compiled in (scripts/bundle.mjs); from node_modules they are put
 * in the require cache first.
 */
export function loadDockerode(): typeof Dockerode {
  if (!loaded) {
    const vendored = requireVendored('dockerode') as typeof Dockerode | undefined;
    if (vendored) return (loaded = vendored);
    for (const file of lazyModuleFiles()) installStandIn(file);
    loaded = requireHere('dockerode') as typeof Dockerode;
  }
  return loaded;
}
