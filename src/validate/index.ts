/**
 * validate: every expectation of a file and of each scenario, judged against
 * the span graph. One expectation kind per file, each describing itself
 * (ExpectationType), registered here.
 */
import type { ExpectSpec } from '../load/index.js';
import { consistencyExpectation } from './consistency.js';
import { countsExpectation } from './counts.js';
import { afterExpectation, duringExpectation } from './fault-window.js';
import { hermeticityExpectation } from './hermeticity.js';
import { kpiExpectation } from './kpi.js';
import { orderExpectation } from './order.js';
import { spanExpectation } from './span.js';
import { statusExpectation } from './status.js';
import { supervisionExpectation } from './supervision.js';
import { graphExpectation } from './structure.js';
import type { CheckContext, ExpectationCheck, ExpectationKind, ExpectationType, Verdict } from './types.js';
import { windowExpectation } from './window.js';

export type { Verdict, CheckContext, ExpectationType } from './types.js';
export { buildGraph, type SpanGraph } from './graph.js';

/** The expectation kinds, in the order their verdicts are reported. */
export const EXPECTATION_TYPES: Readonly<Record<ExpectationKind, ExpectationType>> = {
  span: spanExpectation,
  graph: graphExpectation,
  counts: countsExpectation,
  window: windowExpectation,
  order: orderExpectation,
  status: statusExpectation,
  hermeticity: hermeticityExpectation,
  consistency: consistencyExpectation,
  kpi: kpiExpectation,
  supervision: supervisionExpectation,
  during: duringExpectation,
  after: afterExpectation,
};

export const EXPECTATION_CHECKS: Readonly<Record<ExpectationKind, ExpectationCheck>> = Object.fromEntries(
  Object.values(EXPECTATION_TYPES).map((t) => [t.kind, t.check]),
) as Record<ExpectationKind, ExpectationCheck>;

export function evaluate(expect: ExpectSpec, ctx: CheckContext): Verdict[] {
  return Object.values(EXPECTATION_TYPES).flatMap((t) => t.check(expect, ctx));
}

/** How many checks the expectations declare (to tell "nothing to check" apart). */
export function declaredChecks(expect: ExpectSpec): number {
  return Object.values(EXPECTATION_TYPES).reduce((n, t) => n + t.declared(expect), 0);
}

/** Key paths of the declared checks (expectations at `keyPath`) that a saved trace cannot answer: only a run can. */
export function checksNeedingARun(expect: ExpectSpec, keyPath: string): ReadonlySet<string> {
  return new Set(Object.values(EXPECTATION_TYPES).flatMap((t) => (t.needsRun ?? []).filter((n) => n.declared(expect)).map((n) => `${keyPath}.${t.key}.${n.key}`)));
}

/** The table of expectation kinds in docs/expectations.md. */
export function expectationKindsMarkdown(types: Readonly<Record<string, ExpectationType>> = EXPECTATION_TYPES): string {
  const rows = Object.values(types).map((t) => {
    const onEngine = (t.needsRun ?? []).map((n) => `\`${n.key}\``);
    return `| \`${t.key}\` | ${t.doc.replace(/\|/g, '\\|')} | ${onEngine.length ? `${onEngine.join(', ')} (${t.needsRunWhy ?? 'listed on the engine after cleanup'})` : '—'} |`;
  });
  return [EXPECTATION_KINDS_HEADER + ' what it checks | needs a run (a saved trace cannot answer) |', '|---|---|---|', ...rows].join('\n');
}

/** The header that marks the expectation kinds table in docs/expectations.md. */
export const EXPECTATION_KINDS_HEADER = '| table |';
