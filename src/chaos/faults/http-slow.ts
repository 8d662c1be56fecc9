/** http_slow: the proxy holds the responses to a seeded share of the matching HTTP requests. */
import { defineFault } from '../types.js';
import { decodeHttpFilter, type HttpFilter, filterAttributes, HTTP_FILTER_PARAMS, HTTP_TOXIC, requestsActedOn } from './shared/http.js';
import { numberParam } from './shared/params.js';
import { addToxic, ms } from './shared/toxics.js';

export const httpSlow = defineFault({
  kind: 'http_slow',
  doc: 'holds the response to the share `rate` of the HTTP requests through the proxy that match `method` and `path_prefix`: `response_delay_ms` longer, or `factor` times the upstream\'s own time to answer',
  ...HTTP_TOXIC,
  evidence: '`toxic.listed`; before the revert `http.requests_seen`, `http.requests_matched`, `http.requests_delayed`, `http.connections_unparsed`',
  params: {
    ...HTTP_FILTER_PARAMS,
    response_delay_ms: ms('Time added to each chosen response, from the moment the upstream answers.'),
    factor: { type: 'number', minimum: 1, description: 'Instead of `response_delay_ms`: each chosen response takes this many times the upstream\'s time to answer (2: twice as slow).' },
  },
  required: ['proxy'],
  decode: (p): HttpFilter & ({ delayMs: number } | { factor: number }) => {
    const filter = decodeHttpFilter('http_slow', p);
    const hasDelay = p.response_delay_ms !== undefined;
    if (hasDelay === (p.factor !== undefined)) throw new Error('http_slow needs exactly one of response_delay_ms and factor');
    const factor = hasDelay ? undefined : numberParam('http_slow', p, 'factor');
    if (factor !== undefined && factor < 1) throw new Error(`http_slow: factor must be ≥ 1, not ${factor}`);
    return { ...filter, ...(hasDelay ? { delayMs: numberParam('http_slow', p, 'response_delay_ms') } : { factor: factor! }) };
  },
  inject: (ctx, p) => {
    const f = filterAttributes(p);
    // The proxy's attribute names: delay_ms, factor.
    const [key, value] = 'delayMs' in p ? ['delay_ms', p.delayMs] : ['factor', p.factor];
    return addToxic(ctx, { proxy: p.proxy, stream: 'upstream', toxicity: 1 }, 'http_slow', {
      toxic: { ...f.toxic, [key]: value },
      span: { ...f.span, ['delayMs' in p ? 'http.response_delay_ms' : 'http.factor']: value },
      acted: requestsActedOn('delayed'),
    });
  },
});
