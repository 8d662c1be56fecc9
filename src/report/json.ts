/**
 * `<suite>.report.json`: everything about one suite run in one document. Keys
 * come in a fixed order and optional values are `null` rather than missing,
 * so two reports of the same run diff line by line.
 */
import type { ResourceInfo } from '../runtime/engine.js';
import type { CapturedText } from '../runtime/output.js';
import type { FailureReason, StepResult } from '../runtime/results.js';
import type { Kpis, ProbeSample } from '../runtime/probes/kpi.js';
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import type { JudgedScenario, JudgedSuite } from '../validate/judge.js';
import type { Verdict } from '../validate/types.js';
import type { SuiteReportInput } from './input.js';
import type { ReplayRecord } from './replay-record.js';
import { gameDayReport } from './game-day.js';
import { randomUUID } from 'node:crypto';
import { applyFrozenClock, clockShiftMs, traceDigest } from './canonical.js';
import { rowsOf, sortedBy, viewMapOf } from '../telemetry/span-table.js';
import type { FileContent } from './files.js';
import { reportCounts, scenarioStatus, suiteOutcome, type ReportCounts } from './summary.js';

export const REPORT_VERSION = 1;

const sortedRecord = <T>(r: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function reason(r: FailureReason | undefined): Record<string, unknown> | null {
  if (!r) return null;
  const { type, ...rest } = r as { type: string } & Record<string, unknown>;
  return { type, ...sortedRecord(rest) };
}

const text = (t: CapturedText) => ({ text: t.text, truncatedBytes: t.truncatedBytes, totalBytes: t.totalBytes });

function step(s: StepResult) {
  return {
    name: s.name,
    outcome: s.outcome,
    reason: reason(s.reason),
    message: s.message,
    exitCode: s.exitCode ?? null,
    attempts: s.attempts,
    expectedFailure: s.expectedFailure ?? false,
    durationMs: s.durationMs,
    stdout: text(s.stdout),
    stderr: text(s.stderr),
  };
}

export const verdictJson = (v: Verdict) => ({ kind: v.kind, keyPath: v.keyPath, description: v.description, passed: v.passed, message: v.message, ...(v.error ? { error: true as const } : {}) });

export const leakJson = (l: ResourceInfo) => ({ kind: l.kind, id: l.id, labels: sortedRecord(l.labels) });

function scenario(s: JudgedScenario, runStartedAt: number) {
  return {
    name: s.name,
    outcome: scenarioStatus(s),
    reason: reason(s.reason),
    message: s.message,
    startOffsetMs: s.skipped ? null : Math.max(0, s.startedAt - runStartedAt),
    durationMs: s.durationMs,
    steps: s.steps.map(step),
    verdicts: s.verdicts.map(verdictJson),
    leaks: s.leaks.map(leakJson),
    cleanupUnverified: s.cleanupUnverified ?? null,
    artifacts: [...s.artifacts],
    experiment: s.kpis ? experimentJson(s.kpis, s.probeSamples ?? [], runStartedAt) : null,
  };
}

function experimentJson(k: Kpis, samples: readonly ProbeSample[], runStartedAt: number) {
  return {
    kpis: {
      mttdMs: k.mttdMs ?? null,
      mttrMs: k.mttrMs ?? null,
      availabilityPct: k.availabilityPct ?? null,
      recoveryRatePct: k.recoveryRatePct ?? null,
      errorBudgetUsedPct: k.errorBudgetUsedPct ?? null,
      errorBudget: k.errorBudget ?? null,
      samples: k.samples,
      faults: k.faults,
      byFaultType: k.byFaultType,
    },
    samples: samples.map((x) => ({ probe: x.probe, phase: x.phase, offsetMs: x.atMs - runStartedAt, ok: x.ok, latencyMs: x.latencyMs, detail: x.detail })),
  };
}

function gameDayJson(j: JudgedSuite) {
  const g = gameDayReport(j);
  if (!g) return null;
  return {
    ...g,
    hypotheses: g.hypotheses.map((h) => ({ ...h, criteria: h.criteria.map(verdictJson), kpis: Object.fromEntries(h.kpis) })),
  };
}

const attrs = (a: Readonly<Record<string, AttrValue>>) => sortedRecord(a);

export function spanJson(s: SpanRecord) {
  return {
    traceId: s.traceId,
    spanId: s.spanId,
    parentSpanId: s.parentSpanId ?? null,
    name: s.name,
    kind: s.kind,
    status: s.status,
    statusMessage: s.statusMessage ?? null,
    startMs: s.startMs,
    endMs: s.endMs,
    attributes: attrs(s.attributes),
    events: s.events.map((e) => ({ name: e.name, timeMs: e.timeMs, attributes: attrs(e.attributes) })),
    resource: attrs(s.resource),
    source: s.source,
  };
}

export type SpanJson = ReturnType<typeof spanJson>;

/**
 * Most spans a `<suite>.report.json` holds inline. A run with more writes them
 * to `<suite>.spans.ndjson` beside it (one span a line, in the same order) and
 * report.json only names that file: a report of ~800 k spans inline would be a
 * JSON text longer than V8's longest string (~2^29 characters), which no
 * reader could parse in one piece. 100 k spans inline are ~150 MiB.
 */
let inlineSpansMax = 100_000;

/** The most spans report.json holds inline (above: the spans file). */
export function inlineSpansLimit(): number {
  return inlineSpansMax;
}

/** Sets the most spans held inline; returns the previous value (tests reach the spans file with small traces). */
export function setInlineSpansLimit(spans: number): number {
  const previous = inlineSpansMax;
  inlineSpansMax = spans;
  return previous;
}

/**
 * Where a report's spans go: `inline` in `spans`; in a spans file (`spans`
 * is then null and `spansFile` names the file, relative to the report's
 * directory); `omitted` (both null: a report only read for its verdicts); or a
 * placeholder string that the streamed rendering replaces with the spans.
 */
export type SpansPlacement = 'inline' | 'omitted' | { file: string } | { placeholder: string };

/**
 * The report's spans as they are listed: on the frozen clock, in start order
 * (ties: name, then id: the listing does not depend on completion order), shifted one at a time as they are read, so the span
 * objects of a 10 M-span trace are never all copied at once.
 */
function* reportedSpans(j: JudgedSuite): Generator<SpanRecord> {
  const shift = clockShiftMs(j.run);
  const start = (s: SpanRecord) => s.startMs + shift;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const table = rowsOf(j.spans);
  if (table) {
    // A very large trace kept as a SpanTable: its rows are sorted, and each span is made (and masked) as it is listed.
    const map = viewMapOf(j.spans);
    const at = (i: number) => table.startMsOf(i) + shift;
    let order: Int32Array = new Int32Array(table.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    let anyNaN = false;
    for (let i = 0; i < order.length && !anyNaN; i++) anyNaN = Number.isNaN(at(i));
    // Ids of two rows kept packed (16 lowercase hex digits) compare as their numbers: no id string is made.
    const cmpId = (a: number, b: number): number => {
      const ra = table.ref(a);
      const rb = table.ref(b);
      if (ra >= 0 && rb >= 0 && table.table.oddIdOf(ra) === undefined && table.table.oddIdOf(rb) === undefined) {
        return table.table.idHiOf(ra) - table.table.idHiOf(rb) || table.table.idLoOf(ra) - table.table.idLoOf(rb);
      }
      return cmp(table.spanId(a), table.spanId(b));
    };
    const byListing = (a: number, b: number) => at(a) - at(b) || cmp(table.name(a), table.name(b)) || Math.sign(cmpId(a, b)) || a - b;
    // A total order (positions break ties): any sort gives the same listing; a NaN start makes the comparator
    // inconsistent, and the sort it always had decides.
    if (anyNaN) order.sort(byListing);
    else order = sortedBy(order, byListing);
    for (const i of order) {
      const s = map ? map(table.at(i)) : table.at(i);
      yield shift ? applyFrozenClock([s], j.run)[0]! : s;
    }
    return;
  }
  const ordered = [...j.spans].sort((a, b) => start(a) - start(b) || cmp(a.name, b.name) || cmp(a.spanId, b.spanId));
  for (const s of ordered) yield shift ? applyFrozenClock([s], j.run)[0]! : s;
}

/** The lines of `<suite>.spans.ndjson`: each span of the report as one line of JSON, in report order. */
export function* spanLines(j: JudgedSuite): Generator<string> {
  for (const s of reportedSpans(j)) yield `${JSON.stringify(spanJson(s))}\n`;
}

/** The report as a plain object; `digest` is passed in when already computed, `replay` when the suite came from a file, `repetitions` in a repeated run's first report. */
export function jsonReport(j: JudgedSuite, digest?: string, replay?: ReplayRecord, repetitions?: readonly unknown[], placement: SpansPlacement = 'inline') {
  const { run } = j;
  const suite = run.suite;
  const exclude = suite.determinism.digestExclude;
  return {
    reportVersion: REPORT_VERSION,
    suite: { name: suite.name, file: suite.file },
    seed: run.seed,
    runId: run.runId,
    traceId: run.traceId,
    startedAt: new Date(run.startedAt + clockShiftMs(run)).toISOString(),
    clockFrozen: suite.determinism.freezeClock !== undefined,
    durationMs: run.durationMs,
    interrupted: run.interrupted,
    outcome: suiteOutcome(j),
    counts: reportCounts(j),
    scenarios: j.scenarios.map((s) => scenario(s, run.startedAt)),
    fileVerdicts: j.fileVerdicts.map(verdictJson),
    gameDay: gameDayJson(j),
    forgeries: (j.forgeries ?? []).map((f) => ({ name: f.name, service: f.service, traceId: f.traceId, spanId: f.spanId, reason: f.reason })),
    digest: {
      algorithm: 'sha256',
      value: digest ?? traceDigest(j.spans, exclude),
      exclude: [...exclude],
    },
    replay: replay ?? null,
    spans: placement === 'inline' ? Array.from(reportedSpans(j), spanJson) : typeof placement === 'object' && 'placeholder' in placement ? (placement.placeholder as unknown as SpanJson[]) : null,
    spansFile: typeof placement === 'object' && 'file' in placement ? { path: placement.file, count: j.spans.length } : null,
    // Only in the report of a repeated run's first repetition (src/report/repetitions.ts).
    ...(repetitions ? { repetitions: [...repetitions] } : {}),
  };
}

export type JsonReport = ReturnType<typeof jsonReport>;

/** The report serialized: two-space indentation, trailing newline; `spansFile` given, the spans are left to that file. */
export function renderJsonReport(j: JudgedSuite, digest?: string, replay?: ReplayRecord, repetitions?: readonly unknown[], spansFile?: string): string {
  return `${JSON.stringify(jsonReport(j, digest, replay, repetitions, spansFile === undefined ? 'inline' : { file: spansFile }), null, 2)}\n`;
}

/** Totals of an aggregate report: suite files, their overall outcome and duration, and the sums of their counts. */
export interface AggregateTotals extends ReportCounts {
  suites: number;
  /** `fail` when any suite failed, else `error` when any errored, else `pass` (also when there is no suite). */
  outcome: 'pass' | 'fail' | 'error';
  /** Sum of the suites' durations. */
  durationMs: number;
}

function aggregateTotals(reports: readonly JsonReport[]): AggregateTotals {
  const sum = (f: (c: ReportCounts) => number) => reports.reduce((n, r) => n + f(r.counts), 0);
  const outcomes = reports.map((r) => r.outcome);
  return {
    suites: reports.length,
    outcome: outcomes.includes('fail') ? 'fail' : outcomes.includes('error') ? 'error' : 'pass',
    durationMs: reports.reduce((ms, r) => ms + r.durationMs, 0),
    scenarios: sum((c) => c.scenarios),
    passed: sum((c) => c.passed),
    failed: sum((c) => c.failed),
    errors: sum((c) => c.errors),
    skipped: sum((c) => c.skipped),
    leaks: sum((c) => c.leaks),
    unverifiedCleanups: sum((c) => c.unverifiedCleanups),
    fileExpectations: { passed: sum((c) => c.fileExpectations.passed), failed: sum((c) => c.fileExpectations.failed) },
  };
}

/**
 * The report of several suite files (one `clnrm run`): each file's report
 * exactly as jsonReport builds it, in the order given, and their totals.
 * Pass masked suites (see suiteReportInput).
 */
export function jsonAggregate(suites: readonly SuiteReportInput[], placements?: readonly SpansPlacement[]) {
  const reports = suites.map(({ judged, digest, replay, repetitions }, i) => jsonReport(judged, digest, replay, repetitions, placements?.[i]));
  return { reportVersion: REPORT_VERSION, suites: reports, totals: aggregateTotals(reports) };
}

export type JsonAggregate = ReturnType<typeof jsonAggregate>;

/**
 * The pieces of `JSON.stringify(value, null, 2)` where each placeholder
 * string stands for the spans of one judged suite, listed one span at a time
 * (the text of a 10 M-span aggregate is longer than one string may be).
 */
function* withStreamedSpans(text: string, spansOf: ReadonlyMap<string, JudgedSuite>): Generator<string> {
  let at = 0;
  for (const [placeholder, judged] of spansOf) {
    const quoted = JSON.stringify(placeholder);
    const found = text.indexOf(quoted, at);
    const lineStart = text.lastIndexOf('\n', found) + 1;
    const keyIndent = /^ */.exec(text.slice(lineStart))![0];
    yield text.slice(at, found);
    if (judged.spans.length === 0) yield '[]';
    else {
      const indent = `${keyIndent}  `;
      let sep = '[\n';
      for (const s of reportedSpans(judged)) {
        yield `${sep}${indent}${JSON.stringify(spanJson(s), null, 2).replaceAll('\n', `\n${indent}`)}`;
        sep = ',\n';
      }
      yield `\n${keyIndent}]`;
    }
    at = found + quoted.length;
  }
  yield text.slice(at);
}

/** The aggregate report serialized like the per-suite one (two-space indentation, trailing newline), its spans inline, piece by piece. */
export function jsonAggregateContent(suites: readonly SuiteReportInput[]): FileContent {
  // Small runs: one string. Large ones: each suite's spans are streamed in at a placeholder (unique to this rendering).
  if (suites.every((s) => s.judged.spans.length <= inlineSpansMax)) return renderJsonAggregate(suites);
  const nonce = randomUUID();
  const placeholders = suites.map((_, i) => ({ placeholder: `\u0000clnrm-spans-${nonce}-${i}` }));
  const text = `${JSON.stringify(jsonAggregate(suites, placeholders), null, 2)}\n`;
  return { pieces: withStreamedSpans(text, new Map(placeholders.map((p, i) => [p.placeholder, suites[i]!.judged]))) };
}

/** The aggregate report serialized like the per-suite one: two-space indentation, trailing newline. */
export function renderJsonAggregate(suites: readonly SuiteReportInput[]): string {
  return `${JSON.stringify(jsonAggregate(suites), null, 2)}\n`;
}
