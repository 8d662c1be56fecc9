/**
 * What a fault kind says about itself, apart from its verb: the loader, the
 * planner, the schema generator and the docs read this; the chaos stage adds
 * `inject` (src/chaos/faults/) under the same kind.
 *
 *   FaultKind ─┬─▶ schemas/clnrm.schema.json (type enum + one if/then block per kind)
 *              ├─▶ load/references.ts (needs a target, parameters naming services/proxies)
 *              ├─▶ docs/format.md, docs/chaos.md (catalogue)
 *              └─▶ chaos: FaultType = FaultKind + inject
 *
 * It lives in load because the loader checks files against it; nothing here
 * touches an engine.
 */
import type { FaultSpec } from '../model.js';

/** A JSON Schema fragment, as written into schemas/clnrm.schema.json. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * What a fault acts on:
 * - `service`: each target service (`target`, or the scenario's only service), one injection per target;
 * - `step`: the step named by `step` (or every step while active), through the way it runs;
 * - `network`: the scenario network as a whole (the services it names in its own parameters);
 * - `proxy`: the `[proxy.NAME]` its `proxy` parameter names.
 */
export type FaultTargets = 'service' | 'step' | 'network' | 'proxy';

/** What a parameter's value names, checked against the file's declarations by the loader. */
export type FaultReference = 'service' | 'proxy';

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

/** Identity, for inference of the decoded parameters' type. */
export const faultKind = <P>(kind: FaultKind<P>): FaultKind<P> => kind;

/** Injections of a kind that targets services are made once per target service. */
export const perTarget = (kind: Pick<FaultKind, 'targets'>): boolean => kind.targets === 'service';

/** A non-negative number parameter, or `fallback` when absent; throws naming the kind and key otherwise. */
export function numberParam(kind: string, params: FaultSpec['params'], key: string, fallback?: number): number {
  const v = params[key];
  if (v === undefined || v === null) {
    if (fallback === undefined) throw new Error(`${kind} needs ${key}`);
    return fallback;
  }
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${kind}: ${key} must be a number ≥ 0, not ${JSON.stringify(v)}`);
  return n;
}
