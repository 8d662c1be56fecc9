/**
 * The reporter seam: every output of a run (the console, each suite's report
 * files, the reports over the whole run) is one reporter, one file in
 * reporters/ and one line of the registry (reporters/index.ts).
 *
 *   scenario-files  per scenario, once its steps ended (before cleanup), files under
 *                   <report dir>/artifacts/<suite>/<scenario>/, picked by its `artifacts.collect`
 *   suite-files  per judged suite, files in the report directory, picked by `[report] formats`
 *   run-file     after the run, one file over every suite, at the path of a `clnrm run` option
 *   live         observes the run while it goes (RunObserver hooks) and prints the summary
 */
import type { ScenarioSpec, Suite } from '../load/index.js';
import type { StepResult } from '../runtime/results.js';
import type { FileContent, ReportFileNames } from './files.js';
import type { SuiteReportInput } from './input.js';
import type { RunObserver, RunSummary } from './observer.js';

/** A `[report] formats` entry. */
export type ReportFormat = Suite['report']['formats'][number];

/** One file of a suite's reports: its name in the report directory and its content. */
export interface ReportFile {
  name: string;
  content: FileContent;
}

export interface ScenarioFilesReporter {
  kind: 'scenario-files';
  doc: string;
  /** The `artifacts.collect` entry that selects it. */
  artifact: ScenarioSpec['artifacts'][number];
  /** Files of one scenario, named relative to its artifacts directory; `secrets` are masked in them. */
  files(steps: readonly StepResult[], secrets: readonly string[]): ReportFile[];
}

export interface SuiteFilesReporter {
  kind: 'suite-files';
  /** One line: what the files are for. */
  doc: string;
  format: ReportFormat;
  files(input: SuiteReportInput, names: ReportFileNames): ReportFile[];
}

export interface RunFileReporter {
  kind: 'run-file';
  doc: string;
  /** The `clnrm run` option that gives the file's path (`--junit PATH`). */
  option: 'junit' | 'json';
  /** The file's content (pieces when it may be longer than one string: spans inline of a very large trace). */
  render(inputs: readonly SuiteReportInput[]): FileContent;
}

export interface LiveOptions {
  quiet?: boolean;
  verbose?: boolean;
  out?: NodeJS.WritableStream;
  /** Scenarios the run will start (those --filter keeps), for the progress shown on a TTY. */
  total?: number;
  /** How the summary replays a failure (default: `clnrm run FILE --seed N --filter …`). */
  replay?: { args(file: string): string[]; filter: boolean };
  /** Environment read for NO_COLOR / FORCE_COLOR / TERM (default: process.env). */
  env?: Record<string, string | undefined>;
}

export interface LiveReporter {
  kind: 'live';
  doc: string;
  create(options: LiveOptions): RunObserver & { summary(s: RunSummary): void };
}

export type Reporter = ScenarioFilesReporter | SuiteFilesReporter | RunFileReporter | LiveReporter;
