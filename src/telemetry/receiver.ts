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
 * Protobuf decoding: with the OpenTelemetry project's own generated code, not a
 * hand-written decoder. Up to 0.216.0, `@opentelemetry/otlp-transformer` (the
 * 0.2xx line that goes with SDK 2.x) shipped `build/src/generated/root.js`, a
 * protobufjs static module that the project generated with pbjs from the
 * official opentelemetry-proto files; it has `ExportTraceServiceRequest.decode`
 * and `toObject`, and `ExportTraceServiceResponse.encode`. From 0.217.0 on the
 * package writes traces with a hand-rolled serializer and no longer ships the
 * trace messages in that root (0.223.x has no generated root at all), and no
 * release ships the .proto files themselves (their `files` list only has
 * build/). No other npm package ships the official .proto files either: the
 * other OpenTelemetry packages that ever carried protos
 * (`@opentelemetry/otlp-grpc-exporter-base`, `otlp-proto-exporter-base`, both
 * checked with `npm pack --dry-run`) also only shipped an older generated root,
 * and the rest are third-party recompilations. So the project depends on
 * `@opentelemetry/otlp-transformer` pinned exactly at 0.216.0 and loads that
 * file by its path (the package has no `exports` map, so the path resolves;
 * it is not public API, hence the exact pin: do not bump it without checking
 * that `opentelemetry.proto.collector.trace.v1` is still in the root, which the
 * protobuf test in receiver.test.ts does). The exporters used in the tests
 * (0.223.x) bring their own nested copy of the current transformer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { BlockList, isIP, type Socket } from 'node:net';
import { gunzip } from 'node:zlib';
import { TelemetryError } from '../common/errors.js';
import type { AttrKind, AttrValue, SpanKindName, SpanRecord, StatusName } from './span-record.js';

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

