/**
 * The typed, immutable suite model every later stage consumes. Defaults from
 * the schema are applied here, and a scenario's single `run` becomes one step
 * named after the scenario, so no later stage needs to know the TOML shapes.
 *
 *   Suite ─┬─ services: ServiceSpec by name
 *          ├─ proxies:  ProxySpec by name
 *          ├─ scenarios: ScenarioSpec[] ─┬─ steps: StepSpec[]
 *          │                             ├─ faults: FaultSpec[]
 *          │                             └─ expect: ExpectSpec
 *          └─ expect: ExpectSpec (whole file's trace)
 */
import type { Position } from './toml.js';

export type Command = string | readonly string[];
export type AttrValue = string | number | boolean;
/** A literal an attribute is compared with; a bigint is a TOML integer beyond 2^53, compared exactly with int64 attributes. */
export type AttrLiteral = AttrValue | bigint;

/**
 * A matcher table for an attribute in `attrs.all` / `attrs.any` (and
 * `resource_attrs_must_match`): every key given must hold. `exists = false`
 * is the only key an absent attribute can satisfy.
 */
export interface AttrMatcher {
  /** Equal, by type and value (as a literal). */
  eq?: AttrLiteral;
  ne?: AttrLiteral;
  /** Numeric bounds: the attribute (or its string form) must be a number. */
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  /** JavaScript regular expression searched in the string form. */
  regex?: string;
  /** The whole string form matches; `*` is any run of characters. */
  glob?: string;
  /** Equal, by type and value, to one of these. */
  in?: readonly AttrLiteral[];
  exists?: boolean;
}

/** What an expectation asks of one attribute: a literal, compared by type and value, or a matcher table. */
export type AttrExpected = AttrLiteral | AttrMatcher;
export type TimeoutStrategy = 'hard' | 'graceful';

export interface Limits {
  memoryMb?: number;
  cpuMillicores?: number;
  pids?: number;
  nofile?: number;
}

export interface WaitSpec {
  log?: string;
  port?: number;
  command?: Command;
  timeoutMs: number;
  intervalMs: number;
}

/** Docker's restart policies: whether the engine restarts a service whose main process exited. */
export type RestartPolicy = 'no' | 'on-failure' | 'always';

/** When a dependency counts as up: its container runs (`started`), or its `wait` conditions hold too (`ready`). */
export type DependencyCondition = 'started' | 'ready';

export interface ServiceDependency {
  service: string;
  condition: DependencyCondition;
}

/** How a faked wall clock behaves: starts at `freeze_clock` when the run starts and runs on, or stands still. */
export type ClockMode = 'advancing' | 'frozen';

export interface ServiceSpec {
  name: string;
  image: string;
  args?: Command;
  entrypoint?: Command;
  env: Readonly<Record<string, string>>;
  ports: readonly number[];
  workdir?: string;
  user?: string;
  /** The wall clock its processes see under `freeze_clock` (default: the suite's `clock`). */
  clock?: ClockMode | 'real';
  tmpfs: Readonly<Record<string, string>>;
  capabilities: readonly string[];
  privileged: boolean;
  limits: Limits;
  wait?: WaitSpec;
  /** Absent: `no`. `maxRetries` only with `on-failure` (absent: no limit). */
  restart?: { policy: RestartPolicy; maxRetries?: number };
  /** Services that must be up (per condition) before this one starts; absent: none. */
  dependsOn?: readonly ServiceDependency[];
}

export interface ProxySpec {
  name: string;
  listen: number;
  upstream: { service: string; port: number };
}

export interface RetrySpec {
  max: number;
  backoffMs: number;
  factor: number;
  maxBackoffMs?: number;
  jitter: number;
}

export interface StepSpec {
  name: string;
  /** Key path of the step in the file, for located runtime errors. */
  keyPath: string;
  run: Command;
  service?: string;
  image?: string;
  env: Readonly<Record<string, string>>;
  workdir?: string;
  timeoutMs?: number;
  timeoutStrategy: TimeoutStrategy;
  gracePeriodMs: number;
  expectExitCode: number;
  expectedOutputRegex?: string;
  continueOnFailure: boolean;
  expectFailure: boolean;
  retries?: RetrySpec;
}

/** A fault as declared: the envelope plus the fault type's own parameters (checked by the schema). */
export interface FaultSpec {
  type: string;
  name: string;
  keyPath: string;
  target?: string | readonly string[];
  atMs: number;
  durationMs?: number;
  everyMs?: number;
  count: number;
  probability: number;
  step?: string;
  params: Readonly<Record<string, unknown>>;
}

export interface CountBound {
  eq?: number;
  gte?: number;
  lte?: number;
}

