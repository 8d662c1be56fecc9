/**
 * Starts a `[proxy.NAME]` TCP fault proxy: a `clnrm-fixture/node` container on
 * the scenario network, reachable there as `NAME:listen`, forwarding to
 * `upstream`. The runner drives its toxics over HTTP at
 * `http://<container ip>:8474` (the runner's host reaches bridge addresses
 * directly, internal networks included).
 *
 * The proxy's code is the string PROXY_SERVER_SCRIPT, passed as `node -e`'s
 * argument: it ships inside dist/ like any other module, and the container
 * needs no copied file or bind mount (see server-script.ts).
 */
import type { ProxySpec } from '../../load/index.js';
import type { Engine, Labels } from '../../runtime/engine.js';
import { PROXY_SERVER_SCRIPT } from './server-script.js';
import { ChaosError } from '../../common/errors.js';

export const PROXY_IMAGE = 'clnrm-fixture/node:latest';
export const PROXY_CONTROL_PORT = 8474;

export interface ProxyOptions {
  spec: ProxySpec;
  networkId: string;
  labels: Labels;
  /** Container name. */
  name: string;
  /** Host the proxy connects to (the upstream service's alias on the network). */
  upstreamHost: string;
  /** Called with the container id as soon as it exists, so the caller's cleanup can remove it. */
  onCreated?: (containerId: string) => void;
  /** How long the proxy may take to answer /health (default 20 s). */
  readyTimeoutMs?: number;
}

export interface RunningProxy {
  containerId: string;
  controlUrl: string;
  close(): Promise<void>;
}

export async function startProxy(engine: Engine, options: ProxyOptions): Promise<RunningProxy> {
  const { spec, networkId } = options;
  await engine.ensureImage(PROXY_IMAGE);
  const containerId = await engine.createContainer({
    name: options.name,
    image: PROXY_IMAGE,
    cmd: ['node', '-e', PROXY_SERVER_SCRIPT],
    env: {
      PROXY_LISTEN: String(spec.listen),
      PROXY_UPSTREAM: `${options.upstreamHost}:${spec.upstream.port}`,
      PROXY_CONTROL: String(PROXY_CONTROL_PORT),
    },
    labels: options.labels,
    network: { id: networkId, aliases: [spec.name] },
    init: true,
  });
  options.onCreated?.(containerId);
  const close = () => engine.removeContainer(containerId);
  try {
    await engine.startContainer(containerId);
    const state = await engine.inspectContainer(containerId, networkId);
    if (!state.ipAddress) throw new ChaosError('the proxy container has no address on the scenario network');
    const controlUrl = `http://${state.ipAddress}:${PROXY_CONTROL_PORT}`;
    await waitHealthy(engine, containerId, controlUrl, options.readyTimeoutMs ?? 20_000);
    return { containerId, controlUrl, close };
  } catch (err) {
    const logs = await engine.logs(containerId, 20).catch(() => '');
    await close().catch(() => undefined);
    throw new ChaosError(`proxy ${spec.name} did not start: ${(err as Error).message}${logs.trim() ? `\n${logs.trim()}` : ''}`, { cause: err, location: { keyPath: `proxy.${spec.name}` } });
  }
}

async function waitHealthy(engine: Engine, containerId: string, controlUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      const r = await fetch(`${controlUrl}/health`, { signal: AbortSignal.timeout(1000) });
      if (r.ok) return;
      last = `HTTP ${r.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    const state = await engine.inspectContainer(containerId);
    if (!state.running) throw new ChaosError(`the proxy exited (code ${state.exitCode ?? '?'})`);
    if (Date.now() > deadline) throw new ChaosError(`${controlUrl}/health did not answer within ${timeoutMs} ms (${last})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
