/**
 * `clnrm validate` as users run it: the compiled CLI in a child process.
 * Needs dist/ (`npm test` builds it first; alone: `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'clnrm.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;

/** Runs `clnrm ARGS` in the temp dir with a clean environment (plus `env`). */
function clnrm(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    timeout: 30000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No run may print a stack trace, whatever happened. */
function expectNoStackTrace(run: Run): void {
  for (const out of [run.stdout, run.stderr]) {
    expect(out).not.toMatch(/^ {4}at /m);
    expect(out).not.toMatch(/internal error/);
  }
}

const write = (name: string, text: string | Buffer): string => {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
  return name;
};

const VALID = `[meta]
name = "ok"

[service.app]
image = "busybox"

[[scenario]]
name = "hello"
run = "echo hello"
`;

// Line 7 col 1: `atrs`; line 10 col 14: "alwys".
const INVALID = `[meta]
name = "bad"

[[scenario]]
name = "s"
image = "busybox"
atrs = 1
run = "true"
[cleanup]
containers = "alwys"
`;

const TEMPLATED = `[meta]
name = "templated"

[[scenario]]
name = "s"
image = "{{ img }}"
run = "true"
`;

const WARNING = `[meta]
name = "warn"

[[scenario]]
name = "s"
image = "busybox"
timeout_ms = 1000
steps = [{ name = "a", run = "true", timeout_ms = 5000 }]
`;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the integration tests');
  dir = mkdtempSync(join(tmpdir(), 'clnrm-validate-cli-'));
  write('suites/ok.clnrm.toml', VALID);
  write('suites/ok2.clnrm.toml', VALID.replace('name = "ok"', 'name = "ok2"'));
  write('bad/bad.clnrm.toml', INVALID);
  write('templated.clnrm.toml', TEMPLATED);
  write('warn.clnrm.toml', WARNING);
  write('syntax.clnrm.toml', '[meta]\nname = = "x"\n');
  write('latin1.clnrm.toml', Buffer.concat([Buffer.from('[meta]\nname = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]));
  write('empty.clnrm.toml', '');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('clnrm validate: exit 0', () => {
  it('accepts a valid file', () => {
    const r = clnrm(['validate', 'suites/ok.clnrm.toml']);
    expect(r).toEqual({ status: 0, stdout: 'ok suites/ok.clnrm.toml (1 scenario)\n1 file(s) valid\n', stderr: '' });
  });

  it('expands a quoted glob', () => {
    const r = clnrm(['validate', 'suites/*.clnrm.toml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('ok suites/ok.clnrm.toml (1 scenario)\nok suites/ok2.clnrm.toml (1 scenario)\n2 file(s) valid\n');
  });

  it('also answers to the `dry-run` alias', () => {
    expect(clnrm(['dry-run', 'suites/ok.clnrm.toml']).status).toBe(0);
  });

  it('prints warnings on stderr, located, and still exits 0', () => {
    const r = clnrm(['validate', 'warn.clnrm.toml']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'warn.clnrm.toml:8:51: warning: scenario[0].steps[0].timeout_ms: step timeout 5000 ms can never fire: the scenario times out first at 1000 ms\n',
    );
    expect(r.stdout).toContain('ok warn.clnrm.toml (1 scenario)');
    expectNoStackTrace(r);
  });

  it('takes template variables from --var and from the environment', () => {
    expect(clnrm(['validate', '--var', 'img=busybox', 'templated.clnrm.toml']).status).toBe(0);
    expect(clnrm(['validate', 'templated.clnrm.toml'], { img: 'busybox' }).status).toBe(0);
  });
});

describe('clnrm validate: exit 1', () => {
  it('reports every error as file:line:col with hints, and no stack trace', () => {
    const r = clnrm(['validate', 'bad/bad.clnrm.toml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad/bad.clnrm.toml:7:1: scenario[0].atrs: unknown key `atrs`\n');
    expect(r.stderr).toContain('bad/bad.clnrm.toml:10:14: cleanup.containers: expected one of `always`, `on_success`, `never`, got "alwys"\n    hint: did you mean `always`?\n');
    expect(r.stdout).toBe('1 of 1 file(s) invalid, 2 error(s)\n');
    expectNoStackTrace(r);
  });

  it('reports an undefined template variable with a --var hint', () => {
    const r = clnrm(['validate', 'templated.clnrm.toml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('templated.clnrm.toml:6:9: scenario[0].image: undefined variable `img`\n    hint: define it under [vars], in the environment, or with --var img=VALUE\n');
  });

  it('fails the run when one file of several is invalid, and still checks the others', () => {
    const r = clnrm(['validate', 'suites/ok.clnrm.toml', 'bad/bad.clnrm.toml']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('ok suites/ok.clnrm.toml (1 scenario)\n');
    expect(r.stdout).toContain('1 of 2 file(s) invalid, 2 error(s)\n');
  });

  it('locates syntax errors and invalid UTF-8', () => {
    const syntax = clnrm(['validate', 'syntax.clnrm.toml']);
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toBe('syntax.clnrm.toml:2:8: invalid TOML: Unexpected token\n');
    const latin1 = clnrm(['validate', 'latin1.clnrm.toml']);
    expect(latin1.status).toBe(1);
    expect(latin1.stderr).toMatch(/^latin1\.clnrm\.toml:2:12: is not valid UTF-8\n {4}hint: /);
    expectNoStackTrace(syntax);
    expectNoStackTrace(latin1);
  });

  it('rejects empty files, directories and missing files by name', () => {
    const r = clnrm(['validate', 'empty.clnrm.toml', 'suites', 'missing.clnrm.toml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('empty.clnrm.toml: is empty\n');
    expect(r.stderr).toContain('suites: is a directory, not a suite file\n    hint: give the files inside it, e.g. suites/*.clnrm.toml\n');
    expect(r.stderr).toContain('missing.clnrm.toml: no such file\n');
    expect(r.stdout).toBe('3 of 3 file(s) invalid, 3 error(s)\n');
    expectNoStackTrace(r);
  });

  it('fails with a clear message when a glob matches nothing', () => {
    const r = clnrm(['validate', 'nowhere/*.clnrm.toml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('nowhere/*.clnrm.toml: no file matches this pattern\n    hint: check the path; patterns are relative to the working directory\n');
    expectNoStackTrace(r);
  });

  it('rejects a file over 16 MiB without reading it all', () => {
    write('huge.clnrm.toml', VALID + `#${'x'.repeat(16 * 1024 * 1024)}\n`);
    const r = clnrm(['validate', 'huge.clnrm.toml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('huge.clnrm.toml: is 16.0 MiB; suite files are limited to 16 MiB\n    hint: split it into several suite files\n');
  });
});

describe('clnrm validate --format json', () => {
  it('prints one parseable document listing every file and issue', () => {
    const r = clnrm(['validate', '--format', 'json', 'suites/ok.clnrm.toml', 'bad/bad.clnrm.toml', 'nowhere/*.toml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { valid: boolean; files: { file: string; valid: boolean; scenarios?: number; issues: Record<string, unknown>[] }[] };
    expect(doc.valid).toBe(false);
    expect(doc.files.map((f) => [f.file, f.valid])).toEqual([
      ['nowhere/*.toml', false],
      ['suites/ok.clnrm.toml', true],
      ['bad/bad.clnrm.toml', false],
    ]);
    expect(doc.files[1]).toEqual({ file: 'suites/ok.clnrm.toml', valid: true, scenarios: 1, issues: [] });
    const byLine = [...doc.files[2]!.issues].sort((a, b) => Number(a.line) - Number(b.line));
    expect(byLine).toEqual([
      { file: 'bad/bad.clnrm.toml', keyPath: 'scenario[0].atrs', message: 'unknown key `atrs`', line: 7, column: 1, hint: expect.stringContaining('known keys here') },
      {
        file: 'bad/bad.clnrm.toml',
        keyPath: 'cleanup.containers',
        message: 'expected one of `always`, `on_success`, `never`, got "alwys"',
        line: 10,
        column: 14,
        hint: 'did you mean `always`?',
      },
    ]);
    expect(doc.files[0]!.issues[0]).toMatchObject({ message: 'no file matches this pattern' });
  });

  it('reports a valid run as valid', () => {
    const r = clnrm(['validate', '--format', 'json', 'suites/ok.clnrm.toml']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ valid: true, files: [{ file: 'suites/ok.clnrm.toml', valid: true, scenarios: 1, issues: [] }] });
  });
});

describe('clnrm validate: usage errors exit 2', () => {
  const usage = (args: string[], message: RegExp) => {
    const r = clnrm(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expectNoStackTrace(r);
  };

  it('an unknown option', () => usage(['validate', '--bogus', 'suites/ok.clnrm.toml'], /unknown option '--bogus'/));
  it('no files', () => usage(['validate'], /missing required argument 'files'/));
  it('a bad --format', () => usage(['validate', '--format', 'xml', 'suites/ok.clnrm.toml'], /^clnrm: --format must be `human` or `json`, got "xml"\n$/));
  it('a bad --var', () => usage(['validate', '--var', 'novalue', 'suites/ok.clnrm.toml'], /^clnrm: --var expects NAME=VALUE, got "novalue"\n$/));
  it('an unknown command', () => usage(['valdiate', 'suites/ok.clnrm.toml'], /unknown command 'valdiate'/));
});
