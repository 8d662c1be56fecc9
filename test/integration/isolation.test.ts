/**
 * Network isolation on the real engine (docs/isolation.md): a scenario's
 * containers reach each other and their own OTLP receiver, not the host's other
 * ports (whichever host address they try), not another scenario's gateway, and
 * only the host ports the suite opens with `[network] allow`.
 *
 * The host services are throwaway TCP servers this test starts on 0.0.0.0; each
 * counts its connections, so "unreachable" is checked on both ends: the probe
 * fails in the container, and the server never saw it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inHostNetns } from '../../src/runtime/netns.js';
import { runFiles, type RunSummary } from '../../src/run.js';
import { createDockerEngine } from '../../src/runtime/docker-engine.js';
import { MANAGED_LABEL, PID_LABEL, RUN_LABEL } from '../../src/runtime/engine.js';
import { isolateNetwork, sweepFirewalls } from '../../src/runtime/isolation.js';
import { startReceiver } from '../../src/telemetry/receiver.js';
import { BUSYBOX, managedLeft, suiteFrom } from './helpers.js';

/**
 * The docker CLI, asynchronously: the host servers live in this process, and a synchronous call
 * would keep them from answering the very connection being tested.
 */
function docker(args: string[]): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('docker', args, { encoding: 'utf8' }, (err, stdout) => resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout }));
  });
}

const SUT = 'clnrm-fixture/sut:latest';
const engine = createDockerEngine();

interface HostServer {
  port: number;
  connections: number;
  server: Server;
}

function hostServer(): Promise<HostServer> {
  return new Promise((resolve) => {
    const s: HostServer = { port: 0, connections: 0, server: createServer((sock) => { s.connections++; sock.end('hi\n'); }) };
    s.server.listen(0, '0.0.0.0', () => {
      s.port = (s.server.address() as { port: number }).port;
      resolve(s);
    });
  });
}

/**
 * The host's IPv4 addresses that stay put during the test: every interface but loopback and the
 * br-* bridges (those come and go with other runs' networks; another scenario's gateway has a test
 * of its own below). Here: eth0 and docker0.
 */
const hostAddresses = (): string[] =>
  Object.entries(networkInterfaces())
    .filter(([name]) => !name.startsWith('br-'))
    .flatMap(([, addrs]) => addrs ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);

/**
 * Shell that connects to ADDR:PORT and prints `LABEL=open` or `LABEL=closed <error>`.
 * busybox nc exits 0 once connected (the server says hi and closes), 1 otherwise.
 */
const probe = (label: string, addr: string, port: string | number) =>
  `if out=$(echo | nc -w 2 ${addr} ${port} 2>&1); then echo "${label}=open"; else echo "${label}=closed $out"; fi`;
/** The gateway of the container's network, and the receiver endpoint it was given. */
const GATEWAY = `$(ip route | awk '/default/ {print $3}')`;
const RECEIVER_HOST = '$(echo ${OTEL_EXPORTER_OTLP_ENDPOINT#http://} | cut -d: -f1)';
// The endpoint carries the scenario's channel path (http://HOST:PORT/clnrm/<token>).
const RECEIVER_PORT = '$(echo ${OTEL_EXPORTER_OTLP_ENDPOINT#http://} | cut -d: -f2 | cut -d/ -f1)';

function lines(text: string): Map<string, string> {
  return new Map(text.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const));
}

let counter = 0;
const runId = () => `iso${process.pid}x${counter++}`;

function run(toml: string, id: string, extra: Partial<Parameters<typeof runFiles>[0]> = {}): Promise<RunSummary> {
  return runFiles({ suites: [suiteFrom(toml)], engine, runId: id, reportDir: mkdtempSync(join(tmpdir(), 'clnrm-iso-')), ...extra });
}

const stdoutOf = (summary: RunSummary, scenario: number, step: number): string => summary.suites[0]!.scenarios[scenario]!.steps[step]!.stdout.text;

