/**
 * The HTML waterfall of a trace kept as table rows (runner spans as records, the system's as rows)
 * equals the one of the same spans as records: depth-first in start order, cycles and shared ids
 * visited once, rows past WATERFALL_ROWS_MAX counted, fault windows from the chaos spans.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../plan/rng.js';
import type { SpanRecord } from '../../telemetry/span-record.js';
import { rowsList, SpanRows, spanTableOf } from '../../telemetry/span-table.js';
import type { SuiteReportInput } from '../input.js';
import { scenarioViews, WATERFALL_ROWS_MAX } from './model.js';

function trace(seed: number): { runner: SpanRecord[]; sut: SpanRecord[] } {
  const rng = createRng(seed, 'html-model-rows');
  const base = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', kind: 'internal', status: 'OK', resource: {}, events: [] } as const;
  const id = (n: number) => n.toString(16).padStart(16, '0');
  const runner: SpanRecord[] = [
    { ...base, source: 'runner', spanId: id(1), name: 'clnrm.run', attributes: {}, startMs: 0, endMs: 1000 },
    { ...base, source: 'runner', spanId: id(2), parentSpanId: id(1), name: 'clnrm.scenario:a', attributes: {}, startMs: 1, endMs: 900 },
    { ...base, source: 'runner', spanId: id(3), parentSpanId: id(2), name: 'clnrm.step:a', attributes: {}, startMs: 2, endMs: 800 },
    { ...base, source: 'runner', spanId: id(4), parentSpanId: id(2), name: 'clnrm.chaos:kill', attributes: { 'chaos.type': 'kill_container', 'chaos.injected': true, 'chaos.target': 'app' }, startMs: 5, endMs: 6 },
    { ...base, source: 'runner', spanId: id(5), parentSpanId: id(2), name: 'clnrm.recovery', attributes: { 'chaos.type': 'kill_container', 'chaos.target': 'app', 'recovery.strategy': 'restart' }, startMs: 7, endMs: 30 },
    { ...base, source: 'runner', spanId: id(6), parentSpanId: id(1), name: 'clnrm.scenario:b', attributes: {}, startMs: 1, endMs: 900 },
  ];
  const sut: SpanRecord[] = [];
  for (let i = 0; i < WATERFALL_ROWS_MAX + 3000; i++) {
    const r = rng.next();
    const own = 0x100 + i;
    const spanId = r < 0.02 && sut.length ? sut[Math.floor(rng.next() * sut.length)]!.spanId : id(own);
    const parentSpanId = r < 0.6 || !sut.length ? id(3) : r < 0.9 ? sut[Math.floor(rng.next() * sut.length)]!.spanId : r < 0.95 ? id(own + 1) : r < 0.97 ? spanId : id(0xfffff);
    sut.push({ ...base, source: 'sut', spanId, parentSpanId, name: r < 0.5 ? 'app.req' : 'app.db', attributes: r > 0.99 ? { 'chaos.type': 'x', 'chaos.injected': false } : { n: i % 3 }, startMs: 3 + Math.floor(rng.next() * 50), endMs: 60, origin: { scenario: r < 0.8 ? 'a' : 'b', via: 'otlp' } });
  }
  return { runner, sut };
}

const input = (spans: readonly SpanRecord[]) =>
  ({
    judged: {
      spans,
      scenarios: ['a', 'b', 'c'].map((name) => ({ name, startedAt: 0, durationMs: 900, outcome: 'pass', verdicts: [], leaks: [], steps: [], artifacts: [], message: '' })),
    },
  }) as unknown as SuiteReportInput;

describe('the HTML waterfall of a trace kept as table rows', () => {
  it.each([1, 2])('equals the waterfall of the same spans as records (seed %i)', (seed) => {
    const { runner, sut } = trace(seed);
    const view = rowsList(new SpanRows(spanTableOf(sut), Int32Array.from([...runner.keys()].map((i) => ~i).concat([...sut.keys()])), runner));
    const fromRows = scenarioViews(input(view));
    const fromRecords = scenarioViews(input([...runner, ...sut]));
    expect(fromRows).toStrictEqual(fromRecords);
    expect(fromRecords[0]!.omittedRows).toBeGreaterThan(0);
    expect(fromRecords[0]!.faults.length).toBeGreaterThan(0);
  });
});
