/** Container faults: kill, stop, restart, pause, signal, and killing a process by name. Spans clnrm.chaos.<kind>. */
import { faultKind } from './kind.js';

const signalParam = { signal: { $ref: '#/$defs/signalName' } } as const;
/** A signal name as written (`TERM`, `SIGTERM`, `sigterm`), or the kind's default. */
const signalOr = (value: unknown, fallback: string): string => String(value ?? fallback);

export const killContainer = faultKind({
  kind: 'kill_container',
  doc: 'sends `signal` (default SIGKILL) to the target container',
  revert: '—',
  evidence: '`container.state_before`, `container.state_after`, `container.exit_code`',
  notInjectedWhen: 'target not running; still running 3 s after the signal',
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
  evidence: '`container.state_before`, `container.state_after`',
  notInjectedWhen: 'target not running; still running after the stop',
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
  evidence: 'states, `container.restarted` (the start time read back changed)',
  notInjectedWhen: 'target not running; same start time',
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
  evidence: 'states (`paused` after)',
  notInjectedWhen: 'target not running or already paused; not paused after',
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
  evidence: 'states, `signal.outcome` (`handled`, `exited`, `stopped`, `process_gone`, `ignored`), `signal.process`, `signal.handler`',
  notInjectedWhen: 'target not running; no handler and nothing changed',
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
  evidence: '`processes.matched`, `processes.signalled`, `processes.killed` (gone), `processes.stopped`, `processes.handled`',
  notInjectedWhen: 'target not running; nothing matched; `kill` failed; every match ignored it',
  params: { process: { type: 'string', minLength: 1, description: 'Process name to match inside the container.' }, ...signalParam },
  required: ['process'],
  targets: 'service',
  span: 'clnrm.chaos.kill_process',
  recoverySpan: 'clnrm.recovery',
  // `kill -TERM` and `kill -SIGTERM` alike: the signal is normalised to its SIG-prefixed upper-case name.
  decode: (p) => ({ process: String(p.process), signal: `SIG${signalOr(p.signal, 'SIGKILL').toUpperCase().replace(/^SIG/, '')}` }),
});
