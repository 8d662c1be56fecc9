/** `[expect.status]`: the status of every span, or of the spans of a name. */
import type { ExpectationCheck, Verdict } from './types.js';

export const checkStatus: ExpectationCheck = (expect, ctx) => {
  const st = expect.status;
  if (!st) return [];
  const out: Verdict[] = [];
  const judge = (key: string, pattern: string | undefined, want: string) => {
    const spans = pattern === undefined ? ctx.graph.spans : ctx.graph.named(pattern);
    const wrong = spans.filter((s) => s.status !== want);
    const passed = spans.length > 0 && wrong.length === 0;
    const what = pattern === undefined ? 'every span' : `spans named \`${pattern}\``;
    const message = spans.length === 0 ? `no ${pattern === undefined ? 'span' : `span named \`${pattern}\``}` : wrong.length ? `${wrong.length} of ${spans.length} have another status (e.g. \`${wrong[0]!.name}\` is ${wrong[0]!.status})` : `${spans.length} span(s)`;
    out.push({ kind: 'status', keyPath: `${ctx.keyPath}.status.${key}`, description: `${what} ${want}`, passed, message });
  };
  if (st.all) judge('all', undefined, st.all);
  for (const [name, want] of Object.entries(st.byName ?? {})) judge(`by_name.${JSON.stringify(name)}`, name, want);
  return out;
};
