/**
 * Judges a suite run: each scenario's expectations against its subtree
 * (clnrm.scenario:<name> and everything below it, including spans of the
 * system under test that joined through TRACEPARENT), the file's expectations
 * against the whole trace. A failed expectation fails its scenario (or the file).
 */
import type { ExpectSpec, Suite } from '../load/index.js';
import type { ResourceInfo } from '../runtime/engine.js';
import type { ScenarioResult, StepResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import { admitSutRows, admitSutSpans, recordForgeries, type Forgery } from '../telemetry/forgery.js';
import { fromReadableSpan, type SpanRecord } from '../telemetry/span-record.js';
import type { ChannelStats } from '../telemetry/receiver.js';
import { describeMalformed, findMalformed, findMalformedRows, type MalformedSpan, type RunWindow } from './attribution.js';
import { rowsList, rowsOf, sortedByKey, SpanRows } from '../telemetry/span-table.js';
import { buildGraph, type SpanGraph } from './graph.js';
import { spanKpis, withKpiAttributes } from './span-kpis.js';
import type { Kpis } from '../runtime/probes/kpi.js';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { declaredChecks, evaluate, type Verdict } from './index.js';

export interface JudgedScenario extends ScenarioResult {
  verdicts: Verdict[];
  /** Findings that do not fail the scenario by themselves: `clnrm.orphan`, `clnrm.malformed`, receiver caps and drops. */
  warnings?: string[];
  /** Nothing but "every step exited 0" was checked: no expectation, no output or exit-code assertion, no expected failure. */
  vacuous?: boolean;
}

export interface JudgeOptions {
  /** A vacuous scenario fails (the default in CI) instead of passing with a warning. */
  strict?: boolean;
  /** The receiver's findings for one scenario's channels (caps reached, spans of other traces dropped). */
  receiverWarnings?: (scenario: string) => string[];
  /** Spans of the system under test one scenario's channels sent that the receiver dropped past its span cap. */
  receiverDropped?: (scenario: string) => number;
}

/**
 * A verdict judged without spans the receiver dropped past its cap: had they been kept they could have failed it
 * (a span that breaks "every span", an error span counted as absent), so a pass is not verified and is an error.
 * Consistency checks read the steps' output, not spans, and stand.
 */
export function unverifiedPastCap(v: Verdict, dropped: number): Verdict {
  if (!v.passed || dropped === 0 || v.kind === 'consistency') return v;
  const { vacuous: _, ...rest } = v;
  return { ...rest, passed: false, error: true, message: `not verified: ${dropped} span(s) of the system under test were dropped unjudged past the OTLP receiver's span cap ([otel] receiver_max_spans); judged on the spans kept: ${v.message}` };
}

/** Warnings from the receiver's statistics of one scenario's channels. */
export function receiverWarningsOf(stats: readonly ChannelStats[]): string[] {
  const sum = (k: 'overCap' | 'unknownTrace' | 'rejected' | 'wrongAddress') => stats.reduce((n, s) => n + s[k], 0);
  const out: string[] = [];
  if (stats.some((s) => s.capReached)) out.push(`clnrm.receiver.cap: the OTLP receiver's span cap was reached; ${sum('overCap')} span(s) of this scenario were dropped unjudged`);
  if (sum('unknownTrace') > 0) out.push(`clnrm.receiver.unknown_trace: ${sum('unknownTrace')} span(s) sent in another trace than the run's were dropped (take the parent from TRACEPARENT)`);
  if (sum('rejected') > 0) out.push(`clnrm.receiver.rejected: ${sum('rejected')} span(s) with invalid ids were rejected`);
  if (sum('wrongAddress') > 0) out.push(`clnrm.receiver.wrong_address: ${sum('wrongAddress')} request(s) reached this scenario's endpoint on another address and were refused`);
  return out;
}

/** True when a scenario asserts nothing beyond the default exit code 0 of its steps. */
export function isVacuous(spec: SuiteRun['suite']['scenarios'][number]): boolean {
  if (declaredChecks(spec.expect) > 0 || spec.expectFailure) return false;
  return !spec.steps.some((st) => st.expectedOutputRegex !== undefined || st.expectExitCode !== 0 || st.expectFailure);
}

/**
 * Why a scenario proves nothing, or undefined: it checks only its steps' exit code 0,
 * or one of its checks turned out, on this run, unable to fail (a verdict marked vacuous).
 */
export function vacuousReason(spec: SuiteRun['suite']['scenarios'][number], verdicts: readonly Verdict[]): string | undefined {
  if (isVacuous(spec)) return 'only the steps\' exit code 0 was checked (add an expectation, expected_output_regex or expect_exit_code)';
  const empty = verdicts.filter((v) => v.vacuous !== undefined);
  if (empty.length === 0) return undefined;
  return `${empty.length} check(s) could not have failed: ${empty.map((v) => `${v.keyPath}: ${v.vacuous}`).join('; ')}`;
}

/** Under --strict a file expectation that could not have failed fails. */
const strictVerdict = (v: Verdict, strict: boolean | undefined): Verdict =>
  strict && v.passed && v.vacuous !== undefined ? { ...v, passed: false, message: `vacuous: ${v.vacuous}; --strict fails it` } : v;

export interface JudgedSuite {
  run: SuiteRun;
  scenarios: JudgedScenario[];
  /** Verdicts of the file-level `[expect.*]`. */
  fileVerdicts: Verdict[];
  /** Every span of the trace: the runner's and the system under test's. */
  spans: readonly SpanRecord[];
  /**
   * Spans of the system under test kept out of the graph because they took a
   * `clnrm.*` name or a runner span's id (also recorded on `clnrm.run`).
   * Always set by judgeSuite (optional only for hand-made JudgedSuites).
   */
  forgeries?: Forgery[];
  /** Spans of the system under test set aside as malformed (never judged); see validate/attribution.ts. */
  malformed?: MalformedSpan[];
  /** Spans of the system under test in the run's trace that no scenario's channel carried (never judged). */
  unattributed?: number;
  passed: boolean;
}

/**
 * Where a verdict's expectation is in the file: its own key path, or the
 * nearest enclosing one the file knows (e.g. `status.by_name` for a name
 * written as a dotted key).
 */
function locateVerdict(suite: Suite, v: Verdict): Verdict {
  let keyPath = v.keyPath;
  while (keyPath) {
    const at = suite.locate(keyPath);
    if (at) return { ...v, line: at.line, column: at.column };
    const cut = Math.max(keyPath.lastIndexOf('.'), keyPath.lastIndexOf('['));
    if (cut <= 0) break;
    keyPath = keyPath.slice(0, cut);
  }
  return v;
}

/** `file:line: key path` of a verdict, for messages. */
export function verdictLocation(file: string, v: Verdict): string {
  return `${v.line !== undefined ? `${file}:${v.line}: ` : ''}${v.keyPath}`;
}

/**
 * The graph a trace is judged on: the runner's spans plus the system under test's spans of the same
 * trace, minus forgeries of the runner's spans (recorded on clnrm.run instead). Shared with `clnrm analyze`.
 */
export function traceGraph(
  runner: SpanRecord[],
  sutSpans: readonly SpanRecord[],
  options: { requireOrigin?: boolean; runWindow?: RunWindow; openRunnerSpans?: { traceId: string; spanIds: readonly string[] } } = {},
): { graph: SpanGraph; spans: readonly SpanRecord[]; forgeries: Forgery[]; malformed: MalformedSpan[]; unattributed: number } {
  const rows = rowsOf(sutSpans);
  if (rows && rows.records.length === 0) return traceGraphOfRows(runner, rows, options);
  const { admitted, forgeries } = admitSutSpans(runner, sutSpans, options.openRunnerSpans);
  // In a run, a span no scenario's channel carried cannot be tied to anything: never credited.
  const attributed = options.requireOrigin ? admitted.filter((s) => s.origin) : admitted;
  const { wellFormed, malformed } = findMalformed(runner, attributed, options.runWindow);
  const spans = [...recordForgeries(runner, forgeries), ...wellFormed];
  return { graph: buildGraph(spans), spans, forgeries, malformed, unattributed: admitted.length - attributed.length };
}

/**
 * traceGraph of the spans of the system under test kept as rows of a span table (a very large trace):
 * the same filters by position, and the spans judged are the runner's (records, forgeries recorded on
 * clnrm.run) followed by the well-formed rows, as one view of the table; no span is copied.
 */
function traceGraphOfRows(
  runner: SpanRecord[],
  sut: SpanRows,
  options: { requireOrigin?: boolean; runWindow?: RunWindow; openRunnerSpans?: { traceId: string; spanIds: readonly string[] } },
): ReturnType<typeof traceGraph> {
  const { admitted, forgeries } = admitSutRows(runner, sut, options.openRunnerSpans);
  let attributed = admitted;
  if (options.requireOrigin) {
    const kept = new Int32Array(admitted.length);
    let n = 0;
    for (const k of admitted) if (sut.origin(k)) kept[n++] = k;
    attributed = kept.subarray(0, n);
  }
  const credited = sut.select(attributed);
  const { wellFormed, malformed } = findMalformedRows(runner, credited, options.runWindow);
  const records = recordForgeries(runner, forgeries);
  const refs = new Int32Array(records.length + wellFormed.length);
  for (let i = 0; i < records.length; i++) refs[i] = ~i;
  for (let j = 0; j < wellFormed.length; j++) refs[records.length + j] = credited.ref(wellFormed[j]!);
  const spans = rowsList(new SpanRows(sut.table, refs, records));
  return { graph: buildGraph(spans), spans, forgeries, malformed, unattributed: admitted.length - attributed.length };
}

/**
 * The spans with the runner's changed by `change` (which changes no span of the system under test):
 * for a view of table rows, whose runner spans are all its records (traceGraphOfRows), only the records.
 */
function withRunnerChanged(spans: readonly SpanRecord[], change: (spans: readonly SpanRecord[]) => SpanRecord[]): readonly SpanRecord[] {
  const rows = rowsOf(spans);
  return rows ? rowsList(rows.withRecords(change)) : change(spans);
}

/** The spans of one trace (a view of a table's rows stays one). */
function ofTraceId(spans: readonly SpanRecord[], traceId: string): readonly SpanRecord[] {
  const rows = rowsOf(spans);
  if (!rows) return spans.filter((s) => s.traceId === traceId);
  const kept = new Int32Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) if (rows.traceId(k) === traceId) kept[n++] = k;
  return n === rows.length ? spans : rowsList(rows.select(kept.subarray(0, n)));
}

