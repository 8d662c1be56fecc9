/**
 * The hosts a span says it talked to, for `no_external_services`. Every
 * attribute that can name a peer under the OpenTelemetry semantic conventions
 * (current and deprecated names, and OpenTracing's `peer.*`) is read, plus any
 * other key shaped like one; a value may be a host, `host:port`, `[v6]:port`,
 * a URL (credentials, several hosts and JDBC prefixes included), a key=value
 * connection string, a comma-separated host list, or an array of any of these.
 */
import type { SpanRecord } from '../telemetry/span-record.js';

/** Attribute keys that name the other side of a connection. */
export const PEER_KEYS: readonly string[] = [
  // General (semconv 1.2x)
  'server.address', 'client.address', 'network.peer.address', 'destination.address', 'source.address',
  'url.full', 'url.original', 'url.domain',
  // Deprecated names still emitted by many instrumentations
  'server.socket.address', 'server.socket.domain', 'client.socket.address', 'network.peer.name',
  'http.url', 'http.host', 'http.server_name', 'http.client_ip',
  'net.peer.name', 'net.peer.ip', 'net.sock.peer.addr', 'net.sock.peer.name',
  // Databases, messaging, RPC
  'db.connection_string', 'db.mongodb.collection.host',
  'messaging.url', 'messaging.kafka.bootstrap_servers', 'messaging.rabbitmq.host', 'messaging.broker',
  'rpc.grpc.authority', 'rpc.target',
  // OpenTracing / Zipkin
  'peer.service', 'peer.hostname', 'peer.address', 'peer.ipv4', 'peer.ipv6', 'peer.host',
];

/**
 * Other keys whose last part says they hold an address: `*.address`, `*.host`, `*.url`, `*.endpoint`, ….
 */
const PEER_KEY_SHAPE = /(?:^|[._])(?:address|addresses|addr|host|hostname|hosts|ip|ipv4|ipv6|domain|url|uri|endpoint|endpoints|connection_string|dsn|authority|broker|brokers|bootstrap_servers|peer_name|peer_service)$/i;

/** Keys about this side of a connection or the machine the span was made on, not a peer. */
const LOCAL_KEY = /^(?:network\.local\.|net\.host\.|net\.sock\.host\.|host\.|server\.socket\.port|os\.|process\.|container\.|k8s\.)/;

export function isPeerKey(key: string): boolean {
  if (PEER_KEYS.includes(key)) return true;
  return !LOCAL_KEY.test(key) && PEER_KEY_SHAPE.test(key);
}

/** Keys in a connection string (`Server=h;…`, `host=h port=5432`) whose value is a host. */
const HOST_PARAMS = new Set(['host', 'hostaddr', 'server', 'data source', 'datasource', 'address', 'addr', 'network address', 'hostname', 'endpoint', 'servers', 'bootstrap.servers']);

/** `[v6]:port`, `host:port`, `tcp:host,1433`, `host` → host, lower case, without a trailing dot. */
export function hostOf(hostPort: string): string {
  let h = hostPort.trim().replace(/^tcp:/i, '');
  const v6 = /^\[([^\]]+)\](?::\d*)?$/.exec(h);
  if (v6) h = v6[1]!;
  else if (/^[^:]+:\d*$/.test(h)) h = h.slice(0, h.indexOf(':'));
  return h.toLowerCase().replace(/\.$/, '');
}

/** The hosts of a URL's authority (`user:pw@h1:1,h2:2`), and of `?host=` parameters (libpq). */
function urlHosts(text: string): string[] {
  const afterScheme = text.slice(text.indexOf('://') + 3);
  const authority = afterScheme.split(/[/?#;]/, 1)[0] ?? '';
  const hostPart = authority.slice(authority.lastIndexOf('@') + 1);
  const hosts = hostPart.split(',').filter(Boolean).map(hostOf);
  const query = /\?([^#]*)/.exec(afterScheme)?.[1] ?? '';
  for (const pair of query.split('&')) {
    const [k, v] = pair.split('=');
    if (v && HOST_PARAMS.has(decodeURIComponent(k ?? '').toLowerCase())) hosts.push(...decodeURIComponent(v).split(',').map(hostOf));
  }
  return hosts;
}

/** Hosts named in one attribute value. */
export function hostsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(hostsIn);
  if (typeof value !== 'string') return typeof value === 'number' || typeof value === 'bigint' ? [String(value)] : [];
  const text = value.trim().replace(/^jdbc:/i, '');
  if (text === '') return [];
  if (text.includes('://')) return urlHosts(text);
  // A key=value connection string: `Server=db,1433;Database=x`, `host=db port=5432 dbname=x`.
  if (/^[\w .-]+=/.test(text)) {
    const hosts: string[] = [];
    // `;` separates pairs when present (keys may hold spaces: `Data Source`); else whitespace does (libpq).
    for (const part of text.includes(';') ? text.split(';') : text.split(/\s+/)) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      const key = part.slice(0, eq).trim().toLowerCase();
      const v = part.slice(eq + 1).trim();
      if (HOST_PARAMS.has(key) && v) hosts.push(...(key === 'server' || key === 'data source' ? [v.replace(/,\d+$/, '')] : v.split(',')).map(hostOf));
    }
    return hosts;
  }
  return text.split(/[,\s]+/).filter(Boolean).map(hostOf);
}

/** Loopback and local sockets never leave the container. */
const LOCAL_HOST = /^(?:localhost|[\w-]+\.localhost|127(?:\.\d{1,3}){3}|::1|0:0:0:0:0:0:0:1|::ffff:127(?:\.\d{1,3}){3})$/;
const isLocal = (host: string): boolean => LOCAL_HOST.test(host) || host.startsWith('/') || host.startsWith('@') || host.startsWith('unix:');

export interface PeerProblem {
  span: string;
  key: string;
  host: string;
  value: string;
}

/**
 * Every (span, key, host) where a span of the system under test names a host outside `allowed`
 * (the scenario's services, their aliases, proxies and container addresses), loopback excepted.
 */
export function externalPeers(spans: readonly SpanRecord[], allowed: readonly string[]): PeerProblem[] {
  const ok = new Set(allowed.map((a) => a.toLowerCase()));
  const out: PeerProblem[] = [];
  for (const s of spans) {
    if (s.source === 'runner') continue; // The runner's spans describe faults and cleanup, not connections.
    for (const [key, value] of Object.entries(s.attributes)) {
      if (!isPeerKey(key)) continue;
      for (const host of hostsIn(value)) {
        if (host === '' || ok.has(host) || isLocal(host)) continue;
        out.push({ span: s.name, key, host, value: JSON.stringify(value) });
      }
    }
  }
  return out;
}
