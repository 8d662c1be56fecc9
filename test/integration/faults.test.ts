/**
 * Every container, resource and step fault on the real engine, through whole
 * suites: the effect each one really has (seen from inside the container by a
 * later step, or from outside with `docker inspect`), its revert, and its
 * spans. Then the seeded probability draw, and SIGINT while a pause or a CPU
 * throttle is applied.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runFiles } from '../../src/run.js';
import { createDockerEngine } from '../../src/runtime/docker-engine.js';
import type { SpanRecord } from '../../src/telemetry/span-record.js';
import { suiteHeadToml } from '../kit/index.js';
import { BUSYBOX, CLI, docker, managedLeft, removeKeptRun, suiteFrom } from './helpers.js';

const execFileP = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One sample of a container's state, taken from outside by `docker inspect` while the run goes on. */
interface Sample {
  /** When the inspect was asked for; the state read is of a moment between `t` and `answeredAt`. */
  t: number;
  answeredAt: number;
  name: string;
  status: string;
  paused: boolean;
  exitCode: number;
  startedAt: string;
  cpuQuota: number;
  nanoCpus: number;
}

/** Async `docker` (never blocks the event loop the runner's timers live on); the output even when it fails. */
async function dockerAsync(args: string[]): Promise<string> {
  try {
    return (await execFileP('docker', args, { encoding: 'utf8' })).stdout;
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? '');
  }
}

const FORMAT = '{{.Name}}|{{.State.Status}}|{{.State.Paused}}|{{.State.ExitCode}}|{{.State.StartedAt}}|{{.HostConfig.CpuQuota}}|{{.HostConfig.NanoCpus}}';

