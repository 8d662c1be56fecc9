/**
 * `[expect.kpi]`: bounds on the KPIs of an experiment (docs/experiments.md),
 * read from the `kpi.*` attributes the runner writes on each scenario span
 * with `[scenario.steady_state]`. A KPI that was not measured (no fault
 * detected, so no MTTD) fails its bound: a pass is never reported unverified.
 */
import type { KpiBound, KpiKey } from '../load/index.js';
import { KPI_ATTRIBUTES } from '../runtime/probes/kpi.js';
import type { ExpectationCheck, ExpectationType, Verdict } from './types.js';

export function describeKpiBound(b: KpiBound): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`min = ${b.min}`);
  if (b.max !== undefined) parts.push(`max = ${b.max}`);
  return parts.join(', ');
}

const NOT_MEASURED: Record<KpiKey, string> = {
  mttd_ms: 'no probe sample lost the steady state after a fault',
  mttr_ms: 'the steady state was never lost and restored after a fault',
  availability_pct: 'no probe sample was taken after the check before the faults',
  recovery_rate_pct: 'no fault took effect',
  error_budget_used_pct: 'no span of the error budget\'s kind was received (or `[scenario.steady_state] error_budget` is not set)',
};

export const checkKpi: ExpectationCheck = (expect, ctx) => {
  const bounds = expect.kpi;
  if (!bounds) return [];
  const scenarios = ctx.graph.spans.filter((s) => s.source === 'runner' && s.name.startsWith('clnrm.scenario:'));
  const out: Verdict[] = [];
  for (const [key, bound] of Object.entries(bounds) as [KpiKey, KpiBound][]) {
    const keyPath = `${ctx.keyPath}.kpi.${key}`;
    const description = `KPI ${key} within { ${describeKpiBound(bound)} }`;
    const measured = scenarios.filter((s) => 'kpi.samples.total' in s.attributes);
    if (measured.length === 0) {
      out.push({ kind: 'kpi', keyPath, description, passed: false, message: 'not measured: no scenario here has `[scenario.steady_state]` probes' });
      continue;
    }
    const problems: string[] = [];
    const values: string[] = [];
    for (const s of measured) {
      const who = scenarios.length > 1 ? `${s.name.slice('clnrm.scenario:'.length)}: ` : '';
      const v = s.attributes[KPI_ATTRIBUTES[key]];
      if (typeof v !== 'number') {
        problems.push(`${who}${key} not measured (${NOT_MEASURED[key]})`);
        continue;
      }
      values.push(`${who}${key} = ${v}`);
      if (bound.min !== undefined && v < bound.min) problems.push(`${who}${key} = ${v}, below the bound min = ${bound.min}`);
      if (bound.max !== undefined && v > bound.max) problems.push(`${who}${key} = ${v}, above the bound max = ${bound.max}`);
    }
    out.push({ kind: 'kpi', keyPath, description, passed: problems.length === 0, message: problems.length ? problems.join('; ') : values.join('; ') });
  }
  return out;
};

export const kpiExpectation: ExpectationType = {
  kind: 'kpi',
  key: 'kpi',
  doc: 'bounds on the KPIs of the steady-state experiment (MTTD, MTTR, availability, recovery rate, error-budget use), measured from the probe samples and the spans of the system under test',
  declared: (e) => Object.keys(e.kpi ?? {}).length,
  check: checkKpi,
};
