/**
 * The journal of a run: plain records, written in `finally` blocks, that the
 * validators and reporters read. A failure is data here, never an exception.
 */
import type { CapturedText } from './output.js';
import type { ResourceInfo } from './engine.js';
import type { FaultRecord, Kpis, ProbeSample } from './probes/kpi.js';

export type Outcome = 'pass' | 'fail' | 'error';

export type TimeoutKind = 'step' | 'scenario' | 'deadline';

/** Why a step or scenario did not pass; `type` is also the span attribute `error.type`. */
export type FailureReason =
  | { type: 'exit_code'; exitCode: number; expected: number }
  | { type: 'output_mismatch'; pattern: string }
  | { type: 'timeout'; kind: TimeoutKind; timeoutMs: number }
  | { type: 'oom_killed' }
  | { type: 'container_killed'; exitCode?: number }
  | { type: 'not_ready'; service: string }
  /** A steady-state probe failed before any fault was injected. */
  | { type: 'not_steady'; probe: string }
  /** A steady-state probe did not answer healthy within recover_within_ms after the faults were reverted. */
  | { type: 'not_recovered'; probe: string }
  /** The step's service was frozen by a pause fault that did not end in time (`fault`: its name, when a fault of the run paused it). */
  | { type: 'service_paused'; service: string; fault?: string }
  | { type: 'engine_error' }
  | { type: 'engine_lost'; cause: string }
  | { type: 'interrupted' }
  | { type: 'unexpected_success' }
  | { type: 'expectation_failed' }
  | { type: 'leak' }
  | { type: 'vacuous' };

export interface StepResult {
  name: string;
  outcome: Outcome;
  reason?: FailureReason;
  message: string;
  exitCode?: number;
  attempts: number;
  startedAt: number;
  durationMs: number;
  stdout: CapturedText;
  stderr: CapturedText;
  /** The step failed as declared with `expect_failure`. */
  expectedFailure?: boolean;
}

export interface ScenarioResult {
  name: string;
  outcome: Outcome;
  reason?: FailureReason;
  message: string;
  steps: StepResult[];
  /** Resources of the scenario still on the engine after cleanup. */
  leaks: ResourceInfo[];
  startedAt: number;
  durationMs: number;
  /** Files written to the report directory (logs). */
  artifacts: string[];
  skipped?: boolean;
  /** Set when cleanup could not be verified on the engine: why, and the command that finishes it. Leaks are then unknown, not zero. */
  cleanupUnverified?: string;
  /**
   * Names and addresses of the scenario's own containers (services and proxies): container name,
   * short id (a network alias) and address on the scenario network. Peers `no_external_services` allows.
   */
  peers?: string[];
  /** With `[scenario.steady_state]`: the KPIs of the experiment and every probe sample they were computed from. */
  kpis?: Kpis;
  probeSamples?: ProbeSample[];
  /** With `[scenario.steady_state]`: the fault side of the timeline (each planned injection, when applied and when it stopped acting). */
  faultRecords?: FaultRecord[];
}
