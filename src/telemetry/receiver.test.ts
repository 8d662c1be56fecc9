import { request } from 'node:http';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { OTLPTraceExporter as HttpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as HttpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from './receiver.js';
import type { SpanRecord } from './span-record.js';
import { tableOf } from './span-table.js';

const open: Receiver[] = [];
async function receiver(options: Partial<Parameters<typeof startReceiver>[0]> = {}): Promise<Receiver> {
  const r = await startReceiver({ hosts: ['127.0.0.1'], ...options });
  open.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Raw HTTP request; the body may be written in pieces, and `stopAfter` bytes are sent at most. */
function post(url: string, body: Buffer | string, headers: Record<string, string | number>, method = 'POST', stopAfter?: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    const data = typeof body === 'string' ? Buffer.from(body) : body;
    if (stopAfter === undefined) req.end(data);
    else req.write(data.subarray(0, stopAfter)); // never finished: the answer must come without the rest
  });
}

const json = (r: Reply) => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;
const ms = (t: readonly [number, number]) => t[0] * 1000 + t[1] / 1e6;

/** A small trace made with the real SDK and sent by `exporter`; returns the SDK's own spans and the time window. */
async function exportTrace(exporter: SpanExporter) {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout', 'deployment.environment': 'test' }),
    spanProcessors: [new SimpleSpanProcessor(memory), new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('receiver-test', '1.2.3');
  const before = Date.now();
  const parent = tracer.startSpan('GET /orders', {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'GET', 'http.response.status_code': 200, ratio: 0.25, cached: false, tags: ['a', 'b'], sizes: [1, 2, 3] },
  });
  const child = tracer.startSpan('db.query', { kind: SpanKind.CLIENT, attributes: { 'db.system': 'postgresql' } }, trace.setSpan(context.active(), parent));
  child.addEvent('retry', { attempt: 2, reason: 'timeout' });
  child.setStatus({ code: SpanStatusCode.ERROR, message: 'connection refused' });
  child.end();
  const producer = tracer.startSpan('publish', { kind: SpanKind.PRODUCER }, trace.setSpan(context.active(), parent));
  producer.setStatus({ code: SpanStatusCode.OK });
  producer.end();
  parent.end();
  await provider.forceFlush();
  const after = Date.now();
  const sdk = [...memory.getFinishedSpans()]; // taken before shutdown, which empties the in-memory exporter
  await provider.shutdown();
  return { sdk, before, after };
}

