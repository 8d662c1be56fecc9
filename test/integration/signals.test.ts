/**
 * Cleanup when the runner itself is stopped: SIGINT and SIGTERM clean up and
 * exit 130/143; a runner killed with SIGKILL leaves orphans that `clnrm gc`
 * (and the next `clnrm run`) remove.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

function writeSuite(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-sig-'));
  const file = join(dir, 'long.clnrm.toml');
  writeFileSync(file, LONG_SUITE);
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
});
