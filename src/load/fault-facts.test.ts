/**
 * What the loader knows about fault types comes from the schema's
 * annotations alone: what each type targets and which parameters name
 * declared things; a schema missing them is refused, and the validator
 * accepts the annotation keywords.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { actsOnStep, faultFacts, faultFactsSource } from './fault-facts.js';
import { ANNOTATION_KEYWORDS, committedSchema } from './schema.js';

const block = (type: string, then: Record<string, unknown>) => ({ if: { properties: { type: { const: type } } }, then });
const schemaWith = (types: string[], blocks: object[]) => ({ $defs: { fault: { properties: { type: { enum: types } }, allOf: blocks } } });

describe('fault facts', () => {
  it('are read from the blocks of the schema it is given', () => {
    const facts = faultFacts(
      schemaWith(['a', 'b'], [block('a', { 'x-clnrm-targets': 'step' }), block('b', { 'x-clnrm-targets': 'network', 'x-clnrm-references': { members: 'service' }, required: ['members'], properties: { members: {} } })]),
    );
    expect(facts).toEqual({ a: { targets: 'step', references: {}, required: [] }, b: { targets: 'network', references: { members: 'service' }, required: ['members'] } });
    expect(actsOnStep('a', facts)).toBe(true);
    expect(actsOnStep('b', facts)).toBe(false);
    expect(actsOnStep('unknown', facts)).toBe(false);
  });

  it('refuse a schema whose type has no annotation, saying how to regenerate it', () => {
    expect(() => faultFacts(schemaWith(['a', 'b'], [block('a', { 'x-clnrm-targets': 'service' })]))).toThrow(
      "the schema's fault types without x-clnrm-targets: b (run `npm run docs`)",
    );
  });

  it('of the committed schema are the ones generated from it (fault-facts.generated.ts), frozen', () => {
    const generated = readFileSync(new URL('./fault-facts.generated.ts', import.meta.url), 'utf8');
    expect(generated === faultFactsSource(committedSchema()), 'src/load/fault-facts.generated.ts is stale: run `npm run docs`').toBe(true);
    expect(faultFacts()).toEqual(faultFacts(committedSchema()));
    expect(Object.keys(faultFacts()).length).toBeGreaterThan(20);
    expect(Object.isFrozen(faultFacts())).toBe(true);
    expect(Object.isFrozen(faultFacts().kill_container!.required)).toBe(true);
    expect(Object.isFrozen(faultFacts().partition!.references)).toBe(true);
  });

  it('of the committed schema: exit_code and timeout act on steps, the other types do not', () => {
    const onSteps = Object.keys(faultFacts()).filter((t) => actsOnStep(t));
    expect(onSteps).toEqual(['exit_code', 'timeout']);
  });

  it('keywords are declared to the validator: a strict one refuses them undeclared and accepts them declared', () => {
    const ajv = (declared: boolean) => {
      const a = new Ajv2020({ strict: false, strictSchema: true });
      ((addFormatsModule as any).default ?? addFormatsModule)(a);
      if (declared) a.addVocabulary([...ANNOTATION_KEYWORDS]);
      return a;
    };
    expect(() => ajv(false).compile(committedSchema())).toThrow('unknown keyword: "x-clnrm-targets"');
    expect(() => ajv(true).compile(committedSchema())).not.toThrow();
  });
});
