/** One process of a container's PID namespace, as the step's listings (session.ts) and the host's /proc (host-processes.ts) describe it. */
export interface ContainerProcess {
  pid: number;
  /** Start time in clock ticks since boot (/proc/PID/stat field 22): with the pid, an identity reuse cannot fake. */
  startTicks: string;
  sessionId: number;
  state: string;
  /** Command line, or the kernel's name for it when the command line is empty. */
  command: string;
  /** Started by the runner (carries the runner's exec token). */
  runner: boolean;
}
