/**
 * `[scenario.expect.consistency]`: nothing lost. The operations the system acknowledged (lines of
 * writer steps' stdout, or OK spans of the system under test carrying a key) are compared with the
 * items a reader step lists after recovery:
 *
 * - lost: acknowledged keys the reader does not list,
 * - duplicated: keys the reader lists more than once,
 * - unexpected: keys the reader lists that were never acknowledged.
 *
 * The check judges only what it can trust. A reader that did not run, failed, or whose output was
 * cut, a writer that did not run or whose output was cut, an acknowledging span without its key,
 * and a run that acknowledged nothing at all ("nothing lost" of nothing) are errors, never passes.
 * Spans count only when the judge credited them to this scenario (validate/attribution.ts): the
 * graph a scenario is judged on holds no other span of the system under test.
 */
import type { ConsistencySpec, CountBound } from '../load/index.js';
import type { StepResult } from '../runtime/results.js';
import { setAsideNote } from './attribution.js';
import { describeBound, withinBound, type CheckContext, type ExpectationCheck, type ExpectationType, type Verdict } from './types.js';

export const CONSISTENCY_COUNTS = ['lost', 'duplicated', 'unexpected'] as const;
export type ConsistencyCount = (typeof CONSISTENCY_COUNTS)[number];

/** What the comparison found; keys in the order first seen (acknowledged, then listed). */
export interface Comparison {
  /** Distinct acknowledged keys. */
  acknowledged: number;
  /** Distinct keys the reader listed. */
  present: number;
  lost: string[];
  duplicated: string[];
  unexpected: string[];
}

/** Compares acknowledged keys with the keys a reader listed (each may repeat). */
export function compareKeys(acked: readonly string[], listed: readonly string[]): Comparison {
  const ackedSet = new Set(acked);
  const times = new Map<string, number>();
  for (const k of listed) times.set(k, (times.get(k) ?? 0) + 1);
  return {
    acknowledged: ackedSet.size,
    present: times.size,
    lost: [...ackedSet].filter((k) => !times.has(k)),
    duplicated: [...times].filter(([, n]) => n > 1).map(([k]) => k),
    unexpected: [...times.keys()].filter((k) => !ackedSet.has(k)),
  };
}

/** The `key` group of every line of `text` that matches `regex` (lines without it, or with it empty, give nothing). */
export function keysInLines(text: string, regex: string): string[] {
  const re = new RegExp(regex);
  const keys: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const key = re.exec(line)?.groups?.key;
    if (key !== undefined && key !== '') keys.push(key);
  }
  return keys;
}

/** The keys found, or why the check cannot be judged. */
type Read = { keys: string[]; note?: string } | { error: string };

/** The stdout of a step that must have run; `mustPass`: a failed step's output cannot be trusted (the reader). */
function stepOutput(steps: readonly StepResult[] | undefined, name: string, role: string, mustPass: boolean): { text: string } | { error: string } {
  if (!steps) return { error: `the ${role} step \`${name}\`'s output is known only during a run` };
  const step = steps.find((s) => s.name === name);
  if (!step) return { error: `the ${role} step \`${name}\` did not run` };
  if (mustPass && (step.outcome !== 'pass' || step.expectedFailure)) {
    return { error: `the ${role} step \`${name}\` ${step.expectedFailure ? 'failed (as its expect_failure allows)' : step.outcome === 'error' ? 'ended in an error' : 'failed'}: ${step.message}; a listing it printed cannot be trusted` };
  }
  if (step.stdout.truncatedBytes > 0) {
    return { error: `the ${role} step \`${name}\` printed ${step.stdout.totalBytes} bytes, of which ${step.stdout.truncatedBytes} were cut: keys in the cut part cannot be read (print fewer or shorter lines)` };
  }
  return { text: step.stdout.text };
}

function acknowledged(c: ConsistencySpec, ctx: CheckContext): Read {
  if ('steps' in c.acks) {
    const keys: string[] = [];
    for (const name of c.acks.steps) {
      const out = stepOutput(ctx.steps, name, 'writer', false);
      if ('error' in out) return out;
      keys.push(...keysInLines(out.text, c.acks.regex));
    }
    return { keys };
  }
  const { span, keyAttr } = c.acks;
  // Only spans of the system under test acknowledge writes; the scenario's graph holds only those credited to it.
  const ok = ctx.graph.named(span).filter((s) => s.source === 'sut' && s.status === 'OK');
  const keyless = ok.filter((s) => s.attributes[keyAttr] === undefined);
  if (keyless.length > 0) return { error: `${keyless.length} OK span(s) named \`${span}\` carry no \`${keyAttr}\`: what they acknowledged cannot be checked` };
  return { keys: ok.map((s) => String(s.attributes[keyAttr])), note: setAsideNote([span], ctx.malformed) };
}

