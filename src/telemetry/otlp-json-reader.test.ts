/**
 * The direct OTLP/JSON reader gives exactly what JSON.parse + convertRequest give, or leaves the request to
 * them: on generated requests (which it must take), on hand-written edge cases, and on seeded random
 * mutations of a request's bytes. A request JSON.parse or convertRequest rejects, it never takes.
 */
import { describe, expect, it } from 'vitest';
import { convertRequest, type Converted } from './otlp.js';
import { readJsonRequest } from './otlp-json-reader.js';
import { createRng } from '../plan/rng.js';

/** What the receiver did before the reader: the reference. */
function reference(body: Buffer): Converted | Error {
  try {
    return convertRequest(JSON.parse(body.length ? body.toString('utf8') : '{}'), 'hex');
  } catch (err) {
    return err as Error;
  }
}

/** The reader either declines or agrees with the reference; returns whether it took the request. */
function expectAgrees(body: Buffer): boolean {
  const read = readJsonRequest(body);
  if (read === undefined) return false;
  const ref = reference(body);
  if (ref instanceof Error) throw new Error(`the reader took a request the reference rejects (${ref.message}): ${body.toString('utf8').slice(0, 300)}`);
  expect(read).toStrictEqual(ref);
  return true;
}

const random = (seed: number) => {
  const rng = createRng(seed, 'otlp-json-reader');
  return () => rng.next();
};

const T = '4bf92f3577b34da6a3ce929d0e0e4736';
const str = (v: unknown) => ({ stringValue: v });
const kv = (key: unknown, value: unknown) => ({ key, value });

/** A request as SDKs send it: several resources and scopes, every AnyValue kind this reader reads, events, statuses. */
function generated(seed: number, spans: number): object {
  const rnd = random(seed);
  const hex = (bytes: number) => Array.from({ length: bytes }, () => Math.floor(rnd() * 256).toString(16).padStart(2, '0')).join('');
  const trace = hex(16);
  return {
    resourceSpans: ['api', 'db'].map((service) => ({
      resource: { attributes: [kv('service.name', str(service)), kv('host.cpus', { intValue: '2' })], droppedAttributesCount: 0 },
      scopeSpans: [
        {
          scope: { name: 'lib', version: '1.0.0', attributes: [] },
          schemaUrl: 'https://opentelemetry.io/schemas/1.24.0',
          spans: Array.from({ length: spans }, (_, i) => ({
            traceId: trace,
            spanId: hex(8),
            ...(i % 4 === 0 ? {} : { parentSpanId: hex(8) }),
            traceState: '',
            flags: 1,
            name: i % 3 === 0 ? 'GET /orders/{id}' : `op ${i}`,
            kind: (i % 6) as number,
            startTimeUnixNano: String(1_750_000_000_000_000_000n + BigInt(i) * 1_000_123n),
            endTimeUnixNano: i % 17 === 0 ? '0' : String(1_750_000_000_000_000_000n + BigInt(i) * 1_000_123n + 5_000_001n),
            attributes: [
              kv('http.request.method', str('GET')),
              kv('http.response.status_code', { intValue: i % 5 === 0 ? 500 : '200' }),
              kv('app.big', { intValue: String(2n ** 60n + BigInt(i)) }),
              kv('app.negative', { intValue: String(-(2n ** 55n)) }),
              kv('app.ratio', { doubleValue: rnd() }),
              kv('app.flag', { boolValue: rnd() < 0.5 }),
              kv('app.bytes', { bytesValue: 'AAEC' }),
              kv('app.list', { arrayValue: { values: [str('a'), { intValue: '3' }, { boolValue: true }] } }),
              ...(i % 2 ? [kv('app.odd', str(`n${i}`))] : []),
            ],
            droppedAttributesCount: 0,
            events: i % 5 === 0 ? [{ timeUnixNano: '1750000000000000010', name: 'exception', attributes: [kv('exception.message', str('boom'))], droppedAttributesCount: 0 }] : [],
            links: [],
            status: i % 5 === 0 ? { code: 2, message: 'failed' } : i % 2 ? { code: 'STATUS_CODE_OK' } : {},
          })),
        },
      ],
    })),
  };
}

