/**
 * An in-memory Engine for unit tests: containers, networks and volumes as
 * plain records, every verb logged in `calls`, and just enough of what runs
 * inside containers to exercise the runtime and every fault type without an
 * engine:
 *
 * - step commands (`clnrm-step` execs): scripted by their text (`steps`), else
 *   `exit N` / `echo X`;
 * - the chaos probes faults run in their target (`sh -c SCRIPT clnrm-chaos …`):
 *   the cgroup limits (kept live by `updateContainer`), disk fills, processes
 *   by name and the main process's signal disposition, modelled per container
 *   (fake-probes.ts);
 * - the iptables helpers faults run in a target's network namespace (helper
 *   containers with `networkMode: container:<id>`): chains, rules, hooks,
 *   packet counters and pings, modelled per namespace (fake-netns.ts).
 *
 * Verbs listed in `inert` return success but change nothing (an engine saying
 * "already paused", an update of a stopped container…): the read-backs then
 * show no effect, which is what the evidence rule is tested against.
 */
import { createHash } from 'node:crypto';
import { EngineError } from '../../src/common/errors.js';
import { signalNumber } from '../../src/chaos/evidence.js';
import { interpretNetns } from './fake-netns.js';
import { probe, sigName, signalEnds } from './fake-probes.js';
import type { ContainerSpec, ContainerState, Engine, ExecHandle, ExecOutput, ExecSpec, Labels, LiveUpdate, ResourceInfo } from '../../src/runtime/engine.js';

/** What a step command does in the fake: keyed by the step's command text (e.g. `exit 3`). */
export interface StepScript {
  exitCode?: number;
  stdout?: string;
  /** Delay before the process exits by itself. */
  delayMs?: number;
  /** Never exits by itself (only a kill ends it). */
  hang?: boolean;
  /** `exec` itself throws an engine error. */
  execThrows?: boolean;
}

/** A process inside a container, as the chaos probes see it. */
export interface FakeProcess {
  name: string;
  /** Signals it has a handler for (names, e.g. `SIGHUP`). */
  handles?: readonly string[];
  /** Signals it ignores. */
  ignores?: readonly string[];
  /** Its state letter once signalled: `T` after SIGSTOP, gone after a fatal signal. */
  state?: 'S' | 'T';
  gone?: boolean;
  /** `kill` of it fails (another user's process: Operation not permitted). */
  unkillable?: boolean;
}

/** The filesystem a disk fill writes to. */
export interface FakeDisk {
  freeKb: number;
  readOnly?: boolean;
  /** The fill file's size, while it exists. */
  fileKb?: number;
  /** `rm` of the fill file fails. */
  removeFails?: boolean;
  /** dd stops with an I/O error after this many KiB, whatever the free space. */
  failAfterKb?: number;
}

export interface FakeContainer {
  id: string;
  spec: ContainerSpec;
  running: boolean;
  paused: boolean;
  exitCode?: number;
  startedAt?: string;
  /** Address on each attached network. */
  addresses: Map<string, string>;
  /** Live limits, as the cgroup reads them (undefined: no limit). */
  memoryMb?: number;
  cpuPercent?: number;
  /** The cgroup files cannot be read inside. */
  cgroupUnreadable?: boolean;
  /** The process that receives the container's signals (docker-init's child, or PID 1 when `pid1`). */
  main?: FakeProcess & { pid1?: boolean };
  /** Other processes, for kill_process. */
  processes: FakeProcess[];
  disk?: FakeDisk;
  /** /etc/hosts (default: localhost only); `hostsReadOnly`: writing it fails. */
  hosts?: string;
  hostsReadOnly?: boolean;
  /** Started skewable (clock_skew): the FAKETIME setting in its file, and whether its main process loaded libfaketime. */
  clock?: { setting: string; mainFaked: boolean };
  /** The clock setting cannot be written (another user's file). */
  clockReadOnly?: boolean;
}

/** One iptables chain in a namespace. */
export interface FakeChain {
  rules: string[];
  hooks: Set<'INPUT' | 'OUTPUT'>;
  packets: number;
}

