/**
 * `clnrm analyze FILE --traces TRACE`: judges a suite file's expectations
 * against a saved trace, without an engine and without running anything. The
 * file's `[expect.*]` are judged against the whole trace, each scenario's
 * against the subtree of its `clnrm.scenario:<name>` span, as in a run; spans
 * of the system under test that take a `clnrm.*` name (or a runner span's id)
 * are forgeries and stay out of the graph, as in a run.
 *
 * Not checkable from a trace: the leak checks of `[expect.hermeticity]`
 * (`no_container_leakage`, `no_network_leakage`, `no_volume_leakage`), which a
 * run answers by listing the engine after cleanup. They are reported as "not
 * checked: needs a run" and do not fail the analysis, unless `--strict` is
 * given. Execution outcomes (exit codes, timeouts) are not judged again: only
 * the expectations.
 *
 * Exit status: 0 every checked expectation passed, 1 one failed (or a
 * scenario with expectations is missing from the trace, or `--strict` and
 * something was not checked), 2 usage errors (bad suite file, unreadable
 * trace, no trace to pick).
 */
import { readFileSync } from 'node:fs';
import pc from 'picocolors';
import { LoadError, UsageError } from '../common/errors.js';
import { formatIssue, loadSuiteFile, type ExpectSpec, type Suite } from '../load/index.js';
import type { Forgery } from '../telemetry/forgery.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { parseTraceText, TraceFileError } from '../telemetry/trace-file.js';
import { checksNeedingARun, declaredChecks, EXPECTATION_TYPES, type SpanGraph, type Verdict } from '../validate/index.js';
import { judgeExpectations, scenarioRoot, traceGraph, verdictLocation } from '../validate/judge.js';
import type { Outcome } from './exit.js';
import { parseVarOptions } from './files.js';

export interface AnalyzeCliOptions {
  traces?: string;
  traceId?: string;
  filter?: string;
  var?: string[];
  strict?: boolean;
  verbose?: boolean;
}

/** A verdict, or a declared check a trace cannot answer (`checked: false`). */
export type AnalyzedVerdict = Verdict & { checked: boolean };

export interface AnalyzedScenario {
  name: string;
  /**
   * `pass`/`fail`: its checked expectations; `missing`: it declares expectations
   * but its span is not in the trace; `empty`: it declares none; `skipped`: --filter.
   */
  status: 'pass' | 'fail' | 'missing' | 'empty' | 'skipped';
  message: string;
  verdicts: AnalyzedVerdict[];
}

export interface Analysis {
  suite: Suite;
  traceId: string;
  /** Spans of the analyzed trace (after forgeries were set aside). */
  spans: number;
  scenarios: AnalyzedScenario[];
  fileVerdicts: AnalyzedVerdict[];
  forgeries: Forgery[];
  /** Declared checks that need a run. */
  notChecked: number;
  passed: boolean;
}

export interface AnalyzeOptions {
  traceId?: string;
  filter?: RegExp;
  /** Declared checks that cannot be answered from a trace fail the analysis. */
  strict?: boolean;
}

/** Why a check needs a run, by kind (a saved trace holds neither the engine's leftovers nor the steps' output). */
const notChecked = (kind: string) => `not checked: needs a run (${EXPECTATION_TYPES[kind as keyof typeof EXPECTATION_TYPES]?.needsRunWhy ?? 'leaks are found by listing the engine after cleanup'})`;

/**
 * Which trace of the file is the suite's: `--trace-id`, else the trace of the
 * `clnrm.run` span of this suite, else the file's only trace.
 */
