/**
 * The programmatic API behind `clnrm run`: load every file, run its scenarios
 * on the engine, and hand back plain results. The CLI only parses arguments,
 * prints, and turns the summary into an exit status.
 *
 *   load ─▶ runtime (per file: one trace) ─▶ results
 */
import type { Suite } from './load/index.js';
import { drawSeed } from './plan/rng.js';
import type { Engine } from './runtime/engine.js';
import { collectOrphans } from './runtime/gc.js';
import type { ScenarioResult } from './runtime/results.js';
import { mapWithLimit, runSuite, type SuiteRun } from './runtime/suite.js';
import { createScenarioChaos, unsupportedFaults } from './chaos/session.js';
import type { ScenarioChaos } from './runtime/scenario.js';
import { judgeSuite, type JudgedSuite } from './validate/judge.js';

export interface RunOptions {
  suites: Suite[];
  engine: Engine;
  runId: string;
  /** Overrides every suite's `[determinism] seed`. */
  seed?: number;
  jobs?: number;
  failFast?: boolean;
  filter?: RegExp;
  reportDir?: string;
  signal?: AbortSignal;
  observer?: RunObserver;
}

/** Optional hooks; an observer that throws never breaks the run. */
export interface RunObserver {
  suiteStart?(suite: Suite, seed: number, seedWasDrawn: boolean): void;
  scenarioStart?(suite: Suite, scenario: string): void;
  scenarioEnd?(suite: Suite, result: ScenarioResult): void;
  suiteEnd?(judged: JudgedSuite): void;
  orphansRemoved?(count: number): void;
}

export interface RunSummary {
  suites: JudgedSuite[];
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  leaks: number;
  interrupted: boolean;
  durationMs: number;
}

function safely<A extends unknown[]>(fn: ((...args: A) => void) | undefined, ...args: A): void {
  try {
    fn?.(...args);
  } catch {
    // Observers report; they never change the run.
  }
}

/** Variables every container of a suite gets (frozen clock, seed). */
export function suiteEnv(suite: Suite, seed: number): Record<string, string> {
  const env: Record<string, string> = { CLNRM_SEED: String(seed), CLNRM_SUITE: suite.name };
  if (suite.determinism.freezeClock) {
    env.CLNRM_FREEZE_CLOCK = suite.determinism.freezeClock;
    env.SOURCE_DATE_EPOCH = String(Math.floor(Date.parse(suite.determinism.freezeClock) / 1000));
    env.TZ = 'UTC';
  }
  return env;
}

export async function runFiles(o: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const signal = o.signal ?? new AbortController().signal;
  const gc = await collectOrphans(o.engine, { exceptRun: o.runId }).catch(() => ({ removed: [] }));
  if (gc.removed.length > 0) safely(o.observer?.orphansRemoved, gc.removed.length);

  const runs = await mapWithLimit(o.suites, o.jobs ?? 1, async (suite) => {
    const drawn = o.seed === undefined && suite.determinism.seed === undefined;
    const seed = o.seed ?? suite.determinism.seed ?? drawSeed();
    safely(o.observer?.suiteStart, suite, seed, drawn);
    const run = await runSuite(suite, {
      engine: o.engine,
      runId: o.runId,
      seed,
      jobs: o.jobs ?? 1,
      failFast: o.failFast ?? false,
      ...(o.filter ? { filter: o.filter } : {}),
      reportDir: o.reportDir ?? suite.report.dir,
      signal,
      env: suiteEnv(suite, seed),
      onScenarioStart: (s, name) => safely(o.observer?.scenarioStart, s, name),
      onScenarioEnd: (s, r) => safely(o.observer?.scenarioEnd, s, r),
      chaosFor: ({ suite: s, scenario, recorder, rng }): ScenarioChaos => {
        const missing = unsupportedFaults(scenario);
        if (missing.length > 0) {
          return { start: () => Promise.reject(new Error(`fault type(s) ${missing.join(', ')} cannot be injected by this version of clnrm`)) };
        }
        return createScenarioChaos({ engine: o.engine, recorder, suite: s, scenario, rng });
      },
    });
    const judged = judgeSuite(run);
    safely(o.observer?.suiteEnd, judged);
    return judged;
  });

  const all = runs.flatMap((r) => r.scenarios);
  const ran = all.filter((s) => !s.skipped);
  const fileFailures = runs.filter((r) => r.fileVerdicts.some((v) => !v.passed)).length;
  return {
    suites: runs,
    passed: ran.filter((s) => s.outcome === 'pass').length,
    failed: ran.filter((s) => s.outcome === 'fail').length + fileFailures,
    errors: ran.filter((s) => s.outcome === 'error').length,
    skipped: all.length - ran.length,
    leaks: all.reduce((n, s) => n + s.leaks.length, 0),
    interrupted: signal.aborted,
    durationMs: Date.now() - started,
  };
}
