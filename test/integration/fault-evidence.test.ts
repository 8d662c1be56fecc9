/**
 * "A fault is injected only when its effect is observed", on the real engine,
 * for every fault type: each one's not-applicable case (target not running,
 * nothing matched, no traffic, no step wrapped, effect not read back) records
 * `chaos.injected = false` with a `chaos.reason` and status ERROR, and an
 * expectation asking for `chaos.injected = true` then fails. Several faults
 * share a scenario and the suites run side by side, to keep this fast.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_TYPES } from '../../src/chaos/registry.js';
import type { RunSummary } from '../../src/run.js';
import type { SpanRecord } from '../../src/telemetry/span-record.js';
import { sleeperToml, suiteHeadToml } from '../kit/index.js';
import { BUSYBOX, managedLeft, runSuites, suiteFrom } from './helpers.js';

const head = (name: string) => `${suiteHeadToml(name, { seed: 5 })}${sleeperToml('app')}${sleeperToml('keeper')}`;

/** Every fault aimed at `app`, fired after app was killed (at 0 ms, confirmed) — none can find it running. */
const ON_DEAD = [
  `{ type = "kill_container", name = "kill_again", target = "app", at_ms = 400 }`,
  `{ type = "stop_container", target = "app", at_ms = 400 }`,
  `{ type = "restart_container", target = "app", at_ms = 400 }`,
  `{ type = "pause_container", target = "app", at_ms = 400 }`,
  `{ type = "signal", target = "app", signal = "SIGHUP", at_ms = 400 }`,
  `{ type = "kill_process", target = "app", process = "sleep", at_ms = 400 }`,
  `{ type = "memory_pressure", target = "app", memory_mb = 32, at_ms = 400 }`,
  `{ type = "cpu_throttle", target = "app", cpu_percent = 20, at_ms = 400 }`,
  `{ type = "disk_fill", target = "app", path = "/tmp", size_mb = 1, at_ms = 400 }`,
  `{ type = "fd_exhaustion", target = "app", at_ms = 400 }`,
  `{ type = "network_disconnect", target = "app", at_ms = 400 }`,
  `{ type = "partition", isolate = "app", at_ms = 400 }`,
  `{ type = "blackhole", target = "app", at_ms = 400 }`,
  `{ type = "reject", target = "app", at_ms = 400 }`,
  `{ type = "packet_loss", target = "app", percent = 50, mode = "nth", at_ms = 400 }`,
  `{ type = "syscall_error", target = "app", syscalls = ["write"], errno = "EIO", at_ms = 400 }`,
  `{ type = "slow_io", target = "app", call_delay_ms = 10, at_ms = 400 }`,
  `{ type = "clock_skew", target = "app", offset_ms = 60000, at_ms = 400 }`,
  `{ type = "dns", target = "app", names = ["keeper"], at_ms = 400 }`,
];

const DEAD_TARGET = `${head('fe_dead')}
[[scenario]]
name = "dead_target"
service = "keeper"
run = "sleep 1"
chaos = [
  { type = "kill_container", target = "app", at_ms = 0 },
  ${ON_DEAD.join(',\n  ')},
]

[[scenario.expect.span]]
name = "clnrm.chaos.pause_container"
attrs.all = { "chaos.injected" = true }
`;

/** Running targets, but nothing the fault could act on. */
const NOTHING_TO_ACT_ON = `${head('fe_nothing')}
[service.deaf]
image = "${BUSYBOX}"
args = ["sh", "-c", "trap '' TERM; while :; do sleep 1; done"]

[[scenario]]
name = "nothing_to_act_on"
service = "keeper"
run = "true"
chaos = [
  { type = "kill_process", target = "app", process = "no-such-process" },
  { type = "signal", target = "deaf", signal = "SIGTERM" },
  { type = "signal", name = "cont", target = "app", signal = "SIGCONT" },
  { type = "disk_fill", target = "app", path = "/sys", size_mb = 1 },
  { type = "blackhole", target = "app", host = "keeper", port = 8080 },
  { type = "reject", target = "app", host = "keeper", port = 8080 },
  { type = "packet_loss", target = "app", percent = 50, mode = "nth" },
]

# The gate fails, so the step the faults name never runs (and no step ever runs in app).
[[scenario]]
name = "step_never_runs"
expect_failure = true
steps = [
  { name = "gate", service = "keeper", run = "exit 1" },
  { name = "skipped", service = "keeper", run = "true" },
]
chaos = [
  { type = "exit_code", step = "skipped", exit_code = 3 },
  { type = "timeout", step = "skipped" },
  { type = "fd_exhaustion", target = "app" },
]
`;

const WEB = `
[service.web]
image = "${BUSYBOX}"
args = ["sh", "-c", "mkdir -p /www && dd if=/dev/zero of=/www/big bs=1024 count=64 2>/dev/null && exec httpd -f -p 8080 -h /www"]
ports = [8080]
wait = { port = 8080, timeout_ms = 20000 }

[proxy.web_proxy]
listen = 18080
upstream = "web:8080"
`;

