/**
 * `<suite>.html`: one suite's run as a self-contained page: verdicts with
 * their file:line, per scenario a waterfall of its spans with fault windows
 * and probe samples on the same time axis, KPIs, the cleanup record, the seed
 * and digest, and the diff against a baseline report when one was given.
 * Built from the masked report input; every value is escaped (escape.ts).
 */
import type { Verdict } from '../../validate/types.js';
import { cleanupReport, type ScenarioCleanup } from '../cleanup.js';
import type { SuiteReportInput } from '../input.js';
import { reportCounts, scenarioStatus, suiteOutcome, kpiFigures, faultTypeCounts } from '../summary.js';
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './assets.js';
import { baselineDiff, type BaselineDiff } from './baseline.js';
import { duration, esc, pct } from './escape.js';
import { scenarioViews, type ScenarioView } from './model.js';

const badge = (status: string) => `<span class="badge ${esc(status)}">${esc(status)}</span>`;

/** The page skeleton shared with the run's index page. */
export function htmlDocument(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function location(file: string, v: Verdict): string {
  return v.line !== undefined ? `${file}:${v.line}${v.column !== undefined ? `:${v.column}` : ''}` : `${file} (${v.keyPath})`;
}

function verdictTable(file: string, verdicts: readonly Verdict[]): string {
  if (verdicts.length === 0) return '<p class="muted">No expectation.</p>';
  const rows = verdicts.map((v) => {
    const mark = v.error ? '<span class="v-fail">! error</span>' : v.passed ? '<span class="v-ok">✓</span>' : '<span class="v-fail">✗</span>';
    return `<tr class="verdict" data-passed="${v.passed}"><td>${mark}</td><td><code>${esc(location(file, v))}</code></td><td>${esc(v.kind)}</td><td>${esc(v.description)}</td><td>${esc(v.message)}${v.vacuous ? ` <em class="muted">(vacuous: ${esc(v.vacuous)})</em>` : ''}</td></tr>`;
  });
  return `<table class="verdicts"><tr><th></th><th>where</th><th>kind</th><th>expectation</th><th>result</th></tr>${rows.join('')}</table>`;
}

function axisRow(axisMs: number): string {
  const ticks = [0, 0.25, 0.5, 0.75].map((f) => `<span class="tick" style="left:${pct(f * 100)}">${esc(duration(f * axisMs))}</span>`);
  return `<div class="axis"><div class="label muted">time →</div><div class="track">${ticks.join('')}</div></div>`;
}

function samplesRow(view: ScenarioView): string {
  if (view.samples.length === 0) return '';
  const dots = view.samples.map(
    (x) => `<span class="sample${x.ok ? '' : ' bad'}" style="left:${pct((x.atMs / view.axisMs) * 100)}" title="${esc(`${x.probe} at ${duration(x.atMs)}: ${x.ok ? 'healthy' : 'unhealthy'} ${x.detail}`)}"></span>`,
  );
  return `<div class="samples"><div class="label">steady-state probes (${view.samples.filter((x) => x.ok).length}/${view.samples.length} healthy)</div><div class="track">${dots.join('')}</div></div>`;
}

function waterfall(view: ScenarioView): string {
  if (view.rows.length === 0) return '<p class="muted">No span recorded.</p>';
  const at = (ms: number) => pct((ms / view.axisMs) * 100);
  const width = (ms: number) => pct((ms / view.axisMs) * 100);
  const windows = view.faults.map(
    (f) =>
      `<div class="fault-window${f.effective ? '' : ' ineffective'}" data-fault="${esc(f.label)}" style="left:${at(f.startMs)};width:${width(Math.max(0, f.endMs - f.startMs))}" title="${esc(`${f.label}: applied at ${duration(f.startMs)}, reverted at ${duration(f.endMs)}${f.effective ? '' : ' (not observed)'}`)}"><span>⚡ ${esc(f.label)}</span></div>`,
  );
  const rows = view.rows.map((r) => {
    const attrs = r.attributes.map(([k, v]) => `${esc(k)} = ${esc(JSON.stringify(v))}`).join('\n');
    const events = r.events.length > 0 ? `\nevents: ${esc(r.events.join(', '))}` : '';
    return (
      `<div class="span-row" data-name="${esc(r.name)}" data-source="${r.source}" data-depth="${r.depth}">` +
      `<div class="label" style="padding-left:${r.depth * 14}px" title="${esc(r.name)}">${esc(r.name)}</div>` +
      `<div class="track"><div class="bar ${r.source} ${esc(r.status)}" style="left:${at(r.startMs)};width:${width(r.durationMs)}"></div>` +
      `<span class="dur" style="left:${at(r.startMs + r.durationMs)}">${esc(duration(r.durationMs))}</span></div></div>` +
      `<div class="span-attrs" hidden>${esc(r.source)} span, ${esc(r.status)}, starts at ${esc(duration(r.startMs))}, lasts ${esc(duration(r.durationMs))}\n${attrs}${events}</div>`
    );
  });
  const omitted = view.omittedRows > 0 ? `<p class="muted omitted-rows">${view.omittedRows} more span(s) of this scenario are not drawn: the waterfall shows its first ${view.rows.length}; report.json lists every span.</p>` : '';
  return `<div class="waterfall">${axisRow(view.axisMs)}${samplesRow(view)}${rows.join('')}<div class="lane">${windows.join('')}</div></div>${omitted}`;
}

function kpiTable(view: ScenarioView): string {
  const k = view.scenario.kpis;
  if (!k) return '';
  const rows = [...kpiFigures(k), ...faultTypeCounts(k)].map(([key, value]) => `<tr><td>${esc(key)}</td><td>${esc(value)}</td></tr>`);
  return `<h3>KPIs</h3><table class="kpis">${rows.join('')}</table>`;
}

function cleanupTable(c: ScenarioCleanup | undefined): string {
  if (!c) return '';
  const passes = c.passes.map(
    (p) =>
      `<tr><td>${esc(p.trigger ?? '')}</td><td>${p.success ? '<span class="v-ok">ok</span>' : '<span class="v-fail">failed</span>'}${p.kept ? ' (kept)' : ''}</td><td>${p.verified ? 'verified' : 'not verified'}</td><td>${esc(p.containersRemoved.join(', '))}</td><td>${esc(p.networksRemoved.join(', '))}</td><td>${p.volumesRemoved}</td><td>${p.processesKilled}</td><td>${esc(duration(p.durationMs))}</td></tr>`,
  );
  const leaks = c.leaks.length > 0 ? `<p class="v-fail">Left behind: ${esc(c.leaks.map((l) => `${l.kind} ${l.id}`).join(', '))}</p>` : '';
  const unverified = c.unverified ? `<p class="v-fail">Cleanup not verified: ${esc(c.unverified)}</p>` : '';
  const table = passes.length > 0 ? `<table class="cleanup"><tr><th>trigger</th><th>result</th><th>engine</th><th>containers removed</th><th>networks removed</th><th>volumes</th><th>processes killed</th><th>took</th></tr>${passes.join('')}</table>` : '<p class="muted">No cleanup pass recorded.</p>';
  return `<h3>Cleanup ${c.success ? '<span class="v-ok">✓</span>' : '<span class="v-fail">✗</span>'}</h3>${table}${leaks}${unverified}`;
}

function scenarioSection(file: string, view: ScenarioView, cleanup: ScenarioCleanup | undefined): string {
  const s = view.scenario;
  const status = scenarioStatus(s);
  const head = `<h2 id="scenario-${esc(s.name)}">${badge(status)} ${esc(s.name)} <span class="muted">${s.skipped ? '' : esc(duration(s.durationMs))}</span></h2><p>${esc(s.message)}</p>`;
  if (s.skipped) return `<section class="scenario" data-scenario="${esc(s.name)}">${head}</section>`;
  const warnings = (s.warnings ?? []).map((w) => `<li>${esc(w)}</li>`).join('');
  return (
    `<section class="scenario" data-scenario="${esc(s.name)}">${head}` +
    (s.vacuous ? '<p class="v-fail">Vacuous: nothing but the steps\' exit codes was checked.</p>' : '') +
    (warnings ? `<ul class="warnings">${warnings}</ul>` : '') +
    `<h3>Verdicts</h3>${verdictTable(file, s.verdicts)}` +
    kpiTable(view) +
    `<h3>Trace</h3>${waterfall(view)}` +
    cleanupTable(cleanup) +
    `</section>`
  );
}

function diffSection(d: BaselineDiff): string {
  const digest = d.digest.matches
    ? `<p class="v-ok">The trace digest matches the baseline.</p>`
    : `<p class="v-fail">The trace digest differs: baseline <code>${esc(d.digest.baseline ?? '(none)')}</code>, this run <code>${esc(d.digest.current)}</code>.</p>`;
  const outcomes = d.outcomes.length > 0 ? `<h3>Outcomes</h3><table><tr><th>scenario</th><th>baseline</th><th>this run</th></tr>${d.outcomes.map((o) => `<tr><td>${esc(o.scenario)}</td><td>${esc(o.baseline ?? '(absent)')}</td><td>${esc(o.current ?? '(absent)')}</td></tr>`).join('')}</table>` : '';
  const word = (p: boolean | null) => (p === null ? '(absent)' : p ? 'passed' : 'failed');
  const verdicts = d.verdicts.length > 0 ? `<h3>Verdicts</h3><table><tr><th>scenario</th><th>expectation</th><th>baseline</th><th>this run</th></tr>${d.verdicts.map((v) => `<tr><td>${esc(v.scenario)}</td><td><code>${esc(v.keyPath)}</code> ${esc(v.description)}</td><td>${word(v.baseline)}</td><td>${word(v.current)}</td></tr>`).join('')}</table>` : '';
  const trace = d.trace.length > 0 ? `<h3>Trace</h3><pre class="trace-diff">${esc(d.trace.join('\n'))}</pre>` : '';
  const problems = d.problems.map((p) => `<p class="muted">${esc(p)}</p>`).join('');
  const same = d.outcomes.length === 0 && d.verdicts.length === 0 && d.trace.length === 0 ? '<p>No difference in outcomes, verdicts or trace.</p>' : '';
  return `<section class="baseline-diff"><h2>Against the baseline <code>${esc(d.source)}</code></h2>${digest}${same}${outcomes}${verdicts}${trace}${problems}</section>`;
}

/** The body of a suite's page (also what the index page links to). */
export function renderSuiteHtml(input: SuiteReportInput): string {
  const { judged, digest } = input;
  const { run } = judged;
  const file = run.suite.file;
  const c = reportCounts(judged);
  const outcome = suiteOutcome(judged);
  const cleanup = cleanupReport(judged);
  const views = scenarioViews(input);
  const header =
    `<header><h1>${badge(outcome)} ${esc(run.suite.name)}</h1><div class="meta">` +
    `<span>file <code>${esc(file)}</code></span><span>seed <code>${esc(run.seed)}</code></span>` +
    `<span>digest <code class="digest">${esc(digest)}</code></span><span>run <code>${esc(run.runId)}</code></span>` +
    `<span>trace <code>${esc(run.traceId)}</code></span><span>took ${esc(duration(run.durationMs))}</span>${run.interrupted ? '<span class="v-fail">interrupted</span>' : ''}</div>` +
    `<div class="meta"><span>${c.scenarios} scenarios</span><span class="v-ok">${c.passed} passed</span><span class="${c.failed > 0 ? 'v-fail' : 'muted'}">${c.failed} failed</span><span>${c.errors} errors</span><span>${c.skipped} skipped</span><span>${c.leaks} leaks</span></div>` +
    `<div class="meta legend"><span><i style="background:var(--runner)"></i>runner span</span><span><i style="background:var(--sut)"></i>system-under-test span</span>` +
    `<span><i style="background:var(--fault)"></i>fault window (applied → reverted)</span><span><i style="background:var(--ok);border-radius:50%"></i>probe sample</span>` +
    `<input class="filter" type="search" placeholder="filter spans by name" aria-label="filter spans by name"></div></header>`;
  const diff = input.baseline ? diffSection(baselineDiff(input, input.baseline)) : '';
  const fileVerdicts = judged.fileVerdicts.length > 0 ? `<section><h2>Whole-file expectations</h2>${verdictTable(file, judged.fileVerdicts)}</section>` : '';
  const scenarios = views.map((v) => scenarioSection(file, v, cleanup.scenarios.find((s) => s.name === v.scenario.name))).join('\n');
  return htmlDocument(`${run.suite.name}: ${outcome}`, `${header}${diff}${fileVerdicts}${scenarios}`);
}
