/**
 * What the syscall faults share (syscall_error, slow_io): a helper container
 * from the strace fixture image that shares the target's PID namespace
 * (`--pid container:<id>`, SYS_PTRACE on the helper only: the target keeps the
 * capabilities it declared) and runs `strace --inject` on the target's processes.
 *
 * Which processes:
 *  - without `process`: the steps that run in the target while the fault is
 *    active. The step hook starts each such step stopped (`kill -STOP $$`, then
 *    `exec` of the step's command, marked with the injection's name); the helper
 *    finds the stopped marker process, attaches `strace -f` (children are
 *    followed), waits until the kernel shows it traced (TracerPid) and only then
 *    continues it. Every syscall of the step is seen, so for a deterministic
 *    step the counts are deterministic too.
 *  - with `process`: the target's running processes of that name (and, with
 *    `-f`, what they fork from then on), attached as they run: what they do
 *    while traced depends on timing, so their counts are kept out of the
 *    canonical trace (`syscall.live.*`).
 *
 * Rate: strace's `when=FIRST+STEP` fails (or delays) every STEP-th call from
 * the FIRST-th; STEP = round(100 / rate_pct), FIRST drawn from the seed in
 * 1..STEP. strace counts per syscall and per process (man strace), so the rate
 * holds for each syscall of each process: a program that calls `write` once is
 * hit only when FIRST is 1. 0 % traces without injecting.
 *
 * Evidence, read back from the helper before the revert: the attached pids with
 * their TracerPid (the helper's strace), the matching calls strace saw, and the
 * calls it marked `(INJECTED)` per errno, or `(DELAYED)` with their durations.
 * Revert: strace gets SIGTERM (it detaches), stopped marker processes are
 * continued, and every attached process still alive must read TracerPid 0.
 */
import { ChaosError } from '../../../common/errors.js';
import { STRACE_IMAGE } from '../../../common/fixtures.js';
import type { FaultSpec } from '../../../load/index.js';
import { runnerExecEnv } from '../../../runtime/session.js';
import { notObserved, notRunning, observed, shIn, targetState } from '../../evidence.js';
import type { Attrs, Evidence, InjectContext, InjectResult, JsonSchema } from '../../types.js';

/** strace's syscall classes (`%file`, `%network`, …) a fault may select. */
export const SYSCALL_CLASSES = ['file', 'desc', 'network', 'memory', 'process', 'signal', 'ipc', 'creds', 'clock'] as const;
export type SyscallClass = (typeof SYSCALL_CLASSES)[number];

/** The errnos `syscall_error` can inject (strace knows them by name). */
export const ERRNOS = [
  'EIO', 'ENOSPC', 'EDQUOT', 'EROFS', 'ENETDOWN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT',
  'ENOMEM', 'EINTR', 'EAGAIN', 'EACCES', 'EPERM', 'ENOENT', 'EBADF', 'EMFILE', 'ENFILE', 'EBUSY', 'EPIPE', 'EINVAL', 'EFAULT',
] as const;

/** The parameters both syscall faults take. */
export const SYSCALL_PARAMS: Readonly<Record<string, JsonSchema>> = {
  syscalls: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z_][a-z0-9_]*$' }, description: 'Syscalls by name (`write`, `openat`, `connect`, …).' },
  class: { enum: [...SYSCALL_CLASSES], description: "strace's class of syscalls (`file`: those taking a file name, `network`, `memory`, …); with `syscalls`, both." },
  rate_pct: { type: 'number', minimum: 0, maximum: 100, default: 100, description: 'Share of matching calls affected: every round(100 / rate_pct)-th call of each syscall in each process, from a call drawn from the seed; 0 traces without affecting.' },
  process: { type: 'string', minLength: 1, description: "Name of the target's running processes to attach to (default: the steps run in the target while the fault is active)." },
};

export interface SyscallSelection {
  syscalls: readonly string[];
  cls?: SyscallClass;
  ratePct: number;
  process?: string;
}

export function decodeSelection(kind: string, p: FaultSpec['params'], defaultSyscalls: readonly string[] = []): SyscallSelection {
  const syscalls = Array.isArray(p.syscalls) ? p.syscalls.map(String) : defaultSyscalls;
  const cls = p.class === undefined || p.class === null ? undefined : (String(p.class) as SyscallClass);
  if (cls !== undefined && !SYSCALL_CLASSES.includes(cls)) throw new Error(`${kind}: class must be one of ${SYSCALL_CLASSES.join(', ')}, not ${JSON.stringify(p.class)}`);
  if (syscalls.length === 0 && cls === undefined) throw new Error(`${kind} needs \`syscalls\` or \`class\``);
  const ratePct = p.rate_pct === undefined || p.rate_pct === null ? 100 : Number(p.rate_pct);
  if (!Number.isFinite(ratePct) || ratePct < 0 || ratePct > 100) throw new Error(`${kind}: rate_pct must be a number from 0 to 100, not ${JSON.stringify(p.rate_pct)}`);
  return { syscalls, ...(cls ? { cls } : {}), ratePct, ...(p.process !== undefined ? { process: String(p.process) } : {}) };
}

