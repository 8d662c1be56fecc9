/**
 * Starts one service of a scenario and waits until it is ready.
 * Span: clnrm.service.start (service.name, service.image, service.image.digest, ready.ms, restart.policy).
 */
import type { ServiceSpec, Suite, WaitSpec } from '../load/index.js';
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import { clockKit, clockModeFor, fakeClockEnv, faketimeValue, probeMainProcess, skewableClockEnv, skewFileTar } from './clock.js';
import type { ContainerState, Engine, Labels } from './engine.js';
import { ImageUnavailableError, RuntimeError } from '../common/errors.js';
import { conditionsFor } from './wait/index.js';

/** A service never became ready; the scenario fails as `not_ready` (a verdict on the system under test). */
export class ServiceNotReadyError extends RuntimeError {
  constructor(
    readonly service: string,
    message: string,
  ) {
    super(message);
  }
}

export interface StartServiceOptions {
  engine: Engine;
  recorder: Recorder;
  parent: SpanHandle;
  service: ServiceSpec;
  suite: Suite;
  containerName: string;
  networkId: string;
  labels: Labels;
  env: Record<string, string>;
  signal: AbortSignal;
  /** A `clock_skew` fault may target the service: its clock is read from a file the fault rewrites (clock.ts). */
  skewable?: boolean;
  /** Servers the engine's embedded DNS forwards unknown names to (see scenario.ts: the closed network's gateway). */
  dns?: readonly string[];
  /** Called as soon as the container exists, so cleanup knows about it even if start fails. */
  onCreated(id: string): void;
  /** Settles when the container may start (its network's firewall is in place); a rejection fails the start. */
  beforeStart?: Promise<void>;
  /** Called once the engine started the container, before readiness (what `depends_on = { x = "started" }` waits for). */
  onStarted?(id: string): void;
  /** The image's digest, when the caller asked the engine for it already (while the network was made); else asked here. */
  imageDigest?: Promise<string>;
  /** Called with the container's state (its address on the network included) once it is ready. */
  onReady?(state: ContainerState): void;
}

const argv = (c: string | readonly string[] | undefined): string[] | undefined =>
  c === undefined ? undefined : typeof c === 'string' ? ['sh', '-c', c] : [...c];

/** Starts the container and returns its id once every wait condition holds. */
export async function startService(o: StartServiceOptions): Promise<string> {
  const { engine, service } = o;
  const span = o.recorder.start('clnrm.service.start', o.parent, {
    key: service.name,
    attributes: { 'service.name': service.name, 'service.image': service.image, ...(service.restart ? { 'restart.policy': service.restart.policy } : {}) },
  });
  try {
    const imageDigest = await (o.imageDigest ?? engine.ensureImage(service.image)).catch((err: unknown) => {
      throw err instanceof ImageUnavailableError ? err.usedAt(`service.${service.name}.image`, `service \`${service.name}\``) : err;
    });
    // What the service ran, by content: a rebuilt image with other contents changes the trace digest.
    span.setAttributes({ 'service.image.digest': imageDigest });
    const cmd = argv(service.args);
    const entrypoint = argv(service.entrypoint);
    // freeze_clock: libfaketime from the host, copied in before the container starts (see clock.ts).
    const clockMode = clockModeFor(o.env, service.clock);
    const kit = clockMode || o.skewable ? clockKit() : undefined;
    const clockEnv = !kit || !('tar' in kit) ? {} : o.skewable ? skewableClockEnv() : clockMode ? fakeClockEnv(clockMode, o.env) : {};
    const id = await engine.createContainer({
      name: o.containerName,
      image: service.image,
      ...(cmd ? { cmd } : {}),
      ...(entrypoint ? { entrypoint } : {}),
      env: { ...o.env, ...clockEnv, ...service.env },
      labels: o.labels,
      network: { id: o.networkId, aliases: [service.name] },
      ...(o.dns ? { dns: o.dns } : {}),
      tmpfs: service.tmpfs,
      capAdd: service.capabilities,
      privileged: service.privileged,
      init: true,
      ...(service.workdir ? { workdir: service.workdir } : {}),
      ...(service.user ? { user: service.user } : {}),
      ...(service.limits.memoryMb ? { memoryMb: service.limits.memoryMb } : {}),
      ...(service.limits.cpuMillicores ? { cpuMillicores: service.limits.cpuMillicores } : {}),
      ...(service.limits.pids ? { pids: service.limits.pids } : {}),
      ...(service.limits.nofile ? { nofile: service.limits.nofile } : {}),
      ...(service.restart && service.restart.policy !== 'no'
        ? { restart: { policy: service.restart.policy, ...(service.restart.maxRetries !== undefined ? { maxRetries: service.restart.maxRetries } : {}) } }
        : {}),
    });
    o.onCreated(id);
    span.setAttributes({ 'container.name': o.containerName });
    if (kit && 'tar' in kit) await engine.putArchive(id, '/', kit.tar);
    if (kit && 'tar' in kit && o.skewable) await engine.putArchive(id, '/', skewFileTar(clockMode ? faketimeValue(clockMode, o.env) : '+0'));
    await o.beforeStart;
    await engine.startContainer(id);
    o.onStarted?.(id);
    if (service.wait) await waitReady(o, id, span);
    const state = await engine.inspectContainer(id, o.networkId);
    if (!state.running) {
      throw new ServiceNotReadyError(service.name, `service ${service.name} exited right after it started (${state.status}, exit ${state.exitCode ?? '?'})${await lastLines(engine, id)}`);
    }
    if ((clockMode || o.skewable) && kit) await recordClock(o, id, span, clockMode ?? 'real', kit);
    o.onReady?.(state);
    span.ok();
    return id;
  } catch (err) {
    span.fail(err instanceof ServiceNotReadyError ? 'not_ready' : 'engine_error', (err as Error).message);
    throw err;
  } finally {
    span.end();
  }
}

