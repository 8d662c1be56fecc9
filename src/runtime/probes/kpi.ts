/**
 * KPIs of an experiment, computed from its recorded timeline: the probe samples
 * and the faults (when each was applied and reverted). Pure: no engine, no
 * clock. Definitions in docs/experiments.md.
 *
 *   applied ──▶ first sample that loses the steady state (detection) ──▶ first sample that restores it
 *           MTTD                                                  MTTR
 */
import { matchesPattern } from '../../common/span-names.js';

/** When a sample was taken: the check before the faults, while they run, or the recovery check after their revert. */
export type ProbePhase = 'before' | 'during' | 'after';

export interface ProbeSample {
  probe: string;
  phase: ProbePhase;
  /** When the sample started (epoch ms). */
  startedAtMs: number;
  /** When the sample's outcome was known: its end (epoch ms). A failure counts as detected then, not when the sample started. */
  atMs: number;
  ok: boolean;
  latencyMs: number;
  detail: string;
}

/** One planned injection on one target, as it went. */
export interface FaultRecord {
  type: string;
  name: string;
  occurrence: number;
  target?: string;
  /** The probability draw fired it (the plan). */
  fired: boolean;
  /** The runner tried to inject it (its anchor was reached). */
  injected: boolean;
  /** Its effect was read back (`chaos.injected = true`). */
  effective: boolean;
  /** When the injection started (epoch ms). */
  appliedAtMs?: number;
  /** When it stopped acting: its revert ended, or, for a fault without a revert (kill, restart, signal), its injection ended. */
  endedAtMs?: number;
  reverted: boolean;
}

/** A span of the system under test as the KPIs read it: its name, when it ended (epoch ms), and whether it is ERROR. */
export interface SutSpanMark {
  name: string;
  endMs: number;
  error: boolean;
}

/** What counts as detecting a fault: a lost steady state (`probes`), the first ERROR span named `span` (`*` globs), or whichever comes first. */
export interface DetectSpec {
  probes: boolean;
  span?: string;
}

/** Failed requests of the system under test (ERROR spans named `span`) against the error budget, in % of all such spans. */
export interface ErrorBudgetSpec {
  span: string;
  budgetPct: number;
}

export interface Timeline {
  samples: readonly ProbeSample[];
  faults: readonly FaultRecord[];
  /** Consecutive failed samples each probe tolerates before the steady state counts as lost. */
  toleratedFailures: Readonly<Record<string, number>>;
  recoverWithinMs: number;
  /** Default: the probes alone. */
  detect?: DetectSpec;
  errorBudget?: ErrorBudgetSpec;
  /** The scenario's attributed spans of the system under test (span detection and the error budget read them). */
  spans?: readonly SutSpanMark[];
}

export interface FaultTypeStats {
  planned: number;
  injected: number;
  effective: number;
  reverted: number;
  recovered: number;
}

export interface Kpis {
  /** Mean time from a fault's application to the first sample that lost the steady state; absent when no fault was detected. */
  mttdMs?: number;
  /** Mean time from detection to the first sample that restored the steady state; absent when nothing was detected and restored. */
  mttrMs?: number;
  /** Healthy samples over all samples taken after the steady state was verified before the faults, in %. */
  availabilityPct?: number;
  /** Effective faults after which the steady state held again within recover_within_ms, in %; absent without an effective fault. */
  recoveryRatePct?: number;
  /** Failed requests over all requests, as a share of the error budget, in %; absent without `error_budget` or without a request. */
  errorBudgetUsedPct?: number;
  /** With `error_budget`: what the use was computed from. */
  errorBudget?: ErrorBudgetSpec & { requests: number; failed: number };
  samples: { total: number; healthy: number };
  faults: { effective: number; detected: number; recovered: number };
  byFaultType: Record<string, FaultTypeStats>;
}

/** A stretch of time without steady state: from the sample that lost it to the one that restored it (absent: never restored). */
export interface Outage {
  lostAtMs: number;
  restoredAtMs?: number;
}

