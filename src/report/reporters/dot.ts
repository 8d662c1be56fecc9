import { dotReporter } from '../dot.js';
import type { LiveReporter } from '../reporter.js';

export const dotOutput: LiveReporter = {
  kind: 'live',
  doc: 'a character per scenario as it ends (. x E), then the failures and the totals',
  create: dotReporter,
};
