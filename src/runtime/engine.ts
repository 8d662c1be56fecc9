/**
 * The narrow engine interface: one method per engine verb. Everything outside
 * runtime/ talks to the engine only through this; the dockerode adapter is in
 * docker-engine.ts and unit tests use an in-memory fake.
 *
 * Conventions: stop/remove/kill of something already stopped or gone is
 * success (idempotent), so cleanup can always run; every other failure throws
 * EngineError (or ImageUnavailableError) with the engine's message as `cause`.
 */

/** Labels every resource the runner creates carries. */
export const MANAGED_LABEL = 'clnrm.managed';
export const RUN_LABEL = 'clnrm.run';
export const PID_LABEL = 'clnrm.pid';
export const SCENARIO_LABEL = 'clnrm.scenario';

export type Labels = Readonly<Record<string, string>>;

export interface ContainerSpec {
  name: string;
  image: string;
  /** Replaces the image's CMD. */
  cmd?: readonly string[];
  entrypoint?: readonly string[];
  env: Readonly<Record<string, string>>;
  labels: Labels;
  workdir?: string;
  user?: string;
  /** Network to join, with DNS aliases (the service name). */
  network?: { id: string; aliases: readonly string[] };
  /** Share another container's network namespace (chaos helpers). */
  networkMode?: string;
  /** Servers the engine's embedded DNS forwards names it does not know to (instead of the host's). */
  dns?: readonly string[];
  /** Share another container's PID namespace (`container:<id>`: the strace helper of syscall faults). */
  pidMode?: string;
  tmpfs?: Readonly<Record<string, string>>;
  capAdd?: readonly string[];
  privileged?: boolean;
  memoryMb?: number;
  /** CPU limit in millicores (1000 = one core). */
  cpuMillicores?: number;
  pids?: number;
  nofile?: number;
  /** Docker's --init: reaps zombies so killed step processes disappear. */
  init?: boolean;
  /** The engine's restart policy (absent: never restarted); `maxRetries` only with `on-failure`. */
  restart?: { policy: 'on-failure' | 'always'; maxRetries?: number };
}

/** A created network, as the host sees it. */
export interface NetworkInfo {
  id: string;
  /** The host's address on the network (the bridge's). */
  gateway?: string;
  /** The network's IPv4 range in CIDR notation, e.g. `172.19.0.0/16`. */
  subnet?: string;
  /** Name of the host's bridge interface (`br-<id prefix>`); absent for an engine without one. */
  bridge?: string;
}

export interface ContainerState {
  id: string;
  running: boolean;
  paused: boolean;
  /** Exit code once stopped. */
  exitCode?: number;
  oomKilled: boolean;
  /** Address on the given network, when attached. */
  ipAddress?: string;
  status: string;
  /** When the container last started (ISO time): a restart changes it. */
  startedAt?: string;
  /** Host PID of its main process while running. */
  pid?: number;
  /** How many times the engine's restart policy restarted it (a start by the runner does not count). */
  restartCount?: number;
}

export interface ExecSpec {
  cmd: readonly string[];
  env?: Readonly<Record<string, string>>;
  workdir?: string;
  user?: string;
}

/** A started exec. `done` settles when the process exits (or the exec stream breaks). */
export interface ExecHandle {
  id: string;
  done: Promise<{ exitCode: number | null }>;
  /**
   * Settles once the engine reports the exec's process started (it has a pid, or
   * already exited). The anchor for step timeouts and step-timed faults: it does
   * not depend on how long the engine took to create and start the exec.
   * Absent: the handle cannot tell, and callers use the moment exec() returned.
   */
  started?: Promise<void>;
}

export interface ExecOutput {
  onStdout(chunk: Buffer): void;
  onStderr(chunk: Buffer): void;
}

export interface ResourceListing {
  containers: string[];
  networks: string[];
  volumes: string[];
}

export interface ResourceInfo {
  kind: 'container' | 'network' | 'volume';
  id: string;
  labels: Labels;
  /** When the engine created it (ISO 8601, engine clock), when the engine says. */
  createdAt?: string;
}

export interface LiveUpdate {
  memoryMb?: number;
  /** CPU quota as a percentage of one core. */
  cpuPercent?: number;
  cpuMillicores?: number;
}

export interface Engine {
  /** Human description of the endpoint (socket path or DOCKER_HOST) for messages. */
  readonly endpoint: string;
  /** Resolves once the engine answers; throws an EngineError naming the endpoint when it does not. */
  ping(): Promise<void>;
  /** The engine's clock (ms since the epoch): leases are judged by it, never by a runner's clock. */
  now?(): Promise<number>;
  /**
   * Calls `onLost` once when the connection that proves the engine is there drops
   * (engine stopped or restarted). Returns a function that stops watching.
   */
  watch?(onLost: (cause: string) => void): () => void;

  /**
   * Makes sure the image is present: inspect, else pull, else ImageUnavailableError. Returns its
   * content digest (image-digest.ts): what the trace records as the image a service or step ran.
   */
  ensureImage(ref: string): Promise<string>;
  /** The content digest of a present image, or undefined when the engine does not have it (never pulls). */
  imageDigest(ref: string): Promise<string | undefined>;

  createNetwork(name: string, options: { internal: boolean; labels: Labels }): Promise<NetworkInfo>;
  removeNetwork(id: string): Promise<void>;
  connectNetwork(networkId: string, containerId: string, aliases: readonly string[]): Promise<void>;
  disconnectNetwork(networkId: string, containerId: string): Promise<void>;

  createVolume(name: string, labels: Labels): Promise<string>;
  removeVolume(name: string): Promise<void>;

  createContainer(spec: ContainerSpec): Promise<string>;
  /** Unpacks a tar archive into the container's filesystem at `path` (works before the container starts). */
  putArchive(id: string, path: string, tar: Buffer): Promise<void>;
  startContainer(id: string): Promise<void>;
  inspectContainer(id: string, networkId?: string): Promise<ContainerState>;
  killContainer(id: string, signal?: string): Promise<void>;
  stopContainer(id: string, timeoutMs: number): Promise<void>;
  restartContainer(id: string, timeoutMs: number): Promise<void>;
  pauseContainer(id: string): Promise<void>;
  unpauseContainer(id: string): Promise<void>;
  updateContainer(id: string, update: LiveUpdate): Promise<void>;
  removeContainer(id: string): Promise<void>;
  /**
   * The container's exits the engine recorded (its `die` events) from `sinceMs` (ms since the epoch) until now,
   * oldest first. Optional: an engine without an event history leaves restart spans without an exit code.
   */
  exitsSince?(id: string, sinceMs: number): Promise<{ atMs: number; exitCode: number }[]>;
  /** Waits until the container exits; resolves with its exit code. */
  waitContainer(id: string): Promise<{ exitCode: number }>;
  /** Last `tail` lines of the container's combined log. */
  logs(id: string, tail: number): Promise<string>;
  /** The whole stdout and stderr of a (stopped) container, separately. */
  output(id: string): Promise<{ stdout: Buffer; stderr: Buffer }>;
  /** Follows the log until `signal` aborts; calls `onLine` per line. */
  followLogs(id: string, onLine: (line: string) => void, signal: AbortSignal): Promise<void>;

  exec(containerId: string, spec: ExecSpec, output: ExecOutput): Promise<ExecHandle>;

  /** Resources carrying all the given labels. */
  list(labels: Labels): Promise<ResourceInfo[]>;
}