export interface Receiver {
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
  /** Every span received so far, in arrival order. */
  spans(): SpanRecord[];
  spansFor(traceId: string): SpanRecord[];
  /**
   * Resolves once no request has arrived or been in progress for `ms` since
   * this call, or after `maxMs` (default 5 s, at least `ms`) at most.
   */
  waitForQuiet(ms: number, maxMs?: number): Promise<void>;
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
// Generated protobuf messages (see the header comment).

interface PbType {
  decode(data: Uint8Array): unknown;
  toObject(message: unknown, options: Record<string, unknown>): Record<string, unknown>;
  encode(message: Record<string, unknown>): { finish(): Uint8Array };
}
interface TraceServiceMessages {
  ExportTraceServiceRequest: PbType;
  ExportTraceServiceResponse: PbType;
}

const GENERATED_ROOT = '@opentelemetry/otlp-transformer/build/src/generated/root.js';
let messages: TraceServiceMessages | undefined;

function traceServiceMessages(): TraceServiceMessages {
  if (messages) return messages;
  const root = createRequire(import.meta.url)(GENERATED_ROOT) as {
    opentelemetry?: { proto?: { collector?: { trace?: { v1?: Partial<TraceServiceMessages> } } } };
  };
  const v1 = root.opentelemetry?.proto?.collector?.trace?.v1;
  if (!v1?.ExportTraceServiceRequest || !v1.ExportTraceServiceResponse) {
    // Invariant of the installed packages (a broken install if it fires), not of any input.
    throw new Error(`${GENERATED_ROOT} has no opentelemetry.proto.collector.trace.v1 messages (was @opentelemetry/otlp-transformer bumped past 0.216.0?)`);
  }
  messages = v1 as TraceServiceMessages;
  return messages;
}

// Same options for every decoded request: 64-bit integers as decimal strings,
// enums as numbers, bytes as base64 (ids are turned into hex below), repeated
// fields always present, unset fields absent. The result has the OTLP/JSON shape.
const TO_OBJECT = { longs: String, enums: Number, bytes: String, arrays: true, defaults: false };

// ---------------------------------------------------------------------------
// OTLP (JSON shape) → SpanRecord

// Exported for the other readers of OTLP JSON (stdout spans, saved trace files).
export type Obj = Record<string, unknown>;
export type IdEncoding = 'hex' | 'base64';

export const KINDS: readonly SpanKindName[] = ['internal', 'internal', 'server', 'client', 'producer', 'consumer'];
export const KIND_NAMES: Readonly<Record<string, SpanKindName>> = {
  SPAN_KIND_UNSPECIFIED: 'internal',
  SPAN_KIND_INTERNAL: 'internal',
  SPAN_KIND_SERVER: 'server',
  SPAN_KIND_CLIENT: 'client',
  SPAN_KIND_PRODUCER: 'producer',
  SPAN_KIND_CONSUMER: 'consumer',
};
export const STATUSES: readonly StatusName[] = ['UNSET', 'OK', 'ERROR'];
export const STATUS_NAMES: Readonly<Record<string, StatusName>> = { STATUS_CODE_UNSET: 'UNSET', STATUS_CODE_OK: 'OK', STATUS_CODE_ERROR: 'ERROR' };

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field by its lowerCamelCase name, or the proto field name that the protobuf JSON mapping also allows. */
export function field(o: Obj, camel: string): unknown {
  if (camel in o) return o[camel];
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return o[snake];
}

export function list(o: Obj, camel: string): unknown[] {
  const v = field(o, camel);
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new BadRequest(`${camel} is not an array`);
  return v;
}

export function bigint(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return BigInt(Math.trunc(v));
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return BigInt(v.trim());
  return undefined;
}

/** Unix nanoseconds (string or number) → epoch milliseconds, keeping the sub-millisecond part. */
export function nanosToMs(v: unknown): number {
  const ns = bigint(v);
  if (ns === undefined) return 0;
  return Number(ns / 1_000_000n) + Number(ns % 1_000_000n) / 1e6;
}

export function enumValue<T>(v: unknown, byNumber: readonly T[], byName: Readonly<Record<string, T>>, fallback: T): T {
  if (typeof v === 'number') return byNumber[v] ?? fallback;
  if (typeof v === 'string') return byName[v] ?? (/^\d+$/.test(v) ? byNumber[Number(v)] : undefined) ?? fallback;
  return fallback;
}

interface Typed {
  value: AttrValue;
  kind: AttrKind | AttrKind[];
}

/** One AnyValue that is not an array: its value as kept in `attributes`, and its kind. */
function scalar(value: unknown): { value: string | number | boolean; kind: AttrKind } | undefined {
  if (!isObj(value)) return undefined;
  if ('stringValue' in value || 'string_value' in value) return { value: String(field(value, 'stringValue') ?? ''), kind: 'string' };
  if ('boolValue' in value || 'bool_value' in value) {
    const b = field(value, 'boolValue');
    return { value: b === true || b === 'true', kind: 'bool' };
  }
  if ('intValue' in value || 'int_value' in value) {
    // int64 exactly: a JS number only while it is a safe integer, else its decimal string (never rounded).
    const n = bigint(field(value, 'intValue'));
    if (n === undefined) return undefined;
    return { value: n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString(), kind: 'int' };
  }
  if ('doubleValue' in value || 'double_value' in value) return { value: Number(field(value, 'doubleValue')), kind: 'double' };
  if ('bytesValue' in value || 'bytes_value' in value) return { value: String(field(value, 'bytesValue') ?? ''), kind: 'bytes' }; // base64, as in OTLP/JSON
  if ('kvlistValue' in value || 'kvlist_value' in value) {
    const kv = field(value, 'kvlistValue');
    return { value: JSON.stringify(isObj(kv) ? attributes(list(kv, 'values')) : {}), kind: 'kvlist' };
  }
  if ('arrayValue' in value || 'array_value' in value) {
    // An array inside an array: kept as the JSON of its values.
    const arr = field(value, 'arrayValue');
    return { value: JSON.stringify((isObj(arr) ? list(arr, 'values') : []).map((item) => scalar(item)?.value ?? null)), kind: 'array' };
  }
  return undefined;
}

function anyValue(value: unknown): Typed | undefined {
  if (isObj(value) && ('arrayValue' in value || 'array_value' in value)) {
    const arr = field(value, 'arrayValue');
    const values: (string | number | boolean)[] = [];
    const kinds: AttrKind[] = [];
    for (const item of isObj(arr) ? list(arr, 'values') : []) {
      const s = scalar(item);
      if (s === undefined) continue;
      values.push(s.value);
      kinds.push(s.kind);
    }
    return { value: values, kind: kinds };
  }
  return scalar(value);
}

/** OTLP key-values → values and their kinds as sent. */
export function typedAttributes(kvs: unknown[]): { values: Record<string, AttrValue>; types: Record<string, AttrKind | AttrKind[]> } {
  const values: Record<string, AttrValue> = {};
  const types: Record<string, AttrKind | AttrKind[]> = {};
  for (const kv of kvs) {
    if (!isObj(kv) || typeof kv.key !== 'string') continue;
    const v = anyValue(kv.value);
    if (v === undefined) continue;
    values[kv.key] = v.value;
    types[kv.key] = v.kind;
  }
  return { values, types };
}

export function attributes(kvs: unknown[]): Record<string, AttrValue> {
  return typedAttributes(kvs).values;
}

/**
 * Id in the request's encoding → lowercase hex of `bytes` bytes, '' when empty,
 * undefined when invalid (wrong length, not hex, all zero). With `zeroIsEmpty`
 * (parent ids) an all-zero id means "no parent", as some SDKs send it.
 */
export function id(v: unknown, bytes: number, encoding: IdEncoding, zeroIsEmpty = false): string | undefined {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v !== 'string') return undefined;
  let hex: string;
  if (encoding === 'hex') {
    if (!/^[0-9a-fA-F]*$/.test(v)) return undefined;
    hex = v.toLowerCase();
  } else {
    hex = Buffer.from(v, 'base64').toString('hex');
  }
  if (hex.length !== bytes * 2) return undefined;
  if (/^0+$/.test(hex)) return zeroIsEmpty ? '' : undefined;
  return hex;
}

