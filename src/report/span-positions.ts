/**
 * Positions of span ids in a list of spans, for resolving parents. A Map of a
 * million string ids costs more than the rest of the digest's tree building
 * (hashing and growing the table, all on the JS heap), so ids as OTLP makes them
 * (16 lower-case hex digits) are looked up in an open-addressing table over
 * typed arrays instead; any other id sends the whole list to a Map.
 */

/** The position of the last span with each id. */
export interface SpanPositions {
  /** Position of the last span with this id, or -1 when no span has it. */
  of(id: string): number;
  /** True when no two spans share an id. */
  unique: boolean;
}

/** High and low 32 bits of the id parseHex read last (module state: no object per id). */
let hexHigh = 0;
let hexLow = 0;

/** Reads a 16 lower-case hex digit id into hexHigh/hexLow; false for any other string. */
function parseHex(id: string): boolean {
  if (id.length !== 16) return false;
  let high = 0;
  let low = 0;
  for (let k = 0; k < 16; k++) {
    const c = id.charCodeAt(k);
    // Lower case only: "AB" and "ab" are different ids, so they must not land on the same key.
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return false;
    if (k < 8) high = (high << 4) | digit;
    else low = (low << 4) | digit;
  }
  hexHigh = high;
  hexLow = low;
  return true;
}

const slotOf = (high: number, low: number, mask: number): number => {
  let h = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
};

function hexPositions(spans: readonly { spanId: string }[]): SpanPositions | undefined {
  const n = spans.length;
  let size = 2;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  // Per slot: position + 1 (0: empty), then the id's high and low 32 bits, and a pad:
  // a probe reads one cache line.
  const slots = new Int32Array(size * 4);
  let unique = true;
  for (let i = 0; i < n; i++) {
    if (!parseHex(spans[i]!.spanId)) return undefined;
    const high = hexHigh;
    const low = hexLow;
    let s = slotOf(high, low, mask) * 4;
    while (slots[s] !== 0) {
      if (slots[s + 1] === high && slots[s + 2] === low) {
        unique = false;
        break;
      }
      s = (s + 4) & (mask * 4 + 3);
    }
    slots[s] = i + 1;
    slots[s + 1] = high;
    slots[s + 2] = low;
  }
  return {
    unique,
    of(id) {
      if (!parseHex(id)) return -1;
      const high = hexHigh;
      const low = hexLow;
      for (let s = slotOf(high, low, mask) * 4; ; s = (s + 4) & (mask * 4 + 3)) {
        const p = slots[s]!;
        if (p === 0 || (slots[s + 1] === high && slots[s + 2] === low)) return p - 1;
      }
    },
  };
}

function mapPositions(spans: readonly { spanId: string }[]): SpanPositions {
  const position = new Map<string, number>();
  for (let i = 0; i < spans.length; i++) position.set(spans[i]!.spanId, i);
  return { unique: position.size === spans.length, of: (id) => position.get(id) ?? -1 };
}

/** The positions of the spans' ids. */
export function spanPositions(spans: readonly { spanId: string }[]): SpanPositions {
  return hexPositions(spans) ?? mapPositions(spans);
}
