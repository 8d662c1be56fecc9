import { consoleReporter } from '../console.js';
import type { LiveReporter } from '../reporter.js';

export const consoleOutput: LiveReporter = {
  kind: 'live',
  doc: 'each scenario\'s verdict as it ends (a status line on a TTY), the judged verdicts of each suite, the totals and how to reproduce a failure',
  create: consoleReporter,
};
