/**
 * Reads a saved trace for `clnrm analyze`: one OTLP/JSON
 * ExportTraceServiceRequest, a JSON array of them, or JSON lines of them (what
 * `[otel] exporter = "stdout"` prints and the Collector's file exporter
 * writes); bare span lines as `spans:stdout` reads them; or a clnrm JSON report
 * (`<suite>.report.json`, whose `spans` carry their source).
 *
 * Runner or system under test: a span under the instrumentation scope `clnrm`
 * (the runner's tracer, and what the clnrm exporter writes) is the runner's;
 * every other span is the system under test's.
 */
import { LoadError } from '../common/errors.js';
import { hasSpansFile, reportSpans } from '../common/report-spans.js';
import { BadRequest, convertRequest, isObj, type SourceOf } from './otlp.js';
import { RUNNER_SCOPE } from './export.js';
import { SPAN_KINDS, SPAN_STATUSES, type AttrValue, type SpanKindName, type SpanRecord, type StatusName } from './span-record.js';
import { parseSpanLines } from './stdout-spans.js';
import { ofTrace, type SpanSource } from './span-source.js';

export const sourceByScope: SourceOf = (scope) => (scope?.name === RUNNER_SCOPE ? 'runner' : 'sut');

/** A trace file is not a trace: an input file of the user's, so a load error. */
export class TraceFileError extends LoadError {}

const KINDS = Object.keys(SPAN_KINDS) as SpanKindName[];
const STATUSES = Object.keys(SPAN_STATUSES) as StatusName[];

const record = (v: unknown): Record<string, AttrValue> => (isObj(v) ? (v as Record<string, AttrValue>) : {});

/** A span of a clnrm JSON report (`spans[]`) back to a SpanRecord. */
function fromReportSpan(s: unknown, index: number): SpanRecord {
  if (!isObj(s) || typeof s.traceId !== 'string' || typeof s.spanId !== 'string' || typeof s.name !== 'string') {
    throw new TraceFileError(`report span ${index} has no traceId, spanId or name`);
  }
  const out: SpanRecord = {
    traceId: s.traceId,
    spanId: s.spanId,
    name: s.name,
    kind: KINDS.includes(s.kind as SpanKindName) ? (s.kind as SpanKindName) : 'internal',
    status: STATUSES.includes(s.status as StatusName) ? (s.status as StatusName) : 'UNSET',
    attributes: record(s.attributes),
    events: (Array.isArray(s.events) ? s.events : []).filter(isObj).map((e) => ({
      name: String(e.name ?? ''),
      timeMs: Number(e.timeMs ?? 0),
      attributes: record(e.attributes),
    })),
    startMs: Number(s.startMs ?? 0),
    endMs: Number(s.endMs ?? 0),
    resource: record(s.resource),
    source: s.source === 'runner' ? 'runner' : 'sut',
  };
  if (typeof s.parentSpanId === 'string' && s.parentSpanId) out.parentSpanId = s.parentSpanId;
  if (typeof s.statusMessage === 'string' && s.statusMessage) out.statusMessage = s.statusMessage;
  return out;
}

function fromDocument(doc: unknown, path: string): SpanRecord[] {
  const items = Array.isArray(doc) ? doc : [doc];
  const spans: SpanRecord[] = [];
  items.forEach((item, i) => {
    const where = Array.isArray(doc) ? `item ${i}: ` : '';
    if (isObj(item) && (Array.isArray(item.spans) || hasSpansFile(item)) && 'reportVersion' in item) {
      let listed: unknown[];
      try {
        listed = reportSpans(item, path) ?? [];
      } catch (err) {
        throw new TraceFileError(`${where}${(err as Error).message}`);
      }
      listed.forEach((s, n) => spans.push(fromReportSpan(s, n)));
      return;
    }
    if (!isObj(item) || !('resourceSpans' in item || 'resource_spans' in item)) {
      throw new TraceFileError(`${where}not an OTLP ExportTraceServiceRequest (no resourceSpans) nor a clnrm report`);
    }
    try {
      const converted = convertRequest(item, 'hex', sourceByScope);
      if (converted.rejected > 0) throw new TraceFileError(`${where}${converted.rejected} invalid span(s): ${converted.reasons.join('; ')}`);
      for (const s of converted.spans) spans.push(s);
    } catch (err) {
      if (err instanceof BadRequest) throw new TraceFileError(`${where}${err.message}`);
      throw err;
    }
  });
  return spans;
}

/**
 * Every span of a saved trace. Throws TraceFileError when the text is none of the accepted forms.
 * `path` is where the text was read from: a report's spans file is found beside it.
 */
export function parseTraceText(text: string, path = '.'): SpanRecord[] {
  let doc: unknown;
  let whole = true;
  try {
    doc = JSON.parse(text);
  } catch {
    whole = false;
  }
  if (whole) return fromDocument(doc, path);
  const parsed = parseSpanLines(text, { sourceOf: sourceByScope });
  if (parsed.errors.length > 0) throw new TraceFileError(parsed.errors.join('\n'));
  if (parsed.spans.length === 0) throw new TraceFileError('no spans: neither a JSON document nor JSON lines of OTLP requests or spans');
  return parsed.spans;
}

/** A saved trace as a span source (`name` is the file's, for messages); text it cannot read is one problem. */
export function traceFileSource(name: string, text: string): SpanSource {
  return {
    sourceName: name,
    read(traceId) {
      try {
        return { spans: ofTrace(parseTraceText(text), traceId), problems: [] };
      } catch (err) {
        if (err instanceof TraceFileError) return { spans: [], problems: [`${name}: ${err.message}`] };
        throw err;
      }
    },
  };
}
