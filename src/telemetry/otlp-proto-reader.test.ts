/**
 * The direct protobuf reader against the generated decoder followed by the
 * OTLP/JSON-shape converter (what the receiver used before): the same span
 * records, rejections and counts on generated requests, int64 beyond 2^53 and
 * every AnyValue kind included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BadRequest, convertRequest, countSpans, nanosToMs } from './otlp.js';
import { asJsonShape, decodeRequest, traceServiceMessages } from './otlp-protobuf.js';
import { countProtobufSpans, readProtobufRequest } from './otlp-proto-reader.js';

type Msg = Record<string, unknown>;
const encode = (req: Msg): Buffer => {
  const T = traceServiceMessages().ExportTraceServiceRequest as unknown as { fromObject(o: Msg): unknown; encode(m: unknown): { finish(): Uint8Array } };
  return Buffer.from(T.encode(T.fromObject(req)).finish());
};
const reference = (body: Buffer) => convertRequest(asJsonShape(decodeRequest(body, 'protobuf'), 'protobuf'), 'base64');

const bytesArb = (n: number) => fc.oneof(fc.uint8Array({ minLength: n, maxLength: n }), fc.constant(new Uint8Array(n)), fc.uint8Array({ maxLength: n + 2 }));
const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
const int64Arb = fc.oneof(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.constantFrom(2n ** 53n, 2n ** 53n - 1n, -(2n ** 53n) + 1n, -(2n ** 53n), 0n, -1n)).map(String);
const u64Arb = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.constantFrom(0n, 1_750_000_000_123_456_789n, 999_999n)).map(String);
const scalarValue = fc.oneof(
  fc.string({ unit: 'binary' }).map((s) => ({ stringValue: s })),
  fc.boolean().map((b) => ({ boolValue: b })),
  int64Arb.map((i) => ({ intValue: i })),
  fc.double().map((d) => ({ doubleValue: d })),
  fc.uint8Array({ maxLength: 6 }).map((u) => ({ bytesValue: b64(u) })),
  fc.constant({}),
);
const anyValue: fc.Arbitrary<Msg> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarValue, fc.array(tie('value'), { maxLength: 3 }).map((values) => ({ arrayValue: { values } })), fc.array(tie('kv'), { maxLength: 2 }).map((values) => ({ kvlistValue: { values } }))),
  kv: fc.record({ key: fc.constantFrom('a', 'b', '', 'k.x'), value: tie('value') }, { requiredKeys: ['key'] }),
})).value as fc.Arbitrary<Msg>;
const kvs = fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c', 'big'), value: anyValue }, { requiredKeys: [] }), { maxLength: 4 });
const spanArb = fc.record(
  {
    traceId: bytesArb(16).map(b64),
    spanId: bytesArb(8).map(b64),
    parentSpanId: bytesArb(8).map(b64),
    name: fc.string(),
    kind: fc.integer({ min: -1, max: 7 }),
    startTimeUnixNano: u64Arb,
    endTimeUnixNano: u64Arb,
    attributes: kvs,
    events: fc.array(fc.record({ timeUnixNano: u64Arb, name: fc.string(), attributes: kvs }, { requiredKeys: [] }), { maxLength: 2 }),
    status: fc.record({ code: fc.integer({ min: 0, max: 3 }), message: fc.string() }, { requiredKeys: [] }),
  },
  { requiredKeys: ['traceId', 'spanId'] },
);
const requestArb = fc.record({
  resourceSpans: fc.array(
    fc.record({ resource: fc.record({ attributes: kvs }), scopeSpans: fc.array(fc.record({ scope: fc.record({ name: fc.string() }), spans: fc.array(spanArb, { maxLength: 4 }) }), { maxLength: 2 }) }, { requiredKeys: [] }),
    { maxLength: 3 },
  ),
});

describe('OTLP/protobuf read straight into span records', () => {
  it('gives the span records, rejections and count of the generated decoder and the JSON-shape converter', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const body = encode(req);
        expect(readProtobufRequest(body)).toEqual(reference(body));
        expect(countProtobufSpans(body)).toBe(countSpans(decodeRequest(body, 'protobuf')));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps int64 beyond 2^53 as exact decimal strings and times to the nanosecond', () => {
    const body = encode({
      resourceSpans: [{ scopeSpans: [{ spans: [{
        traceId: b64(Buffer.alloc(16, 1)), spanId: b64(Buffer.alloc(8, 2)), name: 'n',
        startTimeUnixNano: '1750000000123456789', endTimeUnixNano: '18446744073709551615',
        attributes: [{ key: 'big', value: { intValue: '9007199254740993' } }, { key: 'neg', value: { intValue: '-9223372036854775808' } }, { key: 'safe', value: { intValue: '-9007199254740991' } }],
      }] }] }],
    });
    const [span] = readProtobufRequest(body).spans;
    expect(span!.attributes).toEqual({ big: '9007199254740993', neg: '-9223372036854775808', safe: -9007199254740991 });
    expect(span!.types).toEqual({ big: 'int', neg: 'int', safe: 'int' });
    expect(span!.startMs).toBe(1750000000123 + 0.456789);
    expect(span).toEqual(reference(body).spans[0]);
  });

  it('rejects bytes that are not protobuf', () => {
    expect(() => readProtobufRequest(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]))).toThrow(BadRequest);
    expect(() => countProtobufSpans(Buffer.from([0x0a, 0x05, 0x12]))).toThrow(/invalid protobuf/);
  });
});

describe('OTLP/JSON times without BigInt', () => {
  it('reads nanosecond strings to the same milliseconds as BigInt arithmetic', () => {
    const exact = (v: string) => {
      const ns = BigInt(v.trim());
      return Number(ns / 1_000_000n) + Number(ns % 1_000_000n) / 1e6;
    };
    fc.assert(
      fc.property(fc.oneof(u64Arb, fc.stringMatching(/^0{0,3}\d{1,19}$/), fc.constantFrom('0', '999999', '1000000', '0001750000000123456')), (v) => {
        expect(nanosToMs(v)).toBe(exact(v));
      }),
      { numRuns: 2000 },
    );
  });
});