/** The isolation chains present on the engine's host. */
async function chains(): Promise<string[]> {
  const r = await inHostNetns(engine, { labels: { [MANAGED_LABEL]: 'true', [PID_LABEL]: String(process.pid), [RUN_LABEL]: 'iso-test' }, name: `iso-test-${process.pid}` }, 'iptables -w -S | grep "^-N CLNRM-ISO-" || true');
  return r.output.split('\n').filter(Boolean).map((l) => l.slice(3));
}

/** Networks of a run, as the engine lists them: id, gateway and scenario label. */
async function networksOf(id: string): Promise<{ id: string; gateway: string; scenario: string }[]> {
  const ids = (await docker(['network', 'ls', '-q', '--no-trunc', '--filter', `label=${RUN_LABEL}=${id}`])).stdout.split('\n').filter(Boolean);
  if (ids.length === 0) return [];
  const infos = JSON.parse((await docker(['network', 'inspect', ...ids])).stdout || '[]') as { Id: string; IPAM: { Config: { Gateway: string }[] }; Labels: Record<string, string> }[];
  return infos.map((info) => ({ id: info.Id, gateway: info.IPAM.Config[0]!.Gateway, scenario: info.Labels['clnrm.scenario']! }));
}

const containersOf = async (id: string, scenario: string): Promise<string[]> =>
  (await docker(['ps', '-q', '--filter', `label=${RUN_LABEL}=${id}`, '--filter', `label=clnrm.scenario=${scenario}`])).stdout.split('\n').filter(Boolean);

let servers: HostServer[] = [];
beforeAll(async () => {
  servers = await Promise.all([hostServer(), hostServer(), hostServer()]);
});
afterAll(async () => {
  for (const s of servers) s.server.close();
});

