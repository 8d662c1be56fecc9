/**
 * Adding a fault is one object (its kind and its verb) and one registry line:
 * a fault defined only here, in a copy of the registries, shows up in the
 * generated schema (type enum and parameter block), in the loader's reference
 * checks, in the docs, and among the faults the chaos stage can inject.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAULT_TYPES, faultTypes } from '../../src/chaos/registry.js';
import { defineFault, type InjectContext } from '../../src/chaos/types.js';
import { faultCatalogueMarkdown, faultEvidenceMarkdown, withFaultKinds } from '../../src/load/fault-kinds/generate.js';
import { FAULT_KINDS, faultKinds } from '../../src/load/fault-kinds/index.js';
import { faultKind } from '../../src/load/fault-kinds/kind.js';
import { renderFormatDoc } from '../../src/load/format-doc.js';
import type { LoadIssue } from '../../src/load/issues.js';
import { checkReferences } from '../../src/load/references.js';
import { checkSchema, schemaChecker } from '../../src/load/schema.js';
import { parseToml } from '../../src/load/toml.js';

// ── the one file: a fault kind and its verb ──────────────────────────────────
const clockSkew = defineFault(
  faultKind({
    kind: 'clock_skew',
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
    span: 'clnrm.chaos.clock_skew',
    recoverySpan: 'clnrm.recovery',
    decode: (p) => ({ skewMs: Number(p.skew_ms), ...(p.peer !== undefined ? { peer: String(p.peer) } : {}) }),
  }),
  async (ctx, p) => ({ evidence: { effect: true, attributes: { 'clock.skew_ms': p.skewMs, 'chaos.target': ctx.target?.service ?? '' } } }),
);

// ── the one registry line ────────────────────────────────────────────────────
const kinds = faultKinds([...Object.values(FAULT_KINDS), clockSkew]);

const committed = JSON.parse(readFileSync(new URL('../../schemas/clnrm.schema.json', import.meta.url), 'utf8'));
const schema = withFaultKinds(committed, kinds);
const check = schemaChecker(schema);
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
  it('is in the schema: its type in the enum, its parameters in a block of its own', () => {
    expect(schema.$defs.fault.properties.type.enum).toEqual([...Object.keys(FAULT_KINDS), 'clock_skew']);
    const block = schema.$defs.fault.allOf.find((b: any) => b.if.properties.type.const === 'clock_skew');
    expect(block.then).toEqual({ description: clockSkew.doc, required: ['skew_ms'], properties: clockSkew.params });
    // The committed schema (without the kind) is left as it was.
    expect(committed.$defs.fault.properties.type.enum).not.toContain('clock_skew');
  });

  it('loads with its parameters, and the schema checks them as for any built-in kind', () => {
    const ok = parseToml(suite('{ type = "clock_skew", target = "api", skew_ms = 5000, peer = "db" }'));
    expect(messages(check(FILE, ok))).toEqual([]);
    expect(messages(checkSchema(FILE, ok))[0]).toContain('scenario[0].chaos[0].type: expected one of');

    expect(messages(check(FILE, parseToml(suite('{ type = "clock_skew", target = "api" }'))))).toEqual([
      'scenario[0].chaos[0]: missing required key `skew_ms` (add `skew_ms = ...` to this table)',
    ]);
    expect(messages(check(FILE, parseToml(suite('{ type = "clock_skew", target = "api", skew_ms = 1, skew_s = 1 }'))))).toEqual([
      'scenario[0].chaos[0].skew_s: unknown key `skew_s` (did you mean `skew_ms`?)',
    ]);
    // Another kind's parameter is not one of its own.
    expect(messages(check(FILE, parseToml(suite('{ type = "clock_skew", target = "api", skew_ms = 1, latency_ms = 5 }')))).join()).toContain('unknown key `latency_ms`');
  });

  it("is in the loader's reference checks: it needs a target, and `peer` must name a service", () => {
    const refs = (fault: string) => messages(checkReferences(FILE, parseToml(suite(fault)), kinds));
    expect(refs('{ type = "clock_skew", target = "api", skew_ms = 1, peer = "db" }')).toEqual([]);
    expect(refs('{ type = "clock_skew", skew_ms = 1 }')).toEqual(['scenario[0].chaos[0]: fault `clock_skew` needs a `target` (add `target = "SERVICE"`)']);
    expect(refs('{ type = "clock_skew", target = "api", skew_ms = 1, peer = "dv" }')).toEqual(['scenario[0].chaos[0].peer: unknown service `dv` (did you mean `db`?)']);
  });

  it('is in docs/format.md (its parameters) and docs/chaos.md (the catalogue)', () => {
    const format = renderFormatDoc(schema);
    expect(format).toContain("### `clock_skew`\n\nShifts the target's wall clock by `skew_ms` (relative to `peer`, when given).");
    expect(format).toContain('| `skew_ms` | integer (≥ 0, ≤ 86400000) | **required** | How far the clock is shifted. |');
    expect(format).toContain('`"clock_skew"`');
    expect(faultEvidenceMarkdown(kinds)).toContain('| `clock_skew` | `clock.skew_ms` (the offset read back inside the target) | target not running; the offset read back differs |');
    expect(faultCatalogueMarkdown(kinds)).toContain("| `clock_skew` | each target service | shifts the target's wall clock by `skew_ms` (relative to `peer`, when given) | sets the clock back |");
  });

  it('is a fault the chaos stage injects, with its parameters decoded', async () => {
    const types = faultTypes(kinds, [...Object.values(FAULT_TYPES), clockSkew]);
    const type = types.clock_skew!;
    expect(type.perTarget).toBe(true);
    expect(type.spanName({} as never)).toBe('clnrm.chaos.clock_skew');
    const ctx = { fault: { type: 'clock_skew', name: 'clock_skew', keyPath: 'x', atMs: 0, count: 1, probability: 1, params: { skew_ms: 250 } }, target: { service: 'api' } } as unknown as InjectContext;
    expect(await type.inject(ctx)).toEqual({ evidence: { effect: true, attributes: { 'clock.skew_ms': 250, 'chaos.target': 'api' } } });
  });

  it('a kind without its verb, or a verb without its kind, is refused', () => {
    expect(() => faultTypes(kinds, Object.values(FAULT_TYPES))).toThrow('fault kind(s) without a verb: clock_skew');
    expect(() => faultTypes(FAULT_KINDS, [...Object.values(FAULT_TYPES), clockSkew])).toThrow('fault clock_skew has no kind in the fault-kind registry');
  });
});
