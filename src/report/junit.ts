/**
 * `<suite>.junit.xml`: one <testsuite> per suite file, one <testcase> per
 * scenario (plus `file expectations` when the file declares any), in the
 * JUnit dialect CI servers read (it validates against the Jenkins xunit
 * plugin's junit-10.xsd; the exact structure emitted is schemas/junit.xsd).
 *
 *   testsuites ── testsuite ─┬─ properties ── property (seed, run.id, trace.id, trace.sha256, freeze_clock)
 *                            └─ testcase* ─┬─ failure | error | skipped   (at most one)
 *                                          ├─ system-out                  (step stdout, when any)
 *                                          └─ system-err                  (step stderr, when any)
 */
import type { StepResult } from '../runtime/results.js';
import type { JudgedScenario, JudgedSuite } from '../validate/judge.js';
import type { Verdict } from '../validate/types.js';
import { clockShiftMs } from './canonical.js';
import { reportCounts, scenarioStatus, seconds } from './summary.js';

/** Name of the test case that carries the file-level `[expect.*]` verdicts. */
export const FILE_EXPECTATIONS_CASE = 'file expectations';
/** Lines of a failed step's stdout and stderr quoted in <failure>/<error>. */
export const TAIL_LINES = 20;

// ESC-introduced terminal sequences (colours, cursor moves): their ESC is not allowed in XML 1.0.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// Everything outside XML 1.0's Char production (also lone surrogates, with the `u` flag).
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes terminal escape sequences and characters XML 1.0 cannot carry. */
export function xmlSafe(s: string): string {
  return s.replace(ANSI, '').replace(ILLEGAL, '');
}

export function escapeText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');

/** Ant-style timestamp (what JUnit readers expect): UTC, seconds, no zone suffix. */
export const junitTimestamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

function streamTail(step: StepResult, stream: 'stdout' | 'stderr'): string[] {
  const t = step[stream];
  if (t.text.trim() === '') return [];
  const all = t.text.replace(/\n+$/, '').split('\n');
  const shown = all.slice(-TAIL_LINES);
  const which = shown.length < all.length ? `last ${shown.length} of ${all.length} lines` : `${all.length} line${all.length === 1 ? '' : 's'}`;
  const cut = t.truncatedBytes > 0 ? `; ${t.truncatedBytes} of ${t.totalBytes} bytes were cut from the middle when captured` : '';
  return [`--- ${stream} of step ${step.name} (${which}${cut}) ---`, shown.join('\n')];
}

const verdictLine = (v: Verdict) => `  - ${v.keyPath}: ${v.description}: ${v.message}`;

/** Body of <failure>/<error>: the message, the failed expectations, the end of the failing steps' output. */
export function failureBody(s: JudgedScenario): string {
  const parts = [s.message];
  const failed = s.verdicts.filter((v) => !v.passed);
  if (failed.length > 0) parts.push('', 'failed expectations:', ...failed.map(verdictLine));
  const bad = s.steps.filter((st) => st.outcome !== 'pass');
  const quoted = bad.length > 0 ? bad : s.steps.slice(-1);
  for (const st of quoted) {
    const exit = st.exitCode !== undefined ? `exit code ${st.exitCode}, ` : '';
    const out = [...streamTail(st, 'stdout'), ...streamTail(st, 'stderr')];
    parts.push('', `step ${st.name}: ${st.outcome} (${exit}attempts ${st.attempts}): ${st.message}`, ...out);
  }
  return parts.join('\n');
}

function streamBlock(steps: readonly StepResult[], stream: 'stdout' | 'stderr'): string {
  return steps
    .filter((st) => st[stream].text !== '')
    .map((st) => `--- step ${st.name} ---\n${st[stream].text}${st[stream].text.endsWith('\n') ? '' : '\n'}`)
    .join('');
}

function scenarioCase(suiteName: string, s: JudgedScenario): string {
  const open = `    <testcase${attrs({ classname: suiteName, name: s.name, time: seconds(s.durationMs) })}>`;
  const body: string[] = [];
  const status = scenarioStatus(s);
  const type = s.reason?.type ?? status;
  if (status === 'fail') body.push(`      <failure${attrs({ message: s.message, type })}>${escapeText(failureBody(s))}</failure>`);
  else if (status === 'error') body.push(`      <error${attrs({ message: s.message, type })}>${escapeText(failureBody(s))}</error>`);
  else if (status === 'skipped') body.push(`      <skipped${attrs({ message: s.message })}/>`);
  const out = streamBlock(s.steps, 'stdout');
  const err = streamBlock(s.steps, 'stderr');
  if (out) body.push(`      <system-out>${escapeText(out)}</system-out>`);
  if (err) body.push(`      <system-err>${escapeText(err)}</system-err>`);
  return body.length === 0 ? `${open.slice(0, -1)}/>` : [open, ...body, '    </testcase>'].join('\n');
}

function fileCase(suiteName: string, verdicts: readonly Verdict[]): string {
  const failed = verdicts.filter((v) => !v.passed);
  const open = `    <testcase${attrs({ classname: suiteName, name: FILE_EXPECTATIONS_CASE, time: seconds(0) })}`;
  if (failed.length === 0) return `${open}/>`;
  const message = `${failed.length} of ${verdicts.length} file expectation(s) failed`;
  const body = [message, '', 'failed expectations:', ...failed.map(verdictLine)].join('\n');
  return `${open}>\n      <failure${attrs({ message, type: 'expectation_failed' })}>${escapeText(body)}</failure>\n    </testcase>`;
}

/** The JUnit XML of a judged suite; `digest` is the hex trace digest. */
export function renderJunit(j: JudgedSuite, digest: string): string {
  const { run } = j;
  const name = run.suite.name;
  const c = reportCounts(j);
  const hasFile = j.fileVerdicts.length > 0;
  const tests = c.scenarios + (hasFile ? 1 : 0);
  const failures = c.failed + (c.fileExpectations.failed > 0 ? 1 : 0);
  const time = seconds(run.durationMs);
  const props: [string, string][] = [
    ['seed', String(run.seed)],
    ['run.id', run.runId],
    ['trace.id', run.traceId],
    ['trace.sha256', digest],
  ];
  if (run.suite.determinism.freezeClock) props.push(['freeze_clock', run.suite.determinism.freezeClock]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'clnrm', tests, failures, errors: c.errors, time })}>`,
    `  <testsuite${attrs({ name, tests, failures, errors: c.errors, skipped: c.skipped, time, timestamp: junitTimestamp(run.startedAt + clockShiftMs(run)), file: run.suite.file })}>`,
    '    <properties>',
    ...props.map(([k, v]) => `      <property${attrs({ name: k, value: v })}/>`),
    '    </properties>',
    ...j.scenarios.map((s) => scenarioCase(name, s)),
    ...(hasFile ? [fileCase(name, j.fileVerdicts)] : []),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}
