/**
 * A span with more direct children than a function call takes arguments (a step whose system under test sent a
 * million spans): the graph's subtree walk and the diff's trace check list children one at a time, never
 * spread into push(), which overflowed the stack past ~100 k children and ended a real run with an internal error.
 */
import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../telemetry/span-record.js';
import { buildGraph } from './graph.js';

const CHILDREN = 400_000;

function wideTrace(): SpanRecord[] {
  const base = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', kind: 'internal', status: 'OK', attributes: {}, events: [], startMs: 1, endMs: 2, resource: {}, source: 'sut' } as const;
  const spans: SpanRecord[] = [{ ...base, spanId: '0000000000000001', name: 'root', source: 'runner' }];
  for (let i = 0; i < CHILDREN; i++) spans.push({ ...base, spanId: (i + 2).toString(16).padStart(16, '0'), parentSpanId: '0000000000000001', name: 'child' });
  return spans;
}

describe('a trace with a span of 400 000 direct children', () => {
  it('gives the subtree of that span, every child in it', () => {
    const spans = wideTrace();
    const sub = buildGraph(spans).subtree(spans[0]!);
    expect(sub.spans.length).toBe(CHILDREN + 1);
    expect(sub.named('child').length).toBe(CHILDREN);
  });
});
