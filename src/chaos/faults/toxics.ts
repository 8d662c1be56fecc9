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
import type { FaultKind } from '../../load/fault-kinds/index.js';
import * as kinds from '../../load/fault-kinds/toxics.js';
import { defineFault, type Evidence, type FaultType } from '../types.js';
import { ChaosError } from '../../common/errors.js';

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

/** One FaultType per toxic kind: `serverType` is the proxy's name for it, `toxicOf` maps the decoded parameters to the toxic and span attributes. */
function toxicFault<P extends kinds.ToxicCommon>(kind: FaultKind<P>, serverType: string, toxicOf: (p: P) => ToxicParams): FaultType<P> {
  return defineFault(kind, async (ctx, p) => {
    const proxyName = p.proxy;
    const proxy = ctx.proxies?.get(proxyName);
    if (!proxy) throw new ChaosError(`proxy ${proxyName} is not running in this scenario`, { location: { keyPath: `${ctx.fault.keyPath}.proxy` } });
    const { stream, toxicity } = p;
    const seed = Math.floor(ctx.rng.next() * 0x1_0000_0000);
    // Recorded in spans, so it must not carry the run id.
    const name = ctx.injectionName;
    const { toxic, span } = toxicOf(p);
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
  });
}

export const latency = toxicFault(kinds.latency, 'latency', (p) => ({ toxic: { latency: p.latencyMs, jitter: p.jitterMs }, span: { 'latency.ms': p.latencyMs, 'jitter.ms': p.jitterMs } }));

export const bandwidth = toxicFault(kinds.bandwidth, 'bandwidth', (p) => ({ toxic: { rate: p.rateKbps }, span: { 'rate.kbps': p.rateKbps } }));

export const slowClose = toxicFault(kinds.slowClose, 'slow_close', (p) => ({ toxic: { delay: p.delayCloseMs }, span: { 'delay_close.ms': p.delayCloseMs } }));

export const proxyTimeout = toxicFault(kinds.proxyTimeout, 'timeout', (p) => ({ toxic: { timeout: p.timeoutCloseMs }, span: { 'timeout_close.ms': p.timeoutCloseMs } }));

export const resetPeer = toxicFault(kinds.resetPeer, 'reset_peer', (p) => ({ toxic: { timeout: p.timeoutCloseMs }, span: { 'reset.timeout.ms': p.timeoutCloseMs } }));

export const slicer = toxicFault(kinds.slicer, 'slicer', (p) => ({
  toxic: { average_size: p.averageSizeBytes, size_variation: p.sizeVariationBytes },
  span: { 'slice.average.bytes': p.averageSizeBytes, 'slice.variation.bytes': p.sizeVariationBytes },
}));

export const limitData = toxicFault(kinds.limitData, 'limit_data', (p) => ({ toxic: { bytes: p.bytes }, span: { 'limit.bytes': p.bytes } }));
