/**
 * One attribute value against what an expectation asks of it: a literal or a
 * matcher table whose every key must hold. Literals compare by type as well as
 * value: a string matches only a string (or bytes, as their base64 text), a
 * boolean only a boolean, a number only an int or a double of exactly that
 * value (an int64 compared as an integer, all 64 bits, never through a float),
 * and an array only an array of the same length whose elements match. So `"1"`
 * matches neither 1, 1.0, 10, true nor ["1"].
 */
import type { AttrExpected, AttrMatcher, AttrValue } from '../load/index.js';
import type { AttrKind } from '../telemetry/span-record.js';

/** The kind(s) of an attribute as sent; undefined when the span did not say (the runner's spans: JS values). */
export type ActualKind = AttrKind | readonly AttrKind[] | undefined;

/** The kind of a plain value, as the OpenTelemetry JS SDK exports it (an integral number is an int). */
function inferKind(v: unknown): AttrKind {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  return 'empty';
}

/** An int attribute (a number or the exact decimal string of an int64) as a BigInt. */
function exactInt(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  return undefined;
}

function sameScalar(actual: unknown, kind: AttrKind, expected: unknown): boolean {
  if (typeof expected === 'string') return (kind === 'string' || kind === 'bytes') && actual === expected;
  if (typeof expected === 'boolean') return kind === 'bool' && actual === expected;
  if (typeof expected === 'bigint' || typeof expected === 'number') {
    if (kind === 'int') {
      // Two integral numbers are exact: equal as numbers exactly when equal as BigInts (no BigInt made per span).
      if (typeof actual === 'number' && typeof expected === 'number') return Number.isInteger(actual) && Number.isInteger(expected) && actual === expected;
      const a = exactInt(actual);
      if (a === undefined) return false;
      if (typeof expected === 'bigint') return a === expected;
      return Number.isInteger(expected) && a === BigInt(expected);
    }
    if (kind === 'double') return typeof actual === 'number' && actual === Number(expected);
  }
  return false;
}

/** Typed equality of an attribute value (with its kind as sent, when known) and an expected literal. */
export function sameValue(actual: unknown, expected: unknown, kind?: ActualKind): boolean {
  if (actual === undefined) return false;
  if (Array.isArray(actual)) {
    if (!Array.isArray(expected) || expected.length !== actual.length) return false;
    const kinds = Array.isArray(kind) ? kind : undefined;
    return actual.every((a, i) => sameScalar(a, kinds?.[i] ?? inferKind(a), expected[i]));
  }
  if (Array.isArray(expected)) return false;
  return sameScalar(actual, typeof kind === 'string' ? kind : inferKind(actual), expected);
}

/** A value for messages, as JSON, except what JSON cannot say: bigints as digits, NaN and ±Infinity by name (not `null`). */
export function showValue(v: unknown): string {
  if (typeof v === 'bigint' || (typeof v === 'number' && !Number.isFinite(v))) return String(v);
  if (Array.isArray(v)) return `[${v.map(showValue).join(',')}]`;
  return JSON.stringify(v);
}

/** The attribute and its kind, for messages: `1 (int)`, `"1" (string)`. */
export function describeActual(actual: unknown, kind?: ActualKind): string {
  const k = kind === undefined ? (Array.isArray(actual) ? 'array' : inferKind(actual)) : Array.isArray(kind) ? `array of ${[...new Set(kind)].join('/') || 'nothing'}` : kind;
  return `${showValue(actual)} (${k})`;
}

export const isMatcher = (expected: AttrExpected): expected is AttrMatcher => typeof expected === 'object' && expected !== null;

/** Orders an attribute against a bound: ints with an integral bound exactly (BigInt), the rest as numbers; undefined when not numeric. */
function compareTo(actual: unknown, bound: number): number | undefined {
  // A number against a number: exact already (the BigInt path is for int64 strings and bigints). NaN is not
  // ordered: it is neither below nor above a bound, so it must not count as equal to it (and satisfy a range).
  if (typeof actual === 'number') return Number.isNaN(actual) ? undefined : actual < bound ? -1 : actual > bound ? 1 : 0;
  const int = exactInt(actual);
  if (int !== undefined && Number.isInteger(bound)) {
    const b = BigInt(bound);
    return int < b ? -1 : int > b ? 1 : 0;
  }
  const n = numeric(actual);
  return n === undefined ? undefined : n < bound ? -1 : n > bound ? 1 : 0;
}

