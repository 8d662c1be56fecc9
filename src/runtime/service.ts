/**
 * Starts one service of a scenario and waits until it is ready.
 * Span: clnrm.service.start (service.name, service.image, ready.ms).
 */
import type { ServiceSpec, Suite } from '../load/index.js';
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import type { Engine, Labels } from './engine.js';
import { conditionsFor } from './wait/index.js';

export class ServiceNotReadyError extends Error {
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
  /** Called as soon as the container exists, so cleanup knows about it even if start fails. */
  onCreated(id: string): void;
}

const argv = (c: string | readonly string[] | undefined): string[] | undefined =>
  c === undefined ? undefined : typeof c === 'string' ? ['sh', '-c', c] : [...c];

/** Starts the container and returns its id once every wait condition holds. */
export async function startService(o: StartServiceOptions): Promise<string> {
  const { engine, service } = o;
  const span = o.recorder.start('clnrm.service.start', o.parent, {
    key: service.name,
    attributes: { 'service.name': service.name, 'service.image': service.image },
  });
  try {
    await engine.ensureImage(service.image);
    const cmd = argv(service.args);
    const entrypoint = argv(service.entrypoint);
    const id = await engine.createContainer({
      name: o.containerName,
      image: service.image,
      ...(cmd ? { cmd } : {}),
      ...(entrypoint ? { entrypoint } : {}),
      env: { ...o.env, ...service.env },
      labels: o.labels,
      network: { id: o.networkId, aliases: [service.name] },
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
    });
    o.onCreated(id);
    span.setAttributes({ 'container.name': o.containerName });
    await engine.startContainer(id);
    if (service.wait) await waitReady(o, id, span);
    const state = await engine.inspectContainer(id);
    if (!state.running) {
      throw new ServiceNotReadyError(service.name, `service ${service.name} exited right after it started (${state.status}, exit ${state.exitCode ?? '?'})${await lastLines(engine, id)}`);
    }
    span.ok();
    return id;
  } catch (err) {
    span.fail(err instanceof ServiceNotReadyError ? 'not_ready' : 'engine_error', (err as Error).message);
    throw err;
  } finally {
    span.end();
  }
}

async function waitReady(o: StartServiceOptions, id: string, span: SpanHandle): Promise<void> {
  const wait = o.service.wait!;
  const started = Date.now();
  const timeout = AbortSignal.timeout(wait.timeoutMs);
  const signal = AbortSignal.any([timeout, o.signal]);
  const state = await o.engine.inspectContainer(id, o.networkId);
  const conditions = conditionsFor(wait);
  try {
    await Promise.all(
      conditions.map((c) =>
        c.waitUntilReady({ engine: o.engine, containerId: id, intervalMs: wait.intervalMs, signal, ...(state.ipAddress ? { ipAddress: state.ipAddress } : {}) }),
      ),
    );
    span.setAttributes({ 'ready.ms': Date.now() - started });
  } catch (err) {
    const what = conditions.map((c) => c.description).join(', ');
    const why = timeout.aborted ? `not ready after ${wait.timeoutMs} ms` : o.signal.aborted ? 'interrupted while waiting' : (err as Error).message;
    throw new ServiceNotReadyError(o.service.name, `service ${o.service.name} never became ready (${what}): ${why}${await lastLines(o.engine, id)}`);
  }
}

async function lastLines(engine: Engine, id: string): Promise<string> {
  const text = await engine.logs(id, 10).catch(() => '');
  return text.trim() ? `\n  last log lines:\n    ${text.trim().split('\n').join('\n    ')}` : '';
}
