/**
 * Schema-valid TOML data → the immutable Suite model (defaults applied).
 * Runs only after the schema check passed, so shapes are trusted here.
 */
import { dependencies } from './depends-on.js';
import { formatKeyPath } from './issues.js';
import type {
  AttrExpected,
  ConsistencySpec,
  CountBound,
  ExpectSpec,
  FaultSpec,
  MonkeySpec,
  ProbeSpec,
  RetrySpec,
  ScenarioSpec,
  ServiceSpec,
  SpanExpectation,
  StepSpec,
  Suite,
} from './model.js';
import type { Position } from './toml.js';

type Raw = Record<string, any>;

/** `{ value, secret }` entries (see the schema's maybeSecret) give their value; masking reads the marker elsewhere. */
export const plainValue = (v: unknown): string => String(v !== null && typeof v === 'object' ? (v as { value: unknown }).value : v);

const strings = (env: Raw | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, plainValue(v)]));

/** Keys of the fault envelope; everything else in a fault table is the fault type's own parameter. */
const FAULT_ENVELOPE = new Set(['type', 'name', 'target', 'delay_ms', 'at_ms', 'duration_ms', 'every_ms', 'count', 'probability', 'step']);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // for…in: no array of values per object (the model's objects are plain, with no inherited keys).
    for (const k in value) deepFreeze(value[k]);
  }
  return value;
}

function retries(raw: Raw | undefined): RetrySpec | undefined {
  if (!raw) return undefined;
  const spec: RetrySpec = { max: raw.max, backoffMs: raw.backoff_ms ?? 100, factor: raw.factor ?? 2, jitter: raw.jitter ?? 0 };
  if (raw.max_backoff_ms !== undefined) spec.maxBackoffMs = raw.max_backoff_ms;
  return spec;
}

/**
 * Omits undefined fields so the frozen model prints and compares cleanly. Copies the
 * defined ones, in order, rather than deleting the others: a `delete` turns an object
 * into a slow dictionary, and a model is built for every suite file loaded.
 */
function compact<T extends object>(obj: T): T {
  const out = {} as T;
  for (const k in obj) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}

/** `started` lists the scenario's services: a step that names neither service nor image runs in the only one. */
function step(raw: Raw, defaults: Raw, name: string, keyPath: string, started: readonly string[]): StepSpec {
  const pick = (key: string) => raw[key] ?? defaults[key];
  const image = pick('image');
  return compact({
    name,
    keyPath,
    run: raw.run,
    service: pick('service') ?? (image === undefined && started.length === 1 ? started[0] : undefined),
    image,
    env: { ...strings(defaults.env), ...strings(raw.env) },
    workdir: pick('workdir'),
    timeoutMs: raw.timeout_ms,
    timeoutStrategy: pick('timeout_strategy') ?? 'hard',
    gracePeriodMs: pick('grace_period_ms') ?? 5000,
    expectExitCode: raw.expect_exit_code ?? 0,
    expectedOutputRegex: raw.expected_output_regex,
    continueOnFailure: raw.continue_on_failure ?? false,
    expectFailure: raw.expect_failure ?? false,
    retries: retries(raw.retries),
  });
}

export function fault(raw: Raw, keyPath: string): FaultSpec {
  const params = Object.fromEntries(Object.entries(raw).filter(([k]) => !FAULT_ENVELOPE.has(k)));
  return compact({
    type: raw.type,
    name: raw.name ?? raw.type,
    keyPath,
    target: raw.target,
    atMs: raw.at_ms ?? raw.delay_ms ?? 0,
    durationMs: raw.duration_ms,
    everyMs: raw.every_ms,
    count: raw.count ?? 1,
    probability: raw.probability ?? 1,
    step: raw.step,
    params,
  });
}

/** Keys of the probe envelope; everything else in a probe table is the probe kind's own parameter. */
const PROBE_ENVELOPE = new Set(['name', 'type', 'interval_ms', 'timeout_ms', 'tolerance']);

