/**
 * The KPIs that read the spans of the system under test: detection by the
 * first ERROR span of a named kind (`[scenario.steady_state] detect`) and the
 * error budget (`error_budget`). Only spans credited to the scenario count
 * (its own channel, well-formed: attribution.ts), so they are computed here,
 * once the run is judged, from the timeline the runtime recorded; the
 * scenario span's `kpi.*` attributes and the result's KPIs are replaced.
 */
import type { Suite } from '../load/index.js';
import { computeKpis, kpiAttributes, type Kpis, type SutSpanMark } from '../runtime/probes/kpi.js';
import { lazyList, rowsOf } from '../telemetry/span-table.js';
import type { ScenarioResult } from '../runtime/results.js';
import type { SpanRecord } from '../telemetry/span-record.js';

/** For each scenario whose KPIs read spans: the KPIs recomputed with its attributed spans of the system under test. */
export function spanKpis(suite: Suite, results: readonly ScenarioResult[], spans: readonly SpanRecord[]): Map<string, Kpis> {
  const out = new Map<string, Kpis>();
  suite.scenarios.forEach((spec, i) => {
    const result = results[i];
    const steady = spec.steadyState;
    if (!result?.kpis || !steady || (steady.detect?.span === undefined && !steady.errorBudget)) return;
    out.set(
      spec.name,
      computeKpis({
        samples: result.probeSamples ?? [],
        faults: result.faultRecords ?? [],
        toleratedFailures: Object.fromEntries(steady.probes.map((p) => [p.name, p.toleratedFailures])),
        recoverWithinMs: steady.recoverWithinMs,
        ...(steady.detect ? { detect: steady.detect } : {}),
        ...(steady.errorBudget ? { errorBudget: steady.errorBudget } : {}),
        spans: ownMarks(spans, spec.name),
      }),
    );
  });
  return out;
}

/**
 * What the KPIs read of a scenario's own spans of the system under test: name, end and whether it failed.
 * Of a view of table rows (a very large trace), a list whose marks are made as they are read.
 */
function ownMarks(spans: readonly SpanRecord[], scenario: string): readonly SutSpanMark[] {
  const mark = (s: SpanRecord): SutSpanMark => ({ name: s.name, endMs: s.endMs, error: s.status === 'ERROR' });
  const rows = rowsOf(spans);
  if (!rows) return spans.filter((s) => s.source === 'sut' && s.origin?.scenario === scenario).map(mark);
  const isOwn = (k: number) => rows.source(k) === 'sut' && rows.origin(k)?.scenario === scenario;
  let n = 0;
  for (let k = 0; k < rows.length; k++) if (isOwn(k)) n++;
  const positions = new Int32Array(n);
  for (let k = 0, i = 0; k < rows.length; k++) if (isOwn(k)) positions[i++] = k;
  return lazyList(n, (i) => mark(rows.at(positions[i]!)));
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
