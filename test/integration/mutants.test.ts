/**
 * Fake-green guard: the runner must never pass what it did not verify.
 *
 * For each chaos suite in tests/chaos, expectations are mutated ONE AT A TIME
 * (a changed attribute value, a wrong parent, a span name that is never
 * emitted in the scenario's scope, a tightened count, a duration bound the real
 * span violates, a flipped status) and `clnrm run` on the mutant, filtered to
 * the affected scenario, must exit 1 with the mutated expectation's key path
 * among the failed verdicts of its JSON report — and nothing else failing, so
 * the failure is the one we caused.
 *
 * Control: the unmutated suite with the same filter exits 0 and the very
 * verdict a mutant targets passes there. Only the report files of these runs
 * are read; other integration tests may share the engine.
 *
 * Filtered runs of a whole file: two suites carry file-level expectations
 * whose bounds assume every scenario ran (`count = { gte = 6 }` cleanups,
 * `errors_total = { gte = 4 }`). The base of the filtered runs relaxes exactly
 * those bounds to `gte = 1` (see RELAX); the control proves that this base
 * passes, and every mutant is that base plus one edit.
 *
 * Window mutants (tests/chaos/fault_windows): one key of one `during` / `after` expectation changed (a
 * flipped condition, `contained` → `overlaps`, the window of another fault, a `within_ms` too small),
 * judged against the trace of one real run of the unmutated suite; a fault name that names no fault
 * must not load.
 *
 * Fault mutants: one parameter of one fault changed so that its effect
 * changes (another signal, memory limit, CPU quota, fd limit, target, latency)
 * must fail the scenario too: the suite's expectations check the effect read
 * back (exit code, cgroup value, chaos.injected…), not only what was asked for.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSpans } from '../../src/cli/analyze.js';
import { loadSuiteSource } from '../../src/load/index.js';
import { parseTraceText } from '../../src/telemetry/trace-file.js';
import { parseToml } from '../../src/load/toml.js';
import { CLI, ROOT } from './helpers.js';
import type { TomlValue } from '../../src/load/toml.js';
import { applyEdit, applyFaultEdit, verdictKeyPath, type Edit, type FaultTarget, type Target } from './mutants.js';

type Kind = 'attr' | 'parent' | 'ancestor' | 'name' | 'count' | 'duration' | 'status';

interface Mutant {
  kind: Kind;
  /** The scenario the run is filtered to (for file-level targets: a short one). */
  scenario: string;
  target: Target;
  edit: Edit;
  why: string;
}

interface Verdict {
  keyPath: string;
  passed: boolean;
  description: string;
  message: string;
}
interface Report {
  outcome: string;
  scenarios: { name: string; outcome: string; message: string | null; verdicts: Verdict[] }[];
  fileVerdicts: Verdict[];
}

const RELAX: Record<string, { target: Target; edit: Edit }[]> = {
  network_partitions: [{ target: { file: true, span: 0 }, edit: { key: 'count', value: { gte: 1 } } }],
  container_failures: [{ target: { file: true, table: ['expect', 'counts'] }, edit: { key: 'errors_total', value: { gte: 1 } } }],
};

const S = (scenario: string, span: number): Target => ({ scenario, span });
const F = (span: number): Target => ({ file: true, span });

