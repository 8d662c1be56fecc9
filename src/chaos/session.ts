/**
 * The chaos of one scenario: the seeded schedule comes from the run's plan,
 * drawn before the engine was touched; each injection fires on a timer,
 * records its span, and is reverted after `duration_ms` or, at the latest,
 * inside the scenario's cleanup.
 *
 * Anchoring: a timed injection counts its `at_ms` from an observed point, the
 * moment its anchor step's process is seen running in the container (see
 * plan/faults.ts `faultAnchor`), never from a wall-clock instant before the
 * step: a loaded engine that takes a second to start the step's process must
 * not turn "kill mid-step" into "kill before the step".
 *
 * Each fault's span covers its active interval, its window: it starts when the
 * injection starts and ends when the revert is done (at once, for a fault with
 * nothing to revert), so expectations can be scoped to it (validate/fault-window.ts).
 *
 *   clnrm.scenario:x
 *   ├─ clnrm.chaos.kill_container (chaos.type, chaos.target, chaos.occurrence…)
 *   │  └─ clnrm.recovery (recovery.strategy, recovery.success)      reverted after duration_ms
 *   └─ clnrm.cleanup
 *      └─ clnrm.recovery …                                          reverted at cleanup
 *
 * The evidence rule (one for every fault type): `chaos.injected` is true only
 * when the fault's evidence, read back after it, shows the effect; otherwise it
 * is false, with `chaos.reason` and status ERROR. A fault whose effect shows
 * over time (`observe`, or a step hook: the effect is a step run it wrapped)
 * keeps its span open until it is read back, just before its revert.
 */
import type { ScenarioSpec, Suite } from '../load/index.js';
import { anchorName, type PlannedInjection } from '../plan/faults.js';
import type { Rng } from '../plan/rng.js';
import { plannedEventAttributes } from '../plan/plan-record.js';
import type { Engine } from '../runtime/engine.js';
import type { ChaosSession, ChaosStartContext, FaultRecord, ScenarioChaos, ScenarioHooks, ServicesStartedContext } from '../runtime/scenario.js';
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import { FAULT_TYPES } from './registry.js';
import { startProxy } from './proxy/index.js';
import { footprintOf, revertInReverseOrder } from './revert-order.js';
import type { Evidence, Injected, StepHook } from './types.js';
import { ChaosError } from '../common/errors.js';

interface Active {
  planned: PlannedInjection;
  target: string | undefined;
  span: SpanHandle;
  /** Undefined while the injection is in progress. */
  injected?: Injected & { stepHook?: StepHook };
  injectedAt: number;
  /** When the injection's engine call returned. */
  inEffectAt?: number;
  revertedAt?: number;
  reverting?: Promise<void>;
  /** The first read-back showed no effect: the fault touches no step. */
  inert?: boolean;
  /** The span waits for the effect to be read back (observe, step runs). */
  pending?: { settled?: Promise<void> };
  /** Step runs the fault's hook wrapped. */
  stepsWrapped: string[];
}

/**
 * The evidence rule: a fault took effect only if every read-back shows it.
 * The first read-back without effect gives the reason; attributes of all are kept.
 */
export function combineEvidence(...all: Evidence[]): Evidence {
  const attributes = Object.assign({}, ...all.map((e) => e.attributes)) as Evidence['attributes'];
  const failed = all.find((e) => !e.effect);
  return failed ? { effect: false, reason: failed.reason ?? 'the effect was not read back', attributes } : { effect: true, attributes };
}

/** The effect of a step hook: the step runs it wrapped. */
export function stepEvidence(wrapped: readonly string[]): Evidence {
  const attributes = { 'chaos.steps_affected': wrapped.length, ...(wrapped.length ? { 'chaos.steps': [...new Set(wrapped)].join(',') } : {}) };
  return wrapped.length > 0 ? { effect: true, attributes } : { effect: false, reason: 'no step ran while the fault was active: its hook wrapped no step', attributes };
}

