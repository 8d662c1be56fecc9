import { EngineError } from '../common/errors.js';
import { collectOrphans, type GcDecision } from '../runtime/gc.js';
import { createDockerEngine } from '../runtime/docker-engine.js';
import { LEASE_LABEL } from '../runtime/lease.js';
import type { Outcome } from './exit.js';

const describe = (d: GcDecision) =>
  `${d.resource.labels[LEASE_LABEL] ? 'lease volume' : d.resource.kind} ${d.resource.id.slice(0, 12)} (run ${d.resource.labels['clnrm.run'] ?? '?'}): ${d.reason}`;

/**
 * `clnrm gc`: removes resources whose runner is provably gone on this host or
 * whose lease expired; `--dry-run` lists what would go and what stays, and why.
 */
export async function gcCommand(o: { all?: boolean; dryRun?: boolean }): Promise<Outcome> {
  const engine = createDockerEngine();
  await engine.ping();
  // A wedged engine (its network listing can hang for good) must end in a message, not a hang.
  const limitMs = 60_000;
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    collectOrphans(engine, { all: o.all ?? false, dryRun: o.dryRun ?? false, sweep: !o.dryRun }),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new EngineError(`the engine at ${engine.endpoint} answers pings but did not list or remove resources within ${limitMs / 1000} s; try again later`)), limitMs);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
  if (o.dryRun) {
    const go = result.decisions.filter((d) => d.remove);
    const stay = result.decisions.filter((d) => !d.remove);
    for (const d of go) process.stdout.write(`would remove ${describe(d)}\n`);
    for (const d of stay) process.stdout.write(`would keep ${describe(d)}\n`);
    process.stdout.write(`${go.length} resource(s) would be removed, ${stay.length} kept (dry run: nothing removed)\n`);
    return { kind: 'done' };
  }
  for (const r of result.removed) {
    const d = result.decisions.find((x) => x.resource === r)!;
    process.stdout.write(`removed ${describe(d)}\n`);
  }
  for (const f of result.failed) process.stderr.write(`could not remove ${f.resource.kind} ${f.resource.id.slice(0, 12)}: ${f.error}\n`);
  for (const c of result.firewalls) process.stdout.write(`removed isolation chain ${c}\n`);
  if (result.firewallError) process.stderr.write(`could not sweep isolation chains: ${result.firewallError}\n`);
  process.stdout.write(`${result.removed.length} resource(s) removed\n`);
  return result.failed.length > 0 || result.firewallError ? { kind: 'failed' } : { kind: 'done' };
}
