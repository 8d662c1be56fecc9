/**
 * Runs one scenario: its own network, its services, its steps, then cleanup
 * that always happens and is verified on the engine.
 *
 *   clnrm.scenario:<name>
 *   ├─ clnrm.service.start (one per service)
 *   ├─ clnrm.step:<name> … (timeouts, retries)
 *   └─ clnrm.cleanup (or under clnrm.timeout.enforced when a timeout ended the scenario)
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ScenarioSpec, Suite } from '../load/index.js';
import type { Rng } from '../plan/rng.js';
import type { Recorder, SpanHandle } from '../telemetry/recorder.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import { cleanupScenario, type CleanupTrigger, type CreatedResources } from './cleanup.js';
import { MANAGED_LABEL, RUN_LABEL, SCENARIO_LABEL, type ContainerState, type Engine, type Labels } from './engine.js';
import { ownerLabels } from './owner.js';
import type { EngineHealth } from './engine-health.js';
import type { ScenarioResult, StepResult } from './results.js';
import { startService, ServiceNotReadyError } from './service.js';
import { skewableServices } from './clock.js';
import { watchSupervision } from './supervision.js';
import type { PauseInfo } from './pause.js';
import { runStep, type StepRun, type TimeLimit } from './step.js';
import { isolateNetwork, parseHole } from './isolation.js';
import { describeError, ImageUnavailableError } from '../common/errors.js';
import { startProber } from './probes/prober.js';
import { computeKpis, kpiAttributes, type FaultRecord } from './probes/kpi.js';
import { createSteadyState, type ProbeFailure, type SteadyState } from './probes/steady-state.js';

export type { FaultRecord };

/** What chaos contributes to a scenario (implemented by the chaos stage). */
export interface ScenarioChaos {
  /** Starts the fault schedule once services run. */
  start(ctx: ChaosStartContext): Promise<ChaosSession>;
}

/**
 * What other stages start around a scenario, called by the runtime at fixed
 * points (the runtime knows nothing of what they start). Containers they
 * create are registered through `onCreated`, so the scenario's cleanup removes
 * and verifies them like its own.
 */
export interface ScenarioHooks {
  /** Once the services run, before chaos starts: helpers in front of them (the `[proxy.NAME]` fault proxies), by name. */
  servicesStarted?(ctx: ServicesStartedContext): Promise<ReadonlyMap<string, { controlUrl: string }>>;
  /** Once the steps ended (also after a failure), before cleanup: writes the scenario's artifact files, returns their paths. */
  stepsEnded?(ctx: StepsEndedContext): string[];
}

export interface StepsEndedContext {
  suite: Suite;
  scenario: ScenarioSpec;
  steps: readonly StepResult[];
  reportDir: string;
}

export interface ServicesStartedContext {
  engine: Engine;
  suite: Suite;
  scenario: ScenarioSpec;
  networkId: string;
  labels: Labels;
  namePrefix: string;
  onCreated(containerId: string, name: string): void;
}

export interface ChaosStartContext {
  scenarioSpan: SpanHandle;
  /** Labels and name prefix for helper containers chaos creates (removed with the scenario). */
  labels: Labels;
  namePrefix: string;
  containers: ReadonlyMap<string, string>;
  networkId: string;
  startedAt: number;
  /** Running [proxy.NAME] fault proxies, by name. */
  proxies?: ReadonlyMap<string, { controlUrl: string }>;
}

