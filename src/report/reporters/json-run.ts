import { jsonAggregateContent } from '../json.js';
import type { RunFileReporter } from '../reporter.js';

export const jsonRunFile: RunFileReporter = {
  kind: 'run-file',
  doc: '--json PATH: one JSON report, each suite file\'s report and their totals',
  option: 'json',
  render: jsonAggregateContent,
};
