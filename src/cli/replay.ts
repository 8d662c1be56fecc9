/**
 * `clnrm replay REPORT.json [--scenario NAME]`: runs a suite again exactly as a
 * report recorded it (docs/replay.md). Before anything runs it checks that the
 * suite file, the plan and the images are those of the record, and refuses
 * (status 2) naming every difference; after the run it compares the digest
 * with the recorded one (the scenario's part of the trace with `--scenario`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PlanError, UsageError } from '../common/errors.js';
import { reportSpans } from '../common/report-spans.js';
import { canonicalJson, canonicalTrace, textString, type CanonicalNode } from '../report/canonical.js';
import { parseReplayRecord, replayDifferences, sha256Hex, suiteModelSha256, type ReplayRecord } from '../report/replay-record.js';
import { injectionRecord } from '../plan/plan-record.js';
import type { RunPlan } from '../plan/plan.js';
import type { Engine } from '../runtime/engine.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import type { RunSummary } from '../run.js';
import type { Outcome } from './exit.js';
import { parseVarOptions } from './files.js';
import { runCommand } from './run.js';

export interface ReplayCliOptions {
  scenario?: string;
  var?: string[];
  reportDir?: string;
  jobs?: string;
  quiet?: boolean;
  verbose?: boolean;
}

/** The replay cannot reproduce the recorded run: what differs, one line each. */
export class ReplayRefusedError extends PlanError {
  constructor(report: string, readonly differences: readonly string[]) {
    super(`cannot replay ${report}: it no longer matches what ran\n${differences.map((d) => `  ${d}`).join('\n')}`);
  }
}

interface RecordedReport {
  record: ReplayRecord;
  digest: string;
  exclude: string[];
  spans: SpanRecord[];
}

