/**
 * `clnrm shrink REPORT.json --scenario NAME [--max-runs N]`: the smallest fault
 * plan that still makes a failed scenario fail for the same reason. The suite
 * is loaded and planned again with the report's seed; the scenario's planned
 * injections are then reduced by delta debugging (drop injections), then made
 * milder (halve durations and rates), each candidate run on the engine exactly
 * as `clnrm run` runs it, with the planned injections replaced by the candidate.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LoadError, UsageError } from '../common/errors.js';
import { formatIssue, loadSuiteFile } from '../load/index.js';
import type { PlannedInjection } from '../plan/faults.js';
import { validPlan } from '../plan/plan.js';
import { parseChaosOption, type ChaosSelection } from '../plan/presets.js';
import { boundedTest, ddmin, planKey, planSummary, planToml, soften } from '../plan/shrink.js';
import { reportFiles } from '../report/files.js';
import { replayCommand } from '../report/repetitions.js';
import { createDockerEngine } from '../runtime/docker-engine.js';
import type { Engine } from '../runtime/engine.js';
import type { JudgedScenario } from '../validate/judge.js';
import { planRun, runFiles } from '../run.js';
import type { Outcome } from './exit.js';
import { parseVarOptions } from './files.js';
import { interruptedBy, openInterruptScope } from './interrupt.js';

export interface ShrinkCliOptions {
  scenario?: string;
  maxRuns?: string;
  var?: string[];
  reportDir?: string;
}

export const DEFAULT_MAX_RUNS = 32;

/** Why a scenario failed, as a report and a judged run both tell it: its first failed expectation, or its failure reason. */
export interface FailureReason {
  /** `expectation <kind> at <keyPath>`, or `reason <type>`. */
  readonly key: string;
}

interface ReportScenario {
  name: string;
  outcome: string;
  reason: { type: string } | null;
  verdicts: { kind: string; keyPath: string; passed: boolean }[];
}

/** The failure keys of a scenario: each failed expectation (kind at key path); its reason type when none failed. */
export function failureKeys(s: { outcome: string; reason?: { type: string } | null; verdicts: readonly { kind: string; keyPath: string; passed: boolean }[] }): string[] {
  if (s.outcome === 'pass' || s.outcome === 'skipped') return [];
  const failed = s.verdicts.filter((v) => !v.passed).map((v) => `expectation ${v.kind} at ${v.keyPath}`);
  return failed.length > 0 ? failed : [`reason ${s.reason?.type ?? s.outcome}`];
}

/** What shrink needs of a report.json: the suite file, the seed and the failed scenario; a usage error names what is missing. */
export function readFailedScenario(file: string, scenario: string): { suiteFile: string; seed: number; target: string; scenario: ReportScenario; chaos?: string } {
  let report: { suite?: { file?: unknown }; seed?: unknown; scenarios?: unknown; replay?: { chaos?: unknown } };
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: cannot read the report: ${(err as Error).message}`);
  }
  if (typeof report.suite?.file !== 'string' || typeof report.seed !== 'number' || !Array.isArray(report.scenarios)) {
    throw new UsageError(`${file}: not a clnrm report.json (suite.file, seed and scenarios are needed)`);
  }
  const scenarios = report.scenarios as ReportScenario[];
  const found = scenarios.find((s) => s?.name === scenario);
  if (!found) throw new UsageError(`${file}: no scenario \`${scenario}\` (the report has ${scenarios.map((s) => `\`${s.name}\``).join(', ') || 'none'})`);
  const keys = failureKeys(found);
  if (keys.length === 0) throw new UsageError(`${file}: scenario \`${scenario}\` did not fail (outcome ${found.outcome}): there is nothing to shrink`);
  // The run's `--chaos` (replay record) added faults to the plan: the same plan is shrunk.
  const chaos = typeof report.replay?.chaos === 'string' ? report.replay.chaos : undefined;
  return { suiteFile: report.suite.file, seed: report.seed, target: keys[0]!, scenario: found, ...(chaos !== undefined ? { chaos } : {}) };
}

