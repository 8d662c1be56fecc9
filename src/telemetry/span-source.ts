/**
 * Where the spans a trace is judged on come from. Each source reads its own
 * way (an OTLP receiver, lines a step printed, a saved trace file, the
 * runner's recorder) and hands over SpanRecords; judging reads a list of them.
 */
import type { SpanRecord } from './span-record.js';

export interface SpanReading {
  /** Past LARGE_TRACE_SPANS, a view of the SpanTable they are kept in (span-table.ts). */
  spans: readonly SpanRecord[];
  /** What could not be read, one line each (never thrown: a bad line is not a failed run). */
  problems: string[];
}

export interface SpanSource {
  /** Names the source in messages. */
  readonly sourceName: string;
  /** The spans of the trace `traceId` (every span when absent), and the problems met reading them. */
  read(traceId?: string): SpanReading;
}

/** The spans of every source, in the order of the list, and their problems. */
export function readSources(sources: readonly SpanSource[], traceId?: string): SpanReading {
  const readings = sources.map((source) => source.read(traceId));
  const problems = readings.flatMap((r) => r.problems);
  // One source that gave spans: its list as it is (a very large trace's table view stays a view).
  const giving = readings.filter((r) => r.spans.length > 0);
  if (giving.length === 1) return { spans: giving[0]!.spans, problems };
  const spans: SpanRecord[] = [];
  // One at a time: spreading a list of more than ~100 k spans into push() overflows the stack.
  for (const r of giving) for (const s of r.spans) spans.push(s);
  return { spans, problems };
}

/** Keeps the spans of one trace (all when `traceId` is absent); ids are compared in lowercase hex. */
export function ofTrace(spans: readonly SpanRecord[], traceId: string | undefined): SpanRecord[] {
  if (traceId === undefined) return [...spans];
  const id = traceId.toLowerCase();
  return spans.filter((s) => s.traceId === id);
}