/** A suite's report.json, or an aggregate one (`--json`) holding exactly one suite. */
function readReport(path: string): RecordedReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const suites = (data as { suites?: unknown[] } | null)?.suites;
  if (Array.isArray(suites)) {
    if (suites.length !== 1) throw new UsageError(`${path} holds the reports of ${suites.length} suites; replay one suite's <suite>.report.json`);
    data = suites[0];
  }
  const record = parseReplayRecord(data);
  if (typeof record === 'string') throw new PlanError(`cannot replay ${path}: it ${record}`);
  const report = data as { digest?: { value?: unknown; exclude?: unknown } };
  let spans: unknown[] | undefined;
  try {
    spans = reportSpans(report, path);
  } catch (err) {
    throw new PlanError(`cannot replay ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (typeof report.digest?.value !== 'string' || !spans) throw new PlanError(`cannot replay ${path}: it has no digest or spans`);
  const exclude = Array.isArray(report.digest.exclude) ? report.digest.exclude.map(String) : [];
  return { record, digest: report.digest.value, exclude, spans: (spans as SpanJson[]).map(spanOf) };
}

type SpanJson = Omit<SpanRecord, 'parentSpanId'> & { parentSpanId: string | null };
const spanOf = (s: SpanJson): SpanRecord => {
  const { parentSpanId, ...rest } = s;
  return { ...rest, ...(parentSpanId ? { parentSpanId } : {}) } as SpanRecord;
};

/** The digest of the whole canonical trace, or of one scenario's subtree of it. */
function digestOf(trace: CanonicalNode[], scenario: string | undefined): string | undefined {
  if (scenario === undefined) return sha256Hex(canonicalJson(trace));
  const node = trace.flatMap((root) => root.children).find((c) => c.name === `clnrm.scenario:${scenario}`);
  return node ? sha256Hex(canonicalJson(node)) : undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function replayCommand(reportPath: string, o: ReplayCliOptions): Promise<Outcome> {
  const { record, digest, exclude, spans } = readReport(reportPath);
  const ran = record.scenarios.map((s) => s.name);
  if (o.scenario !== undefined && !ran.includes(o.scenario)) {
    throw new UsageError(`scenario ${JSON.stringify(o.scenario)} did not run in ${reportPath} (it ran: ${ran.join(', ') || 'none'})`);
  }
  // Only secret variables (masked in the report) may be given again; any other --var would change the run.
  const given = parseVarOptions(o.var);
  if (typeof given === 'string') throw new UsageError(given);
  for (const name of Object.keys(given)) {
    if (!record.secretVars.includes(name)) throw new UsageError(`--var ${name}: replay uses the recorded variables; only secret ones (${record.secretVars.join(', ') || 'none here'}) are given again`);
  }
  const missing = record.secretVars.filter((n) => !(n in given));
  if (missing.length > 0) throw new UsageError(`the report masks the secret variable(s) ${missing.join(', ')}: give them with --var NAME=VALUE`);

  // The suite file first: nothing is loaded from a file that changed.
  if (!existsSync(record.suiteFile)) throw new ReplayRefusedError(reportPath, [`suite file missing: ${record.suiteFile} (replay runs in the directory the run ran in)`]);
  const fileNow = sha256Hex(readFileSync(record.suiteFile));
  if (fileNow !== record.suiteSha256) throw new ReplayRefusedError(reportPath, replayDifferences(record, { suiteSha256: fileNow, suiteModelSha256: '', scenarios: [], imageDigests: new Map() }, []));

  const selected = o.scenario !== undefined ? [o.scenario] : ran;
  const preflight = async (plan: RunPlan, engine: Engine): Promise<void> => {
    const planned = plan.suites[0]!;
    const scenarios = planned.scenarios.filter((s) => s.skipped === undefined).map((s) => ({ name: s.name, injections: s.injections.map(injectionRecord) }));
    const refs = [...new Set(record.images.filter((i) => selected.includes(i.scenario)).map((i) => i.image))];
    const imageDigests = new Map(await Promise.all(refs.map(async (r) => [r, await engine.imageDigest(r)] as const)));
    const differences = replayDifferences(record, { suiteSha256: fileNow, suiteModelSha256: suiteModelSha256(planned.suite), scenarios, imageDigests }, selected);
    if (differences.length > 0) throw new ReplayRefusedError(reportPath, differences);
    process.stdout.write(`replaying ${record.suiteFile} with seed ${record.seed}${o.scenario ? `, scenario ${o.scenario}` : ''}: the file, the fault plan and ${refs.length} image(s) match the report\n`);
  };

  // The whole run: the digest the report states; one scenario: its subtree of the trace rebuilt from the report's spans.
  const recorded = o.scenario === undefined ? digest : digestOf(canonicalTrace(spans, exclude), o.scenario);
  const judge = (summary: RunSummary, outcome: Outcome): Outcome => {
    const input = summary.reportInputs[0];
    if (!input?.trace || summary.interrupted) return outcome;
    const now = o.scenario === undefined ? input.digest : digestOf(JSON.parse(textString(input.trace)) as CanonicalNode[], o.scenario);
    const what = o.scenario === undefined ? 'trace digest' : `digest of scenario ${o.scenario}`;
    if (now !== undefined && now === recorded) {
      process.stdout.write(`replay: the ${what} ${now} equals the recorded run's\n`);
      return outcome;
    }
    process.stdout.write(`replay: the ${what} differs from the recorded run's: ${recorded ?? '(none)'} → ${now ?? '(none)'}; compare the traces with clnrm diff\n`);
    return outcome.kind === 'passed' ? { kind: 'failed' } : outcome;
  };

  const vars = { ...record.vars, ...given };
  return runCommand(
    [record.suiteFile],
    {
      seed: String(record.seed),
      var: Object.entries(vars).map(([k, v]) => `${k}=${v}`),
      ...(record.chaos !== null ? { chaos: record.chaos } : {}),
      ...(o.scenario !== undefined ? { filter: `^${escapeRegExp(o.scenario)}$` } : record.filter !== null ? { filter: record.filter } : {}),
      reportDir: o.reportDir ?? join(dirname(reportPath), 'replay'),
      ...(o.jobs !== undefined ? { jobs: o.jobs } : {}),
      ...(o.quiet ? { quiet: true } : {}),
      ...(o.verbose ? { verbose: true } : {}),
    },
    { preflight, judge },
  );
}