export type SpanStatus = 'OK' | 'ERROR' | 'UNSET';

export interface SpanExpectation {
  keyPath: string;
  name: string;
  parent?: string;
  ancestor?: string;
  kind?: 'internal' | 'server' | 'client' | 'producer' | 'consumer';
  status?: SpanStatus;
  attrs: { all?: Readonly<Record<string, AttrExpected>>; any?: Readonly<Record<string, AttrExpected>>; none?: readonly string[] };
  events: { all?: readonly string[]; any?: readonly string[] };
  durationMs?: { min?: number; max?: number };
  count?: CountBound;
}

/**
 * `[scenario.expect.consistency]`: acknowledged operations (from writer steps' stdout
 * lines or from spans) against the items a reader step lists; bounds on what was lost,
 * listed twice, or listed without an acknowledgement.
 */
export interface ConsistencySpec {
  acks: { steps: readonly string[]; regex: string } | { span: string; keyAttr: string };
  present: { step: string; regex: string };
  lost?: CountBound;
  duplicated?: CountBound;
  unexpected?: CountBound;
  /** The check passes only when a bound is violated (a check that could not be judged stays failed). */
  expectFailure: boolean;
}

/** Bounds on a KPI measured from the probe timeline (docs/experiments.md): `min` ≤ value ≤ `max`. */
export interface KpiBound {
  min?: number;
  max?: number;
}

/** The KPIs an expectation can bound, by their key in `[expect.kpi]`. */
export type KpiKey = 'mttd_ms' | 'mttr_ms' | 'availability_pct' | 'recovery_rate_pct' | 'error_budget_used_pct';

export interface ExpectSpec {
  span: readonly SpanExpectation[];
  graph?: { mustInclude?: readonly (readonly [string, string])[]; mustNotCross?: readonly (readonly [string, string])[]; acyclic?: boolean; noOrphans?: boolean };
  counts?: { spansTotal?: CountBound; eventsTotal?: CountBound; errorsTotal?: CountBound; byName?: Readonly<Record<string, CountBound>> };
  /** `maxDurationMs`: every span named `outer` lasts at most that long. */
  window: readonly { outer: string; contains: readonly string[]; maxDurationMs?: number }[];
  order?: { mustPrecede?: readonly (readonly [string, string])[]; mustFollow?: readonly (readonly [string, string])[] };
  /** `errorsAllowed`: ERROR spans tolerated by `all = "OK"` (default 0). */
  status?: { all?: SpanStatus; byName?: Readonly<Record<string, SpanStatus>>; errorsAllowed?: number };
  hermeticity?: {
    noContainerLeakage?: boolean;
    noNetworkLeakage?: boolean;
    noVolumeLeakage?: boolean;
    noProcessLeakage?: boolean;
    noExternalServices?: boolean;
    resourceAttrsMustMatch?: Readonly<Record<string, AttrExpected>>;
    spanAttrsForbidKeys?: readonly string[];
  };
  consistency?: ConsistencySpec;
  kpi?: Partial<Record<KpiKey, KpiBound>>;
  /** `[[scenario.expect.supervision]]`: killed services came back by the engine's restart policy. */
  supervision?: readonly SupervisionSpec[];
  /** `[[scenario.expect.during]]`: span conditions scoped to the windows of named faults. */
  during?: readonly DuringSpec[];
  /** `[[scenario.expect.after]]`: recovery after a named fault's window closed. */
  after?: readonly AfterSpec[];
}

/** How a span must sit in a fault window: share any instant with it, or lie wholly inside one stretch of it. */
export type WindowOverlap = 'overlaps' | 'contained';

/**
 * Which faults' windows an expectation is scoped to (faults by their `name`): one fault,
 * the time all of them were active at once (`all`), or the time any of them was (`any`).
 */
export type FaultWindowRef = { fault: string } | { all: readonly string[] } | { any: readonly string[] };

/** Span conditions (as `[[expect.span]]`) judged on the spans that meet the window per `overlap`. */
export interface DuringSpec {
  window: FaultWindowRef;
  overlap: WindowOverlap;
  span: SpanExpectation;
}

/**
 * After the window of `fault` closed (its revert done): the first span named as in `span` that starts after
 * it and meets the conditions starts within `withinMs`, and no span of that name starting after that one misses them.
 */
export interface AfterSpec {
  fault: string;
  withinMs: number;
  span: SpanExpectation;
}

/** After each kill of `service`, the engine restarted it and it ran (and was ready) again within `backWithinMs`. */
export interface SupervisionSpec {
  keyPath: string;
  service: string;
  backWithinMs: number;
  /** Most restarts by the engine in any 60 s. */
  maxRestartsPerMinute?: number;
}

