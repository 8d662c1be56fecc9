/** `index.html` of a multi-suite run: each suite's outcome, counts and digest, linking to its `<suite>.html`. */
import type { SuiteReportInput } from '../input.js';
import { reportCounts, suiteOutcome } from '../summary.js';
import { duration, esc } from './escape.js';
import { htmlDocument } from './page.js';

export interface IndexEntry {
  input: SuiteReportInput;
  /** The suite's page, relative to the index. */
  href: string;
}

export function renderRunIndexHtml(entries: readonly IndexEntry[]): string {
  const rows = entries.map(({ input, href }) => {
    const j = input.judged;
    const c = reportCounts(j);
    const outcome = suiteOutcome(j);
    return `<tr class="suite" data-outcome="${outcome}"><td><span class="badge ${outcome}">${outcome}</span></td><td><a href="${esc(encodeURI(href))}">${esc(j.run.suite.name)}</a></td><td><code>${esc(j.run.suite.file)}</code></td><td>${c.passed}/${c.scenarios} passed, ${c.failed} failed, ${c.errors} errors</td><td>${esc(duration(j.run.durationMs))}</td><td><code>${esc(j.run.seed)}</code></td><td><code>${esc(input.digest.slice(0, 16))}…</code></td></tr>`;
  });
  const body = `<h1>clnrm run: ${entries.length} suites</h1><table><tr><th></th><th>suite</th><th>file</th><th>scenarios</th><th>took</th><th>seed</th><th>digest</th></tr>${rows.join('')}</table>`;
  return htmlDocument('clnrm run', body);
}
