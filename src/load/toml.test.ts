/**
 * The two TOML paths (toml.ts) give the same suites: the fast path (smol-toml, positions
 * computed on first read) and the positional path (toml-eslint-parser only). Checked on
 * every *.clnrm.toml of the repository, as written, with CRLF line ends, and broken in
 * several ways: data (key order and value types included), positions, whole load results
 * (suites, `locate` answers, warnings) and error messages, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as fast from './index.js';
import type { LoadResult } from './index.js';
import { formatKeyPath } from './key-path.js';
import { parseFastData, parsePositional, parseToml, type ParsedToml, type TomlValue } from './toml.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SUITE_FILES = globSync('**/*.clnrm.toml', { cwd: ROOT, ignore: ['node_modules/**', 'dist/**'] }).sort();
const sources = SUITE_FILES.map((f) => ({ file: f, source: readFileSync(join(ROOT, f), 'utf8') }));

/** The outcome of a parse: its result, or the message and position of what it threw. */
function attempt<T>(parse: () => T): { value: T } | { error: string } {
  try {
    return { value: parse() };
  } catch (err) {
    const at = (err as { position?: { line: number; column: number } }).position;
    return { error: `${at?.line}:${at?.column}: ${(err as Error).message}` };
  }
}
/** Red-team files over the loader's limits (nesting deeper than 100): refused before any parser runs. */
const overLimits = sources.filter(({ source }) => 'error' in attempt(() => parsePositional(source)));
const readable = sources.filter((s) => !overLimits.includes(s));

/** The loader and the parser as they are when smol-toml refuses everything: the positional path alone. */
let positional: typeof import('./index.js');
let positionalToml: typeof import('./toml.js');
beforeAll(async () => {
  vi.resetModules();
  vi.doMock('smol-toml', () => ({
    parse: () => {
      throw new Error('the fast path is off in this instance of the loader');
    },
  }));
  positional = await import('./index.js');
  positionalToml = await import('./toml.js');
  vi.doUnmock('smol-toml');
});

/** Data with its key order and value types made visible to toEqual (bigint, -0, prototypes). */
function shape(value: TomlValue): unknown {
  if (typeof value === 'bigint') return { bigint: String(value) };
  if (typeof value === 'number') return Object.is(value, -0) ? { number: '-0' } : value;
  if (Array.isArray(value)) return { array: value.map(shape) };
  if (typeof value === 'object') return { prototype: Object.getPrototypeOf(value) === Object.prototype, entries: Object.keys(value).map((k) => [k, shape(value[k]!)]) };
  return value;
}

const positionsOf = (parsed: ParsedToml) => ({ keys: [...parsed.positions], values: [...parsed.valuePositions] });

/** Every `keyPath` string in a suite model, so `locate` can be asked about each. */
function keyPathsIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keyPathsIn(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'keyPath' && typeof v === 'string') out.add(v);
      else keyPathsIn(v, out);
    }
  }
  return out;
}

/** A load result with `locate` replaced by its answers for every key path of the file. */
function comparable(result: LoadResult, source: string): unknown {
  if (!result.ok) return result;
  const parsed = parsePositional(source);
  const { locate, ...suite } = result.suite;
  const paths = new Set([...keyPathsIn(suite), ...[...parsed.positions.keys()].map((k) => formatKeyPath(JSON.parse(k)))]);
  return { suite, warnings: result.warnings, located: [...paths].sort().map((p) => [p, locate(p)]) };
}

const loadBoth = (file: string, source: string) => ({
  fast: fast.loadSuiteSource(file, source, { env: {} }),
  positional: positional.loadSuiteSource(file, source, { env: {} }),
});