const MUTANTS: Record<string, Mutant[]> = {
  concurrent_chaos: [
    { kind: 'count', scenario: 'five_containers_under_stress', target: S('five_containers_under_stress', 0), edit: { key: 'count', value: { eq: 6 } }, why: '5 step spans, not 6' },
    { kind: 'status', scenario: 'five_containers_under_stress', target: S('five_containers_under_stress', 0), edit: { key: 'status', value: 'ERROR' }, why: 'the steps end OK' },
    { kind: 'duration', scenario: 'five_containers_under_stress', target: S('five_containers_under_stress', 0), edit: { key: 'duration_ms', value: { max: 10 } }, why: 'a docker exec step lasts ≫ 10 ms' },
    { kind: 'name', scenario: 'network_and_resource_chaos', target: S('network_and_resource_chaos', 1), edit: { key: 'name', value: 'clnrm.run' }, why: '`clnrm.run` exists in the trace, but outside the scenario subtree' },
    { kind: 'attr', scenario: 'recovery_under_concurrent_failures', target: S('recovery_under_concurrent_failures', 0), edit: { attr: 'recovery.success', value: false }, why: 'every recovery succeeds' },
    { kind: 'parent', scenario: 'recovery_under_concurrent_failures', target: S('recovery_under_concurrent_failures', 0), edit: { key: 'parent', value: 'clnrm.step:after' }, why: 'recoveries sit under the pause fault and the cleanup, never under a step' },
  ],
  container_failures: [
    { kind: 'attr', scenario: 'non_zero_exit_code', target: S('non_zero_exit_code', 0), edit: { attr: 'exit.code', value: 4 }, why: 'the step exits 3' },
    { kind: 'status', scenario: 'non_zero_exit_code', target: S('non_zero_exit_code', 0), edit: { key: 'status', value: 'OK' }, why: 'the step span is ERROR' },
    { kind: 'count', scenario: 'non_zero_exit_code', target: S('non_zero_exit_code', 0), edit: { key: 'count', value: { eq: 2 } }, why: 'one step span' },
    { kind: 'duration', scenario: 'non_zero_exit_code', target: S('non_zero_exit_code', 0), edit: { key: 'duration_ms', value: { max: 5 } }, why: 'a docker exec lasts ≫ 5 ms' },
    { kind: 'parent', scenario: 'container_killed_mid_step', target: S('container_killed_mid_step', 1), edit: { key: 'parent', value: 'clnrm.step:container_killed_mid_step' }, why: 'the cleanup hangs under the scenario, not the step' },
    { kind: 'name', scenario: 'container_killed_mid_step', target: S('container_killed_mid_step', 1), edit: { key: 'name', value: 'sut.never' }, why: 'no system-under-test span is emitted at all' },
    { kind: 'attr', scenario: 'non_zero_exit_code', target: F(0), edit: { attr: 'suite.name', value: 'container_failure' }, why: 'file-level: the run span names the suite `container_failures`' },
  ],
  network_partitions: [
    { kind: 'attr', scenario: 'latency_injection', target: S('latency_injection', 0), edit: { attr: 'latency.ms', value: 501 }, why: 'the toxic adds 500 ms' },
    { kind: 'count', scenario: 'latency_injection', target: S('latency_injection', 0), edit: { key: 'count', value: { eq: 2 } }, why: 'one chaos span' },
    { kind: 'name', scenario: 'latency_injection', target: S('latency_injection', 0), edit: { key: 'name', value: 'clnrm.network.partition' }, why: 'a catalogue name this scenario never emits' },
    { kind: 'duration', scenario: 'latency_injection', target: S('latency_injection', 1), edit: { key: 'duration_ms', value: { min: 10000 } }, why: 'the step lasts ~0.6 s' },
    { kind: 'status', scenario: 'latency_injection', target: S('latency_injection', 1), edit: { key: 'status', value: 'ERROR' }, why: 'the step succeeds' },
    { kind: 'parent', scenario: 'full_partition', target: S('full_partition', 1), edit: { key: 'parent', value: 'clnrm.cleanup' }, why: 'the healed partition is recovered under the partition span, not the cleanup' },
    { kind: 'attr', scenario: 'latency_injection', target: F(0), edit: { attr: 'cleanup.success', value: false }, why: 'file-level: every cleanup succeeds' },
  ],
  resource_exhaustion: [
    { kind: 'attr', scenario: 'memory_exhaustion', target: S('memory_exhaustion', 0), edit: { attr: 'pressure.level', value: 'low' }, why: '32 of 128 MiB is high pressure' },
    { kind: 'status', scenario: 'memory_exhaustion', target: S('memory_exhaustion', 1), edit: { key: 'status', value: 'ERROR' }, why: 'the step succeeds' },
    { kind: 'count', scenario: 'memory_exhaustion', target: S('memory_exhaustion', 1), edit: { key: 'count', value: { eq: 2 } }, why: 'one step span' },
    { kind: 'duration', scenario: 'memory_exhaustion', target: S('memory_exhaustion', 1), edit: { key: 'duration_ms', value: { min: 15000 } }, why: 'the step lasts well under a second' },
    { kind: 'parent', scenario: 'resource_recovery', target: S('resource_recovery', 0), edit: { key: 'parent', value: 'clnrm.cleanup' }, why: 'the timed pressure is reverted under its fault span, before cleanup' },
    { kind: 'name', scenario: 'fd_exhaustion', target: S('fd_exhaustion', 0), edit: { key: 'name', value: 'clnrm.resource.disk_fill' }, why: 'a catalogue name this scenario never emits' },
  ],
  timeout_scenarios: [
    { kind: 'attr', scenario: 'step_timeout_hard', target: S('step_timeout_hard', 0), edit: { attr: 'timeout.ms', value: 2000 }, why: 'the step timeout is 1000 ms' },
    { kind: 'parent', scenario: 'step_timeout_hard', target: S('step_timeout_hard', 1), edit: { key: 'parent', value: 'clnrm.timeout.hard' }, why: 'the cleanup is a sibling of the SIGKILL span, not its child' },
    { kind: 'duration', scenario: 'step_timeout_hard', target: S('step_timeout_hard', 0), edit: { key: 'duration_ms', value: { min: 1000 } }, why: 'enforcing the timeout takes ~0.1 s' },
    { kind: 'name', scenario: 'step_timeout_hard', target: S('step_timeout_hard', 0), edit: { key: 'name', value: 'clnrm.timeout.graceful' }, why: 'a hard timeout sends no SIGTERM' },
    { kind: 'count', scenario: 'graceful_timeout_honoured', target: S('graceful_timeout_honoured', 1), edit: { key: 'count', value: { eq: 1 } }, why: 'the trapped SIGTERM ends the step, no SIGKILL follows' },
    { kind: 'ancestor', scenario: 'cascading_timeouts', target: S('cascading_timeouts', 0), edit: { key: 'ancestor', value: 'clnrm.step:after' }, why: 'only the slow step times out' },
    { kind: 'status', scenario: 'exponential_backoff_retries', target: S('exponential_backoff_retries', 0), edit: { key: 'status', value: 'ERROR' }, why: 'the third attempt succeeds' },
  ],
};