export interface ChaosSession {
  /** The step's process was observed running at `at` (epoch ms): injections timed from that step start counting. */
  stepRunning(step: string, at: number): void;
  /** Attributes for a step whose process ran from `runningAt` to `endedAt` (e.g. `degraded = true` when a fault touched it). */
  stepAttributes(runningAt: number, endedAt: number): Promise<Record<string, string | number | boolean>>;
  /** The argv a step really runs while step faults (exit code, timeout, fd limits) are active. */
  wrapStep(step: string, service: string | undefined, argv: string[]): string[];
  /**
   * Runs the rest of the schedule (injections and timed reverts) at its due times, before the cleanup;
   * `signal` cancels it at once (an interrupt during the wait for the last faults).
   */
  drain(signal?: AbortSignal): Promise<void>;
  /**
   * Reverts every fault still applied; children of the given (cleanup) span.
   * With `drain`, what is left of the schedule happens first (normal end); without, it is cancelled (timeout,
   * interrupt: a `chaos.cancelled` event on the cleanup span counts it, with what an interrupted drain dropped).
   */
  revert(parent: SpanHandle, options: { drain: boolean; signal?: AbortSignal }): Promise<void>;
  /** The pause fault holding `service` frozen now, if any: its name and when it is due to end (epoch ms; absent: at cleanup). */
  pausedBy?(service: string): PauseInfo | undefined;
  /** Every planned injection (per target once tried), with when it was applied and stopped acting: the experiment's fault timeline. */
  faults?(): FaultRecord[];
}

export type { PauseInfo };

export interface ScenarioContext {
  engine: Engine;
  recorder: Recorder;
  runSpan: SpanHandle;
  suite: Suite;
  scenario: ScenarioSpec;
  index: number;
  /** Position of the suite file in the run: resources of different files never share names or labels. */
  suiteIndex: number;
  runId: string;
  rng: Rng;
  /** Environment given to every container (OTel endpoint, frozen clock…). */
  env: Record<string, string>;
  /** Aborts on SIGINT/SIGTERM or fail-fast. */
  signal: AbortSignal;
  reportDir: string;
  chaos?: ScenarioChaos;
  hooks?: ScenarioHooks;
  /**
   * Called once the scenario network exists, with its gateway address: returns
   * the variables that point the containers' OTel exporters at the receiver
   * (through this scenario's own channel of the run's trace; the receiver then
   * accepts connections to that gateway from the network's subnet only).
   */
  telemetryEnv?: (gateway: string | undefined, scenario: { name: string; traceId: string }, subnet?: string) => Promise<Record<string, string>>;
  /** Spans of the system under test received so far for a scenario of this trace (its own channel): `span` probes read them. */
  sutSpans?: (traceId: string, scenario: string) => readonly SpanRecord[];
  /** Engine losses during the run; with it, a scenario overlapping a loss ends as an error naming the cause. */
  health?: EngineHealth;
  /** How long cleanup waits for a lost engine to come back. */
  engineWaitMs?: number;
}

export function scenarioLabels(runId: string, suiteIndex: number, index: number): Labels {
  return { [MANAGED_LABEL]: 'true', [RUN_LABEL]: runId, ...ownerLabels(), [SCENARIO_LABEL]: `${suiteIndex}.${index}` };
}

