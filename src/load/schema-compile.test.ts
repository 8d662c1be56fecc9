import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileValidators, schemaChecker, validatorSource } from './schema-compile.js';
import { checkAgainstDefinition, checkSchema, committedSchema } from './schema.js';
import * as generated from './suite-validator.generated.js';
import { parseToml } from './toml.js';

const precompiled = generated as unknown as Record<'suite' | 'fault', ValidateFunction>;
const errorsOf = (validate: ValidateFunction, data: unknown) => {
  validate(data);
  return (validate.errors ?? []).map((e: ErrorObject) => ({ keyword: e.keyword, instancePath: e.instancePath, schemaPath: e.schemaPath, params: e.params }));
};

const BAD_SUITE = [
  '[meta]',
  'nam = "typo"',
  '[service.db]',
  'image = 3',
  '[[scenario]]',
  'name = "s"',
  'run = "true"',
  'timeout_ms = -1',
  '[[scenario.chaos]]',
  'type = "kill_proces"',
].join('\n');

describe('precompiled suite validator', () => {
  it('is the Ajv standalone code of the committed schema', () => {
    const committed = readFileSync(new URL('./suite-validator.generated.ts', import.meta.url), 'utf8');
    // A schema change without `npm run docs` leaves the validator behind the schema.
    expect(committed === validatorSource(committedSchema()), 'src/load/suite-validator.generated.ts is stale: run `npm run docs`').toBe(true);
  });

  it('reports the same errors and issues as the schema compiled at run time', () => {
    const parsed = parseToml(BAD_SUITE);
    const runtime = compileValidators(committedSchema());
    const expected = errorsOf(runtime.suite, parsed.data);
    expect(expected.length).toBeGreaterThan(3);
    expect(errorsOf(precompiled.suite, parsed.data)).toEqual(expected);
    expect(checkSchema('f.clnrm.toml', parsed)).toEqual(schemaChecker(committedSchema())('f.clnrm.toml', parsed));
  });

  it('checks the fault definition on its own like the compiled schema', () => {
    const bad = { type: 'kill_process', signal: 42, nope: true };
    const runtime = compileValidators(committedSchema());
    const expected = errorsOf(runtime.fault, bad);
    expect(expected.length).toBeGreaterThan(0);
    expect(errorsOf(precompiled.fault, bad)).toEqual(expected);
    expect(checkAgainstDefinition('x.json', 'fault', bad).length).toBeGreaterThan(0);
  });
});

describe('withLengthShortcuts', () => {
  it('answers every maxLength and minLength check as the code point count does, astral characters included', async () => {
    const { withLengthShortcuts } = await import('./schema-compile.js');
    // CommonJS with `exports.default`: Node puts the function on `.default.default`, the test runner's interop on `.default`.
    type Count = (s: string) => number;
    const ucs2 = (await import('ajv/dist/runtime/ucs2length.js')) as unknown as { default: Count | { default: Count } };
    const ucs2length = typeof ucs2.default === 'function' ? ucs2.default : ucs2.default.default;
    const original = 'const func7 = require("ajv/dist/runtime/ucs2length").default;\nA = func7(data3) > 4;\nB = func7(data3) < 3;';
    const rewritten = withLengthShortcuts(original);
    expect(rewritten).toContain('(data3.length > 4 && func7(data3) > 4)');
    expect(rewritten).toContain('(data3.length < 6 && func7(data3) < 3)');
    const run = (code: string, data3: string) => new Function('require', 'data3', `let A, B; ${code}; return [A, B];`)(() => ({ default: ucs2length }), data3);
    const astral = '\u{1F600}';
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'abcde', astral, astral.repeat(2), astral.repeat(3), astral.repeat(4), astral.repeat(5), `a${astral}`, `ab${astral}${astral}`]) {
      expect(run(rewritten, text), JSON.stringify(text)).toEqual(run(original, text));
    }
  });
});

describe('withoutErrorDetails', () => {
  it('shares one error object and one call object, keeps the error counts, and refuses code that reads rootData', async () => {
    const { withoutErrorDetails } = await import('./schema-compile.js');
    const original = [
      'function v(data, {instancePath="", rootData=data}={}){',
      'let vErrors = null; let errors = 0;',
      'const err0 = {instancePath:instancePath+"/" + data.k.replace(/~/g, "~0"),schemaPath:"#/oneOf/0",keyword:"type",params:{type: "a{b}"},message:"must be \\"string\\" {"};',
      'vErrors = [err0]; errors++;',
      'if (data.child !== undefined && !w(data.child, {instancePath:instancePath+"/child",parentData:data,parentDataProperty:"child",rootData})) errors++;',
      'return [errors, vErrors[0]];}',
      'function w(d) { return d === 1; }',
    ].join('\n');
    const rewritten = withoutErrorDetails(original);
    expect(rewritten).not.toContain('schemaPath');
    expect(rewritten).toContain('const err0 = ERROR;');
    expect(rewritten).toContain('w(data.child, CALL)');
    const run = (code: string, data: unknown) => new Function('data', `${code}\nreturn v(data);`)(data) as [number, object];
    for (const data of [{ k: 'x' }, { k: 'x', child: 1 }, { k: 'x', child: 2 }]) expect(run(rewritten, data)[0]).toBe(run(original, data)[0]);
    expect(() => withoutErrorDetails('function v(data, {rootData=data}={}) { return rootData.x; }')).toThrow(/rootData/);
  });
});
