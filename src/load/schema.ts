/**
 * Validates parsed TOML against schemas/clnrm.schema.json (the single source of
 * truth of the format) and turns ajv's errors into located, TOML-worded issues.
 * The validator is precompiled from that schema (suite-validator.generated.ts;
 * schema-compile.ts makes it), so the CLI never loads Ajv's compiler.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { issueAt, type LoadIssue } from './issues.js';
import * as generated from './suite-validator.generated.js';
import { suite as validSuite } from './suite-validator-fast.generated.js';
import { pathKey, type ParsedToml, type PathSegments, type TomlValue } from './toml.js';

export type SchemaNode = Record<string, any>;

/** The validators of a schema: the whole file, and the definitions validated on their own. */
export interface SchemaValidators {
  suite: ValidateFunction;
  fault: ValidateFunction;
}

/** Annotation keywords of the fault types' blocks (read by fault-facts.ts): what each acts on, which parameters name declared things. */
export const TARGETS_KEYWORD = 'x-clnrm-targets';
export const REFERENCES_KEYWORD = 'x-clnrm-references';
export const ANNOTATION_KEYWORDS = [TARGETS_KEYWORD, REFERENCES_KEYWORD] as const;

export const schemaUrl = new URL('../../schemas/clnrm.schema.json', import.meta.url);

let committedJson: SchemaNode | undefined;

/** The committed schema as data (read once; not compiled). */
export function committedSchema(): SchemaNode {
  committedJson ??= JSON.parse(readFileSync(schemaUrl, 'utf8')) as SchemaNode;
  return committedJson;
}

export function suiteSchema(): SchemaNode {
  return committedSchema();
}

const precompiled = generated as unknown as SchemaValidators;

/** Resolves a local `$ref` (`#/$defs/x`) against the root schema. */
function deref(node: SchemaNode | undefined, root: SchemaNode = committedSchema()): SchemaNode | undefined {
  let n = node;
  while (n && typeof n.$ref === 'string' && n.$ref.startsWith('#/')) {
    n = n.$ref
      .slice(2)
      .split('/')
      .reduce<SchemaNode | undefined>((acc, seg) => acc?.[seg], root);
  }
  return n;
}

/** Keys a table may hold under this schema node, given the table's data (for `if`/`then` branches). */
export function allowedKeys(node: SchemaNode | undefined, data: unknown, root: SchemaNode = committedSchema()): string[] {
  const n = deref(node, root);
  if (!n) return [];
  const keys = new Set<string>(Object.keys(n.properties ?? {}));
  for (const sub of n.allOf ?? []) {
    const s = deref(sub, root) as SchemaNode;
    if (s.if && s.then) {
      if (branchApplies(s.if, data)) for (const k of allowedKeys(s.then, data, root)) keys.add(k);
    } else {
      for (const k of allowedKeys(s, data, root)) keys.add(k);
    }
  }
  return [...keys];
}

/** Our `if` clauses only test `type` against `const` or `enum`. */
function branchApplies(cond: SchemaNode, data: unknown): boolean {
  const type = (data as { type?: unknown } | undefined)?.type;
  const rule = cond.properties?.type as SchemaNode | undefined;
  if (!rule) return false;
  if ('const' in rule) return rule.const === type;
  return Array.isArray(rule.enum) && rule.enum.includes(type);
}

type Levenshtein = typeof import('fastest-levenshtein');
let levenshtein: Levenshtein | undefined;
/** Loaded for the first suggestion: a valid file never needs one. */
const distance = (a: string, b: string): number => (levenshtein ??= createRequire(import.meta.url)('fastest-levenshtein') as Levenshtein).distance(a, b);

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

function tomlTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'bigint') return 'an integer too large for 64-bit floats';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a float';
  return 'a table';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  array: 'an array',
  object: 'a table',
};

function decodePointer(pointer: string, data: unknown): PathSegments {
  if (!pointer) return [];
  const out: (string | number)[] = [];
  let current: any = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(current) ? Number(seg) : seg;
    out.push(key);
    current = current?.[key];
  }
  return out;
}