const examples = (keys: readonly string[], shown = 5) => (keys.length === 0 ? '' : `: ${keys.slice(0, shown).join(', ')}${keys.length > shown ? `, … (${keys.length - shown} more)` : ''}`);

const WHAT: Record<ConsistencyCount, string> = {
  lost: 'acknowledged keys absent from the listing',
  duplicated: 'keys listed more than once',
  unexpected: 'keys listed but never acknowledged',
};

/** One line with every count and examples of each kind of finding. */
export function describeComparison(r: Comparison): string {
  return [
    `${r.lost.length} of ${r.acknowledged} acknowledged key(s) lost${examples(r.lost)}`,
    `${r.present} listed`,
    `${r.duplicated.length} duplicated${examples(r.duplicated)}`,
    `${r.unexpected.length} unexpected${examples(r.unexpected)}`,
  ].join('; ');
}

/** The bounds declared, in a fixed order. */
const boundsOf = (c: ConsistencySpec): [ConsistencyCount, CountBound][] => CONSISTENCY_COUNTS.flatMap((k) => (c[k] ? [[k, c[k]] as [ConsistencyCount, CountBound]] : []));

export const checkConsistency: ExpectationCheck = (expect, ctx) => {
  const c = expect.consistency;
  if (!c) return [];
  const base = `${ctx.keyPath}.consistency`;
  const bounds = boundsOf(c);
  const source = 'steps' in c.acks ? `lines of ${c.acks.steps.map((s) => `\`${s}\``).join(', ')}` : `OK \`${c.acks.span}\` spans`;
  const verdictKeys: [string, string][] = c.expectFailure
    ? [['expect_failure', `a bound is violated (${bounds.map(([k, b]) => `${k} ${describeBound(b)}`).join(', ')}), acknowledged from ${source}, listed by \`${c.present.step}\``]]
    : bounds.map(([k, b]) => [k, `${k} ${describeBound(b)} (${WHAT[k]}), acknowledged from ${source}, listed by \`${c.present.step}\``]);
  const error = (why: string): Verdict[] =>
    verdictKeys.map(([key, description]) => ({ kind: 'consistency', keyPath: `${base}.${key}`, description, passed: false, error: true, message: `not judged: ${why}` }));

  const acks = acknowledged(c, ctx);
  if ('error' in acks) return error(acks.error);
  const reader = stepOutput(ctx.steps, c.present.step, 'reader', true);
  if ('error' in reader) return error(reader.error);
  if (acks.keys.length === 0) {
    return error(`no acknowledged operation (${source}${'steps' in c.acks ? ` matching /${c.acks.regex}/` : ` with \`${c.acks.keyAttr}\``}): with nothing acknowledged, nothing could be lost${acks.note ?? ''}`);
  }
  const r = compareKeys(acks.keys, keysInLines(reader.text, c.present.regex));
  const found = describeComparison(r) + (acks.note ?? '');
  const counts: Record<ConsistencyCount, number> = { lost: r.lost.length, duplicated: r.duplicated.length, unexpected: r.unexpected.length };
  if (c.expectFailure) {
    const violated = bounds.filter(([k, b]) => !withinBound(counts[k], b));
    const [[key, description]] = verdictKeys as [[string, string]];
    const message = violated.length
      ? `failed as expected: ${violated.map(([k, b]) => `${k} = ${counts[k]}, bound ${describeBound(b)}`).join('; ')}: ${found}`
      : `expected to fail (expect_failure = true), but every bound held: ${found}`;
    return [{ kind: 'consistency', keyPath: `${base}.${key}`, description, passed: violated.length > 0, message }];
  }
  return verdictKeys.map(([key, description], i) => {
    const [k, b] = bounds[i]!;
    return { kind: 'consistency', keyPath: `${base}.${key}`, description, passed: withinBound(counts[k], b), message: `${k} = ${counts[k]}: ${found}` };
  });
};

export const consistencyExpectation: ExpectationType = {
  kind: 'consistency',
  key: 'consistency',
  doc: 'nothing lost: acknowledged operations (writer steps\' stdout lines, or OK spans with a key) against the keys a reader step lists after recovery; bounds on lost, duplicated and unexpected keys',
  declared: (e) => (e.consistency ? (e.consistency.expectFailure ? 1 : boundsOf(e.consistency).length) : 0),
  needsRun: [
    ...CONSISTENCY_COUNTS.map((key) => ({ key, declared: (e: Parameters<ExpectationType['declared']>[0]) => !!e.consistency && !e.consistency.expectFailure && e.consistency[key] !== undefined })),
    { key: 'expect_failure', declared: (e) => !!e.consistency?.expectFailure },
  ],
  needsRunWhy: 'the steps\' output is not in a trace',
  check: checkConsistency,
};
