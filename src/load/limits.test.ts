/**
 * Hostile input, bounded: deep nesting gets a located error naming the limit,
 * long strings load (the parser alone overflows its stack past ~100k chars),
 * and positions after a long string stay exact.
 */
import { describe, expect, it } from 'vitest';
import { formatToml, TomlFormatError } from './format-toml.js';
import { loadSuiteSource, MAX_NESTING_DEPTH, type LoadResult } from './index.js';
import { LONG_STRING_CHARS, scanToml } from './scan.js';
import { parseToml } from './toml.js';

const FILE = 'hostile.clnrm.toml';
const HEAD = `[meta]\nname = "hostile"\n\n[service.app]\nimage = "busybox"\n\n`;
const SCENARIO = `\n[[scenario]]\nname = "s"\nrun = "true"\n`;
const load = (source: string): LoadResult => loadSuiteSource(FILE, source, { env: {} });

function onlyIssue(source: string) {
  const r = load(source);
  if (r.ok) throw new Error('expected the suite to be invalid');
  expect(r.issues).toHaveLength(1);
  return r.issues[0]!;
}

const deepArray = (levels: number) => `[vars]\nx = ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
const deepInline = (levels: number) => `[vars]\nx = ${'{ a = '.repeat(levels)}1${' }'.repeat(levels)}\n`;
const limitMessage = new RegExp(`^nesting deeper than ${MAX_NESTING_DEPTH} levels \\(level ${MAX_NESTING_DEPTH + 1} here\\)`);

describe('nesting depth', () => {
  it.each([2_000, 100_000])('a %i-deep array is refused at the bracket that passes the limit', (levels) => {
    const source = HEAD + deepArray(levels) + SCENARIO;
    const issue = onlyIssue(source);
    // vars.x is 2 levels; each `[` adds one, so the (MAX - 1)th bracket passes the limit.
    const line = source.split('\n').indexOf(`x = ${'['.repeat(levels)}${']'.repeat(levels)}`) + 1;
    expect(issue).toMatchObject({ file: FILE, line, column: 4 + MAX_NESTING_DEPTH - 1, message: expect.stringMatching(limitMessage) });
    expect(issue.keyPath).toMatch(/^vars\.x\[0\]\[0\]\[0\]\[0\]…\(95 more levels\)$/);
    expect(issue.hint).toMatch(/flatten the structure.*docs\/format\.md/);
  });

  it('a 2,000-deep inline table is refused at the key that passes the limit', () => {
    const issue = onlyIssue(HEAD + deepInline(2_000) + SCENARIO);
    expect(issue).toMatchObject({ line: 8, message: expect.stringMatching(limitMessage), keyPath: expect.stringMatching(/^vars\.x\.a\.a\.a\.a…/) });
    // `x = ` then `{ a = ` per level: the 99th `a` is level 101 (vars, x, 99 × a).
    expect(issue.column).toBe(4 + 6 * 98 + 3);
  });

  it('a 10,000-segment dotted key is refused at its 101st segment', () => {
    const key = Array.from({ length: 10_000 }, (_, i) => `k${i}`).join('.');
    const issue = onlyIssue(`${key} = 1\n${HEAD}${SCENARIO}`);
    expect(issue).toMatchObject({ line: 1, message: expect.stringMatching(limitMessage) });
    expect(issue.column).toBe(key.indexOf('k100.') + 1);
    expect(issue.keyPath).toBe('k0.k1.k2.k3.k4.k5…(95 more levels)');
  });

  it('a table header of 200 segments is refused', () => {
    const issue = onlyIssue(`${HEAD}[${Array.from({ length: 200 }, () => 'a').join('.')}]\n${SCENARIO}`);
    expect(issue).toMatchObject({ line: 7, column: 1, message: expect.stringMatching(/^nesting deeper than 100 levels/) });
  });

  it('exactly the limit is not a nesting error (the schema judges the value)', () => {
    const r = load(HEAD + `[vars]\nx = ${'['.repeat(MAX_NESTING_DEPTH - 2)}${']'.repeat(MAX_NESTING_DEPTH - 2)}\n` + SCENARIO);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message).join('\n')).not.toMatch(/nesting/);
    expect(r.issues[0]!.keyPath).toBe('vars.x');
  });

  it('brackets inside strings and comments do not count', () => {
    const noise = `"${'['.repeat(500)}" # ${'{'.repeat(500)}`;
    const r = load(`${HEAD}[vars]\nx = ${noise}\ny = '''\n${'['.repeat(500)}\n'''\n${SCENARIO}`);
    expect(r.ok).toBe(true);
  });

  it('clnrm fmt gives the same located error', () => {
    expect(() => formatToml(deepArray(100_000))).toThrow(TomlFormatError);
    try {
      formatToml(deepArray(100_000));
    } catch (err) {
      expect(err).toMatchObject({ line: 2, column: 4 + MAX_NESTING_DEPTH - 1 });
      expect((err as Error).message).toMatch(/^vars\.x\[0\].*nesting deeper than 100 levels.*flatten the structure/);
    }
  });
});

