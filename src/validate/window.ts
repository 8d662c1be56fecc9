/** `[[expect.window]]`: every span of `contains` lies within the time window of an `outer` span. */
import type { ExpectationCheck } from './types.js';

export const checkWindows: ExpectationCheck = (expect, ctx) =>
  expect.window.flatMap((w, i) => {
    const outers = ctx.graph.named(w.outer);
    return w.contains.map((name) => {
      const inner = ctx.graph.named(name);
      const outside = inner.filter((s) => !outers.some((o) => o.startMs <= s.startMs && s.endMs <= o.endMs));
      const passed = outers.length > 0 && inner.length > 0 && outside.length === 0;
      const message =
        outers.length === 0 ? `no span named \`${w.outer}\`` : inner.length === 0 ? `no span named \`${name}\`` : outside.length ? `${outside.length} of ${inner.length} \`${name}\` span(s) fall outside every \`${w.outer}\`` : `${inner.length} span(s) inside`;
      return { kind: 'window' as const, keyPath: `${ctx.keyPath}.window[${i}]`, description: `\`${name}\` within \`${w.outer}\``, passed, message };
    });
  });
