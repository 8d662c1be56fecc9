import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENDPOINT_RELEASE_WAITS_MS, removeNetworkOnceFree } from './cleanup.js';
import type { Engine } from './engine.js';

/** An engine whose network removal answers with the given errors, in turn, then succeeds. */
function refusing(errors: readonly string[]) {
  const calls: number[] = [];
  const started = Date.now();
  let i = 0;
  const engine = {
    async removeNetwork() {
      calls.push(Date.now() - started);
      const message = errors[i++];
      if (message) throw new Error(message);
    },
  } as unknown as Engine;
  return { engine, calls };
}

const ACTIVE = 'remove network n1 failed: error while removing network: network clnrm-x id n1 has active endpoints';

describe('removeNetworkOnceFree', () => {
  afterEach(() => vi.useRealTimers());

  it('asks again while the engine still releases a removed container\'s endpoint, and succeeds once it has', async () => {
    vi.useFakeTimers();
    const { engine, calls } = refusing([ACTIVE, ACTIVE]);
    const removing = removeNetworkOnceFree(engine, 'n1');
    await vi.advanceTimersByTimeAsync(1000);
    await expect(removing).resolves.toBeUndefined();
    // Asked at once, then after 25 and 50 more ms.
    expect(calls).toEqual([0, 25, 75]);
  });

  it('gives up after the bounded waits (~1.6 s) and throws the engine\'s last refusal', async () => {
    vi.useFakeTimers();
    const { engine, calls } = refusing(Array(20).fill(ACTIVE));
    const removing = removeNetworkOnceFree(engine, 'n1');
    const outcome = expect(removing).rejects.toThrow('has active endpoints');
    await vi.advanceTimersByTimeAsync(5000);
    await outcome;
    expect(calls).toHaveLength(ENDPOINT_RELEASE_WAITS_MS.length + 1);
    expect(calls.at(-1)).toBe(ENDPOINT_RELEASE_WAITS_MS.reduce((a, b) => a + b, 0));
  });

  it('throws any other error at once', async () => {
    const { engine, calls } = refusing(['remove network n1 failed: engine not reachable']);
    await expect(removeNetworkOnceFree(engine, 'n1')).rejects.toThrow('engine not reachable');
    expect(calls).toHaveLength(1);
  });
});