describe('long strings', () => {
  const withRun = (literal: string, after = '') => `${HEAD}[[scenario]]\nname = "s"\nrun = ${literal}${after}\n`;

  it.each([123_000, 10 * 1024 * 1024])('a %i-character basic string loads with its exact value', (length) => {
    const r = load(withRun(`"${'a'.repeat(length)}"`));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.suite.scenarios[0]!.steps[0]!.run.length).toBe(length);
  });

  it('escapes, multi-line forms and CRLF decode as the parser decodes short strings', () => {
    const body = 'x\\ty\\u00e9\\U0001F600\\x41\\e\\"\\\\';
    const samples = [
      `"${body}"`,
      `"""\n${body}\r\nline two \\\n    joined"""`,
      `'${'lit\\n'}'`,
      `'''\r\nfirst\r\nsecond'''''`,
      `""""quoted""""`,
    ];
    for (const sample of samples) {
      // The same string once short (parsed by toml-eslint-parser) and once padded past the threshold.
      const pad = 'p'.repeat(LONG_STRING_CHARS);
      // After the opening quotes and the newline a multi-line string drops.
      const open = sample.match(/^("""|'''|"|')(\r?\n)?/)![0];
      const padded = open + pad + sample.slice(open.length);
      const short = parseToml(`v = ${sample}`).data.v as string;
      const long = parseToml(`v = ${padded}`).data.v as string;
      expect(long, sample).toBe(pad + short);
    }
  });

  it('keeps the positions of what follows a long string on its line and after it', () => {
    const long = `"${'a'.repeat(200_000)}"`;
    const source = `${HEAD}[[scenario]]\nname = "s"\nrun = "true"\nenv = { A = ${long}, atrs = [1] }\ntimeout_msx = 1\n`;
    const r = load(source);
    if (r.ok) throw new Error('expected problems');
    const atrs = r.issues.find((i) => i.keyPath.endsWith('atrs'));
    expect(atrs).toMatchObject({ line: 10, column: source.split('\n')[9]!.indexOf("atrs = [1]") + "atrs = ".length + 1 });
    const timeout = r.issues.find((i) => i.keyPath.endsWith('timeout_msx'));
    expect(timeout).toMatchObject({ line: 11, column: 1 });
  });

  it('a bad escape in a long string is located', () => {
    const issue = onlyIssue(withRun(`"${'a'.repeat(LONG_STRING_CHARS + 10)}\\q"`));
    expect(issue).toMatchObject({ line: 9, column: 8 + LONG_STRING_CHARS + 10, message: 'invalid TOML: invalid escape sequence' });
  });

  it('clnrm fmt keeps a 10 MB string byte for byte', () => {
    const value = 'b'.repeat(10 * 1024 * 1024);
    const source = `x   =   "${value}"\ny = '''\n${value}\n'''\n`;
    const out = formatToml(source);
    expect(out).toBe(`x = "${value}"\ny = '''\n${value}\n'''\n`);
  });

  it('scanning is one pass: the shadow of a file without long strings is the file itself', () => {
    const source = HEAD + SCENARIO;
    expect(scanToml(source).shadow).toBe(source);
  });
});