/**
 * Says on the span what the service's processes really see: whether libfaketime could be
 * installed, and whether the main process loaded it (a static binary never does).
 */
async function recordClock(o: StartServiceOptions, id: string, span: SpanHandle, mode: string, kit: ReturnType<typeof clockKit>): Promise<void> {
  span.setAttributes({ 'clock.mode': mode, 'clock.faked': 'tar' in kit, ...(o.skewable ? { 'clock.skewable': true } : {}) });
  if (!('tar' in kit)) {
    span.addEvent('clock.not_applied', { reason: 'libfaketime_unavailable', message: kit.unavailable });
    return;
  }
  const main = await probeMainProcess(o.engine, id);
  if (!main) {
    span.addEvent('clock.not_applied', { reason: 'unverifiable', message: 'the container has no shell to read /proc/PID/maps with' });
    return;
  }
  span.setAttributes({ 'clock.main_process': main.comm, 'clock.main_process_faked': main.faked });
  if (!main.faked) {
    span.addEvent('clock.not_applied', {
      reason: 'not_loaded',
      'clock.main_process': main.comm,
      message: `${main.comm} did not load libfaketime (statically linked, or it clears LD_PRELOAD): it sees the real clock; dynamically linked programs and \`date\` in string steps see the faked one`,
    });
  }
}

async function waitReady(o: StartServiceOptions, id: string, span: SpanHandle): Promise<void> {
  const wait = o.service.wait!;
  const started = Date.now();
  const timeout = AbortSignal.timeout(wait.timeoutMs);
  try {
    await conditionsHold(o.engine, wait, id, o.networkId, AbortSignal.any([timeout, o.signal]));
    span.setAttributes({ 'ready.ms': Date.now() - started });
  } catch (err) {
    const what = conditionsFor(wait).map((c) => c.description).join(', ');
    const why = timeout.aborted ? `not ready after ${wait.timeoutMs} ms` : o.signal.aborted ? 'interrupted while waiting' : (err as Error).message;
    throw new ServiceNotReadyError(o.service.name, `service ${o.service.name} never became ready (${what}): ${why}${await lastLines(o.engine, id)}`);
  }
}

/** Resolves once every wait condition holds for the container; rejects when `signal` aborts first. */
export async function conditionsHold(engine: Engine, wait: WaitSpec, id: string, networkId: string, signal: AbortSignal): Promise<void> {
  const state = await engine.inspectContainer(id, networkId);
  await Promise.all(
    conditionsFor(wait).map((c) =>
      c.waitUntilReady({ engine, containerId: id, intervalMs: wait.intervalMs, signal, ...(state.ipAddress ? { ipAddress: state.ipAddress } : {}) }),
    ),
  );
}

async function lastLines(engine: Engine, id: string): Promise<string> {
  const text = await engine.logs(id, 10).catch(() => '');
  return text.trim() ? `\n  last log lines:\n    ${text.trim().split('\n').join('\n    ')}` : '';
}
