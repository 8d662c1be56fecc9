import { afterEach, describe, expect, it } from 'vitest';
import { SpanKind } from '@opentelemetry/api';
import type { ScenarioSpec } from '../load/index.js';
import { convertSpan } from './otlp.js';
import { startReceiver, type Receiver } from './receiver.js';
import { createRecorder } from './recorder.js';
import { SPAN_KIND_BY_NAME, SPAN_KINDS, SPAN_KINDS_BY_NUMBER, SPAN_STATUS_BY_NAME, SPAN_STATUSES_BY_NUMBER } from './span-record.js';
import { readSources, type SpanSource } from './span-source.js';
import { stdoutSpanSource } from './stdout-spans.js';
import { traceFileSource } from './trace-file.js';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const OTHER = '0af7651916cd43dd8448eb211c80319c';
const span = (traceId: string, spanId: string, name: string) =>
  JSON.stringify({ traceId, spanId, name, startTimeUnixNano: '1750000000000000000', endTimeUnixNano: '1750000000001000000' });

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

describe('span kind and status table', () => {
  it('reads OTLP numbers, OTLP enum names and SDK kinds the same way', () => {
    expect(SPAN_KINDS_BY_NUMBER).toEqual(['internal', 'internal', 'server', 'client', 'producer', 'consumer']);
    expect(SPAN_KIND_BY_NAME).toEqual({
      SPAN_KIND_UNSPECIFIED: 'internal',
      SPAN_KIND_INTERNAL: 'internal',
      SPAN_KIND_SERVER: 'server',
      SPAN_KIND_CLIENT: 'client',
      SPAN_KIND_PRODUCER: 'producer',
      SPAN_KIND_CONSUMER: 'consumer',
    });
    expect(SPAN_STATUSES_BY_NUMBER).toEqual(['UNSET', 'OK', 'ERROR']);
    expect(SPAN_STATUS_BY_NAME).toEqual({ STATUS_CODE_UNSET: 'UNSET', STATUS_CODE_OK: 'OK', STATUS_CODE_ERROR: 'ERROR' });
    // The SDK's SpanKind is the OTLP value minus one.
    expect(SPAN_KINDS.server - 1).toBe(SpanKind.SERVER);
    expect(SPAN_KINDS.consumer - 1).toBe(SpanKind.CONSUMER);
    const s = convertSpan({ traceId: TRACE, spanId: '1111111111111111', name: 'x', kind: 'SPAN_KIND_PRODUCER', status: { code: 2 } }, {}, 'hex');
    expect(typeof s !== 'string' && [s.kind, s.status]).toEqual(['producer', 'ERROR']);
  });
});

describe('span sources', () => {
  it('reads every source of the list in order, with their problems', () => {
    const a: SpanSource = { sourceName: 'a', read: () => ({ spans: [], problems: ['a: cut'] }) };
    const spec = { name: 'sc', artifacts: ['spans:stdout'], steps: [{ name: 'st' }] } as unknown as ScenarioSpec;
    const stdout = stdoutSpanSource([spec], [{ steps: [{ name: 'st', stdout: { text: `${span(TRACE, '1111111111111111', 'mine')}\n${span(OTHER, '2222222222222222', 'theirs')}\n`, truncatedBytes: 0 } }] }]);
    const file = traceFileSource('saved.jsonl', `${span(TRACE, '3333333333333333', 'saved')}\n${span(OTHER, '4444444444444444', 'elsewhere')}\n`);
    const read = readSources([a, stdout, file], TRACE);
    expect(read.spans.map((s) => s.name)).toEqual(['mine', 'saved']);
    expect(read.spans[0]!.origin).toEqual({ scenario: 'sc', via: 'stdout' });
    expect(read.problems[0]).toBe('a: cut');
    expect(read.problems[1]).toMatch(/^scenario sc, step st: 1 span\(s\) on stdout are in another trace/);
    expect(read.problems).toHaveLength(2);
  });

  it('a trace file that cannot be read is a problem of its source, not an exception', () => {
    const read = traceFileSource('bad.json', '{"nothing": 1}').read();
    expect(read.spans).toEqual([]);
    expect(read.problems).toEqual(['bad.json: not an OTLP ExportTraceServiceRequest (no resourceSpans) nor a clnrm report']);
  });

  it('the receiver reads the spans of one trace', async () => {
    const r = await startReceiver({ hosts: ['127.0.0.1'] });
    open.push(r);
    const body = { resourceSpans: [{ scopeSpans: [{ spans: [JSON.parse(span(TRACE, '1111111111111111', 'in')), JSON.parse(span(OTHER, '2222222222222222', 'out'))] }] }] };
    const res = await fetch(`${r.endpointFor('127.0.0.1')}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    expect(r.read(TRACE.toUpperCase()).spans.map((s) => s.name)).toEqual(['in']);
    expect(r.read().spans.map((s) => s.name)).toEqual(['in', 'out']);
  });

  it('the recorder reads its ended spans as runner SpanRecords', () => {
    const rec = createRecorder({ seed: 1, traceKey: 't' });
    const root = rec.start('clnrm.run');
    rec.start('clnrm.scenario:a', root).end();
    root.end();
    const read = rec.read(rec.traceId);
    expect(read.spans.map((s) => [s.name, s.source])).toEqual([
      ['clnrm.scenario:a', 'runner'],
      ['clnrm.run', 'runner'],
    ]);
    expect(rec.read(OTHER).spans).toEqual([]);
  });
});
