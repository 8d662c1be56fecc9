import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Suite } from '../../load/index.js';
import type { AttrValue, SpanRecord } from '../../telemetry/span-record.js';
import type { JudgedSuite } from '../../validate/judge.js';
import { suiteReportInput } from '../input.js';
import { renderJsonReport } from '../json.js';
import { writeReports, writeRunIndexes } from '../write.js';
import { SCRIPT } from './assets.js';
import { readBaselineReport } from './baseline.js';
import { scenarioViews, WATERFALL_ROWS_MAX } from './model.js';
import { renderSuiteHtml } from './page.js';

const T0 = 1_750_000_000_000;
const HOSTILE = `<img src=x onerror=alert(1)></script><script>alert("pwned")</script>`;
const work = mkdtempSync(join(tmpdir(), 'clnrm-html-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function spans(stepName: string): SpanRecord[] {
  const out: SpanRecord[] = [];
  const span = (name: string, parent: SpanRecord | undefined, attributes: Record<string, AttrValue>, start: number, end: number, source: SpanRecord['source'] = 'runner') => {
    const s: SpanRecord = {
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: (out.length + 1).toString(16).padStart(16, '0'), name, kind: 'internal', status: 'OK', attributes,
      events: [], startMs: T0 + start, endMs: T0 + end, resource: {}, source,
      ...(parent ? { parentSpanId: parent.spanId } : {}),
    };
    out.push(s);
    return s;
  };
  const root = span('clnrm.run', undefined, { 'suite.name': 'shop' }, 0, 2000);
  const sc = span('clnrm.scenario:kill', root, { result: 'pass' }, 10, 1900);
  const step = span(`clnrm.step:${stepName}`, sc, { 'step.name': stepName }, 100, 1500);
  span(HOSTILE, step, { [HOSTILE]: HOSTILE, 'http.route': '/work' }, 200, 400, 'sut');
  const kill = span('clnrm.chaos.stop_container', sc, { 'chaos.type': 'stop_container', 'chaos.name': 'stop', 'chaos.target': 'api', 'chaos.injected': true }, 500, 600);
  span('clnrm.recovery', kill, { 'chaos.type': 'stop_container', 'chaos.target': 'api', 'recovery.strategy': 'start', 'recovery.success': true }, 900, 1100);
  span('clnrm.cleanup', sc, { 'cleanup.triggered': 'scenario_end', 'cleanup.success': true, 'cleanup.verified': true }, 1600, 1850);
  return out;
}

function judged(o: { stepName?: string; passed?: boolean; withRecords?: boolean } = {}): JudgedSuite {
  const suite = {
    file: 'tests/shop.clnrm.toml', name: 'shop', tags: [], services: {}, scenarios: [],
    determinism: { seed: 42, digestExclude: [] },
    report: { dir: '.clnrm/reports', formats: ['json', 'html'] },
  } as unknown as Suite;
  const scenarios: JudgedSuite['scenarios'] = [
    {
      name: 'kill', outcome: o.passed === false ? 'fail' : 'pass', message: `passed ${HOSTILE}`, startedAt: T0 + 10, durationMs: 1890, artifacts: [], leaks: [], steps: [],
      verdicts: [{ kind: 'span', keyPath: 'scenario[0].expect.span[0]', description: `span ${HOSTILE}`, passed: o.passed ?? true, message: '1 matching span(s)', line: 17, column: 3 }],
      probeSamples: [
        { probe: 'api', phase: 'during', startedAtMs: T0 + 300, atMs: T0 + 310, ok: true, latencyMs: 10, detail: '200' },
        { probe: 'api', phase: 'during', startedAtMs: T0 + 700, atMs: T0 + 720, ok: false, latencyMs: 20, detail: HOSTILE },
      ],
      ...(o.withRecords ? { faultRecords: [{ type: 'stop_container', name: 'stop', occurrence: 0, target: 'api', fired: true, injected: true, effective: true, appliedAtMs: T0 + 510, endedAtMs: T0 + 1210, reverted: true }] } : {}),
    },
  ];
  const run = { suite, seed: 42, runId: 'r1', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', startedAt: T0, durationMs: 2000, interrupted: false, spans: [], scenarios };
  return { run, scenarios, fileVerdicts: [], forgeries: [], spans: spans(o.stepName ?? 'work'), passed: o.passed ?? true } as unknown as JudgedSuite;
}

describe('HTML report', () => {
  const html = renderSuiteHtml(suiteReportInput(judged()));

  it('escapes a hostile span name, attribute, message and probe detail: no markup of theirs reaches the page', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('alert("pwned")</script>');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
  });

  it('needs no network and runs only its own script (the CSP names the script by its hash)', () => {
    // No element loads anything: no such tag, and no src/href attribute (escaped text inside another attribute is no attribute).
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b|<[a-z]+(\s+[a-z-]+(="[^"]*")?)*\s+(src|href)=|url\(/i);
    const hash = createHash('sha256').update(SCRIPT, 'utf8').digest('base64');
    expect(html).toContain(`default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; script-src &#39;sha256-${hash}&#39;`);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
  });

  it('shows the seed, the digest and each verdict with its file:line:col', () => {
    const input = suiteReportInput(judged());
    expect(html).toContain('seed <code>42</code>');
    expect(html).toContain(input.digest);
    expect(html).toContain('tests/shop.clnrm.toml:17:3');
  });

  it('draws the scenario subtree as indented rows, the fault window from injection to its recovery, and the samples', () => {
    const [view] = scenarioViews(suiteReportInput(judged()));
    expect(view!.rows.map((r) => [r.name, r.depth, r.source])).toEqual([
      ['clnrm.scenario:kill', 0, 'runner'],
      ['clnrm.step:work', 1, 'runner'],
      [HOSTILE, 2, 'sut'],
      ['clnrm.chaos.stop_container', 1, 'runner'],
      ['clnrm.recovery', 2, 'runner'],
      ['clnrm.cleanup', 1, 'runner'],
    ]);
    expect(view!.faults).toEqual([{ label: 'stop → api', startMs: 490, endMs: 1090, effective: true }]);
    expect(view!.samples.map((x) => [x.atMs, x.ok])).toEqual([[300, true], [710, false]]);
    expect(html.match(/class="span-row"/g)).toHaveLength(6);
    expect(html.match(/class="fault-window"/g)).toHaveLength(1);
    expect(html.match(/class="sample( bad)?"/g)).toHaveLength(2);
  });

  it('draws at most WATERFALL_ROWS_MAX rows of a scenario and says how many spans it left out', () => {
    const j = judged();
    const step = j.spans.find((s) => s.name === 'clnrm.step:work')!;
    const extra = WATERFALL_ROWS_MAX + 7 - 6;
    const many: SpanRecord[] = Array.from({ length: extra }, (_, i) => ({ ...step, name: `sut.call.${i}`, spanId: `e${i.toString(16).padStart(15, '0')}`, parentSpanId: step.spanId, source: 'sut' }));
    const input = suiteReportInput({ ...j, spans: [...j.spans, ...many] });
    const [view] = scenarioViews(input);
    expect(view!.rows).toHaveLength(WATERFALL_ROWS_MAX);
    expect(view!.omittedRows).toBe(7);
    const page = renderSuiteHtml(input);
    expect(page.match(/class="span-row"/g)).toHaveLength(WATERFALL_ROWS_MAX);
    expect(page).toContain(`7 more span(s) of this scenario are not drawn: the waterfall shows its first ${WATERFALL_ROWS_MAX}`);
    expect(scenarioViews(suiteReportInput(j))[0]!.omittedRows).toBe(0);
  });

  it('takes the fault windows from the experiment fault records when there are some', () => {
    const [view] = scenarioViews(suiteReportInput(judged({ withRecords: true })));
    expect(view!.faults).toEqual([{ label: 'stop → api', startMs: 500, endMs: 1200, effective: true }]);
  });

  it('diffs against a baseline report: digest, outcome, verdict and trace changes', async () => {
    const base = join(work, 'baseline');
    await writeReports(judged(), base, ['json']);
    const baseline = readBaselineReport(base, 'shop');
    expect(baseline?.source).toBe(join(base, 'shop.report.json'));
    const page = renderSuiteHtml({ ...suiteReportInput(judged({ stepName: 'other', passed: false })), baseline: baseline! });
    expect(page).toContain('The trace digest differs');
    expect(page).toMatch(/<td>kill<\/td><td>pass<\/td><td>fail<\/td>/);
    expect(page).toMatch(/<code>scenario\[0\]\.expect\.span\[0\]<\/code>.*<td>passed<\/td><td>failed<\/td>/);
    expect(page).toContain('- clnrm.run &gt; clnrm.scenario:kill &gt; clnrm.step:work');
    expect(page).toContain('+ clnrm.run &gt; clnrm.scenario:kill &gt; clnrm.step:other');
    const same = renderSuiteHtml({ ...suiteReportInput(judged()), baseline: baseline! });
    expect(same).toContain('The trace digest matches the baseline.');
    expect(same).toContain('No difference in outcomes, verdicts or trace.');
  });

  it('names a baseline report that is not JSON; none at all is no baseline', () => {
    const dir = join(work, 'broken');
    expect(readBaselineReport(dir, 'shop')).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(join(work, 'shop.report.json'), '{nope');
    expect(() => readBaselineReport(work, 'shop')).toThrow(`baseline report ${join(work, 'shop.report.json')} is not JSON`);
  });

  it('is written as <suite>.html with the other reports, and index.html links each suite page', async () => {
    const dir = join(work, 'reports');
    const files = await writeReports(judged(), dir, ['json', 'html']);
    expect(files).toEqual([join(dir, 'shop.report.json'), join(dir, 'shop.html')]);
    expect(readFileSync(join(dir, 'shop.html'), 'utf8')).toContain('clnrm.scenario:kill');
    expect(renderJsonReport(judged())).toBe(readFileSync(join(dir, 'shop.report.json'), 'utf8'));
    const other = judged();
    const input2 = suiteReportInput({ ...other, run: { ...other.run, suite: { ...other.run.suite, name: `x ${HOSTILE}` } } });
    const [index] = await writeRunIndexes([{ input: suiteReportInput(judged()), dir }, { input: input2, dir }]);
    const text = readFileSync(index!, 'utf8');
    expect(index).toBe(join(dir, 'index.html'));
    expect(text).toContain('<a href="shop.html">shop</a>');
    expect(text).not.toContain('<img');
    expect(text.match(/<tr class="suite"/g)).toHaveLength(2);
  });
});
