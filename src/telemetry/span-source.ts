/**
 * Where the spans a trace is judged on come from. Each source reads its own
 * way (an OTLP receiver, lines a step printed, a saved trace file, the
 * runner's recorder) and hands over SpanRecords; judging reads a list of them.
 */
import type { SpanRecord } from './span-record.js';

export interface SpanReading {
  spans: SpanRecord[];
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
  const out: SpanReading = { spans: [], problems: [] };
  for (const source of sources) {
    const { spans, problems } = source.read(traceId);
    out.spans.push(...spans);
    out.problems.push(...problems);
  }
  return out;
}

/** Keeps the spans of one trace (all when `traceId` is absent); ids are compared in lowercase hex. */
export function ofTrace(spans: readonly SpanRecord[], traceId: string | undefined): SpanRecord[] {
  if (traceId === undefined) return [...spans];
  const id = traceId.toLowerCase();
  return spans.filter((s) => s.traceId === id);
}
