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

/** `fast`: a validator that only answers valid or not (first error ends it; `discriminator` for fastSchema). */
function newAjv(source: boolean, fast = false): Ajv2020 {
  // `lines`: one statement a line, so a schema change shows as a readable diff of the generated file.
  const errors = fast ? { allErrors: false, verbose: false, discriminator: true } : { allErrors: true, verbose: true };
  const ajv = new Ajv2020({ ...errors, strict: false, code: { source, esm: true, lines: true } });
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
  return HEADER + withLengthShortcuts(standaloneCode(ajv, refs).replace(/^"use strict";/, '')) + '\n';
}

/**
 * Ajv counts a string's length in code points (ucs2length, a loop over its characters) for every
 * `maxLength` and `minLength`. A string has at most as many code points as UTF-16 units and at least half
 * as many, so `length` alone settles most checks: `ucs2length(s) > max` needs `s.length > max`, and
 * `ucs2length(s) < min` needs `s.length < 2 * min`. The count runs only when `length` cannot tell.
 */
export function withLengthShortcuts(code: string): string {
  const name = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/.exec(code)?.[1];
  if (!name) return code;
  return code
    .replace(new RegExp(`\\b${name}\\(([\\w.]+)\\) > (\\d+)`, 'g'), (_, s: string, n: string) => `(${s}.length > ${n} && ${name}(${s}) > ${n})`)
    .replace(new RegExp(`\\b${name}\\(([\\w.]+)\\) < (\\d+)`, 'g'), (_, s: string, n: string) => `(${s}.length < ${2 * Number(n)} && ${name}(${s}) < ${n})`);
}

/** The source of suite-validator-fast.generated.ts: `suite`, which only tells whether a file is valid (see fastSchema). */
export function fastValidatorSource(schema: SchemaNode): string {
  const fast = fastSchema(schema);
  const ajv = newAjv(true, true);
  ajv.addSchema(fast);
  return HEADER + withoutErrorDetails(withLengthShortcuts(standaloneCode(ajv, { suite: fast.$id }).replace(/^"use strict";/, ''))) + '\n';
}

/**
 * The yes/no validator's callers read only whether it passed, never its errors: so each error object Ajv
 * builds (`{instancePath: instancePath + "/" + key.replace(…), schemaPath, keyword, params, message}`, also
 * for every failing branch of a `oneOf` a valid file passes) becomes one shared object, and so does the
 * object each nested validator is called with (`{instancePath: instancePath + "/env", parentData, …}`,
 * which it reads only to word errors). The counts of errors, which decide, stay as they were.
 * Throws when the code reads `rootData` or `dynamicAnchors` (`$data`, `$dynamicRef`): those must then be kept.
 */
