/**
 * The processes a step starts inside a service container, found by the
 * container's process table (its PID namespace), not by session: a snapshot
 * before the step, and after it every process that was not there before.
 * That finds children that called setsid, double-forked or were reparented
 * to the container's init, whatever their session or parent.
 *
 * Two kinds of new process are not the step's:
 *  - the runner's own execs (the listing itself, chaos faults): they carry
 *    CLNRM_RUNNER_EXEC=<token of this runner process>, which steps never get;
 *  - children the service forks in a session it already had (a worker per
 *    request): a process can only create a new session, never join one, so
 *    whatever the step started is in a session that did not exist before.
 * When the container's init changed (a restart during the step), every process
 * of the step died with it.
 * The table before the step comes from the step's own exec (its wrapper's preamble); the table after
 * it from the host's /proc when this process can read it exactly (host-processes.ts), else from an
 * exec of the same listing.
 */
import { randomBytes } from 'node:crypto';
import type { Engine } from './engine.js';
import type { ContainerProcess } from './container-process.js';
import { hostProcessesReadable, hostProcessTable } from './host-processes.js';

export const RUNNER_EXEC_ENV = 'CLNRM_RUNNER_EXEC';
const RUNNER_EXEC_TOKEN = randomBytes(12).toString('hex');

/** Environment of every exec the runner makes for itself (not steps): marks its processes as not the step's. */
export const runnerExecEnv = (): Record<string, string> => ({ [RUNNER_EXEC_ENV]: RUNNER_EXEC_TOKEN });

/**
 * argv of a step exec: `clnrm-step` names the wrapper shell ($0), which becomes the step's own command (same pid).
 * Before it execs the step, the wrapper writes a preamble on stderr (see `splitPreamble`): the container's OOM-kill
 * counter and its process table (without command lines), so the step costs the engine one exec instead of three. `end` is a nonce that
 * closes the preamble; the listing leaves out the wrapper itself (it becomes the step's own process).
 */
export function wrapArgv(argv: readonly string[], end: string): string[] {
  const marker = `${RUNNER_EXEC_ENV}=${RUNNER_EXEC_TOKEN}`;
  const script = `e=$1; m=$2; l=$3; shift 3
{ ${OOM_READ}
  printf '\n%s-ps\n' "$e"
  env "$m" sh -c "$l" clnrm-ps "$m" $$
  printf '\n%s %s\n' "$e" $?; } >&2
exec "$@"`;
  return ['sh', '-c', script, 'clnrm-step', end, marker, LIST_BEFORE, ...argv];
}

/** Prints the OOM-kill counter of the container's memory cgroup (v1, else v2). */
export const OOM_READ = 'cat /sys/fs/cgroup/memory/memory.oom_control 2>/dev/null || cat /sys/fs/cgroup/memory.events 2>/dev/null';

