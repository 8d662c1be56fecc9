/**
 * The live console: a whole run on the in-memory engine, printed into a fake TTY
 * (and into a pipe), checking what appears while the suite still runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeEngine, loadSuite } from '../../test/kit/index.js';
import { runFiles } from '../run.js';
import { consoleReporter, reproduceCommand } from './console.js';
import { colorEnabled, CLEAR_LINE } from './terminal.js';

const work = mkdtempSync(join(tmpdir(), 'clnrm-live-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stream that records every write, with a time stamp; `tty` makes it claim to be a terminal. */
function fakeStream(tty: boolean) {
  const writes: { atMs: number; text: string }[] = [];
  const out = new Writable({ write: (chunk, _enc, done) => (writes.push({ atMs: Date.now(), text: String(chunk) }), done()) }) as Writable & { isTTY?: boolean; columns?: number };
  if (tty) {
    out.isTTY = true;
    out.columns = 100;
  }
  return { out, writes, text: () => writes.map((w) => w.text).join('') };
}

const SUITE = `[meta]
name = "live"

[determinism]
seed = 11

[otel]
receiver = false

[service.app]
image = "fake"

[[scenario]]
name = "quick"
steps = [{ name = "a", service = "app", run = "echo hi", expected_output_regex = "hi" }]

[[scenario]]
name = "broken"
steps = [{ name = "a", service = "app", run = "exit 3" }]

[[scenario]]
name = "idle"
steps = [{ name = "a", service = "app", run = "true" }]

[[scenario]]
name = "slow"
steps = [{ name = "a", service = "app", run = "slow", expected_output_regex = "done" }]
`;

async function run(tty: boolean, env: Record<string, string | undefined> = {}) {
  const suite = loadSuite(SUITE, { env: {} }, join(work, 'live.clnrm.toml'));
  const engine = new FakeEngine();
  engine.steps.set('slow', { stdout: 'done\n', delayMs: 600 });
  const stream = fakeStream(tty);
  const reporter = consoleReporter({ out: stream.out, total: 4, env });
  let suiteEndAtMs = 0;
  const summary = await runFiles({
    suites: [suite],
    engine,
    runId: `live${tty ? 't' : 'p'}`,
    jobs: 2,
    reportDir: join(work, tty ? 'tty' : 'pipe'),
    observer: { ...reporter, suiteEnd: (j, o) => ((suiteEndAtMs = Date.now()), reporter.suiteEnd!(j, o)) },
  });
  reporter.summary(summary);
  return { ...stream, suiteEndAtMs, summary };
}

