/**
 * validate: every expectation of a file and of each scenario, judged against
 * the span graph. One check per kind, registered here.
 */
import type { ExpectSpec } from '../load/index.js';
import { checkCounts } from './counts.js';
import { checkHermeticity } from './hermeticity.js';
import { checkOrder } from './order.js';
import { checkSpans } from './span.js';
import { checkStatus } from './status.js';
import { checkGraph } from './structure.js';
import type { CheckContext, ExpectationCheck, ExpectationKind, Verdict } from './types.js';
import { checkWindows } from './window.js';

export type { Verdict, CheckContext } from './types.js';
export { buildGraph, type SpanGraph } from './graph.js';

export const EXPECTATION_CHECKS: Readonly<Record<ExpectationKind, ExpectationCheck>> = {
  span: checkSpans,
  graph: checkGraph,
  counts: checkCounts,
  window: checkWindows,
  order: checkOrder,
  status: checkStatus,
  hermeticity: checkHermeticity,
};

export function evaluate(expect: ExpectSpec, ctx: CheckContext): Verdict[] {
  return Object.values(EXPECTATION_CHECKS).flatMap((check) => check(expect, ctx));
}

/** How many checks the expectations declare (to tell "nothing to check" apart). */
export function declaredChecks(expect: ExpectSpec): number {
  return (
    expect.span.length +
    expect.window.length +
    (expect.graph ? 1 : 0) +
    (expect.counts ? 1 : 0) +
    (expect.order ? 1 : 0) +
    (expect.status ? 1 : 0) +
    (expect.hermeticity ? 1 : 0)
  );
}