/** Polls the containers of one run (by its label) every ~50 ms until stopped. */
function watch(label: string): { stop: () => Promise<Sample[]> } {
  const samples: Sample[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const ids = (await dockerAsync(['ps', '-aq', '--filter', `label=${label}`])).split('\n').filter(Boolean);
      if (ids.length > 0) {
        const t = Date.now();
        const answer = await dockerAsync(['inspect', '--format', FORMAT, ...ids]);
        const answeredAt = Date.now();
        for (const line of answer.split('\n').filter(Boolean)) {
          const [name, status, paused, exitCode, startedAt, cpuQuota, nanoCpus] = line.split('|');
          samples.push({ t, answeredAt, name: name!.replace(/^\//, ''), status: status!, paused: paused === 'true', exitCode: Number(exitCode), startedAt: startedAt!, cpuQuota: Number(cpuQuota), nanoCpus: Number(nanoCpus) });
        }
      }
      await sleep(50);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return samples;
    },
  };
}

let counter = 0;

/** Runs one inline suite on the real engine with a run id of our own (so its containers can be watched). */
async function run(toml: string, o: { seed?: number; watch?: boolean } = {}) {
  const runId = `faults${process.pid}x${counter++}`;
  const watcher = o.watch ? watch(`clnrm.run=${runId}`) : undefined;
  const summary = await runFiles({
    suites: [suiteFrom(toml)],
    engine: createDockerEngine(),
    runId,
    reportDir: mkdtempSync(join(tmpdir(), 'clnrm-faults-')),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
  });
  const samples = watcher ? await watcher.stop() : [];
  const judged = summary.suites[0]!;
  const spans = judged.spans;
  const scenario = judged.scenarios[0]!;
  const named = (name: string) => spans.filter((s) => s.name === name);
  const one = (name: string): SpanRecord => {
    const found = named(name);
    expect(found.map((s) => s.name), `exactly one span ${name}`).toEqual([name]);
    return found[0]!;
  };
  const step = (name: string) => {
    const s = scenario.steps.find((x) => x.name === name);
    expect(s, `step ${name} ran; steps: ${scenario.steps.map((x) => `${x.name}=${x.outcome} ${x.message}`).join('; ')}`).toBeDefined();
    return s!;
  };
  const children = (parent: SpanRecord) => spans.filter((s) => s.parentSpanId === parent.spanId);
  /** The samples of one service's container. */
  const of = (service: string) => samples.filter((s) => s.name.endsWith(`-${service}`));
  return { runId, summary, judged, spans, scenario, named, one, step, children, of };
}


const suite = (name: string, services: string, scenarios: string, extra = '') => `${suiteHeadToml(name, { seed: 7, extra })}
${services}

${scenarios}
`;

const app = (args: string, more = '') => `
[service.app]
image = "${BUSYBOX}"
args = ${args}
${more}
`;

const SLEEPER = app('["sleep", "3600"]');
/** The main process appends the uptime at which it started to /tmp/boots (container rootfs: kept over restarts). */
const BOOTING = app(`["sh", "-c", "cut -d' ' -f1 /proc/uptime >> /tmp/boots; exec sleep 3600"]`, 'tmpfs = { "/scratch" = "size=1m" }');

describe('container, resource and step faults on the real engine', () => {
  afterAll(() => {
    expect(managedLeft()).toEqual([]);
  });

  it('kill_container: the container dies with exit 137 mid-step; the step reports container_killed', { timeout: 120_000 }, async () => {
    const r = await run(
      suite(
        'kill',
        SLEEPER,
        `
[[scenario]]
name = "killed"
run = "sleep 30"
timeout_ms = 20000
chaos_injection = { type = "kill_container", target = "app", delay_ms = 500, signal = "SIGKILL" }
`,
        '[cleanup]\ncontainers = "never"',
      ),
    );
    try {
      expect(r.scenario.outcome).toBe('fail');
      expect(r.scenario.reason).toEqual({ type: 'container_killed', exitCode: 137 });
      // Killed after ~0.5 s, not the 30 s of the step nor its 20 s timeout.
      expect(r.scenario.steps[0]!.durationMs).toBeLessThan(10_000);
      const stepSpan = r.one('clnrm.step:killed');
      expect(stepSpan.status).toBe('ERROR');
      expect(stepSpan.attributes['error.type']).toBe('container_killed');
      expect(stepSpan.attributes['chaos.active']).toBe('kill_container');
      const kill = r.one('clnrm.chaos.kill_container');
      expect(kill.parentSpanId).toBe(r.one('clnrm.scenario:killed').spanId);
      expect(kill.attributes).toMatchObject({ 'chaos.type': 'kill_container', 'chaos.target': 'app', 'chaos.signal': 'SIGKILL', 'chaos.injected': true, 'chaos.at_ms': 500 });
      expect(kill.status).toBe('OK');
      // From outside: the kept container is exited with 137, and not by the OOM killer.
      const ids = docker(['ps', '-aq', '--filter', `label=clnrm.run=${r.runId}`]).stdout.split('\n').filter(Boolean);
      expect(ids).toHaveLength(1);
      expect(docker(['inspect', '--format', '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}', ids[0]!]).stdout.trim()).toBe('exited 137 false');
    } finally {
      expect(removeKeptRun(r.runId)).toEqual([]);
    }
  });

  it('stop_container with duration_ms: stopped, then started again after the duration (a new boot, tmpfs emptied)', { timeout: 120_000 }, async () => {
    const r = await run(
      suite(
        'stop',
        BOOTING,
        `
[[scenario]]
name = "stopped"
chaos = [{ type = "stop_container", target = "app", at_ms = 2500, duration_ms = 2000, stop_timeout_ms = 5000 }]
steps = [
    { name = "before", service = "app", run = "echo alive > /scratch/marker; wc -l < /tmp/boots; ls /scratch" },
    { name = "outage", image = "${BUSYBOX}", run = "sleep 7" },
    { name = "after", service = "app", run = "wc -l < /tmp/boots; ls /scratch; echo listed" },
]
`,
      ),
      { watch: true },
    );
    expect(r.scenario.outcome, r.scenario.message).toBe('pass');
    expect(r.step('before').stdout.text).toBe('1\nmarker\n');
    // Booted twice; the tmpfs of the first life is gone.
    expect(r.step('after').stdout.text).toBe('2\nlisted\n');
    // From outside: exited (by SIGTERM through the init), then running again about duration_ms later.
    const samples = r.of('app');
    const firstDown = samples.findIndex((s) => s.status === 'exited');
    expect(firstDown, 'the container was never seen stopped').toBeGreaterThan(0);
    const upAgain = samples.findIndex((s, i) => i > firstDown && s.status === 'running');
    expect(upAgain, 'the container was never seen running again').toBeGreaterThan(firstDown);
    expect(samples[firstDown]!.exitCode).toBe(143);
    const downMs = samples[upAgain]!.t - samples[firstDown]!.t;
    expect(downMs).toBeGreaterThanOrEqual(1500);
    expect(downMs).toBeLessThan(6000);
    expect(samples[upAgain]!.startedAt).not.toBe(samples[0]!.startedAt);

    const stop = r.one('clnrm.chaos.stop_container');
    expect(stop.attributes).toMatchObject({ 'chaos.target': 'app', 'stop.timeout_ms': 5000, 'chaos.injected': true });
    const recovery = r.one('clnrm.recovery');
    expect(recovery.parentSpanId).toBe(stop.spanId);
    expect(recovery.attributes).toMatchObject({ 'chaos.type': 'stop_container', 'recovery.strategy': 'start', 'recovery.success': true });
    expect(recovery.status).toBe('OK');
    // The fault's span is its window: the revert starts duration_ms after the fault took effect, and the window closes with it.
    expect(recovery.startMs - stop.startMs).toBeGreaterThanOrEqual(1900);
    expect(stop.endMs).toBeGreaterThanOrEqual(recovery.endMs);
  });

  it('restart_container: running again with a new start (new boot, PID 1 started later, tmpfs emptied)', { timeout: 120_000 }, async () => {
    const pid1Start = "cut -d')' -f2 /proc/1/stat | cut -d' ' -f21";
    const r = await run(
      suite(
        'restart',
        BOOTING,
        `
[[scenario]]
name = "restarted"
chaos = [{ type = "restart_container", target = "app", at_ms = 2500, duration_ms = 1000 }]
steps = [
    { name = "before", service = "app", run = "echo alive > /scratch/marker; wc -l < /tmp/boots; ${pid1Start}" },
    { name = "outage", image = "${BUSYBOX}", run = "sleep 6" },
    { name = "after", service = "app", run = "wc -l < /tmp/boots; ${pid1Start}; ls /scratch; echo listed" },
]
`,
      ),
      { watch: true },
    );
    expect(r.scenario.outcome, r.scenario.message).toBe('pass');
    const [bootsBefore, startBefore] = r.step('before').stdout.text.trim().split('\n');
    const [bootsAfter, startAfter, listed] = r.step('after').stdout.text.trim().split('\n');
    expect(bootsBefore).toBe('1');
    expect(bootsAfter).toBe('2');
    // /proc/1/stat starttime (clock ticks since boot): PID 1 is a new process, started later.
    expect(Number(startAfter)).toBeGreaterThan(Number(startBefore));
    expect(listed).toBe('listed');
    // From outside: another StartedAt.
    const starts = new Set(r.of('app').map((s) => s.startedAt));
    expect(starts.size).toBeGreaterThanOrEqual(2);

    const restart = r.one('clnrm.chaos.restart_container');
    expect(restart.attributes).toMatchObject({ 'chaos.target': 'app', 'chaos.injected': true });
    const recovery = r.one('clnrm.recovery');
    expect(recovery.parentSpanId).toBe(restart.spanId);
    expect(recovery.attributes).toMatchObject({ 'chaos.type': 'restart_container', 'recovery.strategy': 'restart', 'recovery.success': true });
  });

  it('pause_container for duration_ms: the heartbeat stops for the pause, then the container runs unpaused', { timeout: 120_000 }, async () => {
    const r = await run(
      suite(
        'pause',
        app(`["sh", "-c", "while true; do cut -d' ' -f1 /proc/uptime >> /tmp/hb; sleep 0.1; done"]`),
        `
[[scenario]]
name = "paused"
chaos = [{ type = "pause_container", target = "app", at_ms = 1000, duration_ms = 2000 }]
steps = [
    { name = "outage", image = "${BUSYBOX}", run = "sleep 5" },
    { name = "after", service = "app", run = "awk 'NR > 1 && ($1 - p) * 1000 > m { m = ($1 - p) * 1000 } { p = $1 } END { printf \\"%d %d\\\\n\\", m, NR }' /tmp/hb" },
]
`,
      ),
      { watch: true },
    );
    expect(r.scenario.outcome, r.scenario.message).toBe('pass');
    const [maxGap, beats] = r.step('after').stdout.text.trim().split(' ').map(Number);
    // ~10 beats a second outside the pause; one gap of about the pause's duration.
    expect(beats).toBeGreaterThan(20);
    expect(maxGap).toBeGreaterThanOrEqual(1800);
    expect(maxGap).toBeLessThan(5000);
    // From outside: seen paused, and running unpaused afterwards.
    const samples = r.of('app');
    const paused = samples.findIndex((s) => s.paused);
    expect(paused, 'the container was never seen paused').toBeGreaterThanOrEqual(0);
    expect(samples[paused]!.status).toBe('paused');
    const resumed = samples.findIndex((s, i) => i > paused && s.status === 'running' && !s.paused);
    expect(resumed).toBeGreaterThan(paused);

    const pause = r.one('clnrm.chaos.pause_container');
    expect(pause.attributes).toMatchObject({ 'chaos.target': 'app', 'chaos.injected': true, 'chaos.at_ms': 1000 });
    const recovery = r.one('clnrm.recovery');
    expect(recovery.parentSpanId).toBe(pause.spanId);
    expect(recovery.attributes).toMatchObject({ 'chaos.type': 'pause_container', 'recovery.strategy': 'unpause', 'recovery.success': true });
    // The fault's span is its window: the revert starts duration_ms after the fault took effect, and the window closes with it.
    expect(recovery.startMs - pause.startMs).toBeGreaterThanOrEqual(1900);
    expect(pause.endMs).toBeGreaterThanOrEqual(recovery.endMs);
  });

  it('signal: SIGUSR1 and SIGHUP reach the main process, which traps them and keeps running', { timeout: 120_000 }, async () => {
    const r = await run(
      suite(
        'signal',
        app(`["sh", "-c", "trap 'echo usr1 >> /tmp/signals' USR1; trap 'echo hup >> /tmp/signals' HUP; while true; do sleep 0.1; done"]`),
        `
[[scenario]]
name = "signalled"
chaos = [
    { name = "usr1", type = "signal", target = "app", signal = "SIGUSR1", at_ms = 1500 },
    { name = "hup", type = "signal", target = "app", signal = "SIGHUP", at_ms = 2100 },
]
steps = [
    { name = "before", run = "cat /tmp/signals 2>/dev/null; echo checked" },
    { name = "after", run = "i=0; while [ $(cat /tmp/signals 2>/dev/null | wc -l) -lt 2 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; cat /tmp/signals; ps -o args | grep -c '^sh -c trap'" },
]
`,
      ),
    );
    expect(r.scenario.outcome, r.scenario.message).toBe('pass');
    expect(r.step('before').stdout.text).toBe('checked\n');
    // Both handlers ran, in order, and the trapping main process is still there.
    expect(r.step('after').stdout.text).toBe('usr1\nhup\n1\n');
    const signals = r.named('clnrm.chaos.signal').map((s) => [s.attributes['chaos.name'], s.attributes['chaos.signal'], s.attributes['chaos.injected']]);
    expect(signals.sort()).toEqual([
      ['hup', 'SIGHUP', true],
      ['usr1', 'SIGUSR1', true],
    ]);
  });

  it('kill_process: the named background process is gone, the container lives on', { timeout: 120_000 }, async () => {
    const r = await run(
      suite(
        'killproc',
        app(`["sh", "-c", "(tail -f /dev/null &); exec sleep 3600"]`),
        `
[[scenario]]
name = "killed_process"
chaos = [{ type = "kill_process", target = "app", process = "tail", at_ms = 1500 }]
steps = [
    { name = "before", run = "pidof tail >/dev/null && echo tail-running" },
    { name = "after", run = "i=0; while pidof tail >/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; pidof tail || echo tail-gone; ps -o args | grep -c '^sleep 3600'" },
]
`,
      ),
      { watch: true },
    );
    expect(r.scenario.outcome, r.scenario.message).toBe('pass');
    expect(r.step('before').stdout.text).toBe('tail-running\n');
    expect(r.step('after').stdout.text).toBe('tail-gone\n1\n');
    // From outside: the container never stopped.
    const cleanupAt = r.one('clnrm.cleanup').startMs;
    // Samples read before cleanup began (answered before it: on a loaded machine an inspect asked for earlier may read the kill).
    const untilCleanup = r.of('app').filter((s) => s.answeredAt < cleanupAt);
    expect(untilCleanup.length).toBeGreaterThan(5);
    expect(untilCleanup.filter((s) => s.status !== 'running')).toEqual([]);
    const kill = r.one('clnrm.chaos.kill_process');
    expect(kill.attributes).toMatchObject({ 'process.name': 'tail', 'chaos.signal': 'SIGKILL', 'processes.killed': 1, 'chaos.injected': true });
  });

  it('memory_pressure: the cgroup limit shrinks, an allocation above it is OOM-killed, the limit comes back after duration_ms', { timeout: 120_000 }, async () => {
    const limit = 'cat /sys/fs/cgroup/memory/memory.limit_in_bytes';
    const r = await run(
      suite(
        'memory',
        app('["sleep", "3600"]', 'limits = { memory_mb = 64 }'),
        `
[[scenario]]
name = "squeezed"
chaos = [{ type = "memory_pressure", target = "app", memory_mb = 16, duration_ms = 5000 }]
steps = [
    { name = "during", run = "${limit}" },
    { name = "allocate", run = "tail /dev/zero", expect_failure = true, timeout_ms = 30000 },
    { name = "after", run = "i=0; while [ $(${limit}) != 67108864 ] && [ $i -lt 150 ]; do sleep 0.1; i=$((i+1)); done; ${limit}" },
]
`,
      ),
    );
    expect(r.scenario.outcome, r.scenario.message).toBe('pass');
    expect(r.step('during').stdout.text).toBe(`${16 * 1024 * 1024}\n`);
    expect(r.step('allocate').reason?.type).toBe('oom_killed');
    expect(r.step('after').stdout.text).toBe(`${64 * 1024 * 1024}\n`);
    const pressure = r.one('clnrm.resource.memory_pressure');
    expect(pressure.attributes).toMatchObject({ 'memory.limit_mb': 16, 'memory.previous_mb': 64, 'pressure.level': 'high', 'chaos.injected': true });
    const recovery = r.one('clnrm.recovery');
    expect(recovery.parentSpanId).toBe(pressure.spanId);
    expect(recovery.attributes).toMatchObject({ 'recovery.strategy': 'restore_memory_limit', 'recovery.success': true, 'memory.limit_mb': 64 });
    expect(r.one('clnrm.step:allocate').attributes['error.type']).toBe('oom_killed');
  });

  it('cpu_throttle: the cgroup CFS quota is the throttle during the fault, and the previous quota after the revert', { timeout: 120_000 }, async () => {
    const quota = 'cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us | tr "\\\\n" " "';
    // Waits (bounded) until the quota differs from $1, then prints quota and period.
    const until = (from: string) => `i=0; while [ $(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us) = ${from} ] && [ $i -lt 150 ]; do sleep 0.1; i=$((i+1)); done; ${quota}`;
    const r = await run(
      suite(
        'cpu',
        `
[service.limited]
image = "${BUSYBOX}"
args = ["sleep", "3600"]
limits = { cpu_millicores = 500 }

[service.free]
image = "${BUSYBOX}"
args = ["sleep", "3600"]
`,
        `
[[scenario]]
name = "throttled"
chaos = [{ type = "cpu_throttle", target = ["limited", "free"], cpu_percent = 20, at_ms = 3000, duration_ms = 2500 }]
steps = [
    { name = "limited_before", service = "limited", run = '${quota}' },
    { name = "free_before", service = "free", run = '${quota}' },
    { name = "limited_during", service = "limited", run = '${until('50000')}' },
    { name = "free_during", service = "free", run = '${until('-1')}' },
    { name = "limited_after", service = "limited", run = '${until('20000')}' },
    { name = "free_after", service = "free", run = '${until('20000')}; nproc' },
]
`,
      ),
    );
    expect(r.scenario.outcome, r.scenario.message).toBe('pass');
    const out = (s: string) => r.step(s).stdout.text.trim();
    expect(out('limited_before')).toBe('50000 100000');
    expect(out('free_before')).toBe('-1 100000');
    expect(out('limited_during')).toBe('20000 100000');
    expect(out('free_during')).toBe('20000 100000');
    expect(out('limited_after')).toBe('50000 100000');
    // The free service had no quota (-1). The engine cannot unset a quota live, so "no limit" comes back as a
    // quota of more cores than the container has: not throttled (before the fix: 1000, 1 % of a core).
    const [freeQuota, freePeriod, cores] = out('free_after').split(/\s+/).map(Number);
    expect(freePeriod).toBe(100000);
    expect(freeQuota === -1 || freeQuota! >= cores! * freePeriod!, `free_after: ${out('free_after')}`).toBe(true);
    const throttles = r.named('clnrm.resource.cpu_throttle');
    expect(throttles.map((s) => s.attributes['chaos.target']).sort()).toEqual(['free', 'limited']);
    for (const t of throttles) expect(t.attributes).toMatchObject({ 'cpu.percent': 20, 'pressure.level': 'high', 'chaos.injected': true });
    const recoveries = r.named('clnrm.recovery');
    expect(recoveries).toHaveLength(2);
    for (const rec of recoveries) {
      expect(throttles.map((t) => t.spanId)).toContain(rec.parentSpanId);
      expect(rec.attributes).toMatchObject({ 'recovery.strategy': 'restore_cpu_quota', 'recovery.success': true });
    }
  });

  it('disk_fill: writes fail with ENOSPC while the tmpfs is full, and work after the revert', { timeout: 120_000 }, async () => {
    const r = await run(
      suite(
        'disk',
        app('["sleep", "3600"]', 'tmpfs = { "/data" = "size=8m" }'),
        `
[[scenario]]
name = "filled"
chaos = [{ type = "disk_fill", target = "app", path = "/data", duration_ms = 3000 }]
steps = [
    { name = "full", run = "echo more > /data/extra", expect_failure = true },
    { name = "freed", run = "i=0; while [ $(df -k /data | awk 'NR == 2 { print $4 }') -eq 0 ] && [ $i -lt 150 ]; do sleep 0.1; i=$((i+1)); done; echo more > /data/extra && cat /data/extra && ls -A /data" },
]
`,
      ),
    );
    expect(r.scenario.outcome, `${r.scenario.message}: ${JSON.stringify(r.scenario.steps.map((x) => [x.name, x.stdout.text, x.stderr.text]))}`).toBe('pass');
    const full = r.step('full');
    expect(full.exitCode).not.toBe(0);
    expect(full.stderr.text).toMatch(/No space left on device/);
    // Waited for free space rather than for the file's name to go: a reader can see the name gone a moment
    // before the kernel has freed the file's pages (unlink removes the entry, then evicts the inode).
    expect(r.step('freed').stdout.text).toBe('more\nextra\n');
    expect(r.step('freed').startedAt + r.step('freed').durationMs).toBeGreaterThan(r.one('clnrm.recovery').startMs);
    const fill = r.one('clnrm.resource.disk_fill');
    expect(fill.attributes).toMatchObject({ 'disk.path': '/data', 'disk.full': true, 'disk.free_kb': 0, 'pressure.level': 'high', 'chaos.injected': true });
    expect(fill.attributes['disk.written_kb']).toBeGreaterThanOrEqual(8000);
    const recovery = r.one('clnrm.recovery');
    expect(recovery.parentSpanId).toBe(fill.spanId);
    expect(recovery.attributes).toMatchObject({ 'recovery.strategy': 'remove_fill_file', 'recovery.success': true });
  });

  it('fd_exhaustion: opening 40 files fails with EMFILE during the fault; after the revert it works', { timeout: 120_000 }, async () => {
    const open40 = "cd /tmp && for i in $(seq 40); do echo $i > f$i; done; ulimit -n; paste $(for i in $(seq 40); do echo f$i; done) > /dev/null && echo opened-40";
    const r = await run(
      suite(
        'fds',
        SLEEPER,
        `
[[scenario]]
name = "few_fds"
chaos = [{ type = "fd_exhaustion", target = "app", nofile = 16, duration_ms = 2000 }]
steps = [
    { name = "limited", run = "${open40}", expect_failure = true },
    { name = "wait", run = "sleep 3" },
    { name = "restored", run = "${open40}" },
]
`,
      ),
    );
    expect(r.scenario.outcome, r.scenario.message).toBe('pass');
    const limited = r.step('limited');
    expect(limited.stdout.text).toBe('16\n');
    expect(limited.stderr.text).toMatch(/Too many open files/);
    expect(limited.exitCode).toBe(1);
    const restored = r.step('restored');
    expect(restored.stdout.text).toMatch(/^\d+\nopened-40\n$/);
    expect(Number(restored.stdout.text.split('\n')[0])).toBeGreaterThan(40);
    expect(restored.stderr.text).toBe('');
    const fd = r.one('clnrm.resource.fd_exhaustion');
    expect(fd.attributes).toMatchObject({ 'fd.limit': 16, 'pressure.level': 'high', 'chaos.injected': true });
    const recovery = r.one('clnrm.recovery');
    expect(recovery.parentSpanId).toBe(fd.spanId);
    expect(recovery.attributes).toMatchObject({ 'recovery.strategy': 'restore_nofile', 'recovery.success': true });
  });

  it('exit_code: the named step runs, then exits with the forced code; other steps are untouched', { timeout: 120_000 }, async () => {
    const r = await run(
      suite(
        'exitcode',
        SLEEPER,
        `
[[scenario]]
name = "forced_exit"
chaos = [{ type = "exit_code", step = "forced", exit_code = 42 }]
steps = [
    { name = "forced", run = "echo ran; exit 0", continue_on_failure = true },
    { name = "other", run = "echo untouched" },
]
`,
      ),
    );
    expect(r.scenario.outcome).toBe('fail');
    expect(r.scenario.reason).toEqual({ type: 'exit_code', exitCode: 42, expected: 0 });
    const forced = r.step('forced');
    expect(forced.exitCode).toBe(42);
    expect(forced.stdout.text).toBe('ran\n');
    expect(r.step('other').outcome).toBe('pass');
    expect(r.step('other').exitCode).toBe(0);
    const span = r.one('clnrm.chaos.exit_code');
    expect(span.attributes).toMatchObject({ 'chaos.exit_code': 42, 'chaos.step': 'forced', 'chaos.injected': true });
    expect(r.one('clnrm.step:forced').attributes).toMatchObject({ 'exit.code': 42, 'error.type': 'exit_code' });
  });

  it('timeout: the step is stalled before its command, and the runner\'s timeout kills it', { timeout: 120_000 }, async () => {
    const r = await run(
      suite(
        'stall',
        SLEEPER,
        `
[[scenario]]
name = "stalled"
run = "echo should-not-print"
timeout_ms = 1500
chaos_injection = { type = "timeout", step = "stalled" }
`,
        '[cleanup]\ncontainers = "never"',
      ),
    );
    try {
      expect(r.scenario.reason).toEqual({ type: 'timeout', kind: 'step', timeoutMs: 1500 });
      const step = r.scenario.steps[0]!;
      expect(step.stdout.text).toBe('');
      expect(step.durationMs).toBeGreaterThanOrEqual(1400);
      expect(step.durationMs).toBeLessThan(10_000);
      const stepSpan = r.one('clnrm.step:stalled');
      expect(stepSpan.attributes['error.type']).toBe('timeout');
      const enforced = r.one('clnrm.timeout.enforced');
      expect(enforced.parentSpanId).toBe(stepSpan.spanId);
      expect(enforced.attributes).toMatchObject({ 'timeout.ms': 1500, 'timeout.type': 'step' });
      expect(r.one('clnrm.chaos.timeout').attributes).toMatchObject({ 'chaos.step': 'stalled', 'chaos.injected': true });
      // The stall was killed with the step: no `sleep 86400` is left in the kept container.
      const ids = docker(['ps', '-q', '--filter', `label=clnrm.run=${r.runId}`]).stdout.split('\n').filter(Boolean);
      expect(ids).toHaveLength(1);
      const ps = docker(['exec', ids[0]!, 'ps', '-o', 'args']).stdout;
      expect(ps).toMatch(/sleep 3600/);
      expect(ps).not.toMatch(/sleep 86400/);
    } finally {
      expect(removeKeptRun(r.runId)).toEqual([]);
    }
  });

  it('probability: the same seed injects the same occurrences, another seed another subset', { timeout: 240_000 }, async () => {
    const toml = suite(
      'probability',
      SLEEPER,
      `
[[scenario]]
name = "coin"
run = "sleep 4"
chaos = [{ type = "kill_process", target = "app", process = "no-such-process", every_ms = 100, count = 20, probability = 0.4 }]
`,
    );
    const draw = async (seed: number) => {
      const r = await run(toml, { seed });
      expect(r.scenario.outcome, r.scenario.message).toBe('pass');
      const injected = r.named('clnrm.chaos.kill_process').map((s) => {
        // Fired, but a pattern that matches nothing has no effect: recorded, not injected.
        expect(s.attributes['chaos.injected']).toBe(false);
        expect(s.attributes['chaos.reason']).toMatch(/no process named no-such-process/);
        expect(s.attributes['processes.matched']).toBe(0);
        return s.attributes['chaos.occurrence'] as number;
      });
      const skipped = r
        .one('clnrm.scenario:coin')
        .events.filter((e) => e.name === 'chaos.skipped')
        .map((e) => e.attributes['chaos.occurrence'] as number);
      // Every occurrence was either injected or skipped by its draw; none was cut off by the step's end.
      expect([...injected, ...skipped].sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
      return injected.sort((a, b) => a - b);
    };
    const a1 = await draw(1);
    const a2 = await draw(1);
    const b = await draw(2);
    expect(a1.length).toBeGreaterThan(0);
    expect(a1.length).toBeLessThan(20);
    expect(a2).toEqual(a1);
    expect(b).not.toEqual(a1);
  });
});

/** Resources of runs started by a given runner pid. */
function ofPid(pid: number): string[] {
  const f = ['--filter', `label=clnrm.pid=${pid}`];
  return [
    ...docker(['ps', '-aq', ...f]).stdout.split('\n'),
    ...docker(['network', 'ls', '-q', ...f]).stdout.split('\n'),
    ...docker(['volume', 'ls', '-q', ...f]).stdout.split('\n'),
  ].filter(Boolean);
}

describe('SIGINT while a fault is applied', () => {
  type State = { paused: boolean; cpuQuota: number };
  const cases = [
    {
      title: 'pause_container (the step runs in a one-off container)',
      fault: 'pause_container',
      chaos: '{ type = "pause_container", target = "app" }',
      step: `image = "${BUSYBOX}"`,
      /** True once the fault is seen applied on the service container. */
      applied: (state: State) => state.paused,
      strategy: 'unpause',
    },
    {
      // The step's exec is frozen with the container: the runner cannot signal it until cleanup unpauses.
      title: 'pause_container (the step runs inside the paused service)',
      fault: 'pause_container',
      chaos: '{ type = "pause_container", target = "app", at_ms = 1000 }',
      step: '',
      applied: (state: State) => state.paused,
      strategy: 'unpause',
    },
    {
      title: 'cpu_throttle',
      fault: 'cpu_throttle',
      chaos: '{ type = "cpu_throttle", target = "app", cpu_percent = 10 }',
      step: '',
      applied: (state: State) => state.cpuQuota === 10_000,
      strategy: 'restore_cpu_quota',
    },
  ];
  for (const c of cases) {
    it(`${c.title}: exits 130, reverts the fault, and leaves no container of the runner`, { timeout: 120_000 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'clnrm-faultsig-'));
      const file = join(dir, 'fault.clnrm.toml');
      writeFileSync(
        file,
        suite(
          'sig',
          SLEEPER,
          `
[[scenario]]
name = "interrupted"
${c.step}
run = "sleep 120"
chaos_injection = ${c.chaos}
`,
        ),
      );
      const child = spawn(process.execPath, [CLI, 'run', file, '--report-dir', join(dir, 'reports')], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      let applied = false;
      let stepRunning = false;
      for (let i = 0; i < 300 && !(applied && stepRunning); i++) {
        const ids = (await dockerAsync(['ps', '-q', '--filter', `label=clnrm.pid=${child.pid}`])).split('\n').filter(Boolean);
        if (ids.length > 0) {
          const states = (await dockerAsync(['inspect', '--format', '{{.Id}}|{{.Name}}|{{.State.Paused}}|{{.HostConfig.CpuQuota}}', ...ids])).split('\n').filter(Boolean);
          for (const line of states) {
            const [id, name, paused, cpuQuota] = line.split('|');
            if (name!.endsWith('-app')) {
              applied = c.applied({ paused: paused === 'true', cpuQuota: Number(cpuQuota) });
              // `docker top` reads the processes from the host, so it works on a paused container too.
              if (!c.step && (await dockerAsync(['top', id!])).includes('sleep 120')) stepRunning = true;
            }
            if (c.step && /-step0-\d+$/.test(name!)) stepRunning = true;
          }
        }
        if (!(applied && stepRunning)) await sleep(100);
      }
      expect(applied, `the ${c.fault} was never seen applied; output:\n${output}`).toBe(true);
      expect(stepRunning, `the step never started; output:\n${output}`).toBe(true);
      child.kill('SIGINT');
      const code = await exited;
      expect(code, output).toBe(130);
      expect(output).toContain('SIGINT received');
      expect(ofPid(child.pid!)).toEqual([]);
      // The fault was reverted (a pause: verified running and not paused) inside the interrupt's cleanup, before removal.
      const report = JSON.parse(readFileSync(join(dir, 'reports', 'sig.report.json'), 'utf8')) as { interrupted: boolean; spans: SpanRecord[] };
      expect(report.interrupted).toBe(true);
      const cleanup = report.spans.find((s) => s.name === 'clnrm.cleanup')!;
      expect(cleanup.attributes).toMatchObject({ 'cleanup.triggered': 'interrupt', 'cleanup.success': true });
      const recovery = report.spans.find((s) => s.name === 'clnrm.recovery')!;
      expect(recovery.parentSpanId).toBe(cleanup.spanId);
      expect(recovery.attributes).toMatchObject({ 'chaos.type': c.fault, 'recovery.strategy': c.strategy, 'recovery.success': true });
      expect(recovery.endMs).toBeLessThanOrEqual(cleanup.events.find((e) => e.name === 'container.remove')!.timeMs);
    });
  }
});
