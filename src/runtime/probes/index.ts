/** Steady-state probe kinds, one file each, registered here; the schema's probe block is generated from them. */
import { execProbe } from './exec.js';
import { httpProbe } from './http.js';
import { tcpProbe } from './tcp.js';
import type { ProbeKind } from './types.js';

export type { ProbeContext, ProbeKind, ProbeOutcome } from './types.js';

/** The probe kinds, by their `type`. */
export const PROBE_KINDS: Readonly<Record<string, ProbeKind>> = {
  exec: execProbe,
  tcp: tcpProbe,
  http: httpProbe,
};

type SchemaNode = Record<string, any>;

/** A copy of `schema` whose probe definition has the kinds' `type` enum and one if/then block of parameters per kind. */
export function withProbeKinds(schema: SchemaNode, kinds: Readonly<Record<string, ProbeKind>> = PROBE_KINDS): SchemaNode {
  const out = structuredClone(schema);
  const probe = out.$defs.probe;
  probe.properties.type.enum = Object.keys(kinds);
  probe.allOf = Object.values(kinds).map((k) => ({
    if: { properties: { type: { const: k.kind } } },
    then: { description: k.doc, required: [...k.required], properties: structuredClone(k.params) as SchemaNode },
  }));
  return out;
}
