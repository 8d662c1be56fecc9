import { mkdtemp, readFile, rm, stat, symlink, writeFile, chmod, mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { getStaticTOMLValue, parseTOML } from 'toml-eslint-parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exitStatus } from '../cli/exit.js';
import { fmtCommand } from '../cli/fmt.js';
import { formatToml, TomlFormatError } from './format-toml.js';

const parse = (s: string) => parseTOML(s, { tomlVersion: '1.1' });
const valueOf = (s: string) => getStaticTOMLValue(parse(s.replace(/^\uFEFF/, '')));
const commentsOf = (s: string) => parse(s).comments.map((c) => c.value.trimEnd());

/** Formats and checks the invariants every result must have. */
function fmt(input: string): string {
  const out = formatToml(input);
  expect(formatToml(out)).toBe(out);
  expect(valueOf(out)).toEqual(valueOf(input));
  return out;
}

/** A golden block: one argument per line, each ended by a newline. */
const lines = (...ls: string[]) => ls.join('\n') + '\n';

describe('formatToml: key/values and headers', () => {
  it('normalises spacing around = and dots, keeps quoted keys as written', () => {
    expect(fmt('a=1\nb    =   "x"\n  attrs . all= true\n"quoted key" ="v"\n\'lit.key\'=2\nsite."google.com" . x=3\n')).toBe(
      lines('a = 1', 'b = "x"', 'attrs.all = true', '"quoted key" = "v"', "'lit.key' = 2", 'site."google.com".x = 3'),
    );
  });

  it('removes inner spaces from headers and puts exactly one blank line before each', () => {
    expect(fmt('top = 1\n[ a . b ]\nx = 1\n\n\n\n[[ arr ]]\ny = 2\n[[arr]]\n[t."q k"]\n')).toBe(
      lines('top = 1', '', '[a.b]', 'x = 1', '', '[[arr]]', 'y = 2', '', '[[arr]]', '', '[t."q k"]'),
    );
  });

  it('has no blank line before a header at file start, and removes leading blank lines', () => {
    expect(fmt('\n\n\n[a]\nx = 1\n')).toBe(lines('[a]', 'x = 1'));
  });

  it('removes indentation of key/values in tables', () => {
    expect(fmt('[server]\n    host = "h"\n\tport = 1\n  [server.tls]\n      on = true\n')).toBe(
      lines('[server]', 'host = "h"', 'port = 1', '', '[server.tls]', 'on = true'),
    );
  });

  it('keeps single blank lines, collapses runs, strips trailing whitespace, ends with one newline', () => {
    expect(fmt('a = 1   \n\n\n\nb = 2\t\n\nc = 3\n\n\n\n')).toBe(lines('a = 1', '', 'b = 2', '', 'c = 3'));
    expect(fmt('a = 1')).toBe('a = 1\n');
  });

  it('formats an empty or blank document as empty', () => {
    expect(fmt('')).toBe('');
    expect(fmt('\n\n  \n')).toBe('');
  });

  it('keeps scalars byte for byte', () => {
    const src = lines(
      'i = +1_000',
      'h = 0xDEAD_beef',
      'o = 0o755',
      'f = 6.626e-34',
      'n = -nan',
      'inf = +inf',
      'z = -0.0',
      'big = 9223372036854775807',
      'd = 1979-05-27T00:32:00.999999-07:00',
      'ld = 1979-05-27 07:32:00',
      'lt = 07:32:00',
      's = "tab\\t \\u00e9 \\"q\\""',
      "l = 'C:\\Users\\x'",
      'e = ""',
    );
    expect(fmt(src)).toBe(src);
  });
});

describe('formatToml: arrays and inline tables', () => {
  it('normalises single-line arrays and inline tables', () => {
    expect(fmt('a=[ 1,2 ,3, ]\nb=[]\nc=[ ]\nt={a=1,b={c="x"},d=[ 1 ,2]}\ne={ }\nf = {x=1,}\n')).toBe(
      lines('a = [1, 2, 3]', 'b = []', 'c = []', 't = { a = 1, b = { c = "x" }, d = [1, 2] }', 'e = {}', 'f = { x = 1 }'),
    );
  });

  it('keeps multi-line arrays multi-line, one element per line, 4 spaces per level, trailing commas', () => {
    expect(fmt('[s]\n  list = [ 1,\n  2, 3\n  ]\n  nested = [\n [1, 2],\n   [\n"a","b"\n],\n { k = 1 } ]\n')).toBe(
      lines(
        '[s]',
        'list = [',
        '    1,',
        '    2,',
        '    3,',
        ']',
        'nested = [',
        '    [1, 2],',
        '    [',
        '        "a",',
        '        "b",',
        '    ],',
        '    { k = 1 },',
        ']',
      ),
    );
  });

  it('writes multi-line inline tables (TOML 1.1) on one line, without trailing commas (TOML 1.0)', () => {
    expect(fmt('env = { A = "1",\n      B = { c = 2,\n d = 3 },\n }\n')).toBe(lines('env = { A = "1", B = { c = 2, d = 3 } }'));
  });

  it('drops the trailing comma of a single-line inline table', () => {
    expect(fmt('a = { b = 1, }\n')).toBe(lines('a = { b = 1 }'));
  });

  it('writes a multi-line array inside an inline table on the inline table line', () => {
    expect(fmt('a = { b = [\n  1,\n  2,\n] }\n')).toBe(lines('a = { b = [1, 2] }'));
  });

  it('moves comments out of a multi-line inline table onto their own lines above its key, in order', () => {
    const src = '[t]\nx = 1\nenv = { # first\n  A = "1", # second\n  B = [2, # third\n  ],\n} # after\n';
    expect(fmt(src)).toBe(lines('[t]', 'x = 1', '# first', '# second', '# third', 'env = { A = "1", B = [2] } # after'));
  });

  it('reflows a commented array holding a multi-line inline table, its comments above the key', () => {
    const src = 'a = [\n  # lead\n  { k = 1,\n    j = 2 },\n  3, # tail\n]\n';
    expect(fmt(src)).toBe(lines('# lead', '# tail', 'a = [{ k = 1, j = 2 }, 3]'));
  });

  it('keeps multi-line inline tables inside a multi-line array on one line each', () => {
    expect(fmt('a = [\n  { k = 1,\n  },\n  { j = 2 },\n]\n')).toBe(lines('a = [', '    { k = 1 },', '    { j = 2 },', ']'));
  });

  it('keeps a multi-line array that contains comments verbatim (apart from trailing blanks)', () => {
    const src = 'args = [\n  "a", # first   \n    # own line\n  "b" ,\n]  # after\nnext=1\n';
    expect(fmt(src)).toBe('args = [\n  "a", # first\n    # own line\n  "b" ,\n] # after\nnext = 1\n');
  });

  it('does not treat an array as multi-line because of a multi-line string inside it', () => {
    expect(fmt('a = [ """x\ny""" ,  2 ]\n')).toBe('a = ["""x\ny""", 2]\n');
  });

  it('collapses an empty multi-line array', () => {
    expect(fmt('a = [\n\n]\n')).toBe('a = []\n');
  });
});

describe('formatToml: comments', () => {
  it('keeps own-line comments (unindented) and end-of-line comments with one space before #', () => {
    const src = '# head\n  # indented\na = 1    # eol a\n[t]   # eol header\n    # in table\nb = 2\t#tight\n';
    const out = fmt(src);
    expect(out).toBe(lines('# head', '# indented', 'a = 1 # eol a', '', '[t] # eol header', '# in table', 'b = 2 #tight'));
    expect(commentsOf(out)).toEqual(commentsOf(src));
  });

  it('puts the blank line above the comment block that sits on a header', () => {
    expect(fmt('a = 1\n# about t\n# more\n[t]\nb = 2\n')).toBe(lines('a = 1', '', '# about t', '# more', '[t]', 'b = 2'));
    expect(fmt('# file header\n[t]\n')).toBe(lines('# file header', '[t]'));
    expect(fmt('a = 1\n# detached\n\n[t]\n')).toBe(lines('a = 1', '# detached', '', '[t]'));
  });

  it('keeps comments that contain quotes, = and brackets', () => {
    const src = 'a = "x" # b = [1, "#"] \'\n# [not.a.table]\n';
    expect(fmt(src)).toBe(lines('a = "x" # b = [1, "#"] \'', '# [not.a.table]'));
  });
});

describe('formatToml: multi-line strings', () => {
  it('leaves multi-line basic and literal strings byte for byte (=, [, #, trailing spaces, indentation)', () => {
    const body = '  [not.a.table]   \n  key = value   \n\n\n\n  # not a comment  \n\t\tindented\n';
    const src = `  script   =   """\n${body}"""\nlit='''\n${body}'''\ncont = """one \\\n     two"""\n`;
    const out = fmt(src);
    expect(out).toBe(`script = """\n${body}"""\nlit = '''\n${body}'''\ncont = """one \\\n     two"""\n`);
    expect(valueOf(out)).toEqual(valueOf(src));
  });

  it('keeps multi-line strings inside multi-line arrays', () => {
    expect(fmt('cmds = [\n  """\n  a = [1]  \n""",\n  "b" ]\n')).toBe('cmds = [\n    """\n  a = [1]  \n""",\n    "b",\n]\n');
  });
});

describe('formatToml: line endings and BOM', () => {
  it('uses CRLF for a CRLF file', () => {
    expect(fmt('a=1\r\n\r\n\r\n[t]\r\nb = [\r\n1,2]  \r\n')).toBe('a = 1\r\n\r\n[t]\r\nb = [\r\n    1,\r\n    2,\r\n]\r\n');
  });

  it('uses the dominant line ending for mixed files and leaves breaks inside strings alone', () => {
    const out = fmt('a=1\r\nb=2\r\nc=3\ns = """x\ny\r\nz"""\r\n');
    expect(out).toBe('a = 1\r\nb = 2\r\nc = 3\r\ns = """x\ny\r\nz"""\r\n');
  });

  it('keeps a byte-order mark', () => {
    expect(formatToml('\uFEFFa=1\n')).toBe('\uFEFFa = 1\n');
  });
});

describe('formatToml: errors', () => {
  it('throws TomlFormatError with a 1-based line and column', () => {
    try {
      formatToml('a = 1\nb = [1,,2]\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(TomlFormatError);
      const e = err as TomlFormatError;
      expect([e.line, e.column]).toEqual([2, 8]);
      expect(e.message).toBe('Unexpected token');
    }
    expect(() => formatToml('a = 1\na = 2\n')).toThrow(TomlFormatError);
  });
});

// ---------------------------------------------------------------------------
// Property test: random documents with random layout noise.

type Scalar = { text: string };
type Val = Scalar | { arr: Val[] } | { inline: [string, Val][] };
interface Doc {
  root: [string, Val][];
  tables: { header: string; array: boolean; kvs: [string, Val][] }[];
}

const bareKey = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/);
const keyArb = fc.oneof(
  { weight: 4, arbitrary: bareKey },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z #=.\[\]é]{0,6}$/).map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z .=]{1,6}$/).map((s) => `'${s}'`) },
);
const strChars = fc.constantFrom('a', 'Z', ' ', '=', '[', ']', '#', '{', ',', '"', '\\', 'é', '\t', "'");
const scalarArb: fc.Arbitrary<Scalar> = fc.oneof(
  fc.integer().map((n) => ({ text: String(n) })),
  fc.constantFrom('1_000', '0xff', '0o17', '0b101', '+3', '1.5', '-0.0', '6e-3', 'inf', '-inf', 'nan', 'true', 'false').map((text) => ({ text })),
  fc.constantFrom('1979-05-27T07:32:00Z', '1979-05-27', '07:32:00.5', '1979-05-27 07:32:00').map((text) => ({ text })),
  fc.string({ unit: strChars, maxLength: 12 }).map((s) => ({ text: JSON.stringify(s) })),
  fc.string({ unit: strChars.filter((c) => c !== "'"), maxLength: 12 }).map((s) => ({ text: `'${s}'` })),
  // Multi-line strings with layout-looking content and trailing blanks.
  fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '=', '[', ']', '#', '\t', ','), maxLength: 10 }), { maxLength: 4 }).map((ls) => ({ text: `"""\n${ls.join('\n')}"""` })),
  fc.array(fc.string({ unit: fc.constantFrom('b', ' ', '=', '{', '}', '#'), maxLength: 10 }), { maxLength: 4 }).map((ls) => ({ text: `'''${ls.join('\r\n')}'''` })),
);
/** The key a written key stands for, so that `a`, `"a"` and `'a'` count as the same. */
const keyName = (k: string) => (k.startsWith('"') ? (JSON.parse(k) as string) : k.startsWith("'") ? k.slice(1, -1) : k);
const entries = <T>(v: fc.Arbitrary<T>, max: number) =>
  fc
    .uniqueArray(fc.tuple(keyArb, v), { maxLength: max, selector: ([k]) => keyName(k) })
    .map((es) => es.filter(([k]) => !keyName(k).startsWith('T_')) as [string, T][]);
