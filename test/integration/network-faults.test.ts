/**
 * Network faults on the REAL engine, through suites (suiteFrom + runSuites):
 * a busybox httpd `web` serving files and a `client` on the scenario network.
 * Every test asserts what the client really sees (wget exit codes and
 * timings, ping and UDP probe counts, name resolution) and the spans, and
 * that the cleanup removed every container, nettools helper and proxy the run
 * created, with every revert reporting success.
 *
 * Timings are measured inside the containers: busybox `time` (10 ms
 * resolution) for refused / timed-out / transfer times, busybox `ts %.s`
 * (microseconds) for the latency round trips. busybox `wget -T` segfaults in
 * these images: `timeout N wget` bounds requests instead (exit 143 when the
 * timeout fires). busybox `time` reports a command killed by a signal as
 * "Command terminated by signal 15", so timed commands run in
 * `sh -c '…; echo exit=$?'` to keep the shell's code. busybox nc has no UDP:
 * the packet-loss probes are numbered UDP datagrams sent and counted by node
 * (clnrm-fixture/node) on both sides.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { SpanRecord } from '../../src/telemetry/span-record.js';
import type { JudgedSuite } from '../../src/validate/judge.js';
import { suiteHeadToml } from '../kit/index.js';
import { BUSYBOX, docker, managedLeft, removeKeptRun, runSuites, suiteFrom } from './helpers.js';

const NODE = 'clnrm-fixture/node:latest';
const NETTOOLS = 'clnrm-fixture/nettools:latest';
const URL = 'http://web:8080/index.html';
const PROXIED = 'http://web_proxy:18080';

/** web serves /www/index.html ("hello-web") on 8080 (also on 8081 with `second`; plus a 200 KiB /www/big with `big`); client idles. */
const services = (opts: { second?: boolean; peer?: boolean; big?: boolean } = {}) => `
[service.web]
image = "${BUSYBOX}"
args = ["sh", "-c", "mkdir -p /www && echo hello-web > /www/index.html${opts.big ? ' && dd if=/dev/urandom of=/www/big bs=1024 count=200 2>/dev/null' : ''}${opts.second ? ' && httpd -p 8081 -h /www' : ''} && exec httpd -f -p 8080 -h /www"]
ports = [8080${opts.second ? ', 8081' : ''}]
wait = { port = 8080, timeout_ms = 20000 }

[service.client]
image = "${BUSYBOX}"
args = ["sleep", "3600"]
${opts.peer ? `\n[service.peer]\nimage = "${BUSYBOX}"\nargs = ["sleep", "3600"]\n` : ''}`;

const suiteHead = (name: string, extra = '') => suiteHeadToml(name, { seed: 11, extra });

/** Shell: retries `cmd` every 0.25 s until it succeeds (at most `tries` times); prints the number of failed attempts. */
const poll = (cmd: string, tries = 60) => `i=0; until ${cmd}; do i=$((i+1)); [ $i -ge ${tries} ] && echo gave-up && exit 1; sleep 0.25; done; echo failed-attempts=$i`;

/** Shell: runs `cmd` under busybox `time`, printing its output, its exit code (exit=N) and the timing on stdout. */
const timed = (cmd: string) => `time sh -c '${cmd} 2>&1; echo exit=$?' 2>&1`;

const failedAttempts = (out: string) => Number(/failed-attempts=(\d+)/.exec(out)![1]);

