/**
 * Removes everything a scenario created, then verifies on the engine that
 * nothing with the scenario's labels is left (anything left is a leak).
 *
 *   clnrm.cleanup                 cleanup.triggered, cleanup.success, events container.stop/remove, cleanup.complete
 *   └─ clnrm.cleanup.concurrent   containers.cleaned, cleanup.parallel   (when several containers go at once)
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import type { Engine, Labels, ResourceInfo } from './engine.js';
import { OWNER_LABEL } from './owner.js';

export type CleanupTrigger = 'scenario_end' | 'failure' | 'timeout' | 'interrupt';

export interface CreatedResources {
  containers: { id: string; name: string }[];
  networks: { id: string; name: string }[];
  volumes: string[];
  /** Host-side isolation chains of the networks (src/runtime/isolation.ts), removed with the networks once the containers are gone. */
  firewalls?: { chain: string; remove(): Promise<void> }[];
}

export interface CleanupResult {
  span: SpanHandle;
  leaks: ResourceInfo[];
  success: boolean;
  /** Set when removal could not be verified on the engine (it did not answer): why. Leaks are then unknown. */
  unverified?: string;
  /** Set when the policy kept the resources: the command that removes them later. */
  keptCommand?: string;
}

export interface CleanupOptions {
  engine: Engine;
  recorder: Recorder;
  parent: SpanHandle;
  trigger: CleanupTrigger;
  created: CreatedResources;
  /** Labels that identify exactly this scenario's resources. */
  labels: Labels;
  keep: boolean;
  verify: boolean;
  /** Undo what chaos left applied, before removal (children of the cleanup span). */
  beforeRemoval?: (span: SpanHandle) => Promise<void>;
  /** Bound on each engine phase (removal, verification): a wedged engine makes cleanup unverified, never a hang. Default 30 s. */
  engineTimeoutMs?: number;
}