const TOXICS = [
  `{ type = "latency", proxy = "web_proxy", latency_ms = 100 }`,
  `{ type = "bandwidth", proxy = "web_proxy", rate_kbps = 100 }`,
  `{ type = "slow_close", proxy = "web_proxy", delay_close_ms = 100 }`,
  `{ type = "proxy_timeout", proxy = "web_proxy", timeout_close_ms = 100 }`,
  `{ type = "reset_peer", proxy = "web_proxy", timeout_close_ms = 100 }`,
  `{ type = "slicer", proxy = "web_proxy", average_size = 100 }`,
  `{ type = "limit_data", proxy = "web_proxy", bytes = 1000 }`,
];

/** The HTTP faults of the proxy. */
const HTTP_FAULTS = [`{ type = "http_error", proxy = "web_proxy", status = 503 }`, `{ type = "http_slow", proxy = "web_proxy", response_delay_ms = 100 }`];

/** Seven toxics and the two HTTP faults on a proxy nobody connects to. */
const UNUSED_PROXY = `${head('fe_unused_proxy')}${WEB}
[[scenario]]
name = "unused_proxy"
service = "keeper"
run = "sleep 0.5"
chaos = [
  ${[...TOXICS, ...HTTP_FAULTS].join(',\n  ')},
]
`;

/** The toxics no existing test drives with traffic: slow_close, slicer, limit_data, all on the one connection of one request. */
const USED_PROXY = `${head('fe_used_proxy')}${WEB}
[[scenario]]
name = "used_proxy"
service = "keeper"
run = "wget -q -O /dev/null http://web_proxy:18080/big || true"
chaos = [
  { type = "slow_close", proxy = "web_proxy", delay_close_ms = 50 },
  { type = "slicer", proxy = "web_proxy", average_size = 100 },
  { type = "limit_data", proxy = "web_proxy", bytes = 1000 },
]
`;

let summary: RunSummary;
const spansOf = (suite: string) => summary.suites.find((s) => s.run.suite.name === suite)!.spans;

/** The fault spans of a suite, by `chaos.name`. */
function faultSpans(suite: string): Map<string, SpanRecord> {
  const out = new Map<string, SpanRecord>();
  for (const s of spansOf(suite)) if (typeof s.attributes['chaos.name'] === 'string' && !s.name.includes('recovery')) out.set(s.attributes['chaos.name'] as string, s);
  return out;
}

function expectNotInjected(span: SpanRecord | undefined, reason: RegExp): void {
  expect(span, 'the fault span exists').toBeDefined();
  const s = span!;
  expect(s.attributes['chaos.injected'], `${s.name} ${JSON.stringify(s.attributes)}`).toBe(false);
  expect(String(s.attributes['chaos.reason'])).toMatch(reason);
  expect(s.status).toBe('ERROR');
  expect(s.statusMessage).toMatch(/was not injected/);
}

/** Recovery spans of the suite, by chaos.type. */
const recoveries = (suite: string) => spansOf(suite).filter((s) => /recovery/.test(s.name));