export interface Converted {
  spans: SpanRecord[];
  rejected: number;
  reasons: string[];
}

/** Which side made a span, from its instrumentation scope (the receiver: always the system under test). */
export type SourceOf = (scope: Obj | undefined) => SpanRecord['source'];

/**
 * One OTLP (JSON shape) span → a SpanRecord with the given flattened resource
 * attributes, or the reason it is rejected (invalid ids).
 */
export function convertSpan(s: unknown, resource: Record<string, AttrValue>, encoding: IdEncoding, source: SpanRecord['source'] = 'sut'): SpanRecord | string {
  if (!isObj(s)) return 'span is not an object';
  const label = typeof s.name === 'string' ? `span '${s.name}'` : 'span';
  const traceId = id(field(s, 'traceId'), 16, encoding);
  const spanId = id(field(s, 'spanId'), 8, encoding);
  const parentSpanId = id(field(s, 'parentSpanId'), 8, encoding, true);
  if (!traceId) return `${label}: invalid trace id`;
  if (!spanId) return `${label}: invalid span id`;
  if (parentSpanId === undefined) return `${label}: invalid parent span id`;
  const status = field(s, 'status');
  const attrs = typedAttributes(list(s, 'attributes'));
  const startMs = nanosToMs(field(s, 'startTimeUnixNano'));
  const endRaw = bigint(field(s, 'endTimeUnixNano'));
  const record: SpanRecord = {
    traceId,
    spanId,
    name: typeof s.name === 'string' ? s.name : '',
    kind: enumValue(s.kind, KINDS, KIND_NAMES, 'internal'),
    status: isObj(status) ? enumValue(status.code, STATUSES, STATUS_NAMES, 'UNSET') : 'UNSET',
    attributes: attrs.values,
    types: attrs.types,
    events: list(s, 'events')
      .filter(isObj)
      .map((e) => ({
        name: typeof e.name === 'string' ? e.name : '',
        timeMs: nanosToMs(field(e, 'timeUnixNano')),
        attributes: attributes(list(e, 'attributes')),
      })),
    startMs,
    // A span without an end never ended: it is kept, flagged, and judged malformed.
    endMs: endRaw === undefined || endRaw === 0n ? startMs : nanosToMs(endRaw),
    resource,
    source,
  };
  if (endRaw === undefined || endRaw === 0n) record.endMissing = true;
  if (parentSpanId) record.parentSpanId = parentSpanId;
  if (isObj(status) && typeof status.message === 'string' && status.message) record.statusMessage = status.message;
  return record;
}