/**
 * The spans a scenario's expectations are judged on: the runner's subtree of
 * its `clnrm.scenario:` span, plus the spans of the system under test that its
 * own channels carried. In a saved trace (no origins), the subtree by ids.
 */
export function scenarioGraph(graph: SpanGraph, root: SpanRecord, scenario: string): SpanGraph {
  const rows = rowsOf(graph.spans);
  if (rows) return scenarioGraphOfRows(graph, rows, root, scenario);
  const subtree = graph.subtree(root);
  if (!graph.spans.some((s) => s.origin)) return subtree;
  const runner = subtree.spans.filter((s) => s.source === 'runner');
  const own = graph.spans.filter((s) => s.source === 'sut' && s.origin?.scenario === scenario);
  return buildGraph([...runner, ...own].sort((a, b) => a.startMs - b.startMs));
}

/** scenarioGraph of a graph read from table rows: the scenario's rows are picked by position, never copied. */
function scenarioGraphOfRows(graph: SpanGraph, rows: SpanRows, root: SpanRecord, scenario: string): SpanGraph {
  let anyOrigin = false;
  for (let k = 0; k < rows.length && !anyOrigin; k++) anyOrigin = rows.origin(k) !== undefined;
  if (!anyOrigin) return graph.subtree(root);
  // The runner's spans of the subtree (a few), in its order, as records; the system's own spans as refs.
  const subtree = graph.subtreeSpans(root);
  const records: SpanRecord[] = [];
  const sub = rowsOf(subtree);
  if (sub) {
    for (let k = 0; k < sub.length; k++) if (sub.source(k) === 'runner') records.push(sub.at(k));
  } else for (const s of subtree) if (s.source === 'runner') records.push(s);
  const own = (k: number) => rows.source(k) === 'sut' && rows.origin(k)?.scenario === scenario;
  let owned = 0;
  for (let k = 0; k < rows.length; k++) if (own(k)) owned++;
  const runnerCount = records.length;
  const refs = new Int32Array(runnerCount + owned);
  for (let i = 0; i < runnerCount; i++) refs[i] = ~i;
  for (let k = 0, at = runnerCount; k < rows.length; k++) {
    if (!own(k)) continue;
    const r = rows.ref(k);
    // A span of the system under test kept as a record (not made by traceGraphOfRows) joins the records.
    refs[at++] = r >= 0 ? r : ~(records.push(rows.records[~r]!) - 1);
  }
  const startOf = (r: number) => (r < 0 ? records[~r]!.startMs : rows.table.startMsOf(r));
  // As [...runner, ...own].sort(by start) orders them (a stable sort).
  return buildGraph(rowsList(new SpanRows(rows.table, sortedByKey(refs, startOf), records)));
}

