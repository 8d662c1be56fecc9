/**
 * What a repeated run (`clnrm run --repeat N`, `--seeds A..B`) says about each
 * scenario: how many of its runs passed, the 95 % Wilson interval of that pass
 * rate, the distinct digests of its part of the trace (and how many runs gave
 * each), and the first failing seed with the report and command that replay it.
 */
import { join } from 'node:path';
import type { PlannedSuite } from '../plan/plan.js';
import { wilsonInterval, type Interval } from '../plan/repeat.js';
import type { CanonicalNode } from './canonical.js';
import { canonicalJson, sha256Hex, textString } from './canonical.js';
import { reportFiles } from './files.js';
import type { SuiteReportInput } from './input.js';

export interface DigestCount {
  /** Hex SHA-256 of the scenario's subtree of the canonical trace. */
  readonly digest: string;
  readonly runs: number;
  /** The seeds that gave it, in run order. */
  readonly seeds: readonly number[];
}

export interface ScenarioRepetitions {
  readonly suite: string;
  readonly file: string;
  readonly scenario: string;
  /** Repetitions planned, and those that ran (fewer after `--until-fail` or an interrupt). */
  readonly planned: number;
  readonly runs: number;
  readonly passed: number;
  /** passed / runs (0 when nothing ran). */
  readonly passRate: number;
  /** 95 % Wilson score interval of the pass rate. */
  readonly interval: Interval;
  readonly digests: readonly DigestCount[];
  /** The failure of the earliest repetition (in seed order) that failed, or null. */
  readonly firstFailure: { readonly seed: number; readonly report: string; readonly replay: string } | null;
}

export interface RepetitionsSummary {
  readonly scenarios: readonly ScenarioRepetitions[];
}

/** One repetition as it ran: its plan, its report input and the directory its reports went to. */
export interface RepetitionRun {
  readonly planned: PlannedSuite;
  readonly input: SuiteReportInput;
  readonly reportDir: string;
}

/** Where a repetition's reports go: the first where a plain run puts them, the others under `repeat/seed-<seed>/`. */
export function repetitionReportDir(dir: string, planned: Pick<PlannedSuite, 'seed' | 'repetition'>): string {
  return planned.repetition && planned.repetition.index > 0 ? join(dir, 'repeat', `seed-${planned.seed}`) : dir;
}

/** The command that replays one scenario of a report. */
export const replayCommand = (report: string, scenario: string): string => ['clnrm', 'replay', report, '--scenario', scenario].map(shellWord).join(' ');

function shellWord(s: string): string {
  // POSIX single quotes: a quote inside is closed, escaped and reopened.
  return /^[\w@%+=:,./-]+$/.test(s) ? s : "'" + s.split("'").join("'\\''") + "'";
}

/** The digest of a scenario's subtree in a canonical trace (JSON as in `<suite>.trace.json`). */
export function scenarioDigest(traceJson: string, scenario: string): string | undefined {
  const want = `clnrm.scenario:${scenario}`;
  const find = (nodes: readonly CanonicalNode[]): CanonicalNode | undefined => {
    for (const n of nodes) {
      if (n.name === want) return n;
      const deeper = find(n.children);
      if (deeper) return deeper;
    }
    return undefined;
  };
  const node = find(JSON.parse(traceJson) as CanonicalNode[]);
  return node ? sha256Hex(canonicalJson(node)) : undefined;
}

/** The per-scenario statistics of the repetitions that ran (in plan order). */
export function summarizeRepetitions(runs: readonly RepetitionRun[]): RepetitionsSummary {
  const byScenario = new Map<string, { file: string; suite: string; scenario: string; planned: number; results: { seed: number; passed: boolean; digest: string; report: string }[] }>();
  for (const { planned, input, reportDir } of runs) {
    const report = join(reportDir, reportFiles(planned.suite.name).json);
    for (const sc of input.judged.scenarios) {
      if (sc.skipped) continue;
      const key = `${planned.file}\u0000${sc.name}`;
      const entry = byScenario.get(key) ?? { file: planned.file, suite: planned.name, scenario: sc.name, planned: planned.repetition?.count ?? 1, results: [] };
      byScenario.set(key, entry);
      const digest = (input.trace && scenarioDigest(textString(input.trace), sc.name)) ?? input.digest;
      entry.results.push({ seed: planned.seed, passed: sc.outcome === 'pass', digest, report });
    }
  }
  const scenarios = [...byScenario.values()].map((e): ScenarioRepetitions => {
    const passed = e.results.filter((r) => r.passed).length;
    const digests = new Map<string, number[]>();
    for (const r of e.results) digests.set(r.digest, [...(digests.get(r.digest) ?? []), r.seed]);
    const failure = e.results.find((r) => !r.passed);
    return {
      suite: e.suite,
      file: e.file,
      scenario: e.scenario,
      planned: e.planned,
      runs: e.results.length,
      passed,
      passRate: e.results.length > 0 ? passed / e.results.length : 0,
      interval: wilsonInterval(passed, e.results.length),
      digests: [...digests].map(([digest, seeds]) => ({ digest, runs: seeds.length, seeds })).sort((a, b) => b.runs - a.runs),
      firstFailure: failure ? { seed: failure.seed, report: failure.report, replay: replayCommand(failure.report, e.scenario) } : null,
    };
  });
  return { scenarios };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** The console lines of a repeated run: one block per scenario. */
export function repetitionsText(r: RepetitionsSummary): string {
  const lines = ['repetitions:'];
  for (const s of r.scenarios) {
    const stopped = s.runs < s.planned ? ` (of ${s.planned} planned)` : '';
    lines.push(`  ${s.suite} › ${s.scenario}: ${s.passed}/${s.runs} passed${stopped}, pass rate ${pct(s.passRate)}, 95 % interval [${pct(s.interval.low)}, ${pct(s.interval.high)}]`);
    lines.push(`    ${s.digests.length} distinct digest(s): ${s.digests.map((d) => `${d.digest.slice(0, 12)} ×${d.runs}`).join(', ')}`);
    if (s.firstFailure) lines.push(`    first failing seed ${s.firstFailure.seed}; replay: ${s.firstFailure.replay}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The `repetitions` section of report.json. */
export function repetitionsJson(r: RepetitionsSummary) {
  return r.scenarios.map((s) => ({
    suite: s.suite,
    file: s.file,
    scenario: s.scenario,
    planned: s.planned,
    runs: s.runs,
    passed: s.passed,
    passRate: s.passRate,
    interval95: { method: 'wilson', low: s.interval.low, high: s.interval.high },
    digests: s.digests.map((d) => ({ digest: d.digest, runs: d.runs, seeds: [...d.seeds] })),
    firstFailure: s.firstFailure,
  }));
}
