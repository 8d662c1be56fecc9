/**
 * Names the engine's embedded DNS does not know, on a closed network (no `egress`): they are forwarded to the
 * network's gateway, where the isolation chain rejects them at once, instead of to the host's servers, where the
 * closed network drops them and the engine holds the container's removal until its forward gives up (~4 s).
 * What the container sees does not change: the name does not resolve. With `egress = true` nothing is redirected.
 */
import { describe, expect, it } from 'vitest';
import { BUSYBOX, docker, removeKeptRun, runSuites, suiteFrom } from './helpers.js';

const suite = (egress: boolean) => `
[meta]
name = "dns${egress ? 'open' : 'closed'}"

[cleanup]
containers = "never"

[network]
egress = ${egress}

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "lookup"
service = "app"
run = "nslookup nosuchhost.example 2>&1; echo exit=$?"
expected_output_regex = "exit=1"
`;

/** The kept container's DNS servers and its network's gateway, as the engine reports them. */
function dnsOf(runId: string): { dns: string[] | null; gateway: string } {
  const id = docker(['ps', '-aq', '--filter', `label=clnrm.run=${runId}`]).stdout.trim();
  const info = JSON.parse(docker(['inspect', id]).stdout)[0];
  const network = Object.keys(info.NetworkSettings.Networks)[0]!;
  return { dns: info.HostConfig.Dns, gateway: info.NetworkSettings.Networks[network].Gateway };
}

describe('unknown names on a closed network', { timeout: 90_000 }, () => {
  it('are forwarded to the gateway (rejected there), and still do not resolve; egress = true keeps the host servers', async () => {
    // One run each: a run's kept containers are found by its run label.
    const runs = [await runSuites([suiteFrom(suite(false))]), await runSuites([suiteFrom(suite(true))])];
    try {
      expect(runs.map((r) => r.suites[0]!.scenarios[0]!.outcome)).toEqual(['pass', 'pass']);
      const closed = dnsOf(runs[0]!.suites[0]!.run.runId);
      expect(closed.gateway).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(closed.dns).toEqual([closed.gateway]);
      expect(dnsOf(runs[1]!.suites[0]!.run.runId).dns ?? []).toEqual([]);
    } finally {
      for (const r of runs) expect(removeKeptRun(r.suites[0]!.run.runId)).toEqual([]);
    }
  });
});
