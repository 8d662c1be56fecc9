import { describe, expect, it } from 'vitest';
import type { AttrExpected } from '../load/index.js';
import { describeActual, describeCondition, describeExpected, isMatcher, matches, showValue } from './attr-match.js';

describe('matches: literals', () => {
  it('compares by type and value: a string never matches a number or a boolean, nor they a string', () => {
    expect(matches(1000, 1000)).toBe(true);
    expect(matches(true, true)).toBe(true);
    expect(matches('1000', '1000')).toBe(true);
    expect(matches(1000, '1000')).toBe(false);
    expect(matches('1000', 1000)).toBe(false);
    expect(matches(true, 'true')).toBe(false);
    expect(matches('true', true)).toBe(false);
    expect(matches(false, true)).toBe(false);
    expect(matches(1000, 999)).toBe(false);
    expect(matches('a', 'A')).toBe(false);
  });

  it('"1" matches neither the int 1, the double 1.0, 10, true nor ["1"]', () => {
    expect(matches(1, '1', 'int')).toBe(false);
    expect(matches(1, '1', 'double')).toBe(false);
    expect(matches(10, '1', 'int')).toBe(false);
    expect(matches(true, '1', 'bool')).toBe(false);
    expect(matches(['1'], '1', ['string'])).toBe(false);
    expect(matches('1', '1', 'string')).toBe(true);
  });

  it('int64 values compare with all 64 bits: 2^53+1 is not 2^53', () => {
    expect(matches('9007199254740993', 9007199254740992n, 'int')).toBe(false);
    expect(matches('9007199254740993', 9007199254740993n, 'int')).toBe(true);
    expect(matches('-9223372036854775808', -9223372036854775808n, 'int')).toBe(true);
    // A big int's decimal string is an int only when the span says so; as a string it is text.
    expect(matches('9007199254740993', 9007199254740993n, 'string')).toBe(false);
    expect(matches('9007199254740993', { gt: 9007199254740992 }, 'int')).toBe(true);
    expect(matches(9007199254740992, { gt: 9007199254740992 }, 'int')).toBe(false);
  });

  it('a number matches an int or a double of exactly that value; bytes compare as their base64 text', () => {
    expect(matches(1.5, 1.5, 'double')).toBe(true);
    expect(matches(1, 1, 'double')).toBe(true);
    expect(matches(1.5, 1, 'double')).toBe(false);
    expect(matches('AQI=', 'AQI=', 'bytes')).toBe(true);
    expect(matches('{"a":1}', '{"a":1}', 'kvlist')).toBe(false);
  });

  it('an absent attribute matches no literal, not even "undefined"', () => {
    expect(matches(undefined, 'undefined')).toBe(false);
    expect(matches(undefined, '')).toBe(false);
  });

  it('an array attribute never matches a scalar: ["1"] is not "1" (an array of the same length whose elements match', () => {
    expect(matches(['a'], 'a')).toBe(false);
    expect(matches(['a', 'b'], 'a')).toBe(false);
    // (An expectation is never an array in a suite file; the element-wise rule is sameValue's.)
  });
});

describe('matches: matcher tables', () => {
  // Each key: a value that satisfies it and one that does not.
  const cases: [string, AttrExpected, unknown, unknown][] = [
    ['eq', { eq: 200 }, 200, '200'],
    ['eq (boolean)', { eq: true }, true, 'true'],
    ['ne', { ne: 'GET' }, 'POST', 'GET'],
    ['ne (typed: the string "1" is not the number 1)', { ne: 1 }, '1', 1],
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
    ['in (typed)', { in: [200, 204] }, 204, '204'],
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

  it('NaN is not ordered: it satisfies no bound and no range (it is not "equal" to a bound), as a double or a "NaN" string', () => {
    for (const actual of [Number.NaN, 'NaN']) {
      for (const bound of [{ gte: 100 }, { lte: 200 }, { gt: 0 }, { lt: 1e9 }, { gte: 100, lte: 200 }]) expect(matches(actual, bound, 'double')).toBe(false);
    }
    expect(matches(150, { gte: 100, lte: 200 }, 'double')).toBe(true); // the fixed form: a real value in the range
    expect(describeActual(Number.NaN, 'double')).toBe('NaN (double)'); // named, never shown as JSON's null
    expect(showValue([1, Number.POSITIVE_INFINITY, 'a'])).toBe('[1,Infinity,"a"]');
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
