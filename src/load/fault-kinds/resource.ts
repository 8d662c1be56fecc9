/** Resource faults: the target's live memory limit and CPU quota, its disk, its open-files limit. Spans clnrm.resource.<kind>. */
import { faultKind } from './kind.js';

export const memoryPressure = faultKind({
  kind: 'memory_pressure',
  doc: "shrinks the target's live memory limit to `memory_mb` (default half its limit): reclaim, allocation failures or OOM kills follow",
  revert: 'restores the limit',
  evidence: "`memory.cgroup_before_mb`, `memory.cgroup_mb` (the target's cgroup, read inside it)",
  notInjectedWhen: 'target not running; the cgroup does not read the new limit',
  params: { memory_mb: { $ref: '#/$defs/memoryMb', description: "Live memory limit to shrink to (default: half of the service's limit)." } },
  targets: 'service',
  span: 'clnrm.resource.memory_pressure',
  recoverySpan: 'clnrm.recovery',
  /** `memoryMb` undefined: half of the target's own limit, known only once the target is. */
  decode: (p) => ({ memoryMb: p.memory_mb === undefined || p.memory_mb === null ? undefined : Number(p.memory_mb) }),
});

export const cpuThrottle = faultKind({
  kind: 'cpu_throttle',
  doc: "sets the target's live CPU quota to `cpu_percent` of one core",
  revert: 'restores the quota',
  evidence: "`cpu.cgroup_percent` (CFS quota/period from the target's cgroup)",
  notInjectedWhen: 'target not running; the quota read back differs',
  params: { cpu_percent: { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'CPU quota as a percentage of one core.' } },
  required: ['cpu_percent'],
  targets: 'service',
  span: 'clnrm.resource.cpu_throttle',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ cpuPercent: Number(p.cpu_percent) }),
});

export const diskFill = faultKind({
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
});

export const fdExhaustion = faultKind({
  kind: 'fd_exhaustion',
  doc: 'steps started in the target while the fault is active run with an open-files limit of `nofile` (default 16)',
  revert: '—',
  evidence: '`fd.limit`, `chaos.steps_affected`, `chaos.steps`',
  notInjectedWhen: 'target not running; no step ran in the target while active',
  params: { nofile: { type: 'integer', minimum: 3, description: 'Open-files limit of the processes started in the target while the fault is active (default 16).' } },
  targets: 'service',
  span: 'clnrm.resource.fd_exhaustion',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ nofile: Number(p.nofile ?? 16) }),
});
