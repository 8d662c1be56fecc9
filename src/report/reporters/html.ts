import { renderSuiteHtml } from '../html/page.js';
import type { SuiteFilesReporter } from '../reporter.js';

export const htmlFile: SuiteFilesReporter = {
  kind: 'suite-files',
  doc: '<suite>.html: a self-contained page with verdicts, the trace waterfall with fault windows and probe samples, KPIs and cleanup',
  format: 'html',
  files: (input, names) => [{ name: names.html, content: renderSuiteHtml(input) }],
};