/** strace's syscall set: names and `%class`, comma-separated. */
export const syscallSet = (s: SyscallSelection): string => [...s.syscalls, ...(s.cls ? [`%${s.cls}`] : [])].join(',');

/** every n-th call from the first-th (first drawn from the seed in 1..every); undefined at 0 %. */
export function schedule(ratePct: number, draw: () => number): { every: number; first: number } | undefined {
  if (ratePct <= 0) return undefined;
  const every = Math.min(65535, Math.max(1, Math.round(100 / ratePct)));
  return { every, first: 1 + Math.floor(draw() * every) };
}

/** strace's options: trace the selected set, and tamper with it (`action`: `error=ENOSPC`, `delay_enter=50ms`) on the schedule. */
export function straceArgs(set: string, action: string, when: { every: number; first: number } | undefined): string[] {
  return ['-e', `trace=${set}`, ...(when ? ['-e', `inject=${set}:${action}:when=${when.first}+${when.every}`] : [])];
}

/**
 * The helper's script: `$1` the marker (steps) or `-` , `$2` the process name (or `-`), then strace's options.
 * Attaches `strace -f -T` to each stopped marker process (then continues it) or to each process named `$2`,
 * once, and appends `pid tracerpid stracepid` to /tmp/clnrm-attached. Runs until killed.
 */
export const ATTACH_SH = `
marker=$1; name=$2; shift 2
done_pids=' '
attach() {
  p=$1; shift
  strace -f -T -qq -o /tmp/clnrm-trace.$p -p $p "$@" 2>>/tmp/clnrm-strace.err &
  s=$!
  i=0
  while [ $i -lt 150 ] && ! grep -q '^TracerPid:[[:space:]]*[1-9]' /proc/$p/status 2>/dev/null && kill -0 $s 2>/dev/null; do sleep 0.02; i=$((i+1)); done
  echo "$p $(sed -n 's/^TracerPid:[[:space:]]*//p' /proc/$p/status 2>/dev/null) $s" >> /tmp/clnrm-attached
  done_pids="$done_pids$p "
}
if [ "$name" != - ]; then
  # Not the helper's own processes (same PID namespace, maybe the same name): they carry the runner's token.
  for p in $(pidof "$name"); do
    tr '\\000' '\\n' < /proc/$p/environ 2>/dev/null | grep -q '^CLNRM_RUNNER_EXEC=' && continue
    attach $p "$@"
  done
  touch /tmp/clnrm-attached; echo ready > /tmp/clnrm-ready
  exec sleep 2147483647
fi
echo ready > /tmp/clnrm-ready
while :; do
  for d in /proc/[0-9]*; do
    p=\${d#/proc/}
    case "$done_pids" in *" $p "*) continue;; esac
    # The state first, with the shell's own read (no process per pid and poll): only stopped ones are looked at.
    read -r st < $d/stat 2>/dev/null || continue
    case "\${st##*") "}" in T*) ;; *) continue;; esac
    case " $(tr '\\000' ' ' < $d/cmdline 2>/dev/null)" in *" $marker "*) ;; *) continue;; esac
    attach $p "$@"
    kill -CONT $p
  done
  sleep 0.02
done
`;

/**
 * Read inside the helper before the revert: the attach list (with each pid's TracerPid now), then every
 * trace file, each line prefixed with `T `.
 */
const READ_SH = `
cat /tmp/clnrm-attached 2>/dev/null | while read -r p t s; do echo "attached=$p $t $s"; done
for f in /tmp/clnrm-trace.*; do [ -f "$f" ] && sed 's/^/T /' "$f"; done
sed 's/^/E /' /tmp/clnrm-strace.err 2>/dev/null | tail -5
true
`;

/**
 * Revert, inside the helper: strace detaches on SIGTERM; stopped marker processes go on; then, within 3 s,
 * every attached pid still alive must read TracerPid 0 (strace may be a zombie no one reaps before it is
 * done: its pid is no sign).
 */