/** The attribute as a number: numbers, and strings that are numbers; nothing else (booleans are not 0/1). */
function numeric(actual: unknown): number | undefined {
  if (typeof actual === 'number') return Number.isNaN(actual) ? undefined : actual;
  if (typeof actual === 'bigint') return Number(actual);
  if (typeof actual === 'string' && actual.trim() !== '') {
    const n = Number(actual);
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

const regexes = new Map<string, RegExp | null>();
function regex(source: string): RegExp | null {
  let re = regexes.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source);
    } catch {
      re = null; // The schema rejects invalid expressions; a hand-built model just never matches.
    }
    regexes.set(source, re);
  }
  return re;
}

/** The whole string matches the glob, where `*` stands for any run of characters (newlines included). */
const globs = new Map<string, RegExp>();
function globMatches(text: string, glob: string): boolean {
  let re = globs.get(glob);
  if (!re) {
    const source = glob
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*');
    globs.set(glob, (re = new RegExp(`^${source}$`)));
  }
  return re.test(text);
}

/** A matcher key other than `exists` is set: each asks something of a value (counted without listing the keys). */
function asksForValue(m: AttrMatcher): boolean {
  for (const k in m) if (k !== 'exists' && Object.hasOwn(m, k) && m[k as keyof AttrMatcher] !== undefined) return true;
  return false;
}

/** The attribute against one numeric bound (`ok` says which orderings pass). */
function withinNumericBound(actual: unknown, bound: number | undefined, ok: (c: number) => boolean): boolean {
  if (bound === undefined) return true;
  const c = compareTo(actual, bound);
  return c !== undefined && ok(c);
}
const above = (c: number) => c > 0;
const atLeast = (c: number) => c >= 0;
const below = (c: number) => c < 0;
const atMost = (c: number) => c <= 0;

/** Does the attribute value (undefined when absent) satisfy the expectation? */
export function matches(actual: unknown, expected: AttrExpected, kind?: ActualKind): boolean {
  if (!isMatcher(expected)) return sameValue(actual, expected, kind);
  const m = expected;
  if (m.exists !== undefined && (actual !== undefined) !== m.exists) return false;
  if (!asksForValue(m)) return true;
  // Every key but `exists` asks something of a value: an absent attribute satisfies none of them.
  if (actual === undefined) return false;
  if (m.eq !== undefined && !sameValue(actual, m.eq, kind)) return false;
  if (m.ne !== undefined && sameValue(actual, m.ne, kind)) return false;
  if (m.in !== undefined && !m.in.some((v) => sameValue(actual, v, kind))) return false;
  if (!withinNumericBound(actual, m.gt, above) || !withinNumericBound(actual, m.gte, atLeast)) return false;
  if (!withinNumericBound(actual, m.lt, below) || !withinNumericBound(actual, m.lte, atMost)) return false;
  if (m.regex !== undefined && !regex(m.regex)?.test(String(actual))) return false;
  if (m.glob !== undefined && !globMatches(String(actual), m.glob)) return false;
  return true;
}

const show = (v: AttrValue | unknown): string => showValue(v);

/** What is expected, for messages: `"y"` for a literal, `≥ 200 and < 300` for a matcher. */
export function describeExpected(expected: AttrExpected): string {
  if (!isMatcher(expected)) return show(expected);
  const m = expected;
  const parts: string[] = [];
  if (m.exists === true) parts.push('present');
  if (m.exists === false) parts.push('absent');
  if (m.eq !== undefined) parts.push(`= ${show(m.eq)}`);
  if (m.ne !== undefined) parts.push(`≠ ${show(m.ne)}`);
  if (m.gt !== undefined) parts.push(`> ${m.gt}`);
  if (m.gte !== undefined) parts.push(`≥ ${m.gte}`);
  if (m.lt !== undefined) parts.push(`< ${m.lt}`);
  if (m.lte !== undefined) parts.push(`≤ ${m.lte}`);
  if (m.regex !== undefined) parts.push(`matching /${m.regex}/`);
  if (m.glob !== undefined) parts.push(`like ${show(m.glob)}`);
  if (m.in !== undefined) parts.push(`one of ${m.in.map(show).join(', ')}`);
  return parts.join(' and ');
}

/** One attribute condition in a line: `step.name="y"`, `http.status_code ≥ 200 and < 300`. */
export function describeCondition(key: string, expected: AttrExpected): string {
  return isMatcher(expected) ? `${key} ${describeExpected(expected)}` : `${key}=${show(expected)}`;
}
