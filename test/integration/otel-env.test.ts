/**
 * `clnrm run` in a CI pipeline's trace: with OTEL_EXPORTER_OTLP_ENDPOINT and
 * TRACEPARENT set, a collector (a plain HTTP server in this process, decoding
 * OTLP protobuf and JSON) receives the run's spans with the configured
 * resource, `clnrm.run` a child of the given parent, and the digest is the one
 * of a run without TRACEPARENT. An unreachable collector is a warning, after a
 * bounded wait.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertRequest } from '../../src/telemetry/otlp.js';
import { asJsonShape, decodeRequest } from '../../src/telemetry/otlp-protobuf.js';
import type { SpanRecord } from '../../src/telemetry/span-record.js';
import { sourceByScope } from '../../src/telemetry/trace-file.js';
import { CLI, envWithoutCi, header } from './helpers.js';

const PARENT_TRACE = '0af7651916cd43dd8448eb211c80319c';
const PARENT_SPAN = 'b7ad6b7169203331';

// A plain step, and a chaos one: the digest must not move with TRACEPARENT, faults included.
const SCENARIOS = `
[[scenario]]
name = "hello"
service = "app"
run = "echo hi"

[[scenario]]
name = "killed"
service = "app"
run = "sleep 30"
expect_failure = true
chaos_injection = { type = "kill_container", target = "app", delay_ms = 300, signal = "SIGKILL" }

[[scenario.expect.span]]
name = "clnrm.chaos.kill_container"
attrs.all = { "chaos.injected" = true }
`;

interface Received {
  contentType: string | undefined;
  encoding: string | undefined;
  spans: SpanRecord[];
}

/** A minimal OTLP/HTTP collector: answers 200 and keeps what it decoded. */
function collector(): { server: Server; got: Received[] } {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
      const format = req.headers['content-type'] === 'application/json' ? 'json' : 'protobuf';
      const shape = asJsonShape(decodeRequest(body, format), format);
      got.push({ contentType: req.headers['content-type'], encoding: req.headers['content-encoding'], spans: convertRequest(shape, format === 'json' ? 'hex' : 'base64', sourceByScope).spans });
      res.writeHead(200, { 'Content-Type': req.headers['content-type'] ?? 'application/json' }).end(format === 'json' ? '{}' : Buffer.alloc(0));
    });
  });
  return { server, got };
}

/** `clnrm run` in a child process (asynchronously: the collector answers from this process meanwhile). */
function clnrm(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; out: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (status) => resolve({ status, out, ms: Date.now() - t0 }));
  });
}

describe('clnrm run honours the OTEL_* variables and TRACEPARENT', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-otelenv-'));
  const file = join(dir, 'ci.clnrm.toml');
  const { server, got } = collector();
  let endpoint = '';
  const otelEnv = (extra: NodeJS.ProcessEnv) =>
    envWithoutCi({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'ci-pipeline', OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=ci,vcs.ref=main', ...extra });
  const digest = (reportDir: string) => JSON.parse(readFileSync(join(reportDir, 'ci.report.json'), 'utf8')).digest.value as string;

  beforeAll(async () => {
    writeFileSync(file, `${header('ci')}${SCENARIOS}`);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('exports the run under the given parent, with the configured resource; the digest is unaffected', async () => {
    const joined = await clnrm(['run', file, '-j', '2', '--report-dir', join(dir, 'joined')], otelEnv({ TRACEPARENT: `00-${PARENT_TRACE}-${PARENT_SPAN}-01`, OTEL_EXPORTER_OTLP_COMPRESSION: 'gzip' }));
    expect(joined.status, joined.out).toBe(0);
    expect(joined.out).not.toContain('trace export');
    expect(got.map((g) => [g.contentType, g.encoding])).toEqual([['application/x-protobuf', 'gzip']]);
    const spans = got[0]!.spans;
    const run = spans.find((s) => s.name === 'clnrm.run')!;
    expect(run).toMatchObject({ traceId: PARENT_TRACE, parentSpanId: PARENT_SPAN, source: 'runner' });
    expect(run.resource).toEqual({ 'service.name': 'ci-pipeline', 'deployment.environment': 'ci', 'vcs.ref': 'main' });
    expect(spans.filter((s) => s.name.startsWith('clnrm.scenario:') && s.parentSpanId === run.spanId).map((s) => s.name).sort()).toEqual(['clnrm.scenario:hello', 'clnrm.scenario:killed']);
    expect(spans.some((s) => s.name === 'clnrm.chaos.kill_container')).toBe(true);
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([PARENT_TRACE]));

    got.length = 0;
    const alone = await clnrm(['run', file, '-j', '2', '--report-dir', join(dir, 'alone')], otelEnv({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }));
    expect(alone.status, alone.out).toBe(0);
    expect(got.map((g) => g.contentType)).toEqual(['application/json']);
    const own = got[0]!.spans.find((s) => s.name === 'clnrm.run')!;
    expect(own.parentSpanId).toBeUndefined();
    expect(own.traceId).not.toBe(PARENT_TRACE);
    expect(digest(join(dir, 'alone'))).toBe(digest(join(dir, 'joined')));
  });

  it('a malformed TRACEPARENT and an unreachable collector are warnings: the run passes after a bounded wait', async () => {
    const r = await clnrm(['run', file, '--filter', '^hello$', '--report-dir', join(dir, 'down')], otelEnv({ TRACEPARENT: '00-xyz-01', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', OTEL_EXPORTER_OTLP_TIMEOUT: '1000' }));
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('TRACEPARENT "00-xyz-01" is ignored');
    expect(r.out).toMatch(/ci: trace export failed: OTLP export to http:\/\/127\.0\.0\.1:9\/v1\/traces failed/);
  });
});