const quote = (s: unknown): string => `\`${String(s)}\``;
/** JSON.stringify, except for integers beyond 2^53 (bigint), which it cannot serialize. */
const show = (v: unknown): string => (typeof v === 'bigint' ? String(v) : JSON.stringify(v));
const list = (xs: readonly unknown[]): string => xs.map((x) => quote(x)).join(', ');

/** Converts one ajv error into an issue; returns undefined for errors that only restate others. */
function toIssue(file: string, parsed: ParsedToml, err: ErrorObject, root: SchemaNode): LoadIssue | undefined {
  const path = decodePointer(err.instancePath, parsed.data);
  const keyPos = (p: PathSegments) => parsed.positions.get(pathKey(p));
  const valuePos = (p: PathSegments) => parsed.valuePositions.get(pathKey(p)) ?? keyPos(p);
  const parent = err.parentSchema as SchemaNode | undefined;
  const described = parent?.description ? ` (${parent.description})` : '';

  switch (err.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(err.params.additionalProperty ?? err.params.unevaluatedProperty);
      const candidates = allowedKeys(parent, err.data, root);
      const guess = didYouMean(key, candidates);
      const where = path.length ? 'here' : 'at the top level';
      const hint = guess
        ? `did you mean \`${guess}\`?`
        : candidates.length
          ? `known keys ${where}: ${list(candidates.sort())}`
          : undefined;
      return issueAt(file, [...path, key], keyPos([...path, key]), `unknown key ${quote(key)}`, hint);
    }
    case 'required': {
      const missing = String(err.params.missingProperty);
      const what = path.length ? 'this table' : 'the file';
      const hint =
        path.length === 0 && missing === 'scenario'
          ? 'add at least one `[[scenario]]` table'
          : path.length === 0 && missing === 'meta'
            ? 'add a `[meta]` table with `name = "..."`'
            : `add \`${missing} = ...\` to ${what}`;
      return issueAt(file, path, keyPos(path), `missing required key ${quote(missing)}`, hint);
    }
    case 'type': {
      const want = String(err.params.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      return issueAt(file, path, valuePos(path), `expected ${want}, got ${tomlTypeOf(err.data)}`);
    }
    case 'enum': {
      const allowed = err.params.allowedValues as unknown[];
      const guess = typeof err.data === 'string' ? didYouMean(err.data, allowed.map(String)) : undefined;
      return issueAt(
        file,
        path,
        valuePos(path),
        `expected one of ${list(allowed)}, got ${show(err.data)}`,
        guess ? `did you mean \`${guess}\`?` : undefined,
      );
    }
    case 'const':
      return issueAt(file, path, valuePos(path), `expected ${JSON.stringify(err.params.allowedValue)}`);
    case 'format': {
      const examples: Record<string, string> = {
        'date-time': 'an RFC 3339 date-time such as 2025-01-01T00:00:00Z',
        regex: 'a valid regular expression',
        uri: 'an absolute URL such as http://localhost:4318',
      };
      const fmt = String(err.params.format);
      return issueAt(file, path, valuePos(path), `expected ${examples[fmt] ?? fmt}, got ${JSON.stringify(err.data)}`);
    }
    case 'pattern':
      return issueAt(file, path, valuePos(path), `${JSON.stringify(err.data)} is not allowed here${described}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' };
      return issueAt(file, path, valuePos(path), `expected a value ${words[err.keyword]} ${err.params.limit}, got ${String(err.data)}`);
    }
    case 'minItems':
      return issueAt(file, path, valuePos(path), `expected at least ${err.params.limit} item(s)`);
    case 'maxItems':
      return issueAt(file, path, valuePos(path), `expected at most ${err.params.limit} item(s)`);
    case 'minLength':
      return issueAt(file, path, valuePos(path), 'expected a non-empty string');
    case 'maxLength':
      return issueAt(file, path, valuePos(path), `expected at most ${err.params.limit} characters`);
    case 'uniqueItems':
      return issueAt(file, path, valuePos(path), `items must be unique (items ${err.params.j} and ${err.params.i} are equal)`);
    case 'minProperties':
      return issueAt(file, path, keyPos(path), 'expected at least one key in this table', 'for a count bound, give `eq`, `gte` or `lte`');
    case 'not':
      if (Array.isArray(parent?.not?.required)) {
        const keys = parent.not.required as string[];
        return issueAt(file, path, keyPos(path), `give either ${keys.map(quote).join(' or ')}, not both`);
      }
      return issueAt(file, path, keyPos(path), 'value is not allowed here');
    case 'oneOf':
    case 'anyOf':
      return issueAt(file, path, valuePos(path), `expected ${parent?.description ? lowerFirst(parent.description) : 'another kind of value'}, got ${tomlTypeOf(err.data)}`);
    case 'if':
      return undefined;
    default:
      return issueAt(file, path, valuePos(path), err.message ?? 'invalid value');
  }
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');

/**
 * Where an integer beyond 2^53 (a bigint from the TOML reader) is a valid value:
 * an attribute literal, compared exactly with an int64 attribute. JSON Schema
 * has no type for it, so its `type` error is dropped here; anywhere else it stays.
 */
const INT64_LITERAL = /\/attrs\/(all|any)\/[^/]+(\/(eq|ne|in\/\d+))?$/;
const int64Literal = (e: ErrorObject): boolean => e.keyword === 'type' && typeof e.data === 'bigint' && INT64_LITERAL.test(e.instancePath);

/** Validates the data and returns every problem, located. An empty list means valid. */
export function checkSchema(file: string, parsed: ParsedToml): LoadIssue[] {
  // Most files are valid: the yes/no validator (schema-compile.ts, fastSchema: the same documents) says so at
  // about a third of the cost. A file it refuses goes through the validator that finds and words every error.
  if ((validSuite as (data: unknown) => boolean)(parsed.data)) return [];
  return checkAgainst(precompiled.suite, committedSchema(), file, parsed);
}

/** Turns the validator's errors on the data into issues (schema-compile.ts uses it with other schemas). */
export function checkAgainst(validate: ValidateFunction, schema: SchemaNode, file: string, parsed: ParsedToml): LoadIssue[] {
  if (validate(parsed.data)) return [];
  const errors = (validate.errors ?? []).filter((e) => !int64Literal(e));
  // Errors inside a oneOf's branches only restate the oneOf error itself.
  // A set and a walk over each error's own path prefixes: linear in the number of errors.
  const alternatives = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath));
  const insideAlternative = (schemaPath: string): boolean => {
    for (let k = schemaPath.lastIndexOf('/'); k > 0; k = schemaPath.lastIndexOf('/', k - 1)) if (alternatives.has(schemaPath.slice(0, k))) return true;
    return false;
  };
  const kept = alternatives.size === 0 ? errors : errors.filter((e) => !insideAlternative(e.schemaPath));
  const issues: LoadIssue[] = [];
  const seen = new Set<string>();
  for (const err of kept) {
    const issue = toIssue(file, parsed, err, schema);
    if (!issue) continue;
    const key = `${issue.keyPath}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

export type { TomlValue };

/**
 * Validates data that is not a whole suite file against one definition of the
 * schema (e.g. `fault` for `--chaos custom:FILE.json`); issues carry key paths
 * but no positions.
 */
export function checkAgainstDefinition(file: string, definition: Exclude<keyof SchemaValidators, 'suite'>, data: unknown): LoadIssue[] {
  const schema = committedSchema();
  const validate = precompiled[definition];
  if (validate(data)) return [];
  const parsed: ParsedToml = { data: data as ParsedToml['data'], positions: new Map(), valuePositions: new Map() };
  return (validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => toIssue(file, parsed, e, schema)).filter((i): i is LoadIssue => i !== undefined);
}