const DETACH_SH = `
marker=$1
for s in $(pidof strace); do kill -TERM $s 2>/dev/null; done
count() {
  traced=0
  while read -r p t s; do
    tp=$(sed -n 's/^TracerPid:[[:space:]]*//p' /proc/$p/status 2>/dev/null)
    [ -z "$tp" ] || [ "$tp" = 0 ] || traced=$((traced+1))
  done < /tmp/clnrm-attached
}
i=0; count
while [ $traced -gt 0 ] && [ $i -lt 150 ]; do sleep 0.02; i=$((i+1)); count; done
for d in /proc/[0-9]*; do case " $(tr '\\000' ' ' < $d/cmdline 2>/dev/null)" in *" $marker "*) kill -CONT \${d#/proc/} 2>/dev/null;; esac; done
echo traced=$traced
`;

export interface TraceReading {
  /** Attached processes whose TracerPid was nonzero right after the attach. */
  attached: number;
  /** Attach attempts in all. */
  tried: number;
  /** Calls of the selected syscalls strace saw. */
  calls: number;
  /** Calls it failed, per errno. */
  injected: Record<string, number>;
  /** Calls it delayed, and how long each took (ms, as strace -T measured it). */
  delayedMs: number[];
  /** The last lines strace wrote on stderr. */
  errors: string;
}

