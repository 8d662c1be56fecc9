/**
 * The Engine interface implemented with dockerode. Every method has the same
 * shape: one engine call, failures wrapped in EngineError naming the operation,
 * the resource and the engine's own message (the original error is `cause`).
 * Cleanup verbs treat "already done / already gone" as success so teardown can
 * always run to the end.
 */
import { Writable } from 'node:stream';
import { EngineError, ImageUnavailableError } from '../common/errors.js';
import { fixtureNameOf } from '../common/fixtures.js';
import { connectDocker, engineHint } from './docker-connection.js';
import type { ContainerState, Engine, ExecHandle, Labels, ResourceInfo } from './engine.js';
import { imageContentDigest, type ImageInspect } from './image-digest.js';

interface DockerFailure {
  statusCode?: number;
  code?: string;
  json?: unknown;
  message?: string;
}

/** The engine's own message (from the JSON body), else the transport's. */
function engineMessage(err: unknown): string {
  const e = (err ?? {}) as DockerFailure;
  const body = e.json as { message?: unknown } | string | undefined;
  if (body && typeof body === 'object' && typeof body.message === 'string') return body.message.trim();
  if (typeof body === 'string' && body.trim()) return body.trim();
  return String(e.message ?? err).trim();
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE']);
const isUnreachable = (err: unknown): boolean => CONNECT_CODES.has(String((err as DockerFailure)?.code));
const status = (err: unknown): number | undefined => (err as DockerFailure)?.statusCode;
const notFound = (err: unknown): boolean => status(err) === 404;

/**
 * "Already in the requested state or gone", per verb. 304 is Docker's "already
 * stopped/started" and 404 "no such ...". The rest comes as 409 or 500 depending
 * on the verb (20.10: unpause-not-paused and disconnect-not-connected are 500), so
 * it is matched on the engine's message and only the harmless ones count.
 */
function goneOr(pattern?: RegExp): (err: unknown) => boolean {
  return (err) => status(err) === 304 || notFound(err) || (pattern !== undefined && pattern.test(engineMessage(err)));
}
const alreadyStopped = goneOr(/is not running|no such container/i);
const alreadyRemoved = goneOr(/removal of container .* is already in progress|no such container/i);
const matches = (pattern: RegExp) => (err: unknown) => status(err) !== undefined && pattern.test(engineMessage(err));

/** For failures to reach the engine at all: where we looked and how to fix it. */
const unreachable = (endpoint: string, err: unknown) => `cannot reach the Docker engine (${engineMessage(err)}); ${engineHint(endpoint)}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Splits a Docker multiplexed (non-TTY) log buffer into its frames, in order. */
function demux(buf: Buffer): Array<{ stream: 'stdout' | 'stderr'; data: Buffer }> {
  const frames: Array<{ stream: 'stdout' | 'stderr'; data: Buffer }> = [];
  let off = 0;
  while (off + 8 <= buf.length) {
    const type = buf[off];
    const len = buf.readUInt32BE(off + 4);
    // A TTY container's log is raw text, not framed: hand it back as stdout.
    if (type !== 0 && type !== 1 && type !== 2) return [{ stream: 'stdout', data: buf }];
    frames.push({ stream: type === 2 ? 'stderr' : 'stdout', data: buf.subarray(off + 8, off + 8 + len) });
    off += 8 + len;
  }
  return frames;
}

/** A Writable that calls `fn` for every chunk. */
const sink = (fn: (chunk: Buffer) => void) =>
  new Writable({ write(chunk: Buffer, _enc, cb) { fn(chunk); cb(); } });

/** Calls `onLine` per complete line pushed; `flush()` delivers an unterminated last line. */
function lineSplitter(onLine: (line: string) => void) {
  let pending = '';
  return {
    push(chunk: Buffer) {
      pending += chunk.toString('utf8');
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        onLine(pending.slice(0, nl).replace(/\r$/, ''));
        pending = pending.slice(nl + 1);
      }
    },
    flush() { if (pending) onLine(pending); pending = ''; },
  };
}

const envList = (vars: Readonly<Record<string, string>>) => Object.entries(vars).map(([k, v]) => `${k}=${v}`);
const labelFilters = (labels: Labels) => ({ label: envList(labels) });

const OOM_EVENT_GRACE_MS = 1000;

function mayAwaitOomEvent(s: { Running: boolean; ExitCode: number; OOMKilled: boolean; FinishedAt?: string }): boolean {
  if (s.Running || s.OOMKilled || s.ExitCode !== 137 || !s.FinishedAt) return false;
  const sinceExitMs = Date.now() - Date.parse(s.FinishedAt);
  return Number.isFinite(sinceExitMs) && sinceExitMs < OOM_EVENT_GRACE_MS;
}

export function createDockerEngine(): Engine {
  // Honours DOCKER_HOST (and TLS settings) or the default socket; throws only on a malformed DOCKER_HOST.
  const { docker, endpoint } = connectDocker();

  /** The common shape: run `op`, accept the failures `ok` says are success, wrap the rest. */
  async function call<T>(what: string, op: () => Promise<T>, ok?: (err: unknown) => boolean): Promise<T | undefined> {
    try {
      return await op();
    } catch (err) {
      if (ok?.(err)) return undefined;
      if (err instanceof EngineError || err instanceof ImageUnavailableError) throw err;
      const msg = isUnreachable(err) ? unreachable(endpoint, err) : engineMessage(err);
      throw new EngineError(`${what} failed: ${msg}`, { cause: err });
    }
  }
  const must = async <T>(what: string, op: () => Promise<T>): Promise<T> => (await call(what, op)) as T;
  const container = (id: string) => docker.getContainer(id);

  async function output(id: string): Promise<{ stdout: Buffer; stderr: Buffer }> {
    const buf = await must(`read output of container ${id}`, () =>
      container(id).logs({ stdout: true, stderr: true, follow: false }),
    );
    const frames = demux(buf);
    const of = (s: 'stdout' | 'stderr') => Buffer.concat(frames.filter((f) => f.stream === s).map((f) => f.data));
    return { stdout: of('stdout'), stderr: of('stderr') };
  }

  async function imageDigest(ref: string): Promise<string | undefined> {
    const inspect = await call(`inspect image ${ref}`, async () => (await docker.getImage(ref).inspect()) as ImageInspect, notFound);
    return inspect ? imageContentDigest(inspect) : undefined;
  }

  return {
    endpoint,

    async ping() {
      // GET /_ping: the engine's cheapest answer (~4 ms; /version asks containerd and runc too, ~11 ms).
      // A wedged socket would hang forever (dockerode has no default timeout), so bound it.
      let timer: NodeJS.Timeout | undefined;
      const answer = await must(`ping ${endpoint}`, () =>
        Promise.race([
          docker.ping(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(Object.assign(new Error('no answer within 15 s'), { code: 'ETIMEDOUT' })), 15_000);
          }),
        ]).finally(() => clearTimeout(timer)),
      );
      if (String(answer) !== 'OK') throw new EngineError(`ping ${endpoint} failed: the engine answered ${JSON.stringify(String(answer).slice(0, 80))}, not OK; ${engineHint(endpoint)}`);
    },

    async now() {
      // The creation time the engine stamps on a throwaway volume: the same clock (and precision, one
      // second) as the lease volumes' CreatedAt. `docker info` (SystemTime) can take minutes on a busy engine.
      const name = `clnrm-clock-${process.pid}-${Date.now().toString(36)}`;
      await must(`read the clock of ${endpoint}`, () => docker.createVolume({ Name: name, Labels: { 'clnrm.clock': 'true' } }));
      try {
        const info = (await must(`read the clock of ${endpoint}`, () => docker.getVolume(name).inspect())) as { CreatedAt?: string };
        const t = Date.parse(String(info.CreatedAt ?? ''));
        if (!Number.isFinite(t)) throw new EngineError(`the engine at ${endpoint} did not report a volume's creation time`);
        return t;
      } finally {
        await call(`remove volume ${name}`, () => docker.getVolume(name).remove(), notFound).catch(() => undefined);
      }
    },

    watch(onLost) {
      // An open event stream is a connection the engine holds for us: it ends when the engine stops or restarts.
      let stopped = false;
      let stream: NodeJS.ReadableStream & { destroy?: () => void } | undefined;
      const lost = (cause: string) => {
        if (stopped) return;
        stopped = true;
        onLost(cause);
      };
      docker.getEvents({ filters: { type: ['daemon'] } }).then(
        (s) => {
          stream = s as typeof stream;
          if (stopped) return stream?.destroy?.();
          s.on('data', () => undefined);
          s.on('end', () => lost(`the engine at ${endpoint} closed its connection (stopped or restarted)`));
          s.on('close', () => lost(`the engine at ${endpoint} closed its connection (stopped or restarted)`));
          s.on('error', (err: Error) => lost(`the connection to the engine at ${endpoint} failed: ${err.message}`));
        },
        (err: Error) => lost(`the engine at ${endpoint} did not answer: ${isUnreachable(err) ? unreachable(endpoint, err) : engineMessage(err)}`),
      );
      return () => {
        stopped = true;
        stream?.destroy?.();
      };
    },

    async exitsSince(id, sinceMs) {
      // A bounded query (until = now): the engine sends the recorded events and closes the stream.
      const stream = (await must(`read the events of container ${id}`, () =>
        docker.getEvents({ since: Math.floor(sinceMs / 1000), until: Math.ceil(Date.now() / 1000) + 1, filters: { container: [id], event: ['die'] } }),
      )) as NodeJS.ReadableStream;
      const text = await new Promise<string>((resolve, reject) => {
        let out = '';
        stream.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
        stream.on('end', () => resolve(out));
        stream.on('error', reject);
      });
      return text
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { timeNano?: number; time?: number; Actor?: { Attributes?: Record<string, string> } })
        .map((e) => ({ atMs: e.timeNano !== undefined ? e.timeNano / 1e6 : (e.time ?? 0) * 1000, exitCode: Number(e.Actor?.Attributes?.exitCode) }))
        .filter((e) => e.atMs >= sinceMs && Number.isInteger(e.exitCode));
    },

    imageDigest,

    async ensureImage(ref) {
      const present = await imageDigest(ref);
      if (present) return present;
      // Fixture images are built locally; a registry's image of the same name is someone else's.
      if (fixtureNameOf(ref) !== undefined) throw new ImageUnavailableError(ref, 'fixture images are built on this host, never pulled');
      try {
        const stream = (await docker.pull(ref)) as NodeJS.ReadableStream;
        const events = await new Promise<Array<{ error?: string }>>((resolve, reject) =>
          docker.modem.followProgress(stream, (err: unknown, out: Array<{ error?: string }>) => (err ? reject(err) : resolve(out))),
        );
        // A failed pull often answers 200 and reports the error inside the progress stream.
        const failed = events.find((e) => e.error);
        // Caught right below and reported as an ImageUnavailableError.
        if (failed) throw new Error(failed.error);
      } catch (err) {
        if (isUnreachable(err)) throw new EngineError(`pull image ${ref} failed: ${unreachable(endpoint, err)}`, { cause: err });
        const reason = engineMessage(err).split('\n')[0]!.replace(/^\(HTTP code \d+\) [^-]*- /, '');
        throw new ImageUnavailableError(ref, reason.length > 200 ? reason.slice(0, 197) + '...' : reason);
      }
      const pulled = await imageDigest(ref);
      if (!pulled) throw new ImageUnavailableError(ref, 'the engine does not list it after the pull');
      return pulled;
    },

    async createNetwork(name, { internal, labels }) {
      const net = await must(`create network ${name}`, () =>
        docker.createNetwork({ Name: name, Driver: 'bridge', Internal: internal, Labels: { ...labels }, CheckDuplicate: true }),
      );
      // The create answer has no IPAM; the gateway (the host's address on the bridge,
      // internal or not) is only known after inspect.
      const info = await must(`inspect network ${name}`, () => net.inspect());
      const ipv4 = (info.IPAM?.Config ?? []).find((c: { Gateway?: string; Subnet?: string }) => c.Gateway && !c.Gateway.includes(':'));
      // Docker names a bridge network's host interface br-<first 12 of the id> unless told otherwise.
      const bridge = (info.Options?.['com.docker.network.bridge.name'] as string | undefined) ?? `br-${net.id.slice(0, 12)}`;
      return { id: net.id, bridge, ...(ipv4?.Gateway ? { gateway: ipv4.Gateway } : {}), ...(ipv4?.Subnet ? { subnet: ipv4.Subnet } : {}) };
    },

    async removeNetwork(id) {
      await call(`remove network ${id}`, () => docker.getNetwork(id).remove(), notFound);
    },

    async connectNetwork(networkId, containerId, aliases) {
      await must(`connect container ${containerId} to network ${networkId}`, () =>
        docker.getNetwork(networkId).connect({ Container: containerId, EndpointConfig: { Aliases: [...aliases] } }),
      );
    },

    async disconnectNetwork(networkId, containerId) {
      await call(
        `disconnect container ${containerId} from network ${networkId}`,
        () => docker.getNetwork(networkId).disconnect({ Container: containerId, Force: true }),
        // Not connected (any more) is the requested end state.
        goneOr(/is not connected|no such container/i),
      );
    },

    async createVolume(name, labels) {
      await must(`create volume ${name}`, () => docker.createVolume({ Name: name, Labels: { ...labels } }));
      return name;
    },

    async removeVolume(name) {
      await call(`remove volume ${name}`, () => docker.getVolume(name).remove(), notFound);
    },

    async createContainer(spec) {
      const memory = spec.memoryMb !== undefined ? Math.round(spec.memoryMb * 1024 * 1024) : undefined;
      const c = await must(`create container ${spec.name} (image ${spec.image})`, () =>
        docker.createContainer({
          name: spec.name,
          Image: spec.image,
          Cmd: spec.cmd ? [...spec.cmd] : undefined,
          Entrypoint: spec.entrypoint ? [...spec.entrypoint] : undefined,
          Env: envList(spec.env),
          Labels: { ...spec.labels },
          WorkingDir: spec.workdir,
          User: spec.user,
          Tty: false,
          HostConfig: {
            NetworkMode: spec.networkMode ?? spec.network?.id,
            PidMode: spec.pidMode,
            Dns: spec.dns ? [...spec.dns] : undefined,
            Tmpfs: spec.tmpfs ? { ...spec.tmpfs } : undefined,
            CapAdd: spec.capAdd ? [...spec.capAdd] : undefined,
            Privileged: spec.privileged === true,
            Memory: memory,
            // Swap equal to the limit means "no swap": the limit OOM-kills instead of paging out.
            MemorySwap: memory,
            NanoCpus: spec.cpuMillicores !== undefined ? Math.round(spec.cpuMillicores * 1e6) : undefined,
            PidsLimit: spec.pids,
            Ulimits: spec.nofile !== undefined ? [{ Name: 'nofile', Soft: spec.nofile, Hard: spec.nofile }] : undefined,
            Init: spec.init,
            AutoRemove: false,
            RestartPolicy: spec.restart ? { Name: spec.restart.policy, MaximumRetryCount: spec.restart.maxRetries ?? 0 } : undefined,
          },
          NetworkingConfig: spec.network
            ? { EndpointsConfig: { [spec.network.id]: { Aliases: [...spec.network.aliases] } } }
            : undefined,
        }),
      );
      return c.id;
    },

    async putArchive(id, path, tar) {
      await must(`copy files into container ${id}`, () => container(id).putArchive(tar, { path }));
    },

    async startContainer(id) {
      await call(`start container ${id}`, () => container(id).start(), (err) => status(err) === 304);
    },

    async inspectContainer(id, networkId) {
      let info = await must(`inspect container ${id}`, () => container(id).inspect());
      // The engine learns of an OOM kill from an event of its own that can arrive after the exit event,
      // so a 137 exit read just after it may still say oomKilled=false: read again until that event
      // has had OOM_EVENT_GRACE_MS to arrive (counted from the exit), never longer.
      // Bounded by a count too: a remote engine's clock may run ahead of ours.
      for (let i = 0; i < OOM_EVENT_GRACE_MS / 50 && mayAwaitOomEvent(info.State); i++) {
        await new Promise((r) => setTimeout(r, 50));
        info = await must(`inspect container ${id}`, () => container(id).inspect());
      }
      const s = info.State;
      const state: ContainerState = { id: info.Id, running: s.Running, paused: s.Paused, oomKilled: s.OOMKilled, status: s.Status, startedAt: s.StartedAt };
      if (s.Running && s.Pid) state.pid = s.Pid;
      // While the restart policy waits to start it again the engine says running and restarting, with the exit code.
      if (!s.Running || s.Restarting) state.exitCode = s.ExitCode;
      if (s.Restarting) state.running = false;
      if (typeof info.RestartCount === 'number') state.restartCount = info.RestartCount;
      if (networkId) {
        // Networks are keyed by name; the caller may hold the name or the id.
        const nets = info.NetworkSettings?.Networks ?? {};
        const ep = nets[networkId] ?? Object.values(nets).find((n) => n.NetworkID === networkId);
        if (ep?.IPAddress) state.ipAddress = ep.IPAddress;
      }
      return state;
    },

    async killContainer(id, signal = 'SIGKILL') {
      await call(`kill container ${id} (${signal})`, () => container(id).kill({ signal }), alreadyStopped);
    },

    async stopContainer(id, timeoutMs) {
      const t = Math.max(0, Math.ceil(timeoutMs / 1000));
      await call(`stop container ${id}`, () => container(id).stop({ t }), alreadyStopped);
    },

    async restartContainer(id, timeoutMs) {
      const t = Math.max(0, Math.ceil(timeoutMs / 1000));
      await must(`restart container ${id}`, () => container(id).restart({ t }));
    },

    async pauseContainer(id) {
      await call(`pause container ${id}`, () => container(id).pause(), matches(/is already paused/i));
    },

    async unpauseContainer(id) {
      // Unpausing something not paused is the requested end state (cleanup after a pause fault).
      await call(`unpause container ${id}`, () => container(id).unpause(), matches(/is not paused/i));
    },

    async updateContainer(id, update) {
      const body: Record<string, number> = {};
      if (update.memoryMb !== undefined) body.Memory = body.MemorySwap = Math.round(update.memoryMb * 1024 * 1024);
      if (update.cpuPercent !== undefined || update.cpuMillicores !== undefined) {
        // The engine refuses to mix NanoCpus with CpuPeriod/CpuQuota ("Conflicting options:
        // CPU Quota cannot be updated as NanoCPUs has already been set", and vice versa) and
        // ignores NanoCpus=0, so a limit set one way can never be cleared. Both express the
        // same cgroup quota, so speak whichever form the container already uses.
        const millis = update.cpuMillicores ?? update.cpuPercent! * 10;
        const host = (await must(`inspect container ${id}`, () => container(id).inspect())).HostConfig;
        const useQuota = update.cpuMillicores === undefined ? !host.NanoCpus : (host.CpuQuota ?? 0) > 0;
        if (useQuota) Object.assign(body, { CpuPeriod: 100_000, CpuQuota: Math.max(1000, Math.round(millis * 100)) });
        else body.NanoCpus = Math.max(1e7, Math.round(millis * 1e6));
      }
      await must(`update container ${id} ${JSON.stringify(body)}`, () => container(id).update(body));
    },

    async removeContainer(id) {
      await call(`remove container ${id}`, () => container(id).remove({ force: true, v: true }), alreadyRemoved);
    },

    async waitContainer(id) {
      const r = await must(`wait for container ${id}`, () => container(id).wait());
      return { exitCode: r.StatusCode as number };
    },

    async logs(id, tail) {
      const buf = await must(`read logs of container ${id}`, () =>
        container(id).logs({ stdout: true, stderr: true, tail, follow: false }),
      );
      return Buffer.concat(demux(buf).map((f) => f.data)).toString('utf8');
    },

    output,

    async followLogs(id, onLine, signal) {
      if (signal.aborted) return;
      const stream = (await must(`follow logs of container ${id}`, () =>
        container(id).logs({ stdout: true, stderr: true, follow: true }),
      )) as NodeJS.ReadableStream & { destroy(): void };
      // stdout and stderr are split into lines separately so their partial lines never mix.
      const out = lineSplitter(onLine);
      const err = lineSplitter(onLine);
      const seen = { stdout: 0, stderr: 0 };
      docker.modem.demuxStream(
        stream,
        sink((c) => { seen.stdout += c.length; out.push(c); }),
        sink((c) => { seen.stderr += c.length; err.push(c); }),
      );
      const endedByEngine = await new Promise<boolean>((resolve, reject) => {
        const abort = () => { stream.destroy(); resolve(false); };
        signal.addEventListener('abort', abort, { once: true });
        const end = () => { signal.removeEventListener('abort', abort); resolve(true); };
        stream.on('end', end);
        stream.on('close', end);
        stream.on('error', (e: unknown) => {
          signal.removeEventListener('abort', abort);
          if (signal.aborted) return resolve(false);
          reject(new EngineError(`follow logs of container ${id} failed: ${engineMessage(e)}`, { cause: e }));
        });
      });
      if (endedByEngine) {
        // The engine (20.10, json-file) often ends the follow stream at container exit
        // without sending a last line that has no newline; the stored log has it. The
        // stream delivered a prefix of each log, so deliver whatever it missed.
        const full = await output(id).catch(() => undefined);
        if (full && full.stdout.length > seen.stdout) out.push(full.stdout.subarray(seen.stdout));
        if (full && full.stderr.length > seen.stderr) err.push(full.stderr.subarray(seen.stderr));
      }
      out.flush();
      err.flush();
    },

    async exec(containerId, spec, sinkTo): Promise<ExecHandle> {
      const what = `exec ${JSON.stringify(spec.cmd)} in container ${containerId}`;
      const ex = await must(what, () =>
        container(containerId).exec({
          Cmd: [...spec.cmd], AttachStdin: false, AttachStdout: true, AttachStderr: true, Tty: false,
          Env: spec.env ? envList(spec.env) : undefined, WorkingDir: spec.workdir, User: spec.user,
        }),
      );
      const stream = await must(what, () => ex.start({ hijack: true, stdin: false }));
      docker.modem.demuxStream(stream, sink((c) => sinkTo.onStdout(c)), sink((c) => sinkTo.onStderr(c)));
      const ended = new Promise<void>((resolve) => {
        stream.on('end', resolve);
        stream.on('close', resolve);
        // A broken stream also settles `done`; the exit code then comes from inspect, if any.
        stream.on('error', () => resolve());
      });
      // The stream can end a moment before the engine records the exit, so poll briefly.
      // `done` never rejects: nobody may be listening yet, and "unknown" is exitCode null.
      const done = ended.then(async () => {
        for (let i = 0; i < 100; i++) {
          try {
            const info = await ex.inspect();
            if (!info.Running) return { exitCode: info.ExitCode ?? null };
          } catch {
            return { exitCode: null };
          }
          await sleep(i < 10 ? 20 : 100);
        }
        return { exitCode: null };
      });
      // Attached exec start answers before the process exists: poll until the engine gives it a pid.
      // Only for a caller that asks (exec probes): a step learns its start from its wrapper's preamble, and
      // an inspect every 5 ms for the whole step is engine time taken from the step and its services.
      let finished = false;
      void done.then(() => (finished = true));
      let started: Promise<void> | undefined;
      const pollStarted = async () => {
        for (let i = 0; !finished; i++) {
          const info = await ex.inspect().catch(() => undefined);
          if (!info || (info.Pid ?? 0) > 0 || info.ExitCode !== null && info.ExitCode !== undefined) return;
          await sleep(i < 50 ? 5 : 50);
        }
      };
      return {
        id: ex.id,
        done,
        get started() {
          return (started ??= pollStarted());
        },
      };
    },

    async list(labels) {
      const filters = labelFilters(labels);
      const [containers, networks, volumes] = await Promise.all([
        must('list containers', () => docker.listContainers({ all: true, filters })),
        must('list networks', () => docker.listNetworks({ filters })),
        must('list volumes', () => docker.listVolumes({ filters })),
      ]);
      return [
        ...containers.map((c) => ({ kind: 'container' as const, id: c.Id, labels: c.Labels ?? {}, createdAt: new Date(c.Created * 1000).toISOString() })),
        ...networks.map((n) => ({ kind: 'network' as const, id: n.Id, labels: n.Labels ?? {}, ...(n.Created ? { createdAt: n.Created } : {}) })),
        ...(volumes.Volumes ?? []).map((v) => {
          const createdAt = (v as { CreatedAt?: string }).CreatedAt;
          return { kind: 'volume' as const, id: v.Name, labels: v.Labels ?? {}, ...(createdAt ? { createdAt } : {}) };
        }),
      ] satisfies ResourceInfo[];
    },
  };
}
