/**
 * Values arrive exactly as sent: every OTLP AnyValue kind, through the real
 * OpenTelemetry exporters (OTLP/JSON and OTLP/protobuf) into the real receiver,
 * through a scenario channel; int64 beyond 2^53 (which a JS exporter cannot
 * express: its attributes are JS numbers) through hand-made OTLP/JSON and
 * OTLP/protobuf encoded with the generated messages. Then the typed matcher
 * judges them: "1" matches none of 1, 1.0, 10, true, ["1"].
 */
import { createRequire } from 'node:module';
import { request } from 'node:http';
import { OTLPTraceExporter as HttpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as HttpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { matches } from '../validate/attr-match.js';
import { startReceiver, type Receiver } from './receiver.js';
import type { SpanRecord } from './span-record.js';

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

/** Every AnyValue kind a JS exporter can send (it turns Uint8Array into bytes and plain objects into kvlists). */
const SENT: Record<string, unknown> = {
  s: 'x',
  one: '1',
  i: 7,
  neg: -3,
  maxSafe: Number.MAX_SAFE_INTEGER,
  d: 1.5,
  b: true,
  f: false,
  bytes: new Uint8Array([1, 2, 255]),
  arr: ['1', 2, 2.5, true],
  kv: { a: 1, b: 'x' },
};

/** One real SDK span whose attributes are replaced by SENT (the SDK's setAttribute would drop bytes and objects). */
async function sendWith(exporter: SpanExporter): Promise<void> {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': 'values' }), spanProcessors: [new SimpleSpanProcessor(memory)] });
  provider.getTracer('values').startSpan('typed').end();
  const span = memory.getFinishedSpans()[0]!;
  const typed = new Proxy(span, { get: (t, k) => (k === 'attributes' ? SENT : Reflect.get(t, k)) }) as ReadableSpan;
  await new Promise<void>((resolve, reject) => exporter.export([typed], (r) => (r.code === 0 ? resolve() : reject(r.error ?? new Error('export failed')))));
  await exporter.shutdown();
  await provider.shutdown();
}

async function channelReceiver() {
  const r = await startReceiver({ hosts: ['127.0.0.1'], channelsOnly: true });
  open.push(r);
  return r;
}

function expectTyped(s: SpanRecord) {
  expect(s.attributes).toEqual({
    s: 'x',
    one: '1',
    i: 7,
    neg: -3,
    maxSafe: Number.MAX_SAFE_INTEGER,
    d: 1.5,
    b: true,
    f: false,
    bytes: Buffer.from([1, 2, 255]).toString('base64'),
    arr: ['1', 2, 2.5, true],
    kv: JSON.stringify({ a: 1, b: 'x' }),
  });
  expect(s.types).toEqual({
    s: 'string',
    one: 'string',
    i: 'int',
    neg: 'int',
    maxSafe: 'int',
    d: 'double',
    b: 'bool',
    f: 'bool',
    bytes: 'bytes',
    arr: ['string', 'int', 'double', 'bool'],
    kv: 'kvlist',
  });
  const m = (k: string, expected: Parameters<typeof matches>[1]) => matches(s.attributes[k], expected, s.types?.[k]);
  expect(m('one', '1')).toBe(true);
  for (const k of ['i', 'd', 'b', 'arr']) expect(m(k, '1'), k).toBe(false);
  expect(m('i', 7)).toBe(true);
  expect(m('i', '7')).toBe(false);
  expect(m('d', 1.5)).toBe(true);
  expect(m('b', true)).toBe(true);
  expect(m('b', 'true')).toBe(false);
  expect(m('maxSafe', 9007199254740991n)).toBe(true);
}

describe('typed values through the real exporters', () => {
  for (const [format, make] of [
    ['OTLP/JSON (exporter-trace-otlp-http)', (url: string) => new HttpJsonExporter({ url })],
    ['OTLP/protobuf (exporter-trace-otlp-proto)', (url: string) => new HttpProtoExporter({ url })],
  ] as const) {
    it(`${format}: every AnyValue kind keeps its type and value`, async () => {
      const r = await channelReceiver();
      // The SDK draws the trace id: a first send, to the bare path of a receiver without channels, shows it.
      const probe = await startReceiver({ hosts: ['127.0.0.1'] });
      open.push(probe);
      await sendWith(make(`${probe.endpointFor('127.0.0.1')}/v1/traces`));
      const traceId = probe.spans()[0]!.traceId;
      expectTyped(probe.spans()[0]!);
      // Through a channel of another trace: the span is dropped and counted, never stamped with the scenario.
      const channel = r.openChannel({ traceId, scenario: 'typed', host: '127.0.0.1' });
      await sendWith(make(`${r.endpointFor('127.0.0.1')}${channel.path}/v1/traces`));
      expect(r.channelStats(channel.token)).toMatchObject({ accepted: 0, unknownTrace: 1 });
    });
  }
});

function post(url: string, body: Buffer, contentType: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': contentType } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('int64 beyond 2^53 keeps all 64 bits', () => {
  const TRACE = '5b8efff798038103d269b633813fc60c';
  const INTS = ['9007199254740993', '-9007199254740993', '9223372036854775807', '-9223372036854775808'];
  const span = (idHex: string, base64: boolean) => ({
    traceId: base64 ? Buffer.from(TRACE, 'hex') : TRACE,
    spanId: base64 ? Buffer.from(idHex, 'hex') : idHex,
    name: 'big',
    startTimeUnixNano: '1700000000000000000',
    endTimeUnixNano: '1700000000001000000',
    attributes: INTS.map((v, i) => ({ key: `v${i}`, value: { intValue: v } })).concat([{ key: 'arr', value: { arrayValue: { values: [{ intValue: INTS[0]! }] } } as never }]),
  });

  it('through OTLP/JSON and OTLP/protobuf, compared exactly', async () => {
    const r = await channelReceiver();
    const channel = r.openChannel({ traceId: TRACE, scenario: 'big', host: '127.0.0.1' });
    const url = `${r.endpointFor('127.0.0.1')}${channel.path}/v1/traces`;
    expect(await post(url, Buffer.from(JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [span('00000000000000a1', false)] }] }] })), 'application/json')).toBe(200);
    const root = createRequire(import.meta.url)('@opentelemetry/otlp-transformer/build/src/generated/root.js');
    const Request = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
    const pb = Request.encode(Request.fromObject({ resourceSpans: [{ scopeSpans: [{ spans: [span('00000000000000a2', true)] }] }] })).finish();
    expect(await post(url, Buffer.from(pb), 'application/x-protobuf')).toBe(200);
    const got = r.spans();
    expect(got).toHaveLength(2);
    for (const s of got) {
      expect(s.origin).toEqual({ scenario: 'big', via: 'otlp' });
      expect(s.attributes).toEqual({ v0: INTS[0], v1: INTS[1], v2: INTS[2], v3: INTS[3], arr: [INTS[0]] });
      expect(s.types).toEqual({ v0: 'int', v1: 'int', v2: 'int', v3: 'int', arr: ['int'] });
      expect(matches(s.attributes.v0, 9007199254740993n, s.types!.v0)).toBe(true);
      expect(matches(s.attributes.v0, 9007199254740992n, s.types!.v0)).toBe(false);
      // Through a JS number 2^53 + 1 reads as 2^53: that comparison is never made.
      expect(matches(s.attributes.v0, 9007199254740992, s.types!.v0)).toBe(false);
      expect(matches(s.attributes.v2, 9223372036854775807n, s.types!.v2)).toBe(true);
      expect(matches(s.attributes.v3, { lt: -9007199254740992 }, s.types!.v3)).toBe(true);
      expect(matches(s.attributes.v0, '9007199254740993', s.types!.v0)).toBe(false);
    }
  });
});