describe('fast and positional TOML paths', () => {
  it('finds the suite files of the repository', () => {
    expect(SUITE_FILES.length).toBeGreaterThan(50);
    expect(readable.length).toBeGreaterThan(50);
    expect(SUITE_FILES.some((f) => f.startsWith('tests/chaos/'))).toBe(true);
  });

  it('the positional instance never takes the fast path, the normal one does', () => {
    const source = '[meta]\nname = "x"\n';
    expect(positionalToml.parseFastData(source)).toBeUndefined();
    expect(parseFastData(source)).toBeDefined();
  });

  it.each(overLimits)('$file: over the limits, both paths refuse it with the same located error', ({ source }) => {
    const refused = attempt(() => parsePositional(source));
    expect(refused).toMatchObject({ error: expect.stringMatching(/^\d+:\d+: nesting deeper than 100 levels/) });
    expect(attempt(() => parseToml(source))).toEqual(refused);
    expect(attempt(() => parseToml(source.replace(/\n/g, '\r\n')))).toEqual(attempt(() => parsePositional(source.replace(/\n/g, '\r\n'))));
  });

  it.each(readable)('$file: the fast path reads it, with the same data and positions', ({ source }) => {
    const byPositions = parsePositional(source);
    const fastData = parseFastData(source);
    expect(fastData).toBeDefined();
    expect(shape(fastData!)).toEqual(shape(byPositions.data));
    const parsed = parseToml(source);
    expect(shape(parsed.data)).toEqual(shape(byPositions.data));
    expect(positionsOf(parsed)).toEqual(positionsOf(byPositions));
  });

  it.each(sources)('$file: the same load result (suite, every located key path, warnings, issues)', ({ file, source }) => {
    const { fast: f, positional: p } = loadBoth(file, source);
    expect(comparable(f, source)).toEqual(comparable(p, source));
  });

  it.each(readable)('$file with CRLF line ends: the same data and positions as the positional path', ({ source }) => {
    const crlf = source.replace(/\n/g, '\r\n');
    const byPositions = parsePositional(crlf);
    expect(parseFastData(crlf)).toBeDefined();
    const parsed = parseToml(crlf);
    expect(shape(parsed.data)).toEqual(shape(byPositions.data));
    expect(positionsOf(parsed)).toEqual(positionsOf(byPositions));
  });

  /** Ways to break a valid file: each gives issues (TOML syntax, schema, templates, references). */
  const BREAKS: [string, (s: string) => string][] = [
    ['a TOML syntax error', (s) => s.replace(/^([A-Za-z_]+ )=/m, '$1==')],
    ['a key defined twice', (s) => s.replace(/^(name = .*)$/m, '$1\n$1')],
    ['an unknown key in a new scenario', (s) => `${s}\n[[scenario]]\nname = "added"\nrunn = "true"\n`],
    ['an undefined template variable', (s) => s.replace(/^(name = ")/m, '$1{{ not_defined_anywhere }}')],
    ['a duplicate scenario', (s) => `${s}\n${s.slice(s.indexOf('[[scenario]]'))}`],
    ['a string where an integer goes', (s) => `${s}\n[cleanup]\ntimeout_ms = "soon"\n`],
  ];
  const broken = sources.flatMap(({ file, source }) => BREAKS.map(([how, breakIt]) => ({ file, how, source: breakIt(source) })));

  it.each(broken)('$file with $how: byte-identical issues on both paths', ({ file, source }) => {
    const { fast: f, positional: p } = loadBoth(file, source);
    expect(f.ok).toBe(false);
    expect(f).toEqual(p);
    if (!f.ok) expect(f.issues.map(fast.formatIssue)).toEqual(p.ok ? [] : p.issues.map(positional.formatIssue));
  });
});

describe('seeded random mutations of the suite files', () => {
  /** A fixed linear congruential generator: the same mutations on every run. */
  function generator(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }
  const TOKENS = ['"', "'", '=', '[', ']', '{', '}', ',', '.', '\n', ' ', '#', '\\', 'a', '1', '-', '_', ':', '+', 'e', 'x', '0', 'inf', 'nan', '"""', "'''", '\t', '\r\n', '\r', 'true', '1979-05-27', 'T', 'Z', '\u00e9',
    // Whole key/values of the kinds the fast path must give up on or read alike (dates, CRLF in strings, big integers).
    '\nd = 1979-05-27T07:32:00Z\n', '\nq = """a\r\nb"""\n', '\nn = 9007199254740993\n', '\nf = -0.0\n'];
  /** One to three edits: a deletion, an inserted token, or a copied slice of the file. */
  function mutate(source: string, random: () => number): string {
    let s = source;
    const edits = 1 + Math.floor(random() * 3);
    for (let j = 0; j < edits; j++) {
      const at = Math.floor(random() * s.length);
      const op = random();
      if (op < 0.4) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 3));
      else if (op < 0.8) s = s.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)]! + s.slice(at);
      else {
        const from = Math.floor(random() * s.length);
        s = s.slice(0, at) + s.slice(from, from + Math.floor(random() * 40)) + s.slice(at);
      }
    }
    return s;
  }

  it('the fast path accepts only what the positional path accepts, with the same data (2000 mutations)', () => {
    const random = generator(20);
    let bothRead = 0;
    let positionalOnly = 0;
    for (let i = 0; i < 2000; i++) {
      const source = mutate(readable[Math.floor(random() * readable.length)]!.source, random);
      const byPositions = attempt(() => parsePositional(source));
      const fastData = parseFastData(source);
      if ('error' in byPositions) {
        // Refused by the scanner (limits) or the positional parser: parseToml refuses it the same way.
        expect(attempt(() => parseToml(source))).toEqual(byPositions);
        if (!byPositions.error.includes('nesting deeper')) expect(fastData).toBeUndefined();
        continue;
      }
      if (fastData === undefined) positionalOnly++;
      else {
        bothRead++;
        expect(shape(fastData)).toEqual(shape(byPositions.value.data));
      }
    }
    // The mutations must exercise both outcomes, or the test proves little (how often each comes up depends
    // on the suite files of the repository, which change; the fallbacks have their own cases above).
    expect(bothRead).toBeGreaterThan(700);
    expect(positionalOnly).toBeGreaterThan(0);
  });
});

