/**
 * Writes the report files: a suite's into its report directory, after it is
 * judged, and the files over the whole run at the paths the CLI was given.
 * What each file holds is its reporter's (reporters/); every file is written
 * atomically (files.ts).
 *
 *   json    → <suite>.report.json
 *   junit   → <suite>.junit.xml
 *   digest  → <suite>.trace.json (canonical trace, exactly its RFC 8785 bytes)
 *             <suite>.trace.sha256 (`<hex>  <suite>.trace.json`, checkable with `sha256sum -c`)
 *   cleanup → <suite>.cleanup.json
 *   html    → <suite>.html, and index.html in each report directory of a multi-suite run
 *   logs    → artifacts/<suite>/<scenario>/<step>.stdout.log, .stderr.log (during the run)
 */
import { ReportError } from '../common/errors.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JudgedSuite } from '../validate/judge.js';
import { contentString, reportFiles, writeAtomic } from './files.js';
import { suiteReportInput, type SuiteReportInput } from './input.js';
import { renderRunIndexHtml } from './html/index-page.js';
import type { ReportFormat, RunFileReporter } from './reporter.js';
import { RUN_FILE_REPORTERS, SCENARIO_FILE_REPORTERS, SUITE_FILE_REPORTERS } from './reporters/index.js';
import { suiteSecrets } from './redact.js';
import type { ScenarioSpec, Suite } from '../load/index.js';
import type { StepResult } from '../runtime/results.js';

export { contentString, reportFiles, writeAtomic, writeContentTo, type FileContent } from './files.js';
export { traceFile } from './input.js';
export type { ReportFormat } from './reporter.js';

export const ALL_FORMATS: readonly ReportFormat[] = SUITE_FILE_REPORTERS.map((r) => r.format);

/**
 * Writes the files of a scenario's `artifacts.collect` entries, during the run
 * (its steps ended, cleanup not begun); returns their paths. Secrets are masked
 * here too: these files exist before any report.
 */
export function writeScenarioFiles(ctx: { suite: Suite; scenario: ScenarioSpec; steps: readonly StepResult[]; reportDir: string }): string[] {
  const selected = SCENARIO_FILE_REPORTERS.filter((r) => ctx.scenario.artifacts.includes(r.artifact));
  if (selected.length === 0) return [];
  const base = join(ctx.reportDir, 'artifacts', ctx.suite.name, ctx.scenario.name);
  mkdirSync(base, { recursive: true });
  const secrets = suiteSecrets(ctx.suite);
  const written: string[] = [];
  for (const { name, content } of selected.flatMap((r) => r.files(ctx.steps, secrets))) {
    const path = join(base, name);
    writeFileSync(path, contentString(content));
    written.push(path);
  }
  return written;
}

/** Writes the selected reports of one suite; returns the paths written, in format order. */
export async function writeSuiteReports(input: SuiteReportInput, dir: string, formats: readonly ReportFormat[] = ALL_FORMATS): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = reportFiles(input.judged.run.suite.name);
  const files = SUITE_FILE_REPORTERS.filter((r) => formats.includes(r.format)).flatMap((r) => r.files(input, names));
  // The files are independent: written at once (each through its own temporary file), reported in order;
  // every write settles before the first failure (in that order) is thrown, so none is left half-done behind it.
  const paths = files.map(({ name }) => join(dir, name));
  const settled = await Promise.allSettled(files.map(({ content }, i) => writeAtomic(paths[i]!, content)));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return paths;
}

/** Writes the selected reports of a judged suite (secrets are masked here); returns the paths written. */
export async function writeReports(unmasked: JudgedSuite, dir: string, formats: readonly ReportFormat[] = ALL_FORMATS): Promise<string[]> {
  return writeSuiteReports(suiteReportInput(unmasked), dir, formats);
}

/** Writes the reports over every suite of the run whose option was given a path (`--junit PATH`, `--json PATH`). */
export async function writeRunReports(inputs: readonly SuiteReportInput[], paths: Partial<Record<RunFileReporter['option'], string>>): Promise<string[]> {
  const written: string[] = [];
  for (const reporter of RUN_FILE_REPORTERS) {
    const path = paths[reporter.option];
    if (!path) continue;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeAtomic(path, reporter.render(inputs));
    } catch (err) {
      throw new ReportError(`cannot write ${path}: ${(err as Error).message}`, { cause: err });
    }
    written.push(path);
  }
  return written;
}

/** Writes `index.html` into each report directory of a multi-suite run, linking the `<suite>.html` pages written there; returns the paths. */
export async function writeRunIndexes(pages: readonly { input: SuiteReportInput; dir: string }[]): Promise<string[]> {
  const byDir = new Map<string, SuiteReportInput[]>();
  for (const p of pages) if (p) byDir.set(p.dir, [...(byDir.get(p.dir) ?? []), p.input]);
  const written: string[] = [];
  for (const [dir, inputs] of byDir) {
    const path = join(dir, 'index.html');
    await writeAtomic(path, renderRunIndexHtml(inputs.map((input) => ({ input, href: reportFiles(input.judged.run.suite.name).html }))));
    written.push(path);
  }
  return written;
}
