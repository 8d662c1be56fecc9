/**
 * Cleanup when the runner itself is stopped: SIGINT and SIGTERM clean up and
 * exit 130/143; a runner killed with SIGKILL leaves orphans that `clnrm gc`
 * (and the next `clnrm run`) remove.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSYBOX, CLI, docker, envWithoutCi } from './helpers.js';

const LONG_SUITE = `
[meta]
name = "long"

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[service.other]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "sleeps"
service = "app"
run = "sleep 120"
`;

/** One step of a second, then a minute of chaos: from 2 s, every 3 s `other` is paused for 1 s (20 times). */
const LONG_SCHEDULE_SUITE = `
[meta]
name = "long_schedule"

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[service.other]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "schedule"
service = "app"
run = "sleep 1"
chaos = [{ type = "pause_container", target = "other", at_ms = 2000, every_ms = 3000, count = 20, duration_ms = 1000 }]
`;

function writeSuite(source = LONG_SUITE): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-sig-'));
  const file = join(dir, 'long.clnrm.toml');
  writeFileSync(file, source);
  return { dir, file };
}

/** Resources of runs started by a given runner pid. */
function ofPid(pid: number): string[] {
  const f = ['--filter', `label=clnrm.pid=${pid}`];
  return [
    ...docker(['ps', '-aq', ...f]).stdout.split('\n'),
    ...docker(['network', 'ls', '-q', ...f]).stdout.split('\n'),
    ...docker(['volume', 'ls', '-q', ...f]).stdout.split('\n'),
  ].filter(Boolean);
}