export function pickTrace(suite: Suite, spans: readonly SpanRecord[], traceId?: string): string {
  const ids = [...new Set(spans.map((s) => s.traceId))];
  if (traceId !== undefined) {
    const wanted = traceId.toLowerCase();
    if (!ids.includes(wanted)) throw new UsageError(`--trace-id ${traceId}: no span of the trace file is in that trace (traces: ${ids.slice(0, 5).join(', ') || 'none'})`);
    return wanted;
  }
  const runs = [...new Set(spans.filter((s) => s.source === 'runner' && s.name === 'clnrm.run' && s.attributes['suite.name'] === suite.name).map((s) => s.traceId))];
  if (runs.length === 1) return runs[0]!;
  if (runs.length > 1) throw new UsageError(`the trace file has ${runs.length} runs of suite ${suite.name} (${runs.join(', ')}); pick one with --trace-id`);
  if (ids.length === 1) return ids[0]!;
  if (ids.length === 0) throw new UsageError('the trace file has no spans');
  throw new UsageError(`the trace file has ${ids.length} traces and no clnrm.run span of suite ${suite.name}; pick one with --trace-id`);
}

/** Judges the expectations at `keyPath`; the checks only a run can answer (each kind says which) are marked not checked. */
function judge(suite: Suite, expect: ExpectSpec, graph: SpanGraph, keyPath: string): AnalyzedVerdict[] {
  const needRun = checksNeedingARun(expect, keyPath);
  return judgeExpectations(suite, expect, graph, keyPath, []).map((v) => (needRun.has(v.keyPath) ? { ...v, passed: false, checked: false, message: notChecked(v.kind) } : { ...v, checked: true }));
}

const failedOf = (verdicts: readonly AnalyzedVerdict[]) => verdicts.filter((v) => v.checked && !v.passed);

/** Judges the suite's expectations against one trace of `spans` (runner and system under test mixed, by `source`). */
export function analyzeSpans(suite: Suite, all: readonly SpanRecord[], o: AnalyzeOptions = {}): Analysis {
  const traceId = pickTrace(suite, all, o.traceId);
  const inTrace = all.filter((s) => s.traceId === traceId);
  const runner = inTrace.filter((s) => s.source === 'runner');
  const { graph, forgeries } = traceGraph(runner, inTrace.filter((s) => s.source !== 'runner'));

  const scenarios = suite.scenarios.map((spec): AnalyzedScenario => {
    const base = { name: spec.name, verdicts: [] as AnalyzedVerdict[] };
    if (o.filter && !o.filter.test(spec.name)) return { ...base, status: 'skipped', message: `skipped: does not match --filter ${o.filter.source}` };
    const declared = declaredChecks(spec.expect);
    if (declared === 0) return { ...base, status: 'empty', message: 'no expectations' };
    const root = scenarioRoot(graph, spec.name);
    if (!root) return { ...base, status: 'missing', message: `its span clnrm.scenario:${spec.name} is not in the trace, so its ${declared} expectation(s) could not be checked` };
    const verdicts = judge(suite, spec.expect, graph.subtree(root), `${spec.keyPath}.expect`);
    const failed = failedOf(verdicts);
    return failed.length > 0
      ? { ...base, verdicts, status: 'fail', message: `${failed.length} expectation(s) failed: ${failed.map((v) => `${verdictLocation(suite.file, v)}: ${v.description}: ${v.message}`).join(' | ')}` }
      : { ...base, verdicts, status: 'pass', message: 'passed' };
  });
  const fileVerdicts = judge(suite, suite.expect, graph, 'expect');
  const notChecked = [...scenarios.flatMap((s) => s.verdicts), ...fileVerdicts].filter((v) => !v.checked).length;
  const passed =
    scenarios.every((s) => s.status !== 'fail' && s.status !== 'missing') && failedOf(fileVerdicts).length === 0 && (!o.strict || notChecked === 0);
  return { suite, traceId, spans: graph.spans.length, scenarios, fileVerdicts, forgeries, notChecked, passed };
}

