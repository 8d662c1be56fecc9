/**
 * Spans written as JSON lines on a step's stdout (`artifacts.collect =
 * ["spans:stdout"]`), for programs that print their spans instead of exporting
 * them over OTLP. A line is read when it is a JSON object (or an array of
 * them) that is either
 *
 * - a whole OTLP/JSON payload: `{"resourceSpans": [...]}` (one
 *   ExportTraceServiceRequest, as the Collector's file exporter writes them), or
 * - one span: an object with a name, a trace id, a span id and a start time, in
 *   the OTLP/JSON camelCase shape (`traceId`, `spanId`, `parentSpanId`, `name`,
 *   `kind`, `startTimeUnixNano`, `endTimeUnixNano`, `attributes`, `events`,
 *   `status`) or in snake case (`trace_id`, `span_id`, `parent_span_id`,
 *   `start_time_unix_nano`, ...). Leniencies: `attributes` may be an OTLP
 *   key/value list or a plain object; ids may have a `0x` prefix; `kind` may be
 *   a number, `SPAN_KIND_SERVER`, `SERVER`, `server` or `SpanKind.SERVER`;
 *   `status` may be `{code, message}`, `{status_code, description}` or a bare
 *   code; times may be Unix nanoseconds (string or number) or ISO 8601 strings
 *   (`start_time`, `end_time`); ids may sit in `context` with the parent in
 *   `parent_id` (the shape of OpenTelemetry Python's console exporter); a
 *   `resource` (attribute list, plain object, or `{attributes}`) sets the
 *   span's resource.
 *
 * Every other line (text, JSON logs, even logs that carry a trace id) is
 * ignored. A line that is meant as spans but cannot be read (invalid ids, a
 * payload of the wrong shape, JSON cut short) gives an error, never an exception.
 * The conversion itself is the receiver's: the same records come out.
 */
import {
  attributes,
  BadRequest,
  convertRequest,
  convertSpan,
  field,
  isObj,
  type Obj,
  type SourceOf,
} from './otlp.js';
import type { ScenarioSpec } from '../load/index.js';
import { SPAN_KIND_BY_NAME, type AttrValue, type SpanRecord } from './span-record.js';
import { ofTrace, type SpanSource } from './span-source.js';

/** The `artifacts.collect` entry that makes a scenario's step stdout a source of spans. */
export const STDOUT_SPANS = 'spans:stdout';

export interface ParseOptions {
  /** Resource of bare span lines that carry none (payloads always carry their own). */
  resource?: Readonly<Record<string, AttrValue>>;
  /** Runner or system under test, from a payload's instrumentation scope (default: system under test). */
  sourceOf?: SourceOf;
}

export interface ParsedSpans {
  spans: SpanRecord[];
  /** One line per problem: `line N: ...`. */
  errors: string[];
}

const MAX_ERRORS = 20;

/** Keys that make a line that does not parse worth reporting (it was probably a span, cut short). */
const SPANLIKE = /"(resourceSpans|resource_spans|traceId|trace_id|spanId|span_id)"/;

export function parseSpanLines(text: string, options: ParseOptions = {}): ParsedSpans {
  const out: ParsedSpans = { spans: [], errors: [] };
  let more = 0;
  const error = (message: string) => {
    if (out.errors.length < MAX_ERRORS) out.errors.push(message);
    else more++;
  };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line.startsWith('{') && !line.startsWith('[')) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      if (SPANLIKE.test(line)) error(`line ${index + 1}: not valid JSON: ${(err as Error).message}`);
      return;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      for (const problem of readItem(item, options, out.spans)) error(`line ${index + 1}: ${problem}`);
    }
  });
  if (more > 0) out.errors.push(`${more} more problem(s)`);
  return out;
}

