/**
 * The canonical form of a trace and its SHA-256 digest (documented for users
 * in docs/digest.md): a tree of spans from the roots down, with everything
 * that changes from one run of the same suite and seed to the next (ids,
 * times, container names, ports, status messages...) removed, and siblings
 * in an order that does not depend on which span finished first.
 *
 * Serialization is RFC 8785 (JSON Canonicalization Scheme) by the `canonicalize`
 * package (erdtman/canonicalize, Apache-2.0, no dependencies). It is the
 * reference implementation listed by the RFC's authors, ships ESM with its own
 * types, and runs on Node 20 (it needs String.prototype.isWellFormed, Node ≥ 20).
 * Writing JCS by hand means re-deriving ECMAScript number serialization and
 * UTF-16 key ordering; the package already does exactly that.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { matchesPattern } from '../common/span-names.js';
import type { SuiteRun } from '../runtime/suite.js';
import type { AttrValue, SpanKindName, SpanRecord, StatusName } from '../telemetry/span-record.js';

export type CanonicalScalar = string | number | boolean;
export type CanonicalValue = CanonicalScalar | CanonicalScalar[];

export interface CanonicalEvent {
  name: string;
  attributes: Record<string, CanonicalValue>;
}

export interface CanonicalNode {
  name: string;
  kind: SpanKindName;
  status: StatusName;
  attributes: Record<string, CanonicalValue>;
  /** Sorted by name, then by canonical JSON (attributes). */
  events: CanonicalEvent[];
  /** Sorted by name, then by canonical JSON of the whole child subtree. */
  children: CanonicalNode[];
}

/**
 * Attribute keys whose values differ between two runs of the same suite with
 * the same seed. Each is left out of span and event attributes alike; the
 * reason of each is in docs/digest.md.
 */
export const VOLATILE_KEYS: readonly string[] = [
  // Engine-assigned or run-specific resource names (they embed the run id).
  ...['container.name', 'network.name', 'volume.name'],
  // Processes, hosts and threads.
  ...['process.parent_pid', 'host.name', 'host.ip', 'thread.name'],
  // Network endpoints: addresses and (ephemeral) ports handed out by the engine, in current and older conventions.
  ...['server.address', 'server.port', 'client.address', 'client.port'],
  ...['network.peer.address', 'network.peer.port', 'network.local.address', 'network.local.port'],
  ...['net.peer.name', 'net.peer.ip', 'net.peer.port', 'net.host.name', 'net.host.ip', 'net.host.port'],
  ...['net.sock.peer.addr', 'net.sock.peer.port', 'net.sock.host.addr', 'net.sock.host.port'],
  // Ids in snake case or as a W3C header (dotted ids are caught by the `.id` suffix).
  ...['trace_id', 'span_id', 'traceparent'],
  // Measured times and amounts of the host (configured values such as timeout.ms stay).
  ...['ready.ms', 'duration.ms', 'disk.free_kb', 'disk.written_kb'],
  // Fault evidence counted on live traffic (retransmits, TCP segmentation): whether it is > 0 shows in chaos.injected.
  ...['rules.packets_matched', 'toxic.connections_affected', 'toxic.chunks_affected'],
  // The same for HTTP requests through the proxy while an HTTP fault was active, and a clock read inside a target.
  ...['http.requests_seen', 'http.requests_matched', 'http.requests_failed', 'http.requests_delayed', 'http.connections_unparsed', 'clock.skew_observed_ms'],
  // Measured durations of delayed syscalls (whether each took at least the delay stays, in syscall.delay_observed).
  ...['syscall.delay_min_ms', 'syscall.delay_max_ms'],
  // Free text that embeds ids, addresses and paths.
  ...['message', 'error.message', 'exception.message', 'exception.stacktrace'],
];

/** Key suffixes that make an attribute volatile: `container.id`, `run.id`, `process.pid`, `clnrm.pid`... */
export const VOLATILE_SUFFIXES: readonly string[] = ['.id', '.pid'];

/**
 * Key prefixes that make an attribute volatile: `kpi.*`, the experiment's KPIs, measured from probe samples
 * (docs/experiments.md); `syscall.live.*`, syscalls counted in processes attached while they ran.
 */
export const VOLATILE_PREFIXES: readonly string[] = ['kpi.', 'syscall.live.'];

/**
 * Spans left out of the canonical trace: measurements whose number depends on
 * timing (`clnrm.probe`, one per steady-state probe sample). They stay in report.json.
 */
export const MEASUREMENT_SPANS: readonly string[] = ['clnrm.probe'];

