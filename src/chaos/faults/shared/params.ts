/** Decoding helpers the faults' `decode` share. */
import type { FaultSpec } from '../../../load/index.js';

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
