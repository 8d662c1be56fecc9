import { describe, expect, it } from 'vitest';
import { parseKeyValueList, parseTraceparent, readOtelEnv, resolveExportSettings, tracesUrlFromEnv, type SuiteOtel } from './otel-env.js';

const noSuite: SuiteOtel = { headers: {}, resources: {} };

describe('OTEL_EXPORTER_OTLP_*ENDPOINT', () => {
  it('appends v1/traces to the base endpoint, after its path; the traces endpoint is used as it is', () => {
    expect(tracesUrlFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe('http://c:4318/v1/traces');
    expect(tracesUrlFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' })).toBe('http://c:4318/v1/traces');
    expect(tracesUrlFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://c/otlp' })).toBe('https://c/otlp/v1/traces');
    expect(tracesUrlFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t:9999/custom' })).toBe('http://t:9999/custom');
    expect(tracesUrlFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t:9999' })).toBe('http://t:9999/');
  });

  it('ignores a malformed endpoint with a warning naming the variable', () => {
    const warnings: string[] = [];
    expect(tracesUrlFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, warnings)).toBeUndefined();
    expect(warnings).toEqual(['OTEL_EXPORTER_OTLP_ENDPOINT: ignored "collector:4318" (not an http(s) URL)']);
  });
});

describe('readOtelEnv', () => {
  it('reads headers (traces-specific win), protocol, compression, timeout, service name and resource', () => {
    const env = readOtelEnv({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'Authorization=Bearer%20a,x-team=qa',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'authorization=Bearer%20b',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_COMPRESSION: 'gzip',
      OTEL_EXPORTER_OTLP_TIMEOUT: '2500',
      OTEL_SERVICE_NAME: 'ci-chaos',
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=ci,team=a%2Cb',
    });
    expect(env).toEqual({
      disabled: false,
      exporter: 'otlp',
      tracesUrl: 'http://c:4318/v1/traces',
      headers: { Authorization: 'Bearer a', 'x-team': 'qa', authorization: 'Bearer b' },
      protocol: 'http/json',
      compression: 'gzip',
      timeoutMs: 2500,
      serviceName: 'ci-chaos',
      resource: { 'deployment.environment': 'ci', team: 'a,b' },
      warnings: [],
    });
  });

  it('no variables: nothing to export', () => {
    expect(readOtelEnv({})).toEqual({ disabled: false, headers: {}, resource: {}, warnings: [] });
  });

  it('OTEL_TRACES_EXPORTER: otlp, console (stdout), none; the traces protocol wins; grpc falls back with a warning', () => {
    expect(readOtelEnv({ OTEL_TRACES_EXPORTER: 'console' }).exporter).toBe('stdout');
    expect(readOtelEnv({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c' }).exporter).toBe('none');
    expect(readOtelEnv({ OTEL_TRACES_EXPORTER: 'otlp' }).exporter).toBe('otlp');
    expect(readOtelEnv({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf' }).protocol).toBe('http/protobuf');
    const grpc = readOtelEnv({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' });
    expect(grpc.protocol).toBe('http/protobuf');
    expect(grpc.warnings).toEqual(['OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" is not supported (http/json or http/protobuf); using http/protobuf']);
    expect(readOtelEnv({ OTEL_EXPORTER_OTLP_TIMEOUT: '60000' }).timeoutMs).toBe(10_000);
    expect(readOtelEnv({ OTEL_EXPORTER_OTLP_COMPRESSION: 'zstd' }).warnings).toEqual(['OTEL_EXPORTER_OTLP_COMPRESSION: ignored "zstd" (gzip or none)']);
    expect(readOtelEnv({ OTEL_SDK_DISABLED: 'TRUE' }).disabled).toBe(true);
  });

  it('key=value lists skip entries without a key, with a warning', () => {
    const warnings: string[] = [];
    expect(parseKeyValueList('a=1,,=2,b', 'V', warnings)).toEqual({ a: '1' });
    expect(warnings).toEqual(['V: ignored "=2" (expected key=value)', 'V: ignored "b" (expected key=value)']);
  });
});

describe('resolveExportSettings: flags > suite keys > environment > defaults', () => {
  const env = readOtelEnv({
    OTEL_EXPORTER_OTLP_ENDPOINT: 'http://env:4318',
    OTEL_EXPORTER_OTLP_HEADERS: 'a=env,b=env',
    OTEL_SERVICE_NAME: 'from-env',
    OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attrs,region=eu,team=env',
  });

  it('the environment alone turns the otlp export on, to its endpoint, with its resource', () => {
    expect(resolveExportSettings({}, noSuite, env)).toEqual({
      exporter: 'otlp',
      url: 'http://env:4318/v1/traces',
      headers: { a: 'env', b: 'env' },
      protocol: 'http/protobuf',
      compression: 'none',
      timeoutMs: 10_000,
      resource: { 'service.name': 'from-env', region: 'eu', team: 'env' },
    });
  });

  it('suite keys win over the environment, flags over both', () => {
    const suite: SuiteOtel = { exporter: 'stdout', endpoint: 'http://suite:4318', headers: { b: 'suite' }, serviceName: 'shop-tests', resources: { team: 'shop' } };
    const s = resolveExportSettings({}, suite, env);
    expect([s.exporter, s.url, s.headers, s.resource]).toEqual(['stdout', 'http://suite:4318/v1/traces', { a: 'env', b: 'suite' }, { 'service.name': 'shop-tests', region: 'eu', team: 'shop' }]);
    const f = resolveExportSettings({ exporter: 'otlp', endpoint: 'http://flag:1' }, suite, env);
    expect([f.exporter, f.url]).toEqual(['otlp', 'http://flag:1/v1/traces']);
  });

  it('service.name falls back to OTEL_RESOURCE_ATTRIBUTES, then clnrm', () => {
    expect(resolveExportSettings({}, noSuite, readOtelEnv({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=attrs' })).resource).toEqual({ 'service.name': 'attrs' });
    expect(resolveExportSettings({}, noSuite, readOtelEnv({})).resource).toEqual({ 'service.name': 'clnrm' });
    expect(resolveExportSettings({}, noSuite, readOtelEnv({})).exporter).toBe('none');
  });

  it('OTEL_SDK_DISABLED turns off the export the suite asks for; only --otel-exporter overrides it', () => {
    const off = readOtelEnv({ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://env:4318' });
    expect(resolveExportSettings({}, { ...noSuite, exporter: 'otlp' }, off).exporter).toBe('none');
    expect(resolveExportSettings({ exporter: 'otlp' }, noSuite, off).exporter).toBe('otlp');
  });
});

describe('parseTraceparent', () => {
  it('reads a valid W3C traceparent', () => {
    expect(parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', flags: 1 });
    expect(parseTraceparent('01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00-future')).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736' });
  });

  it.each([
    ['garbage', 'expected 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>'],
    ['00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01', 'expected 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>'],
    ['00-00000000000000000000000000000000-00f067aa0ba902b7-01', 'the trace id is all zeros'],
    ['00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01', 'the parent span id is all zeros'],
    ['ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'version ff is invalid'],
    ['00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x', 'version 00 has exactly four fields'],
  ])('rejects %s', (text, error) => {
    expect(parseTraceparent(text)).toEqual({ error });
  });
});
