import { describe, expect, it } from 'vitest';
import type { ScenarioSpec } from '../load/index.js';
import type { ScenarioResult, StepResult } from '../runtime/results.js';
import { parseSpanLines, stdoutSpansOf } from './stdout-spans.js';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = '00f067aa0ba902b7';
const SPAN = '1111111111111111';
const T0 = 1_750_000_000_000n * 1_000_000n; // ns

const line = (o: unknown) => JSON.stringify(o);

describe('parseSpanLines', () => {
  it('reads an OTLP/JSON camelCase span with a key/value attribute list', () => {
    const text = [
      'starting worker',
      line({
        traceId: TRACE,
        spanId: SPAN,
        parentSpanId: PARENT,
        name: 'work',
        kind: 2,
        startTimeUnixNano: String(T0),
        endTimeUnixNano: String(T0 + 1_500_000n),
        attributes: [
          { key: 'http.route', value: { stringValue: '/work' } },
          { key: 'retries', value: { intValue: '3' } },
          { key: 'ok', value: { boolValue: true } },
          { key: 'tags', value: { arrayValue: { values: [{ stringValue: 'a' }, { stringValue: 'b' }] } } },
        ],
        events: [{ name: 'retry', timeUnixNano: String(T0 + 500_000n), attributes: [{ key: 'n', value: { intValue: 1 } }] }],
        status: { code: 2, message: 'boom' },
      }),
      'done',
    ].join('\n');
    const { spans, errors } = parseSpanLines(text);
    expect(errors).toEqual([]);
    expect(spans).toEqual([
      {
        traceId: TRACE,
        spanId: SPAN,
        parentSpanId: PARENT,
        name: 'work',
        kind: 'server',
        status: 'ERROR',
        statusMessage: 'boom',
        attributes: { 'http.route': '/work', retries: 3, ok: true, tags: ['a', 'b'] },
        events: [{ name: 'retry', timeMs: 1_750_000_000_000.5, attributes: { n: 1 } }],
        startMs: 1_750_000_000_000,
        endMs: 1_750_000_000_001.5,
        resource: {},
        source: 'sut',
        types: { 'http.route': 'string', retries: 'int', ok: 'bool', tags: ['string', 'string'] },
      },
    ]);
  });

  it('reads plain-object attributes, enum names, and the default resource', () => {
    const { spans, errors } = parseSpanLines(
      line({ traceId: TRACE, spanId: SPAN, name: 'q', kind: 'SPAN_KIND_CLIENT', startTimeUnixNano: 1, endTimeUnixNano: 2, attributes: { 'db.system': 'postgresql', rows: 2, ratio: 0.5, nested: { a: 1 } }, status: { code: 'STATUS_CODE_OK' } }),
      { resource: { 'service.name': 'api' } },
    );
    expect(errors).toEqual([]);
    expect(spans[0]).toMatchObject({ kind: 'client', status: 'OK', attributes: { 'db.system': 'postgresql', rows: 2, ratio: 0.5, nested: '{"a":1}' }, resource: { 'service.name': 'api' } });
    expect(spans[0]!.parentSpanId).toBeUndefined();
  });

  it('reads the snake_case shape', () => {
    const { spans, errors } = parseSpanLines(
      line({
        trace_id: TRACE,
        span_id: SPAN,
        parent_span_id: PARENT,
        name: 'snake',
        kind: 'server',
        start_time_unix_nano: String(T0),
        end_time_unix_nano: String(T0 + 2_000_000n),
        attributes: [{ key: 'k', value: { string_value: 'v' } }],
        status: { code: 'ERROR' },
        resource: { attributes: [{ key: 'service.name', value: { string_value: 'snaky' } }] },
      }),
    );
    expect(errors).toEqual([]);
    expect(spans[0]).toMatchObject({ traceId: TRACE, spanId: SPAN, parentSpanId: PARENT, name: 'snake', kind: 'server', status: 'ERROR', attributes: { k: 'v' }, resource: { 'service.name': 'snaky' }, endMs: 1_750_000_000_002 });
  });

  it('reads the shape of OpenTelemetry Python console spans when written on one line', () => {
    const { spans, errors } = parseSpanLines(
      line({
        name: 'py',
        context: { trace_id: `0x${TRACE}`, span_id: `0x${SPAN}`, trace_state: '[]' },
        kind: 'SpanKind.CLIENT',
        parent_id: `0x${PARENT}`,
        start_time: '2025-06-15T14:13:20.000250Z',
        end_time: '2025-06-15T14:13:20.100Z',
        status: { status_code: 'ERROR', description: 'refused' },
        attributes: { 'net.peer.name': 'db' },
        events: [{ name: 'exception', timestamp: '2025-06-15T14:13:20.050Z', attributes: { 'exception.type': 'ConnectionRefused' } }],
        resource: { attributes: { 'service.name': 'py-app' }, schema_url: '' },
      }),
    );
    expect(errors).toEqual([]);
    const start = Date.parse('2025-06-15T14:13:20Z');
    expect(spans[0]).toMatchObject({ traceId: TRACE, spanId: SPAN, parentSpanId: PARENT, kind: 'client', status: 'ERROR', statusMessage: 'refused', resource: { 'service.name': 'py-app' } });
    expect(spans[0]!.startMs).toBeCloseTo(start + 0.25, 6);
    expect(spans[0]!.endMs).toBe(start + 100);
    expect(spans[0]!.events).toEqual([{ name: 'exception', timeMs: start + 50, attributes: { 'exception.type': 'ConnectionRefused' } }]);
  });

  it('reads whole OTLP payloads (resourceSpans), one per line, and arrays of spans', () => {
    const payload = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'pay' } }] },
          scopeSpans: [{ scope: { name: 'x' }, spans: [{ traceId: TRACE, spanId: SPAN, name: 'a', startTimeUnixNano: '1', endTimeUnixNano: '2' }, { traceId: TRACE, spanId: PARENT, name: 'b' }] }],
        },
      ],
    };
    const arr = [{ traceId: TRACE, spanId: '2222222222222222', name: 'c', startTimeUnixNano: '5' }];
    const { spans, errors } = parseSpanLines(`${line(payload)}\n${line(arr)}\n`);
    expect(errors).toEqual([]);
    expect(spans.map((s) => [s.name, s.resource['service.name']])).toEqual([
      ['a', 'pay'],
      ['b', 'pay'],
      ['c', undefined],
    ]);
  });

  it('ignores text and JSON logs, even logs that carry trace context', () => {
    const text = [
      'hello',
      '{not json at all}',
      line({ level: 30, name: 'app', trace_id: TRACE, span_id: SPAN, msg: 'handled' }), // pino-style log: no start time
      line({ status: 'ok' }),
      line([1, 2, 3]),
      '',
    ].join('\r\n');
    expect(parseSpanLines(text)).toEqual({ spans: [], errors: [] });
  });

  it('reports spans it cannot read, with line numbers, and keeps the good ones', () => {
    const text = [
      line({ traceId: 'nothex', spanId: SPAN, name: 'bad-trace', startTimeUnixNano: '1' }),
      line({ traceId: TRACE, spanId: SPAN, name: 'good', startTimeUnixNano: '1' }),
      `{"traceId":"${TRACE}","spanId":"${SPAN}","name":"cut`,
      line({ resourceSpans: 'nope' }),
      line({ traceId: TRACE, spanId: '0000000000000000', name: 'zero', startTimeUnixNano: '1' }),
      line({ traceId: TRACE, spanId: SPAN, name: 'attrs', startTimeUnixNano: '1', attributes: 'x' }),
    ].join('\n');
    const { spans, errors } = parseSpanLines(text);
    expect(spans.map((s) => s.name)).toEqual(['good']);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toBe("line 1: span 'bad-trace': invalid trace id");
    expect(errors[1]).toMatch(/^line 3: not valid JSON/);
    expect(errors[2]).toBe('line 4: not an OTLP payload: resourceSpans is not an array');
    expect(errors[3]).toBe("line 5: span 'zero': invalid span id");
    expect(errors[4]).toBe("line 6: span 'attrs': attributes is not an array");
  });
});