function expectSameTrace(got: readonly SpanRecord[], sdk: ReadableSpan[], before: number, after: number) {
  expect(got.map((s) => s.name).sort()).toEqual(sdk.map((s) => s.name).sort());
  expect(got).toHaveLength(3);
  const byName = new Map(got.map((s) => [s.name, s]));
  const sdkBy = new Map(sdk.map((s) => [s.name, s]));
  const parent = byName.get('GET /orders')!;
  const child = byName.get('db.query')!;
  const producer = byName.get('publish')!;
  const sdkParent = sdkBy.get('GET /orders')!;

  for (const s of got) {
    const own = sdkBy.get(s.name)!;
    expect(s.source).toBe('sut');
    expect(s.traceId).toBe(own.spanContext().traceId);
    expect(s.spanId).toBe(own.spanContext().spanId);
    expect(s.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(s.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(s.resource['service.name']).toBe('checkout');
    expect(s.resource['deployment.environment']).toBe('test');
    expect(s.startMs).toBeCloseTo(ms(own.startTime), 3);
    expect(s.endMs).toBeCloseTo(ms(own.endTime), 3);
    expect(s.startMs).toBeGreaterThanOrEqual(before - 5);
    expect(s.endMs).toBeGreaterThanOrEqual(s.startMs);
    expect(s.endMs).toBeLessThanOrEqual(after + 5);
  }

  expect(parent.kind).toBe('server');
  expect(parent.parentSpanId).toBeUndefined();
  expect('parentSpanId' in parent).toBe(false);
  expect(parent.status).toBe('UNSET');
  expect(parent.attributes).toEqual({
    'http.request.method': 'GET',
    'http.response.status_code': 200,
    ratio: 0.25,
    cached: false,
    tags: ['a', 'b'],
    sizes: [1, 2, 3],
  });

  expect(child.kind).toBe('client');
  expect(child.parentSpanId).toBe(sdkParent.spanContext().spanId);
  expect(child.status).toBe('ERROR');
  expect(child.statusMessage).toBe('connection refused');
  expect(child.attributes).toEqual({ 'db.system': 'postgresql' });
  expect(child.events).toHaveLength(1);
  expect(child.events[0]!.name).toBe('retry');
  expect(child.events[0]!.attributes).toEqual({ attempt: 2, reason: 'timeout' });
  expect(child.events[0]!.timeMs).toBeGreaterThanOrEqual(child.startMs);
  expect(child.events[0]!.timeMs).toBeLessThanOrEqual(child.endMs);

  expect(producer.kind).toBe('producer');
  expect(producer.status).toBe('OK');
  expect(producer.parentSpanId).toBe(sdkParent.spanContext().spanId);
  expect(producer.statusMessage).toBeUndefined();
}

describe('OTLP/HTTP receiver with the real OpenTelemetry exporters', () => {
  it('receives OTLP/JSON from @opentelemetry/exporter-trace-otlp-http', async () => {
    const r = await receiver();
    const { sdk, before, after } = await exportTrace(new HttpJsonExporter({ url: `${r.endpointFor('127.0.0.1')}/v1/traces` }));
    expectSameTrace(r.spans(), sdk, before, after);
    expect(r.spansFor(sdk[0]!.spanContext().traceId)).toHaveLength(3);
    expect(r.spansFor(sdk[0]!.spanContext().traceId.toUpperCase())).toHaveLength(3);
    expect(r.spansFor('0'.repeat(31) + '1')).toEqual([]);
  });

  it('receives OTLP/protobuf from @opentelemetry/exporter-trace-otlp-proto', async () => {
    const r = await receiver();
    const { sdk, before, after } = await exportTrace(new HttpProtoExporter({ url: `${r.endpointFor('127.0.0.1')}/v1/traces` }));
    expectSameTrace(r.spans(), sdk, before, after);
  });

  it('inflates gzip bodies sent by the exporter (compression: gzip)', async () => {
    type Config = NonNullable<ConstructorParameters<typeof HttpProtoExporter>[0]>;
    const r = await receiver();
    const url = `${r.endpointFor('127.0.0.1')}/v1/traces`;
    const gz = 'gzip' as Config['compression'];
    const proto = await exportTrace(new HttpProtoExporter({ url, compression: gz }));
    expectSameTrace(r.spans(), proto.sdk, proto.before, proto.after);
    const jsonRun = await exportTrace(new HttpJsonExporter({ url, compression: gz }));
    expectSameTrace(r.spansFor(jsonRun.sdk[0]!.spanContext().traceId), jsonRun.sdk, jsonRun.before, jsonRun.after);
  });
});

const TRACE = '5b8efff798038103d269b633813fc60c';
const SPAN = 'eee19b7ec3c1b174';
function jsonRequest(spans: Record<string, unknown>[]) {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'raw' } }, { key: 'pid', value: { intValue: '4242' } }] },
        scopeSpans: [{ scope: { name: 'raw' }, spans }],
      },
    ],
  });
}
const goodSpan = {
  traceId: TRACE,
  spanId: SPAN,
  parentSpanId: '',
  name: 'raw-span',
  kind: 2,
  startTimeUnixNano: '1700000000123456789',
  endTimeUnixNano: 1700000000223456800,
  attributes: [
    { key: 'big', value: { intValue: '9007199254740991' } },
    { key: 'n', value: { intValue: 7 } },
    { key: 'd', value: { doubleValue: 1.5 } },
    { key: 'b', value: { boolValue: true } },
    { key: 'arr', value: { arrayValue: { values: [{ stringValue: 'x' }, { intValue: '2' }] } } },
  ],
  events: [{ name: 'ev', timeUnixNano: '1700000000200000000', attributes: [{ key: 'k', value: { stringValue: 'v' } }] }],
  status: { code: 2, message: 'boom' },
};

