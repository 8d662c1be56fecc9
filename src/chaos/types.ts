/**
 * A fault type: one object in one file (faults/<kind>.ts) that says what the
 * fault is (its kind, doc, parameters as JSON Schema, a typed decode of them,
 * what it targets, its spans) and holds its verb, `inject`, which applies the
 * fault to one target and returns the evidence that it took effect, read back
 * afterwards, and, when it changed something that can be undone, a `revert`
 * that undoes exactly that. registry.ts lists them, one line each.
 *
 *   faults/<kind>.ts ─▶ registry.ts FAULT_TYPES ─┬─▶ session.ts (inject, revert)
 *                                                ├─▶ generate.ts ─▶ schemas/clnrm.schema.json (type enum, one if/then
 *                                                │                  block per kind with x-clnrm-targets/-references)
 *                                                │                  ─▶ load: schema checks, reference checks, plan anchors
 *                                                └─▶ generate.ts ─▶ docs/format.md, docs/chaos.md
 *
 * The evidence rule (session.ts applies it to every type alike): a span says
 * `chaos.injected = true` only when `Evidence.effect` is true, and `effect`
 * is true only when the fault's effect was observed after the fault, on the
 * engine or inside the target — never because an engine call returned.
 *
 *   plan (seeded schedule) ─▶ inject at at_ms ─▶ span clnrm.chaos.* / clnrm.resource.* / clnrm.network.*
 *                                       └─▶ revert after duration_ms, or during cleanup ─▶ clnrm.recovery
 */
import type { FaultReference, FaultTargets } from '../load/fault-facts.js';
import type { FaultSpec, ServiceSpec } from '../load/index.js';
import type { Rng } from '../plan/rng.js';
import type { Engine, Labels } from '../runtime/engine.js';

export type { FaultReference, FaultTargets } from '../load/fault-facts.js';

/** A JSON Schema fragment, as written into schemas/clnrm.schema.json. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** What a fault says about itself: the schema, the loader's checks and the docs are generated from this. */
export interface FaultKind<P = unknown> {
  /** The `type` of the fault in a suite file. */
  readonly kind: string;
  /** One line: what the fault does. */
  readonly doc: string;
  /** One line: what its revert restores (`—` when there is nothing to revert). */
  readonly revert: string;
  /** One line: the attributes its span records as evidence of the effect. */
  readonly evidence: string;
  /** One line: when it counts as not injected (`chaos.injected = false`). */
  readonly notInjectedWhen: string;
  /** The kind's own parameters, as JSON Schema properties (units in their names: `_ms`, `_mb`, `_kbps`). */
  readonly params: Readonly<Record<string, JsonSchema>>;
  /** Parameters the kind cannot do without. */
  readonly required?: readonly string[];
  /** Alternatives of which the kind needs at least one (each a list of parameters given together), e.g. `[['syscalls'], ['class']]`. */
  readonly requiredOneOf?: readonly (readonly string[])[];
  /** Parameters whose value (a name, or arrays of names) must be declared in the file. */
  readonly references?: Readonly<Record<string, FaultReference>>;
  readonly targets: FaultTargets;
  /** Name of the span of each injection (`clnrm.chaos.<kind>`, `clnrm.resource.<kind>`, `clnrm.network.chaos`, …). */
  readonly span: string;
  /** Name of the span of its revert. */
  readonly recoverySpan: string;
  /** The parameters of a loaded (schema-valid) fault, typed; throws with a message naming the parameter when one is unusable. */
  decode(params: FaultSpec['params']): P;
}

/** Injections of a kind that targets services are made once per target service. */
export const perTarget = (kind: Pick<FaultKind, 'targets'>): boolean => kind.targets === 'service';

export interface InjectContext {
  engine: Engine;
  fault: FaultSpec;
  /** The target service and its container (undefined for faults without target). */
  target?: { service: string; containerId: string; spec: ServiceSpec };
  /** Every service container of the scenario, by service name. */
  containers: ReadonlyMap<string, string>;
  services: Readonly<Record<string, ServiceSpec>>;
  networkId: string;
  /** Labels and name prefix for helper containers (so cleanup finds them). */
  labels: Labels;
  namePrefix: string;
  /** Names this injection the same way in every run (`<fault name>-<occurrence>`), for things recorded in spans. */
  injectionName: string;
  rng: Rng;
  /** The scenario's running `[proxy.NAME]` TCP fault proxies, by name (toxic faults). */
  proxies?: ReadonlyMap<string, { controlUrl: string }>;
}

export type Attrs = Record<string, string | number | boolean>;

/** What was read back after a fault (states before/after, counts, limits, rules…), and whether it shows the effect. */
export interface Evidence {
  /** True only when the effect was observed after the fault. */
  effect: boolean;
  /** Why the effect was not observed (target not running, nothing matched, nothing read back…). Required when `effect` is false. */
  reason?: string;
  /** Recorded on the fault's span whatever `effect` is. */
  attributes: Attrs;
}

export interface Injected {
  /** Read back right after the fault. */
  evidence: Evidence;
  /**
   * For faults whose effect only shows over time (packets matched by a rule,
   * traffic through a toxic): read back once, before the revert. The span stays
   * open until then, and the fault counts as injected only if both `evidence`
   * and this show the effect. (Step hooks are observed by the session itself:
   * the effect is that the hook wrapped at least one step run.)
   */
  observe?: () => Promise<Evidence>;
  /** Undoes what the fault changed, and only that; returns the recovery strategy name and whether the recovery was read back. */
  revert?: () => Promise<{ strategy: string; success: boolean; attributes?: Attrs }>;
}

/** Changes to how steps run while the fault is active (exit code and timeout injection, fd limits). */
export interface StepHook {
  /** Wraps the step's argv; only for steps in `service` (undefined: any service) or named `step`. */
  wrap(argv: string[]): string[];
  step?: string;
  service?: string;
}

/** What `inject` returns: the evidence, and a step hook for faults that act on how steps run. */
export type InjectResult = Injected & { stepHook?: StepHook };

/** A fault as its file defines it: what it says about itself and its verb, given the parameters `decode` returned. */
export interface FaultDefinition<P> extends FaultKind<P> {
  inject(ctx: InjectContext, params: P): Promise<InjectResult>;
}

/**
 * A fault as the session runs it. `spanName`, `recoverySpanName` and
 * `perTarget` restate the kind's `span`, `recoverySpan` and `targets`.
 */
export interface FaultType<P = unknown> extends FaultKind<P> {
  /** Span family: `clnrm.chaos.<type>`, `clnrm.resource.<type>`, `clnrm.network.chaos`, `clnrm.network.partition`. */
  spanName(fault: FaultSpec): string;
  /** Span of the recovery when the fault is reverted. */
  readonly recoverySpanName: string;
  /** False for faults that act on steps, a proxy or the network as a whole rather than on each target. */
  readonly perTarget: boolean;
  inject(ctx: InjectContext): Promise<InjectResult>;
}

/** The fault a file defines: its `inject` gets the fault's parameters decoded by its own `decode`. */
export function defineFault<P>(definition: FaultDefinition<P>): FaultType<P> {
  const { inject, ...kind } = definition;
  return {
    ...kind,
    spanName: () => kind.span,
    recoverySpanName: kind.recoverySpan,
    perTarget: perTarget(kind),
    // Async: a parameter the kind cannot decode rejects like any other failed injection.
    inject: async (ctx) => inject(ctx, kind.decode(ctx.fault.params)),
  };
}
