/** `exec`: a command run inside a service; healthy when it exits 0 (and its output matches `output_regex`, if given). */
import type { Command } from '../../load/index.js';
import { execMarkEnv, killMarked, runnerExecEnv } from '../session.js';
import { probeKind, within, type ProbeOutcome } from './types.js';

export interface ExecProbe {
  service: string;
  argv: string[];
  outputRegex?: RegExp;
}

const MAX_OUTPUT_BYTES = 64 * 1024;
/** How long the engine may take to start a sample's exec before the sample fails. */
const EXEC_START_LIMIT_MS = 10_000;

export const execProbe = probeKind<ExecProbe>({
  kind: 'exec',
  doc: 'runs `command` in `service`; healthy when it exits 0 and, with `output_regex`, its output matches',
  params: {
    service: { $ref: '#/$defs/identifier', description: 'Service the command runs in.' },
    command: { $ref: '#/$defs/command', description: 'Command run in the service (a string runs with `sh -c`).' },
    output_regex: { type: 'string', format: 'regex', minLength: 1, description: 'JavaScript regular expression the output (stdout and stderr) must match.' },
  },
  required: ['service', 'command'],
  decode: (p) => {
    const command = p.command as Command;
    return {
      service: String(p.service),
      argv: typeof command === 'string' ? ['sh', '-c', command] : [...command],
      ...(typeof p.output_regex === 'string' ? { outputRegex: new RegExp(p.output_regex) } : {}),
    };
  },
  service: (p) => p.service,
  async sample(ctx, p): Promise<ProbeOutcome> {
    const id = ctx.containers.get(p.service);
    if (!id) return { ok: false, detail: `service ${p.service} does not run` };
    let output = '';
    const take = (chunk: Buffer) => {
      if (output.length < MAX_OUTPUT_BYTES) output += chunk.toString('utf8');
    };
    // Marked as the runner's own exec (a step's process-leak check must not take a sample for the step's), and with
    // a mark of its own: a sample given up on is killed with what it started, not left running in the service.
    const mark = execMarkEnv();
    const giveUp = async (detail: string): Promise<ProbeOutcome> => {
      const [name, value] = Object.entries(mark)[0]!;
      await killMarked(ctx.engine, id, `${name}=${value}`).catch(() => undefined);
      return { ok: false, detail };
    };
    try {
      const handle = await ctx.engine.exec(id, { cmd: p.argv, env: { ...runnerExecEnv(), ...mark } }, { onStdout: take, onStderr: take });
      // The timeout counts from the moment the command runs (as a step's does): how long a busy engine
      // takes to create and start the exec is not the service's answer time. Samples start every
      // interval whatever this one waits for, so a slow start never delays detection.
      if (handle.started) {
        const s = await within(handle.started.then(() => 'started' as const), EXEC_START_LIMIT_MS, () => 'timeout' as const);
        if (s === 'timeout') return await giveUp(`the exec did not start within ${EXEC_START_LIMIT_MS} ms`);
      }
      const r = await within(handle.done, ctx.timeoutMs, () => 'timeout' as const);
      if (r === 'timeout') return await giveUp(`no exit within ${ctx.timeoutMs} ms`);
      if (r.exitCode !== 0) return { ok: false, detail: `exit code ${r.exitCode ?? 'unknown'}` };
      if (p.outputRegex && !p.outputRegex.test(output)) return { ok: false, detail: `output does not match /${p.outputRegex.source}/` };
      return { ok: true, detail: 'exit code 0' };
    } catch (err) {
      return { ok: false, detail: `exec failed: ${(err as Error).message}` };
    }
  },
});
