import { randomBytes } from 'node:crypto';
import { RUN_FILE_REPORTERS } from '../report/reporters/index.js';
import { writeContentTo, writeRunReports } from '../report/write.js';
import { fanOut, selectReporters } from './reporters.js';
import { LoadError, UsageError } from '../common/errors.js';
import { formatIssue, loadSuiteFile, type Suite } from '../load/index.js';
import { planRun, runFiles, type RunSummary } from '../run.js';
import { validPlan, type RunPlan } from '../plan/plan.js';
import { planJson, planText } from '../plan/print.js';
import { parseChaosOption } from '../plan/presets.js';
import type { MonkeyOverrides } from '../plan/monkey.js';
import { maskText, secretList, suiteSecrets } from '../common/secrets.js';
import { createDockerEngine } from '../runtime/docker-engine.js';
import type { Engine } from '../runtime/engine.js';
import { parseVarOptions, resolveFileArgs } from './files.js';
import type { Outcome } from './exit.js';
import { interruptedBy, openInterruptScope } from './interrupt.js';
import { MAX_REPETITIONS, parseSeedRange, type RepeatSelection } from '../plan/repeat.js';
import { repetitionsText } from '../report/repetitions.js';

export interface RunCliOptions {
  jobs?: string;
  failFast?: boolean;
  filter?: string;
  shard?: string;
  seed?: string;
  var?: string[];
  reportDir?: string;
  baseline?: string;
  expectDigest?: string;
  chaos?: string;
  strict?: boolean;
  junit?: string;
  json?: string;
  quiet?: boolean;
  verbose?: boolean;
  otelExporter?: string;
  otelEndpoint?: string;
  /** `--plan` (alias `--dry-run`): print the plan, start nothing. */
  plan?: boolean;
  dryRun?: boolean;
  /** `--format human|json`: how `--plan` prints. */
  format?: string;
  /** `--reporter NAME` (repeatable) and `--outputFile[.NAME] PATH`: see reporters.ts. */
  reporter?: string[];
  outputFile?: string[];
  /** `--repeat N`, `--seeds A..B`, `--until-fail`: seeded repetitions (docs/repeat.md). */
  repeat?: string;
  seeds?: string;
  untilFail?: boolean;
}

/** `--repeat N` or `--seeds A..B` (not both); `--until-fail` only with one of them. */
export function parseRepeatOptions(o: Pick<RunCliOptions, 'repeat' | 'seeds' | 'untilFail' | 'seed'>): RepeatSelection | undefined {
  if (o.repeat !== undefined && o.seeds !== undefined) throw new UsageError('give --repeat or --seeds, not both');
  if (o.seeds !== undefined && o.seed !== undefined) throw new UsageError('--seeds gives every seed of the run: drop --seed');
  if (o.repeat !== undefined) {
    const count = parseIntOption('--repeat', o.repeat, 1)!;
    if (count > MAX_REPETITIONS) throw new UsageError(`--repeat expects at most ${MAX_REPETITIONS}, got ${count}`);
    return { kind: 'count', count };
  }
  if (o.seeds !== undefined) {
    const seeds = parseSeedRange(o.seeds);
    if (typeof seeds === 'string') throw new UsageError(seeds);
    return { kind: 'seeds', seeds };
  }
  if (o.untilFail) throw new UsageError('--until-fail is for repeated runs: give --repeat N or --seeds A..B');
  return undefined;
}

