/**
 * OTLP/HTTP trace receiver, started by the runner for one run so that the
 * system under test (containers) can export spans to it. It listens on a few
 * chosen addresses (loopback and the gateways of the scenario bridges), never
 * on the unspecified address, all on one port number.
 *
 * Accepted: `POST /v1/traces` with `application/json` (OTLP/JSON) or
 * `application/x-protobuf` (ExportTraceServiceRequest), optionally gzip'd.
 * Every span becomes a SpanRecord with `source: 'sut'`, its attribute values
 * exact and typed (int64 never through a float).
 *
 * In a run, spans are kept only from scenario channels,
 * `POST /clnrm/<random token>/v1/traces`: the token is what ties a span to its
 * scenario (ids can be computed by any container, a token given to one
 * scenario's containers cannot). Spans of another trace, past the per-request
 * or per-run cap, or sent elsewhere are dropped and counted, never converted
 * when a whole request is dropped, so memory stays bounded whatever is sent.
 *
 * This file is the HTTP server; decoding is otlp-protobuf.ts's (protobuf →
 * the OTLP/JSON shape) and otlp.ts's (OTLP/JSON shape → SpanRecord).
 */
import { TelemetryError } from '../common/errors.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { BlockList, isIP, type Socket } from 'node:net';
import { gunzip } from 'node:zlib';
import { BadRequest, convertRequest, countSpans } from './otlp.js';
import { readJsonRequest } from './otlp-json-reader.js';
import { decodeRequest, encodeResponse, type Format } from './otlp-protobuf.js';
import { countProtobufSpans, readProtobufRequest } from './otlp-proto-reader.js';
import type { SpanRecord } from './span-record.js';
import { SpanStore } from './span-store.js';
import type { SpanSource } from './span-source.js';

export interface ReceiverOptions {
  /** Addresses to listen on, e.g. '127.0.0.1' and bridge gateways like '172.19.0.1'. */
  hosts: string[];
  /** Port for every host; 0 or absent picks a free one when binding the first host. */
  port?: number;
  /** Largest accepted request body, before and after gzip inflation. Default 4 MiB. */
  maxBodyBytes?: number;
  /** Spans kept from one request; a request with more is dropped whole (counted). Default 10,000. */
  maxSpansPerRequest?: number;
  /** Spans kept over the receiver's life (the run); past it every span is dropped (counted). Default 100,000. */
  maxSpansTotal?: number;
  /** Spans kept as objects before the receiver moves them into a SpanTable (span-store.ts). Default LARGE_TRACE_SPANS. */
  compactAfterSpans?: number;
  /**
   * Only spans sent to a channel's path are kept (`clnrm run`): a request to the
   * bare `/v1/traces` cannot be tied to a scenario, so its spans are dropped
   * and counted as unattributed.
   */
  channelsOnly?: boolean;
}

/** What a scenario's containers are given to send spans through: a path with a secret token. */
export interface ChannelSpec {
  /** The run's trace: spans of any other trace sent here are dropped and counted. */
  traceId: string;
  /** Stamped on every span kept from this channel (SpanRecord.origin.scenario). */
  scenario: string;
  /** The receiver address the scenario's containers were given; a request arriving on another is refused. */
  host: string;
}

export interface ChannelStats {
  /** Spans kept. */
  accepted: number;
  /** Spans dropped because their trace id is not the channel's trace. */
  unknownTrace: number;
  /** Spans dropped because a cap (per request or per run) was reached. */
  overCap: number;
  /** Spans rejected as invalid (bad ids). */
  rejected: number;
  /** Requests refused because they arrived on another address than the channel's. */
  wrongAddress: number;
  /** The per-run or per-request cap was reached on this channel. */
  capReached: boolean;
}

export interface ReceiverStats {
  /** Spans kept in all. */
  accepted: number;
  /** Spans dropped that no channel could tie to a scenario (bare path, unknown token). */
  unattributed: number;
  /** Spans dropped because a cap was reached (all channels, and the bare path). */
  overCap: number;
  /** Spans dropped for an unknown trace id (all channels). */
  unknownTrace: number;
}