/** The runner's span of a scenario, whose subtree its expectations are judged on. */
export function scenarioRoot(graph: SpanGraph, scenario: string): SpanRecord | undefined {
  return graph.spans.find((s) => s.name === `clnrm.scenario:${scenario}` && s.source === 'runner');
}

/** Evaluates expectations on a graph; verdicts are located in the suite file. */
export function judgeExpectations(
  suite: Suite,
  expect: ExpectSpec,
  graph: SpanGraph,
  keyPath: string,
  leaks: readonly ResourceInfo[],
  malformed: readonly MalformedSpan[] = [],
  peers: readonly string[] = [],
  steps?: readonly StepResult[],
): Verdict[] {
  // peers: names and addresses of the run's containers (ScenarioResult.peers), which spans may talk to besides the services and proxies.
  const allowedHosts = [...Object.keys(suite.services), ...Object.keys(suite.proxies), ...peers];
  return evaluate(expect, { graph, keyPath, leaks, allowedHosts, malformed, ...(steps ? { steps } : {}) }).map((v) => locateVerdict(suite, v));
}

/** Events recorded per scenario span for each kind of finding (the first ones). */
export const MAX_FINDING_EVENTS = 20;

/**
 * The trace with each scenario's malformed and orphan spans recorded on its
 * `clnrm.scenario:<name>` span, so the reports and the digest show them:
 * attributes `malformed.count` / `orphans.count` and one `clnrm.malformed` /
 * `clnrm.orphan` event per span (the first MAX_FINDING_EVENTS). Added after
 * judging: no expectation is judged on them.
 */
