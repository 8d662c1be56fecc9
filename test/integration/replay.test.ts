/**
 * `clnrm replay` on the real engine: a chaos suite's report replayed gives the
 * same digest; a replay refuses (status 2), before running anything, when the
 * image behind a tag was rebuilt with other contents or the suite file changed,
 * naming what changed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUSYBOX, CLI, ROOT, docker, envWithoutCi } from './helpers.js';

const clnrm = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: envWithoutCi(), cwd });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};
const digestIn = (dir: string, name: string): string => JSON.parse(readFileSync(join(dir, `${name}.report.json`), 'utf8')).digest.value as string;

/** A tag only this test uses; removed at the end. */
const TAG = `clnrm-test/replay:${process.pid}`;
afterAll(() => {
  docker(['rmi', '-f', TAG]);
});

describe('clnrm replay', () => {
  it('replays a chaos suite\'s report with the same trace digest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-replay-'));
    // One scenario (a SIGKILL timed from its step's start) keeps the test short; the file's own counts, meant for
    // all five scenarios, fail on one: the replay must reproduce that verdict too.
    const run = clnrm(['run', 'tests/chaos/container_failures.clnrm.toml', '--filter', '^container_killed_mid_step$', '--report-dir', dir, '-q'], ROOT);
    expect(run.out).toContain('1 passed, 1 failed');
    const replay = clnrm(['replay', join(dir, 'container_failures.report.json'), '-q'], ROOT);
    expect(replay.out).toContain('1 passed, 1 failed');
    expect(replay.status, replay.out).toBe(run.status);
    expect(replay.out).toContain('the file, the fault plan and 1 image(s) match the report');
    expect(replay.out).toContain(`the trace digest ${digestIn(dir, 'container_failures')} equals the recorded run's`);
    expect(digestIn(join(dir, 'replay'), 'container_failures')).toBe(digestIn(dir, 'container_failures'));
  }, 90_000);

  it('refuses, naming the image, when the image behind a tag was rebuilt with other contents; and naming the file when it changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-replay-'));
    expect(docker(['tag', BUSYBOX, TAG]).status).toBe(0);
    const file = 'r.clnrm.toml';
    const suite = `[meta]\nname = "r"\n[determinism]\nseed = 5\n[service.app]\nimage = "${TAG}"\nargs = ["sleep", "3600"]\n` +
      `[[scenario]]\nname = "paused"\nservice = "app"\nsteps = [{ name = "echo", run = "echo hi", expected_output_regex = "hi" }]\n` +
      `chaos = [{ type = "cpu_throttle", target = "app", cpu_percent = 50 }]\n` +
      `[[scenario]]\nname = "plain"\nservice = "app"\nrun = "echo ok"\nexpected_output_regex = "ok"\n`;
    writeFileSync(join(dir, file), suite);
    const run = clnrm(['run', file, '--report-dir', 'out', '-q'], dir);
    expect(run.status, run.out).toBe(0);
    const report = join(dir, 'out', 'r.report.json');

    const one = clnrm(['replay', report, '--scenario', 'paused', '-q'], dir);
    expect(one.status, one.out).toBe(0);
    expect(one.out).toMatch(/the digest of scenario paused [0-9a-f]{64} equals the recorded run's/);

    // The same tag, other contents: one extra file.
    writeFileSync(join(dir, 'marker'), 'changed\n');
    writeFileSync(join(dir, 'Dockerfile'), `FROM ${BUSYBOX}\nCOPY marker /marker\n`);
    const build = spawnSync('docker', ['build', '-q', '-t', TAG, dir], { encoding: 'utf8', env: { ...process.env, DOCKER_BUILDKIT: '0' } });
    expect(build.status, build.stderr).toBe(0);
    const refused = clnrm(['replay', report, '--scenario', 'plain'], dir);
    expect(refused.status, refused.out).toBe(2);
    expect(refused.out).toMatch(new RegExp(`image changed: scenario plain: service app: ${TAG.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: sha256:[0-9a-f]{64} → sha256:[0-9a-f]{64}`));
    expect(refused.out).not.toContain('passed');

    writeFileSync(join(dir, file), suite.replace('echo ok', 'echo ok '));
    const edited = clnrm(['replay', report], dir);
    expect(edited.status, edited.out).toBe(2);
    expect(edited.out).toMatch(/suite file changed: r\.clnrm\.toml: sha256 [0-9a-f]{64} → [0-9a-f]{64}/);
  }, 90_000);
});
