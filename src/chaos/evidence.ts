/**
 * Reading back what a fault did: the target's state from the engine, small
 * shell probes inside the target, and the two shapes of `Evidence`.
 */
import type { ContainerState, Engine } from '../runtime/engine.js';
import type { Attrs, Evidence, InjectContext } from './types.js';
import { runnerExecEnv } from '../runtime/session.js';

export const observed = (attributes: Attrs = {}): Evidence => ({ effect: true, attributes });
export const notObserved = (reason: string, attributes: Attrs = {}): Evidence => ({ effect: false, reason, attributes });

/** `running`, `paused`, `exited(137)`, … — how a state reads in a span. */
export function stateName(s: ContainerState): string {
  if (s.paused) return 'paused';
  if (s.running) return 'running';
  return `${s.status}(${s.exitCode ?? '?'})`;
}

export async function targetState(ctx: InjectContext): Promise<ContainerState> {
  return ctx.engine.inspectContainer(ctx.target!.containerId);
}

/** Evidence for a target that is not running: nothing to do, nothing changed. */
export function notRunning(ctx: InjectContext, s: ContainerState): Evidence {
  return notObserved(`target ${ctx.target!.service} is not running (${stateName(s)})`, { 'container.state_before': stateName(s) });
}

/** Runs `sh -c script` in a container; exit code and combined output. */
export async function shIn(engine: Engine, containerId: string, script: string, args: string[] = []): Promise<{ exitCode: number | null; out: string }> {
  let out = '';
  // runnerExecEnv: the step's process-leak check must not count the runner's own probes as the step's.
  const h = await engine.exec(containerId, { cmd: ['sh', '-c', script, 'clnrm-chaos', ...args], env: runnerExecEnv() }, { onStdout: (c) => (out += c.toString()), onStderr: (c) => (out += c.toString()) });
  const { exitCode } = await h.done;
  return { exitCode, out };
}

/** Polls `check` every `stepMs` until it holds or `timeoutMs` passed; true when it held. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, stepMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= end) return false;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

/** `key=value` pairs a probe printed, one per line. */
export function parseKv(out: string): Record<string, string> {
  const kv: Record<string, string> = {};
  for (const m of out.matchAll(/^([a-z_]+)=(.*)$/gm)) kv[m[1]!] = m[2]!.trim();
  return kv;
}

/** Linux signal numbers (x86-64 and arm64 agree on these). */
const SIGNAL_NUMBERS: Readonly<Record<string, number>> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10,
  SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19,
  SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPWR: 30, SIGSYS: 31,
};

export function signalNumber(signal: string): number | undefined {
  const name = signal.toUpperCase().startsWith('SIG') ? signal.toUpperCase() : `SIG${signal.toUpperCase()}`;
  return /^\d+$/.test(signal) ? Number(signal) : SIGNAL_NUMBERS[name];
}

/**
 * Shell (busybox or any POSIX sh with /proc): for the process `$1`, prints
 * `caught=1` when it has a handler for signal number `$2` (bit in SigCgt),
 * `ignored=1` when it ignores it (SigIgn), and its state letter.
 */
export const SIGNAL_DISPOSITION_SH = `
p=$1; n=$2
[ -r /proc/$p/status ] || { echo gone=1; exit 0; }
cgt=$(sed -n 's/^SigCgt:[[:space:]]*//p' /proc/$p/status); ign=$(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$p/status)
echo caught=$(( (0x$cgt >> (n - 1)) & 1 ))
echo ignored=$(( (0x$ign >> (n - 1)) & 1 ))
echo state=$(sed -n 's/^State:[[:space:]]*\\([A-Z]\\).*/\\1/p' /proc/$p/status)
echo name=$(sed -n 's/^Name:[[:space:]]*//p' /proc/$p/status)
`;

/**
 * Shell: the PID that receives the container's signals. An init (docker-init,
 * tini, dumb-init) as PID 1 forwards them to its child, the service's main process.
 */
export const MAIN_PID_SH = `
n=$(sed -n 's/^Name:[[:space:]]*//p' /proc/1/status)
main=1
case "$n" in docker-init|tini|dumb-init) c=$(cut -d' ' -f1 /proc/1/task/1/children 2>/dev/null); main=\${c:-1};; esac
echo main=$main
`;
