import { describe, expect, it } from 'vitest';
import { printInOrder } from './validate.js';

function recorder(name: string, log: string[]) {
  return { write: (text: string) => log.push(`${name}:${text}`) } as unknown as NodeJS.WritableStream;
}

describe('printInOrder', () => {
  it('keeps the order of the lines across both streams and writes each run of one stream at once', () => {
    const log: string[] = [];
    const out = recorder('out', log);
    const err = recorder('err', log);
    printInOrder([
      { stream: out, text: 'ok a' },
      { stream: out, text: 'ok b' },
      { stream: err, text: 'c: bad' },
      { stream: err, text: 'c: worse' },
      { stream: out, text: 'ok d' },
      { stream: out, text: '1 of 4 file(s) invalid' },
    ]);
    expect(log).toEqual(['out:ok a\nok b\n', 'err:c: bad\nc: worse\n', 'out:ok d\n1 of 4 file(s) invalid\n']);
  });

  it('writes nothing for no lines', () => {
    const log: string[] = [];
    printInOrder([]);
    expect(log).toEqual([]);
  });
});
