/**
 * `clnrm run --watch` (a changed file runs again, Ctrl-C ends it with nothing
 * left on the engine) and the reporters a CI system reads: `--reporter github`
 * annotations and `--reporter json` on stdout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSYBOX, CLI, docker, envWithoutCi } from './helpers.js';

const suiteText = (pattern: string) => `[meta]
name = "watched"

[determinism]
seed = 5

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "greets"
steps = [{ name = "hello", service = "app", run = "echo hello", expected_output_regex = "${pattern}" }]
`;

function writeSuite(pattern: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-watch-'));
  const file = join(dir, 'watched.clnrm.toml');
  writeFileSync(file, suiteText(pattern));
  return { dir, file };
}

/** Containers, networks and volumes labelled with a runner's pid. */
function ofPid(pid: number): string[] {
  const f = ['--filter', `label=clnrm.pid=${pid}`];
  return [docker(['ps', '-aq', ...f]).stdout, docker(['network', 'ls', '-q', ...f]).stdout, docker(['volume', 'ls', '-q', ...f]).stdout].join('\n').split('\n').filter(Boolean);
}

describe('clnrm run --watch', () => {
  it('runs the file, runs it again when it changes, and exits 130 on SIGINT with nothing left', async () => {
    const { dir, file } = writeSuite('hello');
    const child = spawn(process.execPath, [CLI, 'run', '--watch', file, '--report-dir', join(dir, 'reports')], { env: envWithoutCi({ NO_COLOR: '1' }) });
    let out = '';
    let err = '';
    const waiters: { pattern: RegExp; resolve: () => void }[] = [];
    const check = () => {
      for (const w of [...waiters]) if (w.pattern.test(out)) (waiters.splice(waiters.indexOf(w), 1), w.resolve());
    };
    child.stdout.on('data', (d) => ((out += String(d)), check()));
    child.stderr.on('data', (d) => (err += String(d)));
    const seen = (pattern: RegExp, ms = 60_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not seen within ${ms} ms: ${pattern}\nstdout:\n${out}\nstderr:\n${err}`)), ms);
        waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
        check();
      });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    await seen(/1 passed, 0 failed, 0 errors, 0 leaks[^\n]*\n[\s\S]*watching 1 file\(s\) for changes/);
    expect(out).toMatch(/ {2}✓ watched › greets \d+\.\ds\n/);
    // Two saves in quick succession are one change: one second run.
    writeFileSync(file, suiteText('bye'));
    writeFileSync(file, suiteText('goodbye'));
    await seen(/changed: watched\.clnrm\.toml; running again[\s\S]*0 passed, 1 failed[\s\S]*watching 1 file\(s\)/);
    const second = out.slice(out.indexOf('changed:'));
    expect(second).toMatch(/✗ watched › greets \d+\.\ds — step hello: .*goodbye/);
    expect(second).toMatch(/reproduce: clnrm run \S+watched\.clnrm\.toml --seed 5 --filter '\^\(greets\)\$'/);
    expect(out.match(/running again/g)).toHaveLength(1);

    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(err).toContain('clnrm: SIGINT received: exiting\n');
    expect(ofPid(child.pid!)).toEqual([]);
  }, 120_000);
});

describe('reporters for CI', () => {
  it('--reporter github prints workflow annotations at the failed step; --reporter json prints the run report on stdout', () => {
    const { dir, file } = writeSuite('nope, not: 100%');
    const r = spawnSync(process.execPath, [CLI, 'run', file, '--report-dir', join(dir, 'reports'), '--reporter', 'github', '--reporter', 'json', '--outputFile.junit', join(dir, 'j.xml'), '--reporter', 'junit'], {
      encoding: 'utf8',
      env: envWithoutCi(),
    });
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    const annotation = lines.find((l) => l.startsWith('::'));
    // The step `hello` is on line 13 of the file, its table at column 10; the message's `%` is escaped, and `,`/`:` stay in a message.
    expect(annotation).toBe(`::error file=${file.replace(/:/g, '%3A').replace(/,/g, '%2C')},line=13,col=10,title=watched › greets::failed: step hello: stdout does not match /nope, not: 100%25/`);
    const json = JSON.parse(lines.filter((l) => !l.startsWith('::')).join('\n'));
    expect(json.suites).toHaveLength(1);
    expect(json.totals).toMatchObject({ failed: 1 });
    expect(docker(['run', '--rm', '-v', `${dir}:/d:ro`, BUSYBOX, 'grep', '-c', '<testcase', '/d/j.xml']).stdout.trim()).toBe('1');
  }, 60_000);
});
