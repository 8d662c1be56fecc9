/**
 * A fault type: one required verb. `inject` applies the fault to one target
 * and returns what the span should record and, when the fault can be undone,
 * a `revert` that undoes it. Each type is one file in faults/, registered in
 * registry.ts.
 *
 *   plan (seeded schedule) ─▶ inject at at_ms ─▶ span clnrm.chaos.* / clnrm.resource.* / clnrm.network.*
 *                                       └─▶ revert after duration_ms, or during cleanup ─▶ clnrm.recovery
 */
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

export interface Injected {
  attributes: Record<string, string | number | boolean>;
  /** Undoes the fault; returns the recovery strategy name and whether it worked. */
  revert?: () => Promise<{ strategy: string; success: boolean; attributes?: Record<string, string | number | boolean> }>;
}

/** Changes to how steps run while the fault is active (exit code and timeout injection, fd limits). */
export interface StepHook {
  /** Wraps the step's argv; only for steps in `service` (undefined: any service) or named `step`. */
  wrap(argv: string[]): string[];
  step?: string;
  service?: string;
}

export interface FaultType {
  /** One line: what the fault does. */
  readonly doc: string;
  /** Span family: `clnrm.chaos.<type>`, `clnrm.resource.<type>`, `clnrm.network.chaos`, `clnrm.network.partition`. */
  spanName(fault: FaultSpec): string;
  /** Span of the recovery when the fault is reverted (default `clnrm.recovery`). */
  recoverySpanName?: string;
  /** False for faults that act on steps or the network as a whole rather than on each target. */
  readonly perTarget: boolean;
  inject(ctx: InjectContext): Promise<Injected & { stepHook?: StepHook }>;
}
