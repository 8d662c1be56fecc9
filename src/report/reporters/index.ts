/**
 * Every reporter, by name. Adding one is a file in this folder and a line
 * here; the writers (../write.ts) and the CLI find it by its kind. The order
 * of the suite-files reporters is the order their files are written and listed.
 */
import type { LiveReporter, Reporter, RunFileReporter, ScenarioFilesReporter, SuiteFilesReporter } from '../reporter.js';
import { cleanupFile } from './cleanup.js';
import { consoleOutput } from './console.js';
import { digestFiles } from './digest.js';
import { htmlFile } from './html.js';
import { dotOutput } from './dot.js';
import { githubAnnotations } from './github.js';
import { jsonRunFile } from './json-run.js';
import { jsonFile } from './json.js';
import { junitRunFile } from './junit-run.js';
import { junitFile } from './junit.js';
import { stepLogs } from './step-logs.js';

export const REPORTERS = {
  console: consoleOutput,
  dot: dotOutput,
  github: githubAnnotations,
  'step-logs': stepLogs,
  json: jsonFile,
  junit: junitFile,
  digest: digestFiles,
  cleanup: cleanupFile,
  html: htmlFile,
  'junit-run': junitRunFile,
  'json-run': jsonRunFile,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;

const all: readonly Reporter[] = Object.values(REPORTERS);

export const LIVE_REPORTERS: readonly LiveReporter[] = all.filter((r): r is LiveReporter => r.kind === 'live');
export const SCENARIO_FILE_REPORTERS: readonly ScenarioFilesReporter[] = all.filter((r): r is ScenarioFilesReporter => r.kind === 'scenario-files');
export const SUITE_FILE_REPORTERS: readonly SuiteFilesReporter[] = all.filter((r): r is SuiteFilesReporter => r.kind === 'suite-files');
export const RUN_FILE_REPORTERS: readonly RunFileReporter[] = all.filter((r): r is RunFileReporter => r.kind === 'run-file');
