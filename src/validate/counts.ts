/** `[expect.counts]`: bounds on the number of spans, events, errors, and spans per name. */
import { formatKeyPath } from '../load/issues.js';
import { describeBound, withinBound, type ExpectationCheck, type Verdict, type ExpectationType } from './types.js';

export const checkCounts: ExpectationCheck = (expect, ctx) => {
  const c = expect.counts;
  if (!c) return [];
  const { spans } = ctx.graph;
  const keyPath = `${ctx.keyPath}.counts`;
  const out: Verdict[] = [];
  const check = (key: string, what: string, n: number, bound: { eq?: number; gte?: number; lte?: number }) => {
    const passed = withinBound(n, bound);
    out.push({ kind: 'counts', keyPath: `${keyPath}.${key}`, description: `${what} ${describeBound(bound)}`, passed, message: `${n} counted` });
  };
  if (c.spansTotal) check('spans_total', 'spans', spans.length, c.spansTotal);
  if (c.eventsTotal) check('events_total', 'events', spans.reduce((n, s) => n + s.events.length, 0), c.eventsTotal);
  if (c.errorsTotal) check('errors_total', 'spans with status ERROR', spans.reduce((n, s) => (s.status === 'ERROR' ? n + 1 : n), 0), c.errorsTotal);
  for (const [name, bound] of Object.entries(c.byName ?? {})) check(formatKeyPath(['by_name', name]), `spans named \`${name}\``, ctx.graph.namedPositions(name).length, bound);
  return out;
};

export const countsExpectation: ExpectationType = {
  kind: 'counts',
  key: 'counts',
  doc: 'bounds on the number of spans, events, errors, and spans per name',
  declared: (e) => (e.counts ? 1 : 0),
  check: checkCounts,
};
