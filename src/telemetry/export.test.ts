import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.js';
import { EXPORT_BATCH, exportSpans, msToNanos, spansForExport, toOtlpJson, tracesUrl } from './export.js';
import { convertRequest, nanosToMs } from './otlp.js';
import { startReceiver, type Receiver } from './receiver.js';
import type { SpanRecord } from './span-record.js';
import { parseTraceText, sourceByScope } from './trace-file.js';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const T0 = 1_750_000_000_123.25;

function trace(): SpanRecord[] {
  const runnerResource = { 'service.name': 'clnrm', 'deployment.environment': 'ci' };
  const root: SpanRecord = {
    traceId: TRACE, spanId: '0000000000000001', name: 'clnrm.run', kind: 'internal', status: 'OK',
    attributes: { 'suite.name': 'shop', 'run.seed': 42, 'scenarios.count': 2 }, events: [], startMs: T0, endMs: T0 + 1000, resource: runnerResource, source: 'runner',
  };
  const step: SpanRecord = {
    traceId: TRACE, spanId: '0000000000000002', parentSpanId: '0000000000000001', name: 'clnrm.step:curl', kind: 'internal', status: 'ERROR', statusMessage: 'exit code 1, expected 0',
    attributes: { 'exit.code': 1, 'step.command': 'curl http://api', degraded: true, ratio: 0.125, tags: ['a', 'b'], nums: [1, 2.5] },
    events: [{ name: 'retry', timeMs: T0 + 10.5, attributes: { 'retry.attempt': 1, 'retry.previous_error': 'exit_code' } }],
    startMs: T0 + 1, endMs: T0 + 900.000123, resource: runnerResource, source: 'runner',
  };
  const sut: SpanRecord = {
    traceId: TRACE, spanId: 'aaaaaaaaaaaaaaaa', parentSpanId: '0000000000000002', name: 'GET /work', kind: 'server', status: 'UNSET',
    attributes: { 'http.route': '/work' }, events: [], startMs: T0 + 5, endMs: T0 + 6, resource: { 'service.name': 'api' }, source: 'sut',
  };
  const client: SpanRecord = { ...sut, spanId: 'bbbbbbbbbbbbbbbb', parentSpanId: 'aaaaaaaaaaaaaaaa', name: 'db.query', kind: 'client', attributes: {} };
  return [root, step, sut, client];
}

/** What must survive the trip, with times compared separately. */
const comparable = ({ startMs: _s, endMs: _e, events, source: _src, types: _t, ...rest }: SpanRecord) => ({ ...rest, events: events.map(({ timeMs: _t, ...e }) => e) });

const open: (Receiver | Server)[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => ('port' in x ? x.close() : new Promise<void>((r) => x.close(() => r())))));
});

describe('toOtlpJson', () => {
  it('groups spans by resource, the runner under scope clnrm, the system under test under an unnamed scope', () => {
    const json = toOtlpJson(trace()) as { resourceSpans: { resource: { attributes: { key: string }[] }; scopeSpans: { scope: { name?: string }; spans: { name: string }[] }[] }[] };
    expect(json.resourceSpans).toHaveLength(2);
    expect(json.resourceSpans[0]!.resource.attributes.map((a) => a.key)).toEqual(['service.name', 'deployment.environment']);
    expect(json.resourceSpans[0]!.scopeSpans.map((s) => [s.scope.name, s.spans.map((x) => x.name)])).toEqual([['clnrm', ['clnrm.run', 'clnrm.step:curl']]]);
    expect(json.resourceSpans[1]!.scopeSpans.map((s) => [s.scope.name, s.spans.map((x) => x.name)])).toEqual([[undefined, ['GET /work', 'db.query']]]);
    const step = json.resourceSpans[0]!.scopeSpans[0]!.spans[1] as unknown as Record<string, unknown>;
    expect(step).toMatchObject({ traceId: TRACE, spanId: '0000000000000002', parentSpanId: '0000000000000001', kind: 1, status: { code: 2, message: 'exit code 1, expected 0' } });
    expect(step.attributes).toContainEqual({ key: 'exit.code', value: { intValue: '1' } });
    expect(step.attributes).toContainEqual({ key: 'ratio', value: { doubleValue: 0.125 } });
    expect(step.attributes).toContainEqual({ key: 'nums', value: { arrayValue: { values: [{ intValue: '1' }, { doubleValue: 2.5 }] } } });
    expect('parentSpanId' in (json.resourceSpans[0]!.scopeSpans[0]!.spans[0] as object)).toBe(false);
  });

  it('writes times as Unix nanoseconds that read back to the same milliseconds', () => {
    expect(msToNanos(1_750_000_000_123)).toBe('1750000000123000000');
    expect(msToNanos(1.5)).toBe('1500000');
    for (const ms of [T0, T0 + 900.000123, 1_700_000_000_000.999]) expect(nanosToMs(msToNanos(ms))).toBeCloseTo(ms, 4);
  });

  it('reads back with its sources through the scope', () => {
    const back = convertRequest(JSON.parse(JSON.stringify(toOtlpJson(trace()))), 'hex', sourceByScope).spans;
    expect(back.map((s) => [s.name, s.source])).toEqual(trace().map((s) => [s.name, s.source]));
  });
});