/**
 * An ExportTraceServiceRequest (JSON shape) → SpanRecords. Throws BadRequest
 * when the request's structure is wrong; invalid spans are counted as rejected.
 * `sourceOf` decides runner/sut by scope (default: every span is the system under test's).
 */
export function convertRequest(body: unknown, encoding: IdEncoding, sourceOf: SourceOf = () => 'sut'): Converted {
  if (!isObj(body)) throw new BadRequest('request is not an object');
  const out: Converted = { spans: [], rejected: 0, reasons: [] };
  const reject = (reason: string) => {
    out.rejected++;
    if (out.reasons.length < 3) out.reasons.push(reason);
  };
  for (const rs of list(body, 'resourceSpans')) {
    if (!isObj(rs)) throw new BadRequest('resourceSpans entry is not an object');
    const res = field(rs, 'resource');
    const resource = attributes(isObj(res) ? list(res, 'attributes') : []);
    for (const ss of list(rs, 'scopeSpans')) {
      if (!isObj(ss)) throw new BadRequest('scopeSpans entry is not an object');
      const scope = field(ss, 'scope');
      const source = sourceOf(isObj(scope) ? scope : undefined);
      for (const s of list(ss, 'spans')) {
        const converted = convertSpan(s, resource, encoding, source);
        if (typeof converted === 'string') reject(converted);
        else out.spans.push(converted);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// HTTP

/** The request (or a part of it) does not have the OTLP shape; the receiver answers 400. */
export class BadRequest extends Error {}
class TooLarge extends Error {}

type Format = 'json' | 'protobuf';

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
    body = traceServiceMessages().ExportTraceServiceResponse.encode(partial ? { partialSuccess: partial } : {}).finish();
  }
  res.writeHead(200, {
    'Content-Type': format === 'json' ? 'application/json' : 'application/x-protobuf',
    'Content-Length': body.length,
  });
  res.end(body);
}

/** The request decoded, before any span is converted: the JSON value or the protobuf message. */
function decode(body: Buffer, format: Format): unknown {
  if (format === 'json') {
    try {
      return JSON.parse(body.length ? body.toString('utf8') : '{}');
    } catch (err) {
      throw new BadRequest(`invalid JSON: ${(err as Error).message}`);
    }
  }
  try {
    return traceServiceMessages().ExportTraceServiceRequest.decode(body);
  } catch (err) {
    throw new BadRequest(`invalid protobuf: ${(err as Error).message}`);
  }
}

/** The decoded request in the OTLP/JSON shape (a protobuf message goes through the generated toObject). */
function asJsonShape(decoded: unknown, format: Format): unknown {
  if (format === 'json') return decoded;
  const { ExportTraceServiceRequest } = traceServiceMessages();
  return ExportTraceServiceRequest.toObject(decoded, TO_OBJECT);
}

/** How many spans a decoded request carries, without converting any (cheap: dropped requests are only counted). */
export function countSpans(decoded: unknown): number {
  if (!isObj(decoded)) throw new BadRequest('request is not an object');
  let n = 0;
  for (const rs of list(decoded, 'resourceSpans')) {
    if (!isObj(rs)) throw new BadRequest('resourceSpans entry is not an object');
    for (const ss of list(rs, 'scopeSpans')) {
      if (!isObj(ss)) throw new BadRequest('scopeSpans entry is not an object');
      n += list(ss, 'spans').length;
    }
  }
  return n;
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
  traceServiceMessages(); // fail now, not at the first protobuf request

  const received: SpanRecord[] = [];
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
      const decoded = decode(body, format);
      const count = countSpans(decoded);
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
      const { spans, rejected, reasons } = convertRequest(asJsonShape(decoded, format), format === 'json' ? 'hex' : 'base64');
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
    spans: () => [...received],
    spansFor: (traceId: string) => received.filter((s) => s.traceId === traceId.toLowerCase()),
    waitForQuiet(ms: number, maxMs = QUIET_CAP_MS) {
      const since = Date.now();
      const deadline = since + Math.max(ms, maxMs);
      return new Promise<void>((resolve) => {
        const check = () => {
          const now = Date.now();
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
