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
import { applyFrozenClock, clockShiftMs, traceDigest } from './canonical.js';
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

/** Spans in start order (ties: name, then id), so the listing does not depend on completion order. */
export function orderedSpans(spans: readonly SpanRecord[]): SpanRecord[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...spans].sort((a, b) => a.startMs - b.startMs || cmp(a.name, b.name) || cmp(a.spanId, b.spanId));
}

export type JsonReport = ReturnType<typeof jsonReport>;

/** The report as a plain object; `digest` is passed in when already computed, `replay` when the suite came from a file, `repetitions` in a repeated run's first report. */
export function jsonReport(j: JudgedSuite, digest?: string, replay?: ReplayRecord, repetitions?: readonly unknown[]) {
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
    spans: orderedSpans(applyFrozenClock(j.spans, run)).map(spanJson),
    // Only in the report of a repeated run's first repetition (src/report/repetitions.ts).
    ...(repetitions ? { repetitions: [...repetitions] } : {}),
  };
}

/** The report serialized: two-space indentation, trailing newline. */
export function renderJsonReport(j: JudgedSuite, digest?: string, replay?: ReplayRecord, repetitions?: readonly unknown[]): string {
  return `${JSON.stringify(jsonReport(j, digest, replay, repetitions), null, 2)}\n`;
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
export function jsonAggregate(suites: readonly SuiteReportInput[]) {
  const reports = suites.map(({ judged, digest, replay, repetitions }) => jsonReport(judged, digest, replay, repetitions));
  return { reportVersion: REPORT_VERSION, suites: reports, totals: aggregateTotals(reports) };
}

export type JsonAggregate = ReturnType<typeof jsonAggregate>;

/** The aggregate report serialized like the per-suite one: two-space indentation, trailing newline. */
export function renderJsonAggregate(suites: readonly SuiteReportInput[]): string {
  return `${JSON.stringify(jsonAggregate(suites), null, 2)}\n`;
}