/**
 * The outages of the samples after the before-check, in the order their outcomes
 * were known: a probe is lost once more consecutive samples fail than it
 * tolerates, and restored by its next healthy sample; the steady state holds
 * while no probe is lost. A sample whose outcome came after that of a sample of
 * the same probe started later is stale (it hung on a state that has passed) and
 * does not change the state; it still counts for availability.
 */
export function outages(timeline: Pick<Timeline, 'samples' | 'toleratedFailures'>): Outage[] {
  const samples = timeline.samples.filter((s) => s.phase !== 'before').sort((a, b) => a.atMs - b.atMs || a.startedAtMs - b.startedAtMs);
  const failures = new Map<string, number>();
  const lost = new Set<string>();
  const newestStart = new Map<string, number>();
  const out: Outage[] = [];
  for (const s of samples) {
    if (s.startedAtMs < (newestStart.get(s.probe) ?? -Infinity)) continue;
    newestStart.set(s.probe, s.startedAtMs);
    const wasSteady = lost.size === 0;
    if (s.ok) {
      failures.set(s.probe, 0);
      lost.delete(s.probe);
    } else {
      const n = (failures.get(s.probe) ?? 0) + 1;
      failures.set(s.probe, n);
      if (n > (timeline.toleratedFailures[s.probe] ?? 0)) lost.add(s.probe);
    }
    const steady = lost.size === 0;
    if (wasSteady && !steady) out.push({ lostAtMs: s.atMs });
    if (!wasSteady && steady) out[out.length - 1]!.restoredAtMs = s.atMs;
  }
  return out;
}

const mean = (xs: readonly number[]): number | undefined => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : undefined);
const pct = (part: number, whole: number): number | undefined => (whole > 0 ? Math.round((part / whole) * 10000) / 100 : undefined);

/** The first ERROR span named `pattern` that ended in [fromMs, beforeMs): its end, or undefined. */
function firstErrorSpan(spans: readonly SutSpanMark[], pattern: string, fromMs: number, beforeMs: number): number | undefined {
  // A loop, not Math.min(...ends): a flood of ERROR spans would overflow the call's arguments.
  let first: number | undefined;
  for (const s of spans) if (s.error && s.endMs >= fromMs && s.endMs < beforeMs && matchesPattern(s.name, pattern) && (first === undefined || s.endMs < first)) first = s.endMs;
  return first;
}