interface FaultMutant {
  fault: FaultTarget;
  key: string;
  value: TomlValue;
  why: string;
}

const FM = (scenario: string, index: number, key: string, value: TomlValue, why: string): FaultMutant => ({ fault: { scenario, index }, key, value, why });

const FAULT_MUTANTS: Record<string, FaultMutant[]> = {
  container_failures: [
    FM('container_killed_mid_step', 0, 'signal', 'SIGTERM', 'SIGTERM ends the sleep too, but with exit 143, not 137'),
    FM('oom_kill', 0, 'memory_mb', 24, 'the step is still OOM-killed, but the cgroup reads 24 MiB, not 16'),
    FM('network_disconnection', 0, 'target', 'app', 'another target: app is detached instead of peer'),
  ],
  resource_exhaustion: [
    FM('memory_exhaustion', 0, 'memory_mb', 48, 'still "high" pressure (≤ half of 128), but the cgroup reads 48 MiB'),
    FM('cpu_throttling', 0, 'cpu_percent', 30, 'the cgroup quota reads 30 % of a core'),
    FM('fd_exhaustion', 0, 'nofile', 64, 'with 64 descriptors the 32 files open'),
  ],
  concurrent_chaos: [
    FM('network_and_resource_chaos', 1, 'memory_mb', 64, 'the cgroup of node1 reads 64 MiB, not 32'),
  ],
  network_partitions: [
    FM('packet_loss', 0, 'target', 'replica', 'replica carries none of the traffic: no packet matched, not injected'),
    FM('latency_injection', 0, 'latency_ms', 50, 'the step no longer lasts 500 ms'),
    FM('split_brain', 0, 'isolate', 'web', 'replica answers, web does not'),
  ],
};

