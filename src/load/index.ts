/**
 * load: a `*.clnrm.toml` file → a validated, immutable Suite, or every problem
 * in it, located. Never throws for bad input.
 *
 *   read (size, UTF-8) → parse TOML 1.1 (positions only when asked: toml.ts) → templates → schema → references → always-true checks → build
 */
import { checkAlwaysTrue } from './always-true.js';
import { buildSuite } from './build.js';
import { formatKeyPath, issueAt, type LoadIssue } from './issues.js';
import type { Suite } from './model.js';
import { checkMonkeys } from './monkey.js';
import { checkReferences } from './references.js';
import { checkAgainstDefinition, checkSchema } from './schema.js';
import { fault } from './build.js';
import { applyTemplates, declaredSecrets, varsOf } from './template.js';
import { maskText, registerSecrets, SECRET_NAME, secretList } from '../common/secrets.js';
import { isUtf8 } from 'node:buffer';
import { readSuiteBytes } from './read.js';
import { parseToml, pathKey, TomlSyntaxError, type ParsedToml, type Position } from './toml.js';

export type { LoadIssue } from './issues.js';
export { formatIssue } from './issues.js';
export type * from './model.js';

export { MAX_FILE_BYTES } from './read.js';
export { MAX_NESTING_DEPTH } from './scan.js';

export interface LoadOptions {
  /** `--var name=value` from the command line (wins over the environment and `[vars]`). */
  vars?: Record<string, string>;
  env?: Record<string, string | undefined>;
}

export type LoadResult =
  | { ok: true; suite: Suite; warnings: LoadIssue[] }
  | { ok: false; issues: LoadIssue[] };

/**
 * What `clnrm validate` reports of a file: every issue loading it finds, and for a valid file its number
 * of scenarios. The Suite model is not built: building adds no check (it runs on checked data only),
 * and it was about a tenth of a cold `validate` of 100 files.
 */
export type CheckResult =
  | { ok: true; scenarios: number; warnings: LoadIssue[] }
  | { ok: false; issues: LoadIssue[] };

const fail = (issues: LoadIssue[]): { ok: false; issues: LoadIssue[] } => ({ ok: false, issues });
const fileIssue = (file: string, message: string, hint?: string): LoadIssue => ({ file, keyPath: '', message, ...(hint ? { hint } : {}) });

function readText(file: string): string | LoadIssue {
  const read = readSuiteBytes(file);
  if (!read.ok) return fileIssue(file, read.message, read.hint);
  const bytes = read.bytes;
  if (isUtf8(bytes)) {
    // As TextDecoder does: a leading byte order mark is not text.
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  // Locate the first bad byte for the user.
  const good = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0] ?? '';
  const lines = good.split('\n');
  return {
    file,
    line: lines.length,
    column: (lines[lines.length - 1]?.length ?? 0) + 1,
    keyPath: '',
    message: 'is not valid UTF-8',
    hint: 'TOML files must be UTF-8; re-save the file with UTF-8 encoding',
  };
}

const maskIssues = (issues: LoadIssue[], secrets: readonly string[]): LoadIssue[] =>
  secrets.length === 0 ? issues : issues.map((i) => ({ ...i, message: maskText(i.message, secrets), ...(i.hint ? { hint: maskText(i.hint, secrets) } : {}) }));

/** A source that passed every check, with what building its model needs; or every issue found. */
type Checked = { ok: true; parsed: ParsedToml; secrets: string[]; warnings: LoadIssue[] } | { ok: false; issues: LoadIssue[] };

/** Parses and checks TOML source text; `file` is used only to name locations. */
export function loadSuiteSource(file: string, source: string, options: LoadOptions = {}): LoadResult {
  const checked = checkSource(file, source, options);
  if (!checked.ok) return checked;
  const { parsed, secrets } = checked;
  // Built on the first lookup (a run's verdicts), never by `validate`: positions may not be computed yet.
  let byKeyPath: ((keyPath: string) => Position | undefined) | undefined;
  const locate = (keyPath: string) => (byKeyPath ??= locator(parsed))(keyPath);
  return { ok: true, suite: buildSuite(file, parsed.data, locate, secrets), warnings: checked.warnings };
}

