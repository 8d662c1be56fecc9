import { collectOrphans } from '../runtime/gc.js';
import { createDockerEngine } from '../runtime/docker-engine.js';

/** `clnrm gc`: removes labelled resources whose runner process is gone. */
export async function gcCommand(o: { all?: boolean }): Promise<number> {
  const engine = createDockerEngine();
  await engine.ping();
  const result = await collectOrphans(engine, { all: o.all ?? false, sweep: true });
  for (const r of result.removed) process.stdout.write(`removed ${r.kind} ${r.id.slice(0, 12)} (run ${r.labels['clnrm.run'] ?? '?'})\n`);
  for (const f of result.failed) process.stderr.write(`could not remove ${f.resource.kind} ${f.resource.id.slice(0, 12)}: ${f.error}\n`);
  for (const c of result.firewalls) process.stdout.write(`removed isolation chain ${c}\n`);
  if (result.firewallError) process.stderr.write(`could not sweep isolation chains: ${result.firewallError}\n`);
  process.stdout.write(`${result.removed.length} resource(s) removed\n`);
  return result.failed.length > 0 || result.firewallError ? 1 : 0;
}
