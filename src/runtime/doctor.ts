import { createServer } from 'node:net';
import type Dockerode from 'dockerode';
import { connectDocker, pingEngine, type DockerConnection } from './docker-connection.js';
import { ownerLabels } from './owner.js';

export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  /** The exact command (or step) that fixes a failing check. */
  fix?: string;
}

import { FIXTURE_IMAGES, NETTOOLS_IMAGE } from '../common/fixtures.js';

const ENSURE_ENGINE = 'scripts/ensure-engine.sh';
const BUILD_FIXTURES = 'scripts/build-fixtures.sh';
const PROBE_TIMEOUT_MS = 30_000;

/** Runs every check; never throws. Checks that need the engine fail with the engine's fix when it is down. */
export async function runDoctor(): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  let conn: DockerConnection | undefined;
  let down: DoctorCheck | undefined;
  try {
    conn = connectDocker();
    const ping = await pingEngine(conn, 5000);
    if (ping.ok) {
      checks.push({ name: 'engine reachable', ok: true, detail: `${conn.endpoint}, server ${ping.serverVersion}, API ${ping.apiVersion}` });
    } else {
      down = { name: 'engine reachable', ok: false, detail: ping.reason, fix: ENSURE_ENGINE };
    }
  } catch (err) {
    down = { name: 'engine reachable', ok: false, detail: message(err), fix: `unset DOCKER_HOST (or fix its value), then ${ENSURE_ENGINE}` };
  }
  if (conn && !down) {
    const docker = conn.docker;
    checks.push(...(await guard('fixture images', () => fixtureChecks(docker))));
    checks.push(...(await guard(MEMORY, async () => [await memoryCheck(docker)])));
    checks.push(...(await guard(NETTOOLS, async () => [await netToolsCheck(docker)])));
  } else if (down) {
    checks.push(down);
    // Still list what could not be checked, so the JSON always has the same checks.
    const detail = `skipped: engine not reachable${conn ? ` (${conn.endpoint})` : ''}`;
    for (const name of [...FIXTURE_IMAGES.map(fixtureName), MEMORY, NETTOOLS]) checks.push({ name, ok: false, detail, fix: down.fix });
  }
  checks.push(await otlpPortCheck());
  return checks;
}

const MEMORY = 'cgroup memory limits';
const NETTOOLS = 'iptables + tc (nettools, NET_ADMIN)';
const fixtureName = (image: string): string => `fixture ${image}`;

async function fixtureChecks(docker: Dockerode): Promise<DoctorCheck[]> {
  return Promise.all(
    FIXTURE_IMAGES.map(async (image): Promise<DoctorCheck> => {
      try {
        const info = await docker.getImage(image).inspect();
        const mb = (info.Size / 1e6).toFixed(1);
        return { name: fixtureName(image), ok: true, detail: `${info.Id.slice(7, 19)}, ${mb} MB` };
      } catch (err) {
        return { name: fixtureName(image), ok: false, detail: `missing (${message(err)})`, fix: BUILD_FIXTURES };
      }
    }),
  );
}

/** Memory limits are what make OOM scenarios possible; the engine reports whether the kernel supports them. */
async function memoryCheck(docker: Dockerode): Promise<DoctorCheck> {
  const info = (await docker.info()) as Record<string, unknown>;
  const cgroup = `cgroup v${String(info.CgroupVersion ?? '1')} (${String(info.CgroupDriver ?? '?')} driver)`;
  const flags = `memory limit ${yes(info.MemoryLimit)}, swap limit ${yes(info.SwapLimit)}, oom-kill-disable ${yes(info.OomKillDisable)}`;
  const detail = `${cgroup}, ${flags}`;
  if (info.MemoryLimit === true) return { name: MEMORY, ok: true, detail };
  return {
    name: MEMORY,
    ok: false,
    detail,
    fix:
      info.CgroupVersion === '2'
        ? 'enable the memory controller: echo +memory > /sys/fs/cgroup/cgroup.subtree_control, then restart dockerd'
        : 'boot with cgroup_enable=memory swapaccount=1 (add to GRUB_CMDLINE_LINUX in /etc/default/grub, then update-grub && reboot)',
  };
}

