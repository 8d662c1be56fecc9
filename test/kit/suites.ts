/**
 * Builders for the objects tests feed the runner: suites from TOML text,
 * services, faults, and the context a fault's `inject` receives.
 */
import type { InjectContext } from '../../src/chaos/types.js';
import { BUSYBOX_IMAGE } from '../../src/common/fixtures.js';
import { loadSuiteSource, type FaultSpec, type LoadOptions, type ServiceSpec, type Suite } from '../../src/load/index.js';
import { createRng } from '../../src/plan/rng.js';
import type { Engine } from '../../src/runtime/engine.js';

/** Loads suite text that must load; otherwise throws with every issue at `line:col key.path`. */
export function loadSuite(source: string, options: LoadOptions = { env: {} }, file = 's.clnrm.toml'): Suite {
  const r = loadSuiteSource(file, source, options);
  if (!r.ok) throw new Error(`test suite does not load:\n${r.issues.map((i) => `${i.line ?? '?'}:${i.column ?? '?'} ${i.keyPath}: ${i.message}`).join('\n')}`);
  return r.suite;
}

/** The head of a suite run on the real engine: its name and a fixed seed, then `extra` (tables before the services). */
export const suiteHeadToml = (name: string, o: { seed: number; extra?: string }) => `
[meta]
name = "${name}"

[determinism]
seed = ${o.seed}

${o.extra ?? ''}
`;

/** A service that only sleeps (a target for faults, a peer for steps), in the busybox fixture image. */
export const sleeperToml = (service: string) => `
[service.${service}]
image = "${BUSYBOX_IMAGE}"
args = ["sleep", "3600"]
`;

/** A loaded service as the runtime sees it: no ports, limits, capabilities unless given. */
export function serviceSpec(name: string, extra: Partial<ServiceSpec> = {}): ServiceSpec {
  return { name, image: 'fake', env: {}, ports: [], tmpfs: {}, capabilities: [], privileged: false, limits: {}, ...extra };
}

/** A loaded fault: fires once at 0 ms, always, with `params`. */
export function faultSpec(type: string, params: Record<string, unknown> = {}, extra: Partial<FaultSpec> = {}): FaultSpec {
  return { type, name: type, keyPath: 'scenario[0].chaos[0]', atMs: 0, count: 1, probability: 1, params, ...extra };
}

/**
 * The context `inject` gets, for a fault aimed at `target` (one of `services`,
 * whose containers are looked up by name on the engine through `containers`).
 */
export function injectContext(o: {
  engine: Engine;
  fault: FaultSpec;
  /** Service name → container id. */
  containers: ReadonlyMap<string, string>;
  target?: string;
  services?: Record<string, ServiceSpec>;
  networkId?: string;
  proxies?: ReadonlyMap<string, { controlUrl: string }>;
  seed?: number;
}): InjectContext {
  const services = o.services ?? Object.fromEntries([...o.containers.keys()].map((s) => [s, serviceSpec(s)]));
  const occurrence = `${o.fault.name}-0`;
  return {
    engine: o.engine,
    fault: o.fault,
    ...(o.target !== undefined ? { target: { service: o.target, containerId: o.containers.get(o.target)!, spec: services[o.target] ?? serviceSpec(o.target) } } : {}),
    containers: o.containers,
    services,
    networkId: o.networkId ?? 'net-scenario',
    labels: { 'clnrm.managed': 'true' },
    namePrefix: `clnrm-t-${o.fault.name}0`,
    injectionName: occurrence,
    rng: createRng(o.seed ?? 7, `inject:${occurrence}`),
    ...(o.proxies ? { proxies: o.proxies } : {}),
  };
}
