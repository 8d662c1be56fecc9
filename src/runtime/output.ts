/**
 * Bounded capture of a stream: keeps the first and last bytes and counts what
 * was cut, so a chatty step cannot exhaust the runner's memory.
 */
export interface CapturedText {
  text: string;
  /** Bytes dropped from the middle; 0 when the whole output was kept. */
  truncatedBytes: number;
  totalBytes: number;
}

export interface Capture {
  push(chunk: Buffer): void;
  result(): CapturedText;
}

export function createCapture(limitBytes = 256 * 1024): Capture {
  const half = Math.floor(limitBytes / 2);
  let head = Buffer.alloc(0);
  let tail: Buffer[] = [];
  let tailBytes = 0;
  let total = 0;
  return {
    push(chunk) {
      total += chunk.length;
      if (head.length < half) {
        const take = Math.min(half - head.length, chunk.length);
        head = Buffer.concat([head, chunk.subarray(0, take)]);
        chunk = chunk.subarray(take);
      }
      if (chunk.length === 0) return;
      tail.push(chunk);
      tailBytes += chunk.length;
      // Drop whole chunks from the front of the tail while it is over its budget.
      while (tailBytes - tail[0]!.length >= half) tailBytes -= tail.shift()!.length;
    },
    result() {
      let tailBuf = Buffer.concat(tail);
      if (tailBuf.length > half) tailBuf = tailBuf.subarray(tailBuf.length - half);
      const kept = head.length + tailBuf.length;
      const cut = total - kept;
      const text = cut > 0 ? `${head.toString('utf8')}\n… [${cut} bytes cut by clnrm] …\n${tailBuf.toString('utf8')}` : head.toString('utf8') + tailBuf.toString('utf8');
      return { text, truncatedBytes: cut, totalBytes: total };
    },
  };
}
