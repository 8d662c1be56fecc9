/**
 * The fault registry: every fault's decode (defaults, the values a file gives,
 * unusable values), their declared spans, the registry's own checks, and the
 * generated files: the committed schema and docs are exactly what the
 * registry generates, and the loader reads back from the schema what each
 * fault targets and references.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchesPattern, RUNNER_SPAN_NAMES } from '../common/span-names.js';
import { faultFacts } from '../load/fault-facts.js';
import { replaceTable, schemaText } from '../load/format-doc.js';
import { CATALOGUE_HEADER, EVIDENCE_HEADER, faultCatalogueMarkdown, faultEvidenceMarkdown, withFaultKinds } from './generate.js';
import { FAULT_TYPES, faultTypes } from './registry.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const REGENERATE = 'generated from the fault registry: run `npm run docs` after changing a fault';

describe('the committed files generated from the fault registry', () => {
  it('schemas/clnrm.schema.json has the fault enum and per-kind blocks the registry generates', () => {
    const committed = read('schemas/clnrm.schema.json');
    expect(committed, REGENERATE).toBe(schemaText(withFaultKinds(JSON.parse(committed), FAULT_TYPES)));
  });

  it('the loader reads from the committed schema what every fault targets and references', () => {
    const facts = faultFacts();
    expect(Object.keys(facts)).toEqual(Object.keys(FAULT_TYPES));
    for (const k of Object.values(FAULT_TYPES)) expect(facts[k.kind], k.kind).toEqual({ targets: k.targets, references: k.references ?? {}, required: k.required ?? [] });
    expect(facts.partition).toEqual({ targets: 'network', references: { groups: 'service', isolate: 'service' }, required: [] });
    expect(facts.latency).toEqual({ targets: 'proxy', references: { proxy: 'proxy' }, required: ['proxy', 'latency_ms'] });
  });

  it("docs/chaos.md's catalogue and evidence tables are the ones the registry generates", () => {
    const doc = read('docs/chaos.md');
    expect(doc, REGENERATE).toBe(replaceTable(doc, CATALOGUE_HEADER, faultCatalogueMarkdown(FAULT_TYPES), 'docs/chaos.md'));
    expect(doc, REGENERATE).toBe(replaceTable(doc, EVIDENCE_HEADER, faultEvidenceMarkdown(FAULT_TYPES), 'docs/chaos.md'));
  });
});

/** For each kind: parameters as a file gives them → the decoded parameters; `{}` → the defaults. */
const DECODES: Record<string, [Record<string, unknown>, unknown][]> = {
  kill_container: [[{}, { signal: 'SIGKILL' }], [{ signal: 'SIGTERM' }, { signal: 'SIGTERM' }]],
  stop_container: [[{}, { stopTimeoutMs: 10_000 }], [{ stop_timeout_ms: 250 }, { stopTimeoutMs: 250 }]],
  restart_container: [[{}, {}]],
  pause_container: [[{}, {}]],
  signal: [[{}, { signal: 'SIGTERM' }], [{ signal: 'SIGHUP' }, { signal: 'SIGHUP' }]],
  kill_process: [
    [{ process: 'nginx' }, { process: 'nginx', signal: 'SIGKILL' }],
    [{ process: 'nginx', signal: 'term' }, { process: 'nginx', signal: 'SIGTERM' }],
  ],
  memory_pressure: [[{}, { memoryMb: undefined }], [{ memory_mb: 64 }, { memoryMb: 64 }]],
  cpu_throttle: [[{ cpu_percent: 25 }, { cpuPercent: 25 }]],
  disk_fill: [[{ path: '/tmp' }, { path: '/tmp', sizeMb: undefined }], [{ path: '/data', size_mb: 8 }, { path: '/data', sizeMb: 8 }]],
  fd_exhaustion: [[{}, { nofile: 16 }], [{ nofile: 4 }, { nofile: 4 }]],
  exit_code: [[{ exit_code: 3 }, { exitCode: 3 }]],
  timeout: [[{}, {}]],
  network_disconnect: [[{}, {}]],
  partition: [
    [{ groups: [['a'], ['b', 'c']] }, { groups: [['a'], ['b', 'c']], oneWay: false }],
    [{ isolate: 'db', direction: 'one_way' }, { isolate: 'db', oneWay: true }],
  ],
  blackhole: [[{}, {}], [{ host: 'db', port: 5432 }, { host: 'db', port: 5432 }]],
  reject: [[{ port: 80 }, { port: 80 }]],
  packet_loss: [[{ percent: 5 }, { percent: 5, mode: 'random' }], [{ percent: 25, mode: 'nth' }, { percent: 25, mode: 'nth' }]],
  latency: [
    [{ proxy: 'p', latency_ms: 500 }, { proxy: 'p', stream: 'downstream', toxicity: 1, latencyMs: 500, jitterMs: 0 }],
    [{ proxy: 'p', latency_ms: 5, jitter_ms: 2, direction: 'upstream', toxicity: 0.5 }, { proxy: 'p', stream: 'upstream', toxicity: 0.5, latencyMs: 5, jitterMs: 2 }],
  ],
  bandwidth: [[{ proxy: 'p', rate_kbps: 50 }, { proxy: 'p', stream: 'downstream', toxicity: 1, rateKbps: 50 }]],
  slow_close: [[{ proxy: 'p', delay_close_ms: 100 }, { proxy: 'p', stream: 'downstream', toxicity: 1, delayCloseMs: 100 }]],
  proxy_timeout: [[{ proxy: 'p' }, { proxy: 'p', stream: 'downstream', toxicity: 1, timeoutCloseMs: 0 }]],
  reset_peer: [[{ proxy: 'p', timeout_close_ms: 10 }, { proxy: 'p', stream: 'downstream', toxicity: 1, timeoutCloseMs: 10 }]],
  slicer: [[{ proxy: 'p', average_size: 100 }, { proxy: 'p', stream: 'downstream', toxicity: 1, averageSizeBytes: 100, sizeVariationBytes: 0 }]],
  limit_data: [[{ proxy: 'p', bytes: 1000 }, { proxy: 'p', stream: 'downstream', toxicity: 1, bytes: 1000 }]],
  http_error: [
    [{ proxy: 'p' }, { proxy: 'p', rate: 1, status: 503 }],
    [{ proxy: 'p', method: 'post', path_prefix: '/api', rate: 0.3, status: 500 }, { proxy: 'p', method: 'POST', pathPrefix: '/api', rate: 0.3, status: 500 }],
  ],
  http_slow: [
    [{ proxy: 'p', response_delay_ms: 300 }, { proxy: 'p', rate: 1, delayMs: 300 }],
    [{ proxy: 'p', factor: 2, rate: 0.5 }, { proxy: 'p', rate: 0.5, factor: 2 }],
  ],
  clock_skew: [[{ offset_ms: -5000 }, { offsetMs: -5000 }]],
  dns: [
    [{ names: ['api.'] }, { names: ['api'], mode: 'fail', rate: 1 }],
    [{ names: ['api'], mode: 'hang', rate: 0.5 }, { names: ['api'], mode: 'hang', rate: 0.5 }],
    [{ names: ['api'], mode: 'redirect', to: 'fake' }, { names: ['api'], mode: 'redirect', rate: 1, to: 'fake' }],
  ],
  syscall_error: [
    [{ syscalls: ['write'], errno: 'ENOSPC', rate_pct: 30 }, { selection: { syscalls: ['write'], ratePct: 30 }, errno: 'ENOSPC' }],
    [{ class: 'file', errno: 'EIO', process: 'db' }, { selection: { syscalls: [], cls: 'file', ratePct: 100, process: 'db' }, errno: 'EIO' }],
  ],
  slow_io: [[{ call_delay_ms: 20 }, { selection: { syscalls: ['read', 'write', 'pread64', 'pwrite64', 'readv', 'writev', 'fsync', 'fdatasync'], ratePct: 100 }, delayMs: 20 }]],
};

