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

/**
 * Splits spans of the system under test (forgeries already removed) into the
 * well-formed and the malformed. Origin rules apply to spans that have an
 * origin (a run); a saved trace (`clnrm analyze`) has none.
 */
export function findMalformed(runner: readonly SpanRecord[], sut: readonly SpanRecord[], runWindow?: RunWindow): { wellFormed: SpanRecord[]; malformed: MalformedSpan[] } {
  // While the run goes on (a scenario judged as it ends) clnrm.run has not ended: the caller gives the run so far.
  const run: RunWindow | undefined = runner.find((s) => s.name === 'clnrm.run' && !s.parentSpanId) ?? runWindow;
  const runnerById = new Map(runner.map((s) => [s.spanId, s]));
  const scopes = runnerScopes(runner);
  const idCount = new Map<string, number>();
  for (const s of sut) idCount.set(s.spanId, (idCount.get(s.spanId) ?? 0) + 1);
  const sutById = new Map(sut.map((s) => [s.spanId, s]));

  const wellFormed: SpanRecord[] = [];
  const malformed: MalformedSpan[] = [];
  for (const s of sut) {
    const reasons: string[] = [];
    const scenario = s.origin?.scenario;
    if (s.parentSpanId === s.spanId) reasons.push('it is its own parent');
    const uses = idCount.get(s.spanId) ?? 0;
    if (uses > 1) reasons.push(`its span id ${s.spanId} is used by ${uses} spans`);
    if (s.endMissing) reasons.push('it has no end time');
    else if (s.endMs < s.startMs) reasons.push(`it ends ${fmt(s.startMs - s.endMs)} before it starts`);
    if (run && (s.startMs < run.startMs - CLOCK_SLACK_MS || s.endMs > run.endMs + CLOCK_SLACK_MS)) {
      reasons.push(`its times lie outside the run (starts ${fmt(s.startMs - run.startMs)}, ends ${fmt(s.endMs - run.endMs)} after the run's start and end)`);
    }
    const parent = s.parentSpanId ? runnerById.get(s.parentSpanId) : undefined;
    if (parent && scenario !== undefined) {
      if (!scopes.get(scenario)?.handedOut.has(parent.spanId)) {
        reasons.push(`its parent is the runner span \`${parent.name}\`, which was never handed to scenario ${scenario}'s containers (TRACEPARENT)`);
      } else if (s.startMs < parent.startMs - CLOCK_SLACK_MS || s.endMs > parent.endMs + CLOCK_SLACK_MS) {
        reasons.push(`it does not lie within its parent \`${parent.name}\``);
      }
    }
    const sutParent = s.parentSpanId ? sutById.get(s.parentSpanId) : undefined;
    if (sutParent && sutParent !== s && scenario !== undefined && sutParent.origin?.scenario !== scenario) {
      reasons.push(`its parent \`${sutParent.name}\` came from ${sutParent.origin ? `scenario ${sutParent.origin.scenario}` : 'no scenario'}`);
    }
    if (reasons.length === 0) wellFormed.push(s);
    else malformed.push({ span: s, ...(scenario !== undefined ? { scenario } : {}), reasons });
  }
  return { wellFormed, malformed };
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
