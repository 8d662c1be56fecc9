/**
 * Observes the engine supervising services with a restart policy: the engine
 * restarts them (Docker's RestartPolicy), the runner only reads what happened.
 * One span per restart the engine made, from the moment the service was seen
 * down until it runs again (and, with `wait`, is ready again):
 *
 *   clnrm.service.restart (service.name, restart.policy, restart.count = the
 *   engine's RestartCount, exit.code of the exit it restarted after, restart.ready)
 *
 * A start that does not raise the engine's RestartCount (the runner's own, e.g.
 * the revert of `stop_container`) is no restart: its span says
 * `restart.by = "runner"` and supervision checks ignore it. A service still down
 * when the scenario ends gets an ERROR span (`not_back`).
 */
import type { ServiceSpec } from '../load/index.js';
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import type { ContainerState, Engine } from './engine.js';
import { conditionsHold } from './service.js';

/** How often each supervised service's state is read. */
export const SUPERVISION_POLL_MS = 100;

export const RESTART_SPAN = 'clnrm.service.restart';

export interface SupervisionOptions {
  engine: Engine;
  recorder: Recorder;
  parent: SpanHandle;
  /** The scenario's services with their containers. */
  services: readonly { spec: ServiceSpec; containerId: string }[];
  networkId: string;
  /** The run's interrupt: stops the watch and any readiness wait at once. */
  signal?: AbortSignal;
  pollMs?: number;
}

/**
 * Starts watching every service with a restart policy. `stop()` ends the watch: a service
 * still down is `not_back`; one the engine already restarted is waited for until ready
 * (at most its `wait.timeout_ms`).
 */
export function watchSupervision(o: SupervisionOptions): { stop(): Promise<void> } {
  const stopping = new AbortController();
  o.signal?.addEventListener('abort', () => stopping.abort(), { once: true });
  const watches = o.services.filter((s) => s.spec.restart && s.spec.restart.policy !== 'no').map((s) => watchOne(o, s.spec, s.containerId, stopping.signal));
  return {
    stop: async () => {
      stopping.abort();
      await Promise.all(watches);
    },
  };
}

async function watchOne(o: SupervisionOptions, spec: ServiceSpec, id: string, stopped: AbortSignal): Promise<void> {
  const pollMs = o.pollMs ?? SUPERVISION_POLL_MS;
  let last = await o.engine.inspectContainer(id).catch(() => undefined);
  if (!last) return;
  let open: { span: SpanHandle; downAtMs: number; exitCode?: number } | undefined;
  let seen = 0;
  /** The last state read (`last`: the last one the service ran in). */
  let current = last;
  const restartsOf = (s: ContainerState) => s.restartCount ?? 0;

  while (!stopped.aborted) {
    await sleep(pollMs, stopped);
    if (stopped.aborted) break;
    const now = await o.engine.inspectContainer(id).catch(() => undefined);
    if (!now) break;
    current = now;
    const restartedByEngine = restartsOf(now) > restartsOf(last);
    if (!open && (!now.running || restartedByEngine || now.startedAt !== last.startedAt)) {
      seen += 1;
      open = {
        span: o.recorder.start(RESTART_SPAN, o.parent, { key: `${spec.name}:${seen}`, attributes: { 'service.name': spec.name, 'restart.policy': spec.restart!.policy } }),
        downAtMs: Date.now() - pollMs,
      };
    }
    if (!open) continue;
    if (now.exitCode !== undefined && !now.running) open.exitCode = now.exitCode;
    if (!now.running) continue;
    if (now.startedAt === last.startedAt && !restartedByEngine) continue;
    // Running again under a new start: by the engine's policy (RestartCount rose) or by someone else.
    // The exit this start followed: the last one before it (a crash loop may have died again since).
    const startedAtMs = now.startedAt !== undefined ? Date.parse(now.startedAt) : NaN;
    const exitCode = (await exitCodeOf(o.engine, id, open.downAtMs, Number.isNaN(startedAtMs) ? undefined : startedAtMs)) ?? open.exitCode;
    open.span.setAttributes({
      'restart.by': restartedByEngine ? 'engine' : 'runner',
      'restart.count': restartsOf(now),
      ...(exitCode !== undefined ? { 'exit.code': exitCode } : {}),
    });
    if (restartedByEngine && spec.wait) {
      // Bounded by the service's own wait timeout (and an interrupt): a restart seen as the steps end still gets its verdict.
      const bound = AbortSignal.timeout(spec.wait.timeoutMs);
      const ready = await conditionsHold(o.engine, spec.wait, id, o.networkId, o.signal ? AbortSignal.any([bound, o.signal]) : bound).then(
        () => true,
        () => false,
      );
      open.span.setAttributes({ 'restart.ready': ready });
      if (ready) open.span.ok();
      else open.span.fail('not_ready', `service ${spec.name} runs again but never became ready`);
    } else if (restartedByEngine) {
      open.span.ok();
    }
    open.span.end();
    open = undefined;
    last = now;
  }
  if (open) {
    // The scenario ended while the service was down: it did not come back.
    const exitCode = (await exitCodeOf(o.engine, id, open.downAtMs)) ?? open.exitCode;
    open.span.setAttributes({ 'restart.count': restartsOf(current), ...(exitCode !== undefined ? { 'exit.code': exitCode } : {}) });
    open.span.fail('not_back', `service ${spec.name} was still down when the scenario ended`);
    open.span.end();
  }
}

/**
 * The exit code of the last exit the engine recorded since the service was seen down (a moment
 * before), and before `beforeMs` (the engine's start time of the new run) when given.
 */
async function exitCodeOf(engine: Engine, id: string, sinceMs: number, beforeMs?: number): Promise<number | undefined> {
  if (!engine.exitsSince) return undefined;
  const exits = await engine.exitsSince(id, sinceMs - 2000).catch(() => []);
  return exits.filter((e) => beforeMs === undefined || e.atMs <= beforeMs).at(-1)?.exitCode;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
