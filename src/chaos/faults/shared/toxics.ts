/**
 * What the toxics of a `[proxy.NAME]` TCP fault proxy (Toxiproxy style) share:
 * their description but for the doc, their common parameters (`proxy`,
 * `direction`, `toxicity`), and their verb: one toxic added through the
 * proxy's control API, listed back, and removed on revert. Spans
 * clnrm.network.chaos, healed under clnrm.network.recovery.
 *
 * The toxic's seed is drawn from the injection's seeded generator, so the same
 * run seed gives the same jitter, slice sizes and toxicity decisions (given
 * the same sequence of connections through the proxy).
 *
 * Evidence: the proxy lists the toxic back with the type and attributes sent,
 * and, read back before the revert, it acted on traffic (a connection it was
 * drawn toxic for carried data through it). A toxic nobody's traffic met
 * changed nothing: not injected.
 */
import { ChaosError } from '../../../common/errors.js';
import type { FaultSpec } from '../../../load/index.js';
import { notObserved, observed } from '../../evidence.js';
import type { Evidence, FaultKind, InjectContext, InjectResult, JsonSchema } from '../../types.js';
import { numberParam } from './params.js';

/** What every toxic is told: where, which way, to how many connections. */
export interface ToxicCommon {
  proxy: string;
  stream: 'upstream' | 'downstream';
  toxicity: number;
}

/** The description every toxic shares. */
export const TOXIC = {
  revert: 'removes the toxic',
  evidence: '`toxic.listed` (the proxy lists the toxic with the attributes sent), `toxic.connections_affected`, `toxic.chunks_affected` (before the revert)',
  notInjectedWhen: 'the proxy does not list it; no traffic went through the proxy while it was active (or no connection was drawn toxic)',
  references: { proxy: 'proxy' },
  targets: 'proxy',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
} as const satisfies Partial<FaultKind>;

/** The parameters every toxic takes, before its own. */
export const TOXIC_PARAMS: Readonly<Record<string, JsonSchema>> = {
  proxy: { $ref: '#/$defs/identifier', description: 'The `[proxy.NAME]` the toxic is added to.' },
  direction: { enum: ['upstream', 'downstream'], default: 'downstream' },
  toxicity: { type: 'number', minimum: 0, maximum: 1, default: 1, description: 'Share of connections affected (drawn from the seed).' },
};

/** A duration parameter of a toxic. */
export const ms = (description: string) => ({ $ref: '#/$defs/durationMs', description });

/**
 * Decodes a toxic's parameters: the common ones, and its own through `own`,
 * which reads numbers ≥ 0 (with their defaults) naming the kind when one is unusable.
 */
export function decodeToxic<P>(kind: string, p: FaultSpec['params'], own: (num: (key: string, fallback?: number) => number) => P): ToxicCommon & P {
  const num = (key: string, fallback?: number) => numberParam(kind, p, key, fallback);
  const common: ToxicCommon = { proxy: String(p.proxy), stream: p.direction === 'upstream' ? 'upstream' : 'downstream', toxicity: num('toxicity', 1) };
  return { ...common, ...own(num) };
}

export interface ListedToxic {
  name: string;
  type: string;
  stream: string;
  attributes: Record<string, number | string>;
  connections_affected?: number;
  chunks_affected?: number;
  /** HTTP toxics: requests read, matching the filter, answered with an error, held. */
  requests_seen?: number;
  requests_matched?: number;
  requests_failed?: number;
  requests_delayed?: number;
  connections_unparsed?: number;
}

const CONTROL_TIMEOUT_MS = 10_000;

async function listToxics(controlUrl: string): Promise<ListedToxic[]> {
  const res = await fetch(`${controlUrl}/toxics`, { signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS) });
  if (res.status !== 200) throw new ChaosError(`the proxy answered HTTP ${res.status} to GET /toxics`);
  return (await res.json()) as ListedToxic[];
}

type Attrs = Record<string, string | number | boolean>;

export interface ToxicParams {
  /** Attributes sent to the proxy (Toxiproxy's names). */
  toxic: Record<string, number | string>;
  /** The same values for the span, with units in their names. */
  span: Attrs;
  /** What the toxic did to traffic, read back before the revert (default: a connection it was drawn toxic for carried data). */
  acted?: (listed: ListedToxic) => Evidence;
}

/** The verb of a toxic: adds the toxic `serverType` (the proxy's name for it) with the attributes `own` gives, to the proxy `p` names. */
export async function addToxic(ctx: InjectContext, p: ToxicCommon, serverType: string, own: ToxicParams): Promise<InjectResult> {
  const proxyName = p.proxy;
  const proxy = ctx.proxies?.get(proxyName);
  if (!proxy) throw new ChaosError(`proxy ${proxyName} is not running in this scenario`, { location: { keyPath: `${ctx.fault.keyPath}.proxy` } });
  const { stream, toxicity } = p;
  // JSON drops undefined attributes: send (and compare) only the ones set.
  const toxic = Object.fromEntries(Object.entries(own.toxic).filter(([, v]) => v !== undefined));
  const seed = Math.floor(ctx.rng.next() * 0x1_0000_0000);
  // Recorded in spans, so it must not carry the run id.
  const name = ctx.injectionName;
  const { span } = own;
  const res = await fetch(`${proxy.controlUrl}/toxics`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, type: serverType, stream, toxicity, attributes: toxic, seed }),
    signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS),
  });
  if (res.status !== 200) throw new ChaosError(`proxy ${proxyName} refused the ${serverType} toxic: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  const listed = (await listToxics(proxy.controlUrl)).find((t) => t.name === name);
  const same = listed !== undefined && listed.type === serverType && listed.stream === stream && Object.entries(toxic).every(([k, v]) => listed.attributes[k] === v);
  const observe = async (): Promise<Evidence> => {
    const now = (await listToxics(proxy.controlUrl)).find((t) => t.name === name);
    const attrs = { 'toxic.connections_affected': now?.connections_affected ?? 0, 'toxic.chunks_affected': now?.chunks_affected ?? 0 };
    if (!now) return notObserved(`proxy ${proxyName} no longer lists the toxic ${name}`, attrs);
    if (own.acted) {
      const e = own.acted(now);
      return { ...e, attributes: { ...attrs, ...e.attributes } };
    }
    return (now.connections_affected ?? 0) > 0 ? observed(attrs) : notObserved(`no traffic went through proxy ${proxyName} while the ${serverType} toxic was active`, attrs);
  };
  const attributes = {
    'chaos.type': ctx.fault.type,
    'proxy.name': proxyName,
    'toxic.name': name,
    'toxic.stream': stream,
    'toxic.toxicity': toxicity,
    'toxic.seed': seed,
    ...span,
    'toxic.listed': same,
  };
  return {
    evidence: same ? observed(attributes) : notObserved(`proxy ${proxyName} does not list the ${serverType} toxic ${name} as sent`, attributes),
    observe,
    revert: async () => {
      const r = await fetch(`${proxy.controlUrl}/toxics/${encodeURIComponent(name)}`, { method: 'DELETE', signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS) });
      const gone = !(await listToxics(proxy.controlUrl)).some((t) => t.name === name);
      return { strategy: 'remove_toxic', success: r.status === 204 && gone, attributes: { 'proxy.name': proxyName, 'toxic.name': name } };
    },
  };
}
