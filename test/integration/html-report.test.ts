/**
 * The HTML report in a real headless Chromium: every chaos suite and a steady-state
 * experiment run once through the CLI (-j); each page renders its waterfall rows, fault
 * windows and probe samples, its script ran to the end, no console message or
 * page error occurred, and a screenshot is kept beside the reports. A page made
 * from hostile span names runs no script of theirs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSuiteHtml } from '../../src/report/html/page.js';
import { suiteReportInput } from '../../src/report/input.js';
import type { JudgedSuite } from '../../src/validate/judge.js';
import { CLI, ROOT, envWithoutCi } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const CHAOS = readdirSync(join(ROOT, 'tests/chaos'))
  .filter((f) => f.endsWith('.clnrm.toml'))
  .sort()
  .map((f) => f.replace(/\.clnrm\.toml$/, ''));
const SUITES = CHAOS.map((name) => `tests/chaos/${name}.clnrm.toml`);
/** Run on its own: its probe's answer times are part of what it measures, so it does not share the engine with the chaos suites. */
const EXPERIMENT = 'tests/experiments/steady_state_kill.clnrm.toml';
const dir = mkdtempSync(join(tmpdir(), 'clnrm-html-'));

interface Rendered {
  dom: string;
  /** Console messages and uncaught errors Chromium logged for the page. */
  console: string[];
}

function chromium(args: string[]): { stdout: string; stderr: string } {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh as root, or apt-get install chromium`);
  const r = spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--enable-logging=stderr', '--v=0', ...args], { encoding: 'utf8', timeout: 30_000 });
  expect(r.error).toBeUndefined();
  return { stdout: r.stdout, stderr: r.stderr };
}

function render(file: string): Rendered {
  const r = chromium(['--dump-dom', `file://${file}`]);
  return { dom: r.stdout, console: r.stderr.split('\n').filter((l) => l.includes(':CONSOLE')) };
}

const rootAttr = (dom: string, name: string) => new RegExp(`<html[^>]*\\s${name}="([^"]*)"`).exec(dom)?.[1];
const count = (dom: string, re: RegExp) => dom.match(re)?.length ?? 0;

