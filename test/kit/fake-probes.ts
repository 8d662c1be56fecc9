/**
 * What the chaos probes read inside a fake container (the shell scripts faults
 * run as `sh -c SCRIPT clnrm-chaos ARGS…`), answered from the container's
 * modelled state in the same `key=value` lines the real scripts print: cgroup
 * limits, a disk fill and its removal, processes by name, the main process's
 * signal disposition.
 */
import { signalNumber } from '../../src/chaos/evidence.js';
import type { FakeContainer, FakeProcess } from './fake-engine.js';

const MiB = 1024 * 1024;
/** Signals whose default action changes nothing. */
const DEFAULT_IGNORED = new Set(['SIGCHLD', 'SIGCONT', 'SIGURG', 'SIGWINCH']);
const STOPPING = new Set(['SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU']);
export const sigName = (s: string) => (s.toUpperCase().startsWith('SIG') ? s.toUpperCase() : `SIG${s.toUpperCase()}`);

/** Whether `sig` ends the process: no handler, not ignored, not an init without handler, default action fatal (a stop signal marks it stopped instead). */
export function signalEnds(p: FakeProcess & { pid1?: boolean }, sig: string): boolean {
  if (sig === 'SIGKILL') return true;
  if (p.handles?.map(sigName).includes(sig) || p.ignores?.map(sigName).includes(sig)) return false;
  if (p.pid1 || DEFAULT_IGNORED.has(sig)) return false;
  if (STOPPING.has(sig)) {
    p.state = 'T';
    return false;
  }
  return true;
}

/** Answers one probe script by what it reads (unknown scripts exit 127, so a new probe shows up as a failing test). */
export function probe(c: FakeContainer, script: string, args: string[]): { exitCode: number; out: string } {
  if (script.includes('memory.max')) return cgroupProbe(c);
  if (script.includes('dd if=/dev/zero')) return diskFillProbe(c, args);
  if (script.startsWith('rm -f')) return diskRemoveProbe(c);
  if (script.includes('pidof')) return killProcessProbe(c, args);
  if (script.includes('SigCgt')) return dispositionProbe(c, Number(args[0]));
  return { exitCode: 127, out: `sh: the fake engine does not know this probe: ${script.slice(0, 60)}` };
}

function cgroupProbe(c: FakeContainer) {
  if (c.cgroupUnreadable) return { exitCode: 1, out: "cat: can't open '/sys/fs/cgroup/memory.max': No such file or directory\n" };
  const memory = c.memoryMb === undefined ? 'max' : String(Math.round(c.memoryMb * MiB));
  const quota = c.cpuPercent === undefined ? 'max' : String(Math.round(c.cpuPercent * 1000));
  return { exitCode: 0, out: `memory_bytes=${memory}\ncpu_quota=${quota}\ncpu_period=100000\n` };
}

function diskFillProbe(c: FakeContainer, [file, size]: string[]) {
  const disk = c.disk ?? { freeKb: 0 };
  if (disk.readOnly) return { exitCode: 0, out: `dd: can't open '${file}': Read-only file system\nwritten=\nfree=${disk.freeKb}\n` };
  const wantKb = size ? Number(size) * 1024 : Infinity;
  const written = Math.min(wantKb, disk.freeKb, disk.failAfterKb ?? Infinity);
  disk.freeKb -= written;
  if (written > 0) disk.fileKb = (disk.fileKb ?? 0) + written;
  const cause = written === disk.failAfterKb ? 'Input/output error' : 'No space left on device';
  const full = written < wantKb ? `dd: error writing '${file}': ${cause}\n` : '';
  return { exitCode: 0, out: `${full}written=${written || ''}\nfree=${disk.freeKb}\n` };
}

function diskRemoveProbe(c: FakeContainer) {
  const disk = c.disk;
  if (disk?.removeFails) return { exitCode: 1, out: 'rm: Operation not permitted\n' };
  if (disk?.fileKb) {
    disk.freeKb += disk.fileKb;
    delete disk.fileKb;
  }
  return { exitCode: 0, out: '' };
}

function killProcessProbe(c: FakeContainer, [name, signal]: string[]) {
  const sig = sigName(String(signal));
  const main = c.main;
  if (main !== undefined && main.name === name && !main.gone && signalEnds(main, sig)) {
    // The container's main process: the container ends with it, and the probe inside it too, before it prints more.
    main.gone = true;
    c.running = false;
    c.exitCode = 128 + (signalNumber(sig) ?? 9);
    return { exitCode: 137, out: 'matched=1\nhandled=0\nmain=1\n' };
  }
  const matched = c.processes.filter((p) => p.name === name && !p.gone);
  if (matched.length === 0) return { exitCode: 0, out: 'matched=0\n' };
  const handled = matched.filter((p) => p.handles?.map(sigName).includes(sig) && !p.ignores?.map(sigName).includes(sig)).length;
  if (matched.some((p) => p.unkillable)) return { exitCode: 0, out: `matched=${matched.length}\nhandled=${handled}\nsh: can't kill pid 7: Operation not permitted\ngone=0\nstopped=0\n` };
  for (const p of matched) if (signalEnds(p, sig)) p.gone = true;
  const gone = matched.filter((p) => p.gone).length;
  const stopped = matched.filter((p) => p.state === 'T').length;
  return { exitCode: 0, out: `matched=${matched.length}\nhandled=${handled}\nsignalled=${matched.length}\ngone=${gone}\nstopped=${stopped}\n` };
}

function dispositionProbe(c: FakeContainer, n: number) {
  const p = c.main;
  if (!p || p.gone) return { exitCode: 0, out: 'main=1\ngone=1\n' };
  const has = (list: readonly string[] | undefined) => (list ?? []).some((s) => signalNumber(s) === n);
  return { exitCode: 0, out: `main=1\ncaught=${has(p.handles) ? 1 : 0}\nignored=${has(p.ignores) ? 1 : 0}\nstate=${p.state ?? 'S'}\nname=${p.name}\n` };
}
