/**
 * The always-true rule for consistency bounds relies on what the runner keeps: a step's stdout up to
 * KEPT_OUTPUT_BYTES, and KEPT_SPANS spans of the system under test per run. Both must stay equal to
 * the runtime's and the receiver's own limits.
 */
import { describe, expect, it } from 'vitest';
import { KEPT_OUTPUT_BYTES, KEPT_SPANS } from '../../src/load/always-true.js';
import { createCapture } from '../../src/runtime/output.js';
import { DEFAULT_MAX_SPANS_TOTAL } from '../../src/telemetry/receiver.js';

describe('the limits behind the consistency ceilings', () => {
  it('a step keeps exactly KEPT_OUTPUT_BYTES of stdout', () => {
    const capture = createCapture();
    capture.push(Buffer.alloc(KEPT_OUTPUT_BYTES, 'a'));
    expect(capture.result().truncatedBytes).toBe(0);
    capture.push(Buffer.from('b'));
    expect(capture.result().truncatedBytes).toBe(1);
  });

  it('a run keeps KEPT_SPANS spans', () => {
    expect(KEPT_SPANS).toBe(DEFAULT_MAX_SPANS_TOTAL);
  });
});
