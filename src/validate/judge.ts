/**
 * Judges a suite run: each scenario's expectations against its subtree
 * (clnrm.scenario:<name> and everything below it, including spans of the
 * system under test that joined through TRACEPARENT), the file's expectations
 * against the whole trace. A failed expectation fails its scenario (or the file).
 */
import type { ExpectSpec, Suite } from '../load/index.js';
import type { ResourceInfo } from '../runtime/engine.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import { admitSutSpans, recordForgeries, type Forgery } from '../telemetry/forgery.js';
import { fromReadableSpan, type SpanRecord } from '../telemetry/span-record.js';
import { buildGraph, type SpanGraph } from './graph.js';
import { declaredChecks, evaluate, type Verdict } from './index.js';

export interface JudgedScenario extends ScenarioResult {
  verdicts: Verdict[];
  /** Nothing but "every step exited 0" was checked: no expectation, no output or exit-code assertion, no expected failure. */
  vacuous?: boolean;
}

export interface JudgeOptions {
  /** A vacuous scenario fails (the default in CI) instead of passing with a warning. */
  strict?: boolean;
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
  spans: SpanRecord[];
  /**
   * Spans of the system under test kept out of the graph because they took a
   * `clnrm.*` name or a runner span's id (also recorded on `clnrm.run`).
   * Always set by judgeSuite (optional only for hand-made JudgedSuites).
   */
  forgeries?: Forgery[];
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
export function traceGraph(runner: SpanRecord[], sutSpans: readonly SpanRecord[]): { graph: SpanGraph; spans: SpanRecord[]; forgeries: Forgery[] } {
  const { admitted, forgeries } = admitSutSpans(runner, sutSpans);
  const spans = [...recordForgeries(runner, forgeries), ...admitted];
  return { graph: buildGraph(spans), spans, forgeries };
}

/** The runner's span of a scenario, whose subtree its expectations are judged on. */
export function scenarioRoot(graph: SpanGraph, scenario: string): SpanRecord | undefined {
  return graph.spans.find((s) => s.name === `clnrm.scenario:${scenario}` && s.source === 'runner');
}

/**
 * Evaluates expectations on a graph; verdicts are located in the suite file. `peers`: names and
 * addresses of the run's containers (ScenarioResult.peers), which spans may talk to besides the
 * services and proxies (their network aliases).
 */
export function judgeExpectations(suite: Suite, expect: ExpectSpec, graph: SpanGraph, keyPath: string, leaks: readonly ResourceInfo[], peers: readonly string[] = []): Verdict[] {
  const allowedHosts = [...Object.keys(suite.services), ...Object.keys(suite.proxies), ...peers];
  return evaluate(expect, { graph, keyPath, leaks, allowedHosts }).map((v) => locateVerdict(suite, v));
}

export function judgeSuite(run: SuiteRun, sutSpans: readonly SpanRecord[] = [], options: JudgeOptions = {}): JudgedSuite {
  const { graph, spans, forgeries } = traceGraph(run.spans.map(fromReadableSpan), sutSpans.filter((s) => s.traceId === run.traceId));
  const suite = run.suite;

  const scenarios = run.scenarios.map((result, i): JudgedScenario => {
    const spec = suite.scenarios[i]!;
    if (result.skipped) return { ...result, verdicts: [] };
    const root = scenarioRoot(graph, spec.name);
    const verdicts = root ? judgeExpectations(suite, spec.expect, graph.subtree(root), `${spec.keyPath}.expect`, result.leaks, result.peers) : [];
    const judged: JudgedScenario = { ...result, verdicts };
    const failed = verdicts.filter((v) => !v.passed);
    if (!root && declaredChecks(spec.expect) > 0) {
      judged.outcome = 'error';
      judged.message = `the scenario's span is missing, so its ${declaredChecks(spec.expect)} expectation(s) could not be checked`;
    } else if (failed.length > 0 && result.outcome !== 'error') {
      const why = `${failed.length} expectation(s) failed: ${failed.map((v) => `${verdictLocation(suite.file, v)}: ${v.description}: ${v.message}`).join(' | ')}`;
      judged.outcome = 'fail';
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
    return judged;
  });

  const leaks = run.scenarios.flatMap((s) => s.leaks);
  const fileVerdicts = judgeExpectations(suite, suite.expect, graph, 'expect', leaks, run.scenarios.flatMap((s) => s.peers ?? [])).map((v) => strictVerdict(v, options.strict));
  const ran = scenarios.filter((s) => !s.skipped);
  const passed = ran.length > 0 && ran.every((s) => s.outcome === 'pass') && fileVerdicts.every((v) => v.passed);
  return { run, scenarios, fileVerdicts, spans, forgeries, passed };
}
