import { formatKeyPath, type PathSegments, type Position } from './key-path.js';

export { formatKeyPath };

/** One problem found in a suite file, in TOML terms. A failed load is a list of these, never an exception. */
export interface LoadIssue {
  file: string;
  /** 1-based; absent only when the problem concerns the file as a whole. */
  line?: number;
  column?: number;
  /** TOML key path such as `scenario[1].expect.span[0].attrs`; empty for the file itself. */
  keyPath: string;
  message: string;
  /** How to fix it, when we can say. */
  hint?: string;
  /** Warnings are reported but do not make the file invalid. */
  severity?: 'warning';
}

export function issueAt(file: string, path: PathSegments, at: Position | undefined, message: string, hint?: string): LoadIssue {
  const issue: LoadIssue = { file, keyPath: formatKeyPath(path), message };
  if (at) {
    issue.line = at.line;
    issue.column = at.column;
  }
  if (hint) issue.hint = hint;
  return issue;
}

/** `file:line:col: key path: message (hint)` — one line per issue, for humans. */
export function formatIssue(issue: LoadIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}:${issue.column ?? 1}`;
  const key = issue.keyPath ? ` ${issue.keyPath}:` : '';
  const hint = issue.hint ? `\n    hint: ${issue.hint}` : '';
  const level = issue.severity === 'warning' ? ' warning:' : '';
  return `${where}:${level}${key} ${issue.message}${hint}`;
}