describe('fault evidence on the real engine', () => {
  beforeAll(async () => {
    const suites = [DEAD_TARGET, NOTHING_TO_ACT_ON, UNUSED_PROXY, USED_PROXY].map((t, i) => suiteFrom(t, `fe${i}.clnrm.toml`));
    summary = await runSuites(suites, { jobs: 2 });
  }, 200_000);

  afterAll(() => {
    expect(managedLeft()).toEqual([]);
  });

  it('covers every fault type with a not-applicable case', () => {
    const covered = new Set([...faultSpans('fe_dead').values(), ...faultSpans('fe_nothing').values(), ...faultSpans('fe_unused_proxy').values()].filter((s) => s.attributes['chaos.injected'] === false).map((s) => s.attributes['chaos.type']));
    expect([...covered].sort()).toEqual(Object.keys(FAULT_TYPES).sort());
  });

  describe('target not running (app killed first)', () => {
    it('the kill itself is observed: state before running, after exited(137)', () => {
      const kill = faultSpans('fe_dead').get('kill_container')!;
      expect(kill.attributes).toMatchObject({ 'chaos.injected': true, 'container.state_before': 'running', 'container.state_after': 'exited(137)' });
      expect(kill.status).toBe('OK');
    });

    it.each(ON_DEAD.map((f) => /type = "(\w+)"(?:, name = "(\w+)")?/.exec(f)!).map((m) => [m[1]!, m[2] ?? m[1]!]))('%s (%s): not injected, reason names the target not running', (_type, name) => {
      const span = faultSpans('fe_dead').get(name);
      expectNotInjected(span, name === 'partition' ? /app .*(address|not running)/ : /target app is not running \(exited\(137\)\)/);
    });

    it('nothing that was never changed is "recovered": no recovery span but the kill\'s (which has none)', () => {
      expect(recoveries('fe_dead').map((s) => s.attributes['chaos.type'])).toEqual([]);
    });

    it('an expectation asking for chaos.injected = true on such a span fails the scenario', () => {
      const judged = summary.suites.find((s) => s.run.suite.name === 'fe_dead')!;
      const verdict = judged.scenarios[0]!.verdicts.find((v) => v.description.includes('clnrm.chaos.pause_container'));
      expect(verdict, JSON.stringify(judged.scenarios[0]!.verdicts.map((v) => v.description))).toBeDefined();
      expect(verdict!.passed).toBe(false);
      expect(verdict!.message).toMatch(/chaos\.injected/);
      expect(judged.scenarios[0]!.outcome).toBe('fail');
    });
  });

  describe('running target, nothing to act on', () => {
    const f = () => faultSpans('fe_nothing');
    it('kill_process: a pattern matching nothing', () => {
      expectNotInjected(f().get('kill_process'), /no process named no-such-process/);
      expect(f().get('kill_process')!.attributes).toMatchObject({ 'processes.matched': 0, 'processes.killed': 0 });
    });
    it('signal: SIGTERM to a main process that ignores it, SIGCONT (default: continue, so nothing) to a running sleep — both kept running', () => {
      for (const name of ['signal', 'cont']) {
        expectNotInjected(f().get(name), /the signal was ignored/);
        expect(f().get(name)!.attributes).toMatchObject({ 'signal.outcome': 'ignored', 'container.state_after': 'running' });
      }
    });
    it('disk_fill: a read-only path takes no byte', () => {
      expectNotInjected(f().get('disk_fill'), /nothing could be written to \/sys/);
    });
    it('fd_exhaustion: no step ran in the target while it was active', () => {
      expectNotInjected(f().get('fd_exhaustion'), /hook wrapped no step/);
      expect(f().get('fd_exhaustion')!.attributes['chaos.steps_affected']).toBe(0);
    });
    it('exit_code and timeout: their step never ran (an earlier step failed)', () => {
      for (const name of ['exit_code', 'timeout']) {
        expectNotInjected(f().get(name), /hook wrapped no step/);
        expect(f().get(name)!.attributes['chaos.steps_affected']).toBe(0);
      }
      const judged = summary.suites.find((s) => s.run.suite.name === 'fe_nothing')!;
      expect(judged.scenarios[1]!.steps.map((s) => [s.name, s.outcome])).toEqual([['gate', 'fail']]);
    });
    it('blackhole, reject, packet_loss: rules listed back but no packet matched them', () => {
      for (const name of ['blackhole', 'reject', 'packet_loss']) {
        expectNotInjected(f().get(name), /no packet matched the rules/);
        expect(f().get(name)!.attributes['rules.packets_matched']).toBe(0);
        expect(f().get(name)!.attributes['rules.listed']).toBeGreaterThan(0);
      }
      // The rules it did install are removed, and that is read back.
      const recs = recoveries('fe_nothing').filter((s) => ['blackhole', 'reject', 'packet_loss'].includes(s.attributes['chaos.type'] as string));
      expect(recs.map((s) => [s.attributes['chaos.type'], s.attributes['recovery.success']]).sort()).toEqual([['blackhole', true], ['packet_loss', true], ['reject', true]]);
    });
  });

  it('HTTP faults on a proxy nobody uses: no request matched, nothing failed or delayed', () => {
    const f = faultSpans('fe_unused_proxy');
    for (const name of ['http_error', 'http_slow']) {
      expectNotInjected(f.get(name), /no HTTP request through the proxy matched/);
      expect(f.get(name)!.attributes, name).toMatchObject({ 'toxic.listed': true });
    }
  });

  it('toxics on a proxy nobody uses: listed back by the proxy, but no traffic met them', () => {
    const f = new Map([...faultSpans('fe_unused_proxy')].filter(([name]) => !name.startsWith('http_')));
    expect(f.size).toBe(7);
    for (const [name, span] of f) {
      expectNotInjected(span, /no traffic went through proxy web_proxy/);
      expect(span.attributes, name).toMatchObject({ 'toxic.listed': true, 'toxic.connections_affected': 0 });
    }
  });

  it('slow_close, slicer, limit_data acting on traffic through the proxy: injected, with the connections they affected', () => {
    const f = faultSpans('fe_used_proxy');
    for (const name of ['slow_close', 'slicer', 'limit_data']) {
      const s = f.get(name)!;
      expect(s.attributes, name).toMatchObject({ 'chaos.injected': true, 'toxic.listed': true });
      expect(s.attributes['toxic.connections_affected'], name).toBeGreaterThanOrEqual(1);
      expect(s.attributes['toxic.chunks_affected'], name).toBeGreaterThanOrEqual(1);
      expect(s.status).toBe('OK');
    }
  });
});
