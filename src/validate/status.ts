/**
 * `[expect.status]`: the status of every span, or of the spans of a name.
 * `errors_allowed` lets `all = "OK"` tolerate that many ERROR spans (default 0);
 * a span of any other status still fails it.
 */
import { statusToleratesEveryError } from '../load/always-true.js';
import { formatKeyPath } from '../load/issues.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import type { ExpectationCheck, Verdict, ExpectationType } from './types.js';

const examples = (spans: readonly SpanRecord[]) => `${spans.slice(0, 3).map((s) => `\`${s.name}\``).join(', ')}${spans.length > 3 ? ', …' : ''}`;

export const checkStatus: ExpectationCheck = (expect, ctx) => {
  const st = expect.status;
  if (!st) return [];
  const out: Verdict[] = [];
  const judge = (key: string, pattern: string | undefined, want: string, errorsAllowed = 0) => {
    const spans = pattern === undefined ? ctx.graph.spans : ctx.graph.named(pattern);
    const wrong = spans.filter((s) => s.status !== want);
    // Under `all = "OK"`, up to `errors_allowed` ERROR spans are tolerated.
    const errors = want === 'OK' ? wrong.filter((s) => s.status === 'ERROR') : [];
    const tolerated = errors.length <= errorsAllowed ? errors : [];
    const failing = wrong.filter((s) => !tolerated.includes(s));
    const passed = spans.length > 0 && failing.length === 0;
    const what = pattern === undefined ? 'every span' : `spans named \`${pattern}\``;
    let message: string;
    if (spans.length === 0) message = `no ${pattern === undefined ? 'span' : `span named \`${pattern}\``}`;
    else if (errorsAllowed > 0 && errors.length > errorsAllowed) {
      const others = failing.filter((s) => s.status !== 'ERROR');
      message = `${errors.length} ERROR span(s), at most ${errorsAllowed} allowed: ${examples(errors)}${others.length ? `; ${others.length} more have another status (e.g. \`${others[0]!.name}\` is ${others[0]!.status})` : ''}`;
    } else if (failing.length) message = `${failing.length} of ${spans.length} have another status (e.g. \`${failing[0]!.name}\` is ${failing[0]!.status})`;
    else message = `${spans.length} span(s)${tolerated.length ? `, ${tolerated.length} ERROR span(s) tolerated: ${examples(tolerated)}` : ''}`;
    const description = `${what} ${want}${errorsAllowed > 0 ? ` (up to ${errorsAllowed} ERROR)` : ''}`;
    const verdict: Verdict = { kind: 'status', keyPath: `${ctx.keyPath}.status.${key}`, description, passed, message };
    if (want === 'OK' && statusToleratesEveryError(errorsAllowed, spans.length)) {
      verdict.vacuous = `errors_allowed = ${errorsAllowed} tolerates every one of the ${spans.length} span(s) in scope being an ERROR`;
    }
    out.push(verdict);
  };
  if (st.all) judge('all', undefined, st.all, st.all === 'OK' ? (st.errorsAllowed ?? 0) : 0);
  for (const [name, want] of Object.entries(st.byName ?? {})) judge(formatKeyPath(['by_name', name]), name, want);
  return out;
};

export const statusExpectation: ExpectationType = {
  kind: 'status',
  key: 'status',
  doc: 'the status of every span, or of the spans of a name (`errors_allowed` ERROR spans tolerated by `all = "OK"`)',
  declared: (e) => (e.status ? 1 : 0),
  check: checkStatus,
};
