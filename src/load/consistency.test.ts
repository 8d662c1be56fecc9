/**
 * `[scenario.expect.consistency]` at load time: its model, the references the schema cannot check
 * (one source of acknowledgements, steps that exist, a reader after every writer, `key` groups), and
 * its always-true forms, each located with the fix.
 */
import { describe, expect, it } from 'vitest';
import { consistencyCeiling, ITEMS_PER_STEP, KEPT_SPANS } from './always-true.js';
import { loadSuiteSource, type LoadIssue } from './index.js';

const FILE = 'kv.clnrm.toml';

const HEAD = `[meta]
name = "kv"

[service.kv]
image = "busybox:1.36"

[[scenario]]
name = "crash"
steps = [
  { name = "write", run = "echo ACK a" },
  { name = "crash", run = "true" },
  { name = "read", run = "echo KEY a" },
]
`;

const table = (body: string) => `${HEAD}\n[scenario.expect.consistency]\n${body}\n`;
const STEPS = `ack_steps = ["write"]\nack_regex = '^ACK (?<key>\\S+)$'`;
const READER = `present_step = "read"\npresent_regex = '^KEY (?<key>\\S+)$'`;

function issuesOf(source: string): LoadIssue[] {
  const r = loadSuiteSource(FILE, source, { env: {} });
  return r.ok ? [] : r.issues;
}