describe('network isolation on the real engine', () => {
  it('control: without clnrm\'s isolation, a container on an internal network reaches a host port through its gateway', async () => {
    // Shows that the probes below can fail: the engine alone leaves the host open.
    const target = servers[2]!;
    const before = target.connections;
    const net = `iso-control-${process.pid}`;
    await docker(['network', 'create', '--internal', '--label', `${MANAGED_LABEL}=true`, '--label', `${PID_LABEL}=${process.pid}`, net]);
    try {
      const r = await docker(['run', '--rm', '--network', net, BUSYBOX, 'sh', '-c', probe('gateway', GATEWAY, target.port)]);
      expect(r.stdout.trim()).toBe('gateway=open');
      expect(target.connections).toBe(before + 1);
    } finally {
      await docker(['network', 'rm', net]);
    }
  }, 60_000);

  it('closes every host address but the own receiver; services reach each other by name; spans arrive; the chain goes with the network', async () => {
    const host = servers[0]!;
    const addresses = hostAddresses();
    expect(addresses.length).toBeGreaterThan(0);
    const probes = [probe('gateway', GATEWAY, host.port), ...addresses.map((a) => probe(`addr_${a}`, a, host.port)), probe('receiver', RECEIVER_HOST, RECEIVER_PORT)].join('\n');
    const id = runId();
    let seen: { id: string }[] = [];
    const watch = setInterval(() => { if (seen.length === 0) void networksOf(id).then((n) => { if (seen.length === 0) seen = n; }); }, 200);
    const summary = await run(
      `
[meta]
name = "iso_closed"

[determinism]
seed = 3

[service.api]
image = "${SUT}"
args = ["node", "/app/sut.mjs", "serve", "8080"]
wait = { port = 8080, timeout_ms = 20000 }

[service.client]
image = "${SUT}"
args = ["sleep", "3600"]

[[scenario]]
name = "closed"

[[scenario.steps]]
name = "probe"
service = "client"
run = '''
${probes}
'''

[[scenario.steps]]
name = "probe_from_image_step"
image = "${BUSYBOX}"
run = '''
${probe('gateway', GATEWAY, host.port)}
'''

[[scenario.steps]]
name = "call"
service = "client"
run = "node /app/sut.mjs call http://api:8080/work"
expected_output_regex = "call ok"

[[scenario.expect.span]]
name = "sut.handle"
parent = "sut.call"
`,
      id,
    ).finally(() => clearInterval(watch));
    const scenario = summary.suites[0]!.scenarios[0]!;
    expect(scenario.message).toBe('passed');
    const found = lines(stdoutOf(summary, 0, 0));
    expect(found.get('gateway')).toMatch(/^closed .*(No route to host|Host is unreachable)/);
    for (const a of addresses) expect(found.get(`addr_${a}`), `host address ${a}`).toMatch(/^closed .*(No route to host|Host is unreachable)/);
    expect(found.get('receiver')).toBe('open');
    expect(lines(stdoutOf(summary, 0, 1)).get('gateway')).toMatch(/^closed /);
    expect(host.connections).toBe(0);
    // The receiver is the only way in, and it worked: the traced call's spans arrived.
    expect(summary.suites[0]!.spans.filter((s) => s.source === 'sut').map((s) => s.name).sort()).toEqual(['sut.call', 'sut.handle']);
    expect(seen.length).toBe(1);
    expect(await chains()).not.toContain(`CLNRM-ISO-${seen[0]!.id.slice(0, 12)}`);
    expect(managedLeft(id)).toEqual([]);
  }, 120_000);

  it('the firewall stands before the first process of a service runs (it goes in while the containers are created)', async () => {
    // The service's own command probes the host at once, before anything else in the container: a
    // container started before its network's firewall would reach the host server here.
    const host = servers[1]!;
    const before = host.connections;
    const id = runId();
    const summary = await run(
      `
[meta]
name = "iso_first_breath"

[determinism]
seed = 5

[service.eager]
image = "${BUSYBOX}"
args = ["sh", "-c", '''${probe('gateway', GATEWAY, host.port)} > /tmp/probing; mv /tmp/probing /tmp/first; sleep 3600''']

[[scenario]]
name = "first_breath"
run = "while [ ! -f /tmp/first ]; do sleep 0.1; done; cat /tmp/first"
service = "eager"
expected_output_regex = "gateway=closed"
`,
      id,
    );
    const scenario = summary.suites[0]!.scenarios[0]!;
    expect(scenario.message).toBe('passed');
    expect(lines(stdoutOf(summary, 0, 0)).get('gateway')).toMatch(/^closed .*(No route to host|Host is unreachable)/);
    expect(host.connections).toBe(before);
    expect(managedLeft(id)).toEqual([]);
  }, 120_000);

  it("another scenario's gateway and receiver are unreachable", async () => {
    // Two scenarios at once. The test tells the attacker the victim's gateway once the victim's network
    // exists (by writing it into the attacker's container), and ends the victim once the attacker is done.
    const id = runId();
    let victimGateway: string | undefined;
    let told = false;
    let busy = false;
    const tell = setInterval(() => {
      if (told || busy) return;
      busy = true;
      void (async () => {
        const victim = (await networksOf(id)).find((n) => n.scenario === '0.0');
        const attacker = (await containersOf(id, '0.1'))[0];
        if (!victim || !attacker) return;
        victimGateway = victim.gateway;
        told = (await docker(['exec', attacker, 'sh', '-c', `echo ${victim.gateway} > /tmp/target`])).status === 0;
      })().finally(() => (busy = false));
    }, 200);
    const summary = await run(
      `
[meta]
name = "iso_other_scenario"

[determinism]
seed = 4

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "victim"
run = "while [ ! -e /tmp/done ]; do sleep 0.1; done"
timeout_ms = 60000

[[scenario]]
name = "attacker"
timeout_ms = 60000
run = '''
while [ ! -s /tmp/target ]; do sleep 0.1; done
T=$(cat /tmp/target)
echo "target=$T"
${probe('other_receiver', '$T', RECEIVER_PORT)}
${probe('own_receiver', RECEIVER_HOST, RECEIVER_PORT)}
'''
`,
      id,
      {
        jobs: 2,
        observer: {
          scenarioEnd: (_suite, result) => {
            if (result.name !== 'attacker') return;
            void containersOf(id, '0.0').then((victims) => Promise.all(victims.map((v) => docker(['exec', v, 'touch', '/tmp/done']))));
          },
        },
      },
    ).finally(() => clearInterval(tell));
    expect(summary.suites[0]!.scenarios.map((s) => [s.name, s.outcome])).toEqual([['victim', 'pass'], ['attacker', 'pass']]);
    const found = lines(stdoutOf(summary, 1, 0));
    expect(found.get('target')).toBe(victimGateway);
    // The receiver listens on the victim's gateway with the same port: only the firewall keeps the attacker out.
    expect(found.get('other_receiver')).toMatch(/^closed .*(No route to host|Host is unreachable)/);
    expect(found.get('own_receiver')).toBe('open');
    expect(managedLeft(id)).toEqual([]);
  }, 120_000);

  it('[network] allow opens exactly the declared host port', async () => {
    const [open, closed] = [servers[0]!, servers[1]!];
    const before = { open: open.connections, closed: closed.connections };
    const id = runId();
    const summary = await run(
      `
[meta]
name = "iso_hole"

[determinism]
seed = 5

[network]
allow = ["host:${open.port}"]

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "hole"
run = '''
${probe('allowed', GATEWAY, open.port)}
${probe('other', GATEWAY, closed.port)}
'''
`,
      id,
    );
    expect(summary.suites[0]!.scenarios[0]!.outcome).toBe('pass');
    const found = lines(stdoutOf(summary, 0, 0));
    expect(found.get('allowed')).toBe('open');
    expect(found.get('other')).toMatch(/^closed .*(No route to host|Host is unreachable)/);
    expect(open.connections).toBe(before.open + 1);
    expect(closed.connections).toBe(before.closed);
    expect(managedLeft(id)).toEqual([]);
  }, 120_000);

  it('egress = true reaches the outside world; the host stays closed and the own receiver open', async () => {
    // An address outside this host that the host itself reaches (override with CLNRM_TEST_EGRESS=host:port).
    const [outHost, outPort] = (process.env.CLNRM_TEST_EGRESS ?? '1.1.1.1:443').split(':') as [string, string];
    const hostReaches = await new Promise<boolean>((resolve) => {
      const s = connect({ host: outHost, port: Number(outPort), timeout: 5000 }, () => { s.destroy(); resolve(true); });
      s.on('error', () => resolve(false));
      s.on('timeout', () => { s.destroy(); resolve(false); });
    });
    expect(hostReaches, `this test needs the host to reach ${outHost}:${outPort} (set CLNRM_TEST_EGRESS to an outside address it reaches)`).toBe(true);
    const host = servers[1]!;
    const before = host.connections;
    const id = runId();
    const summary = await run(
      `
[meta]
name = "iso_egress"

[determinism]
seed = 6

[network]
egress = true

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "egress"
run = '''
${probe('outside', outHost, outPort)}
${probe('gateway', GATEWAY, host.port)}
${probe('receiver', RECEIVER_HOST, RECEIVER_PORT)}
'''
`,
      id,
    );
    expect(summary.suites[0]!.scenarios[0]!.outcome).toBe('pass');
    const found = lines(stdoutOf(summary, 0, 0));
    expect(found.get('outside')).toBe('open');
    expect(found.get('gateway')).toMatch(/^closed .*(No route to host|Host is unreachable)/);
    expect(found.get('receiver')).toBe('open');
    expect(host.connections).toBe(before);
    expect(managedLeft(id)).toEqual([]);
  }, 120_000);

  it("the receiver refuses a container from another network even where no firewall stands (defence in depth)", async () => {
    // Two networks made here without clnrm's firewall; the receiver listens on both gateways, each for its own subnet.
    const labels = { [MANAGED_LABEL]: 'true', [PID_LABEL]: String(process.pid), [RUN_LABEL]: runId() };
    const a = await engine.createNetwork(`${labels[RUN_LABEL]}-a`, { internal: true, labels });
    const b = await engine.createNetwork(`${labels[RUN_LABEL]}-b`, { internal: true, labels });
    const receiver = await startReceiver({ hosts: ['127.0.0.1'] });
    try {
      await receiver.addHost(a.gateway!, a.subnet);
      await receiver.addHost(b.gateway!, b.subnet);
      const post = (gw: string) =>
        `printf 'POST /v1/traces HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\nContent-Length: 2\\r\\nConnection: close\\r\\n\\r\\n{}' | nc -w 3 ${gw} ${receiver.port} | head -1`;
      const r = await docker(['run', '--rm', '--network', a.id, '--label', `${PID_LABEL}=${process.pid}`, BUSYBOX, 'sh', '-c', `echo "own=$(${post(a.gateway!)})"; echo "other=$(${post(b.gateway!)})"`]);
      const found = lines(r.stdout);
      expect(found.get('own')).toMatch(/^HTTP\/1\.1 200/);
      expect(found.get('other')).toBe('');
      expect(receiver.refusedPeers()).toEqual([{ local: b.gateway, peer: expect.stringMatching(new RegExp(`^${a.gateway!.split('.').slice(0, 2).join('\\.')}\\.`)) }]);
    } finally {
      await receiver.close();
      await engine.removeNetwork(a.id);
      await engine.removeNetwork(b.id);
    }
  }, 60_000);

  it('the firewall is the same whether this process installs it or the nettools helper does (CLNRM_HOST_FIREWALL=helper)', async () => {
    const labels = { [MANAGED_LABEL]: 'true', [PID_LABEL]: String(process.pid), [RUN_LABEL]: runId() };
    const helper = { labels, name: labels[RUN_LABEL] };
    const rulesOf = async (chain: string) => (await inHostNetns(engine, helper, `iptables -w -S ${chain}; iptables -w -S INPUT | grep -e "-j ${chain}$"`)).output.replaceAll(chain, 'CHAIN').split('\n').filter(Boolean);
    const saved = process.env.CLNRM_HOST_FIREWALL;
    const found: string[][] = [];
    try {
      for (const way of ['auto', 'helper']) {
        process.env.CLNRM_HOST_FIREWALL = way;
        const net = await engine.createNetwork(`${labels[RUN_LABEL]}-${way}`, { internal: true, labels });
        try {
          const fw = await isolateNetwork(engine, { network: net, holes: [{ port: 5432, protocol: 'tcp' }], receiver: { host: net.gateway!, port: 4318 }, ...helper });
          found.push((await rulesOf(fw.chain)).map((r) => r.replaceAll(net.bridge!, 'BRIDGE').replaceAll(net.gateway!, 'GATEWAY')));
          await fw.remove();
          expect(await chains()).not.toContain(fw.chain);
        } finally {
          await engine.removeNetwork(net.id);
        }
      }
    } finally {
      if (saved === undefined) delete process.env.CLNRM_HOST_FIREWALL;
      else process.env.CLNRM_HOST_FIREWALL = saved;
    }
    expect(found[0]).toContain('-A INPUT -i BRIDGE -j CHAIN');
    expect(found[0]).toContain('-A CHAIN -j REJECT --reject-with icmp-admin-prohibited');
    expect(found[1]).toEqual(found[0]);
    expect(managedLeft(labels[RUN_LABEL])).toEqual([]);
  }, 60_000);

  it('a chain whose network is gone (runner killed) is swept; a live one is kept', async () => {
    const labels = { [MANAGED_LABEL]: 'true', [PID_LABEL]: String(process.pid), [RUN_LABEL]: runId() };
    const live = await engine.createNetwork(`${labels[RUN_LABEL]}-live`, { internal: true, labels });
    const gone = await engine.createNetwork(`${labels[RUN_LABEL]}-gone`, { internal: true, labels });
    const helper = { labels, name: labels[RUN_LABEL] };
    const liveFw = await isolateNetwork(engine, { network: live, holes: [], ...helper });
    await isolateNetwork(engine, { network: gone, holes: [], ...helper });
    try {
      await engine.removeNetwork(gone.id); // as if the runner died before its cleanup
      const swept = await sweepFirewalls(engine, helper);
      expect(swept).toContain(`CLNRM-ISO-${gone.id.slice(0, 12)}`);
      expect(swept).not.toContain(liveFw.chain);
      const left = await chains();
      expect(left).toContain(liveFw.chain);
      expect(left).not.toContain(`CLNRM-ISO-${gone.id.slice(0, 12)}`);
    } finally {
      await liveFw.remove();
      await engine.removeNetwork(live.id);
      await engine.removeNetwork(gone.id);
    }
    expect(await chains()).not.toContain(liveFw.chain);
    expect(managedLeft(labels[RUN_LABEL])).toEqual([]);
  }, 60_000);
});
