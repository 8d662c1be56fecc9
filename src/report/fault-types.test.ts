import { describe, expect, it } from 'vitest';
import { faultTypeLines } from './summary.js';

describe('per-fault-type statistics on the console', () => {
  it('gives one line per type, in name order, with every count', () => {
    const lines = faultTypeLines({
      samples: { total: 10, healthy: 8 },
      faults: { effective: 3, detected: 2, recovered: 3 },
      byFaultType: {
        stop_container: { planned: 2, injected: 2, effective: 2, reverted: 2, recovered: 2 },
        pause_container: { planned: 1, injected: 1, effective: 1, reverted: 0, recovered: 1 },
      },
    });
    expect(lines).toEqual([
      'pause_container planned 1 · injected 1 · effective 1 · reverted 0 · recovered 1',
      'stop_container planned 2 · injected 2 · effective 2 · reverted 2 · recovered 2',
    ]);
  });
});
