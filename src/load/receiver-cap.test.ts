/**
 * `[otel] receiver_max_spans`: the OTLP receiver's span cap, set from a suite file. Its default agrees
 * with the schema and the receiver; bad values are refused at their key path; a run takes the largest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SPANS_TOTAL } from '../telemetry/receiver.js';
import { receiverMaxSpansOf } from '../run.js';
import { DEFAULT_RECEIVER_MAX_SPANS } from './build.js';
import { loadSuiteSource, type LoadIssue, type Suite } from './index.js';

const FILE = 'cap.clnrm.toml';

const source = (otel: string) => `[meta]
name = "cap"

[otel]
${otel}

[service.app]
image = "busybox:1.36"

[[scenario]]
name = "s"
run = "true"
`;

function suiteOf(otel: string): Suite {
  const r = loadSuiteSource(FILE, source(otel), { env: {} });
  if (!r.ok) throw new Error(`expected a valid suite, got:\n${JSON.stringify(r.issues, null, 2)}`);
  return r.suite;
}

function onlyIssue(otel: string): LoadIssue {
  const r = loadSuiteSource(FILE, source(otel), { env: {} });
  if (r.ok) throw new Error('expected the suite to be invalid');
  expect(r.issues, JSON.stringify(r.issues, null, 2)).toHaveLength(1);
  return r.issues[0]!;
}

describe('[otel] receiver_max_spans', () => {
  it('defaults to 100 000, the schema\'s default and the receiver\'s own', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/clnrm.schema.json', import.meta.url), 'utf8'));
    expect(schema.properties.otel.properties.receiver_max_spans.default).toBe(100_000);
    expect(DEFAULT_RECEIVER_MAX_SPANS).toBe(100_000);
    expect(DEFAULT_MAX_SPANS_TOTAL).toBe(100_000);
    expect(suiteOf('receiver = true').otel.receiverMaxSpans).toBe(100_000);
  });

  it('takes the value the file sets, up to 20 000 000', () => {
    expect(suiteOf('receiver_max_spans = 250_000').otel.receiverMaxSpans).toBe(250_000);
    expect(suiteOf('receiver_max_spans = 20_000_000').otel.receiverMaxSpans).toBe(20_000_000);
    expect(suiteOf('receiver_max_spans = 1').otel.receiverMaxSpans).toBe(1);
  });

  it('refuses a value above the maximum at its key path', () => {
    expect(onlyIssue('receiver_max_spans = 20_000_001')).toMatchObject({
      keyPath: 'otel.receiver_max_spans',
      line: 5,
      message: 'expected a value at most 20000000, got 20000001',
    });
  });

  it('refuses zero, a negative count, a fraction and a string at its key path', () => {
    for (const bad of ['0', '-5', '1.5', '"1000000"']) {
      const issue = onlyIssue(`receiver_max_spans = ${bad}`);
      expect(issue.keyPath, bad).toBe('otel.receiver_max_spans');
      expect(issue.line, bad).toBe(5);
    }
    expect(onlyIssue('receiver_max_spans = 0').message).toBe('expected a value at least 1, got 0');
  });

  it('refuses a cap beside `receiver = false`, which turns the receiver off', () => {
    expect(onlyIssue('receiver = false\nreceiver_max_spans = 500_000')).toMatchObject({
      keyPath: 'otel.receiver_max_spans',
      message: expect.stringContaining('`[otel] receiver = false` turns the receiver off'),
    });
  });

  it('gives a run of several files the largest cap among them', () => {
    const small = suiteOf('receiver = true');
    const large = suiteOf('receiver_max_spans = 3_000_000');
    expect(receiverMaxSpansOf([small])).toBe(100_000);
    expect(receiverMaxSpansOf([small, large, small])).toBe(3_000_000);
  });
});
