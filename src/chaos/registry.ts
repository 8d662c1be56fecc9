/**
 * Every fault the runner can inject: the verb of each kind of the fault-kind
 * registry (src/load/fault-kinds/), by kind. Adding a fault is its kind and
 * its verb; the schema, the loader's checks and the docs follow from the kind.
 */
import { FAULT_KINDS, type FaultKinds } from '../load/fault-kinds/index.js';
import { killContainer, killProcess, pauseContainer, restartContainer, signalFault, stopContainer } from './faults/container.js';
import { blackhole, networkDisconnect, packetLoss, partition, reject } from './faults/network.js';
import { cpuThrottle, diskFill, fdExhaustion, memoryPressure } from './faults/resource.js';
import { exitCodeFault, timeoutFault } from './faults/step.js';
import { bandwidth, latency, limitData, proxyTimeout, resetPeer, slicer, slowClose } from './faults/toxics.js';
import type { FaultType } from './types.js';

/**
 * The faults by kind, in the kinds' order; throws when a kind has no verb, a
 * verb has no kind, or a verb's description is not its kind's own.
 */
export function faultTypes(kinds: FaultKinds, faults: readonly FaultType[]): Readonly<Record<string, FaultType>> {
  const byKind = new Map(faults.map((f) => [f.kind, f]));
  for (const f of faults) {
    if (!kinds[f.kind]) throw new Error(`fault ${f.kind} has no kind in the fault-kind registry`);
    if (kinds[f.kind]!.decode !== f.decode) throw new Error(`fault ${f.kind} is not defined from its registered kind`);
  }
  const missing = Object.keys(kinds).filter((k) => !byKind.has(k));
  if (missing.length) throw new Error(`fault kind(s) without a verb: ${missing.join(', ')}`);
  return Object.freeze(Object.fromEntries(Object.keys(kinds).map((k) => [k, byKind.get(k)!])));
}

export const FAULT_TYPES: Readonly<Record<string, FaultType>> = faultTypes(FAULT_KINDS, [
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
