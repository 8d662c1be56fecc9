/**
 * The one input every report of a suite is made from, computed once per suite:
 * the judged suite with secret values masked, its canonical trace (exactly the
 * RFC 8785 bytes of `<suite>.trace.json`) and the SHA-256 of that trace.
 */
import type { JudgedSuite } from '../validate/judge.js';
import { canonicalTraceText, textDigest, type Text } from './canonical.js';
import { largeCanonicalTraceText } from './canonical-large.js';
import { tableOf, viewMapOf } from '../telemetry/span-table.js';
import type { SpanRecord } from '../telemetry/span-record.js';
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

/**
 * The canonical text of a suite's spans: canonical.ts's, or for a trace kept as a
 * SpanTable (a very large one) canonical-large.ts's, which is the same text made
 * in bounded memory. A masked view of a table (redactSecrets) is read through its
 * mask, span by span (as a list, should the mask touch an id or a name).
 */
function canonicalText(spans: readonly SpanRecord[], exclude: readonly string[]): Text {
  const table = tableOf(spans);
  const large = table && largeCanonicalTraceText(table, exclude, viewMapOf(spans));
  return large ?? canonicalTraceText(spans, exclude, false).text;
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