export async function runScenario(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { engine, recorder, scenario, suite } = ctx;
  const span = recorder.start(`clnrm.scenario:${scenario.name}`, ctx.runSpan, {
    key: scenario.name,
    attributes: { 'scenario.name': scenario.name, 'scenario.expect_failure': scenario.expectFailure },
  });
  const startedAt = Date.now();
  const labels = scenarioLabels(ctx.runId, ctx.suiteIndex, ctx.index);
  const prefix = `clnrm-${ctx.runId}-${ctx.suiteIndex}-${ctx.index}`;
  const created: CreatedResources = { containers: [], networks: [], volumes: [], firewalls: [] };
  const steps: StepRun[] = [];
  let failure: { reason: ScenarioResult['reason']; message: string; outcome: 'fail' | 'error' } | undefined;
  let trigger: CleanupTrigger = 'scenario_end';
  let cleanupParent: SpanHandle = span;
  let chaosSession: ChaosSession | undefined;
  let steady: SteadyState | undefined;
  let recoveryFailure: ProbeFailure | undefined;
  const artifacts: string[] = [];
  const peers: string[] = [];
  const limits: TimeLimit[] = [];
  // A scenario with a single `run` gives its timeout to that step (timeout.type = step); one with `steps` bounds them all.
  const scenarioTimeoutMs = scenario.singleStep ? undefined : scenario.timeoutMs;
  // Aborted when one service fails to start, so the others stop waiting for readiness.
  const setupFailed = new AbortController();
  const setupSignal = AbortSignal.any([ctx.signal, setupFailed.signal, ...(scenarioTimeoutMs !== undefined ? [AbortSignal.timeout(scenarioTimeoutMs)] : [])]);

  // Watches the engine restart services with a restart policy (clnrm.service.restart spans) until cleanup.
  let supervision: { stop(): Promise<void> } | undefined;

  try {
    // Invariant (a bug if it fires): the orchestrator gives every scenario with faults a chaos engine.
    if (scenario.faults.length > 0 && !ctx.chaos) throw new Error('this scenario declares chaos faults, but the runner was started without a chaos engine');
    if (!ctx.hooks?.servicesStarted && Object.values(suite.proxies).some((p) => scenario.services.includes(p.upstream.service))) {
      throw new Error('this scenario has [proxy.*] fault proxies, but the runner was started without a chaos engine to start them');
    }
    // Each service's image is looked up while the network is made (neither needs the other).
    const imageDigests = new Map(scenario.services.map((n) => suite.services[n]!.image).map((ref) => [ref, engine.ensureImage(ref)] as const));
    // Each is awaited by its service's start (which names the service in the error); a start that never comes must not leave it unhandled.
    for (const digest of imageDigests.values()) digest.catch(() => undefined);
    const network = await engine.createNetwork(prefix, { internal: !suite.network.egress, labels });
    created.networks.push({ id: network.id, name: prefix });
    const telemetry = ctx.telemetryEnv ? await ctx.telemetryEnv(network.gateway, { name: scenario.name, traceId: recorder.traceId }, network.subnet) : {};
    const env = { ...ctx.env, ...telemetry };
    // The host stays closed to this network except for its own receiver and the declared holes; in
    // place before any container of the network starts (docs/isolation.md). It goes in while the services'
    // containers are created: each start waits for it (a container joins the network when it starts), and it
    // has settled before the services' outcome is read. An engine without a host bridge (the in-memory fake
    // of the unit tests) has no host side to close.
    const receiver = receiverEndpoint(telemetry.OTEL_EXPORTER_OTLP_ENDPOINT);
    // (Started on the next turn of the event loop: its shell's spawn blocks the loop for a few ms, which the
    // services' first engine requests, sent below, need not wait for.)
    const firewall: Promise<void> = network.bridge
      ? nextTurn()
          .then(() => isolateNetwork(engine, { network, holes: suite.network.allow.map(parseHole), labels, name: prefix, ...(receiver ? { receiver } : {}) }))
          .then((f) => {
            created.firewalls!.push(f);
          })
      : Promise.resolve();
    // Awaited once the services settled; a failure before then is not an unhandled rejection.
    firewall.catch(() => undefined);
    // A name the engine's embedded DNS does not know (a peer killed by a fault, anything outside) is forwarded to
    // an external server. On a closed network that query is dropped: the lookup hangs ~4 s, and the engine holds
    // the container's removal until it gives up (cleanup p99). Forwarded to the network's gateway instead, it meets
    // the isolation chain's REJECT and fails at once, as a closed network should answer.
    const externalDns = network.bridge && network.gateway && !suite.network.egress ? [network.gateway] : undefined;
    const containers = new Map<string, string>();
    const readyStates = new Map<string, ContainerState>();
    // Services start in parallel, each once its `depends_on` services are started or ready (by its condition);
    // each span is keyed by service name, so ids do not depend on the order.
    // Every start settles before cleanup can run (else a container created late would escape it);
    // the first failure is the scenario's (a service whose dependency failed does not start).
    let setupError: { error: unknown } | undefined;
    const skewable = skewableServices(scenario.faults, scenario.services);
    const gates = new Map(scenario.services.map((n) => [n, { started: gate(), ready: gate() }]));
    await Promise.all(
      scenario.services.map(async (name) => {
        const service = suite.services[name]!;
        const own = gates.get(name)!;
        try {
          await Promise.all((service.dependsOn ?? []).filter((d) => gates.has(d.service)).map((d) => gates.get(d.service)![d.condition].promise));
          const started = await startService({
            engine,
            recorder,
            parent: span,
            service,
            suite,
            containerName: `${prefix}-${name}`,
            networkId: network.id,
            ...(externalDns ? { dns: externalDns } : {}),
            labels,
            env: { ...env, OTEL_SERVICE_NAME: service.env.OTEL_SERVICE_NAME ?? name, TRACEPARENT: span.traceparent() },
            signal: setupSignal,
            skewable: skewable.has(name),
            onCreated: (id) => created.containers.push({ id, name }),
            beforeStart: firewall,
            onStarted: () => own.started.resolve(),
            imageDigest: imageDigests.get(service.image)!,
            // Its address as the start read it: the peers below need not ask again (unless the engine may restart it meanwhile).
            onReady: (state) => {
              if (!service.restart || service.restart.policy === 'no') readyStates.set(state.id, state);
            },
          });
          containers.set(name, started);
          own.started.resolve();
          own.ready.resolve();
        } catch (error) {
          setupError ??= { error };
          setupFailed.abort();
          own.started.reject(error);
          own.ready.reject(error);
        }
      }),
    );
    // Settled before anything else (cleanup included) runs; a firewall that failed is the scenario's error.
    await firewall;
    if (setupError) throw setupError.error;
    // Services started in parallel: put them back in declaration order, so nothing downstream sees completion order.
    const started = new Map(scenario.services.filter((n) => containers.has(n)).map((n) => [n, containers.get(n)!] as const));
    containers.clear();
    for (const [n, id] of started) containers.set(n, id);
    created.containers.sort((a, b) => scenario.services.indexOf(a.name) - scenario.services.indexOf(b.name));
    supervision = watchSupervision({
      engine,
      recorder,
      parent: span,
      services: [...containers].map(([n, containerId]) => ({ spec: suite.services[n]!, containerId })),
      networkId: network.id,
      signal: ctx.signal,
    });
    // Helpers in front of the services ([proxy.NAME] fault proxies, reachable as NAME:listen) are started by their stage.
    const proxies = ctx.hooks?.servicesStarted
      ? await ctx.hooks.servicesStarted({
          engine,
          suite,
          scenario,
          networkId: network.id,
          labels,
          namePrefix: prefix,
          onCreated: (id, name) => created.containers.push({ id, name }),
        })
      : new Map<string, { controlUrl: string }>();
    peers.push(...(await containerPeers(engine, created.containers, network.id, prefix, readyStates)));
    if (scenario.steadyState) {
      // The steady state is verified before any fault: a system that is not healthy yet says nothing about a fault.
      steady = createSteadyState({
        engine,
        recorder,
        scenarioSpan: span,
        spec: scenario.steadyState,
        containers,
        sutSpans: () => ctx.sutSpans?.(recorder.traceId, scenario.name) ?? [],
        prober: proberOf(engine, { name: `${prefix}-probe`, labels, networkId: network.id, onCreated: (id) => created.containers.push({ id, name: 'probe' }) }),
        signal: ctx.signal,
      });
      const notSteady = await steady.checkBefore();
      if (notSteady) {
        steady = undefined;
        throw new NotSteadyError(notSteady);
      }
      steady.startSampling();
    }
    if (ctx.chaos && scenario.faults.length > 0) {
      // Fault times count from here: services are ready and the first step is about to start.
      chaosSession = await ctx.chaos.start({ scenarioSpan: span, labels, namePrefix: prefix, containers, networkId: network.id, startedAt: Date.now(), proxies });
    }
    // Scenario timeout and deadline count from the moment the first step's process is observed running:
    // how long the engine took to start the services and that exec is not the steps' time.
    let limitsAnchored = false;
    const anchorLimits = (at: number) => {
      if (limitsAnchored) return;
      limitsAnchored = true;
      if (scenarioTimeoutMs !== undefined) limits.push({ kind: 'scenario', at: at + scenarioTimeoutMs, timeoutMs: scenarioTimeoutMs });
      if (scenario.deadlineMs !== undefined) limits.push({ kind: 'deadline', at: at + scenario.deadlineMs, timeoutMs: scenario.deadlineMs });
    };
    for (const [i, step] of scenario.steps.entries()) {
      // A first step whose process never ran (its container was gone) still starts the clock for the others.
      if (i > 0) anchorLimits(Date.now());
      if (ctx.signal.aborted) {
        failure = { reason: { type: 'interrupted' }, message: 'interrupted before the step started', outcome: 'error' };
        trigger = 'interrupt';
        break;
      }
      const target = step.image
        ? { kind: 'image' as const, image: step.image, networkId: network.id, labels, containerName: `${prefix}-step${i}` }
        : { kind: 'service' as const, service: step.service!, containerId: containers.get(step.service!)! };
      const result = await runStep({
        engine,
        recorder,
        parent: span,
        step,
        target,
        env,
        rng: ctx.rng.fork(`step:${step.name}`),
        limits,
        signal: ctx.signal,
        stepKey: `${ctx.runId}-${ctx.suiteIndex}-${ctx.index}-${i}`,
        onRunning: (at: number) => {
          anchorLimits(at);
          chaosSession?.stepRunning(step.name, at);
        },
        ...(chaosSession
          ? {
              attributes: (runningAt: number, endedAt: number) => chaosSession!.stepAttributes(runningAt, endedAt),
              wrapArgv: (argv: string[]) => chaosSession!.wrapStep(step.name, step.service, argv),
              pausedBy: (service: string) => chaosSession!.pausedBy?.(service),
            }
          : {}),
      });
      steps.push(result);
      if (result.outcome !== 'pass') {
        failure ??= { reason: result.reason, message: `step ${step.name}: ${result.message}`, outcome: result.outcome === 'error' ? 'error' : 'fail' };
        if (result.timeout && result.reason?.type === 'timeout' && result.reason.kind !== 'step') {
          // The scenario's own timeout ended it: its cleanup is caused by that timeout.
          trigger = 'timeout';
          cleanupParent = result.timeout.enforced;
          break;
        }
        if (result.reason?.type === 'timeout') {
          trigger = 'timeout';
          cleanupParent = result.timeout!.enforced;
        } else if (trigger === 'scenario_end') {
          trigger = result.reason?.type === 'interrupted' ? 'interrupt' : 'failure';
        }
        if (!step.continueOnFailure) break;
      }
    }
  } catch (err) {
    const e = err as Error;
    if (e instanceof ServiceNotReadyError) failure = { reason: { type: 'not_ready', service: e.service }, message: e.message, outcome: 'fail' };
    else if (e instanceof NotSteadyError) failure = { reason: { type: 'not_steady', probe: e.probe }, message: e.message, outcome: 'error' };
    else if (ctx.signal.aborted) failure = { reason: { type: 'interrupted' }, message: 'interrupted', outcome: 'error' };
    else failure = { reason: { type: 'engine_error' }, message: e instanceof ImageUnavailableError ? describeError(e) : e.message, outcome: 'error' };
    trigger = ctx.signal.aborted ? 'interrupt' : 'failure';
  }

  // Files of the scenario's `artifacts.collect` (step logs), written now, before cleanup and before any report.
  if (ctx.hooks?.stepsEnded) artifacts.push(...ctx.hooks.stepsEnded({ suite, scenario, steps, reportDir: ctx.reportDir }));
  // Engine lost during the scenario: whatever the steps saw is not a verdict on the system under test.
  let loss = ctx.health?.lostSince(startedAt);
  if (ctx.health && !loss && failure !== undefined && !ctx.signal.aborted && !(await ctx.health.check())) loss = ctx.health.lostSince(startedAt);
  if (ctx.health && loss) {
    failure = {
      reason: { type: 'engine_lost', cause: loss.cause },
      message: `engine lost ${((loss.atMs - startedAt) / 1000).toFixed(1)}s into the scenario: ${loss.cause} (not a verdict on the system under test)`,
      outcome: 'error',
    };
    trigger = 'failure';
    // Cleanup needs the engine: wait a bounded time for it to come back (never past an interrupt).
    await Promise.race([ctx.health.waitForEngine(ctx.engineWaitMs ?? 30_000), abortPromise(ctx.signal)]);
  }
  await supervision?.stop();
  // A normal end lets the rest of the fault schedule happen at its due times (docs/chaos.md); a scenario
  // timeout, a deadline, an engine loss or an interrupt cancels it (at the revert, on the cleanup span).
  // The schedule belongs to the scenario: it runs before the cleanup starts, not as part of it.
  const drain = !ctx.signal.aborted && failure?.reason?.type !== 'engine_lost' && !(failure?.reason?.type === 'timeout' && failure.reason.kind !== 'step');
  const drainError = drain && chaosSession ? await chaosSession.drain(ctx.signal).then(() => undefined, (err: unknown) => err) : undefined;
  const keep = suite.cleanup.containers === 'never' || (suite.cleanup.containers === 'on_success' && failure !== undefined);
  const cleanup = await cleanupScenario({
    engine,
    recorder,
    parent: cleanupParent,
    trigger,
    created,
    labels,
    keep,
    verify: suite.cleanup.verifyCleanup,
    engineTimeoutMs: ctx.engineWaitMs ?? 30_000,
    ...(chaosSession || steady
      ? {
          beforeRemoval: async (s: SpanHandle) => {
            if (drainError !== undefined) s.addEvent('recovery.error', { message: String(drainError) });
            await chaosSession?.revert(s, { drain: drain && drainError === undefined && !ctx.signal.aborted, signal: ctx.signal });
            // The steady state must come back once every fault is reverted (nothing to wait for after an interrupt or an engine loss).
            if (steady && !ctx.signal.aborted && failure?.reason?.type !== 'engine_lost') recoveryFailure = await steady.checkAfter(Date.now());
            else await steady?.stop();
          },
        }
      : {}),
  }).catch((err) => ({ success: false, leaks: [], span, unverified: `cleanup failed: ${(err as Error).message}` }) as const);

  // Whatever happened in cleanup, no probe samples past it.
  await steady?.stop();
  if (recoveryFailure && failure === undefined && !ctx.signal.aborted) failure = { reason: { type: 'not_recovered', probe: recoveryFailure.probe }, message: recoveryFailure.message, outcome: 'fail' };
  const result = verdict(scenario, failure);
  const leaks = [...cleanup.leaks];
  if (leaks.length > 0) {
    result.outcome = 'fail';
    result.reason = { type: 'leak' };
    result.message = `${leaks.length} resource(s) left on the engine after cleanup: ${leaks.map((l) => `${l.kind} ${l.id.slice(0, 12)}`).join(', ')}`;
  }
  // The run was stopped while this scenario was still running: it did not pass, whatever its steps did
  // (an engine loss stays the reason: it came first and explains the rest).
  if (ctx.signal.aborted && result.reason?.type !== 'engine_lost') {
    const why = ctx.signal.reason instanceof Error ? ctx.signal.reason.message : String(ctx.signal.reason ?? 'stopped');
    result.message = `interrupted by ${why} (${result.reason?.type === 'interrupted' ? '' : 'before the interrupt: '}${result.message})`;
    result.outcome = 'error';
    result.reason = { type: 'interrupted' };
  }
  let cleanupUnverified: string | undefined;
  if ('unverified' in cleanup && cleanup.unverified) {
    cleanupUnverified = `${cleanup.unverified}; resources of this scenario may be left: run \`clnrm gc\`${process.env.DOCKER_HOST ? ` with DOCKER_HOST=${process.env.DOCKER_HOST}` : ''}`;
    if (result.outcome !== 'error') {
      result.outcome = 'error';
      result.reason = { type: 'engine_error' };
    }
    result.message = `${result.message}; cleanup not verified: ${cleanupUnverified}`;
  }
  if ('keptCommand' in cleanup && cleanup.keptCommand) result.message += ` (resources kept; remove them with: ${cleanup.keptCommand})`;
  // KPIs from the recorded timeline (probe samples and faults): measured values, left out of the canonical trace.
  const faultRecords = chaosSession?.faults?.() ?? [];
  // Detection by spans and the error budget need the attributed spans of the system under test: added when the run is judged.
  const kpis = steady
    ? computeKpis({
        samples: steady.samples(),
        faults: faultRecords,
        toleratedFailures: Object.fromEntries(scenario.steadyState!.probes.map((p) => [p.name, p.toleratedFailures])),
        recoverWithinMs: scenario.steadyState!.recoverWithinMs,
      })
    : undefined;
  if (kpis) span.setAttributes(kpiAttributes(kpis));
  span.setAttributes({ result: result.outcome, ...(result.reason ? { 'error.type': result.reason.type } : {}) });
  if (result.outcome === 'pass') span.ok();
  else span.fail(result.reason?.type ?? 'failed', result.message);
  span.end();
  return {
    name: scenario.name,
    ...result,
    steps,
    leaks,
    startedAt,
    durationMs: Date.now() - startedAt,
    artifacts,
    peers,
    ...(cleanupUnverified ? { cleanupUnverified } : {}),
    ...(kpis && steady ? { kpis, probeSamples: [...steady.samples()], faultRecords } : {}),
  };
}

