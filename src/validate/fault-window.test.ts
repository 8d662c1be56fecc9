/**
 * Fault windows judged on the runner's fault spans: `during` scopes span conditions to the spans that
 * overlap (or lie within) a named fault's window, of one fault, all at once or any of several; `after`
 * requires recovery within `within_ms` of the window's end and no relapse. A fault with no injected
 * span makes either check an error, never a pass.
 */
import { describe, expect, it } from 'vitest';
import type { AfterSpec, DuringSpec, FaultWindowRef, SpanExpectation, WindowOverlap } from '../load/index.js';
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import { checkAfter, checkDuring, intersectIntervals, mergeIntervals } from './fault-window.js';
import { buildGraph } from './graph.js';

let n = 0;
function span(name: string, startMs: number, endMs: number, attributes: Record<string, AttrValue> = {}, status: SpanRecord['status'] = 'UNSET', parent?: SpanRecord, source: SpanRecord['source'] = 'sut'): SpanRecord {
  return { traceId: 'a'.repeat(32), spanId: (++n).toString(16).padStart(16, '0'), ...(parent ? { parentSpanId: parent.spanId } : {}), name, kind: 'internal', status, attributes, events: [], startMs, endMs, resource: {}, source };
}

const scenario = span('clnrm.scenario:s', 0, 100_000, {}, 'OK', undefined, 'runner');
const fault = (name: string, startMs: number, endMs: number, injected = true) =>
  span('clnrm.network.partition', startMs, endMs, { 'chaos.type': 'partition', 'chaos.name': name, 'chaos.injected': injected, ...(injected ? {} : { 'chaos.reason': 'no rule matched' }) }, injected ? 'OK' : 'ERROR', scenario, 'runner');
const call = (startMs: number, endMs: number, status: SpanRecord['status']) => span('sut.call', startMs, endMs, {}, status);

const cond = (extra: Partial<SpanExpectation> = {}): SpanExpectation => ({ keyPath: 'scenario[0].expect.during[0]', name: 'sut.call', attrs: {}, events: {}, ...extra });
const during = (window: FaultWindowRef, overlap: WindowOverlap, extra: Partial<SpanExpectation> = {}): DuringSpec => ({ window, overlap, span: cond(extra) });
const after = (fault: string, withinMs: number, extra: Partial<SpanExpectation> = {}): AfterSpec => ({ fault, withinMs, span: cond({ keyPath: 'scenario[0].expect.after[0]', ...extra }) });
const graph = (...spans: SpanRecord[]) => buildGraph([scenario, ...spans]);

describe('interval arithmetic', () => {
  it('merges overlapping and touching stretches, and intersects sets', () => {
    expect(mergeIntervals([{ startMs: 5, endMs: 8 }, { startMs: 0, endMs: 2 }, { startMs: 2, endMs: 3 }, { startMs: 7, endMs: 9 }])).toEqual([{ startMs: 0, endMs: 3 }, { startMs: 5, endMs: 9 }]);
    expect(intersectIntervals([{ startMs: 0, endMs: 10 }], [{ startMs: 5, endMs: 15 }])).toEqual([{ startMs: 5, endMs: 10 }]);
    expect(intersectIntervals([{ startMs: 0, endMs: 4 }], [{ startMs: 5, endMs: 15 }])).toEqual([]);
  });
});

