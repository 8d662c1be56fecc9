/**
 * A steady-state probe kind: one required verb, `sample`, which looks once at
 * the system under test and says whether it is healthy, with the evidence.
 *
 *   before the faults ─▶ [sample …] steady? ─▶ faults + steps, sampled every interval_ms
 *        ─▶ faults reverted ─▶ [sample …] steady again within recover_within_ms?
 */
import type { SpanRecord } from '../../telemetry/span-record.js';
import type { Engine } from '../engine.js';

/** A span of the system under test, with when the runner first saw it (its own clock: the containers' may be faked). */
export interface ReceivedSpan {
  span: SpanRecord;
  receivedAtMs: number;
}

export interface ProbeContext {
  engine: Engine;
  /** The scenario's service containers, by service name. */
  containers: ReadonlyMap<string, string>;
  /** The base URL of the prober, the process on the scenario network that connections are made from (started on first use, removed with the scenario). */
  prober(): Promise<string>;
  /** How long one sample may take before it counts as failed. */
  timeoutMs: number;
  /** The spans of the system under test this scenario's channel delivered so far. */
  received(): readonly ReceivedSpan[];
}

/** What one sample saw: healthy or not, and why, in one line. */
export interface ProbeOutcome {
  ok: boolean;
  detail: string;
  /** Measured by the probe itself (connect and answer), when it can; else the runner measures the whole sample. */
  latencyMs?: number;
}

/**
 * A kind of probe describing itself: its `type` in `[[scenario.steady_state.probe]]`,
 * one line of doc, the JSON Schema of its own parameters (written into
 * schemas/clnrm.schema.json by `npm run docs`), a typed decode of them, the
 * service it looks at, and its verb `sample`.
 */
export interface ProbeKind<P = unknown> {
  readonly kind: string;
  readonly doc: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly required: readonly string[];
  decode(params: Readonly<Record<string, unknown>>): P;
  /** The service the probe looks at (checked against the scenario's services); none for a probe that reads spans. */
  service(params: P): string | undefined;
  sample(ctx: ProbeContext, params: P): Promise<ProbeOutcome>;
}

/** Erases the parameter type for the registry. */
export const probeKind = <P>(k: ProbeKind<P>): ProbeKind => k as unknown as ProbeKind;

/** Resolves with `promise`, or with `onTimeout()` once `ms` passed. */
export function within<T, U>(promise: Promise<T>, ms: number, onTimeout: () => U): Promise<T | U> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(onTimeout()), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