export function computeKpis(timeline: Timeline): Kpis {
  const lost = outages(timeline);
  const detect = timeline.detect ?? { probes: true };
  const effective = timeline.faults.filter((f) => f.effective && f.appliedAtMs !== undefined).sort((a, b) => a.appliedAtMs! - b.appliedAtMs!);
  const detections: number[] = [];
  const repairs: number[] = [];
  const recovered = new Set<FaultRecord>();
  effective.forEach((f, i) => {
    const applied = f.appliedAtMs!;
    const next = effective.slice(i + 1).find((g) => g.appliedAtMs! > applied)?.appliedAtMs ?? Infinity;
    // The fault's own detection, after it was applied and before the next fault was: the first loss
    // of the steady state, the first ERROR span of the named kind, or whichever came first.
    const o = lost.find((x) => x.lostAtMs >= applied && x.lostAtMs < next);
    const bySpan = detect.span !== undefined ? firstErrorSpan(timeline.spans ?? [], detect.span, applied, next) : undefined;
    const candidates = [...(detect.probes && o ? [o.lostAtMs] : []), ...(bySpan !== undefined ? [bySpan] : [])];
    if (candidates.length) {
      const detectedAt = Math.min(...candidates);
      detections.push(detectedAt - applied);
      // Repaired when the probes' steady state, lost in the same window, came back (never lost: nothing to repair).
      if (o?.restoredAtMs !== undefined && o.restoredAtMs >= detectedAt) repairs.push(o.restoredAtMs - detectedAt);
    }
    // Recovered: every loss of the steady state in this fault's own stretch (from its application to the next
    // fault's) was restored within recover_within_ms of the moment the fault stopped acting. A later fault's
    // outage is that fault's, never this one's, even when its recovery window reaches past the last sample.
    const deadline = (f.endedAtMs ?? applied) + timeline.recoverWithinMs;
    const own = lost.filter((x) => x.lostAtMs < next && (x.restoredAtMs === undefined || x.restoredAtMs > applied));
    if (own.every((x) => x.restoredAtMs !== undefined && x.restoredAtMs <= deadline)) recovered.add(f);
  });
  const during = timeline.samples.filter((s) => s.phase !== 'before');
  const healthy = during.filter((s) => s.ok).length;
  const byFaultType: Record<string, FaultTypeStats> = {};
  for (const f of timeline.faults) {
    const s = (byFaultType[f.type] ??= { planned: 0, injected: 0, effective: 0, reverted: 0, recovered: 0 });
    s.planned++;
    if (f.injected) s.injected++;
    if (f.effective) s.effective++;
    if (f.reverted) s.reverted++;
    if (recovered.has(f)) s.recovered++;
  }
  const kpis: Kpis = {
    samples: { total: during.length, healthy },
    faults: { effective: effective.length, detected: detections.length, recovered: recovered.size },
    byFaultType,
  };
  if (timeline.errorBudget) {
    const { span, budgetPct } = timeline.errorBudget;
    // Counted, not listed: a flood of requests is read once and kept nowhere.
    let requests = 0;
    let failed = 0;
    for (const s of timeline.spans ?? []) {
      if (!matchesPattern(s.name, span)) continue;
      requests++;
      if (s.error) failed++;
    }
    kpis.errorBudget = { span, budgetPct, requests, failed };
    const errorPct = requests > 0 ? (failed / requests) * 100 : undefined;
    if (errorPct !== undefined) kpis.errorBudgetUsedPct = Math.round((errorPct / budgetPct) * 10000) / 100;
  }
  const mttd = mean(detections);
  const mttr = mean(repairs);
  const availability = pct(healthy, during.length);
  const recoveryRate = pct(recovered.size, effective.length);
  if (mttd !== undefined) kpis.mttdMs = mttd;
  if (mttr !== undefined) kpis.mttrMs = mttr;
  if (availability !== undefined) kpis.availabilityPct = availability;
  if (recoveryRate !== undefined) kpis.recoveryRatePct = recoveryRate;
  return kpis;
}

/** The KPIs as attributes of the scenario span (`kpi.*`: measured, so left out of the canonical trace). */
export function kpiAttributes(k: Kpis): Record<string, number> {
  const out: Record<string, number> = {
    'kpi.samples.total': k.samples.total,
    'kpi.samples.healthy': k.samples.healthy,
    'kpi.faults.effective': k.faults.effective,
    'kpi.faults.detected': k.faults.detected,
    'kpi.faults.recovered': k.faults.recovered,
  };
  if (k.mttdMs !== undefined) out['kpi.mttd_ms'] = k.mttdMs;
  if (k.mttrMs !== undefined) out['kpi.mttr_ms'] = k.mttrMs;
  if (k.availabilityPct !== undefined) out['kpi.availability_pct'] = k.availabilityPct;
  if (k.recoveryRatePct !== undefined) out['kpi.recovery_rate_pct'] = k.recoveryRatePct;
  if (k.errorBudgetUsedPct !== undefined) out['kpi.error_budget_used_pct'] = k.errorBudgetUsedPct;
  for (const [type, s] of Object.entries(k.byFaultType)) {
    for (const [stat, n] of Object.entries(s)) out[`kpi.fault_type.${type}.${stat}`] = n;
  }
  return out;
}

/** The KPI values an expectation can bound, by their key in `[expect.kpi]`, read back from a scenario span's attributes. */
export const KPI_ATTRIBUTES = {
  mttd_ms: 'kpi.mttd_ms',
  mttr_ms: 'kpi.mttr_ms',
  availability_pct: 'kpi.availability_pct',
  recovery_rate_pct: 'kpi.recovery_rate_pct',
  error_budget_used_pct: 'kpi.error_budget_used_pct',
} as const;
