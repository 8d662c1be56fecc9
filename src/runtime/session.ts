/**
 * Processes a step starts inside a service container, found and killed by
 * session. The engine starts every exec as a session leader, and a step's
 * children (even ones left behind in the background, reparented to the
 * container's init) keep that session id, so signalling the session reaches
 * all of them. The wrapper records the session id in a file first.
 */
import type { Engine } from './engine.js';

const PID_DIR = '/tmp/.clnrm';

export function pidFile(stepKey: string): string {
  return `${PID_DIR}/${stepKey.replace(/[^A-Za-z0-9_.-]/g, '_')}.pid`;
}

/** argv that records the session id, then becomes the step's own command (same pid). */
export function wrapArgv(stepKey: string, argv: readonly string[]): string[] {
  const file = pidFile(stepKey);
  return ['sh', '-c', `mkdir -p ${PID_DIR} && echo $$ > ${file} && exec "$@"`, 'clnrm-step', ...argv];
}

/**
 * Shell that lists live processes of the session (zombies excluded) as `pid name`.
 * /proc/PID/stat fields: pid (comm) state ppid pgrp session; comm may hold spaces,
 * so the fields after the last `)` are read.
 */
const LIST_SESSION = `sid=$(cat "$1" 2>/dev/null) || exit 0; [ -n "$sid" ] || exit 0
for p in /proc/[0-9]*; do
  s=$(cat "$p/stat" 2>/dev/null) || continue
  rest=\${s##*) }; set -- $rest
  [ "$4" = "$sid" ] && [ "$1" != Z ] && echo "\${p#/proc/} \${s#*(}"
done; true`;

const quiet = { onStdout() {}, onStderr() {} };

async function execText(engine: Engine, containerId: string, cmd: string[]): Promise<string> {
  let out = '';
  const handle = await engine.exec(containerId, { cmd }, { onStdout: (c) => (out += c.toString()), onStderr() {} });
  await handle.done;
  return out;
}

/** Sends a signal to every process of the step's session. */
export async function signalSession(engine: Engine, containerId: string, stepKey: string, signal: 'TERM' | 'KILL'): Promise<void> {
  const script = LIST_SESSION.replace('"$1"', `"${pidFile(stepKey)}"`);
  const killer = `{
${script}
} | while read -r pid rest; do kill -${signal} "$pid" 2>/dev/null; done; true`;
  const handle = await engine.exec(containerId, { cmd: ['sh', '-c', killer] }, quiet);
  await handle.done;
}

/** Processes of the step's session still alive, as `pid name)…` lines. */
export async function sessionProcesses(engine: Engine, containerId: string, stepKey: string): Promise<string[]> {
  const script = LIST_SESSION.replace('"$1"', `"${pidFile(stepKey)}"`);
  const out = await execText(engine, containerId, ['sh', '-c', script]);
  return out.split('\n').filter(Boolean);
}