/** A span source: `read(traceId)` is `spansFor(traceId)` (every span without one); problems are reported through channelStats. */
export interface Receiver extends SpanSource {
  readonly port: number;
  /** `http://host:port` (IPv6 hosts in brackets); append `/v1/traces` for a signal-specific URL. */
  endpointFor(host: string): string;
  /**
   * Listens on one more address, same port. Resolves at once if already listening there.
   * With `peers` (a CIDR range such as `172.19.0.0/16`: the scenario network behind that
   * gateway), a connection to this address from outside the range is closed as soon as it
   * is accepted, before anything is read; a later call for the same address replaces it.
   */
  addHost(host: string, peers?: string): Promise<void>;
  /** Connections closed because their peer was outside the address's `peers`, oldest first (the first 100). */
  refusedPeers(): { local: string; peer: string }[];
  /**
   * A path for one scenario's containers: `/clnrm/<token>`, the token random
   * (not derived from the seed, the trace or anything a container can see
   * elsewhere). Use `endpointFor(host) + path` as OTEL_EXPORTER_OTLP_ENDPOINT.
   */
  openChannel(spec: ChannelSpec): { path: string; token: string };
  channelStats(token: string): ChannelStats | undefined;
  stats(): ReceiverStats;
  /** Every span received so far, in arrival order (past LARGE_TRACE_SPANS, a view of the SpanTable they are kept in). */
  spans(): readonly SpanRecord[];
  spansFor(traceId: string): readonly SpanRecord[];
  /** The spans of a trace one scenario's channel delivered so far (the `span` steady-state probes read them live). */
  scenarioSpans(traceId: string, scenario: string): SpanRecord[];
  /**
   * Resolves once no request has arrived or been in progress for `ms` since
   * this call, or after `maxMs` (default 5 s, at least `ms`) at most.
   * With `activeSince` (ms since the epoch): when no request has arrived since
   * then, waits only for requests in progress (nothing is being exported).
   */
  waitForQuiet(ms: number, maxMs?: number, activeSince?: number): Promise<void>;
  /** Stops listening and drops open connections; safe to call twice. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MAX_SPANS_PER_REQUEST = 10_000;
export const DEFAULT_MAX_SPANS_TOTAL = 100_000;
export const TRACES_PATH = '/v1/traces';
export const CHANNEL_PREFIX = '/clnrm/';
const QUIET_CAP_MS = 5000;

// ---------------------------------------------------------------------------
// HTTP

class TooLarge extends Error {}


function mediaType(req: IncomingMessage): Format | undefined {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-protobuf' || type === 'application/protobuf') return 'protobuf';
  return undefined;
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause(); // stop reading; the answer closes the connection
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', reject);
    req.once('close', () => {
      if (!req.complete) reject(new BadRequest('request aborted'));
    });
  });
}

function inflate(body: Buffer, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gunzip(body, { maxOutputLength: max }, (err, out) => {
      if (!err) resolve(out);
      else if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) reject(new TooLarge());
      else reject(new BadRequest(`invalid gzip body: ${err.message}`));
    });
  });
}

const GRPC_INVALID_ARGUMENT = 3;

function send(res: ServerResponse, status: number, format: Format | undefined, message: string, extra: Record<string, string> = {}) {
  // Errors: a google.rpc.Status-like JSON body for JSON requests, plain text otherwise.
  const json = format === 'json';
  const body = json ? JSON.stringify({ code: GRPC_INVALID_ARGUMENT, message }) : `${message}\n`;
  res.writeHead(status, {
    'Content-Type': json ? 'application/json' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

function sendSuccess(res: ServerResponse, format: Format, rejected: number, reasons: string[]) {
  const partial = rejected > 0 ? { rejectedSpans: rejected, errorMessage: `${rejected} span(s) rejected: ${reasons.join('; ')}` } : undefined;
  let body: Uint8Array;
  if (format === 'json') {
    // int64 as a decimal string, as the protobuf JSON mapping writes it.
    body = Buffer.from(JSON.stringify(partial ? { partialSuccess: { ...partial, rejectedSpans: String(rejected) } } : {}));
  } else {
    body = encodeResponse(partial ? { partialSuccess: partial } : {});
  }
  res.writeHead(200, {
    'Content-Type': format === 'json' ? 'application/json' : 'application/x-protobuf',
    'Content-Length': body.length,
  });
  res.end(body);
}




function isUnspecified(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === '' || h === '0.0.0.0' || h === '::' || h === '::0' || /^0*:(0*:)*0*$/.test(h);
}

/** Concurrent connections per listening address: bounds the request bodies held in memory at once. */
const MAX_CONNECTIONS = 16;

interface Channel extends ChannelSpec {
  stats: ChannelStats;
}

const plainAddress = (a: string | undefined) => (a ?? '').replace(/^::ffff:/, '');

/** `172.19.0.0/16` → a BlockList holding that range. */
function peerRange(cidr: string): BlockList {
  const [net, bits] = cidr.split('/');
  const family = isIP(net ?? '');
  const prefix = Number(bits);
  if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) throw new TelemetryError(`receiver: '${cidr}' is not a CIDR range`);
  const list = new BlockList();
  list.addSubnet(net!, prefix, family === 4 ? 'ipv4' : 'ipv6');
  return list;
}