export function withoutErrorDetails(code: string): string {
  if (/\b(?:rootData|dynamicAnchors)\s*[.[]/.test(code)) throw new Error('withoutErrorDetails: the validator reads rootData or dynamicAnchors, which it would lose');
  // CALL holds every key a validator's parameters name, so none is looked up on the prototype or made per call.
  let out = 'const ERROR = {};\nconst CALL = { instancePath: "", parentData: undefined, parentDataProperty: undefined, rootData: undefined, dynamicAnchors: {} };\n';
  let from = 0;
  for (let at = code.indexOf('{instancePath:'); at !== -1; at = code.indexOf('{instancePath:', from)) {
    const end = closingBrace(code, at);
    out += code.slice(from, at) + (code.slice(at, end).includes(',schemaPath:') ? 'ERROR' : 'CALL');
    from = end + 1;
  }
  return out + code.slice(from);
}

/** The index of the `}` that closes the object literal opening at `start` (strings skipped; the code has no braces in regular expressions). */
function closingBrace(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      for (i++; code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error(`withoutErrorDetails: no closing brace for the object at ${start}`);
}

/** Keys a `then` of a per-type block may hold: none of them evaluates a property beyond its `properties`. */
const BLOCK_KEYS = new Set(['description', 'properties', 'required', 'anyOf', ...ANNOTATION_KEYWORDS]);

/**
 * The committed schema, rewritten to accept exactly the same documents in a form Ajv checks several times
 * faster. A definition that lists each `type`'s parameters as `allOf: [{ if: { type: const }, then }, …]`
 * under `unevaluatedProperties: false` (fault, probe) costs every block's `if` for every fault, and the
 * bookkeeping of evaluated keys. Here it becomes one branch per type, picked by `type` (`discriminator`):
 * the branch holds that type's blocks and allows exactly the keys the definition and those blocks name
 * (`additionalProperties: false`), which are the keys `unevaluatedProperties` let through.
 * Throws when a definition of that shape holds what this rewrite does not model (the rewrite must then grow).
 */
export function fastSchema(schema: SchemaNode): SchemaNode {
  const out = structuredClone(schema);
  for (const [name, def] of Object.entries(out.$defs as Record<string, SchemaNode>)) {
    const shared = sharedPropertiesOf(out, def);
    if (shared) {
      out.$defs[name] = withSharedProperties(def, shared);
      continue;
    }
    const blocks = def.allOf as SchemaNode[] | undefined;
    if (def.unevaluatedProperties !== false || !blocks?.length || !blocks.every((b) => typeof b.if?.properties?.type?.const === 'string')) continue;
    const unmodelled = (why: string) => new Error(`fastSchema: $defs.${name} ${why}`);
    const base = (def.properties ?? {}) as Record<string, SchemaNode>;
    const types = base.type?.enum as string[] | undefined;
    if (!types || !(def.required as string[] | undefined)?.includes('type')) throw unmodelled('has per-type blocks without a required `type` enum');
    const keys = Object.keys(def).filter((k) => !['type', 'required', 'unevaluatedProperties', 'properties', 'allOf', 'description'].includes(k));
    if (keys.length) throw unmodelled(`holds ${keys.join(', ')} beside its per-type blocks`);
    const thensOf = new Map<string, SchemaNode[]>(types.map((t) => [t, []]));
    for (const b of blocks) {
      if (Object.keys(b).some((k) => k !== 'if' && k !== 'then') || Object.keys(b.if).length !== 1 || Object.keys(b.if.properties).length !== 1) throw unmodelled('has a block that is not `{ if: { properties: { type: { const } } }, then }`');
      const extra = Object.keys(b.then ?? {}).filter((k) => !BLOCK_KEYS.has(k));
      if (extra.length) throw unmodelled(`has a block whose \`then\` holds ${extra.join(', ')}`);
      if (((b.then.anyOf ?? []) as SchemaNode[]).some((alt) => Object.keys(alt).some((k) => k !== 'required'))) throw unmodelled('has an `anyOf` of more than `required` lists');
      const thens = thensOf.get(b.if.properties.type.const);
      if (!thens) throw unmodelled(`has a block for \`${b.if.properties.type.const}\`, not a value of its \`type\` enum`);
      thens.push(b.then);
    }
    const allowed = (thens: SchemaNode[]) => Object.fromEntries([...Object.keys(base), ...thens.flatMap((t) => Object.keys(t.properties ?? {}))].map((k) => [k, true]));
    out.$defs[name] = {
      type: 'object',
      required: def.required,
      properties: base,
      discriminator: { propertyName: 'type' },
      oneOf: [...thensOf].map(([type, thens]) => ({
        properties: { ...allowed(thens), type: { const: type } },
        additionalProperties: false,
        ...(thens.length ? { allOf: thens } : {}),
      })),
    };
  }
  return out;
}

/**
 * The properties a definition takes from another under `unevaluatedProperties: false`
 * (`allOf: [{ $ref: "#/$defs/stepCommon" }]`, as steps and scenarios share theirs), when the other holds
 * nothing but them; else undefined.
 */
function sharedPropertiesOf(root: SchemaNode, def: SchemaNode): Record<string, SchemaNode> | undefined {
  const ref = def.allOf?.length === 1 ? def.allOf[0].$ref : undefined;
  if (def.unevaluatedProperties !== false || typeof ref !== 'string' || Object.keys(def.allOf[0]).length !== 1 || !ref.startsWith('#/$defs/')) return undefined;
  const common = root.$defs[ref.slice('#/$defs/'.length)] as SchemaNode | undefined;
  if (!common || common.type !== 'object' || Object.keys(common).some((k) => !['description', 'type', 'properties'].includes(k))) return undefined;
  // Other keys of the definition must not evaluate properties either (`not` does not; `if` and the like would).
  if (Object.keys(def).some((k) => !['type', 'required', 'unevaluatedProperties', 'allOf', 'properties', 'not', 'description'].includes(k))) return undefined;
  return common.properties ?? {};
}

/** The definition with the shared properties its own (a key in both must satisfy both), no others allowed. */
function withSharedProperties(def: SchemaNode, shared: Record<string, SchemaNode>): SchemaNode {
  const own = (def.properties ?? {}) as Record<string, SchemaNode>;
  const properties: Record<string, SchemaNode> = { ...shared };
  for (const [k, v] of Object.entries(own)) properties[k] = k in shared ? { allOf: [shared[k]!, v] } : v;
  const { allOf: _allOf, unevaluatedProperties: _unevaluated, ...rest } = def;
  return { ...rest, properties, additionalProperties: false };
}

/**
 * A checker against another schema than the committed one (one generated from
 * other registries, in tests); the same issues as `checkSchema`.
 */
export function schemaChecker(schema: SchemaNode): (file: string, parsed: ParsedToml) => LoadIssue[] {
  const validators = compileValidators(schema);
  return (file, parsed) => checkAgainst(validators.suite, schema, file, parsed);
}
