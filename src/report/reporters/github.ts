import { githubReporter } from '../github.js';
import type { LiveReporter } from '../reporter.js';

export const githubAnnotations: LiveReporter = {
  kind: 'live',
  doc: 'GitHub Actions annotations (::error file=…,line=…,col=…::) for failed expectations and scenarios, ::warning for vacuous passes',
  create: githubReporter,
};
