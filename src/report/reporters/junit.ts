import { renderJunit } from '../junit.js';
import type { SuiteFilesReporter } from '../reporter.js';

export const junitFile: SuiteFilesReporter = {
  kind: 'suite-files',
  doc: '<suite>.junit.xml: one test case per scenario, for CI servers',
  format: 'junit',
  files: ({ judged, digest }, names) => [{ name: names.junit, content: renderJunit(judged, digest) }],
};
