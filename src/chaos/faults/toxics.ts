/**
 * Toxics of a `[proxy.NAME]` TCP fault proxy (Toxiproxy style): each fault
 * adds one toxic through the proxy's control API and removes it on revert.
 * Spans clnrm.network.chaos, healed under clnrm.network.recovery.
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
import { notObserved, observed } from '../evidence.js';
import { ChaosError } from '../../common/errors.js';
import type { Evidence, FaultType, InjectContext } from '../types.js';

interface ListedToxic {
  name: string;
  type: string;
  stream: string;
  attributes: Record<string, number>;
  connections_affected?: number;
  chunks_affected?: number;
}

async function listToxics(controlUrl: string): Promise<ListedToxic[]> {
  const res = await fetch(`${controlUrl}/toxics`, { signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS) });
  if (res.status !== 200) throw new ChaosError(`the proxy answered HTTP ${res.status} to GET /toxics`);
  return (await res.json()) as ListedToxic[];
}

type Attrs = Record<string, string | number | boolean>;

interface ToxicParams {
  /** Attributes sent to the proxy (Toxiproxy's names). */
  toxic: Record<string, number>;
  /** The same values for the span, with units in their names. */
  span: Attrs;
}

const CONTROL_TIMEOUT_MS = 10_000;

function param(ctx: InjectContext, key: string, fallback?: number): number {
  const v = ctx.fault.params[key];
  if (v === undefined || v === null) {
    if (fallback === undefined) throw new ChaosError(`${ctx.fault.type} needs ${key}`, { location: { keyPath: ctx.fault.keyPath } });
    return fallback;
  }
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new ChaosError(`${ctx.fault.type}: ${key} must be a number ≥ 0, not ${JSON.stringify(v)}`, { location: { keyPath: `${ctx.fault.keyPath}.${key}` } });
  return n;
}

/** One FaultType per toxic: `serverType` is the proxy's name for it, `params` reads the fault's parameters. */
function toxicFault(serverType: string, doc: string, params: (ctx: InjectContext) => ToxicParams): FaultType {
  return {
    doc,
    spanName: () => 'clnrm.network.chaos',
    recoverySpanName: 'clnrm.network.recovery',
    perTarget: false,
    async inject(ctx) {
      const proxyName = String(ctx.fault.params.proxy);
      const proxy = ctx.proxies?.get(proxyName);
      if (!proxy) throw new ChaosError(`proxy ${proxyName} is not running in this scenario`, { location: { keyPath: `${ctx.fault.keyPath}.proxy` } });
      const stream = ctx.fault.params.direction === 'upstream' ? 'upstream' : 'downstream';
      const toxicity = param(ctx, 'toxicity', 1);
      const seed = Math.floor(ctx.rng.next() * 0x1_0000_0000);
      // Recorded in spans, so it must not carry the run id.
      const name = ctx.injectionName;
      const { toxic, span } = params(ctx);
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
    },
  };
}

export const latency = toxicFault('latency', 'Delays each chunk through the proxy by latency_ms ± jitter_ms.', (ctx) => {
  const [ms, jitter] = [param(ctx, 'latency_ms'), param(ctx, 'jitter_ms', 0)];
  return { toxic: { latency: ms, jitter }, span: { 'latency.ms': ms, 'jitter.ms': jitter } };
});

export const bandwidth = toxicFault('bandwidth', 'Limits the proxy to rate_kbps KB/s.', (ctx) => {
  const rate = param(ctx, 'rate_kbps');
  return { toxic: { rate }, span: { 'rate.kbps': rate } };
});

export const slowClose = toxicFault('slow_close', 'Delays closing connections through the proxy by delay_close_ms.', (ctx) => {
  const delay = param(ctx, 'delay_close_ms');
  return { toxic: { delay }, span: { 'delay_close.ms': delay } };
});

export const proxyTimeout = toxicFault(
  'timeout',
  'Stops forwarding data and closes the connection after timeout_close_ms (0: never closes; data flows again when removed).',
  (ctx) => {
    const timeout = param(ctx, 'timeout_close_ms', 0);
    return { toxic: { timeout }, span: { 'timeout_close.ms': timeout } };
  },
);

export const resetPeer = toxicFault('reset_peer', 'Resets connections (TCP RST) timeout_close_ms after their first data (default at once).', (ctx) => {
  const timeout = param(ctx, 'timeout_close_ms', 0);
  return { toxic: { timeout }, span: { 'reset.timeout.ms': timeout } };
});

export const slicer = toxicFault('slicer', 'Slices data into chunks of average_size ± size_variation bytes, 1 ms apart.', (ctx) => {
  const [size, variation] = [param(ctx, 'average_size'), param(ctx, 'size_variation', 0)];
  return { toxic: { average_size: size, size_variation: variation }, span: { 'slice.average.bytes': size, 'slice.variation.bytes': variation } };
});

export const limitData = toxicFault('limit_data', 'Closes the connection once `bytes` bytes went through the proxy.', (ctx) => {
  const bytes = param(ctx, 'bytes');
  return { toxic: { bytes }, span: { 'limit.bytes': bytes } };
});