/** Seconds from busybox `time` output ("real\t0m 0.51s"), in order. */
function realSeconds(text: string): number[] {
  return [...text.matchAll(/real\s+(\d+)m\s*([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
}

/** Milliseconds between each "s" and the following "e" line stamped by busybox `ts %.s` ("1795551289.735915 s"). */
function roundTrips(text: string): number[] {
  const out: number[] = [];
  let start: number | undefined;
  for (const m of text.matchAll(/^(\d+\.\d+) ([se])$/gm)) {
    if (m[2] === 's') start = Number(m[1]);
    else if (start !== undefined) (out.push((Number(m[1]) - start) * 1000), (start = undefined));
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Sequence numbers busybox ping got a reply for, and its summary line. */
function pingResult(out: string): { received: number[]; transmitted: number; lossPercent: number } {
  const summary = /(\d+) packets transmitted, (\d+) packets received, (\d+)% packet loss/.exec(out);
  if (!summary) throw new Error(`no ping summary in:\n${out}`);
  const received = [...out.matchAll(/seq=(\d+)/g)].map((m) => Number(m[1]));
  expect(received).toHaveLength(Number(summary[2]));
  return { received, transmitted: Number(summary[1]), lossPercent: Number(summary[3]) };
}

/**
 * The iptables statistic match in nth mode with `--every n --packet 0` drops
 * the packets whose 0-based index in its counter is a multiple of n (the 1st,
 * the n+1-th, …). A ping probe is lost when its request (received by the
 * target) or its reply (sent by the target, only if the request arrived) is
 * dropped. `shared`: one counter for both directions (the behaviour before
 * the fix), else one per direction.
 */
function nthPingLoss(probes: number, every: number, shared: boolean): number[] {
  let inbound = 0;
  let outbound = 0;
  const lost: number[] = [];
  for (let seq = 0; seq < probes; seq++) {
    if (inbound++ % every === 0) {
      lost.push(seq);
      continue;
    }
    if ((shared ? inbound++ : outbound++) % every === 0) lost.push(seq);
  }
  return lost;
}

function subtree(spans: readonly SpanRecord[], root: SpanRecord): SpanRecord[] {
  const ids = new Set([root.spanId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of spans) if (s.parentSpanId && ids.has(s.parentSpanId) && !ids.has(s.spanId)) (ids.add(s.spanId), (grew = true));
  }
  return spans.filter((s) => ids.has(s.spanId));
}

interface StepView {
  out: string;
  exitCode?: number;
  startedAt: number;
  endedAt: number;
}

interface Ran {
  judged: JudgedSuite;
  runId: string;
  /** A scenario's result, the spans of its subtree and its steps. */
  scenario(name: string): { spans: SpanRecord[]; step(step: string): StepView };
}

const runIds: string[] = [];

/**
 * Runs one suite, expects every scenario to pass, and checks what every
 * scenario's cleanup did: every fault injected, every network revert
 * successful, cleanup spans verified on the engine without leaks, and nothing
 * with the run's label left (scenario containers, the nettools helpers that
 * applied the iptables rules, proxies, networks). `kept`: the suite keeps its
 * containers (`[cleanup] containers = "never"`); the caller removes them.
 */
async function run(toml: string, opts: { kept?: boolean } = {}): Promise<Ran> {
  const summary = await runSuites([suiteFrom(toml)]);
  const judged = summary.suites[0]!;
  const runId = judged.run.runId;
  runIds.push(runId);
  const failures = judged.scenarios
    .filter((s) => s.outcome !== 'pass')
    .map((s) => `${s.name}: ${s.outcome} ${s.message}\n${s.steps.map((st) => `  [${st.name}] ${st.outcome} exit=${st.exitCode}\n    out: ${st.stdout.text.trim()}\n    err: ${st.stderr.text.trim()}`).join('\n')}`);
  expect(failures, failures.join('\n')).toEqual([]);
  for (const f of judged.spans.filter((s) => s.name === 'clnrm.network.chaos' || s.name === 'clnrm.network.partition')) {
    expect(f.attributes['chaos.injected'], `${f.name} ${f.statusMessage ?? ''}`).toBe(true);
    expect(f.status).toBe('OK');
  }
  const recoveries = judged.spans.filter((s) => s.name === 'clnrm.network.recovery');
  // Every injection was reverted (by its duration_ms timer or by the cleanup), successfully.
  expect(recoveries).toHaveLength(judged.spans.filter((s) => s.name === 'clnrm.network.chaos' || s.name === 'clnrm.network.partition').length);
  for (const r of recoveries) {
    expect(r.attributes['recovery.success'], `${r.name} ${JSON.stringify(r.attributes)} ${r.statusMessage ?? ''}`).toBe(true);
    expect(r.status).toBe('OK');
  }
  const cleanups = judged.spans.filter((s) => s.name === 'clnrm.cleanup');
  expect(cleanups).toHaveLength(judged.scenarios.length);
  if (!opts.kept) {
    expect(summary.leaks).toBe(0);
    for (const c of cleanups) expect(c.attributes, JSON.stringify(c.attributes)).toMatchObject({ 'cleanup.success': true, 'cleanup.verified': true, 'leaks.count': 0 });
    expect(managedLeft(runId)).toEqual([]);
  }
  return {
    judged,
    runId,
    scenario(name) {
      const result = judged.scenarios.find((s) => s.name === name)!;
      const spans = subtree(judged.spans, judged.spans.find((s) => s.name === `clnrm.scenario:${name}`)!);
      return {
        spans,
        step(step) {
          const s = result.steps.find((x) => x.name === step);
          if (!s) throw new Error(`no step ${step} in ${name}`);
          return { out: s.stdout.text, ...(s.exitCode !== undefined ? { exitCode: s.exitCode } : {}), startedAt: s.startedAt, endedAt: s.startedAt + s.durationMs };
        },
      };
    },
  };
}

const one = (spans: SpanRecord[], name: string, attrs: Record<string, unknown> = {}) => {
  const found = spans.filter((s) => s.name === name && Object.entries(attrs).every(([k, v]) => s.attributes[k] === v));
  expect(found, `${name} ${JSON.stringify(attrs)} among ${spans.map((s) => s.name).join(', ')}`).toHaveLength(1);
  return found[0]!;
};

/** The fault's revert ran from its duration_ms timer (a child of the fault span), not from the cleanup. */
function timedRecovery(spans: SpanRecord[], fault: SpanRecord, durationMs: number): SpanRecord {
  const recovery = spans.find((s) => s.name === 'clnrm.network.recovery' && s.parentSpanId === fault.spanId);
  expect(recovery, `a recovery under ${fault.name} ${JSON.stringify(fault.attributes)}`).toBeDefined();
  expect(recovery!.attributes['recovery.success']).toBe(true);
  expect(recovery!.startMs - fault.startMs).toBeGreaterThanOrEqual(durationMs);
  return recovery!;
}

describe('network faults on the real engine', { timeout: 300_000 }, () => {
  afterAll(() => {
    for (const r of runIds) expect(managedLeft(r)).toEqual([]);
  });

  it('partition: client→web times out during the fault and works after the timed recovery; partition detected, recovery child successful', async () => {
    const ran = await run(`${suiteHead('nf_partition')}
${services()}
[[scenario]]
name = "partition"
service = "client"
timeout_ms = 120000
steps = [
  { name = "during", run = "${timed(`timeout 2 wget -q -O - ${URL}`)}", expected_output_regex = "exit=143" },
  { name = "after_recovery", run = "${poll(`timeout 2 wget -q -O - ${URL}`)}", expected_output_regex = "hello-web" },
]
chaos = [{ type = "partition", groups = [["client"], ["web"]], duration_ms = 4000 }]
`);
    const sc = ran.scenario('partition');
    const during = sc.step('during');
    expect(during.out).toContain('exit=143');
    expect(during.out).not.toContain('hello-web');
    const [blocked] = realSeconds(during.out);
    expect(blocked).toBeGreaterThanOrEqual(1.95);
    const partition = one(sc.spans, 'clnrm.network.partition');
    expect(partition.attributes).toMatchObject({ 'chaos.type': 'partition', 'partition.detected': true, 'partition.direction': 'both', 'partition.groups': '[["client"],["web"]]' });
    const recovery = timedRecovery(sc.spans, partition, 4000);
    expect(recovery.attributes['recovery.strategy']).toBe('remove_rules');
    // The blocked request ran entirely while the rules were in place; the successful one after they were gone.
    expect(during.endedAt).toBeLessThanOrEqual(recovery.startMs);
    // The polling step started while the partition held (its first attempts failed) and got through once the rules went.
    const after = sc.step('after_recovery');
    expect(after.out).toContain('hello-web');
    expect(after.startedAt).toBeLessThan(recovery.startMs);
    expect(failedAttempts(after.out)).toBeGreaterThanOrEqual(1);
    expect(after.endedAt).toBeGreaterThanOrEqual(recovery.startMs);
    console.log(`partition: blocked request ${blocked}s (timeout 2); revert ${Math.round(recovery.startMs - partition.startMs)} ms after injection, took ${Math.round(recovery.endMs - recovery.startMs)} ms; after: ${after.out.trim().split('\n').pop()}`);
  });

  it('split brain (isolate): the isolated node reaches nobody and nobody reaches it, while the others still talk', async () => {
    const ran = await run(`${suiteHead('nf_split_brain')}
${services({ peer: true })}
[[scenario]]
name = "split_brain"
service = "client"
timeout_ms = 120000
steps = [
  { name = "isolated_reaches_nobody", service = "peer", run = "for h in web client; do ping -c 2 -W 2 $h >/dev/null 2>&1; echo ping-$h=$?; done; timeout 2 wget -q -O - ${URL}; echo wget=$?" },
  { name = "nobody_reaches_isolated", run = "ping -c 2 -W 2 peer >/dev/null 2>&1; echo ping-peer=$?" },
  { name = "others_still_talk", run = "ping -c 2 -W 2 web >/dev/null 2>&1; echo ping-web=$?; timeout 5 wget -q -O - ${URL}; echo wget=$?" },
]
chaos = [{ type = "partition", isolate = "peer" }]
`);
    const sc = ran.scenario('split_brain');
    expect(sc.step('isolated_reaches_nobody').out).toBe('ping-web=1\nping-client=1\nwget=143\n');
    expect(sc.step('nobody_reaches_isolated').out).toBe('ping-peer=1\n');
    expect(sc.step('others_still_talk').out).toBe('ping-web=0\nhello-web\nwget=0\n');
    const partition = one(sc.spans, 'clnrm.network.partition');
    expect(partition.attributes).toMatchObject({ 'partition.detected': true, 'partition.groups': '[["peer"],["client","web"]]' });
    // No duration_ms: reverted by the scenario's cleanup.
    const recovery = one(sc.spans, 'clnrm.network.recovery');
    expect(sc.spans.find((s) => s.spanId === recovery.parentSpanId)!.name).toBe('clnrm.cleanup');
  });

  it('network_disconnect: web does not resolve nor answer while detached, and does again after the timed reconnect', async () => {
    const ran = await run(`${suiteHead('nf_disconnect')}
${services()}
[[scenario]]
name = "disconnect"
service = "client"
timeout_ms = 120000
steps = [
  { name = "detached", run = "timeout 2 nslookup web 2>&1; echo nslookup=$?; timeout 2 wget -q -O - ${URL} 2>&1; echo wget=$?" },
  { name = "after_reconnect", run = "${poll(`nslookup web >/dev/null 2>&1 && timeout 2 wget -q -O - ${URL}`)}", expected_output_regex = "hello-web" },
]
chaos = [{ type = "network_disconnect", target = "web", duration_ms = 8000 }]
`);
    const sc = ran.scenario('disconnect');
    const during = sc.step('detached');
    // The embedded DNS either answers NXDOMAIN or (internal network) never answers: both are a failed lookup.
    const lookup = Number(/nslookup=(\d+)/.exec(during.out)![1]);
    expect(lookup).not.toBe(0);
    expect(during.out).not.toMatch(/Name:\s+web/);
    expect(during.out).not.toContain('hello-web');
    expect(Number(/wget=(\d+)/.exec(during.out)![1])).not.toBe(0);
    const fault = one(sc.spans, 'clnrm.network.chaos', { 'chaos.type': 'network_disconnect' });
    const recovery = timedRecovery(sc.spans, fault, 8000);
    expect(recovery.attributes['recovery.strategy']).toBe('reconnect');
    expect(during.endedAt).toBeLessThanOrEqual(recovery.startMs);
    const after = sc.step('after_reconnect');
    expect(after.startedAt).toBeLessThan(recovery.startMs);
    expect(failedAttempts(after.out)).toBeGreaterThanOrEqual(1);
    expect(after.endedAt).toBeGreaterThanOrEqual(recovery.startMs);
    console.log(`network_disconnect: while detached ${during.out.trim().replace(/\n/g, ' | ')}; after reconnect: ${after.out.trim().split('\n').pop()}`);
  });

  it('reject refuses at once (< 1 s) while blackhole times out — on web\'s port, on client→web:port, and for all traffic (loopback spared)', async () => {
    const probe = (port: number, limit: number) => timed(`timeout ${limit} wget -q -O - http://web:${port}/index.html`);
    const ran = await run(`${suiteHead('nf_reject_blackhole')}
${services({ second: true })}
[[scenario]]
name = "on_web_port"
service = "client"
timeout_ms = 120000
steps = [
  { name = "rejected", run = "${probe(8080, 5)}" },
  { name = "blackholed", run = "${probe(8081, 2)}" },
]
chaos = [
  { type = "reject", target = "web", port = 8080 },
  { type = "blackhole", target = "web", port = 8081 },
]

[[scenario]]
name = "client_to_host_port"
service = "client"
timeout_ms = 120000
steps = [
  { name = "rejected", run = "${probe(8080, 5)}" },
  { name = "blackholed", run = "${probe(8081, 2)}" },
]
chaos = [
  { type = "reject", target = "client", host = "web", port = 8080 },
  { type = "blackhole", target = "client", host = "web", port = 8081 },
]

[[scenario]]
name = "reject_all"
service = "client"
timeout_ms = 120000
steps = [
  { name = "rejected", run = "${probe(8080, 5)}" },
  { name = "web_loopback_untouched", service = "web", run = "timeout 5 wget -q -O - http://127.0.0.1:8080/index.html 2>&1; echo exit=$?" },
]
chaos = [{ type = "reject", target = "web" }]

[[scenario]]
name = "blackhole_all"
service = "client"
timeout_ms = 120000
steps = [
  { name = "blackholed", run = "${probe(8080, 2)}" },
  { name = "web_loopback_untouched", service = "web", run = "timeout 5 wget -q -O - http://127.0.0.1:8080/index.html 2>&1; echo exit=$?" },
]
chaos = [{ type = "blackhole", target = "web" }]
`);
    const numbers: string[] = [];
    const refused = (out: string) => {
      expect(out).toContain('Connection refused');
      expect(out).toContain('exit=1');
      expect(out).not.toContain('hello-web');
      const [t] = realSeconds(out);
      expect(t).toBeLessThan(1);
      return t!;
    };
    const timedOut = (out: string) => {
      expect(out).toContain('exit=143');
      expect(out).not.toContain('refused');
      expect(out).not.toContain('hello-web');
      const [t] = realSeconds(out);
      expect(t).toBeGreaterThanOrEqual(1.95);
      return t!;
    };
    for (const name of ['on_web_port', 'client_to_host_port']) {
      const sc = ran.scenario(name);
      numbers.push(`${name}: reject ${refused(sc.step('rejected').out)}s, blackhole ${timedOut(sc.step('blackholed').out)}s`);
      one(sc.spans, 'clnrm.network.chaos', { 'chaos.type': 'reject', 'network.port': 8080 });
      one(sc.spans, 'clnrm.network.chaos', { 'chaos.type': 'blackhole', 'network.port': 8081 });
      // Both reverted at cleanup, in reverse order of injection, each from its own chain.
      const recoveries = sc.spans.filter((s) => s.name === 'clnrm.network.recovery');
      expect(recoveries.map((r) => r.attributes['chaos.type'])).toEqual(['blackhole', 'reject']);
    }
    const all = ran.scenario('reject_all');
    numbers.push(`reject_all: ${refused(all.step('rejected').out)}s`);
    expect(all.step('web_loopback_untouched').out).toBe('hello-web\nexit=0\n');
    const hole = ran.scenario('blackhole_all');
    numbers.push(`blackhole_all: ${timedOut(hole.step('blackholed').out)}s`);
    expect(hole.step('web_loopback_untouched').out).toBe('hello-web\nexit=0\n');
    console.log(`reject vs blackhole: ${numbers.join('; ')}`);
  });

  describe('packet_loss', () => {
    // One-way probes: numbered UDP datagrams from client to a sink on web (the target), which only
    // receives: each probe crosses the target's rules once (INPUT). ping crosses them twice (request
    // received, reply sent).
    const lossSuite = (name: string, fault: string, scenarios: string) => `${suiteHead(name)}
[service.web]
image = "${NODE}"
args = ["node", "-e", '''
const fs = require('node:fs');
fs.writeFileSync('/tmp/got', '');
const sink = require('node:dgram').createSocket('udp4');
sink.on('message', (m) => fs.appendFileSync('/tmp/got', m + '\\n'));
sink.bind(9999, () => console.log('udp-sink-ready'));
''']
wait = { log = "udp-sink-ready", timeout_ms = 30000 }

[service.client]
image = "${NODE}"
args = ["sleep", "3600"]

[service.client.env]
SEND_JS = '''
const [host, count, gapMs] = [process.argv[1], Number(process.argv[2]), Number(process.argv[3])];
require('node:dns').lookup(host, { family: 4 }, async (err, ip) => {
  if (err) throw err;
  const s = require('node:dgram').createSocket('udp4');
  for (let i = 1; i <= count; i++) {
    await new Promise((done) => s.send(String(i), 9999, ip, done));
    await new Promise((done) => setTimeout(done, gapMs));
  }
  s.close();
  console.log('sent=' + count);
});
'''
${scenarios
  .split('\n')
  .map((l) => (l === 'CHAOS' ? `chaos = [${fault}]` : l))
  .join('\n')}`;
    const udpSteps = (n: number) => `
  { name = "udp_probes", run = 'node -e "$SEND_JS" web ${n} 10', expected_output_regex = "sent=${n}" },
  { name = "udp_received", service = "web", run = '''sleep 0.5; echo received=$(wc -l < /tmp/got); tr '\\n' ' ' < /tmp/got''' },`;
    const received = (out: string) => {
      const count = Number(/received=(\d+)/.exec(out)![1]);
      const ids = out.split('\n')[1]!.trim().split(' ').filter(Boolean).map(Number);
      expect(ids).toHaveLength(count);
      // Each probe at most once, and nothing but the probes.
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id >= 1 && id <= 200).toBe(true);
      return ids;
    };
    const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

    it('random 30 %: 200 one-way probes lose between 15 % and 45 %; a round trip (two crossings) loses about 1 − 0.7²', async () => {
      const ran = await run(
        lossSuite(
          'nf_loss_random',
          '{ type = "packet_loss", target = "web", percent = 30 }',
          `
[[scenario]]
name = "random"
service = "client"
timeout_ms = 120000
steps = [${udpSteps(200)}
  { name = "ping", run = "ping -c 200 -i 0.01 -W 2 web; true" },
]
CHAOS
`,
        ),
      );
      const sc = ran.scenario('random');
      const got = received(sc.step('udp_received').out);
      const udpLoss = (200 - got.length) / 200;
      expect(udpLoss).toBeGreaterThanOrEqual(0.15);
      expect(udpLoss).toBeLessThanOrEqual(0.45);
      const ping = pingResult(sc.step('ping').out);
      expect(ping.transmitted).toBe(200);
      // Expected 51 %: each probe survives two independent 30 % draws.
      expect(ping.lossPercent).toBeGreaterThanOrEqual(30);
      expect(ping.lossPercent).toBeLessThanOrEqual(72);
      const fault = one(sc.spans, 'clnrm.network.chaos', { 'chaos.type': 'packet_loss' });
      expect(fault.attributes).toMatchObject({ 'loss.percent': 30, 'loss.mode': 'random', 'chaos.target': 'web' });
      console.log(`packet_loss random 30 %: UDP one-way ${200 - got.length}/200 lost (${(udpLoss * 100).toFixed(1)} %); ping round trip ${ping.lossPercent} % lost`);
    });

    it('nth 25 %: exactly every 4th packet of each direction — 50 of 200 one-way probes (the 1st, 5th, …), and the computed ping probes; loopback untouched', async () => {
      const ran = await run(
        lossSuite(
          'nf_loss_nth',
          '{ type = "packet_loss", target = "web", percent = 25, mode = "nth" }',
          `
[[scenario]]
name = "nth_udp"
service = "client"
timeout_ms = 120000
steps = [${udpSteps(200)}
  { name = "web_loopback", service = "web", run = "ping -c 20 -i 0.01 -W 2 127.0.0.1; true" },
]
CHAOS

[[scenario]]
name = "nth_ping"
service = "client"
timeout_ms = 120000
steps = [
  { name = "ping", run = "ping -c 32 -i 0.05 -W 2 web; true" },
]
CHAOS
`,
        ),
      );
      const udp = ran.scenario('nth_udp');
      const got = received(udp.step('udp_received').out);
      // The sink got probe i exactly when (i − 1) is not a multiple of 4.
      expect(got).toEqual(range(200).filter((i) => (i - 1) % 4 !== 0));
      // The target's own loopback is never counted nor dropped.
      expect(pingResult(udp.step('web_loopback').out)).toMatchObject({ transmitted: 20, lossPercent: 0 });
      const fault = one(udp.spans, 'clnrm.network.chaos', { 'chaos.type': 'packet_loss' });
      expect(fault.attributes).toMatchObject({ 'loss.percent': 25, 'loss.mode': 'nth', 'loss.every': 4 });

      // Requests count in the INPUT counter, replies (of the requests that arrived) in the OUTPUT one.
      const ping = pingResult(ran.scenario('nth_ping').step('ping').out);
      const lost = range(32).map((i) => i - 1).filter((seq) => !ping.received.includes(seq));
      expect(lost).toEqual(nthPingLoss(32, 4, false));
      expect(lost).toHaveLength(14); // 8 requests + 6 of the 24 replies; one counter for both directions would lose 16
      console.log(`packet_loss nth 25 %: UDP one-way ${200 - got.length}/200 lost; ping lost seq ${lost.join(',')} (${lost.length}/32 = ${ping.lossPercent} %); loopback 0 %`);
    });
  });

  describe('TCP proxy toxics', () => {
    const proxySuite = (name: string, scenarios: string) => `${suiteHead(name)}
${services({ big: true })}
[proxy.web_proxy]
listen = 18080
upstream = "web:8080"
${scenarios}`;

    it('latency 500 ms raises the round trip by 500–700 ms, and by nothing once reverted', async () => {
      // busybox `ts` stamps each line with microseconds: a round trip is the time between "s" and "e".
      const samples = `for i in 1 2 3 4 5 6 7 8; do echo s; wget -q -O /dev/null ${PROXIED}/index.html; echo e; done | ts %.s`;
      const ran = await run(
        proxySuite(
          'nf_latency',
          `
[[scenario]]
name = "latency"
service = "client"
timeout_ms = 120000
steps = [
  { name = "with_latency", run = "${samples}" },
  { name = "after_revert", run = "sleep 4; ${samples}" },
]
chaos = [{ type = "latency", proxy = "web_proxy", latency_ms = 500, jitter_ms = 0, duration_ms = 6500 }]
`,
        ),
      );
      const sc = ran.scenario('latency');
      const slow = roundTrips(sc.step('with_latency').out);
      const fast = roundTrips(sc.step('after_revert').out);
      expect(slow).toHaveLength(8);
      expect(fast).toHaveLength(8);
      const fault = one(sc.spans, 'clnrm.network.chaos', { 'chaos.type': 'latency' });
      expect(fault.attributes).toMatchObject({ 'latency.ms': 500, 'jitter.ms': 0, 'proxy.name': 'web_proxy', 'toxic.stream': 'downstream' });
      const recovery = timedRecovery(sc.spans, fault, 6500);
      expect(recovery.attributes['recovery.strategy']).toBe('remove_toxic');
      expect(sc.step('with_latency').endedAt).toBeLessThanOrEqual(recovery.startMs);
      expect(sc.step('after_revert').startedAt + 4000).toBeGreaterThanOrEqual(recovery.endMs);
      // The toxic holds each response ≥ 500 ms from its arrival at the proxy; the rest of the round trip is the
      // undelayed path, whose floor (fastest sample once reverted) is the reference: medians of both would
      // compare 500 ms + ~3 ms against the undelayed path's load noise (1.6–23 ms seen on a busy engine).
      const added = median(slow) - Math.min(...fast);
      console.log(`latency 500 ms: with ${slow.map((x) => x.toFixed(1)).join(' ')} ms, after revert ${fast.map((x) => x.toFixed(1)).join(' ')} ms: +${added.toFixed(1)} ms (median − floor); medians +${(median(slow) - median(fast)).toFixed(1)}, floors +${(Math.min(...slow) - Math.min(...fast)).toFixed(1)}`);
      for (const s of slow) expect(s).toBeGreaterThanOrEqual(500);
      expect(median(fast)).toBeLessThan(100);
      expect(added).toBeGreaterThanOrEqual(500);
      expect(added).toBeLessThanOrEqual(700);
    });

    it('bandwidth 50 KB/s delivers a 200 KiB file at 50 KB/s ± 20 %, and at full speed once reverted', async () => {
      const get = `time wget -q -O /tmp/big ${PROXIED}/big 2>&1; wc -c < /tmp/big; rm -f /tmp/big`;
      const ran = await run(
        proxySuite(
          'nf_bandwidth',
          `
[[scenario]]
name = "bandwidth"
service = "client"
timeout_ms = 120000
steps = [
  { name = "capped", run = "${get}" },
  { name = "after_revert", run = "sleep 4; ${get}" },
]
chaos = [{ type = "bandwidth", proxy = "web_proxy", rate_kbps = 50, duration_ms = 7000 }]
`,
        ),
      );
      const sc = ran.scenario('bandwidth');
      const capped = sc.step('capped').out;
      expect(capped).toMatch(/^204800$/m);
      const [t] = realSeconds(capped);
      const kbps = 200 / t!;
      expect(kbps).toBeGreaterThanOrEqual(40);
      expect(kbps).toBeLessThanOrEqual(60);
      const fault = one(sc.spans, 'clnrm.network.chaos', { 'chaos.type': 'bandwidth' });
      expect(fault.attributes['rate.kbps']).toBe(50);
      const recovery = timedRecovery(sc.spans, fault, 7000);
      expect(sc.step('capped').endedAt).toBeLessThanOrEqual(recovery.startMs);
      const after = sc.step('after_revert');
      expect(after.startedAt + 4000).toBeGreaterThanOrEqual(recovery.endMs);
      expect(after.out).toMatch(/^204800$/m);
      const [tFast] = realSeconds(after.out);
      expect(tFast).toBeLessThan(1);
      console.log(`bandwidth 50 KB/s: 200 KiB in ${t}s = ${kbps.toFixed(1)} KB/s; after revert ${tFast}s`);
    });

    it('reset_peer resets the connection at once; proxy_timeout makes the client time out; both heal once reverted', async () => {
      const get = (limit: number) => timed(`timeout ${limit} wget -q -O - ${PROXIED}/index.html`);
      const ran = await run(
        proxySuite(
          'nf_reset_timeout',
          `
[[scenario]]
name = "reset_peer"
service = "client"
timeout_ms = 120000
steps = [
  { name = "reset", run = "${get(5)}" },
  { name = "after_revert", run = "${poll(`timeout 2 wget -q -O - ${PROXIED}/index.html`)}", expected_output_regex = "hello-web" },
]
chaos = [{ type = "reset_peer", proxy = "web_proxy", duration_ms = 3000 }]

[[scenario]]
name = "proxy_timeout"
service = "client"
timeout_ms = 120000
steps = [
  { name = "times_out", run = "${get(2)}" },
  { name = "after_revert", run = "${poll(`timeout 2 wget -q -O - ${PROXIED}/index.html`)}", expected_output_regex = "hello-web" },
]
chaos = [{ type = "proxy_timeout", proxy = "web_proxy", timeout_close_ms = 0, duration_ms = 4000 }]
`,
        ),
      );
      const reset = ran.scenario('reset_peer');
      const r = reset.step('reset');
      expect(r.out).toMatch(/Connection reset by peer/);
      expect(r.out).not.toContain('hello-web');
      expect(r.out).toContain('exit=1');
      const [tReset] = realSeconds(r.out);
      expect(tReset).toBeLessThan(1);
      const resetFault = one(reset.spans, 'clnrm.network.chaos', { 'chaos.type': 'reset_peer' });
      const resetRecovery = timedRecovery(reset.spans, resetFault, 3000);
      expect(failedAttempts(reset.step('after_revert').out)).toBeGreaterThanOrEqual(1);
      expect(reset.step('after_revert').endedAt).toBeGreaterThanOrEqual(resetRecovery.startMs);

      const to = ran.scenario('proxy_timeout');
      const t = to.step('times_out');
      expect(t.out).toContain('exit=143');
      expect(t.out).not.toContain('hello-web');
      const [tTimeout] = realSeconds(t.out);
      expect(tTimeout).toBeGreaterThanOrEqual(1.95);
      const toFault = one(to.spans, 'clnrm.network.chaos', { 'chaos.type': 'proxy_timeout' });
      const toRecovery = timedRecovery(to.spans, toFault, 4000);
      expect(t.endedAt).toBeLessThanOrEqual(toRecovery.startMs);
      // A request held by the toxic is delivered once it is removed.
      expect(to.step('after_revert').endedAt).toBeGreaterThanOrEqual(toRecovery.startMs);
      console.log(`reset_peer: reset after ${tReset}s; proxy_timeout: client gave up after ${tTimeout}s; after revert: ${reset.step('after_revert').out.trim().split('\n').pop()} / ${to.step('after_revert').out.trim().split('\n').pop()}`);
    });
  });

  it('every iptables fault leaves no chain in the target\'s namespace once reverted (containers kept to look), and only the services\' containers remain', async () => {
    const ran = await run(
      `${suiteHead('nf_no_chains', '[cleanup]\ncontainers = "never"')}
${services({ peer: true, second: true })}
# Every fault meets traffic (its evidence: packets matched): web's loss the polls, the blackhole a request to web:8081 sent alongside.
[[scenario]]
name = "timed_reverts"
service = "client"
timeout_ms = 120000
steps = [{ name = "outlives_the_faults", run = "(timeout 2 wget -q -O /dev/null http://web:8081/index.html >/dev/null 2>&1 &); ${poll(`timeout 2 wget -q -O - ${URL}`)} && sleep 1" }]
chaos = [
  { type = "partition", isolate = "peer", duration_ms = 1500 },
  { type = "packet_loss", target = "web", percent = 25, mode = "nth", duration_ms = 1500 },
  { type = "blackhole", target = "client", host = "web", port = 8081, duration_ms = 2500 },
]

[[scenario]]
name = "cleanup_reverts"
service = "client"
timeout_ms = 120000
steps = [
  { name = "refused", run = "timeout 5 wget -q -O - ${URL} 2>&1; echo exit=$?", expected_output_regex = "Connection refused" },
  { name = "peer_sends", service = "peer", run = "ping -c 1 -W 1 192.0.2.1; true" },
]
chaos = [
  { type = "partition", groups = [["client", "web"], ["peer"]] },
  { type = "packet_loss", target = "client", percent = 10, mode = "nth" },
  { type = "reject", target = "web", port = 8080 },
  { type = "blackhole", target = "peer" },
]
`,
      { kept: true },
    );
    try {
      for (const name of ['timed_reverts', 'cleanup_reverts']) {
        const recoveries = ran.scenario(name).spans.filter((s) => s.name === 'clnrm.network.recovery');
        expect(recoveries.length).toBe(name === 'timed_reverts' ? 3 : 4);
      }
      const ids = docker(['ps', '-aq', '--filter', `label=clnrm.run=${ran.runId}`]).stdout.split('\n').filter(Boolean);
      const names = ids.map((id) => docker(['inspect', '-f', '{{.Name}}', id]).stdout.trim().replace(/^.*-(\w+)$/, '$1')).sort();
      // Only the two scenarios' services: no nettools helper (nor anything else) was left behind.
      expect(names).toEqual(['client', 'client', 'peer', 'peer', 'web', 'web']);
      for (const id of ids) {
        const r = docker(['run', '--rm', '--label', `clnrm.run=${ran.runId}`, '--network', `container:${id}`, '--cap-add', 'NET_ADMIN', NETTOOLS, 'iptables', '-w', '-S']);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toContain('-P INPUT ACCEPT');
        expect(r.stdout, `chains left in ${id}`).not.toMatch(/CLNRM/);
      }
    } finally {
      expect(removeKeptRun(ran.runId)).toEqual([]);
    }
    expect(managedLeft(ran.runId)).toEqual([]);
  });
});
