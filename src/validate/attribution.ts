/**
 * Which spans of the system under test are credited to which scenario, and
 * which are malformed. Ids prove nothing: a container can compute the run's
 * trace id and the runner's span ids (they derive from the seed, and
 * TRACEPARENT hands some out). So a span of the system under test counts for
 * scenario S only when
 *
 * - it arrived through S's own channel (`origin`: the receiver path with S's
 *   random token, or the stdout of one of S's steps), and
 * - its parent, when it names a runner span, names one that was handed to S's
 *   containers as TRACEPARENT (S's `clnrm.scenario:` span or one of its
 *   `clnrm.step:` spans) and it lies within that parent's time, and
 * - its times are whole (an end, not before the start) and within the run, and
 *   its id is its own (not its own parent, not shared with another span).
 *
 * A span that fails one of these is malformed: set aside, reported, never
 * judged (so it can satisfy no duration, window, order or parent expectation).
 */
import { matchesPattern } from '../common/span-names.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import type { SpanRows } from '../telemetry/span-table.js';

/** Slack for clock reads of the runner and the containers (same host clock, different read paths). */
export const CLOCK_SLACK_MS = 50;

export interface MalformedSpan {
  span: SpanRecord;
  /** The scenario whose channel carried it, when known. */
  scenario?: string;
  /** Every rule it breaks, in words. */
  reasons: string[];
}

const isRunnerScenario = (s: SpanRecord) => s.source === 'runner' && s.name.startsWith('clnrm.scenario:');
const handedOutName = (name: string) => name.startsWith('clnrm.scenario:') || name.startsWith('clnrm.step:');

/** For each scenario: the ids of the runner spans in its subtree, and those handed to its containers as TRACEPARENT. */
export function runnerScopes(runner: readonly SpanRecord[]): Map<string, { all: Set<string>; handedOut: Set<string> }> {
  const children = new Map<string, SpanRecord[]>();
  for (const s of runner) {
    if (!s.parentSpanId) continue;
    const list = children.get(s.parentSpanId);
    if (list) list.push(s);
    else children.set(s.parentSpanId, [s]);
  }
  const scopes = new Map<string, { all: Set<string>; handedOut: Set<string> }>();
  for (const root of runner.filter(isRunnerScenario)) {
    const scope = { all: new Set<string>(), handedOut: new Set<string>() };
    const stack = [root];
    while (stack.length) {
      const s = stack.pop()!;
      if (scope.all.has(s.spanId)) continue;
      scope.all.add(s.spanId);
      if (handedOutName(s.name)) scope.handedOut.add(s.spanId);
      for (const c of children.get(s.spanId) ?? []) stack.push(c);
    }
    scopes.set(root.name.slice('clnrm.scenario:'.length), scope);
  }
  return scopes;
}

