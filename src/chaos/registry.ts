/**
 * Every fault the runner can inject, one line each: the order is the order of
 * the schema's `type` enum and of the docs' catalogue. Adding a fault is its
 * file in faults/ (one `defineFault` object) and its line here; the schema
 * (`npm run docs`), the loader's checks and the docs follow.
 */
import { bandwidth } from './faults/bandwidth.js';
import { clockSkew } from './faults/clock-skew.js';
import { blackhole } from './faults/blackhole.js';
import { cpuThrottle } from './faults/cpu-throttle.js';
import { diskFill } from './faults/disk-fill.js';
import { dns } from './faults/dns.js';
import { exitCodeFault } from './faults/exit-code.js';
import { fdExhaustion } from './faults/fd-exhaustion.js';
import { httpError } from './faults/http-error.js';
import { httpSlow } from './faults/http-slow.js';
import { killContainer } from './faults/kill-container.js';
import { killProcess } from './faults/kill-process.js';
import { latency } from './faults/latency.js';
import { limitData } from './faults/limit-data.js';
import { memoryPressure } from './faults/memory-pressure.js';
import { networkDisconnect } from './faults/network-disconnect.js';
import { packetLoss } from './faults/packet-loss.js';
import { partition } from './faults/partition.js';
import { pauseContainer } from './faults/pause-container.js';
import { proxyTimeout } from './faults/proxy-timeout.js';
import { reject } from './faults/reject.js';
import { resetPeer } from './faults/reset-peer.js';
import { restartContainer } from './faults/restart-container.js';
import { signalFault } from './faults/signal.js';
import { slicer } from './faults/slicer.js';
import { slowClose } from './faults/slow-close.js';
import { slowIo } from './faults/slow-io.js';
import { stopContainer } from './faults/stop-container.js';
import { syscallError } from './faults/syscall-error.js';
import { timeoutFault } from './faults/timeout.js';
import type { FaultType } from './types.js';

/** Faults by their `type`. */
export type FaultTypes = Readonly<Record<string, FaultType>>;

/**
 * The faults by kind, in the list's order; throws when two share a kind, or a
 * fault requires or references a parameter it does not declare.
 */
export function faultTypes(faults: readonly FaultType[]): FaultTypes {
  const out: Record<string, FaultType> = {};
  for (const f of faults) {
    if (out[f.kind]) throw new Error(`fault ${f.kind} is registered twice`);
    for (const key of [...(f.required ?? []), ...(f.requiredOneOf ?? []).flat(), ...Object.keys(f.references ?? {})]) {
      if (!Object.hasOwn(f.params, key)) throw new Error(`fault ${f.kind} requires or references \`${key}\`, which is not one of its parameters`);
    }
    out[f.kind] = f;
  }
  return Object.freeze(out);
}

export const FAULT_TYPES: FaultTypes = faultTypes([
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
  syscallError,
  slowIo,
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
  httpError,
  httpSlow,
  clockSkew,
  dns,
]);
