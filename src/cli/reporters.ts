/**
 * `--reporter NAME` (repeatable) and `--outputFile[.NAME] PATH`, as vitest has them:
 *
 *   default   the console (the same without --reporter); -q / -v still apply
 *   verbose   the console with every scenario, step and verdict
 *   dot, github, and any other live reporter of the registry, by name
 *   json, junit (and any report over the whole run): one file for the run, at
 *             --outputFile.NAME PATH (or --outputFile PATH, or --json / --junit PATH);
 *             printed on stdout when no path is given
 *   html (and any other per-suite format that is not internal): also written into the report directory
 * The registry's internal parts (the console behind default/verbose, the run files behind
 * json/junit, the digest and cleanup files of `[report] formats`) are not reporters to choose.
 */
import { UsageError } from '../common/errors.js';
import type { RunObserver, RunSummary } from '../report/observer.js';
import type { LiveOptions, ReportFormat, RunFileReporter } from '../report/reporter.js';
import { REPORTERS, RUN_FILE_REPORTERS } from '../report/reporters/index.js';

export type LiveObserver = RunObserver & { summary(s: RunSummary): void };
type RunFileOption = RunFileReporter['option'];

export interface ReporterSelection {
  observers: LiveObserver[];
  /** Reports over the whole run: the path each is written to, or `-` for stdout. */
  runFiles: Partial<Record<RunFileOption, string>>;
  /** Per-suite formats written besides each suite's `[report] formats`. */
  formats: ReportFormat[];
}

export interface ReporterFlags {
  reporter?: string[];
  outputFile?: string[];
  quiet?: boolean;
  verbose?: boolean;
  json?: string;
  junit?: string;
}

export { normalizeOutputFileArgs } from './output-file-args.js';

const ALIASES = ['default', 'verbose'] as const;

/**
 * Registered reporters that are parts of other choices, not choices themselves: the console is
 * `default`/`verbose`, the run files are `json`/`junit`, the digest and cleanup files are
 * `[report] formats` of every suite, and step logs are chosen per scenario by `artifacts.collect`.
 */
export const INTERNAL_REPORTERS: ReadonlySet<string> = new Set(['console', 'digest', 'cleanup', 'junit-run', 'json-run', 'step-logs']);

/** Every name `--reporter` accepts: the console's two modes, the run files' options and every registered reporter that is not internal. */
export function reporterNames(): string[] {
  const registered = Object.keys(REPORTERS).filter((name) => !INTERNAL_REPORTERS.has(name));
  return [...new Set([...ALIASES, ...RUN_FILE_REPORTERS.map((r) => r.option), ...registered])];
}

/** Splits `--outputFile` values into a path per reporter name, and the one path given without a name. */
function parseOutputFiles(values: readonly string[], names: readonly string[]): { byName: Map<string, string>; unnamed?: string } {
  const byName = new Map<string, string>();
  let unnamed: string | undefined;
  for (const v of values) {
    const eq = v.indexOf('=');
    const name = eq > 0 ? v.slice(0, eq) : '';
    if (name && names.includes(name)) byName.set(name, v.slice(eq + 1));
    else if (unnamed === undefined) unnamed = v;
    else throw new UsageError(`--outputFile given twice without a reporter name (${JSON.stringify(unnamed)}, ${JSON.stringify(v)}); use --outputFile.json=PATH, --outputFile.junit=PATH`);
  }
  return { byName, unnamed };
}

export function selectReporters(f: ReporterFlags, live: Omit<LiveOptions, 'quiet' | 'verbose'> = {}): ReporterSelection {
  const names = reporterNames();
  const chosen = f.reporter && f.reporter.length > 0 ? [...new Set(f.reporter.flatMap((r) => r.split(',')).map((r) => r.trim()))] : ['default'];
  for (const n of chosen) {
    if (names.includes(n)) continue;
    const why = INTERNAL_REPORTERS.has(n) ? 'is an internal part of the reports, not a reporter to choose' : 'is not a reporter';
    throw new UsageError(`--reporter ${JSON.stringify(n)} ${why}; use one of ${names.join(', ')}`);
  }
  const outputs = parseOutputFiles(f.outputFile ?? [], names);

  const observers: LiveObserver[] = [];
  const runFiles: Partial<Record<RunFileOption, string>> = {};
  const formats: ReportFormat[] = [];
  // The existing options keep working, with or without --reporter.
  if (f.json) runFiles.json = f.json;
  if (f.junit) runFiles.junit = f.junit;
  const runFileNames = chosen.filter((n) => RUN_FILE_REPORTERS.some((r) => r.option === n)) as RunFileOption[];
  if (outputs.unnamed !== undefined && runFileNames.length !== 1) {
    throw new UsageError(`--outputFile ${JSON.stringify(outputs.unnamed)} without a name needs exactly one of --reporter ${RUN_FILE_REPORTERS.map((r) => r.option).join('/')}; use --outputFile.NAME=PATH`);
  }
  for (const [name, path] of outputs.byName) {
    if (!RUN_FILE_REPORTERS.some((r) => r.option === name)) throw new UsageError(`--outputFile.${name}: the ${name} reporter writes into the report directory (see --report-dir), not to a path of its own`);
    runFiles[name as RunFileOption] = path;
  }
  for (const name of chosen) {
    if (name === 'default' || name === 'verbose') {
      observers.push(REPORTERS.console.create({ ...live, quiet: name === 'default' && (f.quiet ?? false), verbose: name === 'verbose' || (f.verbose ?? false) }));
      continue;
    }
    if (runFileNames.includes(name as RunFileOption)) {
      runFiles[name as RunFileOption] ??= outputs.unnamed ?? '-';
      continue;
    }
    const reporter = (REPORTERS as Record<string, (typeof REPORTERS)[keyof typeof REPORTERS]>)[name]!;
    if (reporter.kind === 'live') observers.push(reporter.create({ ...live, quiet: f.quiet ?? false, verbose: f.verbose ?? false }));
    else if (reporter.kind === 'suite-files') formats.push(reporter.format);
    else if (reporter.kind === 'run-file') runFiles[reporter.option] ??= '-';
  }
  return { observers, runFiles, formats };
}

/** One observer that tells each of `observers`; one that throws does not keep the others from hearing. */
export function fanOut(observers: readonly LiveObserver[]): LiveObserver {
  const each =
    <K extends keyof RunObserver>(hook: K) =>
    (...args: Parameters<NonNullable<RunObserver[K]>>) => {
      for (const o of observers) {
        try {
          (o[hook] as ((...a: unknown[]) => void) | undefined)?.(...args);
        } catch {
          // Reporters report; they never change the run.
        }
      }
    };
  return {
    suiteStart: each('suiteStart'),
    scenarioStart: each('scenarioStart'),
    scenarioEnd: each('scenarioEnd'),
    suiteEnd: each('suiteEnd'),
    orphansRemoved: each('orphansRemoved'),
    // A warning goes to stderr once, not once per reporter.
    warning: (message: string) => {
      const first = observers.find((o) => o.warning);
      if (first) first.warning!(message);
      else process.stderr.write(`clnrm: warning: ${message}\n`);
    },
    summary: (s) => {
      for (const o of observers) o.summary(s);
    },
  };
}
