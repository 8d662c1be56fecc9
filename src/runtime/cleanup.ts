/**
 * Removes everything a scenario created, then verifies on the engine that
 * nothing with the scenario's labels is left (anything left is a leak).
 *
 *   clnrm.cleanup                 cleanup.triggered, cleanup.success, events container.stop/remove, cleanup.complete
 *   └─ clnrm.cleanup.concurrent   containers.cleaned, cleanup.parallel   (when several containers go at once)
 */
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import type { Engine, Labels, ResourceInfo } from './engine.js';

export type CleanupTrigger = 'scenario_end' | 'failure' | 'timeout' | 'interrupt';

export interface CreatedResources {
  containers: { id: string; name: string }[];
  networks: { id: string; name: string }[];
  volumes: string[];
  /** Host-side isolation chains of the networks (src/runtime/isolation.ts), removed after the networks. */
  firewalls?: { chain: string; remove(): Promise<void> }[];
}

export interface CleanupResult {
  span: SpanHandle;
  leaks: ResourceInfo[];
  success: boolean;
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
}

const removeCommand = (labels: Labels): string => {
  const filter = Object.entries(labels)
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
    const removeAll = async () => {
      await Promise.all(
        containers.map(async (c) => {
          await o.engine.killContainer(c.id).catch(() => undefined);
          span.addEvent('container.stop', { 'container.name': c.name });
          await o.engine.removeContainer(c.id);
          span.addEvent('container.remove', { 'container.name': c.name });
        }),
      );
    };
    const errors: string[] = [];
    if (containers.length > 1) {
      const concurrent = o.recorder.start('clnrm.cleanup.concurrent', span, {
        attributes: { 'containers.cleaned': containers.length, 'cleanup.parallel': true },
      });
      await removeAll().catch((e) => errors.push(String(e)));
      concurrent.end();
    } else {
      await removeAll().catch((e) => errors.push(String(e)));
    }
    for (const n of o.created.networks) {
      await o.engine.removeNetwork(n.id).then(() => span.addEvent('network.remove', { 'network.name': n.name }), (e) => errors.push(String(e)));
    }
    for (const f of o.created.firewalls ?? []) {
      await f.remove().then(() => span.addEvent('network.unisolate'), (e) => errors.push(String(e)));
    }
    for (const v of o.created.volumes) {
      await o.engine.removeVolume(v).then(() => span.addEvent('volume.remove'), (e) => errors.push(String(e)));
    }
    // Verification lists the engine's resources by label: it also catches what we did not know we created.
    let leaks: ResourceInfo[] = [];
    if (o.verify) {
      leaks = await o.engine.list(o.labels);
      if (leaks.length > 0) {
        // One more pass for stragglers (e.g. a container the engine was still creating).
        for (const l of leaks) await removeByKind(o.engine, l).catch(() => undefined);
        leaks = await o.engine.list(o.labels);
      }
      span.setAttributes({ 'cleanup.verified': true, 'leaks.count': leaks.length });
    }
    const success = errors.length === 0 && leaks.length === 0;
    span.setAttributes({ 'cleanup.success': success, 'containers.removed': containers.length });
    if (success) {
      span.addEvent('cleanup.complete');
      span.ok();
    } else {
      span.fail('leak', errors.concat(leaks.map((l) => `${l.kind} ${l.id} left behind`)).join('; '));
    }
    return { span, leaks, success };
  } finally {
    span.end();
  }
}

export async function removeByKind(engine: Engine, r: ResourceInfo): Promise<void> {
  if (r.kind === 'container') await engine.removeContainer(r.id);
  else if (r.kind === 'network') await engine.removeNetwork(r.id);
  else await engine.removeVolume(r.id);
}
