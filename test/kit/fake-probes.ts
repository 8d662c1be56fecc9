/**
 * What the chaos probes read inside a fake container (the shell scripts faults
 * run as `sh -c SCRIPT clnrm-chaos ARGS…`), answered from the container's
 * modelled state in the same `key=value` lines the real scripts print: cgroup
 * limits, a disk fill and its removal, processes by name, the main process's
 * signal disposition.
 */
import { signalNumber } from '../../src/chaos/evidence.js';
import type { FakeChain, FakeContainer, FakeProcess } from './fake-engine.js';

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
export function probe(c: FakeContainer, script: string, args: string[], chains?: ReadonlyMap<string, FakeChain>): { exitCode: number; out: string } {
  if (script.includes('lookup=timeout')) return lookupProbe(c, args[0]!, chains);
  if (script === 'cat /etc/hosts') return { exitCode: 0, out: c.hosts ?? DEFAULT_HOSTS };
  if (script.includes('> /etc/hosts')) return hostsWriteProbe(c, args[0]!);
  if (script.includes('faked_ms=')) return clockReadProbe(c);
  if (script.includes('"$2" > "$1" && sleep')) return clockWriteProbe(c, args[1]!);
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

const DEFAULT_HOSTS = '127.0.0.1\tlocalhost\n';

/**
 * A lookup inside the container: rules in its namespace that mark queries for the name's wire
 * form (mangle chains, `mangle/` in the fake) and reject (error) or drop (timeout) marked ones;
 * else /etc/hosts; else the name resolves (to 10.9.9.9).
 */
function lookupProbe(c: FakeContainer, name: string, chains?: ReadonlyMap<string, FakeChain>) {
  const wire = `|${name.length.toString(16).padStart(2, '0')}|${name}|00|`;
  const marked = [...(chains ?? new Map<string, FakeChain>())].some(([n, ch]) => n.startsWith('mangle/') && ch.hooks.size > 0 && ch.rules.some((r) => r.includes(wire) && !r.includes('statistic')));
  const action = [...(chains ?? new Map<string, FakeChain>())].flatMap(([n, ch]) => (!n.startsWith('mangle/') && ch.hooks.size > 0 ? ch.rules : [])).find((r) => r.startsWith('-m mark'));
  if (marked && action?.endsWith('REJECT')) return { exitCode: 0, out: 'lookup=error EAI_AGAIN\n' };
  if (marked && action?.endsWith('DROP')) return { exitCode: 0, out: 'lookup=timeout\n' };
  const line = (c.hosts ?? DEFAULT_HOSTS).split('\n').find((l) => l.split(/\s+/).slice(1).includes(name));
  return { exitCode: 0, out: `lookup=resolved ${line ? line.split(/\s+/)[0] : '10.9.9.9'}\n` };
}

function hostsWriteProbe(c: FakeContainer, content: string) {
  if (c.hostsReadOnly) return { exitCode: 1, out: "sh: can't create /etc/hosts: Read-only file system\n" };
  c.hosts = content;
  return { exitCode: 0, out: content };
}

/** The clock as `date` reads it through the preload: real time moved by the setting's offset (or the frozen instant). */
function clockReadProbe(c: FakeContainer) {
  if (!c.clock) return { exitCode: 0, out: 'skewable=0\n' };
  const s = c.clock.setting;
  const faked = /^[+-]/.test(s) ? Date.now() + Math.round(Number(s) * 1000) : Date.parse(`${s.replace(' ', 'T')}Z`);
  return { exitCode: 0, out: `setting=${s}\nfaked_ms=${faked}\n` };
}

function clockWriteProbe(c: FakeContainer, setting: string) {
  if (!c.clock) return { exitCode: 1, out: "sh: can't create /.clnrm/faketime/clock.rc: nonexistent directory\n" };
  if (c.clockReadOnly) return { exitCode: 1, out: "sh: can't create /.clnrm/faketime/clock.rc: Permission denied\n" };
  c.clock.setting = setting;
  return { exitCode: 0, out: '' };
}