/** The OOM kills a cgroup memory file reports; undefined when it does not say. */
export function parseOomKills(text: string): number | undefined {
  const m = /^oom_kill (\d+)$/m.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** What a step's wrapper said before the step's command started. */
export interface StepPreamble {
  oomKills: number | undefined;
  /** The process table before the step; undefined when the listing failed or looks incomplete (no init). */
  processes: ContainerProcess[] | undefined;
}

/**
 * Reads a step's stderr: the wrapper's preamble (up to the line `<end> <status>`) and the step's own stderr
 * after it. Returns undefined until the whole preamble has arrived.
 */
export function splitPreamble(buffered: Buffer, end: string): { preamble: StepPreamble; rest: Buffer } | undefined {
  const close = buffered.indexOf(`\n${end} `);
  if (close < 0) return undefined;
  const eol = buffered.indexOf('\n', close + 1);
  if (eol < 0) return undefined;
  const head = buffered.subarray(0, close).toString('utf8');
  const status = buffered.subarray(close + 1 + end.length + 1, eol).toString('utf8');
  const ps = head.indexOf(`\n${end}-ps\n`);
  const oomText = ps < 0 ? head : head.slice(0, ps);
  const listed = ps < 0 ? undefined : parseProcessList(head.slice(ps + end.length + 5));
  // A listing that failed, or that does not show the container's init, is no baseline: nothing is judged from it.
  const processes = status === '0' && listed?.some((p) => p.pid === 1) ? listed : undefined;
  return { preamble: { oomKills: parseOomKills(oomText), processes }, rest: buffered.subarray(eol + 1) };
}

export type { ContainerProcess } from './container-process.js';

/**
 * Lists every process of the container's PID namespace: marker, /proc/PID/stat, command line.
 * The listing's own processes (this shell, its tr/grep) carry the runner token.
 */
const LIST = `for p in /proc/[0-9]*; do
  [ "\${p#/proc/}" = "$2" ] && continue
  read -r s < "$p/stat" 2>/dev/null || continue
  m=0; tr '\\0' '\\n' < "$p/environ" 2>/dev/null | grep -qxF "$1" && m=1
  c=$(tr '\\0' ' ' < "$p/cmdline" 2>/dev/null)
  printf '%s\\t%s\\t%s\\n' "$m" "$s" "$c"
done; true`;

/**
 * The listing a step's wrapper makes before the step: without command lines (reading each costs the container a
 * fork, and only identities, sessions and runner marks are compared with this table); `[comm]` stands for them.
 */
const LIST_BEFORE = `for p in /proc/[0-9]*; do
  [ "\${p#/proc/}" = "$2" ] && continue
  read -r s < "$p/stat" 2>/dev/null || continue
  m=0; tr '\\0' '\\n' < "$p/environ" 2>/dev/null | grep -qxF "$1" && m=1
  printf '%s\\t%s\\t\\n' "$m" "$s"
done; true`;

export function parseProcessList(text: string): ContainerProcess[] {
  const out: ContainerProcess[] = [];
  for (const line of text.split('\n')) {
    const [marker, stat, cmdline] = line.split('\t');
    if (!stat) continue;
    // pid (comm) state ppid pgrp session … starttime(22): comm may hold spaces and parentheses, so read after the last `)`.
    const close = stat.lastIndexOf(')');
    const rest = stat.slice(close + 2).split(' ');
    const pid = Number(stat.slice(0, stat.indexOf(' ')));
    if (!Number.isInteger(pid) || close < 0 || rest.length < 20) continue;
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    out.push({ pid, startTicks: rest[19]!, sessionId: Number(rest[3]), state: rest[0]!, command: cmdline?.trim() || `[${comm}]`, runner: marker === '1' });
  }
  return out;
}

export async function listProcesses(engine: Engine, containerId: string): Promise<ContainerProcess[]> {
  let out = '';
  const marker = `${RUNNER_EXEC_ENV}=${RUNNER_EXEC_TOKEN}`;
  const handle = await engine.exec(containerId, { cmd: ['sh', '-c', LIST, 'clnrm-ps', marker], env: runnerExecEnv() }, { onStdout: (c) => (out += c.toString()), onStderr() {} });
  await handle.done;
  return parseProcessList(out);
}

const identity = (p: ContainerProcess) => `${p.pid}:${p.startTicks}`;

/** The container's init (pid 1): when it changed, the container restarted. */
const initOf = (ps: readonly ContainerProcess[]) => ps.find((p) => p.pid === 1);

/** Processes of `after` that the step started: new since `before`, alive, not the runner's, in a session that did not exist before. */
export function startedSince(before: readonly ContainerProcess[], after: readonly ContainerProcess[]): ContainerProcess[] {
  const init0 = initOf(before);
  const init1 = initOf(after);
  if (init0 && init1 && identity(init0) !== identity(init1)) return [];
  const known = new Set(before.map(identity));
  const sessions = new Set(before.filter((p) => !p.runner).map((p) => p.sessionId));
  return after.filter((p) => !known.has(identity(p)) && !p.runner && p.state !== 'Z' && !sessions.has(p.sessionId));
}

/** What a leak report says of a process. */
export const describeProcess = (p: ContainerProcess): string => `${p.pid} ${p.command.slice(0, 80)}`;

/**
 * Signals each process, after checking it is still the same one (pid and start time). The set is frozen
 * (SIGSTOP) before the signal and thawed after: signalled one by one, a shell whose child died first would
 * run on (e.g. `sleep 86400; exec "$@"` would run the step it was meant to stall) before its own turn came.
 */
export async function signalProcesses(engine: Engine, containerId: string, processes: readonly ContainerProcess[], signal: 'TERM' | 'KILL'): Promise<void> {
  const script = `set -- $(for x in "$@"; do
  pid=\${x%:*}; want=\${x#*:}
  s=$(cat /proc/$pid/stat 2>/dev/null) || continue
  st=$(echo "\${s##*) }" | cut -d' ' -f20)
  [ "$st" = "$want" ] && echo "$pid"
done)
[ $# -gt 0 ] || exit 0
kill -STOP "$@" 2>/dev/null; kill -${signal} "$@" 2>/dev/null; kill -CONT "$@" 2>/dev/null; true`;
  const handle = await engine.exec(containerId, { cmd: ['sh', '-c', script, 'clnrm-kill', ...processes.map(identity)], env: runnerExecEnv() }, { onStdout() {}, onStderr() {} });
  await handle.done;
}

/** Name of the variable that marks one runner exec's process tree (an exec probe's sample), so what it leaves can be killed. */
export const EXEC_MARK_ENV = 'CLNRM_EXEC_MARK';

/** A fresh mark for one exec: its processes and their children carry it in their environment. */
export const execMarkEnv = (): Record<string, string> => ({ [EXEC_MARK_ENV]: randomBytes(8).toString('hex') });

/**
 * Kills (SIGKILL) every process of the container whose environment holds `mark` (`NAME=value`): what an exec that
 * the runner gave up on (an exec probe past its timeout) still runs. The set is frozen first, as in `signalProcesses`.
 * The kill's own processes do not carry the mark.
 */
export async function killMarked(engine: Engine, containerId: string, mark: string): Promise<void> {
  const script = `m=$1; set -- $(for p in /proc/[0-9]*; do
  tr '\\0' '\\n' < "$p/environ" 2>/dev/null | grep -qxF "$m" && echo "\${p#/proc/}"
done)
[ $# -gt 0 ] || exit 0
kill -STOP "$@" 2>/dev/null; kill -KILL "$@" 2>/dev/null; kill -CONT "$@" 2>/dev/null; true`;
  const handle = await engine.exec(containerId, { cmd: ['sh', '-c', script, 'clnrm-kill-marked', mark], env: runnerExecEnv() }, { onStdout() {}, onStderr() {} });
  await handle.done;
}

/** The step's processes in one container: a snapshot taken before it starts, compared with the table when asked. */
export interface StepProcesses {
  /** Alive processes the step started (reparented, setsid'd and double-forked ones included). */
  started(): Promise<ContainerProcess[]>;
  signal(sig: 'TERM' | 'KILL'): Promise<void>;
}

export async function trackStepProcesses(engine: Engine, containerId: string): Promise<StepProcesses> {
  return stepProcessesSince(engine, containerId, await listProcesses(engine, containerId));
}

/**
 * The step's processes, compared with a table taken before the step (by its wrapper's preamble).
 * `initPid` gives the engine's pid of the container's init once known: on a local engine the table is then
 * read from the host's /proc (host-processes.ts, no exec); otherwise, or when that read cannot be exact, inside
 * the container.
 */
export function stepProcessesSince(engine: Engine, containerId: string, before: readonly ContainerProcess[], initPid: () => number | undefined = () => undefined): StepProcesses {
  const table = async () => {
    const pid = initPid();
    const here = pid !== undefined && hostProcessesReadable(engine.endpoint) ? hostProcessTable(containerId, pid, `${RUNNER_EXEC_ENV}=${RUNNER_EXEC_TOKEN}`) : undefined;
    return here ?? (await listProcesses(engine, containerId));
  };
  const started = async () => startedSince(before, await table());
  return {
    started,
    signal: async (sig) => signalProcesses(engine, containerId, await started().catch(() => []), sig),
  };
}