describe('what goes to the positional path', () => {
  const MINIMAL = '[meta]\nname = "x"\n\n[service.app]\nimage = "busybox"\n\n[[scenario]]\nname = "s"\nrun = "true"\n';

  it('TOML 1.1 (multi-line inline tables, trailing commas, \\e and \\x escapes) stays on the fast path and loads', () => {
    const source = `${MINIMAL}env = {\n  A = "\\e[1m",\n  B = "\\x41",\n}\nchaos_injection = {\n  type = "kill_container",\n  target = "app",\n}\n`;
    expect(parseFastData(source)).toBeDefined();
    const r = fast.loadSuiteSource('t.clnrm.toml', source, { env: {} });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.suite.scenarios[0]!.steps[0]!.env).toEqual({ A: '\x1b[1m', B: 'A' });
    expect(r.suite.scenarios[0]!.faults[0]).toMatchObject({ type: 'kill_container', target: 'app' });
    expect(r.suite.locate('scenario[0].chaos_injection.target')).toEqual({ line: source.slice(0, source.indexOf('target =')).split('\n').length, column: 3 });
    expect(comparable(r, source)).toEqual(comparable(positional.loadSuiteSource('t.clnrm.toml', source, { env: {} }), source));
  });

  it('a date keeps the text the user wrote (positional path)', () => {
    const source = `${MINIMAL}[determinism]\nfreeze_clock = 2025-01-01 00:00:00z\n`;
    expect(parseFastData(source)).toBeUndefined();
    expect((parseToml(source).data.determinism as { freeze_clock: string }).freeze_clock).toBe('2025-01-01 00:00:00z');
  });

  it('a lone carriage return goes to the positional path, which words the error', () => {
    const source = `${MINIMAL}# a comment\rwith a lone CR\n`;
    expect(parseFastData(source)).toBeUndefined();
    const r = fast.loadSuiteSource('t.clnrm.toml', source, { env: {} });
    expect(r).toEqual(positional.loadSuiteSource('t.clnrm.toml', source, { env: {} }));
    expect(r.ok).toBe(false);
  });

  it('a string longer than the scanner threshold is decoded by the scanner (positional path), as before', () => {
    const long = 'x'.repeat(5000);
    const source = `${MINIMAL}description = "${long}"\n`;
    const parsed = parseToml(source);
    expect((parsed.data.scenario as { description: string }[])[0]!.description).toBe(long);
    expect(shape(parsed.data)).toEqual(shape(parsePositional(source).data));
  });

  it('integers beyond 2^53 are bigints on both paths; a key named __proto__ is a plain key', () => {
    const source = 'a = 9007199254740993\nb = -0\n"__proto__" = { polluted = true }\n';
    const data = parseFastData(source)!;
    expect(data.a).toBe(9007199254740993n);
    expect(shape(data)).toEqual(shape(parsePositional(source).data));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