const body = (o: unknown) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o));

describe('readJsonRequest', () => {
  it('takes requests as SDKs send them and gives the reference records', () => {
    for (const seed of [1, 2, 3]) {
      const request = body(generated(seed, 40));
      expect(expectAgrees(request)).toBe(true);
      // Whitespace anywhere JSON allows it changes nothing.
      expect(expectAgrees(Buffer.from(JSON.stringify(generated(seed, 5), null, 2).replace(/\n/g, '\r\n\t')))).toBe(true);
    }
    const read = readJsonRequest(body(generated(1, 40)))!;
    expect(read.spans).toHaveLength(80);
    expect(read.spans[0]!.attributes['app.big']).toBe(String(2n ** 60n));
    expect(read.spans[0]!.endMissing).toBe(true);
  });

  // Each: [what, request text, whether the reader must take it].
  const span = (fields: Record<string, unknown>) => ({ traceId: T, spanId: '00f067aa0ba902b7', name: 's', startTimeUnixNano: '1000000', endTimeUnixNano: '2000000', ...fields });
  const request = (...spans: unknown[]) => ({ resourceSpans: [{ scopeSpans: [{ spans }] }] });
  const cases: [string, string | object, boolean][] = [
    ['empty object', '{}', true],
    ['no resourceSpans list', { resourceSpans: null }, true],
    ['escapes and non-ASCII in names and values', request(span({ name: 'caf\u00e9 "quoted" \\ \u2028', attributes: [kv('k\u00e9y', str('v\\u0041\n'))] })), true],
    ['escaped text as written by other encoders', '{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"' + T + '","spanId":"00f067aa0ba902b7","name":"a\\u003cb\\/c","attributes":[{"key":"x\\ty","value":{"stringValue":"\\ud83d\\ude00"}}]}]}]}]}', true],
    ['uppercase hex ids', request(span({ traceId: T.toUpperCase(), spanId: '00F067AA0BA902B7' })), true],
    ['all-zero parent id', request(span({ parentSpanId: '0000000000000000' })), true],
    ['invalid ids are rejected spans', request(span({ traceId: 'xyz' }), span({ spanId: '00' }), span({ parentSpanId: 'zz' }), 5, null, span({ traceId: 7 })), true],
    ['times as numbers, with leading zeros, empty, huge', request(span({ startTimeUnixNano: 1e18, endTimeUnixNano: '0001000000' }), span({ startTimeUnixNano: '', endTimeUnixNano: 12.5 }), span({ startTimeUnixNano: '99999999999999999999999', endTimeUnixNano: ' 5 ' })), true],
    ['no times', request(span({ startTimeUnixNano: undefined, endTimeUnixNano: undefined })), true],
    ['kinds and status codes as numbers, names, digits, junk', request(span({ kind: 'SPAN_KIND_CLIENT', status: { code: '2' } }), span({ kind: 99, status: { code: 'STATUS_CODE_ERROR', message: '' } }), span({ kind: true, status: 'x' }), span({ kind: null, status: null })), true],
    ['int values in every form', request(span({ attributes: [kv('a', { intValue: 12.9 }), kv('b', { intValue: '-0' }), kv('c', { intValue: '007' }), kv('d', { intValue: 'x' }), kv('e', { intValue: null }), kv('f', { intValue: '9007199254740993' }), kv('g', { intValue: '-9007199254740992' }), kv('h', { intValue: 1e300 }), kv('i', { intValue: '9007199254740991' })] })), true],
    ['other scalars in odd forms', request(span({ attributes: [kv('a', { boolValue: 'true' }), kv('b', { doubleValue: '1e3' }), kv('c', { doubleValue: null }), kv('d', { stringValue: 5 }), kv('e', { bytesValue: null }), kv('f', { stringValue: null })] })), true],
    ['attributes that are not attributes', request(span({ attributes: [5, null, kv(3, str('x')), { value: str('no key') }, kv('no value', undefined), kv('empty', {}), kv('unknown', { fooValue: 1 }), kv('not object', 'x'), kv('dup', str('1')), kv('dup', str('2'))] })), true],
    ['arrays: empty, null, not objects, mixed items', request(span({ attributes: [kv('a', { arrayValue: {} }), kv('b', { arrayValue: null }), kv('c', { arrayValue: { values: null } }), kv('d', { arrayValue: { values: [5, {}, str('x'), { fooValue: 1 }] } }), kv('e', { arrayValue: [1] })] })), true],
    ['an attribute keyed __proto__', request(span({ attributes: [kv('__proto__', { arrayValue: { values: [str('paid')] } })] })), true],
    ['unknown fields of every JSON type', request(span({ links: [{ a: [1, { b: null }] }], x: 'y', n: -1.5e-3, t: true, f: false })), true],
    ['resource after the spans', { resourceSpans: [{ scopeSpans: [{ spans: [span({})] }], resource: { attributes: [kv('service.name', str('api'))] } }] }, true],
    ['resource that is not an object', { resourceSpans: [{ resource: 5, scopeSpans: [{ spans: [span({})] }] }] }, true],
    ['events in odd forms', request(span({ events: [5, { name: 3 }, { timeUnixNano: 7, attributes: null }, {}] })), true],
    ['snake_case field names', '{"resource_spans":[]}', false],
    ['a repeated field', '{"resourceSpans":[],"resourceSpans":null}', false],
    ['a key-value list', request(span({ attributes: [kv('m', { kvlistValue: { values: [kv('a', str('b'))] } })] })), false],
    ['an array in an array', request(span({ attributes: [kv('m', { arrayValue: { values: [{ arrayValue: { values: [] } }] } })] })), false],
    ['an AnyValue with two fields', request(span({ attributes: [kv('m', { stringValue: 'a', intValue: '1' })] })), false],
    ['not an object', '[]', false],
    ['resourceSpans not a list', '{"resourceSpans":5}', false],
    ['attributes not a list', request(span({ attributes: 5 })), false],
    ['invalid JSON: trailing comma', '{"resourceSpans":[],}', false],
    ['invalid JSON: truncated', '{"resourceSpans":[{"scopeSpans":[', false],
    ['invalid JSON: byte order mark', '\ufeff{}', false],
    ['invalid JSON: control character in a string', '{"x":"a\u0001b"}', false],
    ['invalid JSON: bad escape', '{"x":"\\q"}', false],
    ['invalid JSON: leading zero', '{"x":01}', false],
    ['invalid JSON: trailing text', '{} x', false],
    ['invalid JSON: bare minus', '{"x":-}', false],
  ];
  for (const [what, text, taken] of cases) {
    it(`${taken ? 'takes' : 'leaves to JSON.parse'}: ${what}`, () => {
      expect(expectAgrees(body(text))).toBe(taken);
    });
  }

  it('agrees with the reference on 3000 seeded random mutations of a request', () => {
    const rnd = random(20261204);
    const original = JSON.stringify(generated(9, 3));
    const alphabet = '{}[],:"\\0123456789-+.eEtruefalsn _aZ\u00e9';
    let taken = 0;
    let rejected = 0;
    for (let n = 0; n < 3000; n++) {
      let text = original;
      for (let edits = 1 + Math.floor(rnd() * 3); edits > 0; edits--) {
        const at = Math.floor(rnd() * text.length);
        const op = rnd();
        const char = alphabet[Math.floor(rnd() * alphabet.length)]!;
        if (op < 0.4) text = text.slice(0, at) + text.slice(at + 1);
        else if (op < 0.7) text = text.slice(0, at) + char + text.slice(at);
        else text = text.slice(0, at) + char + text.slice(at + 1);
      }
      const b = body(text);
      if (expectAgrees(b)) taken++;
      if (reference(b) instanceof Error) rejected++;
    }
    // Both kinds of outcome occurred: the check compared records, and saw requests the reference rejects.
    expect(taken).toBeGreaterThan(300);
    expect(rejected).toBeGreaterThan(300);
  });
});