function probe(raw: Raw, keyPath: string): ProbeSpec {
  return {
    name: raw.name,
    type: raw.type,
    keyPath,
    intervalMs: raw.interval_ms ?? 500,
    timeoutMs: raw.timeout_ms ?? 1000,
    toleratedFailures: raw.tolerance?.failures ?? 0,
    params: Object.fromEntries(Object.entries(raw).filter(([k]) => !PROBE_ENVELOPE.has(k))),
  };
}

function monkey(raw: Raw, keyPath: string): MonkeySpec {
  const perType = Object.entries((raw.fault ?? {}) as Record<string, Raw>).map(([type, f]) => {
    const { duration_ms: durationMs, ...params } = f;
    return [type, compact({ durationMs, params })];
  });
  return compact({
    keyPath,
    durationMs: raw.duration_ms,
    intervalMs: raw.interval_ms ?? 1000,
    probability: raw.probability,
    types: raw.types,
    targets: raw.targets,
    fault: Object.fromEntries(perType),
  });
}

const pairs = (raw: unknown): [string, string][] | undefined => raw as [string, string][] | undefined;

function spanExpectation(raw: Raw, keyPath: string): SpanExpectation {
  return compact({
    keyPath,
    name: raw.name,
    parent: raw.parent,
    ancestor: raw.ancestor,
    kind: raw.kind,
    status: raw.status,
    attrs: compact({ all: raw.attrs?.all, any: raw.attrs?.any, none: raw.attrs?.none }),
    events: compact({ all: raw.events?.all, any: raw.events?.any }),
    durationMs: raw.duration_ms,
    count: raw.count as CountBound | undefined,
  });
}

/** A count as written: an integer is that count exactly. */
const countOrBound = (raw: unknown): CountBound | undefined => (raw === undefined ? undefined : typeof raw === 'number' ? { eq: raw } : (raw as CountBound));

function consistency(c: Raw): ConsistencySpec {
  return compact({
    acks: c.ack_span !== undefined ? { span: c.ack_span, keyAttr: c.key_attr } : { steps: c.ack_steps, regex: c.ack_regex },
    present: { step: c.present_step, regex: c.present_regex },
    lost: countOrBound(c.lost),
    duplicated: countOrBound(c.duplicated),
    unexpected: countOrBound(c.unexpected),
    expectFailure: c.expect_failure ?? false,
  });
}

function expectations(raw: Raw | undefined, keyPath: string): ExpectSpec {
  const e = raw ?? {};
  const spec: ExpectSpec = {
    span: (e.span ?? []).map((s: Raw, i: number) => spanExpectation(s, `${keyPath}.span[${i}]`)),
    window: ((e.window ?? []) as Raw[]).map((w) => compact({ outer: w.outer, contains: w.contains, maxDurationMs: w.max_duration_ms })),
  };
  if (e.graph) spec.graph = compact({ mustInclude: pairs(e.graph.must_include), mustNotCross: pairs(e.graph.must_not_cross), acyclic: e.graph.acyclic, noOrphans: e.graph.no_orphans });
  if (e.counts)
    spec.counts = compact({ spansTotal: e.counts.spans_total, eventsTotal: e.counts.events_total, errorsTotal: e.counts.errors_total, byName: e.counts.by_name });
  if (e.order) spec.order = compact({ mustPrecede: pairs(e.order.must_precede), mustFollow: pairs(e.order.must_follow) });
  if (e.status) spec.status = compact({ all: e.status.all, byName: e.status.by_name, errorsAllowed: e.status.errors_allowed ?? 0 });
  if (e.hermeticity) {
    const h = e.hermeticity;
    spec.hermeticity = compact({
      noContainerLeakage: h.no_container_leakage,
      noNetworkLeakage: h.no_network_leakage,
      noVolumeLeakage: h.no_volume_leakage,
      noProcessLeakage: h.no_process_leakage,
      noExternalServices: h.no_external_services,
      resourceAttrsMustMatch: h.resource_attrs_must_match as Record<string, AttrExpected> | undefined,
      spanAttrsForbidKeys: h.span_attrs_forbid_keys,
    });
  }
  if (e.consistency) spec.consistency = consistency(e.consistency);
  if (e.kpi) spec.kpi = e.kpi;
  if (e.supervision) {
    spec.supervision = (e.supervision as Raw[]).map((s, i) =>
      compact({ keyPath: `${keyPath}.supervision[${i}]`, service: s.service, backWithinMs: s.back_within_ms, maxRestartsPerMinute: s.max_restarts_per_minute }),
    );
  }
  if (e.during) {
    spec.during = (e.during as Raw[]).map((d, i) => ({
      window: d.fault !== undefined ? { fault: d.fault } : d.during_all !== undefined ? { all: d.during_all } : { any: d.during_any },
      overlap: d.overlap ?? 'overlaps',
      span: spanExpectation(d, `${keyPath}.during[${i}]`),
    }));
  }
  if (e.after) spec.after = (e.after as Raw[]).map((a, i) => ({ fault: a.fault, withinMs: a.within_ms, span: spanExpectation(a, `${keyPath}.after[${i}]`) }));
  return spec;
}

