/**
 * Runs a scenario's steady-state probes around its faults:
 *
 *   checkBefore()   each probe until a healthy sample, at most tolerance + 1 samples: not steady → no fault is injected
 *   startSampling() every probe every interval_ms while the faults and steps run
 *   checkAfter()    once the faults are reverted: until every probe answers healthy, at most recover_within_ms
 *
 * Every sample is a `clnrm.probe` span under the scenario span (probe.name,
 * probe.type, probe.phase, probe.outcome, probe.latency_ms, probe.detail).
 * How many samples a run takes depends on timing: these spans and the KPIs
 * are left out of the canonical trace (docs/digest.md).
 */
import type { SteadyStateSpec } from '../../load/index.js';
import type { Recorder, SpanHandle } from '../../telemetry/recorder.js';
import type { SpanRecord } from '../../telemetry/span-record.js';
import type { Engine } from '../engine.js';
import type { ProbePhase, ProbeSample } from './kpi.js';
import { PROBE_KINDS } from './index.js';
import type { ProbeContext, ProbeKind, ReceivedSpan } from './types.js';

export interface SteadyStateOptions {
  engine: Engine;
  recorder: Recorder;
  scenarioSpan: SpanHandle;
  spec: SteadyStateSpec;
  containers: ReadonlyMap<string, string>;
  /** The prober's base URL (src/runtime/probes/prober.ts), started on first use. */
  prober(): Promise<string>;
  /** Spans of the system under test received so far for the scenario (for `span` probes). */
  sutSpans?: () => readonly SpanRecord[];
  signal: AbortSignal;
}

/** A probe that did not hold, with the evidence of its last sample. */
export interface ProbeFailure {
  probe: string;
  message: string;
}

export interface SteadyState {
  checkBefore(): Promise<ProbeFailure | undefined>;
  startSampling(): void;
  /** Stops sampling once every probe answered healthy after `fromMs`, or recover_within_ms after it passed. */
  checkAfter(fromMs: number): Promise<ProbeFailure | undefined>;
  /** Stops sampling without a recovery check (interrupt, engine lost, cleanup failed); resolves once no sample is in flight. Safe to call twice. */
  stop(): Promise<void>;
  samples(): readonly ProbeSample[];
}

interface Running {
  name: string;
  kind: ProbeKind;
  params: unknown;
  intervalMs: number;
  timeoutMs: number;
  tolerated: number;
  /** Healthy in the recovery check after the faults. */
  recovered?: boolean;
  last?: ProbeSample;
}

export function createSteadyState(o: SteadyStateOptions): SteadyState {
  const samples: ProbeSample[] = [];
  const probes: Running[] = o.spec.probes.map((p) => {
    const kind = PROBE_KINDS[p.type]!;
    return {
      name: p.name,
      kind,
      params: kind.decode(p.params),
      intervalMs: p.intervalMs,
      timeoutMs: p.timeoutMs,
      tolerated: p.toleratedFailures,
    };
  });
  let phase: ProbePhase = 'before';
  const stop = new AbortController();
  const stopSignal = AbortSignal.any([stop.signal, o.signal]);
  const loops: Promise<void>[] = [];
  let counter = 0;
  /** When each span of the system under test was first seen: windows count on the runner's clock. */
  const seen = new Map<string, ReceivedSpan>();
  const received = (): readonly ReceivedSpan[] => {
    const now = Date.now();
    for (const span of o.sutSpans?.() ?? []) if (!seen.has(span.spanId)) seen.set(span.spanId, { span, receivedAtMs: now });
    return [...seen.values()];
  };

  const sampleOnce = async (p: Running): Promise<ProbeSample> => {
    const n = counter++;
    const startedAtMs = Date.now();
    const ph = phase;
    const span = o.recorder.start('clnrm.probe', o.scenarioSpan, { key: `${p.name}:${n}`, attributes: { 'probe.name': p.name, 'probe.type': p.kind.kind, 'probe.phase': ph } });
    const ctx: ProbeContext = { engine: o.engine, containers: o.containers, prober: o.prober, timeoutMs: p.timeoutMs, received };
    const t0 = performance.now();
    const r = await p.kind.sample(ctx, p.params).catch((err: unknown) => ({ ok: false, detail: (err as Error).message, latencyMs: undefined }));
    const latencyMs = r.latencyMs ?? Math.round(performance.now() - t0);
    const s: ProbeSample = { probe: p.name, phase: ph, startedAtMs, atMs: Date.now(), ok: r.ok, latencyMs, detail: r.detail };
    // Status stays UNSET: a failed sample is a measurement, not an error of the run (it would count in `errors_total`).
    span.setAttributes({ 'probe.outcome': r.ok ? 'healthy' : 'failed', 'probe.latency_ms': latencyMs, 'probe.detail': r.detail });
    span.end();
    samples.push(s);
    // The newest-started sample's outcome is the probe's current state (an older one that hung is stale).
    if (!p.last || p.last.startedAtMs <= s.startedAtMs) p.last = s;
    return s;
  };

  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      if (signal.aborted || ms <= 0) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });

  /**
   * Starts a sample every interval_ms, without waiting for the one before: a sample stuck on a
   * dying service (up to timeout_ms) must not delay the next, or detection would wait for it.
   */
  const loop = async (p: Running) => {
    const inFlight = new Set<Promise<void>>();
    while (!stopSignal.aborted && !p.recovered) {
      const run = sampleOnce(p).then((s) => {
        if (s.phase === 'after' && s.ok) p.recovered = true;
      });
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
      await pause(p.intervalMs, stopSignal);
    }
    await Promise.all(inFlight);
  };

  return {
    async checkBefore() {
      const failures = await Promise.all(
        probes.map(async (p) => {
          for (let i = 0; i <= p.tolerated && !o.signal.aborted; i++) {
            const started = Date.now();
            const s = await sampleOnce(p);
            if (s.ok) return undefined;
            if (i < p.tolerated) await pause(p.intervalMs - (Date.now() - started), o.signal);
          }
          return { probe: p.name, message: `steady state not met before any fault: probe ${p.name} failed ${p.tolerated + 1} sample(s) in a row: ${p.last?.detail ?? 'not sampled'}` };
        }),
      );
      return failures.find((f) => f !== undefined);
    },
    startSampling() {
      phase = 'during';
      for (const p of probes) loops.push(loop(p));
    },
    async checkAfter(fromMs) {
      phase = 'after';
      // Probes sampling now finish their sample (taken while the faults ran), then take "after" samples.
      const deadline = setTimeout(() => stop.abort(), Math.max(0, fromMs + o.spec.recoverWithinMs - Date.now()));
      if (loops.length === 0) for (const p of probes) loops.push(loop(p));
      await Promise.all(loops);
      clearTimeout(deadline);
      stop.abort();
      const failed = probes.find((p) => !p.recovered);
      if (!failed) return undefined;
      return {
        probe: failed.name,
        message: `steady state not restored within recover_within_ms = ${o.spec.recoverWithinMs} after the faults were reverted: probe ${failed.name}: ${failed.last?.phase === 'after' ? failed.last.detail : 'no sample after the revert'}`,
      };
    },
    async stop() {
      stop.abort();
      await Promise.all(loops);
    },
    samples: () => samples,
  };
}
