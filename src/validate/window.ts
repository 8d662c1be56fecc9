/**
 * `[[expect.window]]`: every span of `contains` lies within the time window of
 * an `outer` span; with `max_duration_ms`, every `outer` span lasts at most that long.
 */
import { setAsideNote } from './attribution.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import type { ExpectationCheck, Verdict, ExpectationType } from './types.js';

/**
 * Whether a span lies within some outer span (outer start ≤ its start and its
 * end ≤ outer end), in O(log n): the outers sorted by start, with the latest
 * end among those starting at or before each one.
 */
function windowIndex(outers: readonly SpanRecord[]): (s: SpanRecord) => boolean {
  // A time that is not a number is never within (every comparison with it is false).
  const sorted = outers.filter((o) => !Number.isNaN(o.startMs) && !Number.isNaN(o.endMs)).sort((a, b) => a.startMs - b.startMs);
  const starts = Float64Array.from(sorted, (o) => o.startMs);
  const latestEnd = new Float64Array(sorted.length);
  let latest = -Infinity;
  sorted.forEach((o, i) => (latestEnd[i] = latest = Math.max(latest, o.endMs)));
  return (s) => {
    if (Number.isNaN(s.startMs) || Number.isNaN(s.endMs)) return false;
    // The last outer starting at or before the span.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= s.startMs) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && s.endMs <= latestEnd[lo - 1]!;
  };
}

export const checkWindows: ExpectationCheck = (expect, ctx) =>
  expect.window.flatMap((w, i) => {
    const keyPath = `${ctx.keyPath}.window[${i}]`;
    const outers = ctx.graph.named(w.outer);
    const within = windowIndex(outers);
    const verdicts: Verdict[] = w.contains.map((name) => {
      const inner = ctx.graph.named(name);
      const outside = inner.filter((s) => !within(s));
      const passed = outers.length > 0 && inner.length > 0 && outside.length === 0;
      const message =
        outers.length === 0 ? `no span named \`${w.outer}\`` : inner.length === 0 ? `no span named \`${name}\`` : outside.length ? `${outside.length} of ${inner.length} \`${name}\` span(s) fall outside every \`${w.outer}\`` : `${inner.length} span(s) inside`;
      return {
        kind: 'window' as const,
        keyPath,
        description: `\`${name}\` within \`${w.outer}\``,
        passed,
        message: message + setAsideNote([name, w.outer], ctx.malformed),
      };
    });
    if (w.maxDurationMs !== undefined) {
      const max = w.maxDurationMs;
      const duration = (s: (typeof outers)[number]) => s.endMs - s.startMs;
      const tooLong = outers.filter((s) => duration(s) > max).sort((a, b) => duration(b) - duration(a));
      const longest = outers.reduce((m, o) => Math.max(m, duration(o)), 0);
      const message =
        outers.length === 0
          ? `no span named \`${w.outer}\``
          : tooLong.length
            ? `${tooLong.length} of ${outers.length} \`${w.outer}\` span(s) last longer: ${tooLong.slice(0, 3).map((s) => `\`${s.name}\` lasted ${duration(s).toFixed(0)} ms`).join(', ')}${tooLong.length > 3 ? ', …' : ''}`
            : `the longest of ${outers.length} lasted ${longest.toFixed(0)} ms`;
      verdicts.push({
        kind: 'window',
        keyPath: `${keyPath}.max_duration_ms`,
        description: `\`${w.outer}\` lasts ≤ ${max} ms`,
        passed: outers.length > 0 && tooLong.length === 0,
        message: message + setAsideNote([w.outer], ctx.malformed),
      });
    }
    return verdicts;
  });

export const windowExpectation: ExpectationType = {
  kind: 'window',
  key: 'window',
  doc: 'spans lie within the time window of an `outer` span, which lasts at most `max_duration_ms`',
  declared: (e) => e.window.length,
  check: checkWindows,
};
