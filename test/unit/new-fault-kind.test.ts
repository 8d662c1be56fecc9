/**
 * Adding a fault is one object (its description and its verb, in one file)
 * and one registry line: a fault defined only here, in a copy of the registry,
 * shows up in the generated schema (type enum, parameter block, and the
 * annotations saying what it targets and references), in schema validation,
 * in the loader's target and reference checks (which read the generated
 * schema), in the docs, and among the faults the chaos stage can inject.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faultCatalogueMarkdown, faultEvidenceMarkdown, withFaultKinds } from '../../src/chaos/generate.js';
import { FAULT_TYPES, faultTypes } from '../../src/chaos/registry.js';
import { defineFault, type InjectContext } from '../../src/chaos/types.js';
import { faultFacts } from '../../src/load/fault-facts.js';
import { renderFormatDoc } from '../../src/load/format-doc.js';
import type { LoadIssue } from '../../src/load/issues.js';
import { checkReferences } from '../../src/load/references.js';
import { schemaChecker } from '../../src/load/schema-compile.js';
import { checkSchema } from '../../src/load/schema.js';
import { parseToml } from '../../src/load/toml.js';

// ── the one file: the fault's description, decode and verb, one object ────────
const clockSkew = defineFault({
  kind: 'time_warp',
  doc: "shifts the target's wall clock by `skew_ms` (relative to `peer`, when given)",
  revert: 'sets the clock back',
  evidence: '`clock.skew_ms` (the offset read back inside the target)',
  notInjectedWhen: 'target not running; the offset read back differs',
  params: {
    skew_ms: { $ref: '#/$defs/durationMs', description: 'How far the clock is shifted.' },
    peer: { $ref: '#/$defs/identifier', description: 'Service whose clock the skew is relative to.' },
  },
  required: ['skew_ms'],
  references: { peer: 'service' },
  targets: 'service',
  span: 'clnrm.chaos.time_warp',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ skewMs: Number(p.skew_ms), ...(p.peer !== undefined ? { peer: String(p.peer) } : {}) }),
  inject: async (ctx, p) => ({ evidence: { effect: true, attributes: { 'clock.skew_ms': p.skewMs, 'chaos.target': ctx.target?.service ?? '' } } }),
});

// ── the one registry line (in a copy of the registry) ────────────────────────
const types = faultTypes([...Object.values(FAULT_TYPES), clockSkew]);

const committed = JSON.parse(readFileSync(new URL('../../schemas/clnrm.schema.json', import.meta.url), 'utf8'));
/** What `npm run docs` would write with the copy of the registry. */
const schema = withFaultKinds(committed, types);
const check = schemaChecker(schema);
/** What the loader reads from that schema. */
const facts = faultFacts(schema);
const FILE = 'skew.clnrm.toml';

const suite = (fault: string) => `
[meta]
name = "skew"

[service.api]
image = "alpine"

[service.db]
image = "alpine"

[[scenario]]
name = "s"
service = "api"
run = "true"
chaos = [${fault}]
`;

const messages = (issues: LoadIssue[]) => issues.map((i) => `${i.keyPath}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`);