/** Writes the verdict on the fault's span: `chaos.injected` from the evidence only. */
function recordEvidence(span: SpanHandle, type: string, target: string | undefined, e: Evidence): void {
  span.setAttributes({ ...e.attributes, 'chaos.injected': e.effect, ...(e.effect ? {} : { 'chaos.reason': e.reason ?? 'the effect was not read back' }) });
  if (e.effect) span.ok();
  else span.fail('chaos_not_injected', `${type} was not injected${target ? ` into ${target}` : ''}: ${e.reason ?? 'the effect was not read back'}`);
}

/** Reads the delayed evidence of a pending fault, records the verdict and ends its span (once). */
function settle(a: Active): Promise<void> {
  if (!a.pending) return Promise.resolve();
  a.pending.settled ??= (async () => {
    const injected = a.injected!;
    const later: Evidence[] = [];
    try {
      if (injected.stepHook) later.push(stepEvidence(a.stepsWrapped));
      if (injected.observe) later.push(await injected.observe());
    } catch (err) {
      later.push({ effect: false, reason: `the effect could not be read back: ${(err as Error).message}`, attributes: {} });
    }
    recordEvidence(a.span, a.planned.fault.type, a.target, combineEvidence(injected.evidence, ...later));
  })();

  return a.pending.settled;
}