/** A netns helper that ran: the namespace it joined and its script. */
export interface HelperRun {
  namespace: string;
  script: string;
  exitCode: number;
  output: string;
}

export type InertVerb = 'kill' | 'stop' | 'restart' | 'pause' | 'unpause' | 'update' | 'disconnect' | 'connect' | 'start';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FakeEngine implements Engine {
  readonly endpoint = 'fake://engine';
  readonly containers = new Map<string, FakeContainer>();
  readonly networks = new Map<string, { id: string; name: string; labels: Labels; internal: boolean }>();
  readonly volumes = new Map<string, { name: string; labels: Labels }>();
  /** Everything ever created, with its labels (kept after removal). */
  readonly created: ResourceInfo[] = [];
  /** Every verb called, in order: `verb name-or-id`. */
  readonly calls: string[] = [];
  /** Names of containers/networks whose removal silently does nothing. */
  readonly stuck = new Set<string>();
  /** Verbs that return success and change nothing. */
  readonly inert = new Set<InertVerb>();
  /** Verbs that take this long (ms) before they act, as on a loaded engine. */
  readonly slow = new Map<InertVerb, number>();
  /** Per-verb failure injection, by container name (or network name). */
  failCreate = new Map<string, { delayMs?: number; error?: Error }>();
  failStart = new Set<string>();
  delayCreate = new Map<string, number>();
  steps = new Map<string, StepScript>();
  /** iptables chains per network namespace (keyed by the container id that owns it). */
  readonly chains = new Map<string, Map<string, FakeChain>>();
  /** iptables commands matching this fail in the helpers (e.g. a kernel without the module). */
  iptablesFails?: RegExp;
  /** `iptables -S` lists at most this many rules of a chain (a rule that did not stick). */
  listAtMost?: number;
  /** Rules install and list fine but traffic passes them (a firewall that is not in the path). */
  rulesIgnored = false;
  /** The next this many pings get no answer whatever the rules (a machine too loaded to answer in time). */
  pingsLost = 0;
  /** Every netns helper that ran, in order. */
  readonly helpers: HelperRun[] = [];
  /** Step execs still running, per container: killing the session ends them. */
  private running = new Map<string, ((code: number | null) => void)[]>();
  private helperResults = new Map<string, { exitCode: number; output: string }>();
  private seq = 0;

  private nextId(kind: string): string {
    this.seq++;
    return `${kind}${String(this.seq).padStart(4, '0')}`.padEnd(64, '0');
  }

  private nameOf(id: string): string {
    return this.containers.get(id)?.spec.name ?? this.networks.get(id)?.name ?? id;
  }

  /**
   * A running service container, as if the runtime had started it (for fault
   * tests that need no scenario): attached to `networkId` with an address.
   */
  addService(name: string, o: Partial<Pick<FakeContainer, 'memoryMb' | 'cpuPercent' | 'main' | 'processes' | 'disk' | 'cgroupUnreadable' | 'hosts' | 'hostsReadOnly' | 'clock'>> & { networkId?: string } = {}): FakeContainer {
    const id = this.nextId('ctr');
    const c: FakeContainer = { id, spec: { name, image: 'fake', env: {}, labels: {} }, running: true, paused: false, startedAt: `t${this.seq}`, addresses: new Map(), processes: [], ...o };
    if (o.networkId) c.addresses.set(o.networkId, this.nextAddress());
    this.containers.set(id, c);
    return c;
  }

  /** Packets that reach every chain hooked in the namespace of `containerId` (traffic while a rule is active). */
  sendTraffic(containerId: string, packets: number): void {
    for (const chain of this.chains.get(containerId)?.values() ?? []) if (chain.hooks.size > 0) chain.packets += packets;
  }

  private addressSeq = 1;
  private nextAddress(): string {
    return `172.30.0.${++this.addressSeq}`;
  }

  async ping() {}
  /** Content digests of images by reference (default: derived from the reference, so every image has a stable one). */
  readonly imageDigests = new Map<string, string>();
  async ensureImage(ref: string) {
    this.calls.push(`ensureImage ${ref}`);
    return (await this.imageDigest(ref))!;
  }
  async imageDigest(ref: string) {
    return this.imageDigests.get(ref) ?? `sha256:${createHash('sha256').update(ref).digest('hex')}`;
  }
  async createNetwork(name: string, o: { internal: boolean; labels: Labels }) {
    const id = this.nextId('net');
    this.networks.set(id, { id, name, labels: o.labels, internal: o.internal });
    this.created.push({ kind: 'network', id, labels: o.labels });
    this.calls.push(`createNetwork ${name}`);
    return { id, gateway: '172.30.0.1' };
  }
  async removeNetwork(id: string) {
    this.calls.push(`removeNetwork ${this.nameOf(id)}`);
    const n = this.networks.get(id);
    if (n && this.stuck.has(n.name)) return;
    this.networks.delete(id);
  }
  async connectNetwork(networkId: string, containerId: string) {
    this.calls.push(`connectNetwork ${this.nameOf(containerId)}`);
    const c = this.containers.get(containerId);
    if (c && !this.inert.has('connect') && !c.addresses.has(networkId)) c.addresses.set(networkId, this.nextAddress());
  }
  async disconnectNetwork(networkId: string, containerId: string) {
    this.calls.push(`disconnectNetwork ${this.nameOf(containerId)}`);
    if (!this.inert.has('disconnect')) this.containers.get(containerId)?.addresses.delete(networkId);
  }
  async createVolume(name: string, labels: Labels) {
    this.volumes.set(name, { name, labels });
    this.created.push({ kind: 'volume', id: name, labels });
    return name;
  }
  async removeVolume(name: string) {
    this.volumes.delete(name);
  }
  async createContainer(spec: ContainerSpec) {
    this.calls.push(`createContainer ${spec.name}`);
    const delay = this.delayCreate.get(spec.name);
    if (delay) await sleep(delay);
    const fail = [...this.failCreate.entries()].find(([n]) => spec.name.endsWith(n))?.[1];
    if (fail) {
      if (fail.delayMs) await sleep(fail.delayMs);
      throw fail.error ?? new EngineError(`create ${spec.name}: no space left on device`);
    }
    const id = this.nextId('ctr');
    const addresses = new Map<string, string>();
    if (spec.network) addresses.set(spec.network.id, this.nextAddress());
    this.containers.set(id, { id, spec, running: false, paused: false, addresses, processes: [], ...(spec.memoryMb !== undefined ? { memoryMb: spec.memoryMb } : {}) });
    this.created.push({ kind: 'container', id, labels: spec.labels });
    return id;
  }
  async putArchive(id: string, path: string) {
    this.calls.push(`putArchive ${this.mustGet(id).spec.name} ${path}`);
  }
  async startContainer(id: string) {
    const c = this.mustGet(id);
    this.calls.push(`startContainer ${c.spec.name}`);
    if ([...this.failStart].some((n) => c.spec.name.endsWith(n))) throw new EngineError(`start ${c.spec.name}: port is already allocated`);
    if (this.inert.has('start')) return;
    c.running = true;
    c.paused = false;
    delete c.exitCode;
    c.startedAt = `t${++this.seq}`;
    const ns = /^container:(.+)$/.exec(c.spec.networkMode ?? '')?.[1];
    if (ns !== undefined || c.spec.networkMode === 'host') this.runHelper(c, ns ?? 'host');
  }
  async inspectContainer(id: string, networkId?: string): Promise<ContainerState> {
    const c = this.mustGet(id);
    const address = networkId !== undefined ? c.addresses.get(networkId) : undefined;
    return {
      id,
      running: c.running,
      paused: c.paused,
      oomKilled: false,
      status: c.paused ? 'paused' : c.running ? 'running' : 'exited',
      ...(c.running ? {} : { exitCode: c.exitCode ?? 0 }),
      ...(c.startedAt !== undefined ? { startedAt: c.startedAt } : {}),
      ...(address !== undefined ? { ipAddress: address } : {}),
    };
  }
  async killContainer(id: string, signal = 'SIGKILL') {
    this.calls.push(`killContainer ${this.nameOf(id)}${signal === 'SIGKILL' ? '' : ` ${signal}`}`);
    await sleep(this.slow.get('kill') ?? 0);
    const c = this.containers.get(id);
    if (!c || this.inert.has('kill')) return;
    const sig = sigName(signal);
    if (sig !== 'SIGKILL' && c.main && !signalEnds(c.main, sig)) return;
    this.exit(c, 128 + (signalNumber(sig) ?? 9));
  }
  async stopContainer(id: string) {
    this.calls.push(`stopContainer ${this.nameOf(id)}`);
    const c = this.containers.get(id);
    if (c && !this.inert.has('stop')) this.exit(c, 143);
  }
  async restartContainer(id: string) {
    this.calls.push(`restartContainer ${this.nameOf(id)}`);
    const c = this.containers.get(id);
    if (!c || this.inert.has('restart')) return;
    this.exit(c, 143);
    c.running = true;
    delete c.exitCode;
    c.startedAt = `t${++this.seq}`;
  }
  async pauseContainer(id: string) {
    this.calls.push(`pauseContainer ${this.nameOf(id)}`);
    await sleep(this.slow.get('pause') ?? 0);
    const c = this.containers.get(id);
    if (c && c.running && !this.inert.has('pause')) c.paused = true;
  }
  async unpauseContainer(id: string) {
    this.calls.push(`unpauseContainer ${this.nameOf(id)}`);
    const c = this.containers.get(id);
    if (c && !this.inert.has('unpause')) c.paused = false;
  }
  async updateContainer(id: string, update: LiveUpdate) {
    this.calls.push(`updateContainer ${this.nameOf(id)} ${JSON.stringify(update)}`);
    await sleep(this.slow.get('update') ?? 0);
    const c = this.containers.get(id);
    if (!c || this.inert.has('update')) return;
    if (update.memoryMb !== undefined) c.memoryMb = update.memoryMb;
    if (update.cpuPercent !== undefined) c.cpuPercent = update.cpuPercent;
    if (update.cpuMillicores !== undefined) c.cpuPercent = update.cpuMillicores / 10;
  }
  async removeContainer(id: string) {
    const name = this.nameOf(id);
    this.calls.push(`removeContainer ${name}`);
    if (this.stuck.has(name)) return;
    this.containers.delete(id);
  }
  async waitContainer(id: string) {
    const c = this.mustGet(id);
    const helper = this.helperResults.get(id);
    if (helper) return { exitCode: helper.exitCode };
    const script = this.scriptFor(c.spec.cmd ?? []);
    await sleep(script.delayMs ?? 0);
    c.running = false;
    return { exitCode: script.exitCode ?? 0 };
  }
  async logs() {
    return 'last line of the log\n';
  }
  async output(id: string) {
    const c = this.mustGet(id);
    const helper = this.helperResults.get(id);
    if (helper) return { stdout: Buffer.from(helper.output), stderr: Buffer.alloc(0) };
    return { stdout: Buffer.from(this.scriptFor(c.spec.cmd ?? []).stdout ?? ''), stderr: Buffer.alloc(0) };
  }
  async followLogs() {}

  async exec(containerId: string, spec: ExecSpec, output: ExecOutput): Promise<ExecHandle> {
    const c = this.mustGet(containerId);
    if (!c.running) throw new EngineError(`container ${c.spec.name} is not running`);
    if (c.paused) throw new EngineError(`container ${c.spec.name} is paused, unpause the container before exec`);
    const id = `exec${++this.seq}`;
    if (spec.cmd[3] === 'clnrm-chaos' && spec.cmd[0] === 'sh') {
      const r = probe(c, String(spec.cmd[2]), spec.cmd.slice(4).map(String), this.rulesIgnored ? undefined : this.chains.get(c.id));
      this.calls.push(`probe ${c.spec.name}`);
      if (r.out) output.onStdout(Buffer.from(r.out));
      return { id, done: Promise.resolve({ exitCode: r.exitCode }) };
    }
    const marker = spec.cmd.indexOf('clnrm-step');
    if (marker < 0) {
      // Helper execs: the OOM counter, the session listing, the session kill.
      const text = spec.cmd.join(' ');
      const scripted = this.steps.get(String(spec.cmd.at(-1)));
      if (scripted) return { id, done: Promise.resolve({ exitCode: scripted.exitCode ?? 0 }) };
      // The libfaketime probe of the main process (src/runtime/clock.ts).
      if (text.includes('libfaketime') && c.main) {
        output.onStdout(Buffer.from(`${c.main.name} ${c.clock?.mainFaked ? 'faked' : 'not_faked'}\n`));
        return { id, done: Promise.resolve({ exitCode: 0 }) };
      }
      if (/kill -(KILL|TERM)/.test(text)) {
        this.calls.push(`killSession ${c.spec.name}`);
        for (const end of this.running.get(containerId) ?? []) end(137);
        this.running.delete(containerId);
      }
      return { id, done: Promise.resolve({ exitCode: 0 }) };
    }
    const argv = spec.cmd.slice(marker + 1);
    const script = this.scriptFor(argv);
    // The wrapper's preamble (src/runtime/session.ts): no OOM counter, a process table of the init alone, status 0.
    if (!script.execThrows) output.onStderr(Buffer.from(`\n${argv[0]}-ps\n0\t1 (init) S 0 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 100 0 0\tinit\n\n${argv[0]} 0\n`));
    this.calls.push(`exec ${c.spec.name} ${argv.at(-1)}`);
    if (script.execThrows) throw new EngineError('exec: connection reset by peer');
    const done = new Promise<{ exitCode: number | null }>((resolve) => {
      const list = this.running.get(containerId) ?? [];
      list.push((code) => resolve({ exitCode: code }));
      this.running.set(containerId, list);
      if (!script.hang) {
        setTimeout(() => {
          if (script.stdout) output.onStdout(Buffer.from(script.stdout));
          resolve({ exitCode: script.exitCode ?? 0 });
        }, script.delayMs ?? 0);
      }
    });
    return { id, done };
  }

  async list(labels: Labels): Promise<ResourceInfo[]> {
    const has = (l: Labels) => Object.entries(labels).every(([k, v]) => l[k] === v);
    return [
      ...[...this.containers.values()].filter((c) => has(c.spec.labels)).map((c) => ({ kind: 'container' as const, id: c.id, labels: c.spec.labels })),
      ...[...this.networks.values()].filter((n) => has(n.labels)).map((n) => ({ kind: 'network' as const, id: n.id, labels: n.labels })),
      ...[...this.volumes.values()].filter((v) => has(v.labels)).map((v) => ({ kind: 'volume' as const, id: v.name, labels: v.labels })),
    ];
  }

  private mustGet(id: string): FakeContainer {
    const c = this.containers.get(id);
    if (!c) throw new EngineError(`no such container: ${id}`);
    return c;
  }

  private exit(c: FakeContainer, code: number) {
    c.running = false;
    c.paused = false;
    c.exitCode = code;
    for (const end of this.running.get(c.id) ?? []) end(137);
    this.running.delete(c.id);
  }


  /** A scripted command, else a tiny shell: `exit N` exits N, `echo X` prints X. */
  private scriptFor(argv: readonly string[]): StepScript {
    const text = String(argv.at(-1));
    const scripted = this.steps.get(text);
    if (scripted) return scripted;
    const exit = /^exit (\d+)$/.exec(text);
    if (exit) return { exitCode: Number(exit[1]) };
    const echo = /^echo (.*)$/.exec(text);
    return echo ? { stdout: `${echo[1]}\n` } : {};
  }

  // -------------------------------------------------------------------------------------------
  // netns helpers: run at start, their result read by waitContainer/output
  // -------------------------------------------------------------------------------------------

  private runHelper(helper: FakeContainer, namespace: string) {
    const script = String(helper.spec.cmd?.[2] ?? '');
    const r = interpretNetns(this, namespace, script);
    this.helpers.push({ namespace, script, ...r });
    this.helperResults.set(helper.id, r);
    helper.running = false;
    helper.exitCode = r.exitCode;
  }
}