/** True when the attribute key is left out of the canonical trace. `exclude` entries may use `*`. */
export function isVolatileKey(key: string, exclude: readonly string[] = []): boolean {
  if (VOLATILE_KEYS.includes(key)) return true;
  if (VOLATILE_PREFIXES.some((p) => key.startsWith(p))) return true;
  if (VOLATILE_SUFFIXES.some((s) => key.endsWith(s))) return true;
  return exclude.some((pattern) => matchesPattern(key, pattern));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lone UTF-16 surrogates (not representable in UTF-8, rejected by RFC 8785) become U+FFFD. */
const wellFormed = (s: string): string => s.replace(/\p{Cs}/gu, '\uFFFD');

function canonicalScalar(v: string | number | boolean): CanonicalScalar {
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string') return wellFormed(v);
  return v;
}

function canonicalAttributes(attrs: Readonly<Record<string, AttrValue>>, exclude: readonly string[]): Record<string, CanonicalValue> {
  const out: Record<string, CanonicalValue> = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || isVolatileKey(key, exclude)) continue;
    out[wellFormed(key)] = Array.isArray(value) ? value.map(canonicalScalar) : canonicalScalar(value as CanonicalScalar);
  }
  return out;
}

/** RFC 8785 serialization of a canonical trace (or any part of it). */
export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new TypeError('value has no JSON representation');
  return json;
}

const memo = new WeakMap<object, string>();
function jsonOf(value: CanonicalNode | CanonicalEvent): string {
  let json = memo.get(value);
  if (json === undefined) {
    json = canonicalJson(value);
    memo.set(value, json);
  }
  return json;
}

/** Orders nodes (or events) by name, then by their canonical JSON. */
export function canonicalOrder<T extends CanonicalNode | CanonicalEvent>(items: T[]): T[] {
  return items.sort((a, b) => compare(a.name, b.name) || compare(jsonOf(a), jsonOf(b)));
}

/**
 * The canonical trace: one tree per root span (a span without a parent, or whose
 * parent is not in the trace), volatile values removed, siblings sorted.
 */
export function canonicalTrace(all: readonly SpanRecord[], exclude: readonly string[]): CanonicalNode[] {
  const spans = all.filter((s) => !(s.source === 'runner' && MEASUREMENT_SPANS.includes(s.name)));
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string, SpanRecord[]>();
  const roots: SpanRecord[] = [];
  for (const s of spans) {
    if (s.parentSpanId && s.parentSpanId !== s.spanId && ids.has(s.parentSpanId)) {
      const list = children.get(s.parentSpanId) ?? [];
      list.push(s);
      children.set(s.parentSpanId, list);
    } else {
      roots.push(s);
    }
  }
  const visited = new Set<SpanRecord>();
  const build = (span: SpanRecord): CanonicalNode => {
    visited.add(span);
    const kids = (children.get(span.spanId) ?? []).filter((c) => !visited.has(c));
    return {
      name: wellFormed(span.name),
      kind: span.kind,
      status: span.status,
      attributes: canonicalAttributes(span.attributes, exclude),
      events: canonicalOrder(span.events.map((e) => ({ name: wellFormed(e.name), attributes: canonicalAttributes(e.attributes, exclude) }))),
      children: canonicalOrder(kids.map(build)),
    };
  };
  const trees = roots.map(build);
  // Spans only reachable through a parent cycle (malformed input): each cycle is
  // cut at its earliest span, which becomes a root.
  const rest = spans.filter((s) => !visited.has(s)).sort((a, b) => a.startMs - b.startMs || compare(a.name, b.name));
  for (const s of rest) if (!visited.has(s)) trees.push(build(s));
  return canonicalOrder(trees);
}

/** Puts a parsed trace (e.g. read back from a file) in canonical sibling order again. */
export function normalizeTrace(nodes: CanonicalNode[]): CanonicalNode[] {
  return canonicalOrder(
    nodes.map((n) => ({
      name: n.name,
      kind: n.kind,
      status: n.status,
      attributes: n.attributes ?? {},
      events: canonicalOrder((n.events ?? []).map((e) => ({ name: e.name, attributes: e.attributes ?? {} }))),
      children: normalizeTrace(n.children ?? []),
    })),
  );
}

/** Lower-case hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 (hex) of the RFC 8785 serialization of the canonical trace. */
export function traceDigest(spans: readonly SpanRecord[], exclude: readonly string[]): string {
  return sha256Hex(canonicalJson(canonicalTrace(spans, exclude)));
}

/**
 * Milliseconds added to every reported time: `freeze_clock − run start` when
 * the suite sets `[determinism] freeze_clock`, else 0.
 */
export function clockShiftMs(run: Pick<SuiteRun, 'suite' | 'startedAt'>): number {
  const frozen = run.suite.determinism.freezeClock;
  if (!frozen) return 0;
  const at = Date.parse(frozen);
  return Number.isFinite(at) ? at - run.startedAt : 0;
}

/**
 * The spans with their start, end and event times shifted so the run starts at
 * the frozen clock. Durations and offsets between spans stay as measured.
 * Without `freeze_clock` the spans come back unchanged (as copies).
 */
export function applyFrozenClock(spans: readonly SpanRecord[], run: Pick<SuiteRun, 'suite' | 'startedAt'>): SpanRecord[] {
  const shift = clockShiftMs(run);
  return spans.map((s) => ({
    ...s,
    startMs: s.startMs + shift,
    endMs: s.endMs + shift,
    events: s.events.map((e) => ({ ...e, timeMs: e.timeMs + shift })),
  }));
}
