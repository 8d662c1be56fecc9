/**
 * A shell in the engine host's network namespace, or in a container's, without a helper container,
 * when this process already is there: root, talking to the engine over its
 * local unix socket, and seeing the scenario network's bridge among its own
 * interfaces (the bridge lives in the namespace where the engine makes its
 * networks, so a process that sees it shares that namespace and its
 * netfilter tables). The firewall of network isolation then costs one `sh`
 * (~10 ms) instead of a helper's create, start, wait, logs and removal
 * (~300 ms, twice per scenario). Anywhere else (a remote or rootless engine,
 * a runner in a container of its own) the helper container does it, with the
 * same script (src/runtime/netns.ts).
 *
 * A container's namespace is entered with `nsenter` through its main
 * process's /proc entry, once that entry is proven to be the container's (its
 * cgroup names the container id: a runner in a PID namespace of its own sees
 * another process, or none, under the engine's pid). A network fault then
 * costs a few milliseconds per iptables script instead of ~300 ms.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Bound on one local firewall script: iptables waits for its lock (-w), never for long. */
const LOCAL_SHELL_TIMEOUT_MS = 30_000;

/** Set once a local script could not run at all (no iptables, no permission): the helper does it from then on. */
let localRefused = false;

/** Whether this process may enter a container's network namespace: unknown until the first try. */
let netnsEntry: 'unknown' | 'allowed' | 'refused' = 'unknown';

/** Root, talking to the engine over its local socket, and not told to use the helper. */
function mayRunLocally(endpoint: string): boolean {
  if (localRefused || process.env.CLNRM_HOST_FIREWALL === 'helper') return false;
  return endpoint.startsWith('unix://') && process.getuid?.() === 0;
}

/** True when `bridge` (a host interface of a network of the engine at `endpoint`) is in this process's namespace and this process may firewall it. */
export function hostNetnsIsLocal(endpoint: string, bridge: string): boolean {
  if (!mayRunLocally(endpoint)) return false;
  // Invariant (a bug if it fires): bridge names come from the engine and go into a path.
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(bridge)) throw new Error(`bridge interface name ${JSON.stringify(bridge)} is not valid`);
  return existsSync(`/sys/class/net/${bridge}`);
}

/** Whether a container's namespace may be entered from here at all (asked before reading the container's pid). */
export function mayEnterNetns(endpoint: string): boolean {
  return netnsEntry !== 'refused' && mayRunLocally(endpoint);
}

/**
 * The path of the network namespace of container `containerId` (a full id or a prefix of 12 or more hex
 * digits) whose main process has host pid `pid`, when this process can enter it directly; undefined when
 * the helper must do it (remote or rootless engine, another PID namespace, entry refused once).
 */
export async function localNetnsOf(endpoint: string, containerId: string, pid: number | undefined): Promise<string | undefined> {
  if (!mayEnterNetns(endpoint) || !pid || !/^[0-9a-f]{12,64}$/.test(containerId)) return undefined;
  let cgroup: string;
  try {
    cgroup = readFileSync(`/proc/${pid}/cgroup`, 'utf8');
  } catch {
    return undefined;
  }
  if (!cgroup.includes(containerId)) return undefined;
  const path = `/proc/${pid}/ns/net`;
  if (netnsEntry === 'unknown') {
    // One try decides for the whole process: entering needs CAP_SYS_ADMIN and nsenter, which root may lack.
    const tried = await runLocalShell('true', path);
    netnsEntry = tried.exitCode === 0 ? 'allowed' : 'refused';
    if (netnsEntry === 'refused') return undefined;
  }
  return path;
}

/** Runs a shell script here, or in the network namespace at `netnsPath`; output is stdout then stderr, as the helper's logs. */
export function runLocalShell(script: string, netnsPath?: string): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve) => {
    // iptables lives in sbin, which a non-login PATH may lack.
    const env = { ...process.env, PATH: `${process.env.PATH ?? '/usr/bin:/bin'}:/usr/sbin:/sbin` };
    const [file, args] = netnsPath ? ['nsenter', [`--net=${netnsPath}`, '--', 'sh', '-c', script]] : ['sh', ['-c', script]];
    execFile(file, args, { env, timeout: LOCAL_SHELL_TIMEOUT_MS, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ exitCode: code, output: `${stdout}${stderr}` });
    });
  });
}

/** After a local script failed: the helper takes over for the rest of the process (the failure may be ours, not the script's). */
export function refuseLocalShell(): void {
  localRefused = true;
}
