/**
 * What the HTML report shows of one suite, as plain data: per scenario its
 * spans as waterfall rows (depth-first under the scenario span, runner and
 * system-under-test spans alike), its fault windows and steady-state probe
 * samples, all as offsets (ms) from the scenario's start, on one time axis.
 */
import type { FaultRecord, ProbeSample } from '../../runtime/probes/kpi.js';
import type { AttrValue, SpanRecord } from '../../telemetry/span-record.js';
import { rowsOf, sortedBy, type SpanRows } from '../../telemetry/span-table.js';
import type { JudgedScenario } from '../../validate/judge.js';
import type { SuiteReportInput } from '../input.js';

export interface WaterfallRow {
  name: string;
  depth: number;
  source: SpanRecord['source'];
  status: SpanRecord['status'];
  startMs: number;
  durationMs: number;
  attributes: [string, AttrValue][];
  events: string[];
}

export interface FaultWindow {
  label: string;
  /** Applied: the injection started. */
  startMs: number;
  /** Reverted: its revert ended (or, without a revert, its injection ended). */
  endMs: number;
  effective: boolean;
}

export interface SampleMark {
  probe: string;
  atMs: number;
  ok: boolean;
  detail: string;
}

export interface ScenarioView {
  scenario: JudgedScenario;
  /** Length of the shared time axis, ms. */
  axisMs: number;
  rows: WaterfallRow[];
  /** Spans of the scenario past WATERFALL_ROWS_MAX, not drawn (report.json lists them all). */
  omittedRows: number;
  faults: FaultWindow[];
  samples: SampleMark[];
}

/**
 * Most rows one scenario's waterfall draws. A page of a million rows would not
 * open in a browser, and past ~500 k rows its text would outgrow V8's longest
 * string: the first rows (depth-first, in start order) are drawn, the rest counted.
 */
export const WATERFALL_ROWS_MAX = 5000;

const byStart = (a: SpanRecord, b: SpanRecord) => a.startMs - b.startMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function childrenIndex(spans: readonly SpanRecord[]): Map<string, SpanRecord[]> {
  const index = new Map<string, SpanRecord[]>();
  for (const s of spans) {
    if (!s.parentSpanId) continue;
    const siblings = index.get(s.parentSpanId);
    if (siblings) siblings.push(s);
    else index.set(s.parentSpanId, [s]);
  }
  for (const list of index.values()) list.sort(byStart);
  return index;
}

function waterfallRow(s: SpanRecord, depth: number, originMs: number): WaterfallRow {
  return {
    name: s.name,
    depth,
    source: s.source,
    status: s.status,
    startMs: s.startMs - originMs,
    durationMs: Math.max(0, s.endMs - s.startMs),
    attributes: Object.entries(s.attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    events: s.events.map((e) => e.name),
  };
}

/** Spans faultWindows reads: the chaos spans (an injection or its recovery). */
const isChaosSpan = (s: SpanRecord) => s.attributes['chaos.type'] !== undefined || s.attributes['recovery.strategy'] !== undefined;

/**
 * subtreeRows over a view of table rows (a very large trace), by position: children by parent links
 * (the spans whose parent id is a span's id), each list in start order, visited depth-first once each;
 * each span is made as it is visited, and only the chaos spans are kept (all faultWindows reads of them).
 */
function subtreeRowsOf(view: SpanRows, root: number, originMs: number): { rows: WaterfallRow[]; omittedRows: number; spans: SpanRecord[] } {
  const n = view.length;
  const { parentIndex, hasDuplicateIds, rowOfId } = view.parentRows();
  const first = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  for (let k = n - 1; k >= 0; k--) {
    const p = parentIndex[k]!;
    if (p === -1) continue;
    next[k] = first[p]!;
    first[p] = k;
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const rows: WaterfallRow[] = [];
  let omittedRows = 0;
  const spans: SpanRecord[] = [];
  const seen = new Uint8Array(n);
  // Depth-first as the recursive walk goes: a span is checked against `seen` when its turn comes.
  const stack: number[] = [root];
  const depths: number[] = [0];
  while (stack.length) {
    const k = stack.pop()!;
    const depth = depths.pop()!;
    if (seen[k]) continue;
    seen[k] = 1;
    const s = view.at(k);
    if (isChaosSpan(s)) spans.push(s);
    if (rows.length >= WATERFALL_ROWS_MAX) omittedRows++;
    else rows.push(waterfallRow(s, depth, originMs));
    const list = first[hasDuplicateIds ? rowOfId(s.spanId) : k]!;
    if (list === -1) continue;
    let count = 0;
    for (let c = list; c !== -1; c = next[c]!) count++;
    let kids: Int32Array = new Int32Array(count);
    for (let c = list, i = 0; c !== -1; c = next[c]!) kids[i++] = c;
    const byStartThenName = (a: number, b: number) => view.startMsOf(a) - view.startMsOf(b) || cmp(view.name(a), view.name(b));
    let anyNaN = false;
    for (let i = 0; i < count && !anyNaN; i++) anyNaN = Number.isNaN(view.startMsOf(kids[i]!));
    // A stable sort in typed arrays (a NaN start makes the comparator inconsistent: the Array sort decides, as always).
    kids = anyNaN ? Int32Array.from(Array.from(kids).sort(byStartThenName)) : sortedBy(kids, byStartThenName);
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]!);
      depths.push(depth + 1);
    }
  }
  return { rows, omittedRows, spans };
}

