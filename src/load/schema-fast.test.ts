/**
 * The yes/no validator (fastSchema, suite-validator-fast.generated.ts) must accept exactly what the full
 * validator accepts: a document it wrongly accepted would pass `validate` unchecked. Compared on every
 * suite file of the repository, on faults and probes rewritten into every type, without each key and
 * with each key another fault or probe uses, and on scenarios and steps without each key and with each
 * key another uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { fastSchema, fastValidatorSource } from './schema-compile.js';
import { checkSchema, committedSchema } from './schema.js';
import * as generated from './suite-validator.generated.js';
import { suite as fastSuite } from './suite-validator-fast.generated.js';
import { parseToml, TomlSyntaxError } from './toml.js';

const full = (generated as unknown as Record<'suite', ValidateFunction>).suite;
const fast = fastSuite as (data: unknown) => boolean;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function suiteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return suiteFiles(path);
    return name.endsWith('.toml') ? [path] : [];
  });
}

/** Every suite of the repository that is TOML at all (valid or not against the schema). */
const corpus = suiteFiles(join(ROOT, 'tests')).flatMap((file) => {
  try {
    return [{ file, data: parseToml(readFileSync(file, 'utf8')).data as Record<string, unknown> }];
  } catch (err) {
    if (err instanceof TomlSyntaxError) return [];
    throw err;
  }
});

type Obj = Record<string, unknown>;
const defs = committedSchema().$defs;
const FAMILIES = [defs.fault.properties.type.enum as string[], defs.probe.properties.type.enum as string[]];
const familyOf = (o: Obj) => FAMILIES.find((types) => typeof o.type === 'string' && types.includes(o.type));

/** Objects of the document with a fault or probe `type`, wherever they are. */
function typedObjects(value: unknown, out: Obj[] = []): Obj[] {
  if (Array.isArray(value)) value.forEach((v) => typedObjects(v, out));
  else if (value && typeof value === 'object') {
    if (familyOf(value as Obj)) out.push(value as Obj);
    Object.values(value).forEach((v) => typedObjects(v, out));
  }
  return out;
}

/** The table without each of its keys, and with each key of `pool` it lacks. */
const withoutAndWith = (original: Obj, pool: ReadonlyMap<string, unknown>): Obj[] => [
  ...Object.keys(original).map((k) => Object.fromEntries(Object.entries(original).filter(([key]) => key !== k))),
  ...[...pool].filter(([k]) => !(k in original)).map(([k, v]) => ({ ...original, [k]: v })),
];

/**
 * Rewrites each table `targetsOf` finds in each valid suite of the corpus into each of its `variants`, in
 * place, and expects both validators to answer alike every time; the variants must reach both answers.
 */
function expectAgreementOnVariants(targetsOf: (data: Obj) => Obj[], variants: (original: Obj) => Obj[]): void {
  let compared = 0;
  let accepted = 0;
  const disagreements: string[] = [];
  const replace = (target: Obj, content: Obj) => {
    for (const k of Object.keys(target)) delete target[k];
    Object.assign(target, content);
  };
  for (const { file, data } of corpus.filter(({ data }) => full(data))) {
    for (const target of targetsOf(data)) {
      const original = { ...target };
      for (const variant of variants(original)) {
        replace(target, variant);
        const [f, q] = [full(data), fast(data)];
        compared++;
        if (f) accepted++;
        if (f !== q) disagreements.push(`${file}: ${JSON.stringify(variant).slice(0, 300)}: full ${f}, fast ${q}`);
      }
      replace(target, original);
    }
  }
  expect(disagreements.slice(0, 10)).toEqual([]);
  expect(compared).toBeGreaterThan(2000);
  expect(accepted).toBeGreaterThan(200);
  expect(compared - accepted).toBeGreaterThan(200);
}

describe('the yes/no suite validator', () => {
  it('is the Ajv standalone code of the committed schema, rewritten by fastSchema', () => {
    const committed = readFileSync(new URL('./suite-validator-fast.generated.ts', import.meta.url), 'utf8');
    expect(committed === fastValidatorSource(committedSchema()), 'src/load/suite-validator-fast.generated.ts is stale: run `npm run docs`').toBe(true);
  });

  it('agrees with the full validator on every suite file of the repository', () => {
    expect(corpus.length).toBeGreaterThan(50);
    const verdicts = corpus.map(({ file, data }) => ({ file, full: full(data), fast: fast(data) }));
    expect(verdicts.filter((v) => v.full !== v.fast)).toEqual([]);
    // Both kinds are in the corpus: valid suites and ones the schema refuses.
    expect(verdicts.some((v) => v.full)).toBe(true);
    expect(verdicts.some((v) => !v.full)).toBe(true);
  });

  it('agrees on faults and probes of every type, without each of their keys, and with each key the others use', () => {
    // One value per key seen on a fault or probe of the corpus, per family.
    const pools = FAMILIES.map(() => new Map<string, unknown>());
    for (const { data } of corpus) {
      for (const o of typedObjects(data)) {
        const pool = pools[FAMILIES.indexOf(familyOf(o)!)]!;
        for (const [k, v] of Object.entries(o)) if (!pool.has(k)) pool.set(k, v);
      }
    }
    expectAgreementOnVariants(typedObjects, (original) => {
      const types = familyOf(original)!;
      return [...types.map((type) => ({ ...original, type })), ...withoutAndWith(original, pools[FAMILIES.indexOf(types)]!)];
    });
  });

  it('agrees on scenarios and steps without each of their keys, and with each key a scenario or a step uses', () => {
    const tablesOf = (data: Obj): Obj[] =>
      ((Array.isArray(data.scenario) ? data.scenario : []) as Obj[]).flatMap((sc) => [sc, ...((Array.isArray(sc.steps) ? sc.steps : []) as Obj[])]);
    const pool = new Map<string, unknown>();
    for (const { data } of corpus) for (const t of tablesOf(data)) for (const [k, v] of Object.entries(t)) if (!pool.has(k)) pool.set(k, v);
    expectAgreementOnVariants(tablesOf, (original) => withoutAndWith(original, pool));
  });

  it('a file it refuses still gets every located issue of the full validator', () => {
    const parsed = parseToml(['[meta]', 'name = "m"', '[[scenario]]', 'name = "s"', 'run = "true"', '[[scenario.chaos]]', 'type = "kill_container"', 'percent = 5'].join('\n'));
    expect(fast(parsed.data)).toBe(false);
    expect(checkSchema('bad.clnrm.toml', parsed)).toEqual([expect.objectContaining({ keyPath: 'scenario[0].chaos[0].percent', line: 8 })]);
  });

  it('refuses a definition of per-type blocks it does not model, naming it', () => {
    const schema = structuredClone(committedSchema());
    schema.$defs.fault.allOf[0].then.patternProperties = { '^x_': true };
    expect(() => fastSchema(schema)).toThrow(/\$defs\.fault has a block whose `then` holds patternProperties/);
  });
});
