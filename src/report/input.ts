/**
 * The one input every report of a suite is made from, computed once per suite:
 * the judged suite with secret values masked, its canonical trace (exactly the
 * RFC 8785 bytes of `<suite>.trace.json`) and the SHA-256 of that trace.
 */
import type { JudgedSuite } from '../validate/judge.js';
import { canonicalTraceText, eachPiece, textDigest, type Text } from './canonical.js';
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
  /** The canonical trace's JSON (what `<suite>.trace.json` holds); absent in hand-made inputs of aggregate reports. */
  trace?: string;
  /** The baseline run's report (`--baseline DIR`: DIR/<suite>.report.json), when there is one: the HTML report diffs against it. */
  baseline?: BaselineReport;
  /** What `clnrm replay` needs (report.json's `replay`); absent for suites not read from a file. */
  replay?: ReplayRecord;
  /** A repeated run's statistics (`--repeat`, `--seeds`): the `repetitions` section of the first repetition's report.json. */
  repetitions?: readonly unknown[];
  /** One of several repetitions of the suite (`--repeat`, `--seeds`): JUnit names its testsuite with the seed. */
  repeated?: boolean;
}

function joined(text: Text): string {
  if (typeof text === 'string') return text;
  let out = '';
  eachPiece(text, (p) => (out += p));
  return out;
}

/** The canonical trace file's content and its digest (the SHA-256 of exactly that content). */
export function traceFile(j: JudgedSuite): { json: string; digest: string } {
  // Over the masked spans, so the digest a run compares equals the one it writes.
  const { text } = canonicalTraceText(redactSecrets(j).spans, j.run.suite.determinism.digestExclude, false);
  return { json: joined(text), digest: textDigest(text) };
}

/** The report input of a judged suite: secrets masked, and the digest of the masked canonical trace. */
export function suiteReportInput(unmasked: JudgedSuite): SuiteReportInput {
  const judged = redactSecrets(unmasked);
  const { text } = canonicalTraceText(judged.spans, judged.run.suite.determinism.digestExclude, false);
  return { judged, digest: textDigest(text), trace: joined(text) };
}
