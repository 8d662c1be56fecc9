import { inlineSpansLimit, renderJsonReport, spanLines } from '../json.js';
import type { SuiteFilesReporter } from '../reporter.js';

export const jsonFile: SuiteFilesReporter = {
  kind: 'suite-files',
  doc: '<suite>.report.json: everything about the run, for scripts and dashboards (its spans in <suite>.spans.ndjson past 100 k spans)',
  format: 'json',
  files: ({ judged, digest, replay, repetitions }, names) => {
    if (judged.spans.length <= inlineSpansLimit()) return [{ name: names.json, content: renderJsonReport(judged, digest, replay, repetitions) }];
    // The spans file first: report.json never names a file that is not there yet.
    return [
      { name: names.spans, content: { pieces: spanLines(judged) } },
      { name: names.json, content: renderJsonReport(judged, digest, replay, repetitions, names.spans) },
    ];
  },
};