describe('stdoutSpansOf', () => {
  const captured = (text: string, truncatedBytes = 0) => ({ text, truncatedBytes, totalBytes: Buffer.byteLength(text) + truncatedBytes });
  const step = (name: string, stdout: string, truncated = 0): StepResult => ({ name, outcome: 'pass', message: 'passed', attempts: 1, startedAt: 0, durationMs: 1, stdout: captured(stdout, truncated), stderr: captured('') });
  const spanLine = (name: string, trace = TRACE) => line({ traceId: trace, spanId: SPAN, name, startTimeUnixNano: '1' });
  const scenario = (name: string, collect: string[], steps: { name: string; service?: string }[]) => ({ name, artifacts: collect, steps }) as unknown as ScenarioSpec;
  const result = (name: string, steps: StepResult[]) => ({ name, steps }) as unknown as ScenarioResult;

  it('reads only scenarios that collect spans:stdout; resource from the step service; points out cut output and other traces', () => {
    const specs = [scenario('a', ['spans:stdout'], [{ name: 's1', service: 'api' }, { name: 's2' }]), scenario('b', ['logs'], [{ name: 't' }])];
    const results = [
      result('a', [step('s1', spanLine('one')), step('s2', `${spanLine('two')}\n${spanLine('other', 'ffffffffffffffffffffffffffffffff')}`, 10)]),
      result('b', [step('t', spanLine('ignored'))]),
    ];
    const { spans, errors } = stdoutSpansOf(specs, results, TRACE);
    expect(spans.map((s) => [s.name, s.resource['service.name']])).toEqual([
      ['one', 'api'],
      ['two', undefined],
      ['other', undefined],
    ]);
    expect(errors).toEqual([
      'scenario a, step s2: 1 span(s) on stdout are in another trace than the run\'s and are not judged (take the parent from TRACEPARENT)',
      'scenario a, step s2: stdout was cut (10 bytes dropped from the middle); spans printed there are lost',
    ]);
  });
});
