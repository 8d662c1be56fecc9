import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuiteSource } from '../load/index.js';
import type { StepResult } from '../runtime/results.js';
import { REPORTERS, RUN_FILE_REPORTERS, SCENARIO_FILE_REPORTERS, SUITE_FILE_REPORTERS } from './reporters/index.js';
import { ALL_FORMATS, writeScenarioFiles } from './write.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/clnrm.schema.json', import.meta.url), 'utf8'));

/** Every `enum` under a property named `key` in the schema. */
function enumsOf(node: unknown, key: string, out: string[][] = []): string[][] {
  if (Array.isArray(node)) node.forEach((n) => enumsOf(n, key, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      const items = (v as { items?: { enum?: string[] } })?.items;
      if (k === key && items?.enum) out.push(items.enum);
      enumsOf(v, key, out);
    }
  }
  return out;
}

describe('reporter registry', () => {
  it('has exactly one suite-files reporter per `[report] formats` value, in the order files are written', () => {
    const [formats] = enumsOf(schema, 'formats');
    expect(ALL_FORMATS).toEqual(formats);
    expect(SUITE_FILE_REPORTERS.map((r) => r.format)).toEqual(['json', 'junit', 'digest', 'cleanup', 'html']);
  });

  it('selects scenario files by `artifacts.collect` entries the schema knows', () => {
    const [collect] = enumsOf(schema, 'collect');
    for (const r of SCENARIO_FILE_REPORTERS) expect(collect).toContain(r.artifact);
  });

  it('gives each run-file reporter its own option, and every reporter a one-line doc', () => {
    expect(RUN_FILE_REPORTERS.map((r) => r.option).sort()).toEqual(['json', 'junit']);
    for (const [name, r] of Object.entries(REPORTERS)) expect(r.doc, name).toMatch(/^[^\n]{10,}$/);
  });
});

describe('step logs', () => {
  const suite = (collect: string) => {
    const loaded = loadSuiteSource(
      'logs.clnrm.toml',
      `[meta]\nname = "logs"\n\n[service.api]\nimage = "alpine:3"\n\n[[scenario]]\nname = "s"\nartifacts = { collect = [${collect}] }\nsteps = [{ name = "a", service = "api", run = "true" }]\n`,
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return loaded.suite;
  };
  const step = { name: 'a', stdout: { text: 'out\n' }, stderr: { text: '' } } as unknown as StepResult;

  it('writes each step\'s stdout and stderr under artifacts/<suite>/<scenario>/ when the scenario collects logs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-logs-'));
    const s = suite('"logs"');
    const paths = writeScenarioFiles({ suite: s, scenario: s.scenarios[0]!, steps: [step], reportDir: dir });
    expect(paths).toEqual([join(dir, 'artifacts', 'logs', 's', 'a.stdout.log'), join(dir, 'artifacts', 'logs', 's', 'a.stderr.log')]);
    expect(readFileSync(paths[0]!, 'utf8')).toBe('out\n');
    expect(readFileSync(paths[1]!, 'utf8')).toBe('');
  });

  it('writes nothing, not even the directory, when the scenario does not collect logs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-logs-'));
    const s = suite('"spans:stdout"');
    expect(writeScenarioFiles({ suite: s, scenario: s.scenarios[0]!, steps: [step], reportDir: dir })).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });
});
