/**
 * A fault type: one required verb. `inject` applies the fault to one target
 * and returns the evidence that it took effect, read back afterwards, and,
 * when it changed something that can be undone, a `revert` that undoes
 * exactly that. Each type is its kind's self-description (load/fault-kinds/)
 * plus its verb in faults/, registered by kind in registry.ts.
 *
 * The evidence rule (session.ts applies it to every type alike): a span says
 * `chaos.injected = true` only when `Evidence.effect` is true, and `effect`
 * is true only when the fault's effect was observed after the fault, on the
 * engine or inside the target — never because an engine call returned.
 *
 *   plan (seeded schedule) ─▶ inject at at_ms ─▶ span clnrm.chaos.* / clnrm.resource.* / clnrm.network.*
 *                                       └─▶ revert after duration_ms, or during cleanup ─▶ clnrm.recovery
 */
import type { FaultKind } from '../load/fault-kinds/index.js';
import { perTarget } from '../load/fault-kinds/index.js';
import type { FaultSpec, ServiceSpec } from '../load/index.js';
import type { Rng } from '../plan/rng.js';
import type { Engine, Labels } from '../runtime/engine.js';

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

/**
 * A fault kind with its verb: the kind's self-description (src/load/fault-kinds/)
 * plus `inject`. `spanName`, `recoverySpanName` and `perTarget` restate the
 * kind's `span`, `recoverySpan` and `targets` for the session.
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

/** The fault of `kind` whose verb is `inject`, given the fault's parameters decoded by the kind. */
export function defineFault<P>(kind: FaultKind<P>, inject: (ctx: InjectContext, params: P) => Promise<InjectResult>): FaultType<P> {
  return {
    ...kind,
    spanName: () => kind.span,
    recoverySpanName: kind.recoverySpan,
    perTarget: perTarget(kind),
    // Async: a parameter the kind cannot decode rejects like any other failed injection.
    inject: async (ctx) => inject(ctx, kind.decode(ctx.fault.params)),
  };
}
