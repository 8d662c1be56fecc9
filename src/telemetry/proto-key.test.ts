/**
 * An attribute keyed `__proto__` is kept as the span's own attribute on every path (OTLP/JSON, protobuf, the
 * span table): never taken as the attribute map's prototype, which let a system under test that sent
 * `__proto__` = ["paid"] satisfy `attrs.all = { "0" = "paid", length = 1 }` with attributes it never sent.
 */
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../test/kit/index.js';
import { buildGraph } from '../validate/graph.js';
import { evaluate } from '../validate/index.js';
import { convertRequest } from './otlp.js';
import { traceServiceMessages } from './otlp-protobuf.js';
import { readProtobufRequest } from './otlp-proto-reader.js';
import type { SpanRecord } from './span-record.js';
import { spanTableOf } from './span-table.js';

const T = '4bf92f3577b34da6a3ce929d0e0e4736';
const request = {
  resourceSpans: [{
    resource: { attributes: [{ key: '__proto__', value: { arrayValue: { values: [{ stringValue: 'api' }] } } }] },
    scopeSpans: [{
      spans: [{
        traceId: T, spanId: '1234123412341234', name: 'app.value', kind: 1, startTimeUnixNano: '1000000', endTimeUnixNano: '2000000',
        attributes: [{ key: '__proto__', value: { arrayValue: { values: [{ stringValue: 'paid' }] } } }, { key: 'k', value: { stringValue: 'v' } }],
        events: [{ name: 'e', timeUnixNano: '1500000', attributes: [{ key: '__proto__', value: { stringValue: 'x' } }] }],
      }],
    }],
  }],
};

function protobufBody(): Buffer {
  const M = traceServiceMessages().ExportTraceServiceRequest as unknown as { fromObject(o: unknown): unknown; encode(m: unknown): { finish(): Uint8Array } };
  const withBytes = JSON.parse(JSON.stringify(request));
  const span = withBytes.resourceSpans[0].scopeSpans[0].spans[0];
  span.traceId = Buffer.from(T, 'hex').toString('base64');
  span.spanId = Buffer.from('1234123412341234', 'hex').toString('base64');
  return Buffer.from(M.encode(M.fromObject(withBytes)).finish());
}

/** Own properties only, with nothing inherited but Object.prototype's. */
function expectOwn(record: object, entries: [string, unknown][]) {
  expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
  expect(Object.entries(record)).toEqual(entries);
  expect(Object.hasOwn(record, '__proto__')).toBe(true);
  expect((record as Record<string, unknown>)['0']).toBeUndefined();
  expect((record as Record<string, unknown>)['length']).toBeUndefined();
}

const EXPECT = loadSuite(
  `[meta]
name = "proto"
[service.app]
image = "busybox"
[[scenario]]
name = "s"
run = "true"
[[expect.span]]
name = "app.value"
attrs.all = { "0" = "paid", length = 1 }
`,
  { env: {} },
  'proto.clnrm.toml',
).expect;

describe('an attribute keyed __proto__', () => {
  const fromJson = convertRequest(JSON.parse(JSON.stringify(request)), 'hex').spans[0]!;
  const fromProtobuf = readProtobufRequest(protobufBody()).spans[0]!;
  const fromTable = spanTableOf([fromJson]).at(0);

  it.each([
    ['OTLP/JSON', fromJson],
    ['protobuf', fromProtobuf],
    ['the span table', fromTable],
  ] as [string, SpanRecord][])('is the span\'s own attribute, read from %s', (_path, span) => {
    expectOwn(span.attributes, [['__proto__', ['paid']], ['k', 'v']]);
    expectOwn(span.types!, [['__proto__', ['string']], ['k', 'string']]);
    expectOwn(span.resource, [['__proto__', ['api']]]);
    expectOwn(span.events[0]!.attributes, [['__proto__', 'x']]);
  });

  it('lends no attribute it never sent to an expectation', () => {
    for (const span of [fromJson, fromProtobuf, fromTable]) {
      const [v] = evaluate(EXPECT, { graph: buildGraph([span]), keyPath: 'expect', leaks: [], allowedHosts: [] });
      expect(v!.passed).toBe(false);
      expect(v!.message).toContain('attribute 0 missing');
    }
  });
});
