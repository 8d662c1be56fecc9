/**
 * Reports never carry secret values (see common/secrets.ts for which values are
 * secret): they are replaced by `***` wherever they appear, by value.
 */
import { MASK, maskDeep, maskText, suiteSecrets } from '../common/secrets.js';
import type { JudgedSuite } from '../validate/judge.js';
import { rowsList, rowsOf } from '../telemetry/span-table.js';

/** Secret values to mask: the suite's (marked, or named like secrets in `[vars]`, `--var` and env tables) and the process environment's. */
export function secretValues(judged: JudgedSuite, env: Record<string, string | undefined> = process.env): string[] {
  return suiteSecrets(judged.run.suite, env);
}

export { maskText, MASK, suiteSecrets };

/**
 * A copy of the judged suite with every secret value masked in every string of
 * the results, verdicts, forgeries and spans (attributes, events, status, resource);
 * the suite model is kept as loaded. The original is untouched.
 */
export function redactSecrets(judged: JudgedSuite, secrets: readonly string[] = secretValues(judged)): JudgedSuite {
  if (secrets.length === 0) return judged;
  const { run, ...rest } = judged;
  const { suite, ...runRest } = run;
  // A very large trace kept as a SpanTable is masked span by span as it is read, never copied whole.
  const rows = rowsOf(judged.spans);
  if (rows) {
    const { spans: _spans, ...others } = rest;
    return { ...maskDeep(others, secrets), spans: rowsList(rows, (s) => maskDeep(s, secrets)), run: { ...maskDeep(runRest, secrets), suite } } as JudgedSuite;
  }
  return { ...maskDeep(rest, secrets), run: { ...maskDeep(runRest, secrets), suite } } as JudgedSuite;
}
