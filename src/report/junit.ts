/**
 * `<suite>.junit.xml`, and the aggregate of a whole run: one <testsuite> per
 * suite file, one <testcase> per scenario (plus `file expectations` when the
 * file declares any), in the JUnit dialect CI servers read (it validates
 * against the Jenkins xunit plugin's junit-10.xsd; the exact structure emitted
 * is schemas/junit.xsd). Documents are built and serialized with xmlbuilder2.
 *
 *   testsuites ── testsuite* ┬─ properties ── property (seed, run.id, trace.id, trace.sha256, freeze_clock,
 *                            │                          vacuous:<test case name> for each vacuous pass,
 *                            │                          kpi:<test case name>:<kpi> for each steady-state experiment,
 *                            │                          game_day, hypothesis:<test case name>:… for a game day)
 *                            └─ testcase* ─┬─ failure | error | skipped   (at most one)
 *                                          ├─ system-out                  (step stdout, when any)
 *                                          └─ system-err                  (step stderr, when any)
 */
import { createRequire } from 'node:module';
import type * as Xmlbuilder2 from 'xmlbuilder2';
import { requireVendored } from '../common/vendored.js';
import type { StepResult } from '../runtime/results.js';
import type { JudgedScenario, JudgedSuite } from '../validate/judge.js';
import type { Verdict } from '../validate/types.js';
import type { SuiteReportInput } from './input.js';
import { clockShiftMs } from './canonical.js';
import { gameDayProperties, gameDayReport } from './game-day.js';
import { faultTypeCounts, kpiFigures, reportCounts, scenarioStatus, seconds } from './summary.js';

/** Name of the test case that carries the file-level `[expect.*]` verdicts. */
export const FILE_EXPECTATIONS_CASE = 'file expectations';
/** Lines of a failed step's stdout and stderr quoted in <failure>/<error>. */
export const TAIL_LINES = 20;

// ESC-introduced terminal sequences (colours, cursor moves): noise in a report, and their ESC is not allowed in XML 1.0.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

/**
 * Options of every document: characters outside XML 1.0's Char production
 * (NUL, other C0 controls, U+FFFE/U+FFFF, lone surrogates) are dropped by
 * xmlbuilder2 wherever they occur (text and attribute values).
 */
const DOCUMENT = { version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' } as const;
const SERIALIZE = { prettyPrint: true, indent: '  ', newline: '\n' } as const;

type XmlNode = ReturnType<typeof Xmlbuilder2.create>;

const requireHere = createRequire(import.meta.url);
let xmlbuilder2: typeof Xmlbuilder2 | undefined;

/** xmlbuilder2, loaded when the first document is built rather than with the CLI (~45 ms of CPU from node_modules, ~15 ms prebuilt). */
function loadXmlbuilder2(): typeof Xmlbuilder2 {
  return (xmlbuilder2 ??= (requireVendored('xmlbuilder2') ?? requireHere('xmlbuilder2')) as typeof Xmlbuilder2);
}

let warmed = false;
/**
 * `clnrm run` calls this while it waits for the engine, so the report does not wait for xmlbuilder2: it
 * loads it and builds and serializes one throwaway document of the report's shape. Its first document
 * costs ~7 ms more than the next (the library's DOM sets itself up on first use); the report's is then a next one.
 */
export function warmJunit(): void {
  const xml = loadXmlbuilder2();
  if (warmed) return;
  warmed = true;
  const root = xml.create(DOCUMENT).ele('testsuites', { name: 'warm', tests: '1' });
  const suite = root.ele('testsuite', { name: 'warm', tests: '1' });
  suite.ele('properties').ele('property', { name: 'warm', value: '1' });
  const testcase = suite.ele('testcase', { name: 'warm', classname: 'warm', time: '0' });
  testcase.ele('failure', { message: 'warm &amp;#10;', type: 'warm' }).txt('warm &amp;');
  testcase.ele('system-out').txt('warm');
  root.end(SERIALIZE);
}

/*
 * What xmlbuilder2 (4.x) leaves to the caller, done here and nothing more
 * (`<`, `>`, `"` and the stripping of illegal characters are the library's):
 *  - `&`: its writer escapes an ampersand only when it does not begin
 *    something shaped like a reference (`&name;`, `&#123;`), which it passes
 *    through as already escaped. Step output such as `&nbsp;` or `&#0;` would
 *    then make a document that does not parse, and `&amp;` would read back as
 *    `&`. With every `&` written as `&amp;` first, the writer leaves each one
 *    alone and the text reads back exactly as it was.
 *  - carriage returns in text, and tabs, line feeds and carriage returns in
 *    attribute values: the writer emits them raw, and a reader normalizes raw
 *    ones away (CR LF → LF; attribute whitespace → space). As character
 *    references (passed through like the `&amp;` above) they survive.
 */
const text = (s: string): string => s.replace(ANSI, '').replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
const attr = (s: string | number): string => text(String(s)).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
const attrs = (a: Record<string, string | number>): Record<string, string> =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, attr(v)]));

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

/** Passed without proving anything (shown as vacuous; with --strict such a scenario fails instead). */
export const isVacuousPass = (s: JudgedScenario): boolean => !s.skipped && s.outcome === 'pass' && s.vacuous === true;

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

