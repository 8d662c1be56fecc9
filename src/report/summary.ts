/**
 * What every reporter derives the same way from a judged suite: the status of
 * a scenario and of the file, the counts, file names and a scenario's spans.
 */
import type { JudgedScenario, JudgedSuite } from '../validate/judge.js';
import type { Kpis } from '../runtime/probes/kpi.js';

/** Reported status: a scenario that did not run (filtered out or stopped before it started) is `skipped`. */
export type ReportStatus = 'pass' | 'fail' | 'error' | 'skipped';

export function scenarioStatus(s: JudgedScenario): ReportStatus {
  return s.skipped ? 'skipped' : s.outcome;
}

export interface ReportCounts {
  scenarios: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  leaks: number;
  /** Scenarios whose cleanup could not be verified (engine lost): leaks unknown. */
  unverifiedCleanups: number;
  fileExpectations: { passed: number; failed: number };
}

export function reportCounts(j: JudgedSuite): ReportCounts {
  const status = j.scenarios.map(scenarioStatus);
  return {
    scenarios: j.scenarios.length,
    passed: status.filter((s) => s === 'pass').length,
    failed: status.filter((s) => s === 'fail').length,
    errors: status.filter((s) => s === 'error').length,
    skipped: status.filter((s) => s === 'skipped').length,
    leaks: j.scenarios.reduce((n, s) => n + s.leaks.length, 0),
    unverifiedCleanups: j.scenarios.filter((s) => s.cleanupUnverified !== undefined).length,
    fileExpectations: { passed: j.fileVerdicts.filter((v) => v.passed).length, failed: j.fileVerdicts.filter((v) => !v.passed).length },
  };
}

/** `pass` when the judge passed the file; `fail` when a scenario or a file expectation failed; else `error`. */
export function suiteOutcome(j: JudgedSuite): 'pass' | 'fail' | 'error' {
  if (j.passed) return 'pass';
  const c = reportCounts(j);
  return c.failed > 0 || c.fileExpectations.failed > 0 ? 'fail' : 'error';
}

/** File name stem of a suite's reports (suite names are identifiers; anything else is replaced). */
export function reportStem(suiteName: string): string {
  const stem = suiteName.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_');
  return stem.length > 0 ? stem : '_';
}

/** Milliseconds as seconds with three decimals. */
export const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

/** A scenario's KPIs as `[key, value]` pairs for the console and JUnit properties (`not measured` when absent). */
export function kpiFigures(k: Kpis): [string, string][] {
  const v = (x: number | undefined) => (x === undefined ? 'not measured' : String(x));
  return [
    ['mttd_ms', v(k.mttdMs)],
    ['mttr_ms', v(k.mttrMs)],
    ['availability_pct', v(k.availabilityPct)],
    ['recovery_rate_pct', v(k.recoveryRatePct)],
    ...(k.errorBudget ? ([['error_budget_used_pct', v(k.errorBudgetUsedPct)]] as [string, string][]) : []),
    ['samples', `${k.samples.healthy}/${k.samples.total} healthy`],
    ['faults', `${k.faults.effective} effective, ${k.faults.detected} detected, ${k.faults.recovered} recovered`],
  ];
}

/** Per fault type, by type name, its counts: `planned 3 · injected 3 · effective 3 · reverted 3 · recovered 3`. */
export function faultTypeCounts(k: Kpis): [string, string][] {
  return Object.entries(k.byFaultType)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, s]) => [type, `planned ${s.planned} · injected ${s.injected} · effective ${s.effective} · reverted ${s.reverted} · recovered ${s.recovered}`]);
}

/** Per fault type, one line of its counts: `stop_container planned 3 · injected 3 · effective 3 · reverted 3 · recovered 3`. */
export function faultTypeLines(k: Kpis): string[] {
  return faultTypeCounts(k).map(([type, counts]) => `${type} ${counts}`);
}