function recordFindings(spans: readonly SpanRecord[], malformed: readonly MalformedSpan[], orphansBy: ReadonlyMap<string, readonly SpanRecord[]>): SpanRecord[] {
  return spans.map((s) => {
    if (s.source !== 'runner' || !s.name.startsWith('clnrm.scenario:')) return s;
    const name = s.name.slice('clnrm.scenario:'.length);
    const bad = malformed.filter((m) => m.scenario === name);
    const orphans = orphansBy.get(name) ?? [];
    if (bad.length === 0 && orphans.length === 0) return s;
    const events = [
      ...bad.slice(0, MAX_FINDING_EVENTS).map((m) => ({ name: 'clnrm.malformed', timeMs: s.endMs, attributes: { 'span.name': m.span.name, 'span.id': m.span.spanId, reasons: m.reasons.join('; ') } })),
      ...orphans.slice(0, MAX_FINDING_EVENTS).map((o) => ({ name: 'clnrm.orphan', timeMs: s.endMs, attributes: { 'span.name': o.name, 'span.id': o.spanId, 'parent.id': o.parentSpanId ?? '' } })),
    ];
    const counts: Record<string, number> = {};
    if (bad.length) counts['malformed.count'] = bad.length;
    if (orphans.length) counts['orphans.count'] = orphans.length;
    return { ...s, attributes: { ...s.attributes, ...counts }, events: [...s.events, ...events] };
  });
}

/**
 * Spans of the system under test in the graph whose parent is not in it (or that have none): attribution.ts's
 * orphansIn, read from the graph's parent links (an id set of a very large trace is not built). A view of the
 * graph's rows when it reads a table.
 */
function orphansOf(graph: SpanGraph): readonly SpanRecord[] {
  const rows = rowsOf(graph.spans);
  const positions: number[] = [];
  for (let k = 0; k < graph.parentIndex.length; k++) {
    if (graph.parentIndex[k] !== -1) continue;
    if ((rows ? rows.source(k) : graph.spans[k]!.source) === 'sut') positions.push(k);
  }
  return rows ? rowsList(rows.select(positions)) : positions.map((k) => graph.spans[k]!);
}

/** The `clnrm.orphan` and `clnrm.malformed` warnings of one scenario. */
function spanWarnings(orphans: readonly SpanRecord[], malformed: readonly MalformedSpan[]): string[] {
  const out: string[] = [];
  if (orphans.length > 0) {
    const shown = orphans.slice(0, 3).map((s) => `\`${s.name}\` (${s.parentSpanId ? `parent ${s.parentSpanId}` : 'no parent'})`);
    out.push(`clnrm.orphan: ${orphans.length} span(s) of the system under test have a parent that is not in the scenario's trace: ${shown.join(', ')}${orphans.length > 3 ? ', …' : ''}`);
  }
  if (malformed.length > 0) out.push(`clnrm.malformed: ${malformed.length} span(s) set aside and never judged: ${describeMalformed(malformed)}`);
  return out;
}