/** The run's time range, in epoch milliseconds. */
export interface RunWindow {
  startMs: number;
  endMs: number;
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

/** What the malformed rules read of the spans of the system under test, by position. */
interface SutSpans {
  length: number;
  name(k: number): string;
  spanId(k: number): string;
  parentSpanId(k: number): string | undefined;
  endMissing(k: number): boolean;
  startMs(k: number): number;
  endMs(k: number): number;
  /** The scenario whose channel carried it (its origin), when known. */
  scenario(k: number): string | undefined;
  /** Whether it has an origin at all. */
  hasOrigin(k: number): boolean;
  /** How many of the spans have its id. */
  uses(k: number): number;
  /** The position of the last span whose id is its parent id (-1: none, or no parent id). */
  sutParent(k: number): number;
}

/**
 * Splits spans of the system under test (forgeries already removed) into the
 * well-formed and the malformed. Origin rules apply to spans that have an
 * origin (a run); a saved trace (`clnrm analyze`) has none.
 */
export function findMalformed(runner: readonly SpanRecord[], sut: readonly SpanRecord[], runWindow?: RunWindow): { wellFormed: SpanRecord[]; malformed: MalformedSpan[] } {
  const idCount = new Map<string, number>();
  for (const s of sut) idCount.set(s.spanId, (idCount.get(s.spanId) ?? 0) + 1);
  const positionOfId = new Map<string, number>();
  for (let k = 0; k < sut.length; k++) positionOfId.set(sut[k]!.spanId, k);
  const view: SutSpans = {
    length: sut.length,
    name: (k) => sut[k]!.name,
    spanId: (k) => sut[k]!.spanId,
    parentSpanId: (k) => sut[k]!.parentSpanId,
    endMissing: (k) => sut[k]!.endMissing === true,
    startMs: (k) => sut[k]!.startMs,
    endMs: (k) => sut[k]!.endMs,
    scenario: (k) => sut[k]!.origin?.scenario,
    hasOrigin: (k) => sut[k]!.origin !== undefined,
    uses: (k) => idCount.get(sut[k]!.spanId) ?? 0,
    sutParent: (k) => {
      const parent = sut[k]!.parentSpanId;
      return parent ? (positionOfId.get(parent) ?? -1) : -1;
    },
  };
  const { wellFormed, malformed } = splitMalformed(runner, view, runWindow);
  return { wellFormed: Array.from(wellFormed, (k) => sut[k]!), malformed: malformed.map((m) => ({ ...m, span: sut[m.span]! })) };
}

/**
 * findMalformed over rows of a span table (a very large trace): the same rules and reasons,
 * the well-formed as positions into `sut`; only a malformed span is made as an object.
 */
export function findMalformedRows(runner: readonly SpanRecord[], sut: SpanRows, runWindow?: RunWindow): { wellFormed: Int32Array; malformed: MalformedSpan[] } {
  const { parentIndex, hasDuplicateIds, rowOfId } = sut.parentRows();
  // Uses of an id, counted at the last position that has it (only when some id repeats).
  let counts: Int32Array | undefined;
  if (hasDuplicateIds) {
    counts = new Int32Array(sut.length);
    for (let k = 0; k < sut.length; k++) counts[rowOfId(sut.spanId(k))]!++;
  }
  const view: SutSpans = {
    length: sut.length,
    name: (k) => sut.name(k),
    spanId: (k) => sut.spanId(k),
    parentSpanId: (k) => sut.parentSpanId(k),
    endMissing: (k) => sut.endMissing(k),
    startMs: (k) => sut.startMsOf(k),
    endMs: (k) => sut.endMsOf(k),
    scenario: (k) => sut.origin(k)?.scenario,
    hasOrigin: (k) => sut.origin(k) !== undefined,
    uses: (k) => (counts ? counts[rowOfId(sut.spanId(k))]! : 1),
    sutParent: (k) => parentIndex[k]!,
  };
  const { wellFormed, malformed } = splitMalformed(runner, view, runWindow);
  return { wellFormed, malformed: malformed.map((m) => ({ ...m, span: sut.at(m.span) })) };
}

function splitMalformed(runner: readonly SpanRecord[], sut: SutSpans, runWindow?: RunWindow): { wellFormed: Int32Array; malformed: (Omit<MalformedSpan, 'span'> & { span: number })[] } {
  // While the run goes on (a scenario judged as it ends) clnrm.run has not ended: the caller gives the run so far.
  const run: RunWindow | undefined = runner.find((s) => s.name === 'clnrm.run' && !s.parentSpanId) ?? runWindow;
  const runnerById = new Map(runner.map((s) => [s.spanId, s]));
  const scopes = runnerScopes(runner);

  const wellFormed = new Int32Array(sut.length);
  let n = 0;
  const malformed: (Omit<MalformedSpan, 'span'> & { span: number })[] = [];
  for (let k = 0; k < sut.length; k++) {
    const reasons: string[] = [];
    const scenario = sut.scenario(k);
    const spanId = sut.spanId(k);
    const parentSpanId = sut.parentSpanId(k);
    const startMs = sut.startMs(k);
    const endMs = sut.endMs(k);
    if (parentSpanId === spanId) reasons.push('it is its own parent');
    const uses = sut.uses(k);
    if (uses > 1) reasons.push(`its span id ${spanId} is used by ${uses} spans`);
    if (sut.endMissing(k)) reasons.push('it has no end time');
    else if (endMs < startMs) reasons.push(`it ends ${fmt(startMs - endMs)} before it starts`);
    if (run && (startMs < run.startMs - CLOCK_SLACK_MS || endMs > run.endMs + CLOCK_SLACK_MS)) {
      reasons.push(`its times lie outside the run (starts ${fmt(startMs - run.startMs)}, ends ${fmt(endMs - run.endMs)} after the run's start and end)`);
    }
    const parent = parentSpanId ? runnerById.get(parentSpanId) : undefined;
    if (parent && scenario !== undefined) {
      if (!scopes.get(scenario)?.handedOut.has(parent.spanId)) {
        reasons.push(`its parent is the runner span \`${parent.name}\`, which was never handed to scenario ${scenario}'s containers (TRACEPARENT)`);
      } else if (startMs < parent.startMs - CLOCK_SLACK_MS || endMs > parent.endMs + CLOCK_SLACK_MS) {
        reasons.push(`it does not lie within its parent \`${parent.name}\``);
      }
    }
    const p = sut.sutParent(k);
    if (p !== -1 && p !== k && scenario !== undefined && sut.scenario(p) !== scenario) {
      reasons.push(`its parent \`${sut.name(p)}\` came from ${sut.hasOrigin(p) ? `scenario ${sut.scenario(p)}` : 'no scenario'}`);
    }
    if (reasons.length === 0) wellFormed[n++] = k;
    else malformed.push({ span: k, ...(scenario !== undefined ? { scenario } : {}), reasons });
  }
  return { wellFormed: wellFormed.subarray(0, n), malformed };
}

/** Spans of the system under test in `spans` whose parent is not among them (or that have none). */
export function orphansIn(spans: readonly SpanRecord[]): SpanRecord[] {
  const ids = new Set(spans.map((s) => s.spanId));
  return spans.filter((s) => s.source === 'sut' && (!s.parentSpanId || !ids.has(s.parentSpanId)));
}

/** One line per set-aside span, for messages: `name: reason; reason`. */
export function describeMalformed(m: readonly MalformedSpan[], shown = 3): string {
  const parts = m.slice(0, shown).map((x) => `\`${x.span.name}\` (${x.span.spanId}): ${x.reasons.join('; ')}`);
  return parts.join(' | ') + (m.length > shown ? ` | … ${m.length - shown} more` : '');
}

/** For verdict messages: the malformed spans with one of these names (patterns), set aside and never judged; '' when none. */
export function setAsideNote(names: readonly string[], malformed: readonly MalformedSpan[] | undefined): string {
  const own = (malformed ?? []).filter((m) => names.some((n) => matchesPattern(m.span.name, n)));
  return own.length ? `; ${own.length} malformed span(s) set aside, not judged: ${describeMalformed(own)}` : '';
}
