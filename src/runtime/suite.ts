/**
 * Runs the scenarios of one suite file under one trace (root span clnrm.run),
 * with bounded parallelism; results come back in the file's order whatever
 * the completion order.
 */
import { setMaxListeners } from 'node:events';
import { basename } from 'node:path';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Suite } from '../load/index.js';
import { createRng } from '../plan/rng.js';
import { createRecorder, type Recorder } from '../telemetry/recorder.js';
import type { Rng } from '../plan/rng.js';
import type { Engine } from './engine.js';
import type { EngineHealth } from './engine-health.js';
import type { ScenarioResult } from './results.js';
import { runScenario, type ScenarioChaos, type ScenarioContext } from './scenario.js';

export interface SuiteRunOptions {
  engine: Engine;
  runId: string;
  /** Position of this file in the run (keeps resource names and labels apart). */
  suiteIndex?: number;
  seed: number;
  /** Scenarios run at once (at least 1). */
  jobs: number;
  failFast: boolean;
  /** Only scenarios whose name matches run; the others are reported as skipped. */
  filter?: RegExp;
  reportDir: string;
  /** Interrupt (SIGINT/SIGTERM) of the whole run. */
  signal: AbortSignal;
  /** Environment for every container (OTel endpoint, frozen clock…). */
  env: Record<string, string>;
  /** Engine losses during the run (scenarios overlapping one end as errors). */
  health?: EngineHealth;
  engineWaitMs?: number;
  exporters?: SpanExporter[];
  /** Builds the chaos of one scenario (undefined: a scenario with faults ends in an error). */
  chaosFor?: (ctx: { suite: Suite; scenario: Suite['scenarios'][number]; recorder: Recorder; rng: Rng }) => ScenarioChaos | undefined;
  /** What other stages start around each scenario (fault proxies). */
  hooks?: ScenarioContext['hooks'];
  /** Gives containers the OTel exporter variables once the scenario network (and its gateway) exists. */
  telemetryEnv?: ScenarioContext['telemetryEnv'];
  sutSpans?: ScenarioContext['sutSpans'];
  onScenarioStart?: (suite: Suite, name: string) => void;
  /**
   * Called when a scenario's steps and cleanup ended, with the runner's spans ended so far (its
   * whole subtree among them), so it can be judged at once; the next scenario of this worker waits for it.
   */
  onScenarioEnd?: (suite: Suite, result: ScenarioResult, trace: { traceId: string; spans: ReadableSpan[]; openSpanIds: string[]; runWindow: { startMs: number; endMs: number } }) => void | Promise<void>;
}

export interface SuiteRun {
  suite: Suite;
  seed: number;
  runId: string;
  traceId: string;
  scenarios: ScenarioResult[];
  spans: ReadableSpan[];
  startedAt: number;
  durationMs: number;
  /** The run was stopped by an interrupt or `max_duration_seconds`. */
  interrupted: boolean;
}

/** Runs `tasks` with at most `limit` at once, keeping results in input order. */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export async function runSuite(suite: Suite, o: SuiteRunOptions): Promise<SuiteRun> {
  const recorder = createRecorder({
    seed: o.seed,
    traceKey: suite.name,
    serviceName: suite.otel.serviceName,
    resources: suite.otel.resources,
    ...(o.exporters ? { exporters: o.exporters } : {}),
  });
  const startedAt = Date.now();
  const runSpan = recorder.start('clnrm.run', undefined, {
    attributes: { 'suite.name': suite.name, 'suite.file': basename(suite.file), 'run.seed': o.seed, 'scenarios.count': suite.scenarios.length },
  });
  const stop = new AbortController();
  const signals = [o.signal, stop.signal];
  let limitTimer: NodeJS.Timeout | undefined;
  if (suite.limits.maxDurationSeconds) {
    // An abort reason that says which limit stopped the run (AbortSignal.timeout's only says "timeout").
    const limit = new AbortController();
    const seconds = suite.limits.maxDurationSeconds;
    limitTimer = setTimeout(() => limit.abort(new Error(`[limits] max_duration_seconds = ${seconds}`)), seconds * 1000);
    limitTimer.unref();
    signals.push(limit.signal);
  }
  const signal = AbortSignal.any(signals);
  // Each running step, wait and probe of the concurrent scenarios listens here and stops when it ends: the
  // count grows with -j, not over time, so Node's leak warning (at 11) would be a false alarm.
  setMaxListeners(0, signal);

  const results = await mapWithLimit(suite.scenarios, o.jobs, async (scenario, index): Promise<ScenarioResult> => {
    const skipped = (message: string): ScenarioResult => ({
      name: scenario.name,
      outcome: 'pass',
      message,
      steps: [],
      leaks: [],
      startedAt: Date.now(),
      durationMs: 0,
      artifacts: [],
      skipped: true,
    });
    if (o.filter && !o.filter.test(scenario.name)) return skipped(`skipped: does not match --filter ${o.filter.source}`);
    if (signal.aborted) return { ...skipped('not run: the run was stopped'), outcome: 'error', reason: { type: 'interrupted' } };
    o.onScenarioStart?.(suite, scenario.name);
    const ctx: ScenarioContext = {
      engine: o.engine,
      recorder,
      runSpan,
      suite,
      scenario,
      index,
      suiteIndex: o.suiteIndex ?? 0,
      runId: o.runId,
      rng: createRng(o.seed, `scenario:${scenario.name}`),
      env: { ...o.env, CLNRM_SCENARIO: scenario.name },
      signal,
      reportDir: o.reportDir,
      ...(o.health ? { health: o.health, engineWaitMs: o.engineWaitMs ?? 30_000 } : {}),
      ...(o.telemetryEnv ? { telemetryEnv: o.telemetryEnv } : {}),
      ...(o.sutSpans ? { sutSpans: o.sutSpans } : {}),
      ...(o.hooks ? { hooks: o.hooks } : {}),
    };
    const chaos = scenario.faults.length > 0 ? o.chaosFor?.({ suite, scenario, recorder, rng: ctx.rng }) : undefined;
    if (chaos) ctx.chaos = chaos;
    const result = await runScenario(ctx);
    if (o.failFast && result.outcome !== 'pass') stop.abort(new Error('fail-fast'));
    // clnrm.run has not ended yet: the run so far (its start to now) bounds the spans judged now.
    const runWindow = { startMs: runSpan.startMs, endMs: performance.timeOrigin + performance.now() };
    // Spans still open (clnrm.run, scenarios running beside it) are the runner's too: their ids are never credited to the system under test.
    await o.onScenarioEnd?.(suite, result, { traceId: recorder.traceId, spans: recorder.spans(), openSpanIds: recorder.openSpanIds(), runWindow });
    return result;
  });

  clearTimeout(limitTimer);
  const ran = results.filter((r) => !r.skipped);
  const passed = ran.length > 0 && ran.every((r) => r.outcome === 'pass');
  runSpan.setAttributes({ result: passed ? 'pass' : 'fail', 'scenarios.run': ran.length });
  if (passed) runSpan.ok();
  else runSpan.fail(ran.length === 0 ? 'nothing_run' : 'scenario_failed', ran.length === 0 ? 'no scenario ran' : 'at least one scenario did not pass');
  runSpan.end();
  const spans = recorder.spans();
  await recorder.shutdown();
  return {
    suite,
    seed: o.seed,
    runId: o.runId,
    traceId: recorder.traceId,
    scenarios: results,
    spans,
    startedAt,
    durationMs: Date.now() - startedAt,
    interrupted: o.signal.aborted,
  };
}
