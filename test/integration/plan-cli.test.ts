/**
 * `clnrm run --plan` as users call it: the plan is printed (text or JSON) and
 * nothing is started. The CLI is pointed (DOCKER_HOST) at a socket that
 * records every request it gets: a plan makes none, so no container, network
 * or volume can have been created; the same command without `--plan` does
 * reach it, which shows the socket really is the engine the CLI would use.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX, CLI, envWithoutCi } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'clnrm-plan-'));
const socket = join(dir, 'engine.sock');
const requests: string[] = [];
let engine: Server;

beforeAll(async () => {
  // An engine that answers nothing useful: it only records that it was asked.
  engine = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"message":"recording socket of the plan test"}');
  });
  await new Promise<void>((resolve) => engine.listen(socket, resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => engine.close(() => resolve()));
});

/** Runs the CLI against the recording socket; resolves with its status, output and the requests it made. */
function clnrm(args: string[]): Promise<{ status: number | null; stdout: string; out: string; requests: string[] }> {
  const before = requests.length;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...envWithoutCi(), DOCKER_HOST: `unix://${socket}` } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, out: stdout + stderr, requests: requests.slice(before) }));
  });
}

const SUITE = `
[meta]
name = "planned"

[determinism]
seed = 21

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[service.db]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "monkey"
services = ["app", "db"]
steps = [{ name = "work", service = "app", run = "sleep 1" }]

[[scenario.chaos]]
type = "pause_container"
target = "random(1, [app, db])"
at_ms = 200
every_ms = 100
count = 4
probability = 0.5
duration_ms = 50
`;

const file = join(dir, 'planned.clnrm.toml');
writeFileSync(file, SUITE);

describe('clnrm run --plan', () => {
  it('prints the plan, exits 0, and never talks to the engine', async () => {
    const r = await clnrm(['run', file, '--plan']);
    expect(r.status, r.out).toBe(0);
    expect(r.requests).toEqual([]);
    expect(r.stdout).toContain(`${file} (suite planned)\n  seed 21, chaos none\n`);
    expect(r.stdout).toMatch(/200 ms after step work runs: pause_container pause_container#0 → (app|db), for 50 ms/);
    expect(r.stdout).toContain('plan valid: 1 file(s), 1 scenario(s) to run, 4 planned injection(s); nothing was started');
  });

  it('--dry-run --format json prints the same plan as JSON, with every target resolved', async () => {
    const r = await clnrm(['run', file, '--dry-run', '--format', 'json', '--chaos', 'gentle']);
    expect(r.status, r.out).toBe(0);
    expect(r.requests).toEqual([]);
    const plan = JSON.parse(r.stdout);
    expect(plan.valid).toBe(true);
    expect(plan.suites[0]).toMatchObject({ name: 'planned', seed: 21, seedDrawn: false, chaos: 'gentle' });
    const injections = plan.suites[0].scenarios[0].injections as { fault: string; targets: string[]; atMs: number; anchor: string }[];
    expect(injections.map((i) => i.fault)).toEqual(['preset_cpu', 'preset_loss', 'preset_slow_io_app', 'pause_container', 'pause_container', 'pause_container', 'pause_container']);
    for (const i of injections.filter((x) => x.fault === 'pause_container')) {
      expect(i.targets).toHaveLength(1);
      expect(['app', 'db']).toContain(i.targets[0]);
      expect(i.anchor).toBe('step:work');
    }
    // The same seed, the same plan.
    expect((await clnrm(['run', file, '--plan', '--format', 'json', '--chaos', 'gentle'])).stdout).toBe(r.stdout);
  });

  it('an invalid plan stops --plan and the run alike with status 2, before the engine', async () => {
    const custom = join(dir, 'ghost.json');
    writeFileSync(custom, JSON.stringify([{ type: 'kill_container', target: 'ghost' }]));
    const planned = await clnrm(['run', file, '--plan', '--chaos', `custom:${custom}`]);
    expect(planned.status, planned.out).toBe(2);
    expect(planned.stdout).toContain(`plan not valid: 1 problem(s)\n  ${custom}: [0]: scenario \`monkey\`: fault \`kill_container\` names service \`ghost\`, which this scenario does not start`);
    const run = await clnrm(['run', file, '--chaos', `custom:${custom}`]);
    expect(run.status, run.out).toBe(2);
    expect(run.out).toContain('cannot run: the plan is not valid');
    expect(planned.requests).toEqual([]);
    expect(run.requests).toEqual([]);
  });

  it('without --plan the same command does reach this engine', async () => {
    const r = await clnrm(['run', file]);
    expect(r.status, r.out).toBe(2);
    expect(r.requests.length).toBeGreaterThan(0);
  });

  it('--format without --plan is a usage error', async () => {
    const r = await clnrm(['run', file, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.out).toContain('--format is for --plan');
    expect(r.requests).toEqual([]);
  });
});
