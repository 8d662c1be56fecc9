/**
 * The programmatic API behind `clnrm run`: load every file, run its scenarios
 * on the engine with chaos and the OTLP receiver, judge the trace, write the
 * reports. The CLI only parses arguments, prints, and picks the exit status.
 *
 *   suites ─▶ plan ─▶ runtime (one trace per file) + chaos ─▶ receiver (SUT spans) ─▶ validate ─▶ report
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAULT_TYPES } from './chaos/registry.js';
import { chaosScenarioHooks, createScenarioChaos } from './chaos/session.js';
import type { Suite } from './load/index.js';
import { plan, validPlan, type PlannedSuite, type RunPlan } from './plan/plan.js';
import type { ChaosSelection } from './plan/presets.js';
import type { MonkeyOverrides } from './plan/monkey.js';
import type { PlannedInjection } from './plan/faults.js';
import type { RepeatSelection } from './plan/repeat.js';
import { repetitionReportDir, repetitionsJson, summarizeRepetitions, type RepetitionsSummary } from './report/repetitions.js';
import { reportStem } from './report/summary.js';
import { suiteReportInput, type SuiteReportInput } from './report/input.js';
import { replayRecord, sha256Hex } from './report/replay-record.js';
import type { RunObserver, RunSummary, SuiteOutcome } from './report/observer.js';
import { warmJunit } from './report/junit.js';
import { writeRunIndexes, writeScenarioFiles, writeSuiteReports, type ReportFormat } from './report/write.js';
import { readBaselineReport, type BaselineReport } from './report/html/baseline.js';
import { redactSecrets, suiteSecrets } from './report/redact.js';
import { maskDeep, maskText } from './common/secrets.js';
import type { Engine } from './runtime/engine.js';
import { collectOrphans } from './runtime/gc.js';
import { engineWaitMsFromEnv, watchEngineHealth } from './runtime/engine-health.js';
import { leaseMsFromEnv, startLease } from './runtime/lease.js';
import type { ScenarioChaos } from './runtime/scenario.js';
import { mapWithLimit, runSuite } from './runtime/suite.js';
import { exportSpans, type ExporterName } from './telemetry/export.js';
import { parseTraceparent, readOtelEnv, resolveExportSettings, type TraceParent } from './telemetry/otel-env.js';
import { startReceiver, type Receiver } from './telemetry/receiver.js';
import { suiteClockEnv, unshiftFakedClock } from './runtime/clock.js';
import { readSources, type SpanSource } from './telemetry/span-source.js';
import { stdoutSpanSource } from './telemetry/stdout-spans.js';
import { judgeScenario, judgeSuite, receiverWarningsOf, type JudgedScenario, type PartialTrace } from './validate/judge.js';
import type { ScenarioResult } from './runtime/results.js';

export interface RunOptions {
  suites: Suite[];
  /** The plan of `suites` (see `planRun`); planned from `suites`, `seed`, `chaos` and `filter` when absent. */
  plan?: RunPlan;
  engine: Engine;
  runId: string;
  /** Overrides every suite's `[determinism] seed`. */
  seed?: number;
  jobs?: number;
  failFast?: boolean;
  filter?: RegExp;
  /** Overrides every suite's `[report] dir`. */
  reportDir?: string;
  /** Compare each suite's trace digest with `<dir>/<suite>.trace.sha256`. */
  baselineDir?: string;
  /** Compare the digest of the (single) suite with the one in this file. */
  expectDigestFile?: string;
  signal?: AbortSignal;
  observer?: RunObserver;
  /** Fail scenarios that check nothing but exit code 0 (`--strict`, the default when CI is set). */
  strict?: boolean;
  /** `--chaos`: a preset or custom faults added to every scenario (default: each suite's `[chaos] preset`). */
  chaos?: ChaosSelection;
  /** `--otel-exporter`: overrides every suite's `[otel] exporter` (export of the whole trace after the run). */
  otelExporter?: ExporterName;
  /** `--otel-endpoint`: overrides every suite's `[otel] endpoint`. */
  otelEndpoint?: string;
  /** Lease of the run (default CLNRM_LEASE_MS or 30 s): how soon other runners may collect this run's resources if it dies. */
  leaseMs?: number;
  /** How long cleanup waits for a lost engine to come back (default CLNRM_ENGINE_WAIT_MS or 30 s). */
  engineWaitMs?: number;
  /**
   * The engine's first answer (a ping the caller sent, bounded in time): the run's first requests go out beside
   * it, and its failure is the one reported (never the lease's, nor a wait on a request the engine never answers).
   */
  engineAnswered?: Promise<void>;
  /** Per-suite report formats written besides each suite's `[report] formats` (`--reporter html`). */
  addFormats?: readonly ReportFormat[];
  /** Where the `stdout` exporter writes its OTLP/JSON lines (default: process.stdout). */
  exportOut?: NodeJS.WritableStream;
  /** The OTEL_* variables and TRACEPARENT the export honours (default: process.env; docs/otel.md). */
  env?: Readonly<Record<string, string | undefined>>;
  /** `--var` values the suites were loaded with, and `--chaos` / `--filter` as given: recorded for `clnrm replay`. */
  replayArgs?: { vars: Readonly<Record<string, string>>; chaos?: string; filter?: string };
  /** `--until-fail`: once a repetition of a suite fails, start no further repetitions of it. */
  untilFail?: boolean;
}