const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function shrinkCommand(reportFile: string, o: ShrinkCliOptions): Promise<Outcome> {
  if (!o.scenario) throw new UsageError('give the failed scenario: --scenario NAME');
  const maxRuns = o.maxRuns === undefined ? DEFAULT_MAX_RUNS : /^\d+$/.test(o.maxRuns) && Number(o.maxRuns) >= 1 ? Number(o.maxRuns) : undefined;
  if (maxRuns === undefined) throw new UsageError(`--max-runs expects an integer ≥ 1, got ${JSON.stringify(o.maxRuns)}`);
  const vars = parseVarOptions(o.var);
  if (typeof vars === 'string') throw new UsageError(vars);
  const failed = readFailedScenario(reportFile, o.scenario);
  if (!existsSync(failed.suiteFile)) throw new UsageError(`${reportFile}: its suite file ${failed.suiteFile} does not exist (run shrink from where the run was started)`);
  const loaded = loadSuiteFile(failed.suiteFile, { vars });
  if (!loaded.ok) throw new LoadError(`cannot shrink: invalid input\n${loaded.issues.map(formatIssue).join('\n')}`);
  const suite = loaded.suite;
  const name = o.scenario;
  const filter = new RegExp(`^${regexEscape(name)}$`);
  const seed = failed.seed;
  let chaos: ChaosSelection | undefined;
  if (failed.chaos !== undefined) {
    const parsed = parseChaosOption(failed.chaos);
    if (typeof parsed === 'string') throw new UsageError(`${reportFile}: the run's --chaos ${failed.chaos} cannot be used again: ${parsed}`);
    chaos = parsed;
  }
  const original = validPlan(planRun([suite], { seed, filter, ...(chaos ? { chaos } : {}) })).suites[0]!.scenarios.find((s) => s.name === name);
  if (!original) throw new UsageError(`${failed.suiteFile}: no scenario \`${name}\` any more`);
  const baseDir = join(o.reportDir ?? suite.report.dir, 'shrink', name.replace(/[^\w.-]+/g, '_'));
  const write = (line: string) => process.stdout.write(`${line}\n`);
  write(`shrinking ${name} of ${failed.suiteFile} (seed ${seed}${failed.chaos !== undefined ? `, --chaos ${failed.chaos}` : ''}): ${original.injections.length} planned injection(s); it failed with ${failed.target}; at most ${maxRuns} runs`);

  const engine = createDockerEngine();
  const interrupt = openInterruptScope(() => ['resources of the shrink runs may be left on the engine: remove them with `clnrm gc`']);
  try {
    await engine.ping();
    let attempt = 0;
    const reports = new Map<string, string>();
    const runCandidate = async (candidate: readonly PlannedInjection[]): Promise<boolean> => {
      if (interrupt.signal.aborted) return false;
      attempt++;
      const reportDir = join(baseDir, `attempt-${attempt}`);
      const judged = await runOnce(engine, suite, { seed, filter, name, candidate, reportDir, signal: interrupt.signal, ...(chaos ? { chaos } : {}) });
      const keys = judged ? failureKeys({ outcome: judged.outcome, reason: judged.reason ?? null, verdicts: judged.verdicts }) : [];
      const same = keys.includes(failed.target);
      write(`  attempt ${attempt}: ${planSummary(candidate)} → ${same ? 'fails the same way' : keys.length > 0 ? `fails otherwise (${keys[0]})` : 'passes'}`);
      if (same) reports.set(planKey(candidate), join(reportDir, reportFiles(suite.name).json));
      return same;
    };
    const bounded = boundedTest(runCandidate, maxRuns, planKey);
    // The original plan first: a failure that does not come back with this seed cannot be shrunk.
    if ((await bounded.run(original.injections)) !== 'fails') {
      write(`the original plan does not fail the same way again (${attempt} run): not shrunk; the failure may depend on more than the seed`);
      return interruptedBy() ? { kind: 'interrupted', signal: interruptedBy()! } : { kind: 'failed' };
    }
    const dropped = await ddmin(original.injections, bounded.run);
    const softened = dropped.exhausted ? dropped : await soften(dropped.result, bounded.run);
    const smallest = softened.result;
    const sig = interruptedBy();
    if (sig) return { kind: 'interrupted', signal: sig };
    write(`smallest failing plan after ${bounded.runs()} run(s)${softened.exhausted ? ` (the bound of ${maxRuns} runs was reached: smaller may exist)` : ''}: ${planSummary(smallest)}`);
    write(`as the scenario's faults in ${failed.suiteFile}:`);
    process.stdout.write(planToml(smallest).replace(/^/gm, '  '));
    const report = reports.get(planKey(smallest));
    if (report) write(`replay: ${replayCommand(report, name)}`);
    return { kind: 'done' };
  } finally {
    interrupt.close();
  }
}

/** One run of the scenario with exactly `candidate` as its injections, through the same path as `clnrm run`. */
async function runOnce(
  engine: Engine,
  suite: Parameters<typeof planRun>[0][number],
  o: { seed: number; filter: RegExp; name: string; candidate: readonly PlannedInjection[]; reportDir: string; signal: AbortSignal; chaos?: ChaosSelection },
): Promise<JudgedScenario | undefined> {
  const plan = planRun([suite], { seed: o.seed, filter: o.filter, injectionsOverride: { [o.name]: o.candidate }, ...(o.chaos ? { chaos: o.chaos } : {}) });
  const summary = await runFiles({
    suites: [suite],
    plan,
    engine,
    runId: `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`,
    seed: o.seed,
    filter: o.filter,
    reportDir: o.reportDir,
    signal: o.signal,
    observer: { warning: (m) => process.stderr.write(`warning: ${m}\n`) },
    strict: Boolean(process.env.CI && process.env.CI !== 'false'),
  });
  return summary.suites[0]?.scenarios.find((s) => s.name === o.name && !s.skipped);
}
