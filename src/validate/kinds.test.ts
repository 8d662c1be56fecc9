/**
 * The expectation kinds describe themselves: one per table of `[expect]` in
 * the schema, what each declares, which checks only a run can answer, and the
 * generated table of docs/expectations.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExpectSpec } from '../load/index.js';
import { replaceTable } from '../load/format-doc.js';
import { checksNeedingARun, declaredChecks, EXPECTATION_KINDS_HEADER, EXPECTATION_TYPES, expectationKindsMarkdown } from './index.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const none: ExpectSpec = { span: [], window: [] };

describe('expectation kinds', () => {
  it('are exactly the tables of [expect] in the schema', () => {
    const schema = JSON.parse(read('schemas/clnrm.schema.json'));
    expect(Object.values(EXPECTATION_TYPES).map((t) => t.key)).toEqual(Object.keys(schema.$defs.expect.properties));
  });

  it('each counts the checks it declares', () => {
    const spans = { ...none, span: [{ keyPath: 'a', name: 'x', attrs: {}, events: {} }, { keyPath: 'b', name: 'y', attrs: {}, events: {} }] };
    expect(declaredChecks(none)).toBe(0);
    expect(declaredChecks(spans)).toBe(2);
    expect(declaredChecks({ ...spans, status: { all: 'OK' }, window: [{ outer: 'a', contains: ['b'] }] })).toBe(4);
  });

  it('only the leak checks on the engine need a run, by their exact key paths, and only when declared', () => {
    expect([...checksNeedingARun(none, 'expect')]).toEqual([]);
    const h: ExpectSpec = { ...none, hermeticity: { noContainerLeakage: true, noVolumeLeakage: true, noNetworkLeakage: false, noProcessLeakage: true, noExternalServices: true } };
    expect([...checksNeedingARun(h, 'scenario[2].expect')]).toEqual(['scenario[2].expect.hermeticity.no_container_leakage', 'scenario[2].expect.hermeticity.no_volume_leakage']);
  });

  it("docs/expectations.md's kinds table is the one the kinds generate", () => {
    const doc = read('docs/expectations.md');
    expect(doc, 'generated from the expectation kinds: run `npm run docs`').toBe(replaceTable(doc, EXPECTATION_KINDS_HEADER, expectationKindsMarkdown(), 'docs/expectations.md'));
    expect(expectationKindsMarkdown()).toContain('| `hermeticity` |');
  });
});