/** Parses READ_SH's output. */
export function parseTrace(out: string): TraceReading {
  const r: TraceReading = { attached: 0, tried: 0, calls: 0, injected: {}, delayedMs: [], errors: '' };
  for (const line of out.split('\n')) {
    // `attached=PID TRACERPID STRACEPID`: attached when the process's tracer is this helper's strace.
    const a = /^attached=(\d+) (\d*) ?(\d*)/.exec(line);
    if (a) {
      r.tried += 1;
      if (a[2] !== '' && a[2] !== '0' && a[2] === a[3]) r.attached += 1;
      continue;
    }
    if (line.startsWith('E ')) {
      r.errors += `${line.slice(2)}\n`;
      continue;
    }
    if (!line.startsWith('T ')) continue;
    const call = line.slice(2);
    // `PID  name(args) = result <secs>`; signals (---), exits (+++) and unfinished halves are not calls.
    if (/^\d+\s+(---|\+\+\+)/.test(call) || /<unfinished \.\.\.>$/.test(call)) continue;
    if (!/^\d+\s+(<\.\.\. )?[a-z_0-9]+[( ]/.test(call)) continue;
    r.calls += 1;
    const inj = / = -1 ([A-Z0-9]+) .*\(INJECTED\)/.exec(call);
    if (inj) r.injected[inj[1]!] = (r.injected[inj[1]!] ?? 0) + 1;
    if (/\(DELAYED\)/.test(call)) {
      const t = /<(\d+\.\d+)>\s*$/.exec(call);
      r.delayedMs.push(t ? Math.round(Number(t[1]) * 1000) : 0);
    }
  }
  return r;
}

/**
 * The step's wrapper: stops itself until the helper's strace has attached and continued it, then runs the
 * step. A step already traced (by another syscall fault on the same service: a process has one tracer) is
 * not stopped again, which would leave it stopped for good; that other fault acts on it, this one does not.
 */
export const STOP_UNTIL_TRACED_SH = 't=0; while read -r k v; do case $k in TracerPid:) t=$v;; esac; done < /proc/$$/status; [ "$t" != 0 ] || kill -STOP $$; exec "$@"';

/** Marker naming one injection's step processes (in their command line). */
export const markerOf = (ctx: InjectContext) => `clnrm-syscall-${ctx.injectionName}`;

export interface StraceFault {
  selection: SyscallSelection;
  /** strace's action for the injected calls: `error=ENOSPC`, `delay_enter=50ms`. */
  action: string;
  /** Attributes naming what was asked (kept in the canonical trace: suite and seed). */
  asked: Attrs;
  /** The evidence from what strace saw, once read back. */
  judge(r: TraceReading, keys: (k: string) => string): Evidence;
}

/**
 * The verb of both syscall faults: starts the helper, and (for steps) the step hook; the
 * effect is judged from the trace read back before the revert.
 */
export async function straceInject(ctx: InjectContext, f: StraceFault): Promise<InjectResult> {
  const t = ctx.target!;
  const before = await targetState(ctx);
  if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
  const when = schedule(f.selection.ratePct, () => ctx.rng.next());
  const set = syscallSet(f.selection);
  const marker = markerOf(ctx);
  const live = f.selection.process !== undefined;
  // Counts of processes attached mid-run depend on timing: they go under syscall.live.* (out of the digest).
  const keys = (k: string) => (live ? k.replace(/^syscall\./, 'syscall.live.') : k);
  const asked: Attrs = {
    'chaos.type': ctx.fault.type,
    'syscall.set': set,
    'syscall.rate_pct': f.selection.ratePct,
    ...(when ? { 'syscall.every': when.every, 'syscall.first': when.first } : {}),
    ...(live ? { 'process.name': f.selection.process! } : { 'syscall.scope': 'steps' }),
    ...f.asked,
  };
  await ctx.engine.ensureImage(STRACE_IMAGE);
  const helper = await ctx.engine.createContainer({
    name: `${ctx.namePrefix}-strace-${t.service}`,
    image: STRACE_IMAGE,
    cmd: ['sh', '-c', ATTACH_SH, 'clnrm-strace', live ? '-' : marker, f.selection.process ?? '-', ...straceArgs(set, f.action, when)],
    // The runner's token: the step's process-leak check does not count the helper's processes (same PID namespace).
    env: runnerExecEnv(),
    labels: ctx.labels,
    networkMode: 'none',
    pidMode: `container:${t.containerId}`,
    capAdd: ['SYS_PTRACE'],
  });
  const remove = () => ctx.engine.removeContainer(helper).catch(() => undefined);
  try {
    await ctx.engine.startContainer(helper);
    const ready = await waitReady(ctx, helper);
    if (!ready) throw new ChaosError(`the strace helper of ${t.service} did not start: ${(await ctx.engine.logs(helper, 5).catch(() => '')).trim().slice(0, 300)}`);
  } catch (err) {
    await remove();
    throw err;
  }
  let reading: TraceReading | undefined;
  const read = async (): Promise<TraceReading> => (reading ??= parseTrace((await shIn(ctx.engine, helper, READ_SH)).out));
  const revert = async () => {
    const r = await shIn(ctx.engine, helper, DETACH_SH, [marker]).catch(() => ({ exitCode: null, out: '' }));
    const traced = Number(/traced=(\d+)/.exec(r.out)?.[1] ?? -1);
    await remove();
    return { strategy: 'detach_strace', success: r.exitCode === 0 && traced === 0, attributes: { 'syscall.still_traced': traced } };
  };
  const observe = async (): Promise<Evidence> => {
    let r: TraceReading;
    try {
      r = await read();
    } catch (err) {
      // The helper lives in the target's PID namespace: when the target's main process ends, strace ends with it.
      const state = await ctx.engine.inspectContainer(t.containerId).catch(() => undefined);
      if (state && !state.running) return notObserved(`${t.service} stopped while traced, and strace with it (they share its PID namespace): what it injected could not be read back`, {});
      throw err;
    }
    const attrs: Attrs = { [keys('syscall.processes_attached')]: r.attached, [keys('syscall.calls')]: r.calls };
    if (r.tried === 0) {
      return notObserved(live ? `no process named ${f.selection.process} ran in ${t.service}` : `no step ran in ${t.service} while the fault was active (or each was already traced by another syscall fault)`, attrs);
    }
    if (r.attached === 0) return notObserved(`strace could not attach to ${t.service}'s processes: ${r.errors.trim().slice(0, 200) || 'their TracerPid is not the helper\'s strace'}`, attrs);
    const e = f.judge(r, keys);
    return { ...e, attributes: { ...attrs, ...e.attributes } };
  };
  if (live) {
    // Attached at once: a name that matches nothing is known now.
    const r = await read();
    reading = undefined;
    if (r.tried === 0) {
      await revert();
      return { evidence: notObserved(`no process named ${f.selection.process} runs in ${t.service}`, { ...asked, 'syscall.live.processes_attached': 0 }) };
    }
  }
  return {
    evidence: observed(asked),
    observe,
    revert,
    ...(live ? {} : { stepHook: { service: t.service, wrap: (argv: string[]) => ['sh', '-c', STOP_UNTIL_TRACED_SH, marker, ...argv] } }),
  };
}

/** Waits (bounded) for the helper's ready file: its attach loop runs, or the named processes are attached. */
async function waitReady(ctx: InjectContext, helper: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const r = await shIn(ctx.engine, helper, 'cat /tmp/clnrm-ready 2>/dev/null').catch(() => ({ exitCode: null, out: '' }));
    if (r.out.includes('ready')) return true;
    const s = await ctx.engine.inspectContainer(helper).catch(() => undefined);
    if (s && !s.running) return false;
    await new Promise((res) => setTimeout(res, 50));
  }
  return false;
}

/** Per-errno counts as span attributes: `syscall.injected.ENOSPC = 3`. */
export function injectedAttrs(r: TraceReading, errno: string, keys: (k: string) => string): Attrs {
  const out: Attrs = { [keys(`syscall.injected.${errno}`)]: r.injected[errno] ?? 0 };
  for (const [e, n] of Object.entries(r.injected)) out[keys(`syscall.injected.${e}`)] = n;
  return out;
}