/** The steady state did not hold before any fault: the scenario errors, with the probe's evidence. */
class NotSteadyError extends Error {
  readonly probe: string;
  constructor(f: ProbeFailure) {
    super(f.message);
    this.probe = f.probe;
  }
}

/**
 * The prober `tcp` and `http` probes connect from: a long-lived node process in a container on the
 * scenario network, started on first use (one per scenario; each sample is one request to it),
 * removed with the scenario.
 */
function proberOf(engine: Engine, o: { name: string; labels: Labels; networkId: string; onCreated(id: string): void }): () => Promise<string> {
  let started: Promise<string> | undefined;
  return () => (started ??= startProber(engine, o));
}

/** How the scenario's containers can be reached on its network: name, short id (an alias the engine adds) and address. */
async function containerPeers(engine: Engine, containers: readonly { id: string; name: string }[], networkId: string, prefix: string, known: ReadonlyMap<string, ContainerState>): Promise<string[]> {
  const out: string[] = [];
  for (const c of containers) {
    out.push(`${prefix}-${c.name}`, c.id.slice(0, 12));
    const state = known.get(c.id) ?? (await engine.inspectContainer(c.id, networkId).catch(() => undefined));
    if (state?.ipAddress) out.push(state.ipAddress);
  }
  return out;
}

