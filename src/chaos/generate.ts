/**
 * The parts of schemas/clnrm.schema.json and of docs/chaos.md that the faults
 * write themselves: the `type` enum, one if/then block per kind (its
 * parameters, and what it targets and references as `x-clnrm-targets` /
 * `x-clnrm-references`, which the loader reads: load/fault-facts.ts), the
 * catalogue and the evidence tables. `npm run docs` (scripts/gen-docs.mjs)
 * writes them; a test fails when the committed files differ from what the
 * registry gives.
 */
import { REFERENCES_KEYWORD, TARGETS_KEYWORD } from '../load/schema.js';
import type { FaultKind, FaultTargets } from './types.js';

type SchemaNode = Record<string, any>;

/** Fault descriptions by kind (the registry's faults, or any other list of them). */
export type FaultKinds = Readonly<Record<string, FaultKind>>;

const code = (s: string) => `\`${s}\``;

/** The fault definition's generated parts: the `type` enum and one block per kind. */
export function faultSchemaParts(kinds: FaultKinds): { types: string[]; blocks: SchemaNode[]; stepDescription: string } {
  const list = Object.values(kinds);
  // Alternatives of required parameters get a block of their own: a failing `anyOf` inside the kind's
  // block would also discard its properties, and every parameter would then read as an unknown key.
  const oneOfBlocks = list.flatMap((k) =>
    k.requiredOneOf?.length
      ? [{ if: { properties: { type: { const: k.kind } } }, then: { description: `A \`${k.kind}\` fault with ${k.requiredOneOf.map((keys) => keys.map(code).join(' and ')).join(' or ')}.`, anyOf: k.requiredOneOf.map((keys) => ({ required: [...keys] })) } }]
      : [],
  );
  const kindBlocks = list.map((k) => ({
    if: { properties: { type: { const: k.kind } } },
    then: {
      description: k.doc,
      [TARGETS_KEYWORD]: k.targets,
      ...(k.references && Object.keys(k.references).length ? { [REFERENCES_KEYWORD]: { ...k.references } } : {}),
      ...(k.required?.length ? { required: [...k.required] } : {}),
      ...(Object.keys(k.params).length ? { properties: structuredClone(k.params) as SchemaNode } : {}),
    },
  }));
  const blocks = [...kindBlocks, ...oneOfBlocks];
  const stepActing = list.filter((k) => k.targets === 'step').map((k) => code(k.kind));
  return {
    types: list.map((k) => k.kind),
    blocks,
    stepDescription: `Step the fault applies to (${stepActing.join(', ')}), or, for every other type, the step whose observed start \`at_ms\` counts from.`,
  };
}

/** A copy of `schema` whose fault definition is the one `kinds` generate; the rest is kept as written. */
export function withFaultKinds(schema: SchemaNode, kinds: FaultKinds): SchemaNode {
  const out = structuredClone(schema);
  const fault = out.$defs.fault;
  const { types, blocks, stepDescription } = faultSchemaParts(kinds);
  fault.properties.type.enum = types;
  fault.properties.step.description = stepDescription;
  fault.allOf = blocks;
  return out;
}

const ACTS_ON: Record<FaultTargets, string> = {
  service: 'each target service',
  step: 'steps',
  network: 'the scenario network',
  proxy: 'a `[proxy.NAME]`',
};

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The catalogue table of docs/chaos.md. */
export function faultCatalogueMarkdown(kinds: FaultKinds): string {
  const rows = Object.values(kinds).map((k) => `| ${code(k.kind)} | ${ACTS_ON[k.targets]} | ${cell(k.doc)} | ${cell(k.revert)} |`);
  return ['| type | acts on | what it does | revert |', '|---|---|---|---|', ...rows].join('\n');
}

/** The header that marks the catalogue table in docs/chaos.md. */
export const CATALOGUE_HEADER = '| type | acts on |';

/** The evidence table of docs/chaos.md; consecutive kinds with the same evidence share a row. */
export function faultEvidenceMarkdown(kinds: FaultKinds): string {
  const rows: { kinds: string[]; evidence: string; notInjectedWhen: string }[] = [];
  for (const k of Object.values(kinds)) {
    const last = rows.at(-1);
    if (last && last.evidence === k.evidence && last.notInjectedWhen === k.notInjectedWhen) last.kinds.push(k.kind);
    else rows.push({ kinds: [k.kind], evidence: k.evidence, notInjectedWhen: k.notInjectedWhen });
  }
  return [
    `${EVIDENCE_HEADER} recorded on the span | not injected when |`,
    '|---|---|---|',
    ...rows.map((r) => `| ${r.kinds.map(code).join(', ')} | ${cell(r.evidence)} | ${cell(r.notInjectedWhen)} |`),
  ].join('\n');
}

/** The header that marks the evidence table in docs/chaos.md. */
export const EVIDENCE_HEADER = '| type | evidence';
