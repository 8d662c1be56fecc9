/**
 * `clnrm run` as users call it: selection (--filter, --shard, --fail-fast),
 * exit statuses, digest baselines, and the starter suite of `clnrm init`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSYBOX, CLI, ROOT, envWithoutCi } from './helpers.js';

const clnrm = (args: string[], env: NodeJS.ProcessEnv = envWithoutCi(), cwd?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, ...(cwd ? { cwd } : {}) });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout, stderr: r.stderr };
};

const suite = (name: string, scenarios: string) => `
[meta]
name = "${name}"

[determinism]
seed = 3

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

${scenarios}
`;

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'clnrm-cli-'));
}

const report = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, `${name}.report.json`), 'utf8'));

describe('clnrm run', () => {
  it('--filter runs only matching scenarios; the others are reported as skipped', () => {
    const dir = workdir();
    const file = join(dir, 'f.clnrm.toml');
    writeFileSync(file, suite('f', '[[scenario]]\nname = "alpha"\nrun = "true"\n\n[[scenario]]\nname = "beta"\nrun = "exit 1"\n'));
    const r = clnrm(['run', file, '--filter', '^alpha$', '--report-dir', dir]);
    expect(r.status, r.out).toBe(0);
    const rep = report(dir, 'f');
    expect(rep.scenarios.map((s: { name: string; outcome: string }) => [s.name, s.outcome])).toEqual([
      ['alpha', 'pass'],
      ['beta', 'skipped'],
    ]);
    const none = clnrm(['run', file, '--filter', 'nomatch', '--report-dir', dir]);
    expect(none.status).toBe(1);
    expect(none.out).toContain('no scenario ran');
  });

  it('--shard i/n splits the files between machines', () => {
    const dir = workdir();
    const a = join(dir, 'a.clnrm.toml');
    const b = join(dir, 'b.clnrm.toml');
    writeFileSync(a, suite('a', '[[scenario]]\nname = "x"\nrun = "true"\n'));
    writeFileSync(b, suite('b', '[[scenario]]\nname = "y"\nrun = "true"\n'));
    const first = clnrm(['run', a, b, '--shard', '1/2', '--report-dir', join(dir, 'r1')]);
    const second = clnrm(['run', a, b, '--shard', '2/2', '--report-dir', join(dir, 'r2')]);
    expect(first.status, first.out).toBe(0);
    expect(second.status, second.out).toBe(0);
    expect(report(join(dir, 'r1'), 'a').suite.name).toBe('a');
    expect(report(join(dir, 'r2'), 'b').suite.name).toBe('b');
    expect(() => report(join(dir, 'r1'), 'b')).toThrow();
    expect(clnrm(['run', a, '--shard', '3/2']).status).toBe(2);
  });

  it('--junit and --json write one aggregate over all files of the run', () => {
    const dir = workdir();
    const a = join(dir, 'a.clnrm.toml');
    const b = join(dir, 'b.clnrm.toml');
    writeFileSync(a, suite('a', '[[scenario]]\nname = "x"\nrun = "echo a"\nexpected_output_regex = "a"\n'));
    writeFileSync(b, suite('b', '[[scenario]]\nname = "y"\nrun = "exit 2"\n'));
    const r = clnrm(['run', a, b, '--report-dir', join(dir, 'r'), '--junit', join(dir, 'ci', 'all.xml'), '--json', join(dir, 'ci', 'all.json')]);
    expect(r.status).toBe(1);
    const xml = readFileSync(join(dir, 'ci', 'all.xml'), 'utf8');
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toMatch(/<testsuites [^>]*tests="2" failures="1"/);
    const lint = spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'schemas/junit.xsd'), join(dir, 'ci', 'all.xml')], { encoding: 'utf8' });
    expect(lint.status, lint.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'ci', 'all.json'), 'utf8'));
    expect(json.suites.map((x: { suite: { name: string } }) => x.suite.name)).toEqual(['a', 'b']);
    expect(json.totals).toMatchObject({ suites: 2, passed: 1, failed: 1, outcome: 'fail' });
  });

  it('--fail-fast stops starting scenarios after the first failure', () => {
    const dir = workdir();
    const file = join(dir, 'ff.clnrm.toml');
    writeFileSync(file, suite('ff', '[[scenario]]\nname = "fails"\nrun = "exit 1"\n\n[[scenario]]\nname = "later"\nrun = "true"\n'));
    const r = clnrm(['run', file, '--fail-fast', '--report-dir', dir]);
    expect(r.status).toBe(1);
    const rep = report(dir, 'ff');
    expect(rep.scenarios[0].outcome).toBe('fail');
    expect(rep.scenarios[1].outcome).not.toBe('pass');
    expect(rep.scenarios[1].message).toContain('not run');
  });

  it('exit 2 for invalid files and for an unreachable engine, with no stack trace', () => {
    const dir = workdir();
    const bad = join(dir, 'bad.clnrm.toml');
    writeFileSync(bad, '[meta]\nname = "bad"\n[[scenario]]\nname = "x"\nrun = "true"\ntimeout_strategy = "soft"\n');
    const invalid = clnrm(['run', bad]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/bad\.clnrm\.toml:6:\d+: scenario\[0\]\.timeout_strategy: expected one of `hard`, `graceful`/);
    const good = join(dir, 'good.clnrm.toml');
    writeFileSync(good, suite('good', '[[scenario]]\nname = "x"\nrun = "true"\n'));
    const noEngine = clnrm(['run', good], envWithoutCi({ DOCKER_HOST: 'unix:///nonexistent/docker.sock' }));
    expect(noEngine.status).toBe(2);
    expect(noEngine.stderr).toContain('/nonexistent/docker.sock');
    expect(`${invalid.stderr}${noEngine.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('--expect-digest and --baseline fail a run whose trace changed, and pass an identical one', () => {
    const dir = workdir();
    const file = join(dir, 'd.clnrm.toml');
    writeFileSync(file, suite('d', '[[scenario]]\nname = "x"\nrun = "echo one"\n'));
    expect(clnrm(['run', file, '--report-dir', join(dir, 'base')]).status).toBe(0);
    const same = clnrm(['run', file, '--report-dir', join(dir, 'again'), '--baseline', join(dir, 'base')]);
    expect(same.status, same.out).toBe(0);
    expect(same.out).toContain('matches the baseline');
    // Behaviour changes: the step now fails as expected, so its span carries another status.
    writeFileSync(file, suite('d', '[[scenario]]\nname = "x"\nrun = "exit 3"\nexpect_failure = true\n'));
    const changed = clnrm(['run', file, '--report-dir', join(dir, 'changed'), '--expect-digest', join(dir, 'base', 'd.trace.sha256')]);
    expect(changed.status).toBe(1);
    expect(changed.out).toMatch(/differs from the baseline/);
    const diff = clnrm(['diff', join(dir, 'base'), join(dir, 'changed')]);
    expect(diff.status).toBe(1);
    expect(diff.out).toContain('clnrm.step:x');
  });

  it('a scenario that checks nothing but exit code 0 is vacuous: it passes with a note, and fails with --strict or under CI', () => {
    const dir = workdir();
    const file = join(dir, 'v.clnrm.toml');
    writeFileSync(file, suite('v', '[[scenario]]\nname = "nothing"\nrun = "true"\n'));
    const lax = clnrm(['run', file, '--report-dir', dir, '-v']);
    expect(lax.status, lax.out).toBe(0);
    expect(lax.out).toContain('vacuous: only the steps');
    const strict = clnrm(['run', file, '--report-dir', dir, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.out).toContain('--strict fails it');
    const ci = clnrm(['run', file, '--report-dir', dir], envWithoutCi({ CI: 'true' }));
    expect(ci.status).toBe(1);
    expect(clnrm(['run', file, '--report-dir', dir, '--no-strict'], envWithoutCi({ CI: 'true' })).status).toBe(0);
  });

  it('the starter suite of clnrm init passes validate and run', () => {
    const dir = workdir();
    const init = clnrm(['init'], envWithoutCi(), dir);
    expect(init.status, init.out).toBe(0);
    const again = clnrm(['init'], envWithoutCi(), dir);
    expect(again.status).toBe(1);
    expect(again.out).toContain('already exists');
    expect(clnrm(['validate', 'tests/example.clnrm.toml'], envWithoutCi(), dir).status).toBe(0);
    const run = clnrm(['run', 'tests/example.clnrm.toml', '--report-dir', 'reports'], envWithoutCi(), dir);
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('3 passed, 0 failed, 0 errors, 0 leaks');
  });
});
