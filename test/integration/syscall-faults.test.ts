/**
 * syscall_error and slow_io on the real engine: a program inside the target
 * sees the injected errno, a slowed step measures the delay itself, strace is
 * detached afterwards (TracerPid 0), and a fault that cannot apply (no process
 * of that name, target not running) records `chaos.injected = false`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/run.js';
import type { SpanRecord } from '../../src/telemetry/span-record.js';
import { sleeperToml, suiteHeadToml } from '../kit/index.js';
import { managedLeft, runSuites, suiteFrom } from './helpers.js';

const SUITE = `${suiteHeadToml('syscalls', { seed: 11 })}${sleeperToml('app')}${sleeperToml('keeper')}
[[scenario]]
name = "errno_seen"
steps = [{ name = "open", service = "app", run = "out=$(cat /etc/passwd); echo rc=$?" }]
chaos = [{ type = "syscall_error", target = "app", syscalls = ["openat"], errno = "EIO", rate_pct = 100 }]

[[scenario]]
name = "delay_measured"
# Five writes of the inner shell, each delayed by 200 ms: busybox's time measures the step's own run.
steps = [{ name = "slow", service = "app", run = "time sh -c 'for i in 1 2 3 4 5; do echo x > /dev/null; done'" }]
chaos = [{ type = "slow_io", target = "app", syscalls = ["write"], call_delay_ms = 200, rate_pct = 100 }]

[service.looper]
image = "clnrm-fixture/busybox:latest"
# Appends every 100 ms; a failed append leaves /tmp/failed behind (touch is a child: its own syscall counters).
args = ["sh", "-c", "while :; do echo x >> /tmp/f || touch /tmp/failed; sleep 0.1; done"]

[[scenario]]
name = "live_process"
steps = [{ name = "wait_for_failure", service = "looper", run = "i=0; while [ ! -e /tmp/failed ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; ls /tmp/failed" }]
chaos = [{ type = "syscall_error", name = "live", target = "looper", syscalls = ["write"], errno = "ENOSPC", rate_pct = 50, process = "sh" }]

[[scenario]]
name = "cannot_apply"
service = "keeper"
run = "sleep 0.5"
chaos = [{ type = "syscall_error", name = "no_such_process", target = "app", syscalls = ["write"], errno = "EIO", process = "no-such-process" }]

[[scenario]]
name = "target_down"
service = "keeper"
run = "sleep 1"
chaos = [
  { type = "kill_container", target = "app", at_ms = 0 },
  { type = "slow_io", name = "slow_dead", target = "app", call_delay_ms = 10, at_ms = 400 },
]
`;

let summary: RunSummary;
const scenario = (name: string) => summary.suites[0]!.scenarios.find((s) => s.name === name)!;
const spans = () => summary.suites[0]!.spans;
const faultSpan = (name: string): SpanRecord => spans().find((s) => s.name.startsWith('clnrm.chaos.') && s.attributes['chaos.name'] === name)!;

describe('syscall faults on the real engine', () => {
  beforeAll(async () => {
    summary = await runSuites([suiteFrom(SUITE, 'syscalls.clnrm.toml')], { jobs: 4 });
  }, 120_000);

  afterAll(() => {
    expect(managedLeft()).toEqual([]);
  });

  it('syscall_error: the program in the target sees EIO, strace counts the failure, and the revert detaches', () => {
    const step = scenario('errno_seen').steps[0]!;
    expect(step.stdout.text).toBe('rc=1\n');
    expect(step.stderr.text).toMatch(/cat: can't open '\/etc\/passwd': Input\/output error/);
    const span = faultSpan('syscall_error');
    expect(span.attributes).toMatchObject({ 'chaos.injected': true, 'syscall.errno': 'EIO', 'syscall.processes_attached': 1 });
    expect(span.attributes['syscall.injected.EIO']).toBeGreaterThanOrEqual(1);
    expect(span.attributes['syscall.injected.EIO']).toBe(span.attributes['syscall.calls']);
    const recovery = spans().find((s) => s.name === 'clnrm.recovery' && s.attributes['chaos.type'] === 'syscall_error')!;
    expect(recovery.attributes).toMatchObject({ 'recovery.strategy': 'detach_strace', 'recovery.success': true, 'syscall.still_traced': 0 });
  });

  it('slow_io: the step measures at least the delays it was given, and strace measured each delayed call', () => {
    const step = scenario('delay_measured').steps[0]!;
    const real = /real\s+(\d+)m\s*([\d.]+)s/.exec(step.stderr.text);
    expect(real, step.stderr.text).not.toBeNull();
    const seconds = Number(real![1]) * 60 + Number(real![2]);
    // The five writes of the inner shell: 5 × 200 ms.
    expect(seconds).toBeGreaterThanOrEqual(1.0);
    const span = faultSpan('slow_io');
    expect(span.attributes).toMatchObject({ 'chaos.injected': true, 'syscall.delay_ms': 200, 'syscall.delay_observed': true });
    expect(span.attributes['syscall.delayed']).toBeGreaterThanOrEqual(5);
    expect(span.attributes['syscall.delay_min_ms']).toBeGreaterThanOrEqual(199);
  });

  it('with `process`: strace attaches to the running service process, its appends fail, and the revert detaches it (TracerPid 0)', () => {
    expect(scenario('live_process').outcome).toBe('pass');
    const span = faultSpan('live');
    expect(span.attributes).toMatchObject({ 'chaos.injected': true, 'process.name': 'sh', 'syscall.live.processes_attached': 1 });
    expect(span.attributes['syscall.live.injected.ENOSPC']).toBeGreaterThanOrEqual(1);
    const recovery = spans().find((s) => s.name === 'clnrm.recovery' && s.attributes['chaos.type'] === 'syscall_error' && s.attributes['chaos.target'] === 'looper')!;
    expect(recovery.attributes).toMatchObject({ 'recovery.success': true, 'syscall.still_traced': 0 });
  });

  it('not injected: a process name that matches nothing, and a target that is not running', () => {
    for (const [name, reason] of [
      ['no_such_process', /no process named no-such-process runs in app/],
      ['slow_dead', /target app is not running/],
    ] as const) {
      const span = faultSpan(name);
      expect(span.attributes['chaos.injected'], JSON.stringify(span.attributes)).toBe(false);
      expect(String(span.attributes['chaos.reason'])).toMatch(reason);
      expect(span.status).toBe('ERROR');
    }
  });
});
