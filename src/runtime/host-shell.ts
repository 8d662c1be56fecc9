/**
 * A shell in the engine host's network namespace without a helper container,
 * when this process already is there: root, talking to the engine over its
 * local unix socket, and seeing the scenario network's bridge among its own
 * interfaces (the bridge lives in the namespace where the engine makes its
 * networks, so a process that sees it shares that namespace and its
 * netfilter tables). The firewall of network isolation then costs one `sh`
 * (~10 ms) instead of a helper's create, start, wait, logs and removal
 * (~300 ms, twice per scenario). Anywhere else (a remote or rootless engine,
 * a runner in a container of its own) the helper container does it, with the
 * same script (src/runtime/netns.ts).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Bound on one local firewall script: iptables waits for its lock (-w), never for long. */
const LOCAL_SHELL_TIMEOUT_MS = 30_000;

/** Set once a local script could not run at all (no iptables, no permission): the helper does it from then on. */
let localRefused = false;

/** True when `bridge` (a host interface of a network of the engine at `endpoint`) is in this process's namespace and this process may firewall it. */
export function hostNetnsIsLocal(endpoint: string, bridge: string): boolean {
  if (localRefused || process.env.CLNRM_HOST_FIREWALL === 'helper') return false;
  if (!endpoint.startsWith('unix://') || process.getuid?.() !== 0) return false;
  // Invariant (a bug if it fires): bridge names come from the engine and go into a path.
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(bridge)) throw new Error(`bridge interface name ${JSON.stringify(bridge)} is not valid`);
  return existsSync(`/sys/class/net/${bridge}`);
}

/** Runs a shell script here; output is stdout then stderr, as the helper's logs. */
export function runLocalShell(script: string): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve) => {
    // iptables lives in sbin, which a non-login PATH may lack.
    const env = { ...process.env, PATH: `${process.env.PATH ?? '/usr/bin:/bin'}:/usr/sbin:/sbin` };
    execFile('sh', ['-c', script], { env, timeout: LOCAL_SHELL_TIMEOUT_MS, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ exitCode: code, output: `${stdout}${stderr}` });
    });
  });
}

/** After a local script failed: the helper takes over for the rest of the process (the failure may be ours, not the script's). */
export function refuseLocalShell(): void {
  localRefused = true;
}
