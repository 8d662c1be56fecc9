/**
 * The game-day section of the reports (docs/experiments.md#game-days): for a
 * suite with `[game_day]`, one entry per scenario with a `hypothesis`: the
 * hypothesis, its success criteria (the scenario's expectations and KPI
 * bounds) with their verdicts, the KPIs, and the timeline of faults and probe
 * samples. Built once from the judged suite; report.json, the console and
 * JUnit show it. Measured values: in the reports, never in the canonical trace.
 */
import type { JudgedScenario, JudgedSuite } from '../validate/judge.js';
import type { Verdict } from '../validate/types.js';
import { kpiFigures, scenarioStatus, type ReportStatus } from './summary.js';

/** One instant of a hypothesis's timeline, relative to the run's start. */
export interface TimelineEntry {
  offsetMs: number;
  /** A fault was applied, stopped acting (reverted, or its injection ended), or a probe sample's outcome came. */
  event: 'fault_applied' | 'fault_ended' | 'sample';
  /** The fault's name or the probe's. */
  name: string;
  /** Fault: its type and target; sample: its phase, outcome and evidence. */
  detail: string;
  /** Sample: healthy or not; `null` for a fault. */
  ok: boolean | null;
}

export interface HypothesisReport {
  scenario: string;
  hypothesis: string;
  /** The scenario's outcome: the hypothesis holds when it passed. */
  outcome: ReportStatus;
  /** Why the scenario did not pass (a step, the steady state, a failed criterion), or `passed`. */
  message: string;
  criteria: Verdict[];
  /** `[name, value]` as in the console and JUnit (`not measured` when absent); empty without steady-state probes. */
  kpis: [string, string][];
  timeline: TimelineEntry[];
}

export interface GameDayReport {
  name: string;
  description: string | null;
  /** `pass` when every hypothesis held, `fail` when one was refuted, else `error`. */
  outcome: 'pass' | 'fail' | 'error';
  hypotheses: HypothesisReport[];
}

function timeline(s: JudgedScenario, runStartedAt: number): TimelineEntry[] {
  const at = (ms: number) => Math.max(0, Math.round(ms - runStartedAt));
  const out: TimelineEntry[] = [];
  for (const f of s.faultRecords ?? []) {
    const what = `${f.type}${f.target ? ` on ${f.target}` : ''}`;
    if (f.appliedAtMs !== undefined) out.push({ offsetMs: at(f.appliedAtMs), event: 'fault_applied', name: f.name, detail: f.effective ? what : `${what} (no effect read back)`, ok: null });
    if (f.endedAtMs !== undefined) out.push({ offsetMs: at(f.endedAtMs), event: 'fault_ended', name: f.name, detail: `${what}${f.reverted ? ' reverted' : ''}`, ok: null });
  }
  for (const x of s.probeSamples ?? []) {
    out.push({ offsetMs: at(x.atMs), event: 'sample', name: x.probe, detail: `${x.phase} ${x.ok ? 'healthy' : 'failed'} ${x.latencyMs} ms${x.ok ? '' : `: ${x.detail}`}`, ok: x.ok });
  }
  return out.sort((a, b) => a.offsetMs - b.offsetMs);
}

/** The game-day section of a judged suite, or null when the suite is no game day. */
export function gameDayReport(j: JudgedSuite): GameDayReport | null {
  const gameDay = j.run.suite.gameDay;
  if (!gameDay) return null;
  const hypotheses = j.run.suite.scenarios.flatMap((spec, i): HypothesisReport[] => {
    const s = j.scenarios[i];
    if (spec.hypothesis === undefined || !s) return [];
    return [
      {
        scenario: s.name,
        hypothesis: spec.hypothesis,
        outcome: scenarioStatus(s),
        message: s.message,
        criteria: s.verdicts,
        kpis: s.kpis ? kpiFigures(s.kpis) : [],
        timeline: timeline(s, j.run.startedAt),
      },
    ];
  });
  const outcomes = hypotheses.map((h) => h.outcome);
  const outcome = outcomes.includes('fail') ? 'fail' : outcomes.every((o) => o === 'pass') ? 'pass' : 'error';
  return { name: gameDay.name, description: gameDay.description ?? null, outcome, hypotheses };
}

/** The console's lines of the section: the game day, then each hypothesis with its criteria, KPIs and timeline in short. */
export function gameDayLines(g: GameDayReport): string[] {
  const mark = (o: string) => (o === 'pass' ? '✓' : o === 'fail' ? '✗' : o === 'skipped' ? '-' : '!');
  const lines = [`  game day ${g.name}: ${g.outcome === 'pass' ? 'every hypothesis held' : g.outcome === 'fail' ? 'a hypothesis was refuted' : 'a hypothesis could not be tested'}`];
  for (const h of g.hypotheses) {
    lines.push(`    ${mark(h.outcome)} ${h.scenario}: ${h.hypothesis}${h.outcome === 'pass' ? '' : ` — ${h.message}`}`);
    for (const v of h.criteria) lines.push(`        ${v.passed ? '✓' : '✗'} ${v.description}: ${v.message}`);
    if (h.kpis.length) lines.push(`        kpi ${h.kpis.map(([k, v]) => `${k} ${v}`).join(' · ')}`);
    const faults = h.timeline.filter((e) => e.event !== 'sample').map((e) => `${(e.offsetMs / 1000).toFixed(2)}s ${e.name} ${e.event === 'fault_applied' ? 'applied' : 'ended'}`);
    const samples = h.timeline.filter((e) => e.event === 'sample');
    const failed = samples.filter((e) => e.ok === false);
    const span = failed.length ? `, failed from ${(failed[0]!.offsetMs / 1000).toFixed(2)}s to ${(failed[failed.length - 1]!.offsetMs / 1000).toFixed(2)}s` : '';
    if (faults.length || samples.length) lines.push(`        timeline ${[...faults, `${samples.length} sample(s)${span}`].join(' · ')}`);
  }
  return lines;
}

/** JUnit `<testsuite>` properties of the section (a `<testcase>` has no properties in the JUnit schema CI servers read). */
export function gameDayProperties(g: GameDayReport): [string, string][] {
  const props: [string, string][] = [
    ['game_day', g.name],
    ['game_day:outcome', g.outcome],
  ];
  for (const h of g.hypotheses) {
    props.push([`hypothesis:${h.scenario}`, h.hypothesis], [`hypothesis:${h.scenario}:outcome`, h.outcome]);
    h.criteria.forEach((v) => props.push([`hypothesis:${h.scenario}:criterion:${v.keyPath}`, `${v.passed ? 'pass' : 'fail'}: ${v.description}: ${v.message}`]));
    const faults = h.timeline.filter((e) => e.event !== 'sample').map((e) => `${e.offsetMs} ms ${e.name} ${e.event === 'fault_applied' ? 'applied' : 'ended'}`);
    if (faults.length) props.push([`hypothesis:${h.scenario}:faults`, faults.join('; ')]);
  }
  return props;
}