const valArb: fc.Arbitrary<Val> = fc.letrec<{ val: Val }>((tie) => ({
  val: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalarArb },
    { weight: 1, arbitrary: fc.array(tie('val'), { maxLength: 4 }).map((arr) => ({ arr })) },
    { weight: 1, arbitrary: entries(tie('val'), 3).map((inline) => ({ inline })) },
  ),
})).val;
const docArb: fc.Arbitrary<Doc> = fc.record({
  root: entries(valArb, 5),
  tables: fc.array(fc.record({ sub: fc.option(bareKey, { nil: undefined }), array: fc.boolean(), kvs: entries(valArb, 4) }), { maxLength: 4 }).map((ts) =>
    // Unique table names that cannot clash with root keys (`entries` drops keys starting with "T_").
    ts.map((t, i) => ({ header: `T_${i}${t.sub ? `.${t.sub}` : ''}`, array: t.array, kvs: t.kvs })),
  ),
});

/** A tiny seeded PRNG for the layout noise (mulberry32). */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

/** Serialises a document with random spaces, indentation, blank lines, comments and line breaks. */
function serialise(doc: Doc, seed: number): string {
  const r = rng(seed);
  const ws = () => [' ', '', '  ', '\t'][r(4)]!;
  const comment = () => `#${['', ' note', ' a = [1] "x"', '#', ' é ']![r(5)]}`;
  const eolComment = () => (r(4) === 0 ? `${ws()}${comment()}` : '') + (r(5) === 0 ? '  ' : '');
  const value = (v: Val, inMulti: boolean): string => {
    if ('text' in v) return v.text;
    const multi = r(3) === 0;
    const sep = () => (multi ? `${r(3) === 0 ? eolComment() : ''}\n${ws()}${r(6) === 0 ? `${comment()}\n` : ''}` : ws());
    const items = 'arr' in v ? v.arr.map((e) => value(e, multi || inMulti)) : v.inline.map(([k, e]) => `${k}${ws()}=${ws()}${value(e, multi || inMulti)}`);
    const trailing = items.length > 0 && (multi || r(3) === 0) ? ',' : '';
    const [o, c] = 'arr' in v ? ['[', ']'] : ['{', '}'];
    return `${o}${sep()}${items.join(`,${sep()}`)}${trailing}${sep()}${c}`;
  };
  const out: string[] = [];
  const noise = () => {
    for (let n = r(3); n > 0; n--) out.push(r(2) ? `${ws()}${comment()}` : ws());
  };
  const kv = ([k, v]: [string, Val]) => out.push(`${ws()}${k}${ws()}=${ws()}${value(v, false)}${eolComment()}`);
  noise();
  doc.root.forEach((e) => (kv(e), noise()));
  for (const t of doc.tables) {
    out.push(`${ws()}${t.array ? '[[' : '['}${ws()}${t.header}${ws()}${t.array ? ']]' : ']'}${eolComment()}`);
    noise();
    t.kvs.forEach((e) => (kv(e), noise()));
  }
  const text = out.join('\n') + (r(2) ? '\n' : '');
  return r(4) === 0 ? text.replace(/\n/g, '\r\n') : text;
}