/**
 * The real thing chaos rules need: the nettools image, with NET_ADMIN, can add an iptables rule and a
 * tc qdisc in a network namespace. The probe container carries the clnrm labels so a crashed doctor's
 * leftover is found by the usual clean-up, and is removed here even when the probe fails.
 */
async function netToolsCheck(docker: Dockerode): Promise<DoctorCheck> {
  const name = NETTOOLS;
  const script =
    'iptables -A OUTPUT -p tcp --dport 9 -j DROP && iptables -S OUTPUT | grep -q -- "--dport 9" && ' +
    'tc qdisc add dev lo root tbf rate 1mbit burst 32kbit latency 400ms && echo probe-ok';
  let container: Dockerode.Container | undefined;
  try {
    await docker.getImage(NETTOOLS_IMAGE).inspect();
  } catch {
    return { name, ok: false, detail: `${NETTOOLS_IMAGE} missing`, fix: BUILD_FIXTURES };
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    container = await docker.createContainer({
      Image: NETTOOLS_IMAGE,
      Cmd: ['sh', '-c', script],
      Tty: true, // one plain output stream, no multiplexing to undo
      Labels: { 'clnrm.managed': 'true', 'clnrm.run': 'doctor', ...ownerLabels() },
      // A fresh namespace of its own: enough to prove the kernel side, and needs no bridge network.
      HostConfig: { CapAdd: ['NET_ADMIN'], NetworkMode: 'none' },
    });
    await container.start();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`probe did not finish within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
    });
    const result = (await Promise.race([container.wait(), timeout])) as { StatusCode: number };
    const output = (await container.logs({ stdout: true, stderr: true })).toString('utf8').trim();
    if (result.StatusCode === 0 && output.includes('probe-ok')) {
      return { name, ok: true, detail: 'added an iptables DROP rule and a tbf qdisc in a container network namespace' };
    }
    return {
      name,
      ok: false,
      detail: `probe exited ${result.StatusCode}: ${output.split('\n').slice(-3).join(' | ') || 'no output'}`,
      fix: `${BUILD_FIXTURES} nettools (then check \`docker run --rm --cap-add NET_ADMIN ${NETTOOLS_IMAGE} iptables -L\`)`,
    };
  } catch (err) {
    return { name, ok: false, detail: message(err), fix: `${BUILD_FIXTURES} nettools` };
  } finally {
    clearTimeout(timer);
    if (container) await container.remove({ force: true }).catch(() => undefined);
  }
}

/** The OTLP receiver binds 127.0.0.1:CLNRM_OTLP_PORT; 0 (the default) means any free port. */
async function otlpPortCheck(): Promise<DoctorCheck> {
  const name = 'OTLP port';
  const raw = process.env.CLNRM_OTLP_PORT ?? '0';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { name, ok: false, detail: `CLNRM_OTLP_PORT=${raw} is not a port number`, fix: 'export CLNRM_OTLP_PORT=0' };
  }
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      const fix =
        err.code === 'EADDRINUSE'
          ? `find the owner with \`ss -ltnp 'sport = :${port}'\`, stop it, or export CLNRM_OTLP_PORT=0`
          : 'export CLNRM_OTLP_PORT=0';
      resolve({ name, ok: false, detail: `cannot bind 127.0.0.1:${port}: ${err.code ?? err.message}`, fix });
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      const detail = port === 0 ? `any free port (CLNRM_OTLP_PORT unset/0; e.g. 127.0.0.1:${bound} is free)` : `127.0.0.1:${port} is free`;
      server.close(() => resolve({ name, ok: true, detail }));
    });
  });
}

/** Runs a group of checks; an unexpected error becomes one failing check instead of a crash. */
async function guard(name: string, run: () => Promise<DoctorCheck[]>): Promise<DoctorCheck[]> {
  try {
    return await run();
  } catch (err) {
    return [{ name, ok: false, detail: message(err), fix: ENSURE_ENGINE }];
  }
}

const yes = (v: unknown): string => (v === true ? 'yes' : 'no');
const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));