/** Rejects when `p` has not settled within `ms`. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer from the engine within ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

const removeCommand = (labels: Labels): string => {
  // The owner label adds nothing to the run and scenario labels, and would make the command hard to read.
  const filter = Object.entries(labels)
    .filter(([k]) => k !== OWNER_LABEL)
    .map(([k, v]) => `--filter label=${k}=${v}`)
    .join(' ');
  return `docker rm -f $(docker ps -aq ${filter}); docker network rm $(docker network ls -q ${filter}); docker volume rm $(docker volume ls -q ${filter})`;
};

export async function cleanupScenario(o: CleanupOptions): Promise<CleanupResult> {
  const span = o.recorder.start('clnrm.cleanup', o.parent, { attributes: { 'cleanup.triggered': o.trigger } });
  try {
    if (o.beforeRemoval) await o.beforeRemoval(span).catch((err) => span.addEvent('recovery.error', { message: String(err) }));
    if (o.keep) {
      const keptCommand = removeCommand(o.labels);
      span.setAttributes({ 'cleanup.skipped': true, 'cleanup.success': true });
      span.ok();
      return { span, leaks: [], success: true, keptCommand };
    }
    const containers = o.created.containers;
    const limitMs = o.engineTimeoutMs ?? 30_000;
    const removeAll = async () => {
      await Promise.all(
        containers.map(async (c) => {
          // One request: a forced removal kills the container (SIGKILL, as a kill first would) and removes it,
          // without a round trip to the engine in between. Nobody is asked to stop gracefully at cleanup.
          const removed = o.engine.removeContainer(c.id);
          await removed.catch(() => undefined);
          span.addEvent('container.stop', { 'container.name': c.name });
          await removed;
          span.addEvent('container.remove', { 'container.name': c.name });
        }),
      );
    };
    const errors: string[] = [];
    if (containers.length > 1) {
      const concurrent = o.recorder.start('clnrm.cleanup.concurrent', span, {
        attributes: { 'containers.cleaned': containers.length, 'cleanup.parallel': true },
      });
      await within(removeAll(), limitMs, 'removing containers').catch((e) => errors.push(String(e)));
      concurrent.end();
    } else {
      await within(removeAll(), limitMs, 'removing containers').catch((e) => errors.push(String(e)));
    }
    // Once the containers are gone, nothing uses the networks, their host-side isolation chains or the volumes:
    // the three groups go at once (the engine serializes what it must). Events and errors are recorded in the
    // order of a sequential removal (networks, chains, volumes), so the record does not depend on timing.
    const inTurn = async <T>(items: readonly T[], remove: (item: T) => Promise<void>) => {
      const failures: (string | undefined)[] = [];
      for (const item of items) failures.push(await remove(item).then(() => undefined, (e: unknown) => String(e)));
      return failures;
    };
    const networks = o.created.networks;
    const firewalls = o.created.firewalls ?? [];
    const volumes = o.created.volumes;
    const [networkFailures, firewallFailures, volumeFailures] = await Promise.all([
      inTurn(networks, (n) => within(removeNetworkOnceFree(o.engine, n.id), limitMs, `removing network ${n.name}`)),
      // On the next turn of the event loop: a chain's removal spawns a shell, which blocks the loop for a few ms
      // the network removal requests (sent once docker-modem's socket path promise resolves) need not wait for.
      nextTurn().then(() => inTurn(firewalls, (f) => f.remove())),
      inTurn(volumes, (v) => within(o.engine.removeVolume(v), limitMs, `removing volume ${v}`)),
    ]);
    networks.forEach((n, i) => (networkFailures[i] === undefined ? span.addEvent('network.remove', { 'network.name': n.name }) : errors.push(networkFailures[i]!)));
    firewalls.forEach((_, i) => (firewallFailures[i] === undefined ? span.addEvent('network.unisolate') : errors.push(firewallFailures[i]!)));
    volumes.forEach((_, i) => (volumeFailures[i] === undefined ? span.addEvent('volume.remove') : errors.push(volumeFailures[i]!)));
    // Verification lists the engine's resources by label: it also catches what we did not know we created.
    let leaks: ResourceInfo[] = [];
    let unverified: string | undefined;
    if (o.verify) {
      try {
        leaks = await within(o.engine.list(o.labels), limitMs, 'listing what is left');
        if (leaks.length > 0) {
          // One more pass for stragglers (e.g. a container the engine was still creating).
          // Containers first (a network still in use cannot go), each group at once.
          const removeLeft = (ls: ResourceInfo[]) => Promise.all(ls.map((l) => within(removeByKind(o.engine, l), limitMs, `removing ${l.kind} ${l.id}`).catch(() => undefined)));
          await removeLeft(leaks.filter((l) => l.kind === 'container'));
          await removeLeft(leaks.filter((l) => l.kind !== 'container'));
          leaks = await within(o.engine.list(o.labels), limitMs, 'listing what is left');
        }
        span.setAttributes({ 'cleanup.verified': true, 'leaks.count': leaks.length });
      } catch (err) {
        // Not "0 leaks": nobody knows what is left.
        unverified = `the engine did not answer the verification listing (${(err as Error).message})`;
        span.setAttributes({ 'cleanup.verified': false });
      }
    }
    const success = errors.length === 0 && leaks.length === 0 && unverified === undefined;
    span.setAttributes({ 'cleanup.success': success, 'containers.removed': containers.length });
    if (success) {
      span.addEvent('cleanup.complete');
      span.ok();
    } else {
      span.fail(unverified ? 'cleanup_unverified' : 'leak', errors.concat(leaks.map((l) => `${l.kind} ${l.id} left behind`), unverified ? [unverified] : []).join('; '));
    }
    return { span, leaks, success, ...(unverified ? { unverified } : {}) };
  } finally {
    span.end();
  }
}

/** How long a network's removal is asked again while the engine says it still has endpoints: 25 ms, doubling, ~1.6 s in all. */
export const ENDPOINT_RELEASE_WAITS_MS = [25, 50, 100, 200, 400, 800] as const;

/**
 * Removes a network whose containers were just removed. Under load the engine can still be releasing a
 * removed container's endpoint when the network's removal arrives, and refuses it ("has active
 * endpoints"): that refusal is asked again a few times, briefly; any other error, or the last refusal, is thrown.
 */
export async function removeNetworkOnceFree(engine: Engine, id: string): Promise<void> {
  for (const waitMs of [...ENDPOINT_RELEASE_WAITS_MS, undefined]) {
    try {
      return await engine.removeNetwork(id);
    } catch (err) {
      if (waitMs === undefined || !/has active endpoints/i.test(String((err as Error)?.message ?? err))) throw err;
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}

export async function removeByKind(engine: Engine, r: ResourceInfo): Promise<void> {
  if (r.kind === 'container') await engine.removeContainer(r.id);
  else if (r.kind === 'network') await engine.removeNetwork(r.id);
  else await engine.removeVolume(r.id);
}
