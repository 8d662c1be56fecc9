import { describe, expect, it } from 'vitest';
import { createCapture } from './output.js';

describe('createCapture', () => {
  it('keeps small output whole', () => {
    const c = createCapture(100);
    c.push(Buffer.from('hello '));
    c.push(Buffer.from('world'));
    expect(c.result()).toEqual({ text: 'hello world', truncatedBytes: 0, totalBytes: 11 });
  });

  it('keeps head and tail of large output and says how much was cut', () => {
    const c = createCapture(20);
    c.push(Buffer.from('0123456789'));
    for (let i = 0; i < 100; i++) c.push(Buffer.from('x'));
    c.push(Buffer.from('abcdefghij'));
    const r = c.result();
    expect(r.totalBytes).toBe(120);
    expect(r.truncatedBytes).toBe(100);
    expect(r.text.startsWith('0123456789')).toBe(true);
    expect(r.text.endsWith('abcdefghij')).toBe(true);
    expect(r.text).toContain('100 bytes cut');
  });
});
