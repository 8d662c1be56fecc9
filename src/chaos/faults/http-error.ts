/** http_error: the proxy answers a seeded share of the matching HTTP requests with an error status, without forwarding them. */
import { defineFault } from '../types.js';
import { decodeHttpFilter, filterAttributes, HTTP_FILTER_PARAMS, HTTP_TOXIC, requestsActedOn } from './shared/http.js';
import { addToxic } from './shared/toxics.js';

export const httpError = defineFault({
  kind: 'http_error',
  doc: 'answers the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix` with `status`, without forwarding them (request i of the matching ones is chosen by the seeded draw for i)',
  ...HTTP_TOXIC,
  evidence: '`toxic.listed`; before the revert `http.requests_seen`, `http.requests_matched`, `http.requests_failed` (answered with `status`), `http.connections_unparsed` (connections that were not HTTP, passed untouched)',
  params: { ...HTTP_FILTER_PARAMS, status: { type: 'integer', minimum: 100, maximum: 599, default: 503, description: 'The status of the answers.' } },
  required: ['proxy'],
  decode: (p) => ({ ...decodeHttpFilter('http_error', p), status: p.status === undefined ? 503 : Number(p.status) }),
  inject: (ctx, p) => {
    const f = filterAttributes(p);
    return addToxic(ctx, { proxy: p.proxy, stream: 'upstream', toxicity: 1 }, 'http_error', {
      toxic: { ...f.toxic, status: p.status },
      span: { ...f.span, 'http.status': p.status },
      acted: requestsActedOn('failed'),
    });
  },
});
