import { renderJsonReport } from '../json.js';
import type { SuiteFilesReporter } from '../reporter.js';

export const jsonFile: SuiteFilesReporter = {
  kind: 'suite-files',
  doc: '<suite>.report.json: everything about the run, for scripts and dashboards',
  format: 'json',
  files: ({ judged, digest, replay, repetitions }, names) => [{ name: names.json, content: renderJsonReport(judged, digest, replay, repetitions) }],
};
