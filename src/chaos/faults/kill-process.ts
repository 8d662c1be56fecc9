/** kill_process: kills processes matched by name inside the target; the effect is a matched process gone, stopped, or running its handler. */
import { notObserved, notRunning, observed, parseKv, shIn, SIGNAL_DISPOSITION_SH, signalNumber, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { awaitExit, restarted, SIGNAL_PARAM, signalOr, target } from './shared/container.js';

/**
 * Shell: signals the processes named `$1` with signal `$2` (number `$3`);
 * prints how many matched, were signalled, had a handler, and are gone or
 * stopped a moment later (zombies count as gone), and `main=1` when one of
 * them is the container's main process (killing it ends the container, and
 * this probe with it: the rest of the output may then be missing).
 */
const KILL_PROCESS_SH = `
disp() { ${SIGNAL_DISPOSITION_SH} }
pids=$(pidof "$1")
echo matched=$(echo $pids | wc -w)
[ -n "$pids" ] || exit 0
handled=0
for p in $pids; do case "$(disp $p $3)" in *caught=1*ignored=0*) handled=$((handled+1));; esac; done
echo handled=$handled
# The container's main process: PID 1, or under an init (docker-init, tini) at PID 1 its earliest started
# child (orphans re-parented to the init start later; on a tie, the lower pid); field 22 of /proc/PID/stat is the start time.
main=1
case "$(cat /proc/1/comm 2>/dev/null)" in docker-init|tini)
  main=$(for f in /proc/[0-9]*/stat; do
    read -r pid comm state ppid rest < "$f" 2>/dev/null || continue
    [ "$ppid" = 1 ] || continue
    set -- $rest; shift 17; echo "$1 $pid"
  done | sort -k1,1n -k2,2n | head -n 1 | cut -d' ' -f2);;
esac
for p in $pids; do [ "$p" = "$main" ] && echo main=1; done
kill -$2 $pids && echo signalled=$(echo $pids | wc -w)
i=0
while :; do
  gone=0; stopped=0
  for p in $pids; do
    s=$(sed -n 's/^State:[[:space:]]*\\([A-Z]\\).*/\\1/p' /proc/$p/status 2>/dev/null)
    case "$s" in ''|Z|X) gone=$((gone+1));; T) stopped=$((stopped+1));; esac
  done
  [ $((gone+stopped)) -ge $(echo $pids | wc -w) ] || [ $i -ge 10 ] && break
  i=$((i+1)); sleep 0.1
done
echo gone=$gone; echo stopped=$stopped
`;

export const killProcess = defineFault({
  kind: 'kill_process',
  doc: 'kills the processes named `process` inside the target (`signal`, default SIGKILL)',
  revert: '—',
  evidence: '`processes.matched`, `processes.signalled`, `processes.killed` (gone), `processes.stopped`, `processes.handled`; `process.main_killed` when the killed process was the container\'s main process (the engine shows it stopped, or restarted by its restart policy)',
  notInjectedWhen: 'target not running; nothing matched; `kill` failed; every match ignored it',
  params: { process: { type: 'string', minLength: 1, description: 'Process name to match inside the container.' }, ...SIGNAL_PARAM },
  required: ['process'],
  targets: 'service',
  span: 'clnrm.chaos.kill_process',
  recoverySpan: 'clnrm.recovery',
  // `kill -TERM` and `kill -SIGTERM` alike: the signal is normalised to its SIG-prefixed upper-case name.
  decode: (p) => ({ process: String(p.process), signal: `SIG${signalOr(p.signal, 'SIGKILL').toUpperCase().replace(/^SIG/, '')}` }),
  inject: async (ctx, p) => {
    const { process: name, signal } = p;
    const before = await targetState(ctx);
    if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
    const r = await shIn(ctx.engine, target(ctx).containerId, KILL_PROCESS_SH, [name, signal.replace(/^SIG/, ''), String(signalNumber(signal) ?? 0)]);
    const kv = parseKv(r.out);
    const n = (k: string) => Number(kv[k] ?? 0) || 0;
    const attrs: Record<string, string | number | boolean> = {
      'process.name': name,
      'chaos.signal': signal,
      'processes.matched': n('matched'),
      'processes.signalled': n('signalled'),
      'processes.killed': n('gone'),
      'processes.stopped': n('stopped'),
      'processes.handled': n('handled'),
    };
    // Decided before the kill from /proc, so it does not depend on whether the probe outlived the container.
    if (kv.main === '1') attrs['process.main_killed'] = true;
    if (n('matched') === 0) return { evidence: notObserved(`no process named ${name} runs in ${target(ctx).service}`, attrs) };
    if (kv.gone === undefined && n('matched') > 0) {
      // The probe was cut off after the kill: the killed process was the container's main process, and the
      // container stopped (or its restart policy started it anew) with the probe inside. Read the engine;
      // which of the two it shows depends on timing, so only the fact goes on the span.
      const after = await awaitExit(ctx, before);
      if (!after.running || restarted(before, after)) {
        return { evidence: observed({ ...attrs, 'processes.signalled': n('matched'), 'processes.killed': n('matched') }) };
      }
    }
    if (n('signalled') === 0) return { evidence: notObserved(`kill -${signal} failed: ${r.out.trim().slice(-200)}`, attrs) };
    if (n('gone') + n('stopped') + n('handled') === 0) return { evidence: notObserved(`the ${n('signalled')} process(es) named ${name} ignored ${signal} (no handler, still running)`, attrs) };
    return { evidence: observed(attrs) };
  },
});
