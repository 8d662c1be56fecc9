/** slow_io: chosen syscalls of the target's processes are delayed by `call_delay_ms`, at a rate (strace --inject delay_enter, see shared/strace.ts). */
import { notObserved, observed } from '../evidence.js';
import { defineFault } from '../types.js';
import { decodeSelection, straceInject, SYSCALL_PARAMS } from './shared/strace.js';
import { numberParam } from './shared/params.js';

/** What `syscalls` defaults to: the calls that move data to and from files. */
const IO_SYSCALLS = ['read', 'write', 'pread64', 'pwrite64', 'readv', 'writev', 'fsync', 'fdatasync'];

export const slowIo = defineFault({
  kind: 'slow_io',
  doc: 'delays the chosen syscalls (default: read, write and fsync families) of the steps run in the target (or of its processes named `process`) by `call_delay_ms` at `rate_pct` %',
  revert: 'detaches strace; every attached process reads TracerPid 0',
  evidence: '`syscall.processes_attached`, `syscall.calls`, `syscall.delayed` (calls delayed), `syscall.delay_min_ms`/`syscall.delay_max_ms` (their measured time, strace -T); `syscall.live.*` for `process`',
  notInjectedWhen: 'target not running; no step ran (or no process named `process`); strace could not attach; no matching call was seen; at a rate above 0, no call was delayed, or one was held less than half of `call_delay_ms`',
  params: {
    ...SYSCALL_PARAMS,
    call_delay_ms: { type: 'integer', minimum: 1, maximum: 60000, description: 'Added to each affected call (before it runs).' },
  },
  required: ['call_delay_ms'],
  targets: 'service',
  span: 'clnrm.chaos.slow_io',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ selection: decodeSelection('slow_io', p, IO_SYSCALLS), delayMs: numberParam('slow_io', p, 'call_delay_ms') }),
  inject: (ctx, p) =>
    straceInject(ctx, {
      selection: p.selection,
      action: `delay_enter=${p.delayMs}ms`,
      asked: { 'syscall.delay_ms': p.delayMs },
      judge: (r, keys) => {
        const d = r.delayedMs;
        const attrs = {
          [keys('syscall.delayed')]: d.length,
          ...(d.length ? { 'syscall.delay_min_ms': Math.min(...d), 'syscall.delay_max_ms': Math.max(...d) } : {}),
          // Whether every delayed call was held is behaviour, not timing. strace -T times a call from after it armed
          // the delay, so on a loaded machine it reads short by strace's own latency (17 ms for 20 ms asked was seen):
          // a call counts as held when it took at least half the delay; one not held takes microseconds.
          'syscall.delay_observed': d.length > 0 && d.every((ms) => ms >= p.delayMs / 2),
        };
        if (r.calls === 0) return notObserved('strace saw no matching syscall', attrs);
        if (p.selection.ratePct === 0) return observed(attrs);
        if (d.length === 0) return notObserved(`strace saw ${r.calls} matching call(s), none of them on the schedule`, attrs);
        if (!attrs['syscall.delay_observed']) return notObserved(`a delayed call took ${Math.min(...d)} ms, less than half of the ${p.delayMs} ms asked`, attrs);
        return observed(attrs);
      },
    }),
});
