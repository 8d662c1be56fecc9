/**
 * Reports over several suite files of one `clnrm run` (`--junit PATH`,
 * `--json PATH`): the input they take, and how to make it from a judged suite
 * the same way writeReports does for the per-suite files.
 *
 *   renderJunitAggregate (junit.ts) → one <testsuites>, one <testsuite> per file
 *   renderJsonAggregate  (json.ts)  → { reportVersion, suites: [per-suite report…], totals }
 */
import type { JudgedSuite } from '../validate/judge.js';
import { redactSecrets } from './redact.js';
import { traceFile } from './write.js';

/** One suite file of an aggregate report: the judged suite, secrets already masked, and its trace digest. */
export interface SuiteReportInput {
  judged: JudgedSuite;
  /** Hex SHA-256 of the suite's canonical trace (what `<suite>.trace.sha256` holds). */
  digest: string;
}

/**
 * The aggregate input for a judged suite, as writeReports sees it: secret
 * values masked, and the digest of the masked canonical trace (so it equals
 * the one in the suite's own report files).
 */
export function aggregateEntry(unmasked: JudgedSuite): SuiteReportInput {
  const judged = redactSecrets(unmasked);
  return { judged, digest: traceFile(judged).digest };
}
