import { describe, expect, it } from 'vitest';
import { createRecorder } from './recorder.js';

function runShape(order: 'ab' | 'ba') {
  const r = createRecorder({ seed: 666, traceKey: 'suite' });
  const root = r.start('clnrm.run');
  const a = r.start('clnrm.scenario:a', root);
  const b = r.start('clnrm.scenario:b', root);
  const steps = [r.start('clnrm.step:x', a), r.start('clnrm.step:x', a)];
  const k1 = r.start('clnrm.chaos.kill_container', b, { key: 'n1' });
  const k2 = r.start('clnrm.chaos.kill_container', b, { key: 'n2' });
  for (const s of order === 'ab' ? [...steps, k1, k2] : [k2, k1, ...steps.reverse()]) s.end();
  b.end();
  a.end();
  root.end();
  return r.spans().map((s) => `${s.name}/${s.spanContext().spanId}/${s.parentSpanContext?.spanId ?? '-'}/${s.spanContext().traceId}`).sort();
}

describe('recorder', () => {
  it('derives the same ids whatever the completion order', () => {
    expect(runShape('ab')).toEqual(runShape('ba'));
  });

  it('gives same-named siblings distinct ids and keeps parenthood', () => {
    const r = createRecorder({ seed: 1, traceKey: 't' });
    const root = r.start('clnrm.run');
    const x1 = r.start('s', root);
    const x2 = r.start('s', root);
    expect(x1.spanId).not.toBe(x2.spanId);
    x1.end();
    x2.end();
    root.end();
    const spans = r.spans();
    expect(spans.filter((s) => s.name === 's').every((s) => s.parentSpanContext?.spanId === root.spanId)).toBe(true);
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);
  });

  it('changes ids with the seed', () => {
    const a = createRecorder({ seed: 1, traceKey: 't' }).start('clnrm.run');
    const b = createRecorder({ seed: 2, traceKey: 't' }).start('clnrm.run');
    expect(a.spanId).not.toBe(b.spanId);
    expect(a.traceId).not.toBe(b.traceId);
  });

  it('records status, error.type and a traceparent, and end is idempotent', () => {
    const r = createRecorder({ seed: 1, traceKey: 't' });
    const s = r.start('clnrm.step:x');
    s.fail('timeout', 'step timed out after 1000 ms');
    s.end();
    s.end();
    expect(r.spans()).toHaveLength(1);
    expect(r.spans()[0]!.status.code).toBe(2);
    expect(r.spans()[0]!.attributes['error.type']).toBe('timeout');
    expect(s.traceparent()).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});
