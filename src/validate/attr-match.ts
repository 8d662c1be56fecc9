/**
 * One attribute value against what an expectation asks of it: a literal
 * (compared in string form, so `"1000"` matches 1000 and `"true"` matches true)
 * or a matcher table whose every key must hold.
 */
import type { AttrExpected, AttrMatcher, AttrValue } from '../load/index.js';

/** String comparison of attribute values, so `"true"` in TOML matches a boolean attribute; arrays element-wise. */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (actual === undefined) return false;
  if (Array.isArray(actual)) return JSON.stringify(actual.map(String)) === JSON.stringify(Array.isArray(expected) ? expected.map(String) : [String(expected)]);
  return String(actual) === String(expected);
}

export const isMatcher = (expected: AttrExpected): expected is AttrMatcher => typeof expected === 'object' && expected !== null;

/** The attribute as a number: numbers, and strings that are numbers; nothing else (booleans are not 0/1). */
function numeric(actual: unknown): number | undefined {
  if (typeof actual === 'number') return actual;
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
function globMatches(text: string, glob: string): boolean {
  const source = glob
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${source}$`).test(text);
}

/** Does the attribute value (undefined when absent) satisfy the expectation? */
export function matches(actual: unknown, expected: AttrExpected): boolean {
  if (!isMatcher(expected)) return sameValue(actual, expected);
  const m = expected;
  if (m.exists !== undefined && (actual !== undefined) !== m.exists) return false;
  const others = Object.keys(m).filter((k) => k !== 'exists' && m[k as keyof AttrMatcher] !== undefined);
  if (others.length === 0) return true;
  // Every key but `exists` asks something of a value: an absent attribute satisfies none of them.
  if (actual === undefined) return false;
  if (m.eq !== undefined && !sameValue(actual, m.eq)) return false;
  if (m.ne !== undefined && sameValue(actual, m.ne)) return false;
  if (m.in !== undefined && !m.in.some((v) => sameValue(actual, v))) return false;
  if (m.gt !== undefined || m.gte !== undefined || m.lt !== undefined || m.lte !== undefined) {
    const n = numeric(actual);
    if (n === undefined) return false;
    if (m.gt !== undefined && !(n > m.gt)) return false;
    if (m.gte !== undefined && !(n >= m.gte)) return false;
    if (m.lt !== undefined && !(n < m.lt)) return false;
    if (m.lte !== undefined && !(n <= m.lte)) return false;
  }
  const text = String(actual);
  if (m.regex !== undefined && !regex(m.regex)?.test(text)) return false;
  if (m.glob !== undefined && !globMatches(text, m.glob)) return false;
  return true;
}

const show = (v: AttrValue | unknown): string => JSON.stringify(v);

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
