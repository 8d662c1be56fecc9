/**
 * clnrm as a library: the same functions the CLI calls.
 *
 *   load ─▶ plan ─▶ runtime (engine) ─▶ chaos ─▶ telemetry ─▶ validate ─▶ report
 */
export { loadSuiteFile, loadSuiteSource, formatIssue } from './load/index.js';
export type { Suite, ScenarioSpec, StepSpec, FaultSpec, ExpectSpec, LoadIssue, LoadResult } from './load/index.js';
export { runFiles, planRun, type RunOptions, type RunSummary, type RunObserver } from './run.js';
export { InvalidPlanError, type RunPlan, type PlannedSuite, type PlannedScenario, type PlanProblem } from './plan/plan.js';
export { planJson, planText } from './plan/print.js';
export { createDockerEngine } from './runtime/docker-engine.js';
export type { Engine } from './runtime/engine.js';
export { judgeSuite, type JudgedSuite } from './validate/judge.js';
export { traceDigest, canonicalTrace } from './report/canonical.js';
export { writeReports } from './report/write.js';
export {
  ClnrmError,
  UsageError,
  LoadError,
  PlanError,
  EngineError,
  ImageUnavailableError,
  RuntimeError,
  ChaosError,
  TelemetryError,
  ReportError,
  type ErrorCode,
  type SourceLocation,
} from './common/errors.js';