describe('formatToml: properties', () => {
  it('is idempotent and preserves the value and the comments of random documents', () => {
    fc.assert(
      fc.property(docArb, fc.integer(), (doc, seed) => {
        const src = serialise(doc, seed);
        const out = formatToml(src);
        expect(formatToml(out)).toBe(out);
        expect(valueOf(out)).toEqual(valueOf(src));
        expect(commentsOf(out)).toEqual(commentsOf(src));
        expect(out === '' || out.endsWith('\n')).toBe(true);
        // TOML 1.0, which editors' TOML engines read, even when the input used 1.1 inline tables.
        expect(() => parseTOML(out, { tomlVersion: '1.0' })).not.toThrow();
        // Outside multi-line strings: no trailing blanks, never two blank lines in a row.
        if (!/'''|"""/.test(out)) expect(out).not.toMatch(/[ \t]\r?\n|\n\r?\n\r?\n/);
      }),
      // Raise CLNRM_FMT_RUNS to search harder.
      { numRuns: Number(process.env.CLNRM_FMT_RUNS ?? 500) },
    );
  });
});

// ---------------------------------------------------------------------------
// The command around it.

describe('fmtCommand', () => {
  let dir: string;
  let stdout: string;
  let stderr: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'clnrm-fmt-'));
    stdout = '';
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('--check reports files that would change and writes nothing', async () => {
    const messy = path.join(dir, 'messy.clnrm.toml');
    const clean = path.join(dir, 'clean.clnrm.toml');
    await writeFile(messy, 'a=1\n');
    await writeFile(clean, 'a = 1\n');
    expect(exitStatus(await fmtCommand([messy, clean], { check: true }))).toBe(1);
    expect(stdout).toBe(`would reformat: ${messy}\n`);
    expect(await readFile(messy, 'utf8')).toBe('a=1\n');
    expect(exitStatus(await fmtCommand([clean], { check: true }))).toBe(0);
  });

  it('rewrites changed files atomically, keeping the mode, and leaves no temp files', async () => {
    const file = path.join(dir, 'x.clnrm.toml');
    await writeFile(file, '[t]\n  a=1\n');
    await chmod(file, 0o640);
    expect(exitStatus(await fmtCommand([file], {}))).toBe(0);
    expect(stdout).toBe(`formatted: ${file}\n`);
    expect(await readFile(file, 'utf8')).toBe('[t]\na = 1\n');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['x.clnrm.toml']);
    stdout = '';
    expect(exitStatus(await fmtCommand([file], {}))).toBe(0);
    expect(stdout).toBe('');
  });

  it('writes through a symlink to the real file', async () => {
    const real = path.join(dir, 'real.clnrm.toml');
    const link = path.join(dir, 'link.clnrm.toml');
    await writeFile(real, 'a=1\n');
    await symlink(real, link);
    expect(exitStatus(await fmtCommand([link], {}))).toBe(0);
    expect(await readFile(real, 'utf8')).toBe('a = 1\n');
    expect((await stat(link)).isFile()).toBe(true);
  });

  it('reports parse errors with file:line:col and leaves the file alone', async () => {
    const bad = path.join(dir, 'bad.clnrm.toml');
    const good = path.join(dir, 'good.clnrm.toml');
    await writeFile(bad, 'a = 1\nb = @\n');
    await writeFile(good, 'a=1\n');
    expect(exitStatus(await fmtCommand([bad, good], {}))).toBe(1);
    expect(stderr).toBe(`${bad}:2:5: Unexpected character\n`);
    expect(await readFile(bad, 'utf8')).toBe('a = 1\nb = @\n');
    expect(await readFile(good, 'utf8')).toBe('a = 1\n');
  });

  it('reports missing files and directories', async () => {
    const sub = path.join(dir, 'sub');
    await mkdir(sub);
    expect(exitStatus(await fmtCommand([path.join(dir, 'nope.clnrm.toml'), sub], {}))).toBe(1);
    expect(stderr).toContain('nope.clnrm.toml: no such file');
    expect(stderr).toContain(`${sub}: is a directory`);
  });
});