describe('the faults', () => {
  it('every fault has decode cases here', () => {
    expect(Object.keys(DECODES).sort()).toEqual(Object.keys(FAULT_TYPES).sort());
  });

  for (const [kind, cases] of Object.entries(DECODES)) {
    it(`${kind} decodes its parameters and defaults`, () => {
      for (const [params, decoded] of cases) expect(FAULT_TYPES[kind]!.decode(params)).toEqual(decoded);
    });
  }

  it('a toxic without a parameter it needs, or with a negative one, does not decode (naming the kind and key)', () => {
    expect(() => FAULT_TYPES.latency!.decode({ proxy: 'p' })).toThrow('latency needs latency_ms');
    expect(() => FAULT_TYPES.bandwidth!.decode({ proxy: 'p', rate_kbps: -1 })).toThrow('bandwidth: rate_kbps must be a number ≥ 0, not -1');
  });

  it('required parameters are parameters of the kind', () => {
    for (const k of Object.values(FAULT_TYPES)) for (const r of k.required ?? []) expect(Object.keys(k.params), k.kind).toContain(r);
  });

  it('durations and sizes carry their unit in the parameter name', () => {
    for (const k of Object.values(FAULT_TYPES)) {
      for (const [name, schema] of Object.entries(k.params)) {
        if (schema.$ref === '#/$defs/durationMs') expect(name, k.kind).toMatch(/_ms$/);
        if (schema.$ref === '#/$defs/memoryMb') expect(name, k.kind).toMatch(/_mb$/);
      }
    }
  });

  it("every kind's spans are runner spans of the catalogue (docs/spans.md)", () => {
    for (const k of Object.values(FAULT_TYPES)) {
      for (const span of [k.span, k.recoverySpan]) expect(RUNNER_SPAN_NAMES.some((p) => matchesPattern(span, p)), `${k.kind}: ${span}`).toBe(true);
    }
  });

  it('only kinds that target services are injected once per target', () => {
    const per = Object.values(FAULT_TYPES).filter((t) => t.perTarget).map((k) => k.kind);
    expect(per).toContain('kill_container');
    expect(per).not.toContain('partition');
    expect(per).not.toContain('exit_code');
    expect(per).not.toContain('latency');
  });

  it('a registry refuses two faults of the same kind', () => {
    expect(() => faultTypes([FAULT_TYPES.latency!, FAULT_TYPES.latency!])).toThrow('fault latency is registered twice');
  });

  it('a registry refuses a fault that requires or references a parameter it does not declare', () => {
    expect(() => faultTypes([{ ...FAULT_TYPES.latency!, required: ['proxy', 'latency_s'] }])).toThrow('fault latency requires or references `latency_s`, which is not one of its parameters');
    expect(() => faultTypes([{ ...FAULT_TYPES.partition!, references: { members: 'service' } }])).toThrow('fault partition requires or references `members`, which is not one of its parameters');
  });
});
