import { consoleReporter } from '../console.js';
import type { LiveReporter } from '../reporter.js';

export const consoleOutput: LiveReporter = {
  kind: 'live',
  doc: 'a line per scenario as it starts and ends, the verdicts of each suite, then the totals',
  create: consoleReporter,
};
