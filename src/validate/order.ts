/** `[expect.order]`: `must_precede` = every a ends before any b starts; `must_follow` = every a starts after every b ended. */
import type { SpanRecord } from '../telemetry/span-record.js';
import { setAsideNote } from './attribution.js';
import type { ExpectationCheck, Verdict, ExpectationType } from './types.js';

export const checkOrder: ExpectationCheck = (expect, ctx) => {
  const o = expect.order;
  if (!o) return [];
  const out: Verdict[] = [];
  const judge = (key: string, first: string, second: string, desc: string) => {
    const as: readonly SpanRecord[] = ctx.graph.named(first);
    const bs: readonly SpanRecord[] = ctx.graph.named(second);
    let passed = as.length > 0 && bs.length > 0;
    let message = as.length === 0 ? `no span named \`${first}\`` : bs.length === 0 ? `no span named \`${second}\`` : 'in order';
    if (passed) {
      const lastEnd = as.reduce((m, s) => Math.max(m, s.endMs), -Infinity);
      const firstStart = bs.reduce((m, s) => Math.min(m, s.startMs), Infinity);
      passed = lastEnd <= firstStart;
      if (!passed) message = `the last \`${first}\` ends ${(lastEnd - firstStart).toFixed(0)} ms after the first \`${second}\` starts`;
    }
    out.push({ kind: 'order', keyPath: `${ctx.keyPath}.order.${key}`, description: desc, passed, message: message + setAsideNote([first, second], ctx.malformed) });
  };
  for (const [a, b] of o.mustPrecede ?? []) judge('must_precede', a, b, `\`${a}\` before \`${b}\``);
  for (const [a, b] of o.mustFollow ?? []) judge('must_follow', b, a, `\`${a}\` after \`${b}\``);
  return out;
};

export const orderExpectation: ExpectationType = {
  kind: 'order',
  key: 'order',
  doc: 'spans of one name end before (`must_precede`) or start after (`must_follow`) those of another',
  declared: (e) => (e.order ? 1 : 0),
  check: checkOrder,
};
