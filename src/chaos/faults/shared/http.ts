/**
 * What the HTTP faults of a `[proxy.NAME]` TCP fault proxy share (http_error,
 * http_slow): which requests they act on (`method`, `path_prefix`, `rate`),
 * their description, and the evidence read back before the revert (requests
 * the proxy parsed, matched and acted on). The proxy numbers the matching
 * requests 1, 2, 3, … and chooses request i when the seeded draw for i is
 * below `rate`: the same seed chooses the same request numbers.
 */
import type { FaultSpec } from '../../../load/index.js';
import { notObserved, observed } from '../../evidence.js';
import type { Attrs, Evidence, FaultKind, JsonSchema } from '../../types.js';
import { numberParam } from './params.js';
import type { ListedToxic } from './toxics.js';

export interface HttpFilter {
  proxy: string;
  method?: string;
  pathPrefix?: string;
  rate: number;
}

export const HTTP_TOXIC = {
  revert: 'removes the toxic (requests pass untouched again)',
  notInjectedWhen: 'the proxy does not list it; no request through the proxy matched `method`/`path_prefix` while it was active, or the seeded draws chose none of the matching requests',
  references: { proxy: 'proxy' },
  targets: 'proxy',
  span: 'clnrm.network.chaos',
  recoverySpan: 'clnrm.network.recovery',
} as const satisfies Partial<FaultKind>;

export const HTTP_FILTER_PARAMS: Readonly<Record<string, JsonSchema>> = {
  proxy: { $ref: '#/$defs/identifier', description: 'The `[proxy.NAME]` whose HTTP/1.x requests the fault acts on.' },
  method: { type: 'string', pattern: '^[A-Za-z]+$', description: 'Only requests with this method (any when absent).' },
  path_prefix: { type: 'string', pattern: '^/', description: 'Only requests whose path starts with this (any when absent).' },
  rate: { type: 'number', minimum: 0, maximum: 1, default: 1, description: 'Share of the matching requests acted on: request i (numbered in the order the proxy reads them) when the seeded draw for i is below it.' },
};

export function decodeHttpFilter(kind: string, p: FaultSpec['params']): HttpFilter {
  const rate = numberParam(kind, p, 'rate', 1);
  if (rate > 1) throw new Error(`${kind}: rate must be within 0..1, not ${rate}`);
  return {
    proxy: String(p.proxy),
    ...(typeof p.method === 'string' ? { method: p.method.toUpperCase() } : {}),
    ...(typeof p.path_prefix === 'string' ? { pathPrefix: p.path_prefix } : {}),
    rate,
  };
}

/** The filter as the proxy's toxic attributes, and as span attributes. */
export function filterAttributes(f: HttpFilter): { toxic: Record<string, number | string>; span: Attrs } {
  return {
    toxic: { rate: f.rate, ...(f.method ? { method: f.method } : {}), ...(f.pathPrefix ? { path_prefix: f.pathPrefix } : {}) },
    span: { 'http.rate': f.rate, ...(f.method ? { 'http.method': f.method } : {}), ...(f.pathPrefix ? { 'http.path_prefix': f.pathPrefix } : {}) },
  };
}

/** Evidence from the proxy's counts: requests matched, and how many of them the fault acted on (`acted`: failed or delayed). */
export function requestsActedOn(what: 'failed' | 'delayed'): (t: ListedToxic) => Evidence {
  return (t) => {
    const matched = t.requests_matched ?? 0;
    const acted = (what === 'failed' ? t.requests_failed : t.requests_delayed) ?? 0;
    const attrs = {
      'http.requests_seen': t.requests_seen ?? 0,
      'http.requests_matched': matched,
      [`http.requests_${what}`]: acted,
      'http.connections_unparsed': t.connections_unparsed ?? 0,
    };
    if (acted > 0) return observed(attrs);
    if (matched === 0) return notObserved('no HTTP request through the proxy matched the fault\'s method/path_prefix while it was active', attrs);
    return notObserved(`${matched} request(s) matched, but the seeded draws at rate ${t.attributes.rate} chose none of them`, attrs);
  };
}
