/**
 * Escaping for the HTML report. Span names, attributes, step output and
 * messages come from the system under test: every one goes through `esc`
 * before it reaches the page, in text and in quoted attribute values alike.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in a double- or single-quoted attribute value. */
export const esc = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A CSS length in % with at most three decimals (no exponent, never NaN). */
export const pct = (x: number): string => `${(Number.isFinite(x) ? Math.min(100, Math.max(0, x)) : 0).toFixed(3)}%`;

/** A duration for people: `850 ms`, `3.42 s`. */
export const duration = (ms: number): string => (ms < 1000 ? `${Math.max(0, Math.round(ms))} ms` : `${(ms / 1000).toFixed(2)} s`);
