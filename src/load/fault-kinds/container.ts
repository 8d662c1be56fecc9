/** Container faults: kill, stop, restart, pause, signal, and killing a process by name. Spans clnrm.chaos.<kind>. */
import { faultKind } from './kind.js';

const signalParam = { signal: { $ref: '#/$defs/signalName' } } as const;
/** A signal name as written (`TERM`, `SIGTERM`, `sigterm`), or the kind's default. */
const signalOr = (value: unknown, fallback: string): string => String(value ?? fallback);

export const killContainer = faultKind({
  kind: 'kill_container',
  doc: 'sends `signal` (default SIGKILL) to the target container',
  revert: '—',
  params: signalParam,
  targets: 'service',
  span: 'clnrm.chaos.kill_container',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ signal: signalOr(p.signal, 'SIGKILL') }),
});

export const stopContainer = faultKind({
  kind: 'stop_container',
  doc: 'stops the target (SIGTERM, then SIGKILL after `stop_timeout_ms`)',
  revert: 'starts it again',
  params: { stop_timeout_ms: { $ref: '#/$defs/durationMs', description: 'Time between SIGTERM and SIGKILL.' } },
  targets: 'service',
  span: 'clnrm.chaos.stop_container',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ stopTimeoutMs: Number(p.stop_timeout_ms ?? 10_000) }),
});

export const restartContainer = faultKind({
  kind: 'restart_container',
  doc: 'restarts the target',
  revert: 'checks it runs again',
  params: {},
  targets: 'service',
  span: 'clnrm.chaos.restart_container',
  recoverySpan: 'clnrm.recovery',
  decode: () => ({}),
});

export const pauseContainer = faultKind({
  kind: 'pause_container',
  doc: 'freezes every process of the target; a step that runs in the target while it is paused waits for the unpause (`duration_ms`), or fails with reason `service_paused` naming the fault when the pause lasts until cleanup or a time limit comes first',
  revert: 'unpauses',
  params: {},
  targets: 'service',
  span: 'clnrm.chaos.pause_container',
  recoverySpan: 'clnrm.recovery',
  decode: () => ({}),
});

export const signalFault = faultKind({
  kind: 'signal',
  doc: "sends `signal` (default SIGTERM) to the target's main process",
  revert: '—',
  params: signalParam,
  targets: 'service',
  span: 'clnrm.chaos.signal',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ signal: signalOr(p.signal, 'SIGTERM') }),
});

export const killProcess = faultKind({
  kind: 'kill_process',
  doc: 'kills the processes named `process` inside the target (`signal`, default SIGKILL)',
  revert: '—',
  params: { process: { type: 'string', minLength: 1, description: 'Process name to match inside the container.' }, ...signalParam },
  required: ['process'],
  targets: 'service',
  span: 'clnrm.chaos.kill_process',
  recoverySpan: 'clnrm.recovery',
  // `kill -TERM` and `kill -SIGTERM` alike: the signal is normalised to its SIG-prefixed upper-case name.
  decode: (p) => ({ process: String(p.process), signal: `SIG${signalOr(p.signal, 'SIGKILL').toUpperCase().replace(/^SIG/, '')}` }),
});