/**
 * A steady-state probe as declared: the envelope (name, kind, pacing, tolerance)
 * plus the kind's own parameters (checked by the schema, decoded by the kind).
 */
export interface ProbeSpec {
  name: string;
  type: string;
  keyPath: string;
  intervalMs: number;
  /** How long one sample may take before it counts as failed. */
  timeoutMs: number;
  /** Consecutive failed samples tolerated before the steady state counts as lost. */
  toleratedFailures: number;
  params: Readonly<Record<string, unknown>>;
}

/** `[scenario.steady_state]`: the probes that define "healthy", and how soon health must return after the faults. */
export interface SteadyStateSpec {
  probes: readonly ProbeSpec[];
  recoverWithinMs: number;
  /** What detects a fault: a lost steady state (`probes`), the first ERROR span named `span` after the fault, or whichever comes first (absent: the probes). */
  detect?: { probes: boolean; span?: string };
  /** `error_budget`: ERROR spans named `span` over all spans so named, against `budgetPct` % (KPI error_budget_used_pct). */
  errorBudget?: { span: string; budgetPct: number };
}

/**
 * `[scenario.monkey]`: faults drawn from the seed at every `intervalMs` over `durationMs`
 * (the plan turns the draws into ordinary faults; docs/experiments.md#monkey).
 */
export interface MonkeySpec {
  keyPath: string;
  durationMs: number;
  intervalMs: number;
  probability: number;
  types: readonly string[];
  /** Services drawn from; absent: the scenario's services. */
  targets?: readonly string[];
  /** Per fault type: `duration_ms` of each injected fault and the type's own parameters. */
  fault: Readonly<Record<string, { durationMs?: number; params: Readonly<Record<string, unknown>> }>>;
}

export interface ScenarioSpec {
  name: string;
  keyPath: string;
  description?: string;
  tags: readonly string[];
  /** Services started for this scenario. */
  services: readonly string[];
  steps: readonly StepSpec[];
  /** The scenario was written with `run` (one step named after it) rather than `steps`. */
  singleStep: boolean;
  timeoutMs?: number;
  deadlineMs?: number;
  expectFailure: boolean;
  artifacts: readonly ('logs' | 'spans' | 'inspect' | 'spans:stdout')[];
  faults: readonly FaultSpec[];
  steadyState?: SteadyStateSpec;
  monkey?: MonkeySpec;
  /** The game-day hypothesis this scenario tests; its expectations and KPI bounds are the success criteria. */
  hypothesis?: string;
  expect: ExpectSpec;
}

export interface Suite {
  /** Path of the file as given. */
  file: string;
  name: string;
  version?: string;
  description?: string;
  tags: readonly string[];
  /** `clock` absent: advancing (the default). */
  determinism: { seed?: number; freezeClock?: string; clock?: ClockMode; digestExclude: readonly string[] };
  otel: {
    /** Absent: not in the file (the OTEL_* variables decide; docs/otel.md). */
    exporter?: 'none' | 'stdout' | 'otlp';
    endpoint?: string;
    headers: Readonly<Record<string, string>>;
    /** Absent: OTEL_SERVICE_NAME, else `clnrm`. */
    serviceName?: string;
    resources: Readonly<Record<string, AttrValue>>;
    receiver: boolean;
    /** `receiver_max_spans`: spans of the system under test the run's receiver keeps (the largest value of a run's files). */
    receiverMaxSpans: number;
  };
  limits: Limits & { maxDurationSeconds?: number };
  cleanup: { containers: 'always' | 'on_success' | 'never'; verifyCleanup: boolean; timeoutMs: number };
  report: { dir: string; formats: readonly ('json' | 'junit' | 'digest' | 'cleanup' | 'html')[] };
  /** `allow`: holes to the host's ports, as written (`host:5432`, `host:53/udp`); see docs/isolation.md. */
  network: { egress: boolean; allow: readonly string[] };
  chaos: { preset: 'none' | 'gentle' | 'aggressive' };
  /** `[game_day]`: the suite is a game day; its scenarios with a `hypothesis` are the hypotheses tested. */
  gameDay?: { name: string; description?: string };
  services: Readonly<Record<string, ServiceSpec>>;
  proxies: Readonly<Record<string, ProxySpec>>;
  scenarios: readonly ScenarioSpec[];
  expect: ExpectSpec;
  /**
   * Values that must never appear in clear in any output: marked `secret = true`, or of
   * `[vars]` / `--var` names that look secret (env names that look secret are found from
   * the env tables). Optional for hand-made suites.
   */
  secrets?: readonly string[];
  /** Where a key path (as in `keyPath` fields) is in the file, for located errors in later stages. */
  locate(keyPath: string): Position | undefined;
}
