/**
 * What the loader and the planner need to know about each fault type, read
 * from the schema (schemas/clnrm.schema.json, generated from the chaos
 * stage's fault registry): each type's parameter block carries
 *
 *   "x-clnrm-targets":    what the fault acts on (`service`, `step`, `network`, `proxy`)
 *   "x-clnrm-references": which of its parameters name things declared in the file
 *
 * so load and plan learn every fault type from the format's single source of
 * truth, without importing the faults themselves.
 */
import { FAULT_FACTS } from './fault-facts.generated.js';
import { REFERENCES_KEYWORD, TARGETS_KEYWORD } from './schema.js';

type SchemaNode = Record<string, any>;

/**
 * What a fault acts on:
 * - `service`: each target service (`target`, or the scenario's only service), one injection per target;
 * - `step`: the step named by `step` (or every step while active), through the way it runs;
 * - `network`: the scenario network as a whole (the services it names in its own parameters);
 * - `proxy`: the `[proxy.NAME]` its `proxy` parameter names.
 */
export type FaultTargets = 'service' | 'step' | 'network' | 'proxy';

/** What a parameter's value names, checked against the file's declarations by the loader. */
export type FaultReference = 'service' | 'proxy';

export interface FaultFacts {
  readonly targets: FaultTargets;
  /** Parameters whose value (a name, or arrays of names) must be declared in the file. */
  readonly references: Readonly<Record<string, FaultReference>>;
  /** Parameters that have no default and must be given. */
  readonly required: readonly string[];
}

let committed: Readonly<Record<string, FaultFacts>> | undefined;

/**
 * The facts of every fault type of `schema`, by type; by default the committed schema's, read from it by
 * `npm run docs` into fault-facts.generated.ts (reading and parsing the schema file was most of a one-file
 * `clnrm validate`'s checks).
 */
export function faultFacts(schema?: SchemaNode): Readonly<Record<string, FaultFacts>> {
  if (schema === undefined) return (committed ??= frozen(FAULT_FACTS as Record<string, FaultFacts>));
  return readFacts(schema);
}

/** Frozen as readFacts' answer is: callers share one object. */
function frozen(facts: Record<string, FaultFacts>): Readonly<Record<string, FaultFacts>> {
  for (const f of Object.values(facts)) {
    Object.freeze(f.references);
    Object.freeze(f.required);
    Object.freeze(f);
  }
  return Object.freeze(facts);
}

/** The source of fault-facts.generated.ts for `schema` (scripts/gen-docs.mjs). */
export function faultFactsSource(schema: SchemaNode): string {
  return `// Generated from schemas/clnrm.schema.json by \`npm run docs\` (fault-facts.ts, faultFactsSource): do not edit.
// A test fails when this file does not match the committed schema.
export const FAULT_FACTS = ${JSON.stringify(readFacts(schema), null, 2)};
`;
}

function readFacts(schema: SchemaNode): Readonly<Record<string, FaultFacts>> {
  const fault = schema.$defs.fault as SchemaNode;
  const out: Record<string, FaultFacts> = {};
  for (const block of (fault.allOf ?? []) as SchemaNode[]) {
    const type = block.if?.properties?.type?.const;
    const targets = block.then?.[TARGETS_KEYWORD];
    if (typeof type !== 'string' || targets === undefined) continue;
    out[type] = Object.freeze({ targets, references: Object.freeze({ ...(block.then[REFERENCES_KEYWORD] ?? {}) }), required: Object.freeze([...(block.then.required ?? [])]) });
  }
  // Invariant (a bug if it fires): the generator annotates every type of the enum.
  const missing = (fault.properties.type.enum as string[]).filter((t) => !out[t]);
  if (missing.length) throw new Error(`the schema's fault types without ${TARGETS_KEYWORD}: ${missing.join(', ')} (run \`npm run docs\`)`);
  return Object.freeze(out);
}

/** True for fault types whose `step` names the step they act on (its argv is wrapped), not the step they are timed from. */
export const actsOnStep = (type: string, facts: Readonly<Record<string, FaultFacts>> = faultFacts()): boolean => facts[type]?.targets === 'step';