/** Starts `clnrm run` on the long suite and resolves once its step is running. */
async function startLongRun(): Promise<{ child: ReturnType<typeof spawn>; exited: Promise<number | null>; output: () => string }> {
  const { dir, file } = writeSuite();
  const child = spawn(process.execPath, [CLI, 'run', file, '--report-dir', join(dir, 'reports')], { stdio: ['ignore', 'pipe', 'pipe'], env: envWithoutCi() });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Ready when both services run and the step's sleep is inside one of them.
  for (let i = 0; i < 200; i++) {
    const ids = docker(['ps', '-q', '--filter', `label=clnrm.pid=${child.pid}`]).stdout.split('\n').filter(Boolean);
    if (ids.length === 2 && ids.some((id) => docker(['exec', id, 'ps']).stdout.includes('sleep 120'))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(ofPid(child.pid!).length, `the run did not start its resources; its output:\n${output}`).toBeGreaterThanOrEqual(3);
  return { child, exited, output: () => output };
}

/** Resolves once a container of the runner is paused (a fault is active), polling the engine. */
async function untilPaused(pid: number, output: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const ids = docker(['ps', '-q', '--filter', `label=clnrm.pid=${pid}`]).stdout.split('\n').filter(Boolean);
    if (ids.some((id) => docker(['inspect', '-f', '{{.State.Paused}}', id]).stdout.trim() === 'true')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no fault became active; runner output:\n${output()}`);
}

describe('stopping the runner', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: stops, removes every labelled resource of the run, exits ${code}`, async () => {
      const run = await startLongRun();
      run.child.kill(signal);
      const exitCode = await run.exited;
      expect(exitCode).toBe(code);
      expect(run.output()).toContain(`${signal} received`);
      expect(ofPid(run.child.pid!)).toEqual([]);
    });
  }

  it('SIGKILL leaves orphans; clnrm gc removes them, and so does the next run', async () => {
    const first = await startLongRun();
    first.child.kill('SIGKILL');
    await first.exited;
    expect(ofPid(first.child.pid!).length).toBeGreaterThanOrEqual(3);
    const gc = spawnSync(process.execPath, [CLI, 'gc'], { encoding: 'utf8' });
    expect(gc.status).toBe(0);
    expect(gc.stdout).toMatch(/resource\(s\) removed/);
    expect(ofPid(first.child.pid!)).toEqual([]);

    const second = await startLongRun();
    second.child.kill('SIGKILL');
    await second.exited;
    expect(ofPid(second.child.pid!).length).toBeGreaterThanOrEqual(3);
    // The next run removes orphans of dead runners before it starts.
    const { dir, file } = writeSuite();
    writeFileSync(file, LONG_SUITE.replace('sleep 120', 'true'));
    const next = spawnSync(process.execPath, [CLI, 'run', file, '--report-dir', join(dir, 'reports')], { encoding: 'utf8', env: envWithoutCi() });
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(/removed \d+ orphaned resource/);
    expect(ofPid(second.child.pid!)).toEqual([]);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} while a fault is active and most of a long chaos schedule is ahead: exits ${code} within 5 s, nothing left, reported as interrupted`, { timeout: 90_000 }, async () => {
      const { dir, file } = writeSuite(LONG_SCHEDULE_SUITE);
      const json = join(dir, 'all.json');
      const junit = join(dir, 'all.xml');
      const child = spawn(process.execPath, [CLI, 'run', file, '--report-dir', join(dir, 'reports'), '--json', json, '--junit', junit], { stdio: ['ignore', 'pipe', 'pipe'], env: envWithoutCi() });
      let output = '';
      child.stdout!.on('data', (c) => (output += c));
      child.stderr!.on('data', (c) => (output += c));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      // The step ends at 1 s; the first pause is applied at 2 s, while the rest of the schedule (a minute) is drained.
      await untilPaused(child.pid!, () => output);
      const sentAt = Date.now();
      child.kill(signal);
      const exitCode = await exited;
      const latencyMs = Date.now() - sentAt;
      expect(exitCode, output).toBe(code);
      expect(latencyMs, output).toBeLessThan(5000);
      expect(ofPid(child.pid!)).toEqual([]);
      const report = JSON.parse(readFileSync(json, 'utf8'));
      const scenario = report.suites[0].scenarios[0];
      expect(scenario).toMatchObject({ outcome: 'error', reason: { type: 'interrupted' } });
      expect(scenario.message).toContain(`interrupted by ${signal}`);
      expect(report.suites[0].interrupted).toBe(true);
      expect(readFileSync(junit, 'utf8')).toMatch(/<error message="interrupted by SIG(INT|TERM)[^"]*" type="interrupted"/);
      expect(output).toMatch(/! .*› schedule .*interrupted by SIG/);
      // The active pause was reverted (unpause) before removal, and the rest of the schedule cancelled.
      const spans = report.suites[0].spans as { name: string; attributes: Record<string, unknown>; events: { name: string }[] }[];
      expect(spans.some((sp) => sp.name === 'clnrm.cleanup' && sp.events.some((e) => e.name === 'chaos.cancelled'))).toBe(true);
      expect(spans.filter((sp) => sp.name === 'clnrm.chaos.pause_container').length).toBeLessThan(20);
    });
  }

  it('a second SIGINT exits at once, naming what may be left and the clnrm gc command that removes it', { timeout: 60_000 }, async () => {
    const run = await startLongRun();
    run.child.kill('SIGINT');
    // The second signal as soon as the first was acknowledged.
    for (let i = 0; i < 100 && !run.output().includes('SIGINT received'); i++) await new Promise((r) => setTimeout(r, 20));
    const sentAt = Date.now();
    run.child.kill('SIGINT');
    const exitCode = await run.exited;
    expect(Date.now() - sentAt).toBeLessThan(1500);
    expect(exitCode).toBe(130);
    expect(run.output()).toContain('second signal (SIGINT) received');
    expect(run.output()).toMatch(/resources of run \S+ may be left/);
    expect(run.output()).toContain('remove them with: clnrm gc');
    // Whatever the first cleanup did not finish, gc finishes: the owner is gone on this host.
    const gc = spawnSync(process.execPath, [CLI, 'gc'], { encoding: 'utf8' });
    expect(gc.status, gc.stderr).toBe(0);
    expect(ofPid(run.child.pid!)).toEqual([]);
  });
});
