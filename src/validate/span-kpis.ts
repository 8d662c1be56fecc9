/**
 * The KPIs that read the spans of the system under test: detection by the
 * first ERROR span of a named kind (`[scenario.steady_state] detect`) and the
 * error budget (`error_budget`). Only spans credited to the scenario count
 * (its own channel, well-formed: attribution.ts), so they are computed here,
 * once the run is judged, from the timeline the runtime recorded; the
 * scenario span's `kpi.*` attributes and the result's KPIs are replaced.
 */
import type { Suite } from '../load/index.js';
import { computeKpis, kpiAttributes, type Kpis } from '../runtime/probes/kpi.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SpanRecord } from '../telemetry/span-record.js';

/** For each scenario whose KPIs read spans: the KPIs recomputed with its attributed spans of the system under test. */
export function spanKpis(suite: Suite, results: readonly ScenarioResult[], spans: readonly SpanRecord[]): Map<string, Kpis> {
  const out = new Map<string, Kpis>();
  suite.scenarios.forEach((spec, i) => {
    const result = results[i];
    const steady = spec.steadyState;
    if (!result?.kpis || !steady || (steady.detect?.span === undefined && !steady.errorBudget)) return;
    const own = spans.filter((s) => s.source === 'sut' && s.origin?.scenario === spec.name);
    out.set(
      spec.name,
      computeKpis({
        samples: result.probeSamples ?? [],
        faults: result.faultRecords ?? [],
        toleratedFailures: Object.fromEntries(steady.probes.map((p) => [p.name, p.toleratedFailures])),
        recoverWithinMs: steady.recoverWithinMs,
        ...(steady.detect ? { detect: steady.detect } : {}),
        ...(steady.errorBudget ? { errorBudget: steady.errorBudget } : {}),
        spans: own.map((s) => ({ name: s.name, endMs: s.endMs, error: s.status === 'ERROR' })),
      }),
    );
  });
  return out;
}

/** The spans with each recomputed scenario's `kpi.*` attributes replaced. */
export function withKpiAttributes(spans: readonly SpanRecord[], kpis: ReadonlyMap<string, Kpis>): SpanRecord[] {
  return spans.map((s) => {
    const k = s.source === 'runner' && s.name.startsWith('clnrm.scenario:') ? kpis.get(s.name.slice('clnrm.scenario:'.length)) : undefined;
    if (!k) return s;
    const kept = Object.fromEntries(Object.entries(s.attributes).filter(([key]) => !key.startsWith('kpi.')));
    return { ...s, attributes: { ...kept, ...kpiAttributes(k) } };
  });
}