function service(name: string, raw: Raw, defaults: Raw): ServiceSpec {
  const limits = { ...(raw.limits ?? {}) };
  return compact({
    name,
    image: raw.image,
    args: raw.args,
    entrypoint: raw.entrypoint,
    env: strings(raw.env),
    ports: raw.ports ?? [],
    workdir: raw.workdir,
    user: raw.user,
    clock: raw.clock,
    tmpfs: raw.tmpfs ?? {},
    capabilities: raw.capabilities ?? [],
    privileged: raw.privileged ?? false,
    limits: compact({
      memoryMb: limits.memory_mb ?? defaults.memory_mb,
      cpuMillicores: limits.cpu_millicores ?? defaults.cpu_millicores,
      pids: limits.pids ?? defaults.pids,
      nofile: limits.nofile,
    }),
    wait: raw.wait
      ? compact({
          log: raw.wait.log,
          port: raw.wait.port,
          command: raw.wait.command,
          timeoutMs: raw.wait.timeout_ms ?? 30000,
          intervalMs: raw.wait.interval_ms ?? 100,
        })
      : undefined,
    restart: raw.restart !== undefined && raw.restart !== 'no' ? compact({ policy: raw.restart, maxRetries: raw.restart_max_retries }) : undefined,
    dependsOn: raw.depends_on !== undefined ? dependencies(raw.depends_on) : undefined,
  });
}


/** `detect = "probes" | { span = "NAME" } | ["probes", { span = "NAME" }]` (default: the probes). */
function detectSpec(raw: unknown): { probes: boolean; span?: string } {
  const items: unknown[] = Array.isArray(raw) ? raw : [raw];
  const span = items.find((i): i is Raw => typeof i === 'object' && i !== null)?.span as string | undefined;
  return compact({ probes: items.includes('probes'), span });
}

