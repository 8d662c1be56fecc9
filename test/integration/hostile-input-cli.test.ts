/**
 * Hostile suite files through the compiled CLI (`validate`, `run`, `fmt`), each
 * in a child process with a timeout so a hang fails fast: deep nesting gets a
 * located error naming the limit, long strings load, and FIFOs, devices and
 * directories are refused by name without being read.
 * Needs dist/ (`npm test` builds it first; alone: `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'clnrm.js');
/** Far above what any of these takes; a hang is killed here and fails the test (status null). */
const HANG_MS = 20_000;

let dir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function clnrm(args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', DOCKER_HOST: process.env.DOCKER_HOST ?? '' },
    timeout: HANG_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectClean(run: Run): void {
  expect(run.status, 'the command hung and was killed').not.toBeNull();
  for (const out of [run.stdout, run.stderr]) {
    expect(out).not.toMatch(/^ {4}at /m);
    expect(out).not.toMatch(/internal error|Maximum call stack/);
  }
}

const HEAD = '[meta]\nname = "hostile"\n\n[service.app]\nimage = "clnrm-fixture/busybox:latest"\n\n';
const SCENARIO = '[[scenario]]\nname = "s"\nrun = "true"\n';
const LIMIT = /nesting deeper than 100 levels \(level 101 here\)[^\n]*\n {4}hint: flatten the structure/;

const write = (name: string, text: string): string => {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
  return name;
};

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'clnrm-hostile-'));
  const key = Array.from({ length: 10_000 }, (_, i) => `k${i}`).join('.');
  write('array2k.clnrm.toml', `${HEAD}[vars]\nx = ${'['.repeat(2_000)}${']'.repeat(2_000)}\n\n${SCENARIO}`);
  write('array100k.clnrm.toml', `${HEAD}[vars]\nx = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n\n${SCENARIO}`);
  write('inline2k.clnrm.toml', `${HEAD}[vars]\nx = ${'{ a = '.repeat(2_000)}1${' }'.repeat(2_000)}\n\n${SCENARIO}`);
  write('dotted10k.clnrm.toml', `${key} = 1\n${HEAD}${SCENARIO}`);
  write('string123k.clnrm.toml', `${HEAD}[[scenario]]\nname = "s"\nrun = "echo ${'a'.repeat(123_000)}"\n`);
  write('string10m.clnrm.toml', `${HEAD}[[scenario]]\nname = "s"\nrun = '''\n: ${'b'.repeat(10 * 1024 * 1024)}\n'''\n`);
  mkdirSync(join(dir, 'dir.clnrm.toml'));
  const fifo = spawnSync('mkfifo', [join(dir, 'fifo.clnrm.toml')]);
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Each command's way of printing one located error: exit status and the line's prefix. */
const COMMANDS = [
  { cmd: 'validate', status: 1, prefix: '' },
  { cmd: 'run', status: 2, prefix: 'clnrm: cannot run: invalid input\n' },
] as const;

describe.each(COMMANDS)('clnrm $cmd on hostile files', ({ cmd, status, prefix }) => {
  it.each([
    ['array2k.clnrm.toml', 8, 103, 'vars.x[0][0][0][0]…(95 more levels)'],
    ['array100k.clnrm.toml', 8, 103, 'vars.x[0][0][0][0]…(95 more levels)'],
    ['inline2k.clnrm.toml', 8, 4 + 6 * 98 + 3, 'vars.x.a.a.a.a…(95 more levels)'],
    ['dotted10k.clnrm.toml', 1, 'k0.k1.k2.k3.k4.k5.k6.k7.k8.k9.k10.k11.k12.k13.k14.k15.k16.k17.k18.k19.k20.k21.k22.k23.k24.k25.k26.k27.k28.k29.k30.k31.k32.k33.k34.k35.k36.k37.k38.k39.k40.k41.k42.k43.k44.k45.k46.k47.k48.k49.k50.k51.k52.k53.k54.k55.k56.k57.k58.k59.k60.k61.k62.k63.k64.k65.k66.k67.k68.k69.k70.k71.k72.k73.k74.k75.k76.k77.k78.k79.k80.k81.k82.k83.k84.k85.k86.k87.k88.k89.k90.k91.k92.k93.k94.k95.k96.k97.k98.k99.'.length + 1, 'k0.k1.k2.k3.k4.k5…(95 more levels)'],
  ] as const)('%s: located error with the limit and the fix', (file, line, column, keyPath) => {
    const r = clnrm([cmd, file]);
    expectClean(r);
    expect(r.status).toBe(status);
    expect(r.stderr.startsWith(`${prefix}${file}:${line}:${column}: ${keyPath}: nesting deeper than 100 levels`)).toBe(true);
    expect(r.stderr).toMatch(LIMIT);
  });

  it.each([
    ['fifo.clnrm.toml', 'is a FIFO (named pipe), not a regular file'],
    ['/dev/zero', 'is a character device, not a regular file'],
    ['dir.clnrm.toml', 'is a directory, not a suite file'],
  ])('%s is refused by name without being read', (file, message) => {
    const r = clnrm([cmd, file]);
    expectClean(r);
    expect(r.status).toBe(status);
    expect(r.stderr.startsWith(`${prefix}${file}: ${message}`)).toBe(true);
  });
});

describe('long strings load', () => {
  it.each(['string123k.clnrm.toml', 'string10m.clnrm.toml'])('clnrm validate %s', (file) => {
    const r = clnrm(['validate', file]);
    expectClean(r);
    expect(r).toMatchObject({ status: 0, stdout: `ok ${file} (1 scenario)\n1 file(s) valid\n`, stderr: '' });
  });

  it('clnrm fmt keeps a 10 MB string byte for byte', () => {
    const before = readFileSync(join(dir, 'string10m.clnrm.toml'), 'utf8');
    const r = clnrm(['fmt', '--check', 'string10m.clnrm.toml']);
    expectClean(r);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(join(dir, 'string10m.clnrm.toml'), 'utf8')).toBe(before);
  });
});

describe('clnrm fmt on hostile files', () => {
  it.each([
    ['array100k.clnrm.toml', 8, 103],
    ['dotted10k.clnrm.toml', 1, null],
  ] as const)('%s: located error, file left unchanged', (file, line, column) => {
    const before = readFileSync(join(dir, file), 'utf8');
    const r = clnrm(['fmt', file]);
    expectClean(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:${line}:${column ?? '\\d+'}: .+?: nesting deeper than 100 levels .*\\(flatten the structure`));
    expect(readFileSync(join(dir, file), 'utf8')).toBe(before);
  });

  it.each([
    ['fifo.clnrm.toml', 'is a FIFO (named pipe), not a regular file'],
    ['/dev/zero', 'is a character device, not a regular file'],
    ['dir.clnrm.toml', 'is a directory, not a suite file'],
  ])('%s is refused by name', (file, message) => {
    const r = clnrm(['fmt', file]);
    expectClean(r);
    expect(r.status).toBe(1);
    expect(r.stderr.startsWith(`clnrm: ${file}: ${message}`)).toBe(true);
  });
});