describe('a fault kind added in one file and one registry line', () => {
  it('is in the schema: its type in the enum, its parameters and what it targets and references in a block of its own', () => {
    expect(schema.$defs.fault.properties.type.enum).toEqual([...Object.keys(FAULT_TYPES), 'time_warp']);
    const block = schema.$defs.fault.allOf.find((b: any) => b.if.properties.type.const === 'time_warp');
    expect(block.then).toEqual({
      description: clockSkew.doc,
      'x-clnrm-targets': 'service',
      'x-clnrm-references': { peer: 'service' },
      required: ['skew_ms'],
      properties: clockSkew.params,
    });
    expect(facts.time_warp).toEqual({ targets: 'service', references: { peer: 'service' }, required: ['skew_ms'] });
    // The committed schema (without the fault) is left as it was, and so are the facts the loader reads from it.
    expect(committed.$defs.fault.properties.type.enum).not.toContain('time_warp');
    expect(faultFacts().time_warp).toBeUndefined();
  });

  it('loads with its parameters, and the schema checks them as for any built-in kind', () => {
    const ok = parseToml(suite('{ type = "time_warp", target = "api", skew_ms = 5000, peer = "db" }'));
    expect(messages(check(FILE, ok))).toEqual([]);
    expect(messages(checkSchema(FILE, ok))[0]).toContain('scenario[0].chaos[0].type: expected one of');

    expect(messages(check(FILE, parseToml(suite('{ type = "time_warp", target = "api" }'))))).toEqual([
      'scenario[0].chaos[0]: missing required key `skew_ms` (add `skew_ms = ...` to this table)',
    ]);
    expect(messages(check(FILE, parseToml(suite('{ type = "time_warp", target = "api", skew_ms = 1, skew_s = 1 }'))))).toEqual([
      'scenario[0].chaos[0].skew_s: unknown key `skew_s` (did you mean `skew_ms`?)',
    ]);
    // Another kind's parameter is not one of its own.
    expect(messages(check(FILE, parseToml(suite('{ type = "time_warp", target = "api", skew_ms = 1, latency_ms = 5 }')))).join()).toContain('unknown key `latency_ms`');
  });

  it("is in the loader's reference checks: it needs a target, and `peer` must name a service", () => {
    const refs = (fault: string) => messages(checkReferences(FILE, parseToml(suite(fault)), facts));
    expect(refs('{ type = "time_warp", target = "api", skew_ms = 1, peer = "db" }')).toEqual([]);
    expect(refs('{ type = "time_warp", skew_ms = 1 }')).toEqual(['scenario[0].chaos[0]: fault `time_warp` needs a `target` (add `target = "SERVICE"`)']);
    expect(refs('{ type = "time_warp", target = "api", skew_ms = 1, peer = "dv" }')).toEqual(['scenario[0].chaos[0].peer: unknown service `dv` (did you mean `db`?)']);
  });

  it('is in docs/format.md (its parameters) and docs/chaos.md (the catalogue)', () => {
    const format = renderFormatDoc(schema);
    expect(format).toContain("### `time_warp`\n\nShifts the target's wall clock by `skew_ms` (relative to `peer`, when given).");
    expect(format).toContain('| `skew_ms` | integer (≥ 0, ≤ 86400000) | **required** | How far the clock is shifted. |');
    expect(format).toContain('`"time_warp"`');
    expect(faultEvidenceMarkdown(types)).toContain('| `time_warp` | `clock.skew_ms` (the offset read back inside the target) | target not running; the offset read back differs |');
    expect(faultCatalogueMarkdown(types)).toContain("| `time_warp` | each target service | shifts the target's wall clock by `skew_ms` (relative to `peer`, when given) | sets the clock back |");
  });

  it('is a fault the chaos stage injects, with its parameters decoded', async () => {
    const type = types.time_warp!;
    expect(type.perTarget).toBe(true);
    expect(type.spanName({} as never)).toBe('clnrm.chaos.time_warp');
    const ctx = { fault: { type: 'time_warp', name: 'time_warp', keyPath: 'x', atMs: 0, count: 1, probability: 1, params: { skew_ms: 250 } }, target: { service: 'api' } } as unknown as InjectContext;
    expect(await type.inject(ctx)).toEqual({ evidence: { effect: true, attributes: { 'clock.skew_ms': 250, 'chaos.target': 'api' } } });
  });

  it('a registry refuses it twice, or with a required parameter it does not declare', () => {
    expect(() => faultTypes([...Object.values(types), clockSkew])).toThrow('fault time_warp is registered twice');
    expect(() => faultTypes([{ ...clockSkew, required: ['skew_s'] }])).toThrow('fault time_warp requires or references `skew_s`, which is not one of its parameters');
  });
});