describe('[[scenario.expect.during]]', () => {
  const spans = [fault('cut', 1000, 5000), call(1500, 2500, 'ERROR'), call(4000, 6000, 'OK'), call(7000, 8000, 'OK')];

  it('judges only the spans within the window when contained: the straddling and later calls are out of scope', () => {
    const v = checkDuring(during({ fault: 'cut' }, 'contained', { status: 'ERROR' }), graph(...spans));
    expect(v).toMatchObject({ kind: 'during', keyPath: 'scenario[0].expect.during[0]', passed: true, message: '1 matching span(s)' });
  });

  it('judges the spans overlapping the window by default: the straddling OK call fails `status = ERROR`', () => {
    const v = checkDuring(during({ fault: 'cut' }, 'overlaps', { status: 'ERROR' }), graph(...spans));
    expect(v.passed).toBe(false);
    expect(v.message).toContain('1 of 2 do not');
    expect(checkDuring(during({ fault: 'cut' }, 'overlaps', { count: { eq: 2 } }), graph(...spans)).passed).toBe(true);
    expect(checkDuring(during({ fault: 'cut' }, 'contained', { count: { eq: 2 } }), graph(...spans)).passed).toBe(false);
  });

  it('fails when no span of the name lies in the window: matching nothing is not a pass', () => {
    const v = checkDuring(during({ fault: 'cut' }, 'contained', { status: 'OK' }), graph(fault('cut', 1000, 5000), call(6000, 7000, 'OK')));
    expect(v).toMatchObject({ passed: false, message: 'none of the 1 span(s) named `sut.call` is lying within the window of `cut`' });
  });

  it('is an error, never a pass, when the fault was not injected or never ran', () => {
    expect(checkDuring(during({ fault: 'cut' }, 'overlaps'), graph(fault('cut', 1000, 5000, false), call(1500, 2500, 'OK')))).toMatchObject({
      passed: false,
      error: true,
      message: 'fault `cut` did not take effect: no rule matched',
    });
    expect(checkDuring(during({ fault: 'other' }, 'overlaps'), graph(...spans))).toMatchObject({ passed: false, error: true, message: 'fault `other` was never injected in this scenario (no span of it)' });
  });

  it('ignores a span of the system under test that claims to be a fault', () => {
    const forged = span('clnrm.network.partition', 0, 100_000, { 'chaos.type': 'partition', 'chaos.name': 'cut', 'chaos.injected': true }, 'OK', scenario, 'sut');
    expect(checkDuring(during({ fault: 'cut' }, 'overlaps'), graph(forged, call(1500, 2500, 'OK')))).toMatchObject({ error: true });
  });

  it('during_all is the time every fault was active; during_any the time any was', () => {
    const both = [fault('a', 0, 3000), span('clnrm.chaos.latency', 2000, 6000, { 'chaos.type': 'latency', 'chaos.name': 'b', 'chaos.injected': true }, 'OK', scenario, 'runner')];
    const calls = [call(500, 1000, 'ERROR'), call(2200, 2800, 'OK'), call(4000, 5000, 'OK')];
    expect(checkDuring(during({ all: ['a', 'b'] }, 'contained', { count: { eq: 1 }, status: 'OK' }), graph(...both, ...calls)).passed).toBe(true);
    expect(checkDuring(during({ all: ['a', 'b'] }, 'contained', { count: { eq: 3 } }), graph(...both, ...calls)).passed).toBe(false);
    expect(checkDuring(during({ any: ['a', 'b'] }, 'contained', { count: { eq: 3 } }), graph(...both, ...calls)).passed).toBe(true);
    const apart = [fault('a', 0, 1000), span('clnrm.chaos.latency', 2000, 3000, { 'chaos.type': 'latency', 'chaos.name': 'b', 'chaos.injected': true }, 'OK', scenario, 'runner')];
    expect(checkDuring(during({ all: ['a', 'b'] }, 'overlaps'), graph(...apart, ...calls))).toMatchObject({ passed: false, message: 'the faults were never active at the same time: the time all of `a`, `b` were active is empty' });
  });

  it('a fault injected several times has a window of several stretches', () => {
    const twice = [fault('cut', 0, 1000), fault('cut', 3000, 4000), call(500, 900, 'ERROR'), call(1500, 2500, 'OK'), call(3100, 3900, 'ERROR')];
    expect(checkDuring(during({ fault: 'cut' }, 'contained', { status: 'ERROR', count: { eq: 2 } }), graph(...twice)).passed).toBe(true);
    expect(checkDuring(during({ fault: 'cut' }, 'overlaps', { status: 'ERROR' }), graph(...twice)).passed).toBe(true);
  });
});

describe('[[scenario.expect.after]]', () => {
  const cut = fault('cut', 1000, 5000);

  it('passes when the first matching span after the window starts within within_ms and every later one matches', () => {
    const v = checkAfter(after('cut', 2000, { status: 'OK' }), graph(cut, call(4000, 6000, 'ERROR'), call(5200, 5300, 'ERROR'), call(6500, 6600, 'OK'), call(7000, 7100, 'OK')));
    expect(v).toMatchObject({ kind: 'after', passed: true, message: 'recovered 1500 ms after the window closed; 1 later span(s) all match' });
  });

  it('fails a recovery later than within_ms', () => {
    const v = checkAfter(after('cut', 1000, { status: 'OK' }), graph(cut, call(6500, 6600, 'OK')));
    expect(v).toMatchObject({ passed: false, message: 'the first matching span started 1500 ms after the window closed, expected ≤ 1000 ms' });
  });

  it('fails a relapse after the recovery', () => {
    const v = checkAfter(after('cut', 2000, { status: 'OK' }), graph(cut, call(5500, 5600, 'OK'), call(6000, 6100, 'ERROR')));
    expect(v.passed).toBe(false);
    expect(v.message).toBe('recovered 500 ms after the window closed, then 1 later span(s) missed the conditions: status is ERROR, expected OK');
  });

  it('fails when nothing starts after the window, or nothing matches', () => {
    expect(checkAfter(after('cut', 2000, { status: 'OK' }), graph(cut, call(1500, 6000, 'OK')))).toMatchObject({ passed: false, message: 'no span named `sut.call` started after the window closed' });
    expect(checkAfter(after('cut', 2000, { status: 'OK' }), graph(cut, call(5500, 6000, 'ERROR'))).passed).toBe(false);
  });

  it('is an error when the fault never took effect', () => {
    expect(checkAfter(after('cut', 2000), graph(fault('cut', 1000, 5000, false), call(5500, 6000, 'OK')))).toMatchObject({ passed: false, error: true });
  });

  it('counts from the end of the last stretch of a repeated fault', () => {
    const v = checkAfter(after('cut', 1000, { status: 'OK' }), graph(fault('cut', 0, 1000), fault('cut', 3000, 4000), call(2000, 2100, 'OK'), call(4500, 4600, 'OK')));
    expect(v).toMatchObject({ passed: true, message: 'recovered 500 ms after the window closed; 0 later span(s) all match' });
  });
});