describe('OTLP/HTTP receiver, raw requests', () => {
  it('keeps spans as a SpanTable past compactAfterSpans: the same spans, traces and scenario channels as objects', async () => {
    const OTHER = 'a'.repeat(32);
    const spans = (trace: string, from: number) =>
      Array.from({ length: 4 }, (_, i) => ({ ...goodSpan, traceId: trace, spanId: (from + i).toString(16).padStart(16, '0'), parentSpanId: i ? (from + i - 1).toString(16).padStart(16, '0') : '' }));
    const feed = async (r: Receiver) => {
      const a = r.openChannel({ traceId: TRACE, scenario: 'a', host: '127.0.0.1' });
      const b = r.openChannel({ traceId: TRACE, scenario: 'b', host: '127.0.0.1' });
      const base = r.endpointFor('127.0.0.1');
      const headers = { 'Content-Type': 'application/json' };
      expect((await post(`${base}${a.path}/v1/traces`, jsonRequest(spans(TRACE, 1)), headers)).status).toBe(200);
      expect((await post(`${base}/v1/traces`, jsonRequest(spans(OTHER, 100)), headers)).status).toBe(200);
      expect((await post(`${base}${b.path}/v1/traces`, jsonRequest(spans(TRACE, 10)), headers)).status).toBe(200);
    };
    const objects = await receiver();
    const table = await receiver({ compactAfterSpans: 3 });
    await feed(objects);
    await feed(table);
    expect(tableOf(objects.spans())).toBeUndefined();
    expect(tableOf(table.spans())).toBeDefined();
    expect([...table.spans()]).toStrictEqual([...objects.spans()]);
    expect(table.spans()).toHaveLength(12);
    for (const trace of [TRACE, OTHER, TRACE.toUpperCase()]) expect([...table.spansFor(trace)]).toStrictEqual([...objects.spansFor(trace)]);
    expect([...table.read().spans]).toStrictEqual([...objects.read().spans]);
    expect([...table.read(TRACE).spans]).toStrictEqual([...objects.read(TRACE).spans]);
    for (const scenario of ['a', 'b', 'c']) expect(table.scenarioSpans(TRACE, scenario)).toStrictEqual(objects.scenarioSpans(TRACE, scenario));
    expect(table.scenarioSpans(TRACE, 'b')).toHaveLength(4);
  });

  it('decodes hand-made OTLP/JSON: string and number times, int64 values, kinds and statuses', async () => {
    const r = await receiver();
    const res = await post(`${r.endpointFor('127.0.0.1')}/v1/traces`, jsonRequest([goodSpan, { ...goodSpan, spanId: 'EEE19B7EC3C1B175', parentSpanId: SPAN, kind: 0, status: {} }]), {
      'Content-Type': 'application/json; charset=utf-8',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(json(res)).toEqual({});
    const [a, b] = r.spans();
    expect(a).toEqual({
      traceId: TRACE,
      spanId: SPAN,
      name: 'raw-span',
      kind: 'server',
      status: 'ERROR',
      statusMessage: 'boom',
      attributes: { big: 9007199254740991, n: 7, d: 1.5, b: true, arr: ['x', 2] },
      events: [{ name: 'ev', timeMs: 1700000000200, attributes: { k: 'v' } }],
      startMs: 1700000000123.4568,
      endMs: expect.closeTo(1700000000223.4568, 3),
      resource: { 'service.name': 'raw', pid: 4242 },
      source: 'sut',
      types: { big: 'int', n: 'int', d: 'double', b: 'bool', arr: ['string', 'int'] },
    });
    expect(b).toMatchObject({ spanId: 'eee19b7ec3c1b175', parentSpanId: SPAN, kind: 'internal', status: 'UNSET' });
    expect(b!.statusMessage).toBeUndefined();
  });

  it('reads an all-zero parent id as no parent, and enum names as enums', async () => {
    const r = await receiver();
    const span = { ...goodSpan, parentSpanId: '0'.repeat(16), kind: 'SPAN_KIND_CONSUMER', status: { code: 'STATUS_CODE_OK' } };
    const res = await post(`${r.endpointFor('127.0.0.1')}/v1/traces`, jsonRequest([span]), { 'Content-Type': 'application/json' });
    expect(res.status).toBe(200);
    expect(r.spans()[0]).toMatchObject({ kind: 'consumer', status: 'OK' });
    expect('parentSpanId' in r.spans()[0]!).toBe(false);
  });

  it('inflates a gzip JSON body', async () => {
    const r = await receiver();
    const res = await post(`${r.endpointFor('127.0.0.1')}/v1/traces`, gzipSync(jsonRequest([goodSpan])), {
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
    });
    expect(res.status).toBe(200);
    expect(r.spans().map((s) => s.name)).toEqual(['raw-span']);
  });

  it('answers partial success and keeps the valid spans when some ids are invalid (JSON)', async () => {
    const r = await receiver();
    const spans = [goodSpan, { ...goodSpan, name: 'bad-trace', traceId: 'xyz' }, { ...goodSpan, name: 'zero-span', spanId: '0000000000000000' }, { ...goodSpan, name: 'bad-parent', parentSpanId: '12' }];
    const res = await post(`${r.endpointFor('127.0.0.1')}/v1/traces`, jsonRequest(spans), { 'Content-Type': 'application/json' });
    expect(res.status).toBe(200);
    const partial = json(res).partialSuccess as { rejectedSpans: string; errorMessage: string };
    expect(Number(partial.rejectedSpans)).toBe(3);
    expect(partial.errorMessage).toMatch(/bad-trace.*invalid trace id/);
    expect(partial.errorMessage).toMatch(/zero-span.*invalid span id/);
    expect(r.spans().map((s) => s.name)).toEqual(['raw-span']);
  });

  it('answers partial success in protobuf for a protobuf request with a short span id', async () => {
    // Encoded and decoded with the OpenTelemetry project's generated messages, as the receiver does.
    const root = createRequire(import.meta.url)('@opentelemetry/otlp-transformer/build/src/generated/root.js');
    const v1 = root.opentelemetry.proto.collector.trace.v1;
    const span = (name: string, spanId: Buffer) => ({ traceId: Buffer.from(TRACE, 'hex'), spanId, name, kind: 3, startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000001000000000' });
    const message = v1.ExportTraceServiceRequest.fromObject({
      resourceSpans: [{ scopeSpans: [{ spans: [span('ok', Buffer.from(SPAN, 'hex')), span('short-id', Buffer.from('abcd', 'hex'))] }] }],
    });
    const body = Buffer.from(v1.ExportTraceServiceRequest.encode(message).finish());
    const r = await receiver();
    const res = await post(`${r.endpointFor('127.0.0.1')}/v1/traces`, body, { 'Content-Type': 'application/x-protobuf' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-protobuf');
    const answer = v1.ExportTraceServiceResponse.toObject(v1.ExportTraceServiceResponse.decode(res.body), { longs: Number });
    expect(answer.partialSuccess.rejectedSpans).toBe(1);
    expect(answer.partialSuccess.errorMessage).toMatch(/short-id.*invalid span id/);
    expect(r.spans()).toHaveLength(1);
    expect(r.spans()[0]).toMatchObject({ name: 'ok', traceId: TRACE, spanId: SPAN, kind: 'client', startMs: 1700000000000, endMs: 1700000001000 });
  });

  it('answers an empty protobuf response on success', async () => {
    const r = await receiver();
    const res = await post(`${r.endpointFor('127.0.0.1')}/v1/traces`, Buffer.alloc(0), { 'Content-Type': 'application/x-protobuf' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });

  it('answers 400 for undecodable bodies', async () => {
    const r = await receiver();
    const url = `${r.endpointFor('127.0.0.1')}/v1/traces`;
    const badJson = await post(url, '{"resourceSpans": [', { 'Content-Type': 'application/json' });
    expect(badJson.status).toBe(400);
    expect(String(json(badJson).message)).toMatch(/invalid JSON/);
    const wrongShape = await post(url, '{"resourceSpans": 5}', { 'Content-Type': 'application/json' });
    expect(wrongShape.status).toBe(400);
    const garbage = await post(url, Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]), { 'Content-Type': 'application/x-protobuf' });
    expect(garbage.status).toBe(400);
    expect(garbage.body.toString()).toMatch(/invalid protobuf/);
    const badGzip = await post(url, 'not gzip', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect(badGzip.status).toBe(400);
    expect(r.spans()).toEqual([]);
  });

  it('answers 413 over maxBodyBytes, without reading the rest of the body', async () => {
    const r = await receiver({ maxBodyBytes: 1024 });
    const url = `${r.endpointFor('127.0.0.1')}/v1/traces`;
    const big = Buffer.alloc(4096, 0x20);
    // Declared length over the limit: answered before the body is sent.
    const declared = await post(url, big, { 'Content-Type': 'application/json', 'Content-Length': 10 * 1024 * 1024 }, 'POST', 100);
    expect(declared.status).toBe(413);
    // Chunked, no declared length: reading stops at the limit, and the request is never finished.
    const chunked = await post(url, big, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, 'POST', 2048);
    expect(chunked.status).toBe(413);
    // A small gzip body that inflates past the limit.
    const bomb = await post(url, gzipSync(Buffer.alloc(64 * 1024, 0x20)), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect(bomb.status).toBe(413);
    expect(r.spans()).toEqual([]);
  });

  it('answers 415, 404 and 405', async () => {
    const r = await receiver();
    const base = r.endpointFor('127.0.0.1');
    expect((await post(`${base}/v1/traces`, 'x', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post(`${base}/v1/traces`, 'x', {})).status).toBe(415);
    expect((await post(`${base}/v1/traces`, 'x', { 'Content-Type': 'application/json', 'Content-Encoding': 'br' })).status).toBe(415);
    expect((await post(`${base}/v1/metrics`, '{}', { 'Content-Type': 'application/json' })).status).toBe(404);
    expect((await post(`${base}/`, '', {}, 'GET')).status).toBe(404);
    const get = await post(`${base}/v1/traces`, '', {}, 'GET');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await post(`${base}/v1/traces?x=1`, '{}', { 'Content-Type': 'application/json' })).status).toBe(200);
  });
});

describe('OTLP/HTTP receiver, lifecycle', () => {
  it('listens on one port for every host, adds hosts later, and not on other addresses', async () => {
    const r = await receiver();
    expect(r.port).toBeGreaterThan(0);
    expect(r.endpointFor('172.19.0.1')).toBe(`http://172.19.0.1:${r.port}`);
    expect(r.endpointFor('::1')).toBe(`http://[::1]:${r.port}`);
    await r.addHost('127.0.0.2');
    await r.addHost('127.0.0.2'); // already listening: no-op
    const res = await post(`${r.endpointFor('127.0.0.2')}/v1/traces`, jsonRequest([goodSpan]), { 'Content-Type': 'application/json' });
    expect(res.status).toBe(200);
    expect(r.spans()).toHaveLength(1);
    await expect(post(`http://127.0.0.3:${r.port}/v1/traces`, '{}', { 'Content-Type': 'application/json' })).rejects.toThrow(/ECONNREFUSED/);
    await expect(r.addHost('0.0.0.0')).rejects.toThrow(/unspecified/);
    await expect(r.addHost('::')).rejects.toThrow(/unspecified/);
    await expect(r.addHost('localhost')).rejects.toThrow(/not an IP address/);
  });

  it('binds several hosts given at start on the same given port', async () => {
    const probe = await startReceiver({ hosts: ['127.0.0.1'] });
    const port = probe.port;
    await probe.close();
    const r = await receiver({ hosts: ['127.0.0.1', '127.0.0.4'], port });
    expect(r.port).toBe(port);
    for (const host of ['127.0.0.1', '127.0.0.4']) {
      expect((await post(`${r.endpointFor(host)}/v1/traces`, '{}', { 'Content-Type': 'application/json' })).status).toBe(200);
    }
  });

  it('fails to start, leaving nothing open, when a host cannot be bound', async () => {
    const first = await receiver();
    await expect(startReceiver({ hosts: ['127.0.0.5', '127.0.0.1'], port: first.port })).rejects.toThrow(/cannot listen on 127\.0\.0\.1/);
    // 127.0.0.5 was released again.
    const again = await receiver({ hosts: ['127.0.0.5'], port: first.port });
    expect(again.port).toBe(first.port);
  });

  it('close() is idempotent and stops listening', async () => {
    const r = await startReceiver({ hosts: ['127.0.0.1'] });
    const url = `${r.endpointFor('127.0.0.1')}/v1/traces`;
    await r.close();
    await r.close();
    await Promise.all([r.close(), r.close()]);
    await expect(post(url, '{}', { 'Content-Type': 'application/json' })).rejects.toThrow(/ECONNREFUSED/);
    await expect(r.addHost('127.0.0.2')).rejects.toThrow(/closed/);
  });

  // Bounds here are far from what a loaded machine can stretch: a wait of 60 s that should not happen, lower
  // bounds measured from before the request, upper bounds well short of the wait a broken receiver would make.
  it('waitForQuiet does not wait when no request arrived since the given moment, and waits when one did', async () => {
    const r = await receiver();
    const url = `${r.endpointFor('127.0.0.1')}/v1/traces`;
    await post(url, '{}', { 'Content-Type': 'application/json' });
    await new Promise((res) => setTimeout(res, 5));
    const suiteStart = Date.now();
    let t = Date.now();
    await r.waitForQuiet(60_000, 60_000, suiteStart);
    expect(Date.now() - t).toBeLessThan(30_000); // a receiver that waited would take 60 s

    t = Date.now(); // before the request: its activity, and so the quiet period, starts after this
    await post(url, '{}', { 'Content-Type': 'application/json' });
    await r.waitForQuiet(300, 3000, suiteStart);
    expect(Date.now() - t).toBeGreaterThanOrEqual(299);
    await r.close();
  });

  it('waitForQuiet waits for a quiet period and is bounded', async () => {
    const r = await receiver();
    const url = `${r.endpointFor('127.0.0.1')}/v1/traces`;
    let t = Date.now();
    await r.waitForQuiet(50);
    expect(Date.now() - t).toBeGreaterThanOrEqual(49);
    expect(Date.now() - t).toBeLessThan(4000); // returned when quiet, not at the 5 s cap

    // Requests keep arriving every 40 ms for ~300 ms: a 100 ms quiet period only starts after the last one.
    const posts: { startMs: number; endMs: number }[] = [];
    const sender = (async () => {
      for (let i = 0; i < 8; i++) {
        const startMs = Date.now();
        await post(url, '{}', { 'Content-Type': 'application/json' });
        posts.push({ startMs, endMs: Date.now() });
        await new Promise((res) => setTimeout(res, 40));
      }
    })();
    await new Promise((res) => setTimeout(res, 10));
    await r.waitForQuiet(100);
    const done = Date.now();
    await sender;
    // Not returned during the burst: every request answered before the return began ≥ 100 ms before it
    // (its activity on the receiver lies between its start and its answer).
    const answered = posts.filter((p) => p.endMs <= done);
    expect(answered.length).toBeGreaterThan(0);
    for (const p of answered) expect(done - p.startMs).toBeGreaterThanOrEqual(100);

    // Bounded: never quiet, still returns by maxMs.
    t = Date.now();
    let stop = false;
    const flood = (async () => {
      while (!stop) {
        await post(url, '{}', { 'Content-Type': 'application/json' });
        await new Promise((res) => setTimeout(res, 20));
      }
    })();
    await r.waitForQuiet(200, 600);
    const took = Date.now() - t;
    stop = true;
    await flood;
    expect(took).toBeGreaterThanOrEqual(599);
    expect(took).toBeLessThan(4000); // a receiver ignoring the bound would wait as long as the flood lasts
  });
});