export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  // Invariant (a bug if it fires): the orchestrator always names a host.
  if (options.hosts.length === 0) throw new Error('startReceiver: at least one host is required');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxPerRequest = options.maxSpansPerRequest ?? DEFAULT_MAX_SPANS_PER_REQUEST;
  const maxTotal = options.maxSpansTotal ?? DEFAULT_MAX_SPANS_TOTAL;
  // The generated protobuf root (~25 ms to load) is loaded by the first protobuf answer, not here: requests are
  // read without it (otlp-proto-reader.ts), and a run whose services send JSON or nothing never needs it.

  const received = new SpanStore(options.compactAfterSpans);
  const channels = new Map<string, Channel>();
  const totals: ReceiverStats = { accepted: 0, unattributed: 0, overCap: 0, unknownTrace: 0 };
  const servers = new Map<string, Server>();
  let port = options.port ?? 0;
  let inFlight = 0;
  let lastActivity = 0;
  let closing: Promise<void> | undefined;

  /** `/clnrm/<token>/v1/traces` → the channel (null: a channel path with an unknown token); undefined for any other path. */
  function channelOf(path: string): Channel | null | undefined {
    if (!path.startsWith(CHANNEL_PREFIX) || !path.endsWith(TRACES_PATH)) return undefined;
    return channels.get(path.slice(CHANNEL_PREFIX.length, -TRACES_PATH.length)) ?? null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0]!;
    const channel = channelOf(path);
    if (channel === undefined && path !== TRACES_PATH) return send(res, 404, undefined, `not found: ${path}; traces go to POST ${TRACES_PATH}`);
    if (req.method !== 'POST') return send(res, 405, undefined, `method ${req.method} not allowed; use POST`, { Allow: 'POST' });
    const format = mediaType(req);
    if (!format) {
      return send(res, 415, undefined, `unsupported content type '${req.headers['content-type'] ?? ''}'; use application/json or application/x-protobuf`);
    }
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'gzip' && encoding !== 'identity') return send(res, 415, format, `unsupported content encoding '${encoding}'; use gzip or none`);
    if (channel && plainAddress(req.socket.localAddress) !== plainAddress(channel.host)) {
      channel.stats.wrongAddress++;
      return send(res, 403, format, 'this channel is not served on this address');
    }
    const tooLarge = () =>
      send(res, 413, format, `request body larger than ${maxBody} bytes`, { Connection: 'close' });
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > maxBody) return tooLarge();

    try {
      let body = await readBody(req, maxBody);
      if (encoding === 'gzip') body = await inflate(body, maxBody);
      // Both encodings go straight from the bytes to span records; JSON the reader does not take, through JSON.parse.
      const read = format === 'json' ? readJsonRequest(body) : undefined;
      const decoded = format === 'json' && read === undefined ? decodeRequest(body, format) : undefined;
      const count = read ? read.spans.length + read.rejected : format === 'json' ? countSpans(decoded) : countProtobufSpans(body);
      const dropAll = (reason: string) => sendSuccess(res, format, count, [reason]);
      if (channel === null || (channel === undefined && options.channelsOnly)) {
        totals.unattributed += count;
        return dropAll(`not sent to a scenario's endpoint (OTEL_EXPORTER_OTLP_ENDPOINT): spans not attributed`);
      }
      if (count > maxPerRequest || received.length >= maxTotal) {
        totals.overCap += count;
        if (channel) {
          channel.stats.overCap += count;
          channel.stats.capReached = true;
        }
        return dropAll(count > maxPerRequest ? `more than ${maxPerRequest} spans in one request` : `the run's cap of ${maxTotal} spans is reached`);
      }
      const { spans, rejected, reasons } = read ?? (format === 'json' ? convertRequest(decoded, 'hex') : readProtobufRequest(body));
      let dropped = 0;
      for (const span of spans) {
        if (channel && span.traceId !== channel.traceId) {
          channel.stats.unknownTrace++;
          totals.unknownTrace++;
          dropped++;
        } else if (received.length >= maxTotal) {
          totals.overCap++;
          dropped++;
          if (channel) {
            channel.stats.overCap++;
            channel.stats.capReached = true;
          }
        } else {
          if (channel) {
            span.origin = { scenario: channel.scenario, via: 'otlp' };
            channel.stats.accepted++;
          }
          received.push(span);
          totals.accepted++;
        }
      }
      if (channel) channel.stats.rejected += rejected;
      if (dropped > 0 && reasons.length < 3) reasons.push(`${dropped} span(s) dropped (other trace or span cap)`);
      sendSuccess(res, format, rejected + dropped, reasons);
    } catch (err) {
      if (err instanceof TooLarge) return tooLarge();
      if (err instanceof BadRequest) return send(res, 400, format, err.message);
      send(res, 500, format, `receiver error: ${(err as Error).message}`);
    }
  }

  function onRequest(req: IncomingMessage, res: ServerResponse) {
    inFlight++;
    lastActivity = Date.now();
    res.once('close', () => {
      inFlight--;
      lastActivity = Date.now();
    });
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, undefined, 'receiver error');
      else res.destroy();
    });
  }

  // Accept side only: which peers may connect to each listening address (absent: any).
  const allowedPeers = new Map<string, BlockList>();
  const refused: { local: string; peer: string }[] = [];
  function checkPeer(host: string, socket: Socket) {
    const allowed = allowedPeers.get(host);
    if (!allowed) return;
    const peer = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    if (isIP(peer) && allowed.check(peer, isIP(peer) === 6 ? 'ipv6' : 'ipv4')) return;
    if (refused.length < 100) refused.push({ local: host, peer });
    socket.destroy();
  }

  async function listen(host: string, peers?: string): Promise<void> {
    if (closing) throw new TelemetryError('receiver is closed');
    if (peers !== undefined) allowedPeers.set(host, peerRange(peers));
    if (servers.has(host)) return;
    if (isUnspecified(host)) throw new TelemetryError(`receiver: refusing to listen on the unspecified address '${host}'`);
    if (!isIP(host)) throw new TelemetryError(`receiver: '${host}' is not an IP address`);
    const server = createServer(onRequest);
    server.maxConnections = MAX_CONNECTIONS;
    server.on('connection', (socket: Socket) => checkPeer(host, socket));
    servers.set(host, server);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ host, port, exclusive: true }, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (err) {
      servers.delete(host);
      throw new TelemetryError(`receiver: cannot listen on ${host}:${port}: ${(err as Error).message}`, { cause: err });
    }
    const address = server.address();
    if (port === 0 && address && typeof address === 'object') port = address.port;
  }

  function close(): Promise<void> {
    closing ??= Promise.all(
      [...servers.values()].map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    ).then(() => undefined);
    return closing;
  }

  try {
    for (const host of options.hosts) await listen(host);
  } catch (err) {
    await close();
    throw err;
  }

  return {
    get port() {
      return port;
    },
    endpointFor(host: string) {
      return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
    },
    addHost: listen,
    openChannel(spec: ChannelSpec) {
      const token = randomBytes(16).toString('hex');
      channels.set(token, {
        ...spec,
        traceId: spec.traceId.toLowerCase(),
        stats: { accepted: 0, unknownTrace: 0, overCap: 0, rejected: 0, wrongAddress: 0, capReached: false },
      });
      return { path: `${CHANNEL_PREFIX}${token}`, token };
    },
    channelStats: (token: string) => {
      const c = channels.get(token);
      return c ? { ...c.stats } : undefined;
    },
    stats: () => ({ ...totals }),
    refusedPeers: () => [...refused],
    spans: () => received.all(),
    spansFor: (traceId: string) => received.ofTrace(traceId.toLowerCase()),
    scenarioSpans: (traceId: string, scenario: string) => received.ofScenario(traceId.toLowerCase(), scenario),
    sourceName: 'the OTLP receiver',
    read: (traceId?: string) => ({ spans: traceId === undefined ? received.all() : received.ofTrace(traceId.toLowerCase()), problems: [] }),
    waitForQuiet(ms: number, maxMs = QUIET_CAP_MS, activeSince?: number) {
      const since = Date.now();
      const deadline = since + Math.max(ms, maxMs);
      const idle = activeSince !== undefined && lastActivity < activeSince;
      return new Promise<void>((resolve) => {
        const check = () => {
          const now = Date.now();
          if (idle && inFlight === 0) return resolve();
          const quietFor = now - Math.max(lastActivity, since);
          if (closing || now >= deadline || (inFlight === 0 && quietFor >= ms)) return resolve();
          const wait = inFlight > 0 ? 20 : ms - quietFor;
          setTimeout(check, Math.max(1, Math.min(wait, deadline - now)));
        };
        check();
      });
    },
    close,
  };
}