/** Reads one JSON value into `spans`; returns the problems. */
function readItem(item: unknown, options: ParseOptions, spans: SpanRecord[]): string[] {
  if (!isObj(item)) return [];
  if ('resourceSpans' in item || 'resource_spans' in item) {
    try {
      const converted = convertRequest(item, 'hex', options.sourceOf);
      for (const s of converted.spans) spans.push(s);
      return converted.rejected > 0 ? [`${converted.rejected} span(s) rejected: ${converted.reasons.join('; ')}`] : [];
    } catch (err) {
      if (err instanceof BadRequest) return [`not an OTLP payload: ${err.message}`];
      throw err;
    }
  }
  if (!isSpan(item)) return [];
  try {
    const resource = resourceOf(item.resource) ?? { ...options.resource };
    const converted = convertSpan(normalizeSpan(item), resource, 'hex', options.sourceOf?.(undefined) ?? 'sut');
    if (typeof converted === 'string') return [converted];
    spans.push(converted);
    return [];
  } catch (err) {
    if (err instanceof BadRequest) return [`span '${String(item.name)}': ${err.message}`];
    throw err;
  }
}

const context = (o: Obj): Obj => (isObj(o.context) ? o.context : {});
const traceIdOf = (o: Obj) => field(o, 'traceId') ?? field(context(o), 'traceId');
const spanIdOf = (o: Obj) => field(o, 'spanId') ?? field(context(o), 'spanId');
const startOf = (o: Obj) => field(o, 'startTimeUnixNano') ?? field(o, 'startTime');
const endOf = (o: Obj) => field(o, 'endTimeUnixNano') ?? field(o, 'endTime');

/** A span, not a log line that happens to carry trace context: a name, both ids and a start time. */
function isSpan(o: Obj): boolean {
  return typeof o.name === 'string' && traceIdOf(o) !== undefined && spanIdOf(o) !== undefined && startOf(o) !== undefined;
}

const hexId = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/^0x/i, '') : v);

/** Unix nanoseconds as given, or an ISO 8601 string turned into nanoseconds. */
function nanos(v: unknown): unknown {
  if (typeof v !== 'string' || /^\s*-?\d+\s*$/.test(v)) return v;
  const ms = Date.parse(v);
  if (!Number.isFinite(ms)) return undefined;
  // Sub-millisecond digits of the ISO string, which Date.parse drops.
  const fraction = /\.(\d+)/.exec(v)?.[1] ?? '';
  const subMs = fraction.length > 3 ? BigInt(fraction.slice(3, 9).padEnd(6, '0')) : 0n;
  return String(BigInt(ms) * 1_000_000n + subMs);
}

function kindOf(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const name = v.replace(/^SpanKind\./i, '').replace(/^SPAN_KIND_/i, '').toUpperCase();
  return `SPAN_KIND_${name}` in SPAN_KIND_BY_NAME ? `SPAN_KIND_${name}` : v;
}

function statusOf(v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  const code = (c: unknown) => (typeof c === 'string' && !/^\d+$/.test(c) ? `STATUS_CODE_${c.replace(/^StatusCode\./i, '').replace(/^STATUS_CODE_/i, '').toUpperCase()}` : typeof c === 'string' ? Number(c) : c);
  if (!isObj(v)) return { code: code(v) };
  const message = v.message ?? v.description;
  return { code: code(field(v, 'code') ?? field(v, 'statusCode')), ...(typeof message === 'string' ? { message } : {}) };
}

/** OTLP AnyValue of a plain JSON value. */
function anyValue(v: unknown): Obj | undefined {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: v } : { doubleValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue).filter((x) => x !== undefined) } };
  if (isObj(v)) return { stringValue: JSON.stringify(v) };
  return undefined;
}

/** An OTLP key/value list as given, or a plain object turned into one. */
function keyValues(v: unknown): unknown {
  if (!isObj(v)) return v;
  return Object.entries(v).flatMap(([key, value]) => {
    const any = anyValue(value);
    return any ? [{ key, value: any }] : [];
  });
}

