import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Suite } from '../load/index.js';
import type { CapturedText } from '../runtime/output.js';
import type { StepResult } from '../runtime/results.js';
import type { SuiteRun } from '../runtime/suite.js';
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import type { JudgedSuite } from '../validate/judge.js';
import { canonicalJson, canonicalTrace, traceDigest, withTextMaxChars } from './canonical.js';
import { eachLine, reportSpans } from '../common/report-spans.js';
import { parseTraceText } from '../telemetry/trace-file.js';
import { cleanupReport } from './cleanup.js';
import { jsonAggregateContent, jsonReport, renderJsonAggregate, setInlineSpansLimit } from './json.js';
import { contentString } from './files.js';
import { renderJunit, renderJunitAggregate, warmJunit } from './junit.js';
import { suiteReportInput } from './input.js';
import { traceFile, writeReports } from './write.js';

const SCHEMA = fileURLToPath(new URL('../../schemas/junit.xsd', import.meta.url));
const GOLDEN = fileURLToPath(new URL('./__golden__/shop.junit.xml', import.meta.url));
const T0 = 1_750_000_000_000;
const work = mkdtempSync(join(tmpdir(), 'clnrm-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const captured = (text: string, truncatedBytes = 0): CapturedText => ({ text, truncatedBytes, totalBytes: Buffer.byteLength(text) + truncatedBytes });

function spans(): SpanRecord[] {
  const out: SpanRecord[] = [];
  const span = (name: string, parent: SpanRecord | undefined, attributes: Record<string, AttrValue>, start: number, end: number, status: SpanRecord['status'] = 'OK', events: [string, Record<string, AttrValue>?][] = []) => {
    const s: SpanRecord = {
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: (out.length + 1).toString(16).padStart(16, '0'),
      name, kind: 'internal', status, attributes,
      events: events.map(([n, a], i) => ({ name: n, timeMs: T0 + start + i, attributes: a ?? {} })),
      startMs: T0 + start, endMs: T0 + end, resource: { 'service.name': 'clnrm' }, source: 'runner',
    };
    if (parent) s.parentSpanId = parent.spanId;
    out.push(s);
    return s;
  };
  const root = span('clnrm.run', undefined, { 'suite.name': 'shop', 'run.seed': 42 }, 0, 1234, 'ERROR');
  const happy = span('clnrm.scenario:happy', root, { result: 'pass' }, 1, 400);
  span('clnrm.step:curl', happy, { 'exit.code': 0 }, 2, 200);
  const c1 = span('clnrm.cleanup', happy, { 'cleanup.triggered': 'scenario_end', 'cleanup.success': true, 'cleanup.verified': true, 'containers.removed': 2 }, 210, 390, 'OK', [
    ['container.stop', { 'container.name': 'clnrm-r1x9-0-db' }], ['container.stop', { 'container.name': 'clnrm-r1x9-0-api' }],
    ['container.remove', { 'container.name': 'clnrm-r1x9-0-db' }], ['container.remove', { 'container.name': 'clnrm-r1x9-0-api' }],
    ['network.remove', { 'network.name': 'clnrm-r1x9-0' }], ['volume.remove'], ['cleanup.complete'],
  ]);
  span('clnrm.cleanup.concurrent', c1, { 'containers.cleaned': 2, 'cleanup.parallel': true }, 211, 380);
  const broken = span('clnrm.scenario:broken', root, { result: 'fail' }, 1, 1200, 'ERROR');
  const step = span('clnrm.step:boom', broken, { 'exit.code': 1 }, 5, 900, 'ERROR');
  const enforced = span('clnrm.timeout.enforced', step, { 'timeout.ms': 800 }, 805, 900);
  span('clnrm.cleanup', enforced, { 'cleanup.triggered': 'timeout', 'cleanup.success': true, 'processes.remaining': 0 }, 850, 890, 'OK', [['process.kill', { 'processes.count': 3 }], ['cleanup.complete']]);
  span('clnrm.cleanup', enforced, { 'cleanup.triggered': 'timeout', 'cleanup.success': false, 'cleanup.verified': true, 'leaks.count': 1, 'containers.removed': 1 }, 901, 1190, 'ERROR', [
    ['container.remove', { 'container.name': 'clnrm-r1x9-1-step0' }], ['network.remove', { 'network.name': 'clnrm-r1x9-1' }],
  ]);
  return out;
}

function step(name: string, o: Partial<StepResult>): StepResult {
  return { name, outcome: 'pass', message: 'passed', attempts: 1, startedAt: T0 + 2, durationMs: 198, stdout: captured(''), stderr: captured(''), ...o };
}

function judged(): JudgedSuite {
  const suite = {
    file: 'tests/shop.clnrm.toml', name: 'shop', tags: [], services: {}, scenarios: [],
    determinism: { seed: 42, freezeClock: '2025-01-01T00:00:00Z', digestExclude: [] },
    report: { dir: '.clnrm/reports', formats: ['json', 'junit', 'digest', 'cleanup'] },
  } as unknown as Suite;
  const stderr = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
  const run: SuiteRun = {
    suite, seed: 42, runId: 'r1x9', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', startedAt: T0, durationMs: 1234.4, interrupted: false, spans: [],
    scenarios: [],
  };
  const scenarios: JudgedSuite['scenarios'] = [
    {
      name: 'happy', outcome: 'pass', message: 'passed', startedAt: T0 + 1, durationMs: 399, artifacts: [], leaks: [],
      steps: [step('curl', { exitCode: 0, stdout: captured('{"status":"ok"}\n') })],
      verdicts: [{ kind: 'span', keyPath: 'scenario[0].expect.span[0]', description: 'span clnrm.step:curl exists', passed: true, message: 'found 1' }],
    },
    {
      name: 'broken', outcome: 'fail', reason: { type: 'exit_code', exitCode: 1, expected: 0 }, message: `step boom: exit code 1, expected 0 <&"'>`, startedAt: T0 + 1, durationMs: 1199, artifacts: [],
      leaks: [{ kind: 'volume', id: 'vol123', labels: { 'clnrm.run': 'r1x9', 'clnrm.managed': 'true' } }],
      steps: [step('boom', { outcome: 'fail', reason: { type: 'exit_code', exitCode: 1, expected: 0 }, message: 'exit code 1, expected 0', exitCode: 1, attempts: 2, durationMs: 895,
        stdout: captured('start\u0000\u0007 \u001b[31mred\u001b[0m <tag> & "q" \'a\'\r\nend\n', 4096), stderr: captured(stderr) })],
      verdicts: [{ kind: 'status', keyPath: 'scenario[1].expect.status', description: 'every span is OK', passed: false, message: 'clnrm.step:boom is ERROR' }],
    },
    { name: 'engine-down', outcome: 'error', reason: { type: 'engine_error' }, message: 'engine error: connect ENOENT /var/run/docker.sock', startedAt: T0 + 3, durationMs: 10, artifacts: [], leaks: [], steps: [], verdicts: [] },
    { name: 'filtered', outcome: 'pass', skipped: true, message: 'skipped: does not match --filter hap', startedAt: T0, durationMs: 0, artifacts: [], leaks: [], steps: [], verdicts: [] },
  ];
  const fileVerdicts: JudgedSuite['fileVerdicts'] = [
    { kind: 'counts', keyPath: 'expect.counts.spans_total', description: 'spans total ≥ 5', passed: true, message: '11 spans' },
    { kind: 'hermeticity', keyPath: 'expect.hermeticity.no_volume_leakage', description: 'no volume left', passed: false, message: 'volume vol123 left behind' },
  ];
  return { run: { ...run, scenarios }, scenarios, fileVerdicts, forgeries: [], spans: spans(), passed: false };
}

function xmllint(file: string): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    throw new Error('xmllint is not installed: the JUnit schema tests need it (Debian/Ubuntu: apt-get install -y libxml2-utils)');
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** The string value of an XPath expression over a document, as libxml2 reads it (entities and character references resolved). */
function xpathString(file: string, expr: string): string {
  const r = spawnSync('xmllint', ['--xpath', `string(${expr})`, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replace(/\n$/, ''); // xmllint ends what it prints with a newline of its own
}

const digest = traceDigest(judged().spans, []);

describe('JSON report', () => {
  const report = jsonReport(judged());

  it('has a stable key order and null for absent values', () => {
    expect(Object.keys(report)).toEqual(['reportVersion', 'suite', 'seed', 'runId', 'traceId', 'startedAt', 'clockFrozen', 'durationMs', 'interrupted', 'outcome', 'counts', 'scenarios', 'fileVerdicts', 'gameDay', 'forgeries', 'digest', 'replay', 'spans', 'spansFile']);
    expect(Object.keys(report.scenarios[0]!.steps[0]!)).toEqual(['name', 'outcome', 'reason', 'message', 'exitCode', 'attempts', 'expectedFailure', 'durationMs', 'stdout', 'stderr']);
    expect(report.scenarios[0]!.reason).toBeNull();
    expect(report.scenarios[1]!.reason).toEqual({ type: 'exit_code', exitCode: 1, expected: 0 });
    expect(JSON.stringify(jsonReport(judged()))).toBe(JSON.stringify(report));
  });

  it('reports outcome, counts, statuses, leaks, verdicts and the digest', () => {
    expect(report.outcome).toBe('fail');
    expect(report.counts).toEqual({ scenarios: 4, passed: 1, failed: 1, errors: 1, skipped: 1, leaks: 1, unverifiedCleanups: 0, fileExpectations: { passed: 1, failed: 1 } });
    expect(report.scenarios.map((s) => s.outcome)).toEqual(['pass', 'fail', 'error', 'skipped']);
    expect(report.scenarios[1]!.steps[0]!.stdout.truncatedBytes).toBe(4096);
    expect(report.scenarios[1]!.leaks[0]).toEqual({ kind: 'volume', id: 'vol123', labels: { 'clnrm.managed': 'true', 'clnrm.run': 'r1x9' } });
    expect(report.fileVerdicts[1]!.passed).toBe(false);
    expect(report.digest).toEqual({ algorithm: 'sha256', value: digest, exclude: [] });
  });

  it('reports times on the frozen clock', () => {
    expect(report.startedAt).toBe('2025-01-01T00:00:00.000Z');
    const root = report.spans!.find((s) => s.name === 'clnrm.run')!;
    expect(root.startMs).toBe(Date.parse('2025-01-01T00:00:00Z'));
    expect(root.endMs - root.startMs).toBe(1234);
    expect(report.spans!.map((s) => s.startMs)).toEqual([...report.spans!.map((s) => s.startMs)].sort((a, b) => a - b));
  });
});

describe('JUnit report', () => {
  const xml = renderJunit(judged(), digest);

  it("the warm-up a run does while it waits for the engine (a throwaway document) changes no report", () => {
    warmJunit();
    warmJunit();
    expect(renderJunit(judged(), digest)).toBe(xml);
    expect(xml).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('matches the golden file', () => {
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(join(GOLDEN, '..'), { recursive: true });
      writeFileSync(GOLDEN, xml);
    }
    expect(xml).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('validates against schemas/junit.xsd with xmllint', () => {
    const file = join(work, 'shop.junit.xml');
    writeFileSync(file, xml);
    const r = xmllint(file);
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });

  it("names each experiment's KPIs in testsuite properties, valid against schemas/junit.xsd, and none on the testcase", () => {
    const j = judged();
    const kpis = { mttdMs: 1037, availabilityPct: 63.33, samples: { total: 30, healthy: 19 }, faults: { effective: 1, detected: 1, recovered: 0 }, byFaultType: { stop_container: { planned: 2, injected: 2, effective: 1, reverted: 1, recovered: 0 } } };
    const scenarios = j.scenarios.map((s, i) => (i === 0 ? { ...s, kpis } : s));
    const withKpis = renderJunit({ ...j, run: { ...j.run, scenarios }, scenarios }, digest);
    const name = scenarios[0]!.name;
    for (const [k, v] of [['mttd_ms', '1037'], ['mttr_ms', 'not measured'], ['availability_pct', '63.33'], ['recovery_rate_pct', 'not measured'], ['samples', '19/30 healthy'], ['faults', '1 effective, 1 detected, 0 recovered'], ['fault_type:stop_container', 'planned 2 · injected 2 · effective 1 · reverted 1 · recovered 0']]) {
      expect(withKpis).toContain(`<property name="kpi:${name}:${k}" value="${v}"/>`);
    }
    const file = join(work, 'kpis.junit.xml');
    writeFileSync(file, withKpis);
    expect(xmllint(file).status).toBe(0);
    // A property name outside the known KPIs is not part of the format.
    writeFileSync(file, withKpis.replace(`kpi:${name}:mttd_ms`, `kpi:${name}:speed`));
    expect(xmllint(file).status).not.toBe(0);
  });

  it('has a schema that rejects what clnrm never writes', () => {
    const bad = [
      xml.replace(/<properties>[\s\S]*<\/properties>\n/, ''),
      xml.replace('time="0.399"', 'time="0.4"'),
      xml.replace('<skipped ', '<skipped type="x" '),
      xml.replace(/(<failure[^>]*>[^<]*<\/failure>)/, '$1<error message="m" type="t"/>'),
      xml.replace('skipped="1"', 'skipped="-1"'),
    ];
    bad.forEach((doc, i) => {
      expect(doc).not.toBe(xml);
      const file = join(work, `bad${i}.xml`);
      writeFileSync(file, doc);
      expect(xmllint(file).status, `variant ${i}`).not.toBe(0);
    });
  });

  it('has one test case per scenario plus file expectations, with failure, error and skipped', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(5);
    expect(xml).toContain('<testsuite name="shop" tests="5" failures="2" errors="1" skipped="1" time="1.234" timestamp="2025-01-01T00:00:00" file="tests/shop.clnrm.toml">');
    expect(xml).toContain(`<property name="trace.sha256" value="${digest}"/>`);
    expect(xml).toContain('<property name="seed" value="42"/>');
    expect(xml).toContain('<property name="run.id" value="r1x9"/>');
    expect(xml).toMatch(/<testcase classname="shop" name="broken" time="1\.199">\n\s+<failure message="step boom: exit code 1, expected 0 &lt;&amp;&quot;'&gt;" type="exit_code">/);
    expect(xml).toContain('<error message="engine error: connect ENOENT /var/run/docker.sock" type="engine_error">');
    expect(xml).toContain('<skipped message="skipped: does not match --filter hap"/>');
    expect(xml).toContain('name="file expectations"');
    expect(xml).toContain('expect.hermeticity.no_volume_leakage: no volume left: volume vol123 left behind');
  });

  it('quotes the failed verdicts and the last lines of the failing step', () => {
    const failure = xml.slice(xml.indexOf('<failure'), xml.indexOf('</failure>'));
    expect(failure).toContain('scenario[1].expect.status: every span is OK: clnrm.step:boom is ERROR');
    expect(failure).toContain('line 30');
    expect(failure).toContain('line 11');
    expect(failure).not.toContain('line 10\n');
    expect(failure).toContain('4096 of');
  });

  it('writes a passing suite with empty test cases that still validates', () => {
    const j = judged();
    const scenarios = [{ ...j.scenarios[0]!, steps: [step('quiet', {})] }];
    const fileVerdicts = [j.fileVerdicts[0]!];
    const ok: JudgedSuite = { ...j, run: { ...j.run, scenarios }, scenarios, fileVerdicts, passed: true };
    const doc = renderJunit(ok, digest);
    expect(doc).toContain('<testsuite name="shop" tests="2" failures="0" errors="0" skipped="0"');
    expect(doc).toContain('<testcase classname="shop" name="happy" time="0.399"/>');
    expect(doc).toContain('<testcase classname="shop" name="file expectations" time="0.000"/>');
    expect(jsonReport(ok).outcome).toBe('pass');
    const file = join(work, 'ok.junit.xml');
    writeFileSync(file, doc);
    expect(xmllint(file).status).toBe(0);
  });

  it('escapes markup, keeps what looks like references literal, and strips characters XML 1.0 cannot carry', () => {
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('start red &lt;tag&gt; &amp; "q" \'a\'&#13;\nend');
    // Text that looks like entity or character references (HTML from curl, say) must stay literal:
    // xmlbuilder2 alone would pass `&nbsp;` and `&#0;` through and the document would not parse.
    const nasty = `&nbsp; &amp; &lt; &#0; &#27; &#x41; &; & x; ]]> <b>"q" 'a'\r\n\tend \u0000\u0001\u000b\uFFFE\uFFFF\uD800 \u001b[1;31mred\u001b[0m 😀 é`;
    const kept = `&nbsp; &amp; &lt; &#0; &#27; &#x41; &; & x; ]]> <b>"q" 'a'\r\n\tend  red 😀 é`;
    const j = judged();
    const s1 = j.scenarios[1]!;
    const scenarios = [{ ...s1, message: `m ${nasty}`, steps: [{ ...s1.steps[0]!, stdout: captured(`${nasty}\n`), stderr: captured('') }] }];
    const doc = renderJunit({ ...j, run: { ...j.run, scenarios }, scenarios, fileVerdicts: [] }, digest);
    const file = join(work, 'nasty.junit.xml');
    writeFileSync(file, doc);
    expect(xmllint(file).status).toBe(0);
    expect(xpathString(file, '//failure/@message')).toBe(`m ${kept}`);
    expect(xpathString(file, '//system-out')).toBe(`--- step boom ---\n${kept}\n`);
    expect(xpathString(file, '//failure')).toContain(kept);
    expect(doc).toContain('&amp;nbsp; &amp;amp; &amp;lt; &amp;#0; &amp;#27; &amp;#x41; &amp;; &amp; x; ]]&gt; &lt;b&gt;');
    expect(doc).toContain(`'a'&#13;\n\tend`);
    expect(doc).toContain(`'a'&#13;&#10;&#9;end`);
  });
});

describe('JUnit aggregate', () => {
  /** A second, passing suite file with a name and file of its own. */
  function other(): JudgedSuite {
    const j = judged();
    const suite = { ...j.run.suite, name: 'billing', file: 'tests/billing.clnrm.toml', determinism: { seed: 7, digestExclude: [] } } as unknown as Suite;
    const scenarios = [{ ...j.scenarios[0]!, name: 'invoice', durationMs: 250.4 }];
    return { ...j, run: { ...j.run, suite, seed: 7, runId: 'b2', durationMs: 300.2, scenarios }, scenarios, fileVerdicts: [], passed: true };
  }
  const inputs = [{ judged: judged(), digest }, { judged: other(), digest: 'ab'.repeat(32) }];
  const xml = renderJunitAggregate(inputs);
  const suiteElement = (doc: string) => doc.slice(doc.indexOf('  <testsuite '), doc.indexOf('</testsuite>') + '</testsuite>'.length);

  it('has one testsuite per file, each as in its own report, under summed totals', () => {
    expect(xml.match(/<testsuites /g)).toHaveLength(1);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toContain('<testsuites name="clnrm" tests="6" failures="2" errors="1" time="1.535">');
    expect(xml).toContain(suiteElement(renderJunit(inputs[0]!.judged, inputs[0]!.digest)));
    expect(xml).toContain(suiteElement(renderJunit(inputs[1]!.judged, inputs[1]!.digest)));
    expect(xml).toContain('<testsuite name="billing" tests="1" failures="0" errors="0" skipped="0" time="0.300" timestamp="2025-06-15T15:06:40" file="tests/billing.clnrm.toml">');
    expect(xml.indexOf('name="shop"')).toBeLessThan(xml.indexOf('name="billing"'));
  });

  it('is the single-suite report when given one suite', () => {
    expect(renderJunitAggregate([{ judged: judged(), digest }])).toBe(renderJunit(judged(), digest));
  });

  it('validates against schemas/junit.xsd with xmllint, also with no suite at all', () => {
    const file = join(work, 'all.junit.xml');
    writeFileSync(file, xml);
    const r = xmllint(file);
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
    const empty = renderJunitAggregate([]);
    expect(empty).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="clnrm" tests="0" failures="0" errors="0" time="0.000"/>\n');
    const emptyFile = join(work, 'empty.junit.xml');
    writeFileSync(emptyFile, empty);
    expect(xmllint(emptyFile).status).toBe(0);
  });

  it('has a schema that still rejects what clnrm never writes', () => {
    const bad = [
      xml.replace('<testsuites name="clnrm"', '<testsuites name="clnrm" skipped="1"'),
      xml.replace(/(<testsuite name="billing"[^>]*>)\n\s*<properties>[\s\S]*?<\/properties>/, '$1'),
      xml.replace('time="1.535"', 'time="1.5"'),
      xml.replace('</testsuites>', '<testcase classname="x" name="y" time="0.000"/></testsuites>'),
    ];
    bad.forEach((doc, i) => {
      expect(doc).not.toBe(xml);
      const file = join(work, `bad-aggregate${i}.xml`);
      writeFileSync(file, doc);
      expect(xmllint(file).status, `variant ${i}`).not.toBe(0);
    });
  });
});

describe('JSON aggregate', () => {
  it('lists each suite report as jsonReport builds it, with totals', () => {
    const j = judged();
    const passing: JudgedSuite = { ...j, scenarios: [j.scenarios[0]!], fileVerdicts: [], passed: true, run: { ...j.run, durationMs: 100 } };
    const inputs = [{ judged: j, digest }, { judged: passing, digest }];
    const doc = renderJsonAggregate(inputs);
    expect(doc.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(doc);
    expect(Object.keys(parsed)).toEqual(['reportVersion', 'suites', 'totals']);
    expect(parsed.reportVersion).toBe(1);
    expect(parsed.suites).toEqual(inputs.map((i) => JSON.parse(JSON.stringify(jsonReport(i.judged, i.digest)))));
    expect(parsed.totals).toEqual({
      suites: 2, outcome: 'fail', durationMs: 1234.4 + 100,
      scenarios: 5, passed: 2, failed: 1, errors: 1, skipped: 1, leaks: 1, unverifiedCleanups: 0, fileExpectations: { passed: 1, failed: 1 },
    });
    expect(JSON.parse(renderJsonAggregate([{ judged: passing, digest }])).totals.outcome).toBe('pass');
    expect(JSON.parse(renderJsonAggregate([])).totals).toMatchObject({ suites: 0, outcome: 'pass', scenarios: 0 });
  });

  it('takes masked suites and their digests from suiteReportInput, as writeReports writes them', async () => {
    const secret = 'hunter2-s3cret-value';
    process.env.CLNRM_AGGREGATE_TEST_TOKEN = secret;
    try {
      const j = judged();
      const s0 = j.scenarios[0]!;
      const scenarios = [{ ...s0, steps: [{ ...s0.steps[0]!, stdout: captured(`token=${secret}\n`) }] }];
      const leaky: JudgedSuite = { ...j, scenarios, run: { ...j.run, scenarios } };
      const entry = suiteReportInput(leaky);
      expect(entry.digest).toBe(traceFile(leaky).digest);
      const junit = renderJunitAggregate([entry]);
      const json = renderJsonAggregate([entry]);
      expect(junit).not.toContain(secret);
      expect(json).not.toContain(secret);
      expect(junit).toContain('token=***');
      const dir = join(work, 'masked');
      await writeReports(leaky, dir, ['json', 'junit']);
      expect(renderJunit(entry.judged, entry.digest)).toBe(readFileSync(join(dir, 'shop.junit.xml'), 'utf8'));
      expect(JSON.parse(json).suites[0]).toEqual(JSON.parse(readFileSync(join(dir, 'shop.report.json'), 'utf8')));
    } finally {
      delete process.env.CLNRM_AGGREGATE_TEST_TOKEN;
    }
  });
});

describe('cleanup report', () => {
  const report = cleanupReport(judged());

  it('reports per scenario the trigger, success, removed resources and leaks', () => {
    const [happy, broken, engineDown, filtered] = report.scenarios;
    expect(happy).toMatchObject({ name: 'happy', trigger: 'scenario_end', success: true, containersRemoved: ['clnrm-r1x9-0-api', 'clnrm-r1x9-0-db'], networksRemoved: ['clnrm-r1x9-0'], volumesRemoved: 1, leaks: [] });
    expect(broken).toMatchObject({ name: 'broken', trigger: 'timeout', success: false, containersRemoved: ['clnrm-r1x9-1-step0'], leaks: [{ kind: 'volume', id: 'vol123' }] });
    expect(broken!.passes.map((p) => [p.processesKilled, p.success])).toEqual([[3, true], [0, false]]);
    expect(broken!.passes[0]!.startedAt.startsWith('2025-01-01T00:00:00')).toBe(true);
    expect(engineDown).toMatchObject({ success: false, passes: [] });
    expect(filtered).toMatchObject({ outcome: 'skipped', success: true });
    expect(report).toMatchObject({ suite: 'shop', runId: 'r1x9', success: false, leaks: 1 });
  });
});

describe('writeReports', () => {
  it('writes every selected format atomically, with a sha256sum-style digest of the canonical trace', async () => {
    const dir = join(work, 'out', 'nested');
    const files = await writeReports(judged(), dir, ['json', 'junit', 'digest', 'cleanup']);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['shop.report.json', 'shop.junit.xml', 'shop.trace.json', 'shop.trace.sha256', 'shop.cleanup.json']);
    expect(readdirSync(dir).sort()).toEqual(['shop.cleanup.json', 'shop.junit.xml', 'shop.report.json', 'shop.trace.json', 'shop.trace.sha256']);
    const trace = readFileSync(join(dir, 'shop.trace.json'));
    expect(readFileSync(join(dir, 'shop.trace.sha256'), 'utf8')).toBe(`${digest}  shop.trace.json\n`);
    expect(createHash('sha256').update(trace).digest('hex')).toBe(digest);
    expect(JSON.parse(trace.toString('utf8'))).toEqual(canonicalTrace(judged().spans, []));
    const sum = spawnSync('sha256sum', ['-c', 'shop.trace.sha256'], { cwd: dir, encoding: 'utf8' });
    if (!sum.error) expect(sum.stdout).toContain('shop.trace.json: OK');
    expect(JSON.parse(readFileSync(join(dir, 'shop.report.json'), 'utf8')).digest.value).toBe(digest);
    expect(xmllint(join(dir, 'shop.junit.xml')).status).toBe(0);
  });

  it('writes only the selected formats and overwrites earlier reports', async () => {
    const dir = join(work, 'only-junit');
    await writeReports(judged(), dir, ['junit']);
    const again = await writeReports(judged(), dir, ['junit']);
    expect(again).toEqual([join(dir, 'shop.junit.xml')]);
    expect(readdirSync(dir)).toEqual(['shop.junit.xml']);
    expect(existsSync(join(dir, 'shop.trace.json'))).toBe(false);
  });
});

describe('reports of traces too large for one string', () => {
  /** Runs `fn` with at most `spans` spans inline in report.json (the real bound is 100 000). */
  async function withInlineLimit<T>(spans: number, fn: () => Promise<T> | T): Promise<T> {
    const saved = setInlineSpansLimit(spans);
    try {
      return await fn();
    } finally {
      setInlineSpansLimit(saved);
    }
  }

  it('writes the spans beside report.json as NDJSON past the inline limit, in the order report.json lists them inline', async () => {
    const inlineDir = join(work, 'spans-inline');
    const fileDir = join(work, 'spans-file');
    await writeReports(judged(), inlineDir, ['json']);
    const written = await withInlineLimit(3, () => writeReports(judged(), fileDir, ['json']));
    expect(written.map((f) => f.slice(fileDir.length + 1))).toEqual(['shop.spans.ndjson', 'shop.report.json']);
    const inline = JSON.parse(readFileSync(join(inlineDir, 'shop.report.json'), 'utf8'));
    const small = JSON.parse(readFileSync(join(fileDir, 'shop.report.json'), 'utf8'));
    expect(small.spans).toBeNull();
    expect(small.spansFile).toEqual({ path: 'shop.spans.ndjson', count: judged().spans.length });
    const lines = readFileSync(join(fileDir, 'shop.spans.ndjson'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(inline.spans);
    // Everything else is the same report.
    expect({ ...small, spans: inline.spans, spansFile: null }).toEqual(inline);
    // Readers find the spans either way: the shared reader, and a report given as a trace (`clnrm analyze`).
    expect(reportSpans(small, join(fileDir, 'shop.report.json'))).toEqual(inline.spans);
    expect(reportSpans(inline, join(inlineDir, 'shop.report.json'))).toEqual(inline.spans);
    const fromFile = parseTraceText(readFileSync(join(fileDir, 'shop.report.json'), 'utf8'), join(fileDir, 'shop.report.json'));
    expect(fromFile).toEqual(parseTraceText(readFileSync(join(inlineDir, 'shop.report.json'), 'utf8')));
    expect(fromFile).toHaveLength(judged().spans.length);
  });

  it('names the spans file a report points at when it is missing', () => {
    const report = { reportVersion: 1, spans: null, spansFile: { path: 'gone.spans.ndjson', count: 1 } };
    expect(() => reportSpans(report, join(work, 'x.report.json'))).toThrow(/cannot read the spans file .*gone\.spans\.ndjson that .*x\.report\.json names: no such file/);
  });

  it('streams the aggregate report with its spans inline: the same bytes as in one string', async () => {
    const j = judged();
    const inputs = [{ judged: j, digest }, { judged: { ...j, spans: [] }, digest }];
    const streamed = await withInlineLimit(0, () => jsonAggregateContent(inputs));
    expect(typeof streamed).toBe('object');
    expect(contentString(streamed)).toBe(renderJsonAggregate(inputs));
    expect(jsonAggregateContent(inputs)).toBe(renderJsonAggregate(inputs));
  });

  it('writes a canonical trace kept as a list of parts piece by piece: its bytes hash to the digest', async () => {
    const dir = join(work, 'trace-parts');
    // Every text longer than 64 characters stays a list of parts, as a trace past V8's longest string does.
    expect(typeof withTextMaxChars(64, () => suiteReportInput(judged()).trace)).toBe('object');
    const pending = withTextMaxChars(64, () => writeReports(judged(), dir, ['digest']));
    await pending;
    const trace = readFileSync(join(dir, 'shop.trace.json'));
    expect(trace.toString('utf8')).toBe(canonicalJson(canonicalTrace(judged().spans, [])));
    expect(createHash('sha256').update(trace).digest('hex')).toBe(digest);
    expect(readFileSync(join(dir, 'shop.trace.sha256'), 'utf8')).toBe(`${digest}  shop.trace.json\n`);
  });

  it('reads lines across read chunks and multi-byte characters split between them', () => {
    const file = join(work, 'lines.ndjson');
    // Lines long enough to cross the reader's 4 MiB chunks, each ending in a character of 4 UTF-8 bytes.
    const long = (i: number) => JSON.stringify({ i, pad: `${'x'.repeat(1_500_000 + i)}😀` });
    const want = [0, 1, 2, 3].map(long);
    writeFileSync(file, `${want.join('\n')}\n\n`);
    const got: string[] = [];
    eachLine(file, (line) => got.push(line));
    expect(got).toEqual(want);
  });
});