const results: { id: string; caught: boolean; detail: string }[] = [];

function run(file: string, scenario: string): { status: number | null; output: string; report: Report | undefined } {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-mut-report-'));
  const r = spawnSync(process.execPath, [CLI, 'run', file, '--filter', `^${scenario}$`, '--report-dir', dir, '-q'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  const suiteName = (parseToml(readFileSync(file, 'utf8')).data.meta as { name: string }).name;
  let report: Report | undefined;
  try {
    report = JSON.parse(readFileSync(join(dir, `${suiteName}.report.json`), 'utf8')) as Report;
  } catch {
    report = undefined;
  }
  return { status: r.status, output: `${r.stdout}${r.stderr}`, report };
}

const allVerdicts = (r: Report) => [...r.scenarios.flatMap((s) => s.verdicts), ...r.fileVerdicts];

function writeSuite(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'clnrm-mut-')), `${name}.clnrm.toml`);
  writeFileSync(file, text);
  const loaded = loadSuiteSource(file, text);
  if (!loaded.ok) throw new Error(`${name}: the suite does not load:\n${loaded.issues.map((i) => `${i.keyPath}: ${i.message}`).join('\n')}`);
  return file;
}

const started = Date.now();

for (const [suite, mutants] of Object.entries(MUTANTS)) {
  describe(`mutants of ${suite}`, () => {
    const original = readFileSync(join(ROOT, 'tests/chaos', `${suite}.clnrm.toml`), 'utf8');
    const base = (RELAX[suite] ?? []).reduce((text, r) => applyEdit(text, r.target, r.edit), original);
    const data = parseToml(base).data;
    const baseFile = writeSuite(suite, base);
    const controls = new Map<string, ReturnType<typeof run>>();

    it('covers every mutation kind', () => {
      const kinds = new Set(mutants.map((m) => m.kind));
      for (const k of ['attr', 'count', 'duration', 'name', 'parent', 'status'] as const) expect(kinds.has(k), k).toBe(true);
    });

    for (const scenario of [...new Set([...mutants.map((m) => m.scenario), ...(FAULT_MUTANTS[suite] ?? []).map((m) => m.fault.scenario)])]) {
      it(`control: the unmutated ${scenario} passes`, { timeout: 180_000 }, () => {
        const c = run(baseFile, scenario);
        controls.set(scenario, c);
        expect(c.status, c.output).toBe(0);
        expect(c.report?.outcome).toBe('pass');
        const ran = c.report!.scenarios.filter((s) => s.outcome !== 'skipped');
        expect(ran.map((s) => s.name)).toEqual([scenario]);
        expect(allVerdicts(c.report!).filter((v) => !v.passed)).toEqual([]);
      });
    }

    for (const m of mutants) {
      const keyPath = verdictKeyPath(data, m.target, m.edit);
      const label = `${suite}/${m.scenario} ${m.kind}: ${keyPath} ${JSON.stringify(m.edit)}`;
      it(`${m.kind}: ${keyPath} ${JSON.stringify(m.edit)} fails the run (${m.why})`, { timeout: 180_000 }, () => {
        // The control ran this very verdict and it passed: the mutant's failure can only come from the edit.
        const control = controls.get(m.scenario);
        expect(control?.status, `control of ${m.scenario} did not pass`).toBe(0);
        const inControl = allVerdicts(control!.report!).filter((v) => v.keyPath === keyPath);
        expect(inControl.length, `${keyPath} was not checked in the control`).toBeGreaterThan(0);
        expect(inControl.every((v) => v.passed)).toBe(true);

        const file = writeSuite(suite, applyEdit(base, m.target, m.edit));
        const r = run(file, m.scenario);
        const failed = r.report ? allVerdicts(r.report).filter((v) => !v.passed) : [];
        const ours = failed.filter((v) => v.keyPath === keyPath);
        const others = failed.filter((v) => v.keyPath !== keyPath);
        const scenarioOutcome = r.report?.scenarios.find((s) => s.name === m.scenario)?.outcome;
        const caught = r.status === 1 && ours.length > 0 && others.length === 0 && ('scenario' in m.target ? scenarioOutcome === 'fail' : true);
        const detail = `exit ${r.status}; ${r.report ? `outcome ${r.report.outcome}, scenario ${scenarioOutcome}; failed verdicts: ${failed.map((v) => `${v.keyPath}: ${v.message}`).join(' | ') || 'none'}` : 'no report'}`;
        results.push({ id: label, caught, detail });
        expect(r.status, `${label}\n${r.output}`).toBe(1);
        expect(ours.length, `${label}: ${detail}`).toBeGreaterThan(0);
        expect(others, `${label}: other verdicts failed too`).toEqual([]);
        if ('scenario' in m.target) expect(scenarioOutcome, detail).toBe('fail');
      });
    }

    for (const m of FAULT_MUTANTS[suite] ?? []) {
      const label = `${suite}/${m.fault.scenario} fault #${m.fault.index}: ${m.key} = ${JSON.stringify(m.value)}`;
      it(`fault: ${m.fault.scenario} fault #${m.fault.index} ${m.key} = ${JSON.stringify(m.value)} fails the run (${m.why})`, { timeout: 180_000 }, () => {
        const control = controls.get(m.fault.scenario);
        expect(control?.status, `control of ${m.fault.scenario} did not pass`).toBe(0);
        const file = writeSuite(suite, applyFaultEdit(base, m.fault, m.key, m.value));
        const r = run(file, m.fault.scenario);
        const sc = r.report?.scenarios.find((s) => s.name === m.fault.scenario);
        const failed = r.report ? allVerdicts(r.report).filter((v) => !v.passed) : [];
        // Caught by the suite's expectations: a failed verdict, or a step's own expectation (output, expect_failure).
        const caught = r.status === 1 && sc?.outcome === 'fail';
        const detail = `exit ${r.status}; scenario ${sc?.outcome ?? '?'}: ${sc?.message ?? ''}; failed verdicts: ${failed.map((v) => `${v.keyPath}: ${v.message}`).join(' | ') || 'none'}`;
        results.push({ id: label, caught, detail });
        console.log(`${label}: ${detail}`);
        expect(r.status, `${label}\n${r.output}`).toBe(1);
        expect(sc?.outcome, detail).toBe('fail');
      });
    }
  });
}