function resourceOf(v: unknown): Record<string, AttrValue> | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return attributes(v);
  if (!isObj(v)) return undefined;
  const attrs = 'attributes' in v ? v.attributes : v;
  const list = keyValues(attrs);
  return Array.isArray(list) ? attributes(list) : undefined;
}

/** A bare span in any accepted shape → the OTLP/JSON camelCase shape convertSpan reads. */
function normalizeSpan(o: Obj): Obj {
  const events = field(o, 'events');
  return {
    traceId: hexId(traceIdOf(o)),
    spanId: hexId(spanIdOf(o)),
    parentSpanId: hexId(field(o, 'parentSpanId') ?? field(o, 'parentId')),
    name: o.name,
    kind: kindOf(o.kind),
    startTimeUnixNano: nanos(startOf(o)),
    endTimeUnixNano: nanos(endOf(o) ?? startOf(o)),
    attributes: keyValues(o.attributes),
    events: Array.isArray(events)
      ? events.filter(isObj).map((e) => ({
          name: e.name,
          timeUnixNano: nanos(field(e, 'timeUnixNano') ?? e.timestamp),
          attributes: keyValues(e.attributes),
        }))
      : events,
    status: statusOf(o.status),
  };
}

/** What this reader needs of a scenario's result: each step's captured stdout (the runtime's results have this shape). */
export interface StepStdout {
  name: string;
  stdout: { text: string; truncatedBytes: number };
}
export interface ScenarioStdout {
  steps: readonly StepStdout[];
}

/**
 * The spans printed by the steps of every scenario that collects
 * `spans:stdout`, read after the run from each step's captured stdout.
 * `results` are in the order of `scenarios` (as a SuiteRun has them). A bare
 * span line without a resource gets `service.name` = the step's service, when
 * the step runs in one. Errors name the scenario and the step. With `traceId`,
 * spans printed in another trace (not judged with the run) are pointed out.
 */
export function stdoutSpansOf(scenarios: readonly ScenarioSpec[], results: readonly ScenarioStdout[], traceId?: string): ParsedSpans {
  const out: ParsedSpans = { spans: [], errors: [] };
  scenarios.forEach((spec, i) => {
    if (!(spec.artifacts as readonly string[]).includes(STDOUT_SPANS)) return;
    for (const step of results[i]?.steps ?? []) {
      const service = spec.steps.find((s) => s.name === step.name)?.service;
      const parsed = parseSpanLines(step.stdout.text, service ? { resource: { 'service.name': service } } : {});
      // The step that printed them is their origin: they count for this scenario only.
      for (const s of parsed.spans) s.origin = { scenario: spec.name, via: 'stdout' };
      for (const s of parsed.spans) out.spans.push(s);
      const where = `scenario ${spec.name}, step ${step.name}`;
      out.errors.push(...parsed.errors.map((e) => `${where}: stdout ${e}`));
      const elsewhere = traceId === undefined ? 0 : parsed.spans.filter((s) => s.traceId !== traceId).length;
      if (elsewhere > 0) {
        out.errors.push(`${where}: ${elsewhere} span(s) on stdout are in another trace than the run's and are not judged (take the parent from TRACEPARENT)`);
      }
      if (step.stdout.truncatedBytes > 0) {
        out.errors.push(`${where}: stdout was cut (${step.stdout.truncatedBytes} bytes dropped from the middle); spans printed there are lost`);
      }
    }
  });
  return out;
}

/**
 * The spans the steps of a suite's scenarios printed, as a span source: read
 * after the run; a line that could not be read, a span of another trace and
 * cut output are its problems.
 */
export function stdoutSpanSource(scenarios: readonly ScenarioSpec[], results: readonly ScenarioStdout[]): SpanSource {
  return {
    sourceName: 'step stdout',
    read(traceId) {
      const { spans, errors } = stdoutSpansOf(scenarios, results, traceId);
      return { spans: ofTrace(spans, traceId), problems: errors };
    },
  };
}
