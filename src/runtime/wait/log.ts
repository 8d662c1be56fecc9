/** Ready when a line of the container's log matches a regular expression. */
import type { WaitCondition, WaitConditionType } from './types.js';

export function logCondition(pattern: string): WaitCondition {
  const re = new RegExp(pattern);
  return {
    description: `log /${pattern}/`,
    async waitUntilReady(ctx) {
      const follow = new AbortController();
      const stop = () => follow.abort();
      ctx.signal.addEventListener('abort', stop, { once: true });
      try {
        await new Promise<void>((resolve, reject) => {
          ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason), { once: true });
          ctx.engine
            .followLogs(ctx.containerId, (line) => re.test(line) && resolve(), follow.signal)
            .then(() => reject(new Error('the container stopped before the log line appeared')), reject);
        });
      } finally {
        ctx.signal.removeEventListener('abort', stop);
        follow.abort();
      }
    },
  };
}

export const logWait: WaitConditionType<'log'> = {
  key: 'log',
  doc: 'Regular expression a log line must match.',
  schema: { type: 'string', minLength: 1, format: 'regex' },
  create: logCondition,
};