/** What one scenario is judged on: the trace's graph, its malformed spans and the KPIs recomputed from spans. */
interface TraceScope {
  suite: Suite;
  graph: SpanGraph;
  malformed: readonly MalformedSpan[];
  measured: ReadonlyMap<string, Kpis>;
}

/** The graph and findings of a trace as judged: KPI attributes replaced, forgeries and malformed spans set aside. */
function traceScope(
  suite: Suite,
  runner: SpanRecord[],
  traceId: string,
  results: readonly (ScenarioResult | undefined)[],
  sutSpans: readonly SpanRecord[],
  partial?: { runWindow: RunWindow; openSpanIds: readonly string[] },
) {
  const traced = traceGraph(
    runner,
    ofTraceId(sutSpans, traceId),
    { requireOrigin: true, ...(partial ? { runWindow: partial.runWindow, openRunnerSpans: { traceId, spanIds: partial.openSpanIds } } : {}) },
  );
  // KPIs that read the system's spans (span detection, error budget) need the attributed spans: computed now.
  const measured = spanKpis(suite, results as ScenarioResult[], traced.spans);
  const spans = measured.size ? withRunnerChanged(traced.spans, (list) => withKpiAttributes(list, measured)) : traced.spans;
  const graph = measured.size ? buildGraph(spans) : traced.graph;
  return { traced, measured, spans, graph };
}

/** One scenario's verdicts and outcome, on its scope of the trace; also the orphans recorded on its span. */
function judgeOne(scope: TraceScope, index: number, ran: ScenarioResult, options: JudgeOptions): { judged: JudgedScenario; orphans?: readonly SpanRecord[] } {
  const { suite, graph, malformed } = scope;
  const spec = suite.scenarios[index]!;
  const kpis = scope.measured.get(spec.name);
  const result = kpis ? { ...ran, kpis } : ran;
  if (result.skipped) return { judged: { ...result, verdicts: [] } };
  const root = scenarioRoot(graph, spec.name);
  const own = malformed.filter((m) => m.scenario === spec.name);
  const sub = root ? scenarioGraph(graph, root, spec.name) : undefined;
  const dropped = options.receiverDropped?.(spec.name) ?? 0;
  const verdicts = sub ? judgeExpectations(suite, spec.expect, sub, `${spec.keyPath}.expect`, result.leaks, own, result.peers, result.steps).map((v) => unverifiedPastCap(v, dropped)) : [];
  const judged: JudgedScenario = { ...result, verdicts };
  const orphans = sub ? orphansOf(sub) : undefined;
  const warnings = [...(orphans ? spanWarnings(orphans, own) : []), ...(options.receiverWarnings?.(spec.name) ?? [])];
  if (warnings.length > 0) judged.warnings = warnings;
  const failed = verdicts.filter((v) => !v.passed);
  if (!root && declaredChecks(spec.expect) > 0) {
    judged.outcome = 'error';
    judged.message = `the scenario's span is missing, so its ${declaredChecks(spec.expect)} expectation(s) could not be checked`;
  } else if (failed.length > 0 && result.outcome !== 'error') {
    const why = `${failed.length} expectation(s) failed: ${failed.map((v) => `${verdictLocation(suite.file, v)}: ${v.description}: ${v.message}`).join(' | ')}`;
    // A check that could not be judged (its inputs missing or untrustworthy) makes the scenario an error, not a failure.
    judged.outcome = failed.some((v) => v.error) ? 'error' : 'fail';
    // A leak stays the reason: it is the more serious finding; the failed expectations are added to the message.
    if (result.reason?.type === 'leak') judged.message = `${result.message}; ${why}`;
    else {
      judged.reason = { type: 'expectation_failed' };
      judged.message = why;
    }
  } else if (spec.steps.length === 0 && verdicts.length === 0) {
    judged.outcome = 'error';
    judged.message = 'nothing to check: the scenario has no steps and no expectations';
  } else if (vacuousReason(spec, verdicts) !== undefined) {
    judged.vacuous = true;
    const note = `vacuous: ${vacuousReason(spec, verdicts)}`;
    if (options.strict && judged.outcome === 'pass') {
      judged.outcome = 'fail';
      judged.reason = { type: 'vacuous' };
      judged.message = `${note}; --strict fails it`;
    } else if (judged.outcome === 'pass') judged.message = `${judged.message} (${note})`;
  }
  return orphans ? { judged, orphans } : { judged };
}

