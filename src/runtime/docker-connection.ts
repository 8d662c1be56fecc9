import { existsSync, readFileSync } from 'node:fs';
import { Agent, type AgentOptions } from 'node:http';
import { inspect } from 'node:util';
import { join } from 'node:path';
import type Dockerode from 'dockerode';
import { loadDockerode } from './dockerode-loader.js';
import { EngineError } from '../common/errors.js';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

export interface DockerConnection {
  docker: Dockerode;
  /** Where we connect, as a DOCKER_HOST-style URL; used in every message about the engine. */
  endpoint: string;
}

export type PingResult = { ok: true; apiVersion: string; serverVersion: string } | { ok: false; reason: string };

const FIX_HINT =
  'run `scripts/ensure-engine.sh` (starts dockerd as root on Debian), or start Docker yourself, or set DOCKER_HOST to an engine that answers';

/** Where the engine was looked for and how to fix it; every engine message ends with this. */
export function engineHint(endpoint: string): string {
  const source = process.env.DOCKER_HOST ? `DOCKER_HOST=${process.env.DOCKER_HOST}` : `default socket ${DEFAULT_SOCKET}`;
  return `tried ${endpoint} (${source}); ${FIX_HINT}`;
}

/**
 * Builds a client for DOCKER_HOST (unix://, tcp://, http://, https://) or the default socket.
 * We parse DOCKER_HOST ourselves, rather than let docker-modem do it, so we know the endpoint to
 * name in messages. Connecting is lazy: this only throws on a malformed DOCKER_HOST.
 */
export function connectDocker(): DockerConnection {
  const Dockerode = loadDockerode();
  const host = process.env.DOCKER_HOST?.trim();
  if (!host) return { docker: new Dockerode(socketOptions(DEFAULT_SOCKET)), endpoint: `unix://${DEFAULT_SOCKET}` };

  if (host.startsWith('unix://')) {
    const socketPath = host.slice('unix://'.length) || DEFAULT_SOCKET;
    return { docker: new Dockerode(socketOptions(socketPath)), endpoint: `unix://${socketPath}` };
  }

  let url: URL;
  try {
    url = new URL(host);
  } catch (cause) {
    throw new EngineError(
      `DOCKER_HOST=${host} is not a URL; use unix:///path/to/docker.sock or tcp://host:port, or unset it to use ${DEFAULT_SOCKET}`,
      { cause },
    );
  }
  if (!['tcp:', 'http:', 'https:'].includes(url.protocol)) {
    throw new EngineError(
      `DOCKER_HOST=${host}: scheme ${url.protocol} is not supported; use unix://, tcp://, http:// or https://, or unset it to use ${DEFAULT_SOCKET}`,
    );
  }
  // Same convention as the docker CLI: tcp:// means TLS when DOCKER_TLS_VERIFY=1 or on port 2376.
  const tls = url.protocol === 'https:' || (url.protocol === 'tcp:' && (process.env.DOCKER_TLS_VERIFY === '1' || url.port === '2376'));
  const protocol = tls ? 'https' : 'http';
  const port = url.port || (tls ? '2376' : '2375');
  const options: Dockerode.DockerOptions = { protocol, host: url.hostname, port };
  if (tls) Object.assign(options, readTlsFiles(host));
  return { docker: new Dockerode(options), endpoint: `${protocol}://${url.hostname}:${port}` };
}

/**
 * The HTTP agent of a unix-socket engine: the default agent's keep-alive, with an empty TLS server name.
 * Without one, every request makes Node work out a server name for TLS from the host, testing it against
 * its IP address patterns (~6 ms to compile them on first use) for a connection that has no TLS.
 * docker-modem prints each request's options, agent included, with util.inspect (showHidden, no depth
 * limit) whether or not its debug log is on: the agent answers that with its name alone.
 */
export function socketAgent(): Agent {
  // (`servername` is an option of the connection the agent makes; the agent passes its options on to it.)
  const agent = new Agent({ keepAlive: true, servername: '' } as AgentOptions);
  Object.defineProperty(agent, inspect.custom, { value: () => 'Agent (docker socket)' });
  return agent;
}

/** docker-modem takes an `agent` option its typings do not list. */
const socketOptions = (socketPath: string): Dockerode.DockerOptions => ({ socketPath, agent: socketAgent() }) as Dockerode.DockerOptions;

/** Client certificates from DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem), if that is set. */
function readTlsFiles(host: string): Pick<Dockerode.DockerOptions, 'ca' | 'cert' | 'key'> {
  const dir = process.env.DOCKER_CERT_PATH;
  if (!dir) return {};
  const read = (name: string): Buffer | undefined => {
    const file = join(dir, name);
    if (!existsSync(file)) return undefined;
    try {
      return readFileSync(file);
    } catch (cause) {
      throw new EngineError(`DOCKER_HOST=${host}: cannot read ${file} (DOCKER_CERT_PATH): ${String(cause)}`, { cause });
    }
  };
  return { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') };
}

/** Asks the engine for its version. Never throws: an unreachable or slow engine is `ok: false`. */
export async function pingEngine(conn: DockerConnection, timeoutMs = 5000): Promise<PingResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const v = await Promise.race([conn.docker.version(), timeout]);
    return { ok: true, apiVersion: v.ApiVersion, serverVersion: v.Version };
  } catch (err) {
    return { ok: false, reason: `engine not reachable: ${describe(err)}; ${engineHint(conn.endpoint)}` };
  } finally {
    clearTimeout(timer);
  }
}

/** Connects and pings; throws EngineError (exit status 2) when the engine does not answer. */
export async function requireEngine(timeoutMs = 5000): Promise<DockerConnection & { apiVersion: string; serverVersion: string }> {
  const conn = connectDocker();
  const ping = await pingEngine(conn, timeoutMs);
  if (!ping.ok) throw new EngineError(ping.reason);
  return { ...conn, apiVersion: ping.apiVersion, serverVersion: ping.serverVersion };
}

/** Turns socket errors into words a user can act on. */
function describe(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'socket does not exist';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'EACCES') return 'permission denied on the socket (add yourself to the docker group or run as root)';
  const message = err instanceof Error ? err.message : String(err);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
