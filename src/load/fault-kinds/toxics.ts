/**
 * Toxics of a `[proxy.NAME]` TCP fault proxy: each adds one toxic to the
 * proxy named by `proxy`, per direction, to a share `toxicity` of the
 * connections. Spans clnrm.network.chaos, healed under clnrm.network.recovery.
 */
import { faultKind, numberParam, type FaultKind, type JsonSchema } from './kind.js';

/** What every toxic is told: where, which way, to how many connections. */
export interface ToxicCommon {
  proxy: string;
  stream: 'upstream' | 'downstream';
  toxicity: number;
}

const COMMON_PARAMS: Readonly<Record<string, JsonSchema>> = {
  proxy: { $ref: '#/$defs/identifier', description: 'The `[proxy.NAME]` the toxic is added to.' },
  direction: { enum: ['upstream', 'downstream'], default: 'downstream' },
  toxicity: { type: 'number', minimum: 0, maximum: 1, default: 1, description: 'Share of connections affected (drawn from the seed).' },
};

/** One toxic kind: the common parameters plus its own, decoded by `own` (numbers ≥ 0, with their defaults). */
function toxicKind<P>(
  kind: string,
  doc: string,
  params: Readonly<Record<string, JsonSchema>>,
  required: readonly string[],
  own: (num: (key: string, fallback?: number) => number) => P,
): FaultKind<ToxicCommon & P> {
  return faultKind({
    kind,
    doc,
    revert: 'removes the toxic',
    evidence: '`toxic.listed` (the proxy lists the toxic with the attributes sent), `toxic.connections_affected`, `toxic.chunks_affected` (before the revert)',
    notInjectedWhen: 'the proxy does not list it; no traffic went through the proxy while it was active (or no connection was drawn toxic)',
    params: { ...COMMON_PARAMS, ...params },
    required: ['proxy', ...required],
    references: { proxy: 'proxy' },
    targets: 'proxy',
    span: 'clnrm.network.chaos',
    recoverySpan: 'clnrm.network.recovery',
    decode: (p) => {
      const num = (key: string, fallback?: number) => numberParam(kind, p, key, fallback);
      const common: ToxicCommon = { proxy: String(p.proxy), stream: p.direction === 'upstream' ? 'upstream' : 'downstream', toxicity: num('toxicity', 1) };
      return { ...common, ...own(num) };
    },
  });
}

const ms = (description: string) => ({ $ref: '#/$defs/durationMs', description });

export const latency = toxicKind(
  'latency',
  'delays each chunk through the proxy by `latency_ms` ± `jitter_ms`',
  { latency_ms: ms('Delay of each chunk.'), jitter_ms: ms('Random spread of the delay, drawn from the seed (default 0).') },
  ['latency_ms'],
  (num) => ({ latencyMs: num('latency_ms'), jitterMs: num('jitter_ms', 0) }),
);

export const bandwidth = toxicKind(
  'bandwidth',
  'limits the proxy to `rate_kbps` KB/s',
  { rate_kbps: { type: 'integer', minimum: 1, description: 'Bandwidth in KB/s.' } },
  ['rate_kbps'],
  (num) => ({ rateKbps: num('rate_kbps') }),
);

export const slowClose = toxicKind(
  'slow_close',
  'delays closing connections through the proxy by `delay_close_ms`',
  { delay_close_ms: ms('Delay before a connection is closed.') },
  ['delay_close_ms'],
  (num) => ({ delayCloseMs: num('delay_close_ms') }),
);

export const proxyTimeout = toxicKind(
  'proxy_timeout',
  'stops forwarding data and closes the connection after `timeout_close_ms` (0: never closes; data flows again when removed)',
  { timeout_close_ms: ms('Time until the connection is closed (default 0: never).') },
  [],
  (num) => ({ timeoutCloseMs: num('timeout_close_ms', 0) }),
);

export const resetPeer = toxicKind(
  'reset_peer',
  'resets connections (TCP RST) `timeout_close_ms` after their first data (default at once)',
  { timeout_close_ms: ms('Time after the first data until the reset (default 0: at once).') },
  [],
  (num) => ({ timeoutCloseMs: num('timeout_close_ms', 0) }),
);

export const slicer = toxicKind(
  'slicer',
  'slices data into chunks of `average_size` ± `size_variation` bytes, 1 ms apart',
  {
    average_size: { type: 'integer', minimum: 1, description: 'Average size of a chunk in bytes.' },
    size_variation: { type: 'integer', minimum: 0, description: 'Random spread of the chunk size in bytes (default 0).' },
  },
  ['average_size'],
  (num) => ({ averageSizeBytes: num('average_size'), sizeVariationBytes: num('size_variation', 0) }),
);

export const limitData = toxicKind(
  'limit_data',
  'closes the connection once `bytes` bytes went through the proxy',
  { bytes: { type: 'integer', minimum: 0, description: 'Bytes let through before the connection is closed.' } },
  ['bytes'],
  (num) => ({ bytes: num('bytes') }),
);