describe('live console', () => {
  it('on a TTY: prints each verdict as its scenario ends, before the suite ends, with a status line replaced in place', async () => {
    const r = await run(true, { FORCE_COLOR: '0' });
    const verdictAt = (pattern: RegExp) => r.writes.find((w) => pattern.test(w.text));
    // The quick scenarios' lines were written while the slow one still ran (it ends 600 ms later).
    for (const line of [/✗ live › broken \d+\.\ds — step a: exit code 3/, /○ live › idle \d+\.\ds vacuous/, /✓ live › quick \d+\.\ds\n/]) {
      const w = verdictAt(line);
      expect(w, String(line)).toBeDefined();
      expect(w!.atMs).toBeLessThan(r.suiteEndAtMs - 300);
    }
    // The status line: what runs, done/total, elapsed; redrawn after clearing the line.
    const text = r.text();
    expect(text).toMatch(new RegExp(`${CLEAR_LINE.replace(/[[\]\\]/g, '\\$&')}running live › \\w+( \\(\\+1\\))? · [0-3]/4 scenarios · \\d+\\.\\ds`));
    expect(text).toContain('4/4 scenarios');
    // A line printed under a shown status line first clears it, then draws it again below.
    expect(r.writes.some((w) => w.text.startsWith(CLEAR_LINE) && /✗ live › broken/.test(w.text) && /scenarios · /.test(w.text))).toBe(true);
    // No "▶ started" lines on a TTY: the status line says what runs.
    expect(text).not.toContain('▶');
    // The status line is gone before the summary, which ends with the replay command and the reports' place.
    const tail = text.slice(text.lastIndexOf('trace digest'));
    expect(tail).toMatch(/3 passed \(1 vacuous\), 1 failed, 0 errors, 0 leaks in \d+\.\ds\nreproduce: clnrm run \S+live\.clnrm\.toml --seed 11 --filter '\^\(broken\)\$'\nreports: \S+tty\n$/);
  });

  it('without a TTY: plain lines only, no escape sequences, no colours', async () => {
    const r = await run(false);
    const text = r.text();
    expect(text).not.toContain('\x1b');
    expect(text).not.toContain('\r');
    expect(text).toContain('  ▶ live › slow\n');
    expect(text).toMatch(/ {2}✗ live › broken \d+\.\ds — .*\n/);
    expect(text).toMatch(/ {2}○ live › idle \d+\.\ds vacuous — passed \(vacuous: only the steps' exit code 0 was checked/);
    // Each verdict is printed once, when its scenario ends; the file's part (digest) follows.
    expect(text.match(/live › slow \d/g)).toHaveLength(1);
    expect(text.indexOf('live — the whole file')).toBeGreaterThan(text.indexOf('✓ live › slow'));
  });

  it('with -j over two files: each line names its file, and the quick file\'s verdicts come before the slow file ends', async () => {
    const slow = loadSuite(SUITE, { env: {} }, join(work, 'a.clnrm.toml'));
    const quick = loadSuite(SUITE.replace('name = "live"', 'name = "other"').replace(/\[\[scenario\]\]\nname = "slow"[\s\S]*$/, ''), { env: {} }, join(work, 'b.clnrm.toml'));
    const engine = new FakeEngine();
    engine.steps.set('slow', { stdout: 'done\n', delayMs: 800 });
    const stream = fakeStream(false);
    const reporter = consoleReporter({ out: stream.out, total: 7, env: {} });
    const ends: Record<string, number> = {};
    const summary = await runFiles({
      suites: [slow, quick],
      engine,
      runId: 'livej',
      jobs: 2,
      reportDir: join(work, 'multi'),
      observer: { ...reporter, suiteEnd: (j, o) => ((ends[j.run.suite.name] = Date.now()), reporter.suiteEnd!(j, o)) },
    });
    reporter.summary(summary);
    const text = stream.text();
    expect(text).toMatch(/✗ other › broken \d+\.\ds — step a: exit code 3/);
    expect(text).toMatch(/✗ live › broken \d+\.\ds — step a: exit code 3/);
    expect(text).toContain('other — the whole file');
    expect(ends.other!).toBeLessThan(ends.live!);
    // The quick file was judged and printed while the slow one still ran.
    expect(text.indexOf('other — the whole file')).toBeLessThan(text.indexOf('✓ live › slow'));
    expect(text).toMatch(/reproduce: clnrm run \S+a\.clnrm\.toml --seed 11 --filter '\^\(broken\)\$'\nreproduce: clnrm run \S+b\.clnrm\.toml --seed 11 --filter '\^\(broken\)\$'\n/);
  });

  it('judges expectations over spans when their scenario ends: the final verdict comes before the next scenario starts', async () => {
    const source = `[meta]
name = "spans"

[determinism]
seed = 11

[otel]
receiver = false

[service.app]
image = "fake"

[[scenario]]
name = "holds"
steps = [{ name = "a", service = "app", run = "slow" }]

[[scenario.expect.span]]
name = "clnrm.step:a"
parent = "clnrm.scenario:holds"

[[scenario]]
name = "breaks"
steps = [{ name = "a", service = "app", run = "slow" }]

[[scenario.expect.span]]
name = "clnrm.step:a"
status = "ERROR"

[[scenario]]
name = "last"
steps = [{ name = "a", service = "app", run = "slow" }]

[[scenario.expect.span]]
name = "clnrm.step:a"
`;
    const suite = loadSuite(source, { env: {} }, join(work, 'spans.clnrm.toml'));
    const engine = new FakeEngine();
    engine.steps.set('slow', { stdout: 'done\n', delayMs: 200 });
    const stream = fakeStream(true);
    const reporter = consoleReporter({ out: stream.out, total: 3, env: { FORCE_COLOR: '0' } });
    const starts: Record<string, number> = {};
    let suiteEndAtMs = 0;
    const summary = await runFiles({
      suites: [suite],
      engine,
      runId: 'livespans',
      jobs: 1,
      reportDir: join(work, 'spans'),
      observer: {
        ...reporter,
        scenarioStart: (s, name) => ((starts[name] = Date.now()), reporter.scenarioStart!(s, name)),
        suiteEnd: (j, o) => ((suiteEndAtMs = Date.now()), reporter.suiteEnd!(j, o)),
      },
    });
    reporter.summary(summary);
    const at = (pattern: RegExp) => stream.writes.find((w) => pattern.test(w.text));
    const holds = at(/✓ spans › holds \d+\.\ds\n/);
    const breaks = at(/✗ spans › breaks \d+\.\ds — 1 expectation\(s\) failed: \S+spans\.clnrm\.toml:\d+: scenario\[1\]\.expect\.span\[0\]/);
    expect(holds, 'the final ✓ of holds').toBeDefined();
    expect(breaks, 'the final ✗ of breaks').toBeDefined();
    // Final when the scenario ended: written before the next scenario started, long before the file ended.
    expect(holds!.atMs).toBeLessThanOrEqual(starts.breaks!);
    expect(breaks!.atMs).toBeLessThanOrEqual(starts.last!);
    expect(breaks!.atMs).toBeLessThan(suiteEndAtMs - 150);
    // Never a provisional mark, never printed twice; the whole-file judgement agrees with what was printed.
    const text = stream.text();
    expect(text).not.toContain('…');
    expect(text.match(/spans › breaks \d/g)).toHaveLength(1);
    expect(summary.suites[0]!.scenarios.map((sc) => sc.outcome)).toEqual(['pass', 'fail', 'pass']);
    expect(summary.failed).toBe(1);
  });

  it('honours NO_COLOR and FORCE_COLOR', () => {
    const tty = fakeStream(true).out;
    const pipe = fakeStream(false).out;
    expect(colorEnabled(tty, {})).toBe(true);
    expect(colorEnabled(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(pipe, {})).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(tty, { FORCE_COLOR: '0' })).toBe(false);
    const coloured = fakeStream(false);
    const reporter = consoleReporter({ out: coloured.out, env: { FORCE_COLOR: '1' } });
    reporter.orphansRemoved!(2);
    expect(coloured.text()).toMatch(/\x1b\[2mremoved 2 orphaned/);
  });

  it('the replay command quotes and escapes what the shell and the regex need', async () => {
    const r = await run(false);
    const judged = r.summary.suites[0]!;
    expect(reproduceCommand(judged)).toMatch(/^clnrm run \S+ --seed 11 --filter '\^\(broken\)\$'$/);
    const renamed = { ...judged, scenarios: judged.scenarios.map((s) => (s.name === 'broken' ? { ...s, name: "it's a+b" } : s)) };
    expect(reproduceCommand(renamed)).toContain(`--filter '^(it'\\''s a\\+b)$'`);
    // `clnrm monkey`: the same settings, the seed, no --filter (the draws depend on the settings).
    expect(reproduceCommand(judged, { args: (f) => ['monkey', f, '--duration', '10s'], filter: false })).toMatch(/^clnrm monkey \S+live\.clnrm\.toml --duration 10s --seed 11$/);
    const passing = { ...judged, scenarios: judged.scenarios.filter((s) => s.outcome === 'pass') };
    expect(reproduceCommand(passing)).toBeUndefined();
  });
});