describe('HTML report in headless Chromium', () => {
  let output = '';
  beforeAll(() => {
    // One run of every chaos suite at once, then the experiment; the pages are then opened one by one.
    for (const files of [SUITES, [EXPERIMENT]]) {
      const r = spawnSync(process.execPath, [CLI, 'run', ...files, '-j', '3', '--report-dir', dir], { cwd: ROOT, encoding: 'utf8', timeout: 240_000, env: envWithoutCi() });
      output = `${r.stdout}${r.stderr}`;
      expect(r.status, output).toBe(0);
    }
  }, 400_000);

  it('opens the page of every chaos suite: a waterfall row per span, a window per fault injection, no console error', () => {
    expect(CHAOS.length).toBeGreaterThanOrEqual(5);
    let windows = 0;
    for (const name of CHAOS) {
      const report = JSON.parse(readFileSync(join(dir, `${name}.report.json`), 'utf8'));
      const page = render(join(dir, `${name}.html`));
      expect(page.console, name).toEqual([]);
      expect(rootAttr(page.dom, 'data-ready'), name).toBe('true');
      expect(rootAttr(page.dom, 'data-errors'), name).toBe('0');
      const rows = count(page.dom, /<div class="span-row"/g);
      expect(rows, name).toBe(report.spans.length - 1);
      expect(rootAttr(page.dom, 'data-rows'), name).toBe(String(rows));
      const injections = report.spans.filter((s: { attributes: Record<string, unknown> }) => s.attributes['chaos.injected'] !== undefined && s.attributes['recovery.strategy'] === undefined);
      expect(count(page.dom, /class="fault-window[^"]*"/g), name).toBe(injections.length);
      windows += injections.length;
      expect(page.dom, name).toContain(report.digest.value);
    }
    // The chaos suites inject faults: their pages draw the windows.
    expect(windows).toBeGreaterThanOrEqual(CHAOS.length);
  });

  it('renders the chaos suite: a waterfall row per span, its fault windows, no console error', () => {
    const report = JSON.parse(readFileSync(join(dir, 'container_failures.report.json'), 'utf8'));
    const page = render(join(dir, 'container_failures.html'));
    expect(page.console).toEqual([]);
    expect(rootAttr(page.dom, 'data-ready')).toBe('true');
    expect(rootAttr(page.dom, 'data-errors')).toBe('0');
    // Every span of the scenarios is a row (the run span is above them); the script counted the same rows in the DOM.
    const rows = count(page.dom, /<div class="span-row"/g);
    expect(rows).toBe(report.spans.length - 1);
    expect(rootAttr(page.dom, 'data-rows')).toBe(String(rows));
    // One window per injection span the suite recorded (kill, memory pressure, network disconnect...).
    const injections = report.spans.filter((s: { attributes: Record<string, unknown> }) => s.attributes['chaos.injected'] !== undefined && s.attributes['recovery.strategy'] === undefined);
    expect(injections.length).toBeGreaterThanOrEqual(4);
    expect(count(page.dom, /class="fault-window[^"]*"/g)).toBe(injections.length);
    expect(page.dom).toContain('data-fault="kill_container → app"');
    expect(page.dom).toContain(report.digest.value);
  });

  it('renders the experiment: probe samples on the waterfall axis, the fault window, spans of the system under test, KPIs', () => {
    const report = JSON.parse(readFileSync(join(dir, 'steady_state_kill.report.json'), 'utf8'));
    const page = render(join(dir, 'steady_state_kill.html'));
    expect(page.console).toEqual([]);
    expect(rootAttr(page.dom, 'data-errors')).toBe('0');
    expect(count(page.dom, /<span class="sample( bad)?"/g)).toBe(report.scenarios[0].experiment.samples.length);
    expect(count(page.dom, /<span class="sample bad"/g)).toBeGreaterThan(0);
    expect(count(page.dom, /class="fault-window"/g)).toBe(1);
    expect(page.dom).toMatch(/<div class="span-row" data-name="sut.handle" data-source="sut"/);
    expect(page.dom).toMatch(/<td>mttd_ms<\/td><td>\d+<\/td>/);
  });

  it('links the page of every suite of the run from index.html and keeps a screenshot of the chaos suite as an artifact', () => {
    const index = render(join(dir, 'index.html'));
    expect(index.console).toEqual([]);
    for (const name of CHAOS) expect(index.dom).toContain(`<a href="${name}.html">${name}</a>`);
    const shot = join(dir, 'container_failures.png');
    chromium(['--window-size=1400,1800', '--hide-scrollbars', `--screenshot=${shot}`, `file://${join(dir, 'container_failures.html')}`]);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    console.log(`screenshot: ${shot}`);
  });

  it('runs no script of a hostile span name, attribute or message', () => {
    const report = JSON.parse(readFileSync(join(dir, 'container_failures.report.json'), 'utf8'));
    const hostile = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
    const page = join(dir, 'hostile.html');
    writeFileSync(page, renderSuiteHtml(suiteReportInput(hostileSuite(report, hostile))));
    const r = render(page);
    expect(r.console).toEqual([]);
    expect(rootAttr(r.dom, 'data-errors')).toBe('0');
    expect(r.dom).not.toContain('pwned</title>');
    expect(r.dom).not.toMatch(/<img|<script>document/);
    expect(r.dom).toContain('&lt;script&gt;document.title=\'pwned\'&lt;/script&gt;');
  });
});

/** A minimal judged suite whose span name, attribute and scenario message carry `hostile`. */
function hostileSuite(report: { traceId: string }, hostile: string): JudgedSuite {
  const t0 = 1_750_000_000_000;
  const span = (spanId: string, name: string, parentSpanId?: string) => ({
    traceId: report.traceId, spanId, ...(parentSpanId ? { parentSpanId } : {}), name, kind: 'internal' as const, status: 'OK' as const,
    attributes: { [hostile]: hostile }, events: [{ name: hostile, timeMs: t0, attributes: {} }], startMs: t0, endMs: t0 + 100, resource: {}, source: 'sut' as const,
  });
  const suite = { file: hostile, name: hostile, tags: [], services: {}, scenarios: [], determinism: { seed: 1, digestExclude: [] }, report: { dir, formats: ['html'] } };
  const scenarios = [{ name: hostile, outcome: 'pass', message: hostile, startedAt: t0, durationMs: 100, artifacts: [], leaks: [], steps: [], verdicts: [{ kind: 'span', keyPath: 'x', description: hostile, passed: true, message: hostile }] }];
  return {
    run: { suite, seed: 1, runId: hostile, traceId: report.traceId, startedAt: t0, durationMs: 100, interrupted: false, spans: [], scenarios },
    scenarios, fileVerdicts: [], forgeries: [], passed: true,
    spans: [span('0000000000000001', `clnrm.scenario:${hostile}`), span('0000000000000002', hostile, '0000000000000001')],
  } as unknown as JudgedSuite;
}
