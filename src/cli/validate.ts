import { checkSuiteFile, formatIssue, type LoadIssue } from '../load/index.js';
import { UsageError } from '../common/errors.js';
import type { Outcome } from './exit.js';
import { parseVarOptions, resolveFileArgs } from './files.js';

export interface ValidateOptions {
  format?: string;
  var?: string[];
}

interface FileVerdict {
  file: string;
  valid: boolean;
  scenarios?: number;
  issues: LoadIssue[];
}

/** `clnrm validate FILES…`: load and check without an engine. Passed when every file is valid; usage errors throw. */
export async function validateCommand(args: string[], options: ValidateOptions): Promise<Outcome> {
  const format = options.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`--format must be \`human\` or \`json\`, got ${JSON.stringify(format)}`);
  const vars = parseVarOptions(options.var);
  if (typeof vars === 'string') throw new UsageError(vars);

  const { files, unmatched } = resolveFileArgs(args);
  const verdicts: FileVerdict[] = unmatched.map((pattern) => ({
    file: pattern,
    valid: false,
    issues: [{ file: pattern, keyPath: '', message: 'no file matches this pattern', hint: 'check the path; patterns are relative to the working directory' }],
  }));
  for (const file of files) {
    // Every check of a load, without building the model a run needs (see CheckResult).
    const result = checkSuiteFile(file, { vars });
    verdicts.push(
      result.ok
        ? { file, valid: true, scenarios: result.scenarios, issues: result.warnings }
        : { file, valid: false, issues: result.issues },
    );
  }
  const valid = verdicts.every((v) => v.valid);

  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ valid, files: verdicts }, null, 2)}\n`);
  } else {
    const lines: PrintedLine[] = [];
    for (const v of verdicts) {
      for (const issue of v.issues) lines.push({ stream: process.stderr, text: formatIssue(issue) });
      if (v.valid) lines.push({ stream: process.stdout, text: `ok ${v.file} (${v.scenarios} scenario${v.scenarios === 1 ? '' : 's'})` });
    }
    const bad = verdicts.filter((v) => !v.valid).length;
    const errors = verdicts.reduce((n, v) => n + v.issues.filter((i) => i.severity !== 'warning').length, 0);
    lines.push({ stream: process.stdout, text: bad === 0 ? `${verdicts.length} file(s) valid` : `${bad} of ${verdicts.length} file(s) invalid, ${errors} error(s)` });
    printInOrder(lines);
  }
  return valid ? { kind: 'passed' } : { kind: 'failed' };
}

interface PrintedLine {
  stream: NodeJS.WritableStream;
  text: string;
}

/** Prints lines in their order, each run of consecutive lines of one stream in one write (a write per line costs a system call each). */
export function printInOrder(lines: readonly PrintedLine[]): void {
  for (let i = 0; i < lines.length; ) {
    const stream = lines[i]!.stream;
    let text = '';
    for (; i < lines.length && lines[i]!.stream === stream; i++) text += `${lines[i]!.text}\n`;
    stream.write(text);
  }
}
