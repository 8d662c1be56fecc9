/** syscall_error: chosen syscalls of the target's processes fail with a chosen errno, at a rate (strace --inject, see shared/strace.ts). */
import { notObserved, observed } from '../evidence.js';
import { defineFault } from '../types.js';
import { decodeSelection, ERRNOS, injectedAttrs, straceInject, SYSCALL_PARAMS } from './shared/strace.js';

export const syscallError = defineFault({
  kind: 'syscall_error',
  doc: "makes the chosen syscalls (`syscalls` by name, or `class`) of the steps run in the target (or of its processes named `process`) fail with `errno` at `rate_pct` % (every n-th call of each syscall in each process, from a call drawn from the seed)",
  revert: 'detaches strace; every attached process reads TracerPid 0',
  evidence: '`syscall.processes_attached` (TracerPid read), `syscall.calls` (matching calls seen), `syscall.injected.<ERRNO>` (calls failed, per errno); `syscall.live.*` for `process`',
  notInjectedWhen: 'target not running; no step ran (or no process named `process`); strace could not attach; no matching call was seen; at a rate above 0, no call was failed',
  params: {
    ...SYSCALL_PARAMS,
    errno: { enum: [...ERRNOS], description: 'The error the calls return (`ENOSPC`: disk full, `EIO`: disk failure, `ENETDOWN`: network down, `ENOMEM`: allocation failure, `EINTR`/`EAGAIN`: spurious).' },
  },
  required: ['errno'],
  requiredOneOf: [['syscalls'], ['class']],
  targets: 'service',
  span: 'clnrm.chaos.syscall_error',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => {
    const errno = String(p.errno);
    if (!(ERRNOS as readonly string[]).includes(errno)) throw new Error(`syscall_error: errno must be one of ${ERRNOS.join(', ')}, not ${JSON.stringify(p.errno)}`);
    return { selection: decodeSelection('syscall_error', p), errno };
  },
  inject: (ctx, p) =>
    straceInject(ctx, {
      selection: p.selection,
      action: `error=${p.errno}`,
      asked: { 'syscall.errno': p.errno },
      judge: (r, keys) => {
        const attrs = injectedAttrs(r, p.errno, keys);
        const failed = r.injected[p.errno] ?? 0;
        if (r.calls === 0) return notObserved('strace saw no matching syscall', attrs);
        // 0 %: in place and seeing the calls it would fail; above 0 %, at least one call must have failed.
        if (p.selection.ratePct > 0 && failed === 0) return notObserved(`strace saw ${r.calls} matching call(s), none of them on the schedule`, attrs);
        return observed(attrs);
      },
    }),
});
