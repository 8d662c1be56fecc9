/**
 * Where the OTLP receiver keeps the spans it accepted: SpanRecord objects, as
 * always, until there are more than `compactAfterSpans` (LARGE_TRACE_SPANS);
 * then they move into a SpanTable (span-table.ts) and every later span is
 * appended to it, so a very large trace is held as columns from then on.
 * Readers get the spans as a list either way (a table's as a view whose spans
 * are made as they are read).
 */
import type { SpanRecord } from './span-record.js';
import { LARGE_TRACE_SPANS, spanList, spanTableOf, type SpanTable } from './span-table.js';

export class SpanStore {
  private records: SpanRecord[] = [];
  private table: SpanTable | undefined;
  /** Spans per trace id (to hand out the whole table when it holds one trace only). */
  private readonly perTrace = new Map<string, number>();

  constructor(private readonly compactAfterSpans = LARGE_TRACE_SPANS) {}

  get length(): number {
    return this.table ? this.table.length : this.records.length;
  }

  /** True once the spans are kept as a table. */
  get compact(): boolean {
    return this.table !== undefined;
  }

  push(span: SpanRecord): void {
    this.perTrace.set(span.traceId, (this.perTrace.get(span.traceId) ?? 0) + 1);
    if (this.table) {
      this.table.append(span);
      return;
    }
    this.records.push(span);
    if (this.records.length > this.compactAfterSpans) {
      this.table = spanTableOf(this.records);
      this.records = [];
    }
  }

  /** Every span, in arrival order (a copy of the list, or a view of the table). */
  all(): readonly SpanRecord[] {
    return this.table ? spanList(this.table) : [...this.records];
  }

  /** The spans of one trace (`traceId` in lowercase hex), in arrival order. */
  ofTrace(traceId: string): readonly SpanRecord[] {
    if (!this.table) return this.records.filter((s) => s.traceId === traceId);
    // The whole table (a view judging reads by rows) when it holds this trace only.
    if (this.perTrace.get(traceId) === this.table.length) return spanList(this.table);
    return spanList(this.table, this.table.rowsWhere((c) => c.traceId === traceId));
  }

  /** The spans of one trace that one scenario's channel delivered (found without making the others). */
  ofScenario(traceId: string, scenario: string): SpanRecord[] {
    if (!this.table) return this.records.filter((s) => s.traceId === traceId && s.origin?.scenario === scenario);
    const table = this.table;
    return Array.from(table.rowsWhere((c) => c.traceId === traceId && c.origin?.scenario === scenario), (i) => table.at(i));
  }
}
