import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanPositions } from './span-positions.js';

const spans = (ids: string[]) => ids.map((spanId) => ({ spanId }));
/** The reference: a Map set in list order keeps the last position of each id. */
const reference = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));

describe('spanPositions', () => {
  it('finds the position of 16-hex-digit ids, and -1 for an id no span has', () => {
    const p = spanPositions(spans(['00f067aa0ba902b7', '53995c3f42cd8ad8', '0000000000000000']));
    expect([p.of('00f067aa0ba902b7'), p.of('53995c3f42cd8ad8'), p.of('0000000000000000')]).toEqual([0, 1, 2]);
    expect(p.of('00f067aa0ba902b8')).toBe(-1);
    expect(p.of('not an id')).toBe(-1);
    expect(p.unique).toBe(true);
  });

  it('keeps the last span of a repeated id and says the ids are not unique', () => {
    const p = spanPositions(spans(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'aaaaaaaaaaaaaaaa']));
    expect(p.of('aaaaaaaaaaaaaaaa')).toBe(2);
    expect(p.unique).toBe(false);
  });

  it('tells ids apart by case (upper-case hex is another id) and takes ids of any form', () => {
    const upper = spanPositions(spans(['00F067AA0BA902B7', 's1']));
    expect(upper.of('00f067aa0ba902b7')).toBe(-1);
    expect(upper.of('00F067AA0BA902B7')).toBe(0);
    expect(upper.of('s1')).toBe(1);
    const lower = spanPositions(spans(['00f067aa0ba902b7']));
    expect(lower.of('00F067AA0BA902B7')).toBe(-1);
  });

  it('answers as a Map of the ids does, over hex ids that repeat and collide', () => {
    const hexId = fc.oneof(
      fc.constantFrom('0000000000000001', '0000000100000000', '1000000000000000', 'ffffffffffffffff', '8000000000000000'),
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((b) => b.toString(16).padStart(16, '0')),
    );
    fc.assert(
      fc.property(fc.array(hexId, { maxLength: 60 }), fc.array(hexId, { maxLength: 10 }), (ids, others) => {
        const p = spanPositions(spans(ids));
        const ref = reference(ids);
        for (const id of [...ids, ...others]) expect(p.of(id)).toBe(ref.get(id) ?? -1);
        expect(p.unique).toBe(ref.size === ids.length);
      }),
      { numRuns: 300 },
    );
  });
});