/** The scenario span and everything under it, depth-first in start order; a cycle or a repeated id is visited once. */
function subtreeRows(root: SpanRecord, index: Map<string, SpanRecord[]>, originMs: number): { rows: WaterfallRow[]; omittedRows: number; spans: SpanRecord[] } {
  const rows: WaterfallRow[] = [];
  let omittedRows = 0;
  const spans: SpanRecord[] = [];
  const seen = new Set<SpanRecord>();
  const visit = (s: SpanRecord, depth: number) => {
    if (seen.has(s)) return;
    seen.add(s);
    spans.push(s);
    if (rows.length >= WATERFALL_ROWS_MAX) omittedRows++;
    else rows.push(waterfallRow(s, depth, originMs));
    for (const c of index.get(s.spanId) ?? []) visit(c, depth + 1);
  };
  visit(root, 0);
  return { rows, omittedRows, spans };
}

/** Fault windows from the experiment's fault records, or else from the chaos spans (injection → its recovery span). */
function faultWindows(records: readonly FaultRecord[] | undefined, spans: readonly SpanRecord[], originMs: number): FaultWindow[] {
  if (records && records.length > 0) {
    return records
      .filter((r) => r.appliedAtMs !== undefined)
      .map((r) => ({
        label: `${r.name}${r.target ? ` → ${r.target}` : ''}`,
        startMs: r.appliedAtMs! - originMs,
        endMs: (r.endedAtMs ?? r.appliedAtMs!) - originMs,
        effective: r.effective,
      }));
  }
  const recoveries = spans.filter((s) => s.attributes['recovery.strategy'] !== undefined);
  return spans
    .filter((s) => s.attributes['chaos.type'] !== undefined && s.attributes['chaos.injected'] !== undefined && s.attributes['recovery.strategy'] === undefined)
    .map((s) => {
      const a = s.attributes;
      const revert = recoveries.find((r) => r.startMs >= s.startMs && r.attributes['chaos.type'] === a['chaos.type'] && r.attributes['chaos.target'] === a['chaos.target']);
      const target = a['chaos.target'] !== undefined ? ` → ${String(a['chaos.target'])}` : '';
      return {
        label: `${String(a['chaos.name'] ?? a['chaos.type'])}${target}`,
        startMs: s.startMs - originMs,
        endMs: Math.max(s.endMs, revert?.endMs ?? s.endMs) - originMs,
        effective: a['chaos.injected'] === true,
      };
    });
}

function sampleMarks(samples: readonly ProbeSample[] | undefined, originMs: number): SampleMark[] {
  return (samples ?? []).map((x) => ({ probe: x.probe, atMs: x.atMs - originMs, ok: x.ok, detail: x.detail }));
}

/** The waterfall, fault windows and samples of each scenario that ran (skipped ones have none). */
export function scenarioViews(input: SuiteReportInput): ScenarioView[] {
  const { judged } = input;
  const view = rowsOf(judged.spans);
  if (view) return scenarioViewsOf(input, view);
  const index = childrenIndex(judged.spans);
  const scenarioSpans = new Map(judged.spans.filter((s) => s.source === 'runner' && s.name.startsWith('clnrm.scenario:')).map((s) => [s.name.slice('clnrm.scenario:'.length), s]));
  return judged.scenarios.map((scenario) => {
    const root = scenarioSpans.get(scenario.name);
    const originMs = root?.startMs ?? scenario.startedAt;
    const { rows, omittedRows, spans } = root ? subtreeRows(root, index, originMs) : { rows: [], omittedRows: 0, spans: [] };
    return scenarioView(scenario, originMs, rows, omittedRows, spans);
  });
}

/** scenarioViews of a trace kept as table rows: no span but those drawn (and the chaos spans) is kept. */
function scenarioViewsOf(input: SuiteReportInput, view: SpanRows): ScenarioView[] {
  const scenarioSpans = new Map<string, number>();
  for (let k = 0; k < view.length; k++) {
    if (view.source(k) !== 'runner') continue;
    const name = view.name(k);
    if (name.startsWith('clnrm.scenario:')) scenarioSpans.set(name.slice('clnrm.scenario:'.length), k);
  }
  return input.judged.scenarios.map((scenario) => {
    const root = scenarioSpans.get(scenario.name);
    const originMs = root !== undefined ? view.startMsOf(root) : scenario.startedAt;
    const { rows, omittedRows, spans } = root !== undefined ? subtreeRowsOf(view, root, originMs) : { rows: [], omittedRows: 0, spans: [] };
    return scenarioView(scenario, originMs, rows, omittedRows, spans);
  });
}

function scenarioView(scenario: JudgedScenario, originMs: number, rows: WaterfallRow[], omittedRows: number, spans: readonly SpanRecord[]): ScenarioView {
  const faults = faultWindows(scenario.faultRecords, spans, originMs);
  const samples = sampleMarks(scenario.probeSamples, originMs);
  // A loop, not Math.max(...ends): spreading many thousand values overflows the call stack.
  let axisMs = Math.max(1, scenario.durationMs);
  for (const ms of [...rows.map((r) => r.startMs + r.durationMs), ...faults.map((f) => f.endMs), ...samples.map((x) => x.atMs)]) if (ms > axisMs) axisMs = ms;
  return { scenario, axisMs, rows, omittedRows, faults, samples };
}