/**
 * Window mutants of tests/chaos/fault_windows: one key of one `during` / `after` expectation changed, judged
 * (`clnrm analyze`'s judge) against the trace of one real run of the unmutated suite, which must pass; each
 * mutant must fail exactly its own verdict. A fault name that names no fault must not even load.
 */
interface WindowMutant {
  target: Target;
  edit: Edit;
  why: string;
}
const W = (window: 'during' | 'after', index: number, edit: Edit, why: string): WindowMutant => ({ target: { scenario: 'partition_and_latency', window, index }, edit, why });
const WINDOW_MUTANTS: WindowMutant[] = [
  W('during', 0, { key: 'status', value: 'OK' }, 'condition flipped: the direct call under the partition failed'),
  W('during', 3, { key: 'overlap', value: 'overlaps' }, 'contained → overlaps: the step awaiting the heal straddles the window\'s end'),
  W('during', 3, { key: 'fault', value: 'api_latency' }, 'window shifted: all three steps lie within the latency'),
  W('during', 2, { key: 'duration_ms', value: { min: 2000 } }, 'the proxied call is slowed by 1 s, not 2'),
  W('after', 0, { key: 'within_ms', value: 1000 }, 'within_ms too small: the first healed call starts ≥ 2 s after the heal'),
  W('after', 0, { key: 'fault', value: 'api_latency' }, 'window shifted: the latency is reverted at cleanup, no call starts after it'),
];
const WINDOW_LOAD_MUTANTS: WindowMutant[] = [
  W('during', 0, { key: 'fault', value: 'api_partiton' }, 'a misspelt fault'),
  W('after', 0, { key: 'fault', value: 'api' }, 'a service, not a fault'),
];

