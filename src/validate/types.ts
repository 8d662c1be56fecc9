/**
 * An expectation kind is a pure function from (expectations, span graph) to
 * verdicts. A failed expectation is a verdict, never an exception, and every
 * declared check yields at least one verdict: nothing parsed goes unevaluated.
 */
import type { ExpectSpec } from '../load/index.js';
import type { ResourceInfo } from '../runtime/engine.js';
import type { StepResult } from '../runtime/results.js';
import type { MalformedSpan } from './attribution.js';
import type { SpanGraph } from './graph.js';

export type ExpectationKind = 'span' | 'graph' | 'counts' | 'window' | 'order' | 'status' | 'hermeticity' | 'consistency' | 'kpi' | 'supervision' | 'during' | 'after';

export interface Verdict {
  kind: ExpectationKind;
  /** Where the expectation is in the file, e.g. `scenario[0].expect.span[1]`. */
  keyPath: string;
  /** What was checked, in one line. */
  description: string;
  passed: boolean;
  /** Why it failed, or what matched. */
  message: string;
  /**
   * Set when the run showed that this check could not have failed (e.g. `errors_allowed`
   * tolerating every span in scope): why. It then counts as no check at all.
   */
  vacuous?: string;
  /**
   * The check could not be judged: an input it needs is missing or cannot be trusted (a reader step
   * that did not run or failed, nothing acknowledged). Always with `passed = false`; its scenario is an error.
   */
  error?: boolean;
  /** Where the expectation is in the suite file (1-based), filled in by judgeSuite when the file locates the key path. */
  line?: number;
  column?: number;
}

export interface CheckContext {
  graph: SpanGraph;
  /** Key path prefix of the expectations: `expect` or `scenario[i].expect`. */
  keyPath: string;
  /** Engine resources left after cleanup (from the cleanup verification). */
  leaks: readonly ResourceInfo[];
  /** Hosts a span may talk to besides loopback: services and proxies (their aliases), the scenario's container names, ids and addresses. */
  allowedHosts: readonly string[];
  /** Spans of the system under test set aside as malformed in this scope: named in messages, never judged. */
  malformed?: readonly MalformedSpan[];
  /** The scenario's step results, in the order they ran (a run only; a saved trace has none). */
  steps?: readonly StepResult[];
}

export type ExpectationCheck = (expect: ExpectSpec, ctx: CheckContext) => Verdict[];

/**
 * An expectation kind describing itself: the table that declares it, what it
 * checks, how many checks a declaration makes, which of them only a run can
 * answer, and its verb `check`. One object per kind, registered in index.ts.
 */
export interface ExpectationType {
  readonly kind: ExpectationKind;
  /** Its key under `[expect]` and `[scenario.expect]`. */
  readonly key: string;
  /** One line: what it checks. */
  readonly doc: string;
  /** How many checks `expect` declares of this kind (0: none). */
  declared(expect: ExpectSpec): number;
  /**
   * Keys of its table that a saved trace cannot answer (the engine answers them
   * during a run), each with whether `expect` declares it.
   */
  readonly needsRun?: readonly { readonly key: string; declared(expect: ExpectSpec): boolean }[];
  /** Why those keys need a run, for docs/expectations.md (default: they are listed on the engine after cleanup). */
  readonly needsRunWhy?: string;
  readonly check: ExpectationCheck;
}

export { sameValue } from './attr-match.js';

export function withinBound(n: number, b: { eq?: number; gte?: number; lte?: number }): boolean {
  return (b.eq === undefined || n === b.eq) && (b.gte === undefined || n >= b.gte) && (b.lte === undefined || n <= b.lte);
}

export function describeBound(b: { eq?: number; gte?: number; lte?: number }): string {
  const parts: string[] = [];
  if (b.eq !== undefined) parts.push(`= ${b.eq}`);
  if (b.gte !== undefined) parts.push(`≥ ${b.gte}`);
  if (b.lte !== undefined) parts.push(`≤ ${b.lte}`);
  return parts.join(' and ');
}