/** The checks of loadSuiteSource, without building the model (see CheckResult). */
export function checkSuiteSource(file: string, source: string, options: LoadOptions = {}): CheckResult {
  const checked = checkSource(file, source, options);
  if (!checked.ok) return checked;
  // The model has one scenario per `[[scenario]]` (the schema requires the list).
  return { ok: true, scenarios: (checked.parsed.data.scenario as unknown[]).length, warnings: checked.warnings };
}

function checkSource(file: string, source: string, options: LoadOptions): Checked {
  if (source.trim() === '') return fail([fileIssue(file, 'is empty', 'run `clnrm init` for a starter suite, or add `[meta]` and a `[[scenario]]`')]);
  let parsed: ParsedToml;
  const text = source.replace(/^\uFEFF/, '');
  try {
    parsed = parseToml(text);
  } catch (err) {
    if (err instanceof TomlSyntaxError) {
      const { keyPath, hint, limit } = err.detail;
      return fail([{ file, line: err.position.line, column: err.position.column, keyPath, message: limit ? err.message : `invalid TOML: ${err.message}`, ...(hint ? { hint } : {}) }]);
    }
    throw err;
  }
  const templateContext = { vars: varsOf(parsed.data), env: options.env ?? process.env, cliVars: options.vars ?? {} };
  const templateIssues = applyTemplates(file, parsed, templateContext, text);
  // Known before any check: a message about a templated value must not show a secret either.
  const secrets = secretList(declaredSecrets(parsed.data, templateContext, (name) => SECRET_NAME.test(name)));
  registerSecrets(secrets);
  const failMasked = (issues: LoadIssue[]) => fail(maskIssues(issues, secrets));
  const schemaIssues = checkSchema(file, parsed);
  const issues = [...templateIssues, ...schemaIssues];
  if (schemaIssues.length > 0) return failMasked(issues);
  const refIssues = checkReferences(file, parsed);
  issues.push(...refIssues, ...checkMonkeys(file, parsed), ...checkAlwaysTrue(file, parsed));
  const errors = issues.filter((i) => i.severity !== 'warning');
  if (errors.length > 0) return failMasked(issues);
  return { ok: true, parsed, secrets, warnings: maskIssues(issues, secrets) };
}

/** Loads one suite file. */
export function loadSuiteFile(file: string, options: LoadOptions = {}): LoadResult {
  const text = readText(file);
  if (typeof text !== 'string') return fail([text]);
  return loadSuiteSource(file, text, options);
}

/** Checks one suite file as loadSuiteFile does, without building the model (see CheckResult). */
export function checkSuiteFile(file: string, options: LoadOptions = {}): CheckResult {
  const text = readText(file);
  if (typeof text !== 'string') return fail([text]);
  return checkSuiteSource(file, text, options);
}

/** Maps the key paths stored in the model back to positions in the file. */
function locator(parsed: ParsedToml): (keyPath: string) => Position | undefined {
  const byKeyPath = new Map<string, Position>();
  for (const [k, p] of parsed.positions) byKeyPath.set(formatKeyPath(JSON.parse(k)), p);
  return (keyPath) => byKeyPath.get(keyPath);
}

export { issueAt, pathKey };

/** A JSON array of faults (for `--chaos custom:FILE.json`) → fault specs, or one message naming every problem. */
export function checkFaultList(file: string, data: unknown): import('./model.js').FaultSpec[] | string {
  if (!Array.isArray(data)) return `${file}: expected a JSON array of fault objects like {"type": "cpu_throttle", "cpu_percent": 20}`;
  const problems = data.flatMap((item, i) =>
    checkAgainstDefinition(file, 'fault', item).map((issue) => `${file}: [${i}]${issue.keyPath ? `.${issue.keyPath}` : ''}: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`),
  );
  if (problems.length > 0) return problems.join('\n');
  return data.map((item, i) => fault(item as Record<string, unknown>, `custom[${i}]`));
}
