import { renderJunitAggregate } from '../junit.js';
import type { RunFileReporter } from '../reporter.js';

export const junitRunFile: RunFileReporter = {
  kind: 'run-file',
  doc: '--junit PATH: one JUnit XML file, one <testsuite> per suite file of the run',
  option: 'junit',
  render: renderJunitAggregate,
};
