/**
 * `<suite>.cleanup.json`: what cleanup did for each scenario, read back from
 * the `clnrm.cleanup` spans (attributes `cleanup.triggered`, `cleanup.success`,
 * `cleanup.skipped`, `cleanup.verified`; events `container.remove`,
 * `network.remove`, `volume.remove`, `process.kill`) and the leaks the
 * verification found.
 */
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import type { JudgedSuite } from '../validate/judge.js';
import { applyFrozenClock } from './canonical.js';
import { leakJson } from './json.js';
import { scenarioStatus } from './summary.js';
import { buildGraph } from '../validate/graph.js';

export interface CleanupPass {
  /** `scenario_end`, `failure`, `timeout` or `interrupt`. */
  trigger: string | null;
  success: boolean;
  status: SpanRecord['status'];
  /** Resources were kept on purpose (`[cleanup] containers = "on_success"` or `"never"`). */
  kept: boolean;
  verified: boolean;
  containersRemoved: string[];
  networksRemoved: string[];
  volumesRemoved: number;
  processesKilled: number;
  startedAt: string;
  durationMs: number;
}

export interface ScenarioCleanup {
  name: string;
  outcome: string;
  /** Trigger of the scenario's last cleanup (the one that removes its resources). */
  trigger: string | null;
  /** Every cleanup pass succeeded and nothing leaked. */
  success: boolean;
  containersRemoved: string[];
  networksRemoved: string[];
  volumesRemoved: number;
  leaks: ReturnType<typeof leakJson>[];
  /** Why removal could not be verified on the engine, with the command to run; null when verified. */
  unverified: string | null;
  passes: CleanupPass[];
}

const str = (v: AttrValue | undefined): string | null => (v === undefined ? null : String(v));
const num = (v: AttrValue | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0) || 0);

function names(span: SpanRecord, event: string, key: string): string[] {
  return span.events.filter((e) => e.name === event).map((e) => String(e.attributes[key] ?? '?'));
}

export function cleanupPass(span: SpanRecord): CleanupPass {
  const a = span.attributes;
  const success = a['cleanup.success'] !== undefined ? a['cleanup.success'] === true || a['cleanup.success'] === 'true' : span.status === 'OK';
  return {
    trigger: str(a['cleanup.triggered']),
    success,
    status: span.status,
    kept: a['cleanup.skipped'] === true,
    verified: a['cleanup.verified'] === true,
    containersRemoved: names(span, 'container.remove', 'container.name').sort(),
    networksRemoved: names(span, 'network.remove', 'network.name').sort(),
    volumesRemoved: span.events.filter((e) => e.name === 'volume.remove').length,
    processesKilled: span.events.filter((e) => e.name === 'process.kill').reduce((n, e) => n + num(e.attributes['processes.count']), 0),
    startedAt: new Date(span.startMs).toISOString(),
    durationMs: Math.max(0, span.endMs - span.startMs),
  };
}

/**
 * The `clnrm.cleanup` spans under each scenario's span (the first runner span of that
 * name), on the frozen clock. One graph over the trace and one walk up from each cleanup
 * span: a trace of millions of spans is not walked once per scenario.
 */
function cleanupSpansByScenario(j: JudgedSuite): Map<string, SpanRecord[]> {
  const graph = buildGraph(j.spans);
  const roots = new Map<string, SpanRecord>();
  for (const s of j.spans) if (s.source === 'runner' && s.name.startsWith('clnrm.scenario:') && !roots.has(s.name)) roots.set(s.name, s);
  const out = new Map<string, SpanRecord[]>();
  for (const cleanup of graph.named('clnrm.cleanup')) {
    for (const a of graph.ancestorsOf(cleanup)) {
      if (roots.get(a.name) !== a) continue;
      const scenario = a.name.slice('clnrm.scenario:'.length);
      out.set(scenario, [...(out.get(scenario) ?? []), cleanup]);
    }
  }
  const byEnd = (a: SpanRecord, b: SpanRecord) => a.endMs - b.endMs || a.startMs - b.startMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const [scenario, spans] of out) out.set(scenario, applyFrozenClock(spans, j.run).sort(byEnd));
  return out;
}

export function cleanupReport(j: JudgedSuite) {
  const cleanups = cleanupSpansByScenario(j);
  const scenarios = j.scenarios.map((s): ScenarioCleanup => {
    const passes = (cleanups.get(s.name) ?? []).map(cleanupPass);
    const last = passes.at(-1);
    return {
      name: s.name,
      outcome: scenarioStatus(s),
      trigger: last?.trigger ?? null,
      success: passes.every((p) => p.success) && s.leaks.length === 0 && !s.cleanupUnverified && (passes.length > 0 || !!s.skipped),
      containersRemoved: passes.flatMap((p) => p.containersRemoved).sort(),
      networksRemoved: passes.flatMap((p) => p.networksRemoved).sort(),
      volumesRemoved: passes.reduce((n, p) => n + p.volumesRemoved, 0),
      leaks: s.leaks.map(leakJson),
      unverified: s.cleanupUnverified ?? null,
      passes,
    };
  });
  return {
    suite: j.run.suite.name,
    runId: j.run.runId,
    success: scenarios.every((s) => s.success),
    leaks: scenarios.reduce((n, s) => n + s.leaks.length, 0),
    unverifiedCleanups: scenarios.filter((s) => s.unverified !== null).length,
    scenarios,
  };
}

export function renderCleanupReport(j: JudgedSuite): string {
  return `${JSON.stringify(cleanupReport(j), null, 2)}\n`;
}