/** Fault types this runner can inject: those of the chaos registry. */
export const faultTypeSupported = (type: string): boolean => Object.hasOwn(FAULT_TYPES, type);

/** The plan of a run, before any engine: presets and `--chaos` merged, seeds fixed, schedules drawn, problems found. */
export function planRun(
  suites: readonly Suite[],
  o: Pick<RunOptions, 'seed' | 'chaos' | 'filter'> & { monkey?: MonkeyOverrides; repeat?: RepeatSelection; injectionsOverride?: Readonly<Record<string, readonly PlannedInjection[]>> } = {},
): RunPlan {
  return plan(suites, {
    ...(o.monkey ? { monkey: o.monkey } : {}),
    ...(o.repeat ? { repeat: o.repeat } : {}),
    ...(o.injectionsOverride ? { injectionsOverride: o.injectionsOverride } : {}),
    supported: faultTypeSupported,
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.chaos ? { chaos: o.chaos } : {}),
    ...(o.filter ? { filter: o.filter } : {}),
  });
}

export type { RunObserver, RunSummary, SuiteOutcome } from './report/observer.js';

function safely<A extends unknown[]>(fn: ((...args: A) => void) | undefined, ...args: A): void {
  try {
    fn?.(...args);
  } catch {
    // Observers report; they never change the run.
  }
}

/** Variables every container of a suite gets (frozen clock, seed). */
export function suiteEnv(suite: Suite, seed: number, runStartMs = Date.now()): Record<string, string> {
  const env: Record<string, string> = { CLNRM_SEED: String(seed), CLNRM_SUITE: suite.name };
  if (suite.determinism.freezeClock) {
    Object.assign(env, suiteClockEnv(suite, runStartMs));
    env.SOURCE_DATE_EPOCH = String(Math.floor(Date.parse(suite.determinism.freezeClock) / 1000));
    env.TZ = 'UTC';
  }
  return env;
}

