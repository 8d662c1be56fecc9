/**
 * What a run tells the outside while it goes and when it ends: the observer
 * hooks (all optional) and the summary. Reporters implement these; the
 * orchestrator calls them and never lets one break the run.
 */
import type { Suite } from '../load/index.js';
import type { JudgedScenario, JudgedSuite } from '../validate/judge.js';
import type { SuiteReportInput } from './input.js';
import type { RepetitionsSummary } from './repetitions.js';

/** Optional hooks; an observer that throws never breaks the run. */
export interface RunObserver {
  suiteStart?(suite: Suite, seed: number, seedWasDrawn: boolean): void;
  scenarioStart?(suite: Suite, scenario: string): void;
  /** A scenario ended and was judged: its verdict is final. */
  scenarioEnd?(suite: Suite, result: JudgedScenario): void;
  suiteEnd?(judged: JudgedSuite, outcome: SuiteOutcome): void;
  orphansRemoved?(count: number): void;
  warning?(message: string): void;
}

export interface SuiteOutcome {
  digest: string;
  /** Set when a baseline was given: the baseline's digest, and whether it matches. */
  baseline?: { digest: string; matches: boolean; source: string };
  reports: string[];
}

export interface RunSummary {
  suites: JudgedSuite[];
  outcomes: SuiteOutcome[];
  /** What every report of each suite is made from (masked suite, canonical trace, digest), in the order of `suites`. */
  reportInputs: SuiteReportInput[];
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  leaks: number;
  /** Scenarios whose cleanup could not be verified on the engine (engine lost): leaks unknown, run `clnrm gc`. */
  unverifiedCleanups: number;
  digestMismatches: number;
  interrupted: boolean;
  durationMs: number;
  /** A repeated run (`--repeat`, `--seeds`): per scenario, its pass rate, digests and first failure. */
  repetitions?: RepetitionsSummary;
}
