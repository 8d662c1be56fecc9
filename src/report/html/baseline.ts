/**
 * The baseline of the HTML report's diff view: the `<suite>.report.json` of an
 * earlier run, found in the `--baseline` directory beside its
 * `<suite>.trace.sha256`. Compared: the digest, each scenario's outcome, each
 * verdict (by scenario and key path) and the canonical trace (as `clnrm diff`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttrValue, SpanRecord } from '../../telemetry/span-record.js';
import { reportSpans } from '../../common/report-spans.js';
import { canonicalTrace, textString, type CanonicalNode } from '../canonical.js';
import { diffTraces, formatDiff } from '../diff.js';
import type { BaselineReport, SuiteReportInput } from '../input.js';

export type { BaselineReport } from '../input.js';
import { jsonReport } from '../json.js';
import { reportStem } from '../summary.js';

export interface BaselineDiff {
  source: string;
  digest: { baseline: string | null; current: string; matches: boolean };
  outcomes: { scenario: string; baseline: string | null; current: string | null }[];
  verdicts: { scenario: string; keyPath: string; description: string; baseline: boolean | null; current: boolean | null }[];
  /** One line per trace difference (`+` added, `-` removed, `>` moved, `~` changed). */
  trace: string[];
  /** Why part of the comparison could not be made (a field missing from the baseline). */
  problems: string[];
}

/** The baseline report of a suite in `dir`, or undefined when there is none; a file that is not JSON is an error naming it. */
export function readBaselineReport(dir: string, suiteName: string): BaselineReport | undefined {
  const source = join(dir, `${reportStem(suiteName)}.report.json`);
  if (!existsSync(source)) return undefined;
  try {
    return { source, report: JSON.parse(readFileSync(source, 'utf8')) as unknown };
  } catch (err) {
    throw new Error(`baseline report ${source} is not JSON: ${(err as Error).message}`, { cause: err });
  }
}

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : undefined);
const list = (v: unknown): Loose[] => (Array.isArray(v) ? v.map(obj).filter((x): x is Loose => x !== undefined) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A report.json span back as a span record (what the canonical trace is computed from). */
function spanOf(s: Loose): SpanRecord | undefined {
  const spanId = str(s['spanId']);
  const name = str(s['name']);
  if (!spanId || !name) return undefined;
  const parent = str(s['parentSpanId']);
  return {
    traceId: str(s['traceId']) ?? '',
    spanId,
    ...(parent ? { parentSpanId: parent } : {}),
    name,
    kind: (str(s['kind']) ?? 'internal') as SpanRecord['kind'],
    status: (str(s['status']) ?? 'UNSET') as SpanRecord['status'],
    ...(str(s['statusMessage']) ? { statusMessage: str(s['statusMessage'])! } : {}),
    attributes: (obj(s['attributes']) ?? {}) as Record<string, AttrValue>,
    events: list(s['events']).map((e) => ({ name: str(e['name']) ?? '', timeMs: Number(e['timeMs']) || 0, attributes: (obj(e['attributes']) ?? {}) as Record<string, AttrValue> })),
    startMs: Number(s['startMs']) || 0,
    endMs: Number(s['endMs']) || 0,
    resource: (obj(s['resource']) ?? {}) as Record<string, AttrValue>,
    source: s['source'] === 'sut' ? 'sut' : 'runner',
  };
}

const verdictKey = (scenario: string, keyPath: string) => `${scenario}\u0000${keyPath}`;

function verdictsOf(report: Loose): Map<string, { scenario: string; keyPath: string; description: string; passed: boolean }> {
  const out = new Map<string, { scenario: string; keyPath: string; description: string; passed: boolean }>();
  const add = (scenario: string, v: Loose) => {
    const keyPath = str(v['keyPath']);
    if (keyPath) out.set(verdictKey(scenario, keyPath), { scenario, keyPath, description: str(v['description']) ?? '', passed: v['passed'] === true });
  };
  for (const s of list(report['scenarios'])) for (const v of list(s['verdicts'])) add(str(s['name']) ?? '', v);
  for (const v of list(report['fileVerdicts'])) add('(file)', v);
  return out;
}

/** The differences from the baseline report to this run's. */
export function baselineDiff(input: SuiteReportInput, baseline: BaselineReport): BaselineDiff {
  const problems: string[] = [];
  const base = obj(baseline.report) ?? {};
  if (!obj(baseline.report)) problems.push('the baseline is not a report object');
  // Outcomes and verdicts only: the spans are compared through the canonical traces below.
  const current = jsonReport(input.judged, input.digest, undefined, undefined, 'omitted');
  const baseDigest = str(obj(base['digest'])?.['value']) ?? null;
  if (baseDigest === null) problems.push('the baseline has no digest');

  const baseOutcomes = new Map(list(base['scenarios']).map((s) => [str(s['name']) ?? '', str(s['outcome']) ?? null]));
  const curOutcomes = new Map(current.scenarios.map((s) => [s.name, s.outcome as string]));
  const outcomes = [...new Set([...curOutcomes.keys(), ...baseOutcomes.keys()])]
    .map((scenario) => ({ scenario, baseline: baseOutcomes.get(scenario) ?? null, current: curOutcomes.get(scenario) ?? null }))
    .filter((o) => o.baseline !== o.current);

  const baseVerdicts = verdictsOf(base);
  const curVerdicts = verdictsOf(JSON.parse(JSON.stringify(current)) as Loose);
  const verdicts = [...new Set([...curVerdicts.keys(), ...baseVerdicts.keys()])]
    .map((k) => {
      const b = baseVerdicts.get(k);
      const c = curVerdicts.get(k);
      const any = (c ?? b)!;
      return { scenario: any.scenario, keyPath: any.keyPath, description: any.description, baseline: b ? b.passed : null, current: c ? c.passed : null };
    })
    .filter((v) => v.baseline !== v.current);

  let trace: string[] = [];
  let baseSpans: SpanRecord[] = [];
  try {
    baseSpans = list(reportSpans(base, baseline.source)).map(spanOf).filter((s): s is SpanRecord => s !== undefined);
    if (baseSpans.length === 0) problems.push('the baseline has no spans: the traces are not compared');
  } catch (err) {
    problems.push(`${(err as Error).message}: the traces are not compared`);
  }
  if (baseSpans.length > 0) {
    const exclude = input.judged.run.suite.determinism.digestExclude;
    const currentTrace: CanonicalNode[] = input.trace ? (JSON.parse(textString(input.trace)) as CanonicalNode[]) : canonicalTrace(input.judged.spans, exclude);
    trace = formatDiff(diffTraces(canonicalTrace(baseSpans, exclude), currentTrace));
  }
  return {
    source: baseline.source,
    digest: { baseline: baseDigest, current: input.digest, matches: baseDigest === input.digest },
    outcomes,
    verdicts,
    trace,
    problems,
  };
}