/** SHA-256 of a file's bytes; undefined when it cannot be read (a suite given as text, not as a file). */
function fileSha256(file: string): string | undefined {
  try {
    return sha256Hex(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Reads a digest from a `.trace.sha256` file (sha256sum format) or a bare hex string. */
function readDigest(file: string): string | undefined {
  try {
    return /^[0-9a-f]{64}/.exec(readFileSync(file, 'utf8').trim())?.[0];
  } catch {
    return undefined;
  }
}

const SWEEP_TIMEOUT_MS = 30_000;
/**
 * When to load and warm up the JUnit writer's library (~20 ms of CPU): once the first scenario waits for its
 * first container to start, the longest wait of a scenario start (its network and container exist by then).
 */
const WARM_AFTER_MS = 120;
/** When to start the OTLP receiver: once the lease request of the run is on its way to the engine. */
const RECEIVER_START_AFTER_MS = 1;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

/**
 * The span cap of a run's one receiver: the largest `[otel] receiver_max_spans` among the files that use it.
 * The cap is the run's (all channels), so a file never gets less than it asked for; a run of default files keeps 100 000.
 */
export function receiverMaxSpansOf(suites: readonly Pick<Suite, 'otel'>[]): number {
  return Math.max(...suites.map((s) => s.otel.receiverMaxSpans));
}

export async function runFiles(o: RunOptions): Promise<RunSummary> {
  const runStarted = Date.now();
  const signal = o.signal ?? new AbortController().signal;
  // Everything that can be decided without the engine is, and a scenario that cannot run here stops the run before it starts.
  const runPlan = validPlan(o.plan ?? planRun(o.suites, o));
  // The bytes of each suite file as they are when the run starts, for the report's replay record.
  const suiteSha256 = new Map(runPlan.suites.map((s) => [s.file, fileSha256(s.file)]));
  // One receiver for the run, on loopback plus each scenario network's gateway (never 0.0.0.0). It starts (~10-30 ms
  // of CPU: its protobuf types) while the engine answers the lease and the sweep: a timer lets the lease request
  // leave first (its socket connects in the loop's next poll phase, before timers run again).
  // Containers only ever get their scenario's channel: spans sent anywhere else are dropped and counted.
  // Its span cap is the largest any file of the run asks for.
  const receiving = runPlan.suites.map((s) => s.suite).filter((s) => s.otel.receiver);
  const receiverStart =
    receiving.length > 0
      ? new Promise<void>((r) => setTimeout(r, RECEIVER_START_AFTER_MS)).then(() => startReceiver({ hosts: ['127.0.0.1'], channelsOnly: true, maxSpansTotal: receiverMaxSpansOf(receiving) }))
      : undefined;
  // Its failure is thrown where it was awaited before (below); until then it must not count as unhandled.
  receiverStart?.catch(() => undefined);
  // The sweep is a courtesy to earlier runs: bounded, so a slow engine never holds this run back.
  // Removals are counted as they happen, so a sweep cut short by its bound still reports what it removed.
  // It runs while the lease is made (it never takes this run for dead: `exceptRun`), and ends before the first resource.
  const sweepStop = new AbortController();
  const stopSweep = () => sweepStop.abort();
  signal.addEventListener('abort', stopSweep, { once: true });
  let orphansRemoved = 0;
  // One pass: a resource the engine refuses to remove (e.g. a network it still counts endpoints on) is left to
  // `clnrm gc` or the next run instead of costing every run start the retries.
  const sweep = withTimeout(collectOrphans(o.engine, { exceptRun: o.runId, signal: sweepStop.signal, passes: 1, onRemoved: () => orphansRemoved++ }), SWEEP_TIMEOUT_MS).catch(stopSweep);
  // The lease exists before the first resource of the run, so no other runner's sweep can take this run for dead.
  let lease: Awaited<ReturnType<typeof startLease>>;
  const leasing = startLease(o.engine, o.runId, o.leaseMs ?? leaseMsFromEnv());
  try {
    await o.engineAnswered?.catch((err: unknown) => {
      // A lease the engine made all the same goes again (best effort: the command is ending).
      leasing.then((l) => l.release(), () => undefined);
      throw err;
    });
    lease = await leasing;
  } catch (err) {
    stopSweep();
    signal.removeEventListener('abort', stopSweep);
    // A receiver left listening would keep the process alive.
    await receiverStart?.then((r) => r.close(), () => undefined);
    throw err;
  }
  await sweep;
  signal.removeEventListener('abort', stopSweep);
  if (orphansRemoved > 0) safely(o.observer?.orphansRemoved, orphansRemoved);
  const health = watchEngineHealth(o.engine);
  // The JUnit writer's library is loaded and warmed up while the first scenario waits for the engine,
  // rather than on the path from the last scenario to the reports.
  const formats = new Set([...runPlan.suites.flatMap((s) => s.suite.report.formats), ...(o.addFormats ?? [])]);
  const warmTimer = formats.has('junit') ? setTimeout(warmJunit, WARM_AFTER_MS).unref() : undefined;

  const receiver: Receiver | undefined = await receiverStart;
  const unreachable = new Set<string>();
  /** Channel tokens of each scenario, by `<trace id>/<scenario>`, for the receiver's per-scenario warnings. */
  let refusedSeen = 0;
  const channelTokens = new Map<string, string[]>();
  const telemetryEnv = async (gateway: string | undefined, scenario: { name: string; traceId: string }, subnet?: string): Promise<Record<string, string>> => {
    if (!receiver || !gateway) return {};
    try {
      // Only the containers of the network behind this gateway may connect to it (docs/isolation.md).
      await receiver.addHost(gateway, subnet);
    } catch (err) {
      // A remote engine's bridge is not on this host: the system under test cannot send spans.
      if (!unreachable.has(gateway)) safely(o.observer?.warning, `the OTLP receiver cannot listen on ${gateway} (${(err as Error).message}); spans of the system under test are not collected`);
      unreachable.add(gateway);
      return {};
    }
    const channel = receiver.openChannel({ traceId: scenario.traceId, scenario: scenario.name, host: gateway });
    const key = `${scenario.traceId}/${scenario.name}`;
    channelTokens.set(key, [...(channelTokens.get(key) ?? []), channel.token]);
    return { OTEL_EXPORTER_OTLP_ENDPOINT: `${receiver.endpointFor(gateway)}${channel.path}`, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf', OTEL_TRACES_EXPORTER: 'otlp' };
  };

  // The export of each suite's trace: the OTEL_* variables are defaults, flags and suite keys win (docs/otel.md).
  const processEnv = o.env ?? process.env;
  const otelEnv = readOtelEnv(processEnv);
  for (const w of otelEnv.warnings) safely(o.observer?.warning, `${w}; see docs/otel.md`);
  let parent: TraceParent | undefined;
  if (processEnv.TRACEPARENT !== undefined) {
    const parsed = parseTraceparent(processEnv.TRACEPARENT);
    if ('error' in parsed) safely(o.observer?.warning, `TRACEPARENT ${JSON.stringify(processEnv.TRACEPARENT.slice(0, 80))} is ignored: ${parsed.error}`);
    else parent = parsed;
  }
  // A collector that failed once in this run is not tried again: one bounded wait per run, not one per suite.
  const failedExports = new Set<string>();

  const outcomes: SuiteOutcome[] = [];
  const reportInputs: SuiteReportInput[] = [];
  const htmlPages: { input: SuiteReportInput; dir: string }[] = [];
  /** Suite files (by path) a repetition of which failed: `--until-fail` starts no more of their repetitions. */
  const failedRepeats = new Set<string>();
  try {
    const ranSuites = await mapWithLimit(runPlan.suites, o.jobs ?? 1, async (planned, index) => {
      const { suite, seed } = planned;
      if (planned.repetition && o.untilFail && failedRepeats.has(planned.file)) return undefined;
      const suiteStartedAt = Date.now();
      const secrets = suiteSecrets(suite);
      const warn = (message: string) => safely(o.observer?.warning, maskText(message, secrets));
      safely(o.observer?.suiteStart, suite, seed, planned.seedDrawn);
      // Each repetition keeps its own reports (the first, with the suite's seed, where a plain run puts them).
      const reportDir = repetitionReportDir(o.reportDir ?? suite.report.dir, planned);
      const env = suiteEnv(suite, seed);
      const judgedEarly = new Map<string, JudgedScenario>();
      const channelStatsOf = (traceId: string, scenario: string) =>
        (channelTokens.get(`${traceId}/${scenario}`) ?? []).map((t) => receiver?.channelStats(t)).filter((x) => x !== undefined);
      const receiverWarnings = (traceId: string, scenario: string): string[] => receiverWarningsOf(channelStatsOf(traceId, scenario));
      const receiverDropped = (traceId: string, scenario: string): number => channelStatsOf(traceId, scenario).reduce((n, s) => n + s.overCap, 0);
      /**
       * A scenario's verdict once it ended: on its runner spans and the spans of the system under test that arrived
       * (exporters flush in batches: a quiet moment first, when anything was sent since the scenario started; its
       * containers are gone by now, so when nothing was, only requests in progress can still bring spans).
       */
      const judgeEnded = async (s: Suite, r: ScenarioResult, trace: PartialTrace): Promise<JudgedScenario> => {
        const index = s.scenarios.findIndex((sc) => sc.name === r.name);
        if (r.skipped || index < 0) return { ...r, verdicts: [] };
        if (receiver && s.otel.receiver && !signal.aborted) await receiver.waitForQuiet(300, 3000, r.startedAt);
        const sources: SpanSource[] = [...(receiver ? [receiver] : []), stdoutSpanSource([s.scenarios[index]!], [r])];
        const sut = unshiftFakedClock(readSources(sources, trace.traceId).spans, s, env);
        return judgeScenario(s, index, r, trace, sut, {
          strict: o.strict ?? false,
          receiverWarnings: (name) => receiverWarnings(trace.traceId, name),
          receiverDropped: (name) => receiverDropped(trace.traceId, name),
        });
      };
      const run = await runSuite(suite, {
        engine: o.engine,
        runId: o.runId,
        suiteIndex: index,
        seed,
        jobs: o.jobs ?? 1,
        failFast: o.failFast ?? false,
        ...(o.filter ? { filter: o.filter } : {}),
        reportDir,
        signal,
        health,
        engineWaitMs: o.engineWaitMs ?? engineWaitMsFromEnv(),
        env,
        ...(suite.otel.receiver ? { telemetryEnv } : {}),
        // What each scenario's own channel delivered so far: the `span` steady-state probes read it live.
        ...(suite.otel.receiver && receiver ? { sutSpans: (traceId: string, scenario: string) => receiver!.scenarioSpans(traceId, scenario) } : {}),
        // Chaos starts its proxies around each scenario; the step logs are written when its steps end.
        hooks: { ...chaosScenarioHooks, stepsEnded: writeScenarioFiles },
        onScenarioStart: (s, name) => safely(o.observer?.scenarioStart, s, name),
        // Each scenario is judged as it ends: its verdict is final then (the file's expectations and the digest wait for the whole trace).
        onScenarioEnd: async (s, r, trace) => {
          let judged: JudgedScenario;
          try {
            judged = await judgeEnded(s, r, trace);
          } catch (err) {
            // Never a verdict it did not reach: the scenario is then judged with the file (and printed there).
            warn(`${s.name} › ${r.name}: not judged when it ended (${(err as Error).message}); it is judged with the whole file`);
            return;
          }
          judgedEarly.set(r.name, judged);
          safely(o.observer?.scenarioEnd, s, maskDeep(judged, secrets));
        },
        chaosFor: ({ suite: s, scenario, recorder, rng }): ScenarioChaos => {
          const scheduled = planned.scenarios.find((p) => p.name === scenario.name && p.skipped === undefined);
          if (!scheduled) return { start: () => Promise.reject(new Error(`scenario ${scenario.name} is not planned to run (--filter of the plan and of the run differ)`)) };
          return createScenarioChaos({ engine: o.engine, recorder, suite: s, scenario, injections: scheduled.injections, rng });
        },
      });
      // Exporters in the system under test flush in batches: give them a moment after the last scenario,
      // when they sent anything during the suite (else only requests in progress are waited for).
      // (Not after an interrupt: the process has seconds to exit.)
      if (receiver && suite.otel.receiver && !signal.aborted) await receiver.waitForQuiet(300, 3000, suiteStartedAt);
      if (receiver && receiver.refusedPeers().length > refusedSeen) {
        const fresh = receiver.refusedPeers().slice(refusedSeen);
        refusedSeen += fresh.length;
        const pairs = [...new Set(fresh.map((r) => `${r.peer} → ${r.local}`))].slice(0, 5).join(', ');
        safely(o.observer?.warning, `the OTLP receiver refused ${fresh.length} connection(s) from outside the scenario network behind the address they reached (${pairs}); see docs/isolation.md`);
      }
      // Spans of the system under test: received over OTLP, and printed by the steps of scenarios with `spans:stdout`.
      const sources: SpanSource[] = [...(receiver ? [receiver] : []), stdoutSpanSource(suite.scenarios, run.scenarios)];
      const sut = readSources(sources, run.traceId);
      for (const problem of sut.problems) warn(`${suite.name}: ${problem}`);
      // Everything after judging sees the masked suite: console, reports, trace, export, the summary.
      const sutSpans = unshiftFakedClock(sut.spans, suite, env);
      const judgeOptions = { strict: o.strict ?? false, receiverWarnings: (name: string) => receiverWarnings(run.traceId, name), receiverDropped: (name: string) => receiverDropped(run.traceId, name) };
      const judged = redactSecrets(judgeSuite(run, sutSpans, judgeOptions, judgedEarly), secrets);
      for (const sc of judged.scenarios) for (const w of sc.warnings ?? []) warn(`${suite.name} › ${sc.name}: ${w}`);
      const forgeries = judged.forgeries ?? [];
      if (forgeries.length > 0) {
        const names = [...new Set(forgeries.map((f) => `${f.name}${f.service ? ` (service ${f.service})` : ''}`))].slice(0, 5).join(', ');
        warn(`${suite.name}: ${forgeries.length} span(s) of the system under test took a runner span's name or id and were ignored (recorded as clnrm.forgery events on clnrm.run): ${names}`);
      }
      // Every report, the digest compared with the baseline and the console are made from this one input.
      const input: SuiteReportInput = { ...suiteReportInput(judged), ...(planned.repetition ? { repeated: true } : {}) };
      const fileHash = suiteSha256.get(planned.file);
      if (fileHash) {
        const args = o.replayArgs ?? { vars: {} };
        input.replay = replayRecord({ planned, spans: input.judged.spans, suiteSha256: fileHash, secrets, vars: args.vars, ...(args.chaos ? { chaos: args.chaos } : {}), ...(args.filter ? { filter: args.filter } : {}) });
      }
      reportInputs[index] = input;
      const { digest } = input;
      const outcome: SuiteOutcome = { digest, reports: [] };
      const baselineFile = o.baselineDir ? join(o.baselineDir, `${reportStem(suite.name)}.trace.sha256`) : o.expectDigestFile;
      if (baselineFile) {
        const expected = readDigest(baselineFile);
        if (expected) outcome.baseline = { digest: expected, matches: expected === digest, source: baselineFile };
        else warn(`no baseline digest for ${suite.name} in ${baselineFile}; the digest is not compared`);
      }
      const formats = [...new Set([...suite.report.formats, ...(o.addFormats ?? [])])];
      const baseline = o.baselineDir && formats.includes('html') ? readBaseline(o.baselineDir, suite.name, warn) : undefined;
      outcome.reports = await writeSuiteReports(baseline ? { ...input, baseline } : input, reportDir, formats);
      if (formats.includes('html')) htmlPages[index] = { input, dir: reportDir };
      outcomes[index] = outcome;
      if (planned.repetition && !judged.passed) failedRepeats.add(planned.file);
      safely(o.observer?.suiteEnd, judged, outcome);
      // Export of the whole trace (runner and system under test); a failed export is a warning, not a test failure.
      const settings = resolveExportSettings(
        { ...(o.otelExporter ? { exporter: o.otelExporter } : {}), ...(o.otelEndpoint ? { endpoint: o.otelEndpoint } : {}) },
        suite.otel,
        otelEnv,
        parent,
      );
      if (settings.exporter === 'otlp' && failedExports.has(settings.url)) {
        warn(`${suite.name}: trace export to ${settings.url} skipped: it failed earlier in this run`);
      } else if (settings.exporter !== 'none' && !signal.aborted) {
        await exportSpans(judged.spans, { ...settings, ...(o.exportOut ? { out: o.exportOut } : {}) }).then(
          (r) => r.warnings.forEach((w) => warn(`${suite.name}: trace export: ${w}`)),
          (err) => {
            if (settings.exporter === 'otlp') failedExports.add(settings.url);
            warn(`${suite.name}: trace export failed: ${(err as Error).message}`);
          },
        );
      }
      return { judged, reportDir, reports: outcome.reports };
    });
    // Repetitions `--until-fail` did not start are left out of everything the run reports.
    const started = ranSuites.flatMap((r, i) => (r ? [i] : []));
    const runs = started.map((i) => ({ ...ranSuites[i]!, planned: runPlan.suites[i]!, input: reportInputs[i]! }));
    const judgedSuites = runs.map((r) => r.judged);
    outcomes.splice(0, outcomes.length, ...started.map((i) => outcomes[i]!));
    reportInputs.splice(0, reportInputs.length, ...runs.map((r) => r.input));
    const repetitions = runPlan.suites.some((s) => s.repetition) ? summarizeRepetitions(runs) : undefined;
    if (repetitions) await writeRepetitionSections(repetitions, runs);

    if (runPlan.suites.length > 1) await writeRunIndexes(htmlPages).catch((err) => safely(o.observer?.warning, `cannot write the HTML index: ${(err as Error).message}`));
    const lost = receiver?.stats();
    if (lost && lost.unattributed > 0) {
      safely(o.observer?.warning, `${lost.unattributed} span(s) were sent to the OTLP receiver outside any scenario's endpoint (OTEL_EXPORTER_OTLP_ENDPOINT) and were dropped: they cannot be tied to a scenario`);
    }
    const all = judgedSuites.flatMap((r) => r.scenarios);
    const ran = all.filter((s) => !s.skipped);
    const fileFailures = judgedSuites.filter((r) => r.fileVerdicts.some((v) => !v.passed)).length;
    return {
      suites: judgedSuites,
      outcomes,
      reportInputs,
      passed: ran.filter((s) => s.outcome === 'pass').length,
      failed: ran.filter((s) => s.outcome === 'fail').length + fileFailures,
      errors: ran.filter((s) => s.outcome === 'error').length,
      skipped: all.length - ran.length,
      leaks: all.reduce((n, s) => n + s.leaks.length, 0),
      unverifiedCleanups: all.filter((s) => s.cleanupUnverified !== undefined).length,
      digestMismatches: outcomes.filter((x) => x.baseline && !x.baseline.matches).length,
      interrupted: signal.aborted,
      durationMs: Date.now() - runStarted,
      ...(repetitions ? { repetitions } : {}),
    };
  } finally {
    clearTimeout(warmTimer);
    health.close();
    // Independent: the lease volume's removal is an engine request, the receiver's close a local one.
    await Promise.all([receiver?.close(), lease.release()]);
  }
}

/** The baseline report.json of a suite for the HTML diff view; a missing one is silent (the digest check warns), an unreadable one a warning. */
function readBaseline(dir: string, suiteName: string, warn: (m: string) => void): BaselineReport | undefined {
  try {
    return readBaselineReport(dir, suiteName);
  } catch (err) {
    warn(`${(err as Error).message}; the HTML report shows no diff`);
    return undefined;
  }
}

/**
 * Adds the `repetitions` section to the report.json of each suite's first repetition (the
 * one a plain run would write), and to its entry of the run's aggregate JSON report.
 */
async function writeRepetitionSections(summary: RepetitionsSummary, runs: readonly { planned: PlannedSuite; input: SuiteReportInput; reportDir: string; reports: string[] }[]): Promise<void> {
  const section = repetitionsJson(summary);
  for (const run of runs) {
    if (run.planned.repetition?.index !== 0) continue;
    run.input.repetitions = section.filter((s) => s.file === run.planned.file);
    if (run.reports.some((r) => r.endsWith('.report.json'))) await writeSuiteReports(run.input, run.reportDir, ['json']);
  }
}