export interface ChaosOptions {
  engine: Engine;
  recorder: Recorder;
  suite: Suite;
  scenario: ScenarioSpec;
  /** The scenario's fault schedule from the run's plan (plan/plan.ts): chaos executes it, it draws nothing of it. */
  injections: readonly PlannedInjection[];
  rng: Rng;
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
function waitOrAbort(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export function createScenarioChaos(o: ChaosOptions): ScenarioChaos {
  return {
    async start(ctx: ChaosStartContext): Promise<ChaosSession> {
      const plan = o.injections;
      // The whole schedule, drawn from the seed before anything is injected, goes into the trace (and so the reports and the digest).
      for (const p of plan) {
        ctx.scenarioSpan.addEvent('chaos.planned', plannedEventAttributes(p));
      }
      const active: Active[] = [];
      const inFlight = new Set<Promise<void>>();
      /** Scheduled work (injections, reverts after duration_ms) with its due time, so cleanup can drain it in order. */
      const timers = new Map<NodeJS.Timeout, { due: number; run: () => Promise<void> }>();
      const scheduleAt = (due: number, run: () => Promise<void>) => {
        const t = setTimeout(() => {
          timers.delete(t);
          track(run());
        }, Math.max(0, due - Date.now()));
        timers.set(t, { due, run });
      };
      /** When each injection is due (epoch ms), known once its anchor is reached. */
      const dueAt = new Map<PlannedInjection, number>();
      /** When the timed revert of each injection is due on the schedule (its due time + duration_ms). */
      const revertDueAt = new Map<PlannedInjection, number>();
      /**
       * The last injection started on each target: the next one on that target waits for it to settle, so on a
       * loaded engine a kill still under way is never seen half-done by the next fault drawn for the same target.
       */
      const lastOnTarget = new Map<string, Promise<void>>();
      /** Injections whose effect was observed on at least one target, and those that took on none. */
      const effective = new Set<PlannedInjection>();
      const inert = new Set<PlannedInjection>();
      let stopped = false;
      /** Due work a drain dropped when an interrupt came during its wait (counted as cancelled). */
      let dropped = 0;

      const revertOne = (a: Active, parent: SpanHandle): Promise<void> => {
        if (a.reverting) return a.reverting;
        const type = FAULT_TYPES[a.planned.fault.type]!;
        a.reverting = (async () => {
          await settle(a);
          if (!a.injected?.revert) {
            a.revertedAt = Date.now();
            a.span.end();
            return;
          }
          const span = o.recorder.start(type.recoverySpanName ?? 'clnrm.recovery', parent, {
            key: `${a.planned.fault.name}:${a.planned.occurrence}:${a.target ?? '-'}`,
            attributes: { 'chaos.type': a.planned.fault.type, ...(a.target ? { 'chaos.target': a.target } : {}) },
          });
          try {
            const r = await a.injected.revert();
            span.setAttributes({ 'recovery.strategy': r.strategy, 'recovery.success': r.success, ...r.attributes });
            if (r.success) span.ok();
            else span.fail('recovery_failed', `${r.strategy} did not restore ${a.target ?? 'the scenario'}`);
          } catch (err) {
            span.setAttributes({ 'recovery.success': false });
            span.fail('recovery_failed', (err as Error).message);
          } finally {
            a.revertedAt = Date.now();
            span.end();
            // The fault's span covers its active interval: it closes once the revert is done.
            a.span.end();
          }
        })();
        return a.reverting;
      };

      const injectOne = (p: PlannedInjection, target: string | undefined): Promise<void> => {
        const key = target ?? '-';
        const previous = lastOnTarget.get(key);
        const run = () => injectNow(p, target);
        const mine = previous ? previous.then(run, run) : run();
        lastOnTarget.set(key, mine);
        return mine;
      };

      const injectNow = async (p: PlannedInjection, target: string | undefined): Promise<void> => {
        const type = FAULT_TYPES[p.fault.type]!;
        const span = o.recorder.start(type.spanName(p.fault), ctx.scenarioSpan, {
          key: `${p.fault.name}:${p.occurrence}:${target ?? '-'}`,
          attributes: {
            'chaos.type': p.fault.type,
            'chaos.name': p.fault.name,
            'chaos.occurrence': p.occurrence,
            'chaos.at_ms': p.atMs,
            'chaos.anchor': anchorName(p),
            ...(target ? { 'chaos.target': target } : {}),
          },
        });
        // Registered before the engine call: a step that dies from this fault must already see it as active.
        const a: Active = { planned: p, target, span, injectedAt: Date.now(), stepsWrapped: [] };
        active.push(a);
        try {
          const containerId = target ? ctx.containers.get(target) : undefined;
          if (target && !containerId) throw new ChaosError(`service ${target} does not run in this scenario`, { location: { keyPath: `${p.fault.keyPath}.target` } });
          const injected = await type.inject({
            engine: o.engine,
            fault: p.fault,
            ...(target && containerId ? { target: { service: target, containerId, spec: o.suite.services[target]! } } : {}),
            containers: ctx.containers,
            services: o.suite.services,
            networkId: ctx.networkId,
            labels: ctx.labels,
            namePrefix: `${ctx.namePrefix}-${p.fault.name}${p.occurrence}`,
            injectionName: `${p.fault.name}-${p.occurrence}`,
            rng: o.rng.fork(`inject:${p.fault.name}:${p.occurrence}:${target ?? '-'}`),
            ...(ctx.proxies ? { proxies: ctx.proxies } : {}),
          });
          a.injected = injected;
          a.inEffectAt = Date.now();
          if (!injected.evidence.effect) a.inert = true;
          else effective.add(p);
          if (injected.evidence.effect && (injected.observe || injected.stepHook)) {
            // The effect shows later: the verdict is written when it is read back, before the revert.
            span.setAttributes(injected.evidence.attributes);
            a.pending = {};
          } else {
            recordEvidence(span, p.fault.type, target, injected.evidence);
          }
          // duration_ms counts from the moment the fault is in effect (the engine call returned): on a loaded
          // engine the injection itself may take seconds, and the fault must still last its whole duration.
          if (p.fault.durationMs !== undefined && injected.revert) {
            revertDueAt.set(p, (dueAt.get(p) ?? a.injectedAt) + p.fault.durationMs);
            scheduleAt(Date.now() + p.fault.durationMs, () => revertOne(a, span));
          }
        } catch (err) {
          a.revertedAt = Date.now();
          a.inert = true;
          recordEvidence(span, p.fault.type, target, { effect: false, reason: `could not inject: ${(err as Error).message}`, attributes: {} });
        } finally {
          // A fault with a revert (or a verdict still to read back) stays open: its span is the fault's window.
          if (!a.pending && !a.injected?.revert) span.end();
        }
      };

      const track = (p: Promise<void>) => {
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
      };

      const fire = async (p: PlannedInjection) => {
        if (stopped) return;
        if (!p.fires) {
          ctx.scenarioSpan.addEvent('chaos.skipped', { 'chaos.type': p.fault.type, 'chaos.occurrence': p.occurrence, reason: 'probability' });
          return;
        }
        const type = FAULT_TYPES[p.fault.type]!;
        const targets = type.perTarget ? p.targets : [undefined];
        // Several targets of one injection are hit at the same moment.
        await Promise.all(targets.map((t) => injectOne(p, t)));
        if (!effective.has(p)) inert.add(p);
      };

      // Faults without an anchor (at 0, no step) are applied before the first step; the rest wait for their anchor step.
      for (const p of plan) {
        if (p.anchor !== undefined) continue;
        dueAt.set(p, ctx.startedAt + p.atMs);
        await fire(p);
      }

      const drainSchedule = async (signal?: AbortSignal): Promise<void> => {
        // The rest of the schedule runs at its due times: the plan belongs to the scenario, so whether a
        // late fault fires must not depend on how fast the steps happened to be. An interrupt (signal)
        // cancels the wait at once: what is left of the schedule is cancelled by revert.
        const interrupted = () => signal?.aborted === true;
        while (timers.size > 0 && !interrupted()) {
          const [t, next] = [...timers].sort((x, y) => x[1].due - y[1].due)[0]!;
          clearTimeout(t);
          timers.delete(t);
          const wait = next.due - Date.now();
          if (wait > 0) await waitOrAbort(wait, signal);
          if (interrupted()) {
            dropped += 1;
            break;
          }
          await next.run();
        }
      };

      return {
        stepRunning(step: string, at: number) {
          if (stopped) return;
          for (const p of plan) {
            if (p.anchor !== step || dueAt.has(p)) continue;
            const due = at + p.atMs;
            dueAt.set(p, due);
            scheduleAt(due, () => fire(p));
          }
        },
        async stepAttributes(runningAt: number, endedAt: number): Promise<Record<string, string | number | boolean>> {
          // Work due by the step's end whose timer has not run yet (the step's end and the timer were handled
          // in either order by the event loop) runs now, on schedule: otherwise an injection due a moment before
          // the end would count as touching the step without its effect known, and the verdict would depend on
          // that order (a changed digest for the same seed).
          for (const [t, due] of timers) {
            if (due.due > endedAt) continue;
            clearTimeout(t);
            timers.delete(t);
            track(due.run());
          }
          // Injections under way settle first: whether one took effect is part of the answer, and how fast
          // its evidence came back must not decide it.
          await Promise.all([...inFlight]);
          // Judged on the schedule (when each injection and its revert were due), not on when the engine
          // calls returned: on a loaded machine those lag, the schedule does not.
          const touched = plan.filter((p) => {
            const due = dueAt.get(p);
            if (!p.fires || due === undefined || inert.has(p) || due > endedAt) return false;
            const revertDue = revertDueAt.get(p);
            return revertDue === undefined || revertDue >= runningAt;
          });
          return touched.length ? { degraded: true, 'chaos.active': [...new Set(touched.map((p) => p.fault.type))].sort().join(',') } : {};
        },
        wrapStep(step: string, service: string | undefined, argv: string[]) {
          let out = argv;
          for (const a of active) {
            const h = a.injected?.stepHook;
            if (!h || a.inert || a.revertedAt !== undefined || a.pending?.settled) continue;
            if (h.step !== undefined && h.step !== step) continue;
            if (h.service !== undefined && h.service !== service) continue;
            out = h.wrap(out);
            a.stepsWrapped.push(step);
          }
          return out;
        },
        pausedBy(service: string) {
          // The latest pause of this service that is not reverted (nor being reverted).
          const a = [...active].reverse().find((x) => x.planned.fault.type === 'pause_container' && x.target === service && x.revertedAt === undefined);
          if (!a) return undefined;
          // Being reverted: the unpause is under way.
          if (a.reverting) return { fault: a.planned.fault.name, untilMs: Date.now() };
          const d = a.planned.fault.durationMs;
          return { fault: a.planned.fault.name, ...(d !== undefined ? { untilMs: a.injectedAt + d } : {}) };
        },
        faults(): FaultRecord[] {
          return plan.flatMap((p): FaultRecord[] => {
            const base = { type: p.fault.type, name: p.fault.name, occurrence: p.occurrence };
            const tried = active.filter((a) => a.planned === p);
            if (tried.length === 0) return [{ ...base, fired: p.fires, injected: false, effective: false, reverted: false }];
            return tried.map((a) => {
              const ended = a.injected?.revert ? a.revertedAt : (a.inEffectAt ?? a.revertedAt);
              return {
                ...base,
                ...(a.target ? { target: a.target } : {}),
                fired: true,
                injected: true,
                effective: a.injected !== undefined && !a.inert,
                appliedAtMs: a.injectedAt,
                ...(ended !== undefined ? { endedAtMs: ended } : {}),
                reverted: a.injected?.revert !== undefined && a.revertedAt !== undefined,
              };
            });
          });
        },
        drain: drainSchedule,
        async revert(parent: SpanHandle, options: { drain: boolean; signal?: AbortSignal }) {
          // Injections timed from a step that never ran: recorded, never fired.
          for (const p of plan) {
            if (p.anchor === undefined || dueAt.has(p)) continue;
            ctx.scenarioSpan.addEvent('chaos.skipped', { 'chaos.type': p.fault.type, 'chaos.occurrence': p.occurrence, reason: 'anchor_not_reached', 'chaos.anchor': anchorName(p) });
          }
          // Normally drained before the cleanup began (scenario.ts): then nothing is left to run here.
          if (options.drain) await drainSchedule(options.signal);
          stopped = true;
          for (const t of timers.keys()) clearTimeout(t);
          const cancelled = timers.size + dropped;
          timers.clear();
          if (cancelled > 0) parent.addEvent('chaos.cancelled', { count: cancelled });
          await Promise.all([...inFlight]);
          // Reverse order of injection, as rollbacks should be, where it can matter: faults that touch
          // different things (revert-order.ts) are reverted at once.
          await revertInReverseOrder(
            active,
            (a) =>
              footprintOf({
                targets: FAULT_TYPES[a.planned.fault.type]!.targets,
                target: a.target,
                params: a.planned.fault.params,
                proxyUpstream: (name) => o.suite.proxies[name]?.upstream.service,
              }),
            (a) => revertOne(a, parent),
          );
        },
      };
    },
  };
}

/**
 * Starts the scenario's `[proxy.NAME]` TCP fault proxies, one for each proxy
 * whose upstream service runs in the scenario, reachable there as NAME:listen.
 * They are containers of the scenario: its cleanup removes them.
 */
async function startScenarioProxies(ctx: ServicesStartedContext): Promise<Map<string, { controlUrl: string }>> {
  const proxies = new Map<string, { controlUrl: string }>();
  for (const spec of Object.values(ctx.suite.proxies)) {
    if (!ctx.scenario.services.includes(spec.upstream.service)) continue;
    const proxy = await startProxy(ctx.engine, {
      spec,
      networkId: ctx.networkId,
      labels: ctx.labels,
      name: `${ctx.namePrefix}-proxy-${spec.name}`,
      upstreamHost: spec.upstream.service,
      onCreated: (id) => ctx.onCreated(id, `proxy-${spec.name}`),
    });
    proxies.set(spec.name, proxy);
  }
  return proxies;
}

/** What chaos starts around every scenario of a run, called by the runtime. */
export const chaosScenarioHooks: ScenarioHooks = { servicesStarted: startScenarioProxies };
