/**
 * The standard OpenTelemetry environment variables, as they apply to the
 * export of the runner's own trace, and how they combine with the suite's
 * `[otel]` keys and the `--otel-*` flags (docs/otel.md).
 *
 * Precedence, as the OpenTelemetry specification asks: the environment gives
 * the defaults, explicit configuration wins. For each setting:
 *   `--otel-*` flag  >  suite `[otel]` key  >  OTEL_* variable  >  built-in default.
 * `OTEL_SDK_DISABLED=true` is the one exception: a kill switch that turns the
 * export off unless `--otel-exporter` asks for it on the command line.
 */
import type { AttrValue } from './span-record.js';

export type ExporterName = 'none' | 'stdout' | 'otlp';
export type OtlpProtocol = 'http/json' | 'http/protobuf';
export type OtlpCompression = 'gzip' | 'none';

export const DEFAULT_OTLP_ENDPOINT = 'http://localhost:4318';
/** The spec's default export timeout; it bounds the whole export of a suite's trace, retries included. */
export const DEFAULT_EXPORT_TIMEOUT_MS = 10_000;

/** What the OTEL_* variables say, parsed; `warnings` name each variable that was ignored and why. */
export interface OtelEnv {
  /** OTEL_SDK_DISABLED=true. */
  disabled: boolean;
  /** From OTEL_TRACES_EXPORTER, or `otlp` when an OTLP endpoint variable is set. */
  exporter?: ExporterName;
  /** The full traces URL the variables give (spec path rules applied). */
  tracesUrl?: string;
  headers: Record<string, string>;
  protocol?: OtlpProtocol;
  compression?: OtlpCompression;
  timeoutMs?: number;
  serviceName?: string;
  resource: Record<string, string>;
  warnings: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

const get = (env: Env, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

/** `k1=v1,k2=v2` with percent-encoded values (W3C Baggage octets), as OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES write them. */
export function parseKeyValueList(text: string | undefined, variable: string, warnings: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq).trim() : '';
    if (!key) {
      warnings.push(`${variable}: ignored ${JSON.stringify(part.trim())} (expected key=value)`);
      continue;
    }
    try {
      out[key] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      warnings.push(`${variable}: ignored the value of ${key} (bad percent-encoding)`);
    }
  }
  return out;
}

function validUrl(text: string, variable: string, warnings: string[]): URL | undefined {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // reported below
  }
  warnings.push(`${variable}: ignored ${JSON.stringify(text)} (not an http(s) URL)`);
  return undefined;
}

/**
 * The traces URL from the endpoint variables, by the spec's rules:
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is used as it is; OTEL_EXPORTER_OTLP_ENDPOINT
 * is a base URL to which `v1/traces` is appended (after its own path, if any).
 */
export function tracesUrlFromEnv(env: Env, warnings: string[] = []): string | undefined {
  const specific = get(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  if (specific) {
    const url = validUrl(specific, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', warnings);
    if (url) return url.href;
  }
  const base = get(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  if (base) {
    const url = validUrl(base, 'OTEL_EXPORTER_OTLP_ENDPOINT', warnings);
    if (url) return `${url.href.endsWith('/') ? url.href : `${url.href}/`}v1/traces`;
  }
  return undefined;
}

/** `<endpoint>/v1/traces` for an endpoint given in the suite or on the command line, unless it already ends with it. */
export function tracesUrl(endpoint: string = DEFAULT_OTLP_ENDPOINT): string {
  const base = endpoint.replace(/\/+$/, '');
  return base.endsWith('/v1/traces') ? base : `${base}/v1/traces`;
}

function protocolFrom(env: Env, warnings: string[]): OtlpProtocol | undefined {
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL']) {
    const v = get(env, name);
    if (!v) continue;
    if (v === 'http/json' || v === 'http/protobuf') return v;
    warnings.push(`${name}: ${JSON.stringify(v)} is not supported (http/json or http/protobuf); using http/protobuf`);
    return 'http/protobuf';
  }
  return undefined;
}

function compressionFrom(env: Env, warnings: string[]): OtlpCompression | undefined {
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_COMPRESSION', 'OTEL_EXPORTER_OTLP_COMPRESSION']) {
    const v = get(env, name);
    if (!v) continue;
    if (v === 'gzip' || v === 'none') return v;
    warnings.push(`${name}: ignored ${JSON.stringify(v)} (gzip or none)`);
    return undefined;
  }
  return undefined;
}

function timeoutFrom(env: Env, warnings: string[]): number | undefined {
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT']) {
    const v = get(env, name);
    if (!v) continue;
    const ms = Number(v);
    if (Number.isFinite(ms) && ms > 0) return Math.min(ms, DEFAULT_EXPORT_TIMEOUT_MS);
    warnings.push(`${name}: ignored ${JSON.stringify(v)} (a positive number of milliseconds)`);
    return undefined;
  }
  return undefined;
}