/** A scenario judged again on the whole trace after its printed pass: the pass is withdrawn, with a warning that says why. */
function withdrawnPass(judged: JudgedScenario): JudgedScenario {
  const why = `clnrm.forgery: the pass printed when this scenario ended is withdrawn: a span its containers sent took the id of a runner span that started later; judged again on the whole trace: ${judged.outcome}: ${judged.message ?? ''}`;
  return { ...judged, warnings: [...(judged.warnings ?? []), why] };
}

/** The runner's spans of a suite while it runs: those ended so far, e.g. every span of a scenario that has ended. */
export interface PartialTrace {
  traceId: string;
  spans: readonly ReadableSpan[];
  /** The run so far (clnrm.run has not ended): spans outside it are malformed, as in the whole trace. */
  runWindow: RunWindow;
  /** Ids of the runner's spans started and not ended (clnrm.run, other scenarios running): a span of the system under test taking one is a forgery. */
  openSpanIds: readonly string[];
}

/**
 * A scenario's final verdict as soon as it ends: judged with the rules of
 * judgeSuite on the runner's spans ended so far (its own subtree is complete
 * once it ended) and the spans of the system under test received so far, of
 * which only those its own channels carried are credited to it. The file's
 * expectations and the digest wait for the whole trace (judgeSuite).
 */
export function judgeScenario(suite: Suite, index: number, ran: ScenarioResult, trace: PartialTrace, sutSpans: readonly SpanRecord[] = [], options: JudgeOptions = {}): JudgedScenario {
  const results: (ScenarioResult | undefined)[] = suite.scenarios.map(() => undefined);
  results[index] = ran;
  const { traced, measured, graph } = traceScope(suite, trace.spans.map(fromReadableSpan), trace.traceId, results, sutSpans, trace);
  return judgeOne({ suite, graph, malformed: traced.malformed, measured }, index, ran, options).judged;
}

/**
 * Judges a suite run. `judgedEarly` are scenarios already judged when they
 * ended (judgeScenario), by name: their verdicts were printed as final and are
 * kept; the trace's findings (KPI attributes, malformed and orphan spans) and
 * the file's expectations are always computed here, on the whole trace.
 */
export function judgeSuite(run: SuiteRun, sutSpans: readonly SpanRecord[] = [], options: JudgeOptions = {}, judgedEarly: ReadonlyMap<string, JudgedScenario> = new Map()): JudgedSuite {
  const suite = run.suite;
  const { traced, measured, spans, graph } = traceScope(suite, run.spans.map(fromReadableSpan), run.traceId, run.scenarios, sutSpans);
  const { forgeries, malformed, unattributed } = traced;
  const scope: TraceScope = { suite, graph, malformed, measured };

  /** Orphans of each scenario's scope, recorded on its span below. */
  const orphansBy = new Map<string, readonly SpanRecord[]>();
  const forgedIn = new Set(forgeries.flatMap((f) => (f.scenario === undefined ? [] : [f.scenario])));
  const scenarios = run.scenarios.map((ran, i): JudgedScenario => {
    const { judged, orphans } = judgeOne(scope, i, ran, options);
    if (orphans) orphansBy.set(suite.scenarios[i]!.name, orphans);
    const early = judgedEarly.get(ran.name);
    if (!early) return judged;
    // A span its containers sent took the id of a runner span that started after the early verdict (seed-derived ids
    // can be computed): the whole trace shows the forgery, and a pass it refutes does not stand.
    if (early.outcome === 'pass' && judged.outcome !== 'pass' && forgedIn.has(ran.name)) return withdrawnPass(judged);
    return early;
  });

  const leaks = run.scenarios.flatMap((s) => s.leaks);
  const dropped = run.scenarios.reduce((n, s) => n + (options.receiverDropped?.(s.name) ?? 0), 0);
  const fileVerdicts = judgeExpectations(suite, suite.expect, graph, 'expect', leaks, malformed, run.scenarios.flatMap((s) => s.peers ?? []))
    .map((v) => unverifiedPastCap(strictVerdict(v, options.strict), dropped));
  const ran = scenarios.filter((s) => !s.skipped);
  const passed = ran.length > 0 && ran.every((s) => s.outcome === 'pass') && fileVerdicts.every((v) => v.passed);
  const recorded = withRunnerChanged(spans, (list) => recordFindings(list, malformed, orphansBy));
  return { run, scenarios, fileVerdicts, spans: recorded, forgeries, malformed, unattributed, passed };
}
