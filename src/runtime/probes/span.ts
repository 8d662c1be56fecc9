/**
 * `span`: the error ratio of the system's spans named `span_name` received in
 * the last `window_ms`; healthy when at most `max_error_pct` % of them have
 * status ERROR and at least `min_spans` arrived (no traffic is no evidence of health).
 */
import { matchesPattern } from '../../common/span-names.js';
import { probeKind } from './types.js';

export interface SpanProbe {
  spanName: string;
  windowMs: number;
  maxErrorPct: number;
  minSpans: number;
}

export const spanProbe = probeKind<SpanProbe>({
  kind: 'span',
  doc: 'reads the spans of the system under test named `span_name` received in the last `window_ms`; healthy when at least `min_spans` arrived and at most `max_error_pct` % of them are ERROR',
  params: {
    span_name: { type: 'string', minLength: 1, description: 'Span name of the system under test (`*` stands for any run of characters).' },
    window_ms: { type: 'integer', minimum: 100, maximum: 3600000, description: 'The sliding window: spans received this long before the sample, on the runner\'s clock.' },
    max_error_pct: { type: 'number', minimum: 0, maximum: 100, default: 0, description: 'Highest share of ERROR spans in the window, in %, that is still healthy.' },
    min_spans: { type: 'integer', minimum: 1, maximum: 1000000, default: 1, description: 'Fewest spans the window must hold: fewer is not healthy.' },
  },
  required: ['span_name', 'window_ms'],
  decode: (p) => ({
    spanName: String(p.span_name),
    windowMs: Number(p.window_ms),
    maxErrorPct: typeof p.max_error_pct === 'number' ? p.max_error_pct : 0,
    minSpans: typeof p.min_spans === 'number' ? p.min_spans : 1,
  }),
  service: () => undefined,
  async sample(ctx, p) {
    const since = Date.now() - p.windowMs;
    const inWindow = ctx.received().filter((r) => r.receivedAtMs >= since && matchesPattern(r.span.name, p.spanName));
    const errors = inWindow.filter((r) => r.span.status === 'ERROR').length;
    const what = `spans named \`${p.spanName}\` in the last ${p.windowMs} ms`;
    if (inWindow.length < p.minSpans) return { ok: false, detail: `${inWindow.length} ${what}, fewer than min_spans = ${p.minSpans}` };
    const pct = Math.round((errors / inWindow.length) * 10000) / 100;
    const detail = `${errors} of ${inWindow.length} ${what} are ERROR (${pct} %)`;
    return pct <= p.maxErrorPct ? { ok: true, detail } : { ok: false, detail: `${detail}, above max_error_pct = ${p.maxErrorPct}` };
  },
});