describe('window mutants of fault_windows', () => {
  const file = join(ROOT, 'tests/chaos/fault_windows.clnrm.toml');
  const original = readFileSync(file, 'utf8');
  const data = parseToml(original).data;
  let spans: ReturnType<typeof parseTraceText> | undefined;

  it('control: the unmutated suite passes, and its trace passes the judge', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-mut-report-'));
    const r = spawnSync(process.execPath, [CLI, 'run', file, '--report-dir', dir, '-q'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    spans = parseTraceText(readFileSync(join(dir, 'fault_windows.report.json'), 'utf8'));
    const loaded = loadSuiteSource(file, original);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const a = analyzeSpans(loaded.suite, spans);
    expect(a.passed).toBe(true);
    expect(a.scenarios[0]!.verdicts.filter((v) => v.kind === 'during' || v.kind === 'after').length).toBe(6);
  });

  for (const m of WINDOW_MUTANTS) {
    const keyPath = verdictKeyPath(data, m.target, m.edit);
    const label = `fault_windows ${keyPath} ${JSON.stringify(m.edit)}`;
    it(`${keyPath} ${JSON.stringify(m.edit)} fails its verdict (${m.why})`, () => {
      expect(spans, 'the control did not run').toBeDefined();
      const text = applyEdit(original, m.target, m.edit);
      const loaded = loadSuiteSource(file, text);
      if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.keyPath}: ${i.message}`).join('\n'));
      const a = analyzeSpans(loaded.suite, spans!);
      // The leak checks need a run: a trace leaves them unchecked, neither passed nor failed.
      const failed = [...a.scenarios.flatMap((s) => s.verdicts), ...a.fileVerdicts].filter((v) => v.checked && !v.passed);
      const caught = !a.passed && failed.length === 1 && failed[0]!.keyPath === keyPath;
      results.push({ id: label, caught, detail: failed.map((v) => `${v.keyPath}: ${v.message}`).join(' | ') || 'nothing failed' });
      expect(failed.map((v) => v.keyPath)).toEqual([keyPath]);
    });
  }

  for (const m of WINDOW_LOAD_MUTANTS) {
    const keyPath = `${verdictKeyPath(data, m.target, m.edit)}.fault`;
    it(`${keyPath} = ${JSON.stringify((m.edit as { value: unknown }).value)} does not load (${m.why})`, () => {
      const text = applyEdit(original, m.target, m.edit);
      const loaded = loadSuiteSource(file, text);
      const issues = loaded.ok ? [] : loaded.issues;
      const ours = issues.find((i) => i.keyPath === keyPath);
      const line = text.split('\n').findIndex((l) => l === `fault = ${JSON.stringify((m.edit as { value: unknown }).value)}`) + 1;
      results.push({ id: `fault_windows ${keyPath} (load)`, caught: ours !== undefined, detail: issues.map((i) => `${i.keyPath}: ${i.message}`).join(' | ') || 'loaded' });
      expect(ours, issues.map((i) => i.message).join('\n')).toMatchObject({ line, column: 9 });
      expect(ours!.message).toMatch(/^no fault named/);
    });
  }
});

describe('fake-green guard', () => {
  it('every mutant was caught', () => {
    // N counts the mutants that ran (all of them unless `-t` narrowed the run or a control failed first).
    const defined = [...Object.values(MUTANTS), ...Object.values(FAULT_MUTANTS), WINDOW_MUTANTS, WINDOW_LOAD_MUTANTS].reduce((n, ms) => n + ms.length, 0);
    const n = results.length;
    const caught = results.filter((r) => r.caught).length;
    for (const r of results.filter((x) => !x.caught)) console.log(`NOT CAUGHT ${r.id}: ${r.detail}`);
    console.log(`mutants: ${n}, caught: ${caught}${n < defined ? ` (${defined - n} of ${defined} not run)` : ''} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    expect(n).toBeGreaterThan(0);
    expect(caught).toBe(n);
  });
});
