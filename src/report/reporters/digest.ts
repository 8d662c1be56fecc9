import { traceFile } from '../input.js';
import { textPieces } from '../canonical.js';
import type { SuiteFilesReporter } from '../reporter.js';

export const digestFiles: SuiteFilesReporter = {
  kind: 'suite-files',
  doc: '<suite>.trace.json and <suite>.trace.sha256: the canonical trace and its SHA-256, to compare runs',
  format: 'digest',
  files: (input, names) => {
    // A hand-made input may carry the digest alone: the trace is then computed from the masked suite.
    const trace = input.trace ?? traceFile(input.judged).text;
    // Piece by piece: the canonical text of a very large trace is a list of parts, never joined into one string.
    return [
      { name: names.trace, content: typeof trace === 'string' ? trace : { pieces: textPieces(trace) } },
      { name: names.digest, content: `${input.digest}  ${names.trace}\n` },
    ];
  },
};