function scenario(raw: Raw, index: number, allServices: string[]): ScenarioSpec {
  const keyPath = formatKeyPath(['scenario', index]);
  const started: string[] = raw.services ?? allServices;
  const steps: StepSpec[] = raw.steps
    ? raw.steps.map((s: Raw, i: number) => step(s, raw, s.name, `${keyPath}.steps[${i}]`, started))
    : raw.run !== undefined
      ? // The scenario's own timeout bounds the scenario; its single step inherits it.
        [step({ ...raw, expect_failure: false }, {}, raw.name, keyPath, started)]
      : [];
  const faults = [
    ...(raw.chaos_injection ? [fault(raw.chaos_injection, `${keyPath}.chaos_injection`)] : []),
    ...(raw.chaos ?? []).map((f: Raw, i: number) => fault(f, `${keyPath}.chaos[${i}]`)),
  ];
  return compact({
    name: raw.name,
    keyPath,
    description: raw.description,
    tags: raw.tags ?? [],
    services: started,
    steps,
    singleStep: raw.steps === undefined,
    timeoutMs: raw.timeout_ms,
    deadlineMs: raw.deadline_ms,
    expectFailure: raw.expect_failure ?? false,
    artifacts: raw.artifacts?.collect ?? [],
    faults,
    steadyState: raw.steady_state
      ? compact({
          probes: (raw.steady_state.probe as Raw[]).map((p, i) => probe(p, `${keyPath}.steady_state.probe[${i}]`)),
          recoverWithinMs: raw.steady_state.recover_within_ms ?? 30000,
          detect: raw.steady_state.detect === undefined ? undefined : detectSpec(raw.steady_state.detect),
          errorBudget: raw.steady_state.error_budget ? { span: raw.steady_state.error_budget.span, budgetPct: raw.steady_state.error_budget.budget_pct } : undefined,
        })
      : undefined,
    monkey: raw.monkey ? monkey(raw.monkey, `${keyPath}.monkey`) : undefined,
    hypothesis: raw.hypothesis,
    expect: expectations(raw.expect, `${keyPath}.expect`),
  });
}

export function buildSuite(file: string, data: Raw, locate: (keyPath: string) => Position | undefined, secrets: readonly string[] = []): Suite {
  const limits = data.limits ?? {};
  const serviceNames = Object.keys(data.service ?? {});
  const suite: Suite = {
    file,
    name: data.meta.name,
    ...compact({ version: data.meta.version, description: data.meta.description }),
    tags: data.meta.tags ?? [],
    determinism: compact({
      seed: data.determinism?.seed,
      freezeClock: data.determinism?.freeze_clock,
      clock: data.determinism?.clock,
      digestExclude: data.determinism?.digest_exclude ?? [],
    }),
    otel: compact({
      exporter: data.otel?.exporter,
      endpoint: data.otel?.endpoint,
      headers: data.otel?.headers ?? {},
      serviceName: data.otel?.service_name,
      resources: data.otel?.resources ?? {},
      receiver: data.otel?.receiver ?? true,
    }),
    limits: compact({
      memoryMb: limits.memory_mb,
      cpuMillicores: limits.cpu_millicores,
      pids: limits.pids,
      maxDurationSeconds: limits.max_duration_seconds,
    }),
    cleanup: {
      containers: data.cleanup?.containers ?? 'always',
      verifyCleanup: data.cleanup?.verify_cleanup ?? true,
      timeoutMs: data.cleanup?.timeout_ms ?? 30000,
    },
    report: { dir: data.report?.dir ?? '.clnrm/reports', formats: data.report?.formats ?? ['json', 'junit', 'digest', 'cleanup', 'html'] },
    network: { egress: data.network?.egress ?? false, allow: data.network?.allow ?? [] },
    chaos: { preset: data.chaos?.preset ?? 'none' },
    ...(data.game_day ? { gameDay: compact({ name: data.game_day.name, description: data.game_day.description }) } : {}),
    services: Object.fromEntries(serviceNames.map((n) => [n, service(n, data.service[n], limits)])),
    proxies: Object.fromEntries(
      Object.entries((data.proxy ?? {}) as Record<string, Raw>).map(([name, p]) => {
        const [svc, port] = String(p.upstream).split(':');
        return [name, { name, listen: p.listen ?? Number(port), upstream: { service: svc!, port: Number(port) } }];
      }),
    ),
    scenarios: data.scenario.map((s: Raw, i: number) => scenario(s, i, serviceNames)),
    expect: expectations(data.expect, 'expect'),
    secrets,
    locate,
  };
  return deepFreeze(suite);
}
