/** Steady-state probe kinds, one file each, registered here; the schema's probe block is generated from them. */
import { execProbe } from './exec.js';
import { httpProbe } from './http.js';
import { spanProbe } from './span.js';
import { tcpProbe } from './tcp.js';
import type { ProbeKind } from './types.js';

export type { ProbeContext, ProbeKind, ProbeOutcome, ReceivedSpan } from './types.js';

/** The probe kinds, by their `type`. */
export const PROBE_KINDS: Readonly<Record<string, ProbeKind>> = {
  exec: execProbe,
  tcp: tcpProbe,
  http: httpProbe,
  span: spanProbe,
};

type SchemaNode = Record<string, any>;

/**
 * A copy of `schema` whose probe definition has the kinds' `type` enum and, per kind, an
 * if/then block of its parameters and one of its required keys. Apart, so that a missing key
 * is reported alone: a failed block would leave the kind's other keys "unknown".
 */
export function withProbeKinds(schema: SchemaNode, kinds: Readonly<Record<string, ProbeKind>> = PROBE_KINDS): SchemaNode {
  const out = structuredClone(schema);
  const probe = out.$defs.probe;
  const when = (k: ProbeKind) => ({ properties: { type: { const: k.kind } } });
  probe.properties.type.enum = Object.keys(kinds);
  probe.allOf = [
    ...Object.values(kinds).map((k) => ({ if: when(k), then: { description: k.doc, properties: structuredClone(k.params) as SchemaNode } })),
    ...Object.values(kinds).map((k) => ({ if: when(k), then: { required: [...k.required] } })),
  ];
  return out;
}
