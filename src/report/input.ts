/**
 * The one input every report of a suite is made from, computed once per suite:
 * the judged suite with secret values masked, its canonical trace (exactly the
 * RFC 8785 bytes of `<suite>.trace.json`) and the SHA-256 of that trace.
 */
import type { JudgedSuite } from '../validate/judge.js';
import { textDigest, type Text } from './canonical.js';
import { canonicalText } from './canonical-large.js';
import { redactSecrets } from './redact.js';
import type { ReplayRecord } from './replay-record.js';

/** A baseline report as read from disk: where it came from and its parsed JSON (checked field by field when used). */
export interface BaselineReport {
  source: string;
  report: unknown;
}

export interface SuiteReportInput {
  /** The judged suite, secret values masked. */
  judged: JudgedSuite;
  /** Hex SHA-256 of the suite's canonical trace (what `<suite>.trace.sha256` holds). */
  digest: string;
  /**
   * The canonical trace's JSON (what `<suite>.trace.json` holds): one string, or a list of
   * parts for a trace longer than one string may be (textString joins a small one);
   * absent in hand-made inputs of aggregate reports.
   */
  trace?: Text;
  /** The baseline run's report (`--baseline DIR`: DIR/<suite>.report.json), when there is one: the HTML report diffs against it. */
  baseline?: BaselineReport;
  /** What `clnrm replay` needs (report.json's `replay`); absent for suites not read from a file. */
  replay?: ReplayRecord;
  /** A repeated run's statistics (`--repeat`, `--seeds`): the `repetitions` section of the first repetition's report.json. */
  repetitions?: readonly unknown[];
  /** One of several repetitions of the suite (`--repeat`, `--seeds`): JUnit names its testsuite with the seed. */
  repeated?: boolean;
}

/** The canonical trace file's content (its text, written piece by piece) and its digest (the SHA-256 of exactly that content). */
export function traceFile(j: JudgedSuite): { text: Text; digest: string } {
  // Over the masked spans, so the digest a run compares equals the one it writes.
  const text = canonicalText(redactSecrets(j).spans, j.run.suite.determinism.digestExclude);
  return { text, digest: textDigest(text) };
}

/** The report input of a judged suite: secrets masked, and the digest of the masked canonical trace. */
export function suiteReportInput(unmasked: JudgedSuite): SuiteReportInput {
  const judged = redactSecrets(unmasked);
  const text = canonicalText(judged.spans, judged.run.suite.determinism.digestExclude);
  return { judged, digest: textDigest(text), trace: text };
}
