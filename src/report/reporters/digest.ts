import { traceFile } from '../input.js';
import type { SuiteFilesReporter } from '../reporter.js';

export const digestFiles: SuiteFilesReporter = {
  kind: 'suite-files',
  doc: '<suite>.trace.json and <suite>.trace.sha256: the canonical trace and its SHA-256, to compare runs',
  format: 'digest',
  files: (input, names) => {
    // A hand-made input may carry the digest alone: the trace is then computed from the masked suite.
    const trace = input.trace ?? traceFile(input.judged).json;
    return [
      { name: names.trace, content: trace },
      { name: names.digest, content: `${input.digest}  ${names.trace}\n` },
    ];
  },
};
