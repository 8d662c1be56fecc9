/** disk_fill: writes a file until the filesystem is full (ENOSPC) or `size_mb` is written; removed on revert. */
import { notObserved, notRunning, observed, parseKv, targetState } from '../evidence.js';
import { defineFault } from '../types.js';
import { run } from './shared/cgroup.js';

export const diskFill = defineFault({
  kind: 'disk_fill',
  doc: 'writes a file into `path` until the filesystem is full (ENOSPC), or `size_mb`',
  revert: 'deletes the file',
  evidence: '`disk.written_kb` (`du` of the file), `disk.free_kb`, `disk.full`',
  notInjectedWhen: 'target not running; nothing written (read-only or missing path); neither full nor `size_mb` written',
  params: {
    path: { type: 'string', minLength: 1, description: 'Directory to fill.' },
    size_mb: { type: 'integer', minimum: 1, description: 'Bytes to write in MiB (default: until the disk is full).' },
  },
  required: ['path'],
  targets: 'service',
  span: 'clnrm.resource.disk_fill',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ path: String(p.path), sizeMb: p.size_mb === undefined ? undefined : Number(p.size_mb) }),
  inject: async (ctx, p) => {
    const { path, sizeMb } = p;
    const file = `${path.replace(/\/$/, '')}/.clnrm-disk-fill`;
    const before = await targetState(ctx);
    if (!before.running) return { evidence: notRunning(ctx, before) };
    const { out } = await run(
      ctx,
      'if [ -n "$2" ]; then dd if=/dev/zero of="$1" bs=1M count="$2" 2>&1; else dd if=/dev/zero of="$1" bs=1M 2>&1; fi; echo "written=$(du -k "$1" 2>/dev/null | cut -f1)"; [ -s "$1" ] || rm -f "$1"; echo "free=$(df -k "$(dirname "$1")" | tail -1 | awk \'{print $4}\')"',
      [file, sizeMb === undefined ? '' : String(sizeMb)],
    );
    const kv = parseKv(out);
    const written = Number(kv.written || 0);
    const free = kv.free === undefined || kv.free === '' ? -1 : Number(kv.free);
    const attrs = { 'disk.path': path, 'disk.written_kb': written, 'disk.free_kb': free, 'disk.full': written > 0 && free === 0, 'pressure.level': written > 0 && free === 0 ? 'high' : 'medium' };
    const revert = async () => {
      const r = await run(ctx, 'rm -f "$1"; [ ! -e "$1" ]', [file]);
      return { strategy: 'remove_fill_file', success: r.exitCode === 0 };
    };
    const cause = out.split('\n').find((l) => /dd:/.test(l))?.trim() ?? '';
    if (written === 0) return { evidence: notObserved(`nothing could be written to ${path}${cause ? ` (${cause})` : ''}`, attrs) };
    if (free !== 0 && (sizeMb === undefined || written < sizeMb * 1024)) return { evidence: notObserved(`${written} KiB written to ${path}: neither full nor size_mb${cause ? ` (${cause})` : ''}`, attrs), revert };
    return { evidence: observed(attrs), revert };
  },
});
