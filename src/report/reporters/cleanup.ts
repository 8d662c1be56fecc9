import { renderCleanupReport } from '../cleanup.js';
import type { SuiteFilesReporter } from '../reporter.js';

export const cleanupFile: SuiteFilesReporter = {
  kind: 'suite-files',
  doc: '<suite>.cleanup.json: what cleanup removed, and what it left behind',
  format: 'cleanup',
  files: ({ judged }, names) => [{ name: names.cleanup, content: renderCleanupReport(judged) }],
};