const abortPromise = (signal: AbortSignal) =>
  new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));

/** The receiver's address and port from the endpoint the containers are given, if any. */
function receiverEndpoint(url: string | undefined): { host: string; port: number } | undefined {
  if (!url) return undefined;
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port) };
}

/** Applies `expect_failure` to the scenario as a whole. */
function verdict(scenario: ScenarioSpec, failure: { reason: ScenarioResult['reason']; message: string; outcome: 'fail' | 'error' } | undefined): Pick<ScenarioResult, 'outcome' | 'reason' | 'message'> {
  if (failure?.outcome === 'error' && failure.reason?.type !== 'not_ready') return { outcome: 'error', reason: failure.reason, message: failure.message };
  if (scenario.expectFailure) {
    return failure
      ? { outcome: 'pass', reason: failure.reason, message: `failed as expected: ${failure.message}` }
      : { outcome: 'fail', reason: { type: 'unexpected_success' }, message: 'expected to fail (expect_failure = true), but every step passed' };
  }
  return failure ? { outcome: 'fail', reason: failure.reason, message: failure.message } : { outcome: 'pass', message: 'passed' };
}

/** A promise settled from outside (a service's `started` / `ready` moment, awaited by the services that depend on it). */
function gate(): { promise: Promise<void>; resolve(): void; reject(error: unknown): void } {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may wait on it: its rejection is the service's own failure, reported once as setupError.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
