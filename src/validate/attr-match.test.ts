import { describe, expect, it } from 'vitest';
import type { AttrExpected } from '../load/index.js';
import { describeCondition, describeExpected, isMatcher, matches } from './attr-match.js';

describe('matches: literals', () => {
  it('compares in string form, so TOML strings match typed attributes', () => {
    expect(matches(1000, '1000')).toBe(true);
    expect(matches('1000', 1000)).toBe(true);
    expect(matches(1000, 1000)).toBe(true);
    expect(matches(true, 'true')).toBe(true);
    expect(matches('true', true)).toBe(true);
    expect(matches(false, 'true')).toBe(false);
    expect(matches(1000, '1000.0')).toBe(false);
    expect(matches(1000, 999)).toBe(false);
    expect(matches('a', 'A')).toBe(false);
  });

  it('an absent attribute matches no literal, not even "undefined"', () => {
    expect(matches(undefined, 'undefined')).toBe(false);
    expect(matches(undefined, '')).toBe(false);
  });

  it('compares array attributes element-wise', () => {
    expect(matches(['a'], 'a')).toBe(true);
    expect(matches(['a', 'b'], 'a')).toBe(false);
  });
});

describe('matches: matcher tables', () => {
  // Each key: a value that satisfies it and one that does not.
  const cases: [string, AttrExpected, unknown, unknown][] = [
    ['eq', { eq: 200 }, '200', 201],
    ['eq (boolean)', { eq: 'true' }, true, false],
    ['ne', { ne: 'GET' }, 'POST', 'GET'],
    ['ne (string form)', { ne: 1 }, 2, '1'],
    ['gt', { gt: 1 }, 2, 1],
    ['gte', { gte: 1 }, 1, 0.5],
    ['lt', { lt: 1 }, 0, 1],
    ['lte', { lte: 1 }, 1, 1.5],
    ['gt (numeric string attribute)', { gt: 9 }, '10', '9'],
    ['gte (negative and fractional)', { gte: -1.5 }, -1.5, -2],
    ['regex', { regex: '^5\\d\\d$' }, 503, 200],
    ['regex (unanchored)', { regex: 'time' }, 'a timeout', 'refused'],
    ['regex (on the string form of a boolean)', { regex: '^tr' }, true, false],
    ['glob', { glob: 'GET /orders/*' }, 'GET /orders/42', 'GET /orders'],
    ['glob (whole value)', { glob: 'abc' }, 'abc', 'xabcx'],
    ['glob (metacharacters literal)', { glob: 'a.b?(c)*' }, 'a.b?(c)d', 'aXb?(c)d'],
    ['glob (star crosses newlines)', { glob: 'line1*line2' }, 'line1\nline2', 'line1\nline3'],
    ['in', { in: ['db', 'cache'] }, 'cache', 'api'],
    ['in (string form)', { in: [200, 204] }, '204', 201],
    ['exists = true', { exists: true }, '', undefined],
    ['exists = false', { exists: false }, undefined, 'x'],
  ];
  it.each(cases)('%s holds for the first value and not the second', (_key, expected, good, bad) => {
    expect(matches(good, expected)).toBe(true);
    expect(matches(bad, expected)).toBe(false);
  });

  it('numeric keys need a number: booleans, empty and non-numeric strings, arrays never compare', () => {
    for (const actual of [true, false, '', ' ', 'abc', '10ms', ['1'], undefined]) {
      expect(matches(actual, { gte: 0 })).toBe(false);
      expect(matches(actual, { lt: 100 })).toBe(false);
    }
  });

  it('every key given must hold', () => {
    const range = { gte: 200, lt: 300 };
    expect(matches(200, range)).toBe(true);
    expect(matches(299, range)).toBe(true);
    expect(matches(300, range)).toBe(false);
    expect(matches(199, range)).toBe(false);
    expect(matches('GET /a', { glob: 'GET *', ne: 'GET /b', regex: '/a$' })).toBe(true);
    expect(matches('GET /b', { glob: 'GET *', ne: 'GET /b' })).toBe(false);
  });

  it('an absent attribute satisfies only `exists = false`', () => {
    for (const m of [{ ne: 'x' }, { gt: 0 }, { regex: '.*' }, { glob: '*' }, { in: ['x'] }, { eq: '' }, { exists: true }] as AttrExpected[]) {
      expect(matches(undefined, m)).toBe(false);
    }
    expect(matches(undefined, { exists: false })).toBe(true);
    // A contradiction never holds.
    expect(matches(undefined, { exists: false, ne: 'x' })).toBe(false);
    expect(matches('y', { exists: false, ne: 'x' })).toBe(false);
    expect(matches('y', { exists: true, ne: 'x' })).toBe(true);
  });

  it('an invalid regular expression (possible only in a hand-built model) never matches', () => {
    expect(matches('(', { regex: '(' })).toBe(false);
  });
});

describe('describing expectations', () => {
  it('tells literals from matcher tables', () => {
    expect(isMatcher('x')).toBe(false);
    expect(isMatcher(1)).toBe(false);
    expect(isMatcher({ eq: 1 })).toBe(true);
  });

  it('renders literals as JSON and matchers as conditions', () => {
    expect(describeExpected('y')).toBe('"y"');
    expect(describeExpected(3)).toBe('3');
    expect(describeExpected({ gte: 200, lt: 300 })).toBe('≥ 200 and < 300');
    expect(describeExpected({ eq: 'a', ne: 'b', gt: 1, lte: 2, regex: '^x', glob: 'a*', in: ['p', 1], exists: true })).toBe(
      'present and = "a" and ≠ "b" and > 1 and ≤ 2 and matching /^x/ and like "a*" and one of "p", 1',
    );
    expect(describeExpected({ exists: false })).toBe('absent');
    expect(describeCondition('step.name', 'y')).toBe('step.name="y"');
    expect(describeCondition('http.status', { gte: 500 })).toBe('http.status ≥ 500');
  });
});
