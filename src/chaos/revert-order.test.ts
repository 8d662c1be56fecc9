/**
 * The order of the reverts at cleanup: latest first, each waiting only for the
 * later reverts whose footprints meet its own; what cannot be shown independent
 * keeps the strict reverse order.
 */
import { describe, expect, it } from 'vitest';
import { footprintOf, footprintsMeet, revertInReverseOrder, type Footprint } from './revert-order.js';

/** A revert that starts when called and ends when the test says so; the log records both. */
function controlled(names: string[]) {
  const log: string[] = [];
  const finish = new Map<string, () => void>();
  const revert = (name: string) =>
    new Promise<void>((resolve) => {
      log.push(`start ${name}`);
      finish.set(name, () => {
        log.push(`end ${name}`);
        resolve();
      });
    });
  const end = async (name: string) => {
    finish.get(name)!();
    // Lets the reverts waiting for this one start.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { log, revert, end, names };
}

const tick = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('footprints', () => {
  it('a fault on a service touches that service; a toxic its proxy and the proxy\'s upstream; anything else everything', () => {
    expect(footprintOf({ targets: 'service', target: 'app', params: {} })).toEqual(['service:app']);
    expect(footprintOf({ targets: 'proxy', target: undefined, params: { proxy: 'p' }, proxyUpstream: (n) => (n === 'p' ? 'api' : undefined) })).toEqual(['proxy:p', 'service:api']);
    expect(footprintOf({ targets: 'network', target: undefined, params: { groups: [['a'], ['b']] } })).toBe('everything');
    expect(footprintOf({ targets: 'step', target: undefined, params: {} })).toBe('everything');
    // A service fault without a target is not known to touch one service only.
    expect(footprintOf({ targets: 'service', target: undefined, params: {} })).toBe('everything');
  });

  it('footprints meet when they share an entry, and "everything" meets all', () => {
    expect(footprintsMeet(['service:a'], ['service:a'])).toBe(true);
    expect(footprintsMeet(['service:a'], ['service:b'])).toBe(false);
    expect(footprintsMeet(['proxy:p', 'service:api'], ['service:api'])).toBe(true);
    expect(footprintsMeet('everything', ['service:b'])).toBe(true);
    expect(footprintsMeet(['service:b'], 'everything')).toBe(true);
  });
});

describe('revertInReverseOrder', () => {
  const fp: Record<string, Footprint> = { a1: ['service:a'], b: ['service:b'], a2: ['service:a'], c: ['service:c'], all: 'everything' };

  it('faults on different targets are reverted at once, latest first', async () => {
    const c = controlled(['a1', 'b', 'c']);
    const done = revertInReverseOrder(c.names, (n) => fp[n]!, c.revert);
    await tick();
    expect(c.log).toEqual(['start c', 'start b', 'start a1']);
    await c.end('a1');
    await c.end('b');
    await c.end('c');
    await done;
  });

  it('faults stacked on one target keep the reverse order of injection; the others do not wait for them', async () => {
    const c = controlled(['a1', 'b', 'a2']);
    const done = revertInReverseOrder(c.names, (n) => fp[n]!, c.revert);
    await tick();
    // a1 waits for a2 (same target); b does not.
    expect(c.log).toEqual(['start a2', 'start b']);
    await c.end('b');
    expect(c.log).toEqual(['start a2', 'start b', 'end b']);
    await c.end('a2');
    expect(c.log).toEqual(['start a2', 'start b', 'end b', 'end a2', 'start a1']);
    await c.end('a1');
    await done;
  });

  it('a fault whose footprint is not known waits for every later one, and every earlier one waits for it', async () => {
    const c = controlled(['a1', 'all', 'b']);
    const done = revertInReverseOrder(c.names, (n) => fp[n]!, c.revert);
    await tick();
    expect(c.log).toEqual(['start b']);
    await c.end('b');
    expect(c.log).toEqual(['start b', 'end b', 'start all']);
    await c.end('all');
    expect(c.log.at(-1)).toBe('start a1');
    await c.end('a1');
    await done;
    expect(c.log).toEqual(['start b', 'end b', 'start all', 'end all', 'start a1', 'end a1']);
  });

  it('every revert runs even when one fails; the failure is thrown once all are done', async () => {
    const ran: string[] = [];
    const revert = async (n: string) => {
      ran.push(n);
      if (n === 'a2') throw new Error('a2 failed');
    };
    await expect(revertInReverseOrder(['a1', 'b', 'a2'], (n) => fp[n]!, revert)).rejects.toThrow('a2 failed');
    expect(ran.sort()).toEqual(['a1', 'a2', 'b']);
  });
});