describe('channels', () => {
  it('the bare path, an unknown token and another address are never attributed', async () => {
    const r = await channelReceiver();
    const TRACE = '5b8efff798038103d269b633813fc60c';
    const channel = r.openChannel({ traceId: TRACE, scenario: 's', host: '127.0.0.2' });
    const body = Buffer.from(JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: TRACE, spanId: '00000000000000b1', name: 'x', startTimeUnixNano: '1', endTimeUnixNano: '2' }] }] }] }));
    const base = r.endpointFor('127.0.0.1');
    expect(await post(`${base}/v1/traces`, body, 'application/json')).toBe(200);
    expect(await post(`${base}/clnrm/${'0'.repeat(32)}/v1/traces`, body, 'application/json')).toBe(200);
    // The channel was opened for 127.0.0.2: reaching it on 127.0.0.1 is refused.
    expect(await post(`${base}${channel.path}/v1/traces`, body, 'application/json')).toBe(403);
    expect(r.spans()).toEqual([]);
    expect(r.stats()).toMatchObject({ accepted: 0, unattributed: 2 });
    expect(r.channelStats(channel.token)).toMatchObject({ wrongAddress: 1, accepted: 0 });
    expect(channel.token).toMatch(/^[0-9a-f]{32}$/);
    expect(r.openChannel({ traceId: TRACE, scenario: 's', host: '127.0.0.1' }).token).not.toBe(channel.token);
  });
});
