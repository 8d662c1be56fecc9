/**
 * Compiles the suite schema with Ajv. The CLI does not load this module: it runs the validator
 * precompiled from schemas/clnrm.schema.json (suite-validator.generated.ts, written by
 * `npm run docs` through `validatorSource`), since compiling the schema costs more than the
 * rest of start-up. Tests use it to check schemas generated from other registries, and the
 * drift test to check that the precompiled validator matches the committed schema.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import type { LoadIssue } from './issues.js';
import { ANNOTATION_KEYWORDS, checkAgainst, type SchemaNode, type SchemaValidators } from './schema.js';
import type { ParsedToml } from './toml.js';

// Both packages ship CommonJS; their default export sits on `.default` under NodeNext.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (a: Ajv2020) => void;
const standaloneCode = ((standaloneModule as any).default ?? standaloneModule) as (ajv: Ajv2020, refs: Record<string, string>) => string;

/** The schema definitions validated on their own (besides the whole file): see `checkAgainstDefinition`. */
export const STANDALONE_DEFINITIONS = ['fault'] as const;

function newAjv(source: boolean): Ajv2020 {
  // `lines`: one statement a line, so a schema change shows as a readable diff of the generated file.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, code: { source, esm: true, lines: true } });
  // Annotations for the loader (fault-facts.ts), not constraints: declared so no strictness setting rejects them.
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  addFormats(ajv);
  return ajv;
}

/** Validators of the whole file and of each standalone definition, compiled now. */
export function compileValidators(schema: SchemaNode): SchemaValidators {
  const ajv = newAjv(false);
  ajv.addSchema(schema);
  const get = (ref: string) => {
    const v = ajv.getSchema(ref);
    // Invariant (a bug if it fires): the schema has an $id and these definitions.
    if (!v) throw new Error(`no schema ${ref}`);
    return v;
  };
  return {
    suite: get(schema.$id),
    ...Object.fromEntries(STANDALONE_DEFINITIONS.map((d) => [d, get(`${schema.$id}#/$defs/${d}`)])),
  } as SchemaValidators;
}

const HEADER = `// @ts-nocheck
// Generated from schemas/clnrm.schema.json by \`npm run docs\` (Ajv standalone code): do not edit.
// A test fails when this file does not match the committed schema.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
`;

/** The source of suite-validator.generated.ts for this schema. */
export function validatorSource(schema: SchemaNode): string {
  const ajv = newAjv(true);
  ajv.addSchema(schema);
  const refs = Object.fromEntries([['suite', schema.$id], ...STANDALONE_DEFINITIONS.map((d) => [d, `${schema.$id}#/$defs/${d}`])]);
  // Ajv marks the module strict; an ES module is strict already, and the imports must come first.
  return HEADER + standaloneCode(ajv, refs).replace(/^"use strict";/, '') + '\n';
}

/**
 * A checker against another schema than the committed one (one generated from
 * other registries, in tests); the same issues as `checkSchema`.
 */
export function schemaChecker(schema: SchemaNode): (file: string, parsed: ParsedToml) => LoadIssue[] {
  const validators = compileValidators(schema);
  return (file, parsed) => checkAgainst(validators.suite, schema, file, parsed);
}
