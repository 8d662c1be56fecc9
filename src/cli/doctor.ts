import pc from 'picocolors';
import { runDoctor } from '../runtime/doctor.js';
import type { Outcome } from './exit.js';

/** `clnrm doctor`: one line per check (fix under failures), or JSON. Passed only when every check passes. */
export async function doctorCommand(options: { json?: boolean }): Promise<Outcome> {
  const checks = await runDoctor();
  const ok = checks.every((c) => c.ok);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ok, checks }, null, 2)}\n`);
  } else {
    for (const c of checks) {
      const mark = c.ok ? pc.green('✓') : pc.red('✗');
      process.stdout.write(`${mark} ${c.name}: ${c.detail}\n`);
      if (!c.ok && c.fix) process.stdout.write(`  fix: ${c.fix}\n`);
    }
  }
  return ok ? { kind: 'passed' } : { kind: 'failed' };
}
