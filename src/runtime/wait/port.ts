/** Ready when a TCP port of the container accepts connections (probed from the runner's host). */
import { connect } from 'node:net';
import { sleep, type WaitCondition, type WaitConditionType } from './types.js';
import { RuntimeError } from '../../common/errors.js';

function probe(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

export function portCondition(port: number): WaitCondition {
  return {
    description: `port ${port}`,
    async waitUntilReady(ctx) {
      for (;;) {
        const state = await ctx.engine.inspectContainer(ctx.containerId);
        if (!state.running) throw new RuntimeError(`the container is not running (${state.status})`);
        if (ctx.ipAddress && (await probe(ctx.ipAddress, port, 1000))) return;
        await sleep(ctx.intervalMs, ctx.signal);
      }
    },
  };
}

export const portWait: WaitConditionType<'port'> = {
  key: 'port',
  doc: 'TCP port that must accept connections.',
  schema: { type: 'integer', minimum: 1, maximum: 65535 },
  create: portCondition,
};
