/**
 * Every fault type the runner can inject, in one explicit map. Adding a type
 * is one file in faults/ and one line here (and its parameters in the schema).
 */
import { killContainer, killProcess, pauseContainer, restartContainer, signalFault, stopContainer } from './faults/container.js';
import { cpuThrottle, diskFill, fdExhaustion, memoryPressure } from './faults/resource.js';
import { exitCodeFault, timeoutFault } from './faults/step.js';
import { blackhole, networkDisconnect, packetLoss, partition, reject } from './faults/network.js';
import { bandwidth, latency, limitData, proxyTimeout, resetPeer, slicer, slowClose } from './faults/toxics.js';
import type { FaultType } from './types.js';

export const FAULT_TYPES: Readonly<Record<string, FaultType>> = {
  kill_container: killContainer,
  stop_container: stopContainer,
  restart_container: restartContainer,
  pause_container: pauseContainer,
  signal: signalFault,
  kill_process: killProcess,
  memory_pressure: memoryPressure,
  cpu_throttle: cpuThrottle,
  disk_fill: diskFill,
  fd_exhaustion: fdExhaustion,
  exit_code: exitCodeFault,
  timeout: timeoutFault,
  network_disconnect: networkDisconnect,
  partition,
  blackhole,
  reject,
  packet_loss: packetLoss,
  latency,
  bandwidth,
  slow_close: slowClose,
  proxy_timeout: proxyTimeout,
  reset_peer: resetPeer,
  slicer,
  limit_data: limitData,
};