function loc(source: string, needle: string): { line: number; column: number } {
  const index = source.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} not found`);
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('consistency: the model', () => {
  it('an integer count is that count exactly; a table is a bound; expect_failure defaults to false', () => {
    const r = loadSuiteSource(FILE, table(`${STEPS}\n${READER}\nlost = 0\nunexpected = { lte = 2 }`), { env: {} });
    expect(r.ok && r.suite.scenarios[0]!.expect.consistency).toEqual({
      acks: { steps: ['write'], regex: '^ACK (?<key>\\S+)$' },
      present: { step: 'read', regex: '^KEY (?<key>\\S+)$' },
      lost: { eq: 0 },
      unexpected: { lte: 2 },
      expectFailure: false,
    });
  });

  it('acknowledgements from spans', () => {
    const r = loadSuiteSource(FILE, table(`ack_span = "kv.put"\nkey_attr = "kv.key"\n${READER}\nlost = 0\nexpect_failure = true`), { env: {} });
    expect(r.ok && r.suite.scenarios[0]!.expect.consistency).toMatchObject({ acks: { span: 'kv.put', keyAttr: 'kv.key' }, expectFailure: true });
  });
});

interface Case {
  what: string;
  source: string;
  keyPath: string;
  at: string;
  message: RegExp;
  hint: RegExp;
}

const CASES: Case[] = [
  // references
  { what: 'no source of acknowledgements', source: table(`${READER}\nlost = 0`), keyPath: 'scenario[0].expect.consistency', at: '[scenario.expect.consistency]', message: /no source of acknowledged operations/, hint: /ack_steps.*ack_span/ },
  { what: 'both sources', source: table(`${STEPS}\nack_span = "kv.put"\nkey_attr = "kv.key"\n${READER}\nlost = 0`), keyPath: 'scenario[0].expect.consistency', at: '[scenario.expect.consistency]', message: /both steps and spans/, hint: /not both/ },
  { what: 'ack_steps without ack_regex', source: table(`ack_steps = ["write"]\n${READER}\nlost = 0`), keyPath: 'scenario[0].expect.consistency.ack_steps', at: '["write"]', message: /`ack_steps` needs `ack_regex`/, hint: /add `ack_regex`/ },
  { what: 'ack_span without key_attr', source: table(`ack_span = "kv.put"\n${READER}\nlost = 0`), keyPath: 'scenario[0].expect.consistency.ack_span', at: '"kv.put"', message: /needs `key_attr`/, hint: /key_attr/ },
  { what: 'an unknown writer', source: table(`ack_steps = ["writ"]\nack_regex = '^ACK (?<key>\\S+)$'\n${READER}\nlost = 0`), keyPath: 'scenario[0].expect.consistency.ack_steps[0]', at: '"writ"', message: /unknown step `writ`/, hint: /did you mean `write`/ },
  { what: 'an unknown reader', source: table(`${STEPS}\npresent_step = "reed"\npresent_regex = '^KEY (?<key>\\S+)$'\nlost = 0`), keyPath: 'scenario[0].expect.consistency.present_step', at: '"reed"', message: /unknown step `reed`/, hint: /did you mean `read`/ },
  { what: 'the reader is a writer', source: table(`ack_steps = ["write", "read"]\nack_regex = '^ACK (?<key>\\S+)$'\n${READER}\nlost = 0`), keyPath: 'scenario[0].expect.consistency.present_step', at: '"read"\npresent_regex', message: /the reader `read` is also a writer/, hint: /a step of its own/ },
  { what: 'the reader runs before a writer', source: table(`ack_steps = ["write", "read"]\nack_regex = '^ACK (?<key>\\S+)$'\npresent_step = "crash"\npresent_regex = '^KEY (?<key>\\S+)$'\nlost = 0`), keyPath: 'scenario[0].expect.consistency.present_step', at: '"crash"\npresent_regex', message: /runs before the writer step\(s\) `read`/, hint: /after every ack step/ },
  {
    what: 'the reader runs before a fault the writes must survive',
    source: `${HEAD}chaos = [{ type = "kill_container", target = "kv", step = "read", at_ms = 100 }]\n[scenario.expect.consistency]\n${STEPS}\npresent_step = "crash"\npresent_regex = '^KEY (?<key>\\S+)$'\nlost = 0\n`,
    keyPath: 'scenario[0].expect.consistency.present_step',
    at: '"crash"\npresent_regex',
    message: /runs before the step `read` that fault `kill_container` \(scenario\[0\]\.chaos\[0\]\) is anchored to: its listing predates the fault/,
    hint: /after the faults/,
  },
  {
    what: 'a writer with retries',
    source: table(`${STEPS}\n${READER}\nlost = 0`).replace('{ name = "write", run = "echo ACK a" }', '{ name = "write", run = "echo ACK a", retries = { max = 2 } }'),
    keyPath: 'scenario[0].expect.consistency.ack_steps[0]',
    at: '"write"]',
    message: /the writer `write` has `retries`: only its last attempt's output is kept/,
    hint: /remove `retries`/,
  },
  { what: 'a pattern without a key group', source: table(`ack_steps = ["write"]\nack_regex = '^ACK (\\S+)$'\n${READER}\nlost = 0`), keyPath: 'scenario[0].expect.consistency.ack_regex', at: "'^ACK (\\S+)$'", message: /has no group named `key`/, hint: /\(\?<key>/ },
  { what: 'at file level', source: `${HEAD}\n[expect.consistency]\n${STEPS}\n${READER}\nlost = 0\n`, keyPath: 'expect.consistency', at: '[expect.consistency]', message: /reads the steps of one scenario/, hint: /\[scenario\.expect\.consistency\]/ },
  // always true
  { what: 'no bound at all', source: table(`${STEPS}\n${READER}`), keyPath: 'scenario[0].expect.consistency', at: '[scenario.expect.consistency]', message: /always true: no bound on `lost`, `duplicated` or `unexpected`/, hint: /lost = 0/ },
  { what: 'lost = { gte = 0 }', source: table(`${STEPS}\n${READER}\nlost = { gte = 0 }`), keyPath: 'scenario[0].expect.consistency.lost', at: '{ gte = 0 }', message: /always true: every count of lost keys satisfies gte = 0/, hint: /lte = N/ },
  { what: 'lost = { lte = <more than a run can count> }', source: table(`${STEPS}\n${READER}\nlost = { lte = ${ITEMS_PER_STEP} }`), keyPath: 'scenario[0].expect.consistency.lost', at: `{ lte = ${ITEMS_PER_STEP} }`, message: new RegExp(`always true: no run can count more than ${ITEMS_PER_STEP} lost keys`), hint: /lost = 0/ },
  { what: 'unexpected = { gte = 3, lte = 1 } (never true)', source: table(`${STEPS}\n${READER}\nunexpected = { gte = 3, lte = 1 }`), keyPath: 'scenario[0].expect.consistency.unexpected', at: '{ gte = 3', message: /never true/, hint: /bounds/ },
  { what: 'expect_failure with a bound that always holds', source: table(`${STEPS}\n${READER}\nduplicated = { gte = 0 }\nexpect_failure = true`), keyPath: 'scenario[0].expect.consistency.duplicated', at: '{ gte = 0 }', message: /with expect_failure = true the check would never pass/, hint: /lte = N/ },
];

describe('consistency: located load errors', () => {
  it.each(CASES)('$what', (c) => {
    const issues = issuesOf(c.source);
    expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.keyPath).toBe(c.keyPath);
    expect({ line: issue.line, column: issue.column }).toEqual(loc(c.source, c.at));
    expect(issue.message).toMatch(c.message);
    expect(issue.hint).toMatch(c.hint);
  });

  it('bounds some run could miss load', () => {
    for (const bounds of ['lost = 0', 'lost = { lte = 3 }', `lost = { lte = ${ITEMS_PER_STEP - 1} }`, 'duplicated = 0\nunexpected = { lte = 5 }', 'lost = { gte = 1 }']) {
      expect(issuesOf(table(`${STEPS}\n${READER}\n${bounds}`)), bounds).toEqual([]);
    }
  });

  it('the ceiling on lost grows with the writers, and with the spans a run keeps', () => {
    expect(consistencyCeiling({ ack_steps: ['a', 'b'] }, 'lost')).toBe(2 * ITEMS_PER_STEP);
    expect(consistencyCeiling({ ack_span: 'kv.put' }, 'lost', 3)).toBe(KEPT_SPANS + 3 * ITEMS_PER_STEP);
    expect(consistencyCeiling({ ack_span: 'kv.put' }, 'unexpected', 3)).toBe(ITEMS_PER_STEP);
  });
});
