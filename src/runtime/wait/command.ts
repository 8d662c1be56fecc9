/** Ready when a command run inside the container exits 0. */
import type { Command } from '../../load/index.js';
import { sleep, type WaitCondition, type WaitConditionType } from './types.js';
import { RuntimeError } from '../../common/errors.js';

export function commandCondition(command: Command): WaitCondition {
  const cmd = typeof command === 'string' ? ['sh', '-c', command] : [...command];
  return {
    description: `command ${JSON.stringify(typeof command === 'string' ? command : cmd.join(' '))}`,
    async waitUntilReady(ctx) {
      const ignore = { onStdout() {}, onStderr() {} };
      for (;;) {
        const state = await ctx.engine.inspectContainer(ctx.containerId);
        if (!state.running) throw new RuntimeError(`the container is not running (${state.status})`);
        const handle = await ctx.engine.exec(ctx.containerId, { cmd }, ignore);
        const { exitCode } = await handle.done;
        if (exitCode === 0) return;
        await sleep(ctx.intervalMs, ctx.signal);
      }
    },
  };
}

export const commandWait: WaitConditionType<'command'> = {
  key: 'command',
  doc: 'Command run in the container that must exit 0.',
  schema: { $ref: '#/$defs/command' },
  create: commandCondition,
};
