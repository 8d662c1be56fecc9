/**
 * Wait conditions describe themselves: the committed schema's
 * `[service.NAME.wait]` is what the registry generates, and a service's
 * conditions are built from the keys it gives, in the registry's order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../../load/format-doc.js';
import { conditionsFor, WAIT_CONDITIONS, withWaitConditions, type WaitConditionType } from './index.js';

const committed = readFileSync(new URL('../../../schemas/clnrm.schema.json', import.meta.url), 'utf8');

describe('wait conditions', () => {
  it("the committed schema's [service.NAME.wait] is what the registry generates (run `npm run docs` after changing one)", () => {
    expect(committed, 'generated from the wait conditions: run `npm run docs`').toBe(schemaText(withWaitConditions(JSON.parse(committed))));
  });

  it('the schema lists each condition with its doc, then the keys that time and pace them', () => {
    const wait = withWaitConditions(JSON.parse(committed)).$defs.service.properties.wait;
    expect(Object.keys(wait.properties)).toEqual([...WAIT_CONDITIONS.map((t) => t.key), 'timeout_ms', 'interval_ms']);
    for (const t of WAIT_CONDITIONS) expect(wait.properties[t.key].description).toBe(t.doc);
  });

  it('a service gets one condition per key it gives, in the order of the registry', () => {
    const spec = { command: 'true', log: 'ready', timeoutMs: 1000, intervalMs: 10 };
    expect(conditionsFor(spec).map((c) => c.description)).toEqual(['log /ready/', 'command "true"']);
    expect(conditionsFor({ port: 8080, timeoutMs: 1000, intervalMs: 10 }).map((c) => c.description)).toEqual(['port 8080']);
    expect(conditionsFor({ timeoutMs: 1000, intervalMs: 10 })).toEqual([]);
  });

  it('a registry without a condition neither builds it nor keeps it in the schema', () => {
    const withoutPort: WaitConditionType[] = WAIT_CONDITIONS.filter((t) => t.key !== 'port');
    expect(conditionsFor({ port: 8080, log: 'up', timeoutMs: 1000, intervalMs: 10 }, withoutPort).map((c) => c.description)).toEqual(['log /up/']);
    expect(Object.keys(withWaitConditions(JSON.parse(committed), withoutPort).$defs.service.properties.wait.properties)).not.toContain('port');
  });
});
