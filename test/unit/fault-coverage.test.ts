/**
 * Every fault type in the registry has its own unit tests on the in-memory
 * engine: a describe block named after it (or a row `{ type: '<type>' … }` of
 * a describe.each table) in one of the test/unit/*fault*.test.ts files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAULT_TYPES } from '../../src/chaos/registry.js';

const DIR = new URL('./', import.meta.url);

function typesTested(): Set<string> {
  const tested = new Set<string>();
  for (const file of readdirSync(DIR).filter((f) => /fault.*\.test\.ts$/.test(f) && f !== 'fault-coverage.test.ts')) {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    for (const m of text.matchAll(/describe\('([a-z_]+)'/g)) tested.add(m[1]!);
    for (const m of text.matchAll(/\{ type: '([a-z_]+)'/g)) tested.add(m[1]!);
  }
  return tested;
}

describe('fault unit tests', () => {
  it('cover every registered fault type', () => {
    const tested = typesTested();
    expect(Object.keys(FAULT_TYPES).filter((t) => !tested.has(t))).toEqual([]);
  });
});