function parseShard(value: string | undefined): { index: number; total: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n, got ${JSON.stringify(value)}`);
  return { index: Number(m[1]), total: Number(m[2]) };
}

/** `--otel-exporter` / `--otel-endpoint`: an endpoint alone means the otlp exporter. */
function parseOtelOptions(o: RunCliOptions): { otelExporter?: 'none' | 'stdout' | 'otlp'; otelEndpoint?: string } {
  const exporter = o.otelExporter ?? (o.otelEndpoint !== undefined ? 'otlp' : undefined);
  if (exporter !== undefined && exporter !== 'none' && exporter !== 'stdout' && exporter !== 'otlp') {
    throw new UsageError(`--otel-exporter expects stdout, otlp or none, got ${JSON.stringify(exporter)}`);
  }
  if (o.otelEndpoint !== undefined) {
    if (exporter !== 'otlp') throw new UsageError(`--otel-endpoint is for the otlp exporter, not --otel-exporter ${exporter}`);
    let url: URL | undefined;
    try {
      url = new URL(o.otelEndpoint);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UsageError(`--otel-endpoint expects an http(s) URL, got ${JSON.stringify(o.otelEndpoint)}`);
  }
  return { ...(exporter ? { otelExporter: exporter } : {}), ...(o.otelEndpoint !== undefined ? { otelEndpoint: o.otelEndpoint } : {}) };
}

function parseIntOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${name} expects an integer ≥ ${min}, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** `--plan --format …`: human (default) or json; only with --plan. */
function parsePlanFormat(o: RunCliOptions): 'human' | 'json' | undefined {
  const planOnly = o.plan === true || o.dryRun === true;
  if (o.format !== undefined && !planOnly) throw new UsageError('--format is for --plan (the run itself prints its results; see --json PATH for a JSON report)');
  if (!planOnly) return undefined;
  const format = o.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`--format expects human or json, got ${JSON.stringify(format)}`);
  return format;
}

/** What `clnrm monkey` adds to a run: its settings, and the plan printed before the run starts. */
export interface RunExtras {
  monkey?: MonkeyOverrides;
  printPlanFirst?: boolean;
  /** How the summary replays a failure, when not `clnrm run FILE --seed N --filter …`. */
  replay?: { args(file: string): string[]; filter: boolean };
  /** `clnrm replay`: checks the plan and the engine's images before anything runs (throws to refuse). */
  preflight?: (plan: RunPlan, engine: Engine) => Promise<void>;
  /** `clnrm replay`: the command's outcome from the run's summary and the run's own outcome. */
  judge?: (summary: RunSummary, outcome: Outcome) => Outcome;
  /** The engine to run on instead of the Docker engine of DOCKER_HOST (scripts/code-cache.mjs: an in-memory one). */
  engine?: Engine;
}

export async function runCommand(args: string[], o: RunCliOptions, extras: RunExtras = {}): Promise<Outcome> {
  const planFormat = parsePlanFormat(o);
  const jobs = parseIntOption('--jobs', o.jobs, 1) ?? 1;
  const seed = parseIntOption('--seed', o.seed, 0);
  const shard = parseShard(o.shard);
  const repeat = parseRepeatOptions(o);
  // Each seed gives its own trace: one expected digest cannot hold for every repetition.
  if (repeat && (o.baseline || o.expectDigest)) throw new UsageError(`${o.baseline ? '--baseline' : '--expect-digest'} compares one run's digest; a repeated run has one per seed (see the repetitions' distinct digests)`);
  if (o.baseline && o.expectDigest) throw new UsageError('give --baseline or --expect-digest, not both');
  let filter: RegExp | undefined;
  try {
    if (o.filter !== undefined) filter = new RegExp(o.filter);
  } catch (err) {
    throw new UsageError(`--filter is not a valid regular expression: ${(err as Error).message}`);
  }
  const chaos = o.chaos === undefined ? undefined : parseChaosOption(o.chaos);
  if (typeof chaos === 'string') throw new UsageError(chaos);
  const vars = parseVarOptions(o.var);
  if (typeof vars === 'string') throw new UsageError(vars);
  const otel = parseOtelOptions(o);
  // Checked before anything is loaded: a wrong reporter name is a usage error.
  selectReporters(o);

  const { files, unmatched } = resolveFileArgs(args);
  const problems: string[] = unmatched.map((p) => `${p}: no file matches this pattern`);
  let selected = [...files].sort();
  if (shard) selected = selected.filter((_, i) => i % shard.total === shard.index - 1);
  const suites: Suite[] = [];
  for (const file of selected) {
    const loaded = loadSuiteFile(file, { vars });
    if (loaded.ok) {
      suites.push(loaded.suite);
      for (const w of loaded.warnings) process.stderr.write(`${formatIssue(w)}\n`);
    } else {
      problems.push(...loaded.issues.map(formatIssue));
    }
  }
  // Bad files end the command before anything runs.
  if (problems.length > 0) throw new LoadError(`cannot run: invalid input\n${problems.join('\n')}`);
  if (suites.length === 0) {
    process.stdout.write(`nothing to run: shard ${o.shard} has no files\n`);
    return { kind: 'empty-shard' };
  }

  // The plan is made before any engine exists: `--plan` prints it, a run executes it, and a plan with problems stops here.
  const runPlan = planRun(suites, { ...(seed !== undefined ? { seed } : {}), ...(chaos ? { chaos } : {}), ...(filter ? { filter } : {}), ...(extras.monkey ? { monkey: extras.monkey } : {}), ...(repeat ? { repeat } : {}) });
  const printPlan = (format: 'human' | 'json', running = false) => {
    const text = format === 'json' ? `${JSON.stringify(planJson(runPlan), null, 2)}\n` : planText(runPlan, running);
    process.stdout.write(maskText(text, secretList(runPlan.suites.flatMap((s) => suiteSecrets(s.suite)))));
  };
  if (planFormat) {
    printPlan(planFormat);
    return runPlan.problems.length === 0 ? { kind: 'done' } : { kind: 'config' };
  }
  validPlan(runPlan);
  if (extras.printPlanFirst) printPlan('human', true);

  const engine = extras.engine ?? createDockerEngine();
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  // From here a signal stops the run (cleanup first) instead of exiting at once.
  const interrupt = openInterruptScope(() => [
    `resources of run ${runId} may be left on ${engine.endpoint} (docker ps -a --filter label=clnrm.run=${runId})`,
    `remove them with: clnrm gc${process.env.DOCKER_HOST ? ` (with DOCKER_HOST=${process.env.DOCKER_HOST})` : ''}`,
  ]);
  try {
    // The run's first requests go out while the engine answers its ping (runFiles reports the ping's failure
    // first); a preflight talks to the engine itself, so it waits for the answer.
    const answered = engine.ping();
    answered.catch(() => undefined);
    if (extras.preflight) {
      await answered;
      await extras.preflight(runPlan, engine);
    }
    const total = runPlan.suites.reduce((n, s) => n + s.scenarios.filter((sc) => sc.skipped === undefined).length, 0);
    const selection = selectReporters(o, { total, ...(extras.replay ? { replay: extras.replay } : {}) });
    const reporter = fanOut(selection.observers);
    const summary = await runFiles({
      suites,
      plan: runPlan,
      engine,
      runId,
      ...(seed !== undefined ? { seed } : {}),
      jobs,
      failFast: o.failFast ?? false,
      ...(filter ? { filter } : {}),
      ...(o.reportDir ? { reportDir: o.reportDir } : {}),
      ...(selection.formats.length > 0 ? { addFormats: selection.formats } : {}),
      ...(o.baseline ? { baselineDir: o.baseline } : {}),
      ...(o.expectDigest ? { expectDigestFile: o.expectDigest } : {}),
      signal: interrupt.signal,
      observer: reporter,
      ...(chaos ? { chaos } : {}),
      // CI systems set CI; there a scenario that checks nothing must not pass quietly.
      strict: o.strict ?? Boolean(process.env.CI && process.env.CI !== 'false'),
      ...(o.untilFail ? { untilFail: true } : {}),
      ...otel,
      replayArgs: { vars, ...(o.chaos !== undefined ? { chaos: o.chaos } : {}), ...(o.filter !== undefined ? { filter: o.filter } : {}) },
      engineAnswered: answered,
    });
    reporter.summary(summary);
    if (summary.repetitions) process.stdout.write(repetitionsText(summary.repetitions));
    // Aggregates over every file of the run, for CI systems that want one file.
    const toFiles = Object.fromEntries(Object.entries(selection.runFiles).filter(([, path]) => path !== '-'));
    await writeRunReports(summary.reportInputs, toFiles);
    // `--reporter json` without a path: the report on stdout, as vitest does.
    for (const r of RUN_FILE_REPORTERS) if (selection.runFiles[r.option] === '-') await writeContentTo(process.stdout, r.render(summary.reportInputs));
    const sig = interruptedBy();
    if (sig) return { kind: 'interrupted', signal: sig };
    const ran = summary.passed + summary.failed + summary.errors;
    if (ran === 0) {
      process.stdout.write('no scenario ran (check --filter)\n');
      return { kind: 'nothing-ran' };
    }
    const outcome: Outcome = summary.failed + summary.errors + summary.leaks + summary.digestMismatches > 0 ? { kind: 'failed' } : { kind: 'passed' };
    return extras.judge ? extras.judge(summary, outcome) : outcome;
  } finally {
    interrupt.close();
  }
}