/** Console output in the manner of `clnrm run`. */
export function renderAnalysis(a: Analysis, traceFile: string, o: { verbose?: boolean; color?: boolean } = {}): string {
  const c = pc.createColors(o.color ?? false);
  const lines: string[] = [];
  const mark = (v: AnalyzedVerdict) => (!v.checked ? c.yellow('-') : v.passed ? c.green('✓') : c.red('✗'));
  lines.push(c.bold(a.suite.name) + c.dim(` (${a.suite.file}; trace ${a.traceId}, ${a.spans} span(s) from ${traceFile})`));
  for (const s of a.scenarios) {
    if ((s.status === 'skipped' || s.status === 'empty') && !o.verbose) continue;
    const sign = s.status === 'pass' ? c.green('✓') : s.status === 'fail' ? c.red('✗') : s.status === 'missing' ? c.yellow('!') : c.dim('-');
    const detail = s.status === 'pass' && !o.verbose ? '' : c.dim(` — ${s.message}`);
    lines.push(`  ${sign} ${s.name}${detail}`);
    for (const v of s.verdicts) {
      if (o.verbose || !v.checked) lines.push(c.dim(`      ${mark(v)} ${v.keyPath}: ${v.description}: ${v.message}`));
    }
  }
  for (const v of a.fileVerdicts) {
    if (v.checked && v.passed && !o.verbose) continue;
    lines.push(`  ${mark(v)} ${v.keyPath}: ${v.description}${v.checked && v.passed ? '' : c.dim(` — ${v.message}`)}`);
  }
  if (a.forgeries.length > 0) {
    const shown = a.forgeries.slice(0, 5).map((f) => `${f.name}${f.service ? ` (service ${f.service})` : ''}`);
    lines.push(`  ${c.yellow('!')} ${a.forgeries.length} span(s) of the system under test forged runner spans and were ignored: ${shown.join(', ')}${a.forgeries.length > 5 ? ', …' : ''}`);
  }
  const judged = a.scenarios.filter((s) => s.status === 'pass' || s.status === 'fail' || s.status === 'missing');
  const fileFailed = failedOf(a.fileVerdicts).length > 0 ? 1 : 0;
  const passed = judged.filter((s) => s.status === 'pass').length;
  const failed = judged.filter((s) => s.status === 'fail').length + fileFailed;
  const missing = judged.filter((s) => s.status === 'missing').length;
  const parts = [c.green(`${passed} passed`), failed ? c.red(`${failed} failed`) : `${failed} failed`, missing ? c.yellow(`${missing} missing from the trace`) : `${missing} missing from the trace`];
  if (a.notChecked) parts.push(c.yellow(`${a.notChecked} not checked (needs a run)`));
  lines.push(`${parts.join(', ')}: ${a.passed ? c.green('pass') : c.red('fail')}`);
  return `${lines.join('\n')}\n`;
}

export async function analyzeCommand(file: string, o: AnalyzeCliOptions): Promise<Outcome> {
  if (!o.traces) throw new UsageError('--traces FILE is required: the saved trace to judge');
  const vars = parseVarOptions(o.var);
  if (typeof vars === 'string') throw new UsageError(vars);
  let filter: RegExp | undefined;
  try {
    if (o.filter !== undefined) filter = new RegExp(o.filter);
  } catch (err) {
    throw new UsageError(`--filter is not a valid regular expression: ${(err as Error).message}`);
  }
  if (o.traceId !== undefined && !/^[0-9a-fA-F]{32}$/.test(o.traceId)) throw new UsageError(`--trace-id expects 32 hex digits, got ${JSON.stringify(o.traceId)}`);

  const loaded = loadSuiteFile(file, { vars });
  if (!loaded.ok) throw new LoadError(`cannot analyze: invalid input\n${loaded.issues.map(formatIssue).join('\n')}`);
  for (const w of loaded.warnings) process.stderr.write(`${formatIssue(w)}\n`);

  let text: string;
  try {
    text = readFileSync(o.traces, 'utf8');
  } catch (err) {
    throw new LoadError(`cannot read the trace file ${o.traces}: ${(err as Error).message}`, { cause: err });
  }
  let spans: SpanRecord[];
  try {
    spans = parseTraceText(text, o.traces);
  } catch (err) {
    if (err instanceof TraceFileError) throw new LoadError(`${o.traces}: ${err.message}`, { cause: err });
    throw err;
  }
  const analysis = analyzeSpans(loaded.suite, spans, { ...(o.traceId ? { traceId: o.traceId } : {}), ...(filter ? { filter } : {}), strict: o.strict ?? false });
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(renderAnalysis(analysis, o.traces, { verbose: o.verbose ?? false, color }));
  return analysis.passed ? { kind: 'passed' } : { kind: 'failed' };
}
