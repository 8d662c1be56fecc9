/**
 * A container's process table read from the engine host's /proc, when this process is root on that host and
 * sees its PID namespace (a local engine): the same records as the listing run inside the container
 * (session.ts, `listProcesses`), without an exec. After each step the runner looks for the processes the step
 * left behind; an exec costs the engine ~50 ms, this read ~1 ms.
 *
 * Every process of the container's PID namespace is found by that namespace (not by cgroup), and described in
 * the container's own numbering (the last entries of NSpid and NSsid in /proc/PID/status), so the records equal
 * the in-container listing's, in its order (its glob sorts the pids as text). Whatever this cannot tell for
 * sure answers undefined and the caller lists inside the container instead: a remote engine, not root, a pid
 * that is not that container's init here, a process it may not read, or a host with nested PID namespaces
 * (their processes could belong to the container's namespace without being in it).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { ContainerProcess } from './container-process.js';

/** True when the engine at `endpoint` may be on this host and this process can read every process's /proc entry. */
export function hostProcessesReadable(endpoint: string): boolean {
  return endpoint.startsWith('unix://') && process.getuid?.() === 0;
}

/** `NSpid:\t2224\t6` → ['2224', '6'] (the pid in each namespace, outermost first). */
function nsField(status: string, key: 'NSpid' | 'NSsid'): string[] | undefined {
  const m = new RegExp(`^${key}:\\t(.*)$`, 'm').exec(status);
  return m ? m[1]!.split('\t') : undefined;
}

/** A process that exited while it was read: not in the table (as the in-container listing skips it). */
const vanished = (err: unknown): boolean => {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ESRCH';
};

/**
 * The process table of the container whose init has host pid `initPid`, as `listProcesses` would print it
 * (`marker`: the runner's exec token, `NAME=value`); undefined when it cannot be read exactly from here.
 */
export function hostProcessTable(containerId: string, initPid: number, marker: string): ContainerProcess[] | undefined {
  try {
    // The engine's pid is this container's init here: same PID namespace as the engine, same container.
    if (!readFileSync(`/proc/${initPid}/cgroup`, 'utf8').includes(containerId)) return undefined;
    const initPids = nsField(readFileSync(`/proc/${initPid}/status`, 'utf8'), 'NSpid');
    if (!initPids || initPids.length < 2 || initPids[initPids.length - 1] !== '1') return undefined;
    const depth = initPids.length;
    const namespace = readlinkSync(`/proc/${initPid}/ns/pid`);
    const found: ContainerProcess[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const dir = `/proc/${entry}`;
      let status: string;
      try {
        status = readFileSync(`${dir}/status`, 'utf8');
      } catch (err) {
        if (vanished(err)) continue;
        throw err;
      }
      const pids = nsField(status, 'NSpid');
      if (!pids) return undefined;
      // Shallower: the host's (or an outer namespace's) own processes. Deeper: a nested namespace, maybe the container's.
      if (pids.length < depth) continue;
      if (pids.length > depth) return undefined;
      try {
        if (readlinkSync(`${dir}/ns/pid`) !== namespace) continue;
        const stat = readFileSync(`${dir}/stat`, 'utf8');
        const cmdline = Buffer.from(readFileSync(`${dir}/cmdline`).map((byte) => (byte === 0 ? 0x20 : byte)));
        const environ = readFileSync(`${dir}/environ`, 'latin1');
        const close = stat.lastIndexOf(')');
        const rest = stat.slice(close + 2).trimEnd().split(' ');
        const sessions = nsField(status, 'NSsid');
        if (close < 0 || rest.length < 20 || !sessions) return undefined;
        found.push({
          pid: Number(pids[depth - 1]),
          startTicks: rest[19]!,
          sessionId: Number(sessions[sessions.length - 1]),
          state: rest[0]!,
          command: cmdline.toString('utf8').trim() || `[${stat.slice(stat.indexOf('(') + 1, close)}]`,
          runner: environ.split('\0').includes(marker),
        });
      } catch (err) {
        if (vanished(err)) continue;
        throw err;
      }
    }
    // The in-container listing walks /proc/[0-9]*, which the shell sorts as text.
    return found.sort((a, b) => (String(a.pid) < String(b.pid) ? -1 : String(a.pid) > String(b.pid) ? 1 : 0));
  } catch {
    return undefined;
  }
}