function scenarioCase(suite: XmlNode, suiteName: string, s: JudgedScenario): void {
  const tc = suite.ele('testcase', attrs({ classname: suiteName, name: s.name, time: seconds(s.durationMs) }));
  const status = scenarioStatus(s);
  const type = s.reason?.type ?? status;
  if (status === 'fail' || status === 'error') tc.ele(status === 'fail' ? 'failure' : 'error', attrs({ message: s.message, type })).txt(text(failureBody(s)));
  else if (status === 'skipped') tc.ele('skipped', attrs({ message: s.message }));
  const out = streamBlock(s.steps, 'stdout');
  const err = streamBlock(s.steps, 'stderr');
  if (out) tc.ele('system-out').txt(text(out));
  if (err) tc.ele('system-err').txt(text(err));
}

function fileCase(suite: XmlNode, suiteName: string, verdicts: readonly Verdict[]): void {
  const tc = suite.ele('testcase', attrs({ classname: suiteName, name: FILE_EXPECTATIONS_CASE, time: seconds(0) }));
  const failed = verdicts.filter((v) => !v.passed);
  if (failed.length === 0) return;
  const message = `${failed.length} of ${verdicts.length} file expectation(s) failed`;
  const body = [message, '', 'failed expectations:', ...failed.map(verdictLine)].join('\n');
  tc.ele('failure', attrs({ message, type: 'expectation_failed' })).txt(text(body));
}

/** A suite file's totals as its <testsuite> reports them (the file expectations count as one test case). */
function suiteTotals(j: JudgedSuite) {
  const c = reportCounts(j);
  const hasFile = j.fileVerdicts.length > 0;
  return {
    tests: c.scenarios + (hasFile ? 1 : 0),
    failures: c.failed + (c.fileExpectations.failed > 0 ? 1 : 0),
    errors: c.errors,
    skipped: c.skipped,
  };
}

function testsuite(root: XmlNode, { judged: j, digest, repeated }: SuiteReportInput): void {
  const { run } = j;
  // The repetitions of a repeated run are told apart by their seed.
  const name = repeated ? `${run.suite.name} [seed ${run.seed}]` : run.suite.name;
  const t = suiteTotals(j);
  const suite = root.ele('testsuite', attrs({
    name, tests: t.tests, failures: t.failures, errors: t.errors, skipped: t.skipped,
    time: seconds(run.durationMs), timestamp: junitTimestamp(run.startedAt + clockShiftMs(run)), file: run.suite.file,
  }));
  const props: [string, string][] = [
    ['seed', String(run.seed)],
    ['run.id', run.runId],
    ['trace.id', run.traceId],
    ['trace.sha256', digest],
  ];
  if (run.suite.determinism.freezeClock) props.push(['freeze_clock', run.suite.determinism.freezeClock]);
  // <testcase> has no <properties> in the JUnit schema CI servers read: a vacuous scenario is named here, by its test case.
  for (const s of j.scenarios) if (isVacuousPass(s)) props.push([`vacuous:${s.name}`, s.message]);
  // The KPIs of each experiment (docs/experiments.md), named by test case for the same reason.
  for (const s of j.scenarios) if (s.kpis) for (const [k, v] of kpiFigures(s.kpis)) props.push([`kpi:${s.name}:${k}`, v]);
  // Per fault type: planned, injected, effective, reverted, recovered.
  for (const s of j.scenarios) if (s.kpis) for (const [type, counts] of faultTypeCounts(s.kpis)) props.push([`kpi:${s.name}:fault_type:${type}`, counts]);
  // The game-day section (docs/experiments.md#game-days): each hypothesis, its criteria with verdicts, its faults' times.
  const gameDay = gameDayReport(j);
  if (gameDay) props.push(...gameDayProperties(gameDay));
  const properties = suite.ele('properties');
  for (const [k, v] of props) properties.ele('property', attrs({ name: k, value: v }));
  for (const s of j.scenarios) scenarioCase(suite, name, s);
  if (j.fileVerdicts.length > 0) fileCase(suite, name, j.fileVerdicts);
}

/**
 * The JUnit XML of several suite files (one `clnrm run`): one <testsuites>
 * whose totals (tests, failures, errors, time) are the sums over one
 * <testsuite> per file, each exactly as in that file's own report. Pass
 * masked suites (see suiteReportInput).
 */
export function renderJunitAggregate(suites: readonly SuiteReportInput[]): string {
  const totals = suites.map((s) => suiteTotals(s.judged));
  const sum = (k: 'tests' | 'failures' | 'errors') => totals.reduce((n, t) => n + t[k], 0);
  const time = seconds(suites.reduce((ms, s) => ms + Math.max(0, s.judged.run.durationMs), 0));
  const doc = loadXmlbuilder2().create(DOCUMENT);
  const root = doc.ele('testsuites', attrs({ name: 'clnrm', tests: sum('tests'), failures: sum('failures'), errors: sum('errors'), time }));
  for (const s of suites) testsuite(root, s);
  return `${doc.end(SERIALIZE)}\n`;
}

/** The JUnit XML of a judged suite (`<suite>.junit.xml`); `digest` is the hex trace digest. */
export function renderJunit(j: JudgedSuite, digest: string): string {
  return renderJunitAggregate([{ judged: j, digest }]);
}