function exporterFrom(env: Env, warnings: string[], endpointSet: boolean): ExporterName | undefined {
  const v = get(env, 'OTEL_TRACES_EXPORTER');
  if (v) {
    // A list is allowed by the spec; the runner exports to one place: the first it knows.
    for (const name of v.split(',').map((s) => s.trim())) {
      if (name === 'none' || name === 'otlp') return name;
      if (name === 'console') return 'stdout';
    }
    warnings.push(`OTEL_TRACES_EXPORTER: ignored ${JSON.stringify(v)} (otlp, console or none)`);
  }
  return endpointSet ? 'otlp' : undefined;
}

/** Reads the OTEL_* variables that concern the export of the runner's trace. */
export function readOtelEnv(env: Env = process.env): OtelEnv {
  const warnings: string[] = [];
  const url = tracesUrlFromEnv(env, warnings);
  const sdkDisabled = get(env, 'OTEL_SDK_DISABLED');
  const exporter = exporterFrom(env, warnings, url !== undefined);
  const protocol = protocolFrom(env, warnings);
  const compression = compressionFrom(env, warnings);
  const timeoutMs = timeoutFrom(env, warnings);
  const serviceName = get(env, 'OTEL_SERVICE_NAME');
  return {
    disabled: sdkDisabled?.toLowerCase() === 'true',
    ...(exporter ? { exporter } : {}),
    ...(url ? { tracesUrl: url } : {}),
    headers: {
      ...parseKeyValueList(get(env, 'OTEL_EXPORTER_OTLP_HEADERS'), 'OTEL_EXPORTER_OTLP_HEADERS', warnings),
      ...parseKeyValueList(get(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS'), 'OTEL_EXPORTER_OTLP_TRACES_HEADERS', warnings),
    },
    ...(protocol ? { protocol } : {}),
    ...(compression ? { compression } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(serviceName ? { serviceName } : {}),
    resource: parseKeyValueList(get(env, 'OTEL_RESOURCE_ATTRIBUTES'), 'OTEL_RESOURCE_ATTRIBUTES', warnings),
    warnings,
  };
}

/** A W3C trace context parent (`traceparent`). */
export interface TraceParent {
  traceId: string;
  spanId: string;
  flags: number;
}

/**
 * Parses a W3C `traceparent` (version-traceid-spanid-flags, lowercase hex).
 * Returns a reason instead when it is malformed: all-zero ids and version ff
 * are invalid; a future version may carry more fields after the flags.
 */
export function parseTraceparent(text: string): TraceParent | { error: string } {
  const m = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/.exec(text.trim());
  if (!m) return { error: 'expected 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>' };
  const [, version, traceId, spanId, flags, rest] = m as unknown as [string, string, string, string, string, string | undefined];
  if (version === 'ff') return { error: 'version ff is invalid' };
  if (version === '00' && rest !== undefined) return { error: 'version 00 has exactly four fields' };
  if (/^0+$/.test(traceId)) return { error: 'the trace id is all zeros' };
  if (/^0+$/.test(spanId)) return { error: 'the parent span id is all zeros' };
  return { traceId, spanId, flags: parseInt(flags, 16) };
}

/** What the suite's `[otel]` keys say about the export (absent: not written in the file). */
export interface SuiteOtel {
  exporter?: ExporterName;
  endpoint?: string;
  headers: Readonly<Record<string, string>>;
  serviceName?: string;
  resources: Readonly<Record<string, AttrValue>>;
}

/** Everything the export of one suite's trace needs, every source combined. */
export interface ExportSettings {
  exporter: ExporterName;
  url: string;
  headers: Record<string, string>;
  protocol: OtlpProtocol;
  compression: OtlpCompression;
  timeoutMs: number;
  /** The resource of the runner's spans. */
  resource: Record<string, AttrValue>;
  /** The exported `clnrm.run` spans become children of this one. */
  parent?: TraceParent;
}

/** Combines flags, suite keys and environment (see the precedence at the top of this file). */
export function resolveExportSettings(
  cli: { exporter?: ExporterName; endpoint?: string },
  suite: SuiteOtel,
  env: OtelEnv,
  parent?: TraceParent,
): ExportSettings {
  const exporter = cli.exporter ?? (env.disabled ? 'none' : (suite.exporter ?? env.exporter ?? 'none'));
  const explicitEndpoint = cli.endpoint ?? suite.endpoint;
  const serviceName = suite.serviceName ?? env.serviceName ?? env.resource['service.name'] ?? 'clnrm';
  return {
    exporter,
    url: explicitEndpoint !== undefined ? tracesUrl(explicitEndpoint) : (env.tracesUrl ?? tracesUrl(DEFAULT_OTLP_ENDPOINT)),
    headers: { ...env.headers, ...suite.headers },
    protocol: env.protocol ?? 'http/protobuf',
    compression: env.compression ?? 'none',
    timeoutMs: env.timeoutMs ?? DEFAULT_EXPORT_TIMEOUT_MS,
    resource: { ...env.resource, ...suite.resources, 'service.name': serviceName },
    ...(parent ? { parent } : {}),
  };
}