describe('exportSpans', () => {
  it.each(['http/protobuf', 'http/json'] as const)('otlp (%s): sends to <endpoint>/v1/traces; the receiver gets the spans intact', async (protocol) => {
    const receiver = await startReceiver({ hosts: ['127.0.0.1'] });
    open.push(receiver);
    const spans = trace();
    const result = await exportSpans(spans, { exporter: 'otlp', protocol, endpoint: `${receiver.endpointFor('127.0.0.1')}/` });
    expect(result).toEqual({ requests: 1, spans: 4, warnings: [] });
    const got = receiver.spansFor(TRACE);
    expect(got.map(comparable)).toEqual(spans.map(comparable));
    got.forEach((s, i) => {
      expect(s.startMs).toBeCloseTo(spans[i]!.startMs, 4);
      expect(s.endMs).toBeCloseTo(spans[i]!.endMs, 4);
      s.events.forEach((e, j) => expect(e.timeMs).toBeCloseTo(spans[i]!.events[j]!.timeMs, 4));
    });
  });

  it('otlp: sends the [otel] headers and JSON content type, gzipped, in batches; reports a partial success', async () => {
    const seen: { url: string | undefined; headers: IncomingHttpHeaders; spans: number }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = JSON.parse((req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8'));
        seen.push({ url: req.url, headers: req.headers, spans: convertRequest(body, 'hex').spans.length });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(seen.length === 2 ? '{"partialSuccess":{"rejectedSpans":"3","errorMessage":"too old"}}' : '{}');
      });
    });
    open.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const many = Array.from({ length: EXPORT_BATCH + 10 }, (_, i) => ({ ...trace()[0]!, spanId: (i + 1).toString(16).padStart(16, '0') }));
    const result = await exportSpans(many, { exporter: 'otlp', protocol: 'http/json', compression: 'gzip', endpoint: `http://127.0.0.1:${port}`, headers: { Authorization: 'Bearer t0k', 'x-team': 'qa' } });
    expect(seen.map((s) => [s.url, s.spans])).toEqual([
      ['/v1/traces', EXPORT_BATCH],
      ['/v1/traces', 10],
    ]);
    expect(seen[0]!.headers).toMatchObject({ authorization: 'Bearer t0k', 'x-team': 'qa', 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(result).toEqual({ requests: 2, spans: EXPORT_BATCH + 10, warnings: [`http://127.0.0.1:${port}/v1/traces: 3 span(s) rejected: too old`] });
  });

  it('otlp: rejects with the status when the collector refuses, and when nothing listens', async () => {
    const server = createServer((_req, res) => res.writeHead(401).end('no token'));
    open.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await expect(exportSpans(trace(), { exporter: 'otlp', endpoint: `http://127.0.0.1:${port}` })).rejects.toThrow(`OTLP export to http://127.0.0.1:${port}/v1/traces failed: HTTP 401: no token`);
    await new Promise<void>((r) => server.close(() => r()));
    await expect(exportSpans(trace(), { exporter: 'otlp', endpoint: `http://127.0.0.1:${port}`, timeoutMs: 1000 })).rejects.toThrow(/failed: .*ECONNREFUSED/);
  });

  it('otlp: retries a 503, and gives up on a collector that never answers within the timeout', async () => {
    let calls = 0;
    const flaky = createServer((_req, res) => (++calls === 1 ? res.writeHead(503, { 'Retry-After': '0' }).end() : res.writeHead(200).end()));
    const silent = createServer(() => undefined);
    open.push(flaky, silent);
    await Promise.all([flaky, silent].map((srv) => new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))));
    const url = (srv: Server) => `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    expect(await exportSpans(trace(), { exporter: 'otlp', endpoint: url(flaky) })).toMatchObject({ requests: 1, spans: 4 });
    expect(calls).toBe(2);
    const t0 = Date.now();
    await expect(exportSpans(trace(), { exporter: 'otlp', endpoint: url(silent), timeoutMs: 400 })).rejects.toThrow(/failed/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('stdout: one ExportTraceServiceRequest per line, parseable, read back by the trace-file reader', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const result = await exportSpans(trace(), { exporter: 'stdout', out });
    expect(result.requests).toBe(1);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => Object.keys(JSON.parse(l)))).toEqual([['resourceSpans']]);
    const back = parseTraceText(`clnrm console line\n${text}other line\n${text}`);
    expect(back.filter((_, i) => i < 4).map((s) => [s.name, s.source])).toEqual(trace().map((s) => [s.name, s.source]));
  });

  it('with a parent, the trace moves into its trace and clnrm.run becomes its child; the runner gets the configured resource', () => {
    const spans = trace();
    const parent = { traceId: 'abcdefabcdefabcdefabcdefabcdef01', spanId: '1122334455667788', flags: 1 };
    const out = spansForExport(spans, { parent, resource: { 'service.name': 'ci' } });
    expect(out.map((s) => [s.name, s.traceId, s.parentSpanId, s.resource['service.name']])).toEqual([
      ['clnrm.run', parent.traceId, parent.spanId, 'ci'],
      ['clnrm.step:curl', parent.traceId, '0000000000000001', 'ci'],
      ['GET /work', parent.traceId, '0000000000000002', 'api'],
      [spans[3]!.name, parent.traceId, spans[3]!.parentSpanId, spans[3]!.source === 'runner' ? 'ci' : spans[3]!.resource['service.name']],
    ]);
    // The judged spans (and so the digest) are untouched.
    expect(spans.map((s) => [s.traceId, s.parentSpanId])).toEqual(trace().map((s) => [s.traceId, s.parentSpanId]));
  });

  it('none, and no spans, export nothing', async () => {
    expect(await exportSpans(trace(), { exporter: 'none' })).toEqual({ requests: 0, spans: 0, warnings: [] });
    expect(await exportSpans([], { exporter: 'stdout', out: new PassThrough() })).toEqual({ requests: 0, spans: 0, warnings: [] });
  });

  it('tracesUrl appends /v1/traces once', () => {
    expect(tracesUrl()).toBe('http://localhost:4318/v1/traces');
    expect(tracesUrl('https://otel.example.com:4318/')).toBe('https://otel.example.com:4318/v1/traces');
    expect(tracesUrl('http://c:4318/v1/traces')).toBe('http://c:4318/v1/traces');
    expect(tracesUrl('http://c/prefix')).toBe('http://c/prefix/v1/traces');
  });
});

describe('clnrm run --otel-exporter / --otel-endpoint', () => {
  it('are checked before anything runs (exit 2)', async () => {
    let err = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
    try {
      expect(await main(['run', 'none.clnrm.toml', '--otel-exporter', 'jaeger'])).toBe(2);
      expect(err).toContain('--otel-exporter expects stdout, otlp or none, got "jaeger"');
      expect(await main(['run', 'none.clnrm.toml', '--otel-exporter', 'stdout', '--otel-endpoint', 'http://c:4318'])).toBe(2);
      expect(err).toContain('--otel-endpoint is for the otlp exporter, not --otel-exporter stdout');
      expect(await main(['run', 'none.clnrm.toml', '--otel-endpoint', 'c:4318'])).toBe(2);
      expect(err).toContain('--otel-endpoint expects an http(s) URL');
    } finally {
      spy.mockRestore();
    }
  });
});
