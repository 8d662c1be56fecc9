/**
 * Every fault kind, in one explicit list: the order is the order of the
 * schema's `type` enum and of the docs' catalogue. The chaos stage registers
 * one verb per kind listed here (src/chaos/registry.ts).
 */
import { killContainer, killProcess, pauseContainer, restartContainer, signalFault, stopContainer } from './container.js';
import type { FaultKind } from './kind.js';
import { blackhole, networkDisconnect, packetLoss, partition, reject } from './network.js';
import { cpuThrottle, diskFill, fdExhaustion, memoryPressure } from './resource.js';
import { exitCodeFault, timeoutFault } from './step.js';
import { bandwidth, latency, limitData, proxyTimeout, resetPeer, slicer, slowClose } from './toxics.js';

export type { FaultKind, FaultReference, FaultTargets, JsonSchema } from './kind.js';
export { perTarget } from './kind.js';

/** Fault kinds by their `type`. */
export type FaultKinds = Readonly<Record<string, FaultKind>>;

/** A registry of the given kinds, keyed by kind; refuses two of the same kind. */
export function faultKinds(list: readonly FaultKind[]): FaultKinds {
  const out: Record<string, FaultKind> = {};
  for (const k of list) {
    if (out[k.kind]) throw new Error(`fault kind ${k.kind} is registered twice`);
    out[k.kind] = k;
  }
  return Object.freeze(out);
}

export const FAULT_KINDS: FaultKinds = faultKinds([
  killContainer,
  stopContainer,
  restartContainer,
  pauseContainer,
  signalFault,
  killProcess,
  memoryPressure,
  cpuThrottle,
  diskFill,
  fdExhaustion,
  exitCodeFault,
  timeoutFault,
  networkDisconnect,
  partition,
  blackhole,
  reject,
  packetLoss,
  latency,
  bandwidth,
  slowClose,
  proxyTimeout,
  resetPeer,
  slicer,
  limitData,
]);
