/** `clnrm analyze`: saved traces in every accepted form, judged without a run. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeSpans, renderAnalysis } from '../cli/analyze.js';
import { main } from '../cli/main.js';
import type { Suite } from '../load/index.js';
import { loadSuite } from '../../test/kit/index.js';
import { spanJson } from '../report/json.js';
import { toOtlpJson } from './export.js';
import type { AttrValue, SpanRecord } from './span-record.js';
import { parseTraceText, TraceFileError } from './trace-file.js';

const SUITE = `
[meta]
name = "shop"

[service.api]
image = "busybox"
args = ["sleep", "1"]

[[scenario]]
name = "happy"
service = "api"
run = "true"

[[scenario.expect.span]]
name = "GET /work"
parent = "clnrm.step:happy"
kind = "server"

[scenario.expect.hermeticity]
no_container_leakage = true
no_process_leakage = true

[[scenario]]
name = "sad"
service = "api"
run = "true"

[[scenario.expect.span]]
name = "sut.never"

[[scenario]]
name = "absent"
service = "api"
run = "true"

[[scenario.expect.span]]
name = "clnrm.step:absent"

[[scenario]]
name = "bare"
service = "api"
run = "true"

[expect.counts]
spans_total = { gte = 5 }
`;

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const OTHER = 'ffffffffffffffffffffffffffffffff';
const T0 = 1_750_000_000_000;

function suite(): Suite {
  return loadSuite(SUITE, { env: {} }, 'shop.clnrm.toml');
}

function spans(extra: (s: typeof span) => void = () => undefined): SpanRecord[] {
  const out: SpanRecord[] = [];
  let n = 0;
  function span(name: string, parent: SpanRecord | undefined, attributes: Record<string, AttrValue> = {}, source: SpanRecord['source'] = 'runner', traceId = TRACE): SpanRecord {
    n++;
    const s: SpanRecord = {
      traceId, spanId: n.toString(16).padStart(16, '0'), name, kind: source === 'sut' ? 'server' : 'internal', status: 'OK', attributes, events: [],
      startMs: T0 + n, endMs: T0 + 100 - n, resource: { 'service.name': source === 'sut' ? 'api' : 'clnrm' }, source,
    };
    if (parent) s.parentSpanId = parent.spanId;
    out.push(s);
    return s;
  }
  const run = span('clnrm.run', undefined, { 'suite.name': 'shop' });
  const happy = span('clnrm.scenario:happy', run);
  const step = span('clnrm.step:happy', happy, { 'processes.leaked': 0 });
  span('GET /work', step, {}, 'sut');
  span('clnrm.cleanup', happy, { 'cleanup.verified': true, 'leaks.count': 0 });
  const sad = span('clnrm.scenario:sad', run);
  span('clnrm.step:sad', sad);
  span('clnrm.scenario:bare', run);
  span('unrelated', undefined, {}, 'sut', OTHER);
  extra(span);
  return out;
}

describe('reading saved traces', () => {
  const records = spans();
  const request = toOtlpJson(records);
  // Grouped by resource on the way out: compare as sets.
  const names = (xs: SpanRecord[]) => xs.map((s) => `${s.name}/${s.source}`).sort();

  it('one OTLP/JSON request, an array of them, JSON lines of them, a clnrm report', () => {
    const expected = names(records);
    expect(names(parseTraceText(JSON.stringify(request, null, 2)))).toEqual(expected);
    expect(names(parseTraceText(JSON.stringify([toOtlpJson(records.slice(0, 3)), toOtlpJson(records.slice(3))])))).toEqual(expected);
    expect(names(parseTraceText(`${JSON.stringify(toOtlpJson(records.slice(0, 3)))}\n${JSON.stringify(toOtlpJson(records.slice(3)))}\n`))).toEqual(expected);
    const report = { reportVersion: 1, suite: { name: 'shop' }, spans: records.map(spanJson) };
    const fromReport = parseTraceText(JSON.stringify(report));
    expect(names(fromReport)).toEqual(expected);
    expect(fromReport).toEqual(records);
  });

  it('rejects what is not a trace', () => {
    expect(() => parseTraceText('{"hello": 1}')).toThrow(TraceFileError);
    expect(() => parseTraceText('[{"resourceSpans": []}, 3]')).toThrow('item 1: not an OTLP ExportTraceServiceRequest');
    expect(() => parseTraceText('no spans here\n')).toThrow('no spans');
    expect(() => parseTraceText(`{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"xyz","spanId":"0000000000000001","name":"bad"}]}]}]}`)).toThrow('invalid trace id');
  });
});

describe('analyzeSpans', () => {
  it('judges each scenario on its subtree and the file on the whole trace; leak checks are not checked', () => {
    const a = analyzeSpans(suite(), spans());
    expect(a.traceId).toBe(TRACE);
    expect(a.scenarios.map((s) => [s.name, s.status])).toEqual([
      ['happy', 'pass'],
      ['sad', 'fail'],
      ['absent', 'missing'],
      ['bare', 'empty'],
    ]);
    expect(a.scenarios[0]!.verdicts.map((v) => [v.keyPath, v.checked, v.passed])).toEqual([
      ['scenario[0].expect.span[0]', true, true],
      ['scenario[0].expect.hermeticity.no_container_leakage', false, false],
      ['scenario[0].expect.hermeticity.no_process_leakage', true, true],
    ]);
    expect(a.scenarios[1]!.message).toContain('sut.never');
    expect(a.fileVerdicts.map((v) => [v.keyPath, v.passed])).toEqual([['expect.counts.spans_total', true]]);
    expect(a.notChecked).toBe(1);
    expect(a.passed).toBe(false);
    const text = renderAnalysis(a, 'trace.json');
    expect(text).toContain('shop (shop.clnrm.toml; trace 4bf92f3577b34da6a3ce929d0e0e4736, 8 span(s) from trace.json)');
    expect(text).toContain('  ✗ sad — 1 expectation(s) failed: shop.clnrm.toml:28: scenario[1].expect.span[0]: span `sut.never`: no span named `sut.never`');
    expect(text).toContain('  ! absent — its span clnrm.scenario:absent is not in the trace');
    expect(text).toContain('      - scenario[0].expect.hermeticity.no_container_leakage: no container left after cleanup: not checked: needs a run');
    expect(text).toContain('1 passed, 1 failed, 1 missing from the trace, 1 not checked (needs a run): fail');
  });

  it('--filter judges only matching scenarios; --strict fails on what was not checked', () => {
    const filter = /^happy$/;
    expect(analyzeSpans(suite(), spans(), { filter }).passed).toBe(true);
    expect(analyzeSpans(suite(), spans(), { filter, strict: true }).passed).toBe(false);
  });

  it('keeps forged runner spans of the system under test out of the graph and lists them', () => {
    const forged = spans((span) => span('clnrm.step:absent', undefined, {}, 'sut'));
    const a = analyzeSpans(suite(), forged, { filter: /^absent$/ });
    expect(a.scenarios.find((s) => s.name === 'absent')!.status).toBe('missing');
    expect(a.forgeries.map((f) => [f.name, f.service])).toEqual([['clnrm.step:absent', 'api']]);
    expect(renderAnalysis(a, 't')).toContain('1 span(s) of the system under test forged runner spans and were ignored: clnrm.step:absent (service api)');
  });

  it('picks the trace of this suite\'s clnrm.run, or the only trace, or the one asked for', () => {
    expect(analyzeSpans(suite(), spans(), { traceId: OTHER.toUpperCase() }).traceId).toBe(OTHER);
    const noRun = spans().filter((s) => s.name !== 'clnrm.run');
    expect(() => analyzeSpans(suite(), noRun)).toThrow('the trace file has 2 traces and no clnrm.run span of suite shop; pick one with --trace-id');
    expect(analyzeSpans(suite(), noRun.filter((s) => s.traceId === OTHER)).traceId).toBe(OTHER);
    expect(() => analyzeSpans(suite(), spans(), { traceId: '0'.repeat(31) + '1' })).toThrow('no span of the trace file is in that trace');
    const twice = [...spans(), ...spans().map((s) => ({ ...s, traceId: '1'.repeat(32) }))];
    expect(() => analyzeSpans(suite(), twice)).toThrow('2 runs of suite shop');
  });
});

describe('clnrm analyze (command)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clnrm-analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let out = '';
  beforeEach(() => {
    out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('exit 0 when every checked expectation passes, 1 when one fails, 2 for usage errors', async () => {
    const suiteFile = file('shop.clnrm.toml', SUITE);
    const traces = file('trace.jsonl', `${JSON.stringify(toOtlpJson(spans()))}\n`);
    expect(await main(['analyze', suiteFile, '--traces', traces, '--filter', '^happy$'])).toBe(0);
    expect(out).toContain('not checked (needs a run): pass');
    expect(await main(['analyze', suiteFile, '--traces', traces, '--filter', '^happy$', '--strict'])).toBe(1);
    expect(await main(['analyze', suiteFile, '--traces', traces])).toBe(1);
    expect(await main(['analyze', suiteFile])).toBe(2); // --traces missing
    expect(await main(['analyze', suiteFile, '--traces', join(dir, 'nope.json')])).toBe(2);
    expect(await main(['analyze', suiteFile, '--traces', file('bad.json', '{"x":1}')])).toBe(2);
    expect(await main(['analyze', file('bad.clnrm.toml', '[meta]\n'), '--traces', traces])).toBe(2);
    expect(await main(['analyze', suiteFile, '--traces', traces, '--trace-id', 'xyz'])).toBe(2);
  });
});
