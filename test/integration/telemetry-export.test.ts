/**
 * On the real engine: a step prints its spans on stdout (`spans:stdout`) and
 * tries to forge a runner span; the whole trace is exported after the run, as
 * OTLP/JSON lines on stdout and over OTLP/HTTP to a collector (here the
 * runner's own receiver, started by the test), and a saved export is judged
 * again by `clnrm analyze`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runFiles, type RunOptions } from '../../src/run.js';
import { createDockerEngine } from '../../src/runtime/docker-engine.js';
import { startReceiver, type Receiver } from '../../src/telemetry/receiver.js';
import type { SpanRecord } from '../../src/telemetry/span-record.js';
import { parseTraceText } from '../../src/telemetry/trace-file.js';
import { BUSYBOX, managedLeft, suiteFrom } from './helpers.js';

// Prints two spans under the step (from TRACEPARENT): one of its own, one that takes a runner span's name.
const EMIT = `
T=$(echo "$TRACEPARENT" | cut -d- -f2)
P=$(echo "$TRACEPARENT" | cut -d- -f3)
# The next whole second lies inside the step (date has second resolution): print it once it has passed.
N=$(( $(date +%s) + 1 ))000000000
sleep 1.1
echo "working"
echo '{"traceId":"'$T'","spanId":"a1a1a1a1a1a1a1a1","parentSpanId":"'$P'","name":"sut.work","kind":"server","startTimeUnixNano":"'$N'","endTimeUnixNano":"'$N'","attributes":{"work.items":3}}'
echo '{"trace_id":"'$T'","span_id":"b2b2b2b2b2b2b2b2","parent_span_id":"'$P'","name":"clnrm.recovery","start_time_unix_nano":"'$N'"}'
`;

const suiteToml = (name: string, otel = '') => `
[meta]
name = "${name}"

[determinism]
seed = 5

${otel}

[service.app]
image = "${BUSYBOX}"
args = ["sleep", "3600"]

[[scenario]]
name = "emit"
service = "app"
run = ['sh', '-c', '''${EMIT}''']
artifacts = { collect = ["spans:stdout"] }

[[scenario.expect.span]]
name = "sut.work"
parent = "clnrm.step:emit"
kind = "server"
attrs.all = { "work.items" = 3 }

[scenario.expect.hermeticity]
no_container_leakage = true
`;

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
  vi.restoreAllMocks();
});

let counter = 0;
async function run(toml: string, extra: Partial<RunOptions> = {}) {
  const warnings: string[] = [];
  const summary = await runFiles({
    suites: [suiteFrom(toml)],
    engine: createDockerEngine(),
    runId: `exp${process.pid}x${counter++}`,
    reportDir: mkdtempSync(join(tmpdir(), 'clnrm-exp-')),
    observer: { warning: (m) => warnings.push(m) },
    ...extra,
  });
  return { judged: summary.suites[0]!, warnings };
}

const shape = (s: SpanRecord) => ({ traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId, name: s.name, kind: s.kind, status: s.status, attributes: s.attributes, resource: s.resource, events: s.events.map((e) => e.name) });
const byId = (a: { spanId: string }, b: { spanId: string }) => (a.spanId < b.spanId ? -1 : 1);

describe('spans on stdout, forgery, export and analyze', () => {
  it('takes printed spans as the system under test\'s, ignores the forged one, exports the trace as OTLP/JSON lines that analyze judges again', async () => {
    const out = new PassThrough();
    let lines = '';
    out.on('data', (c: Buffer) => (lines += c.toString('utf8')));
    const toml = suiteToml('printed');
    const { judged, warnings } = await run(toml, { otelExporter: 'stdout', exportOut: out });

    const scenario = judged.scenarios[0]!;
    expect(scenario.message).toBe('passed');
    const step = judged.spans.find((s) => s.name === 'clnrm.step:emit')!;
    const work = judged.spans.find((s) => s.name === 'sut.work')!;
    expect(work).toMatchObject({ source: 'sut', parentSpanId: step.spanId, traceId: judged.run.traceId, kind: 'server', attributes: { 'work.items': 3 }, resource: { 'service.name': 'app' } });
    expect(judged.spans.filter((s) => s.source === 'sut').map((s) => s.name)).toEqual(['sut.work']);
    expect(judged.forgeries).toEqual([{ name: 'clnrm.recovery', service: 'app', traceId: judged.run.traceId, spanId: 'b2b2b2b2b2b2b2b2', reason: 'reserved_name', scenario: 'emit' }]);
    expect(judged.spans.find((s) => s.name === 'clnrm.run')!.events.map((e) => e.name)).toContain('clnrm.forgery');
    expect(warnings.join('\n')).toContain('1 span(s) of the system under test took a runner span\'s name or id and were ignored');

    // One ExportTraceServiceRequest per line, the whole trace, runner and system under test.
    const requests = lines.trim().split('\n').map((l) => JSON.parse(l) as { resourceSpans: unknown[] });
    expect(requests.length).toBeGreaterThan(0);
    const exported = parseTraceText(lines);
    expect(exported.map(shape).sort(byId)).toEqual(judged.spans.map(shape).sort(byId));
    expect(exported.find((s) => s.name === 'sut.work')!.source).toBe('sut');
    expect(exported.find((s) => s.name === 'clnrm.step:emit')!.source).toBe('runner');

    // The saved export, judged again without a run.
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-exp-analyze-'));
    const suiteFile = join(dir, 'printed.clnrm.toml');
    const traceFile = join(dir, 'trace.jsonl');
    writeFileSync(suiteFile, toml);
    writeFileSync(traceFile, lines);
    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((printed += String(chunk)), true));
    expect(await main(['analyze', suiteFile, '--traces', traceFile])).toBe(0);
    expect(await main(['analyze', suiteFile, '--traces', traceFile, '--strict'])).toBe(1); // no_container_leakage needs a run
    vi.restoreAllMocks();
    expect(printed).toContain('✓ emit');
    expect(printed).toContain('no_container_leakage: no container left after cleanup: not checked: needs a run');
    expect(managedLeft()).toEqual([]);
  });

  it('[otel] exporter = "otlp" POSTs the whole trace to the endpoint; the spans arrive intact', async () => {
    const collector = await startReceiver({ hosts: ['127.0.0.1'] });
    open.push(collector);
    const otel = `[otel]\nexporter = "otlp"\nendpoint = "${collector.endpointFor('127.0.0.1')}"\nheaders = { "x-clnrm-test" = "1" }`;
    const { judged, warnings } = await run(suiteToml('collected', otel));
    expect(warnings.filter((w) => w.includes('export'))).toEqual([]);
    expect(judged.scenarios[0]!.outcome).toBe('pass');
    const arrived = collector.spansFor(judged.run.traceId);
    expect(arrived.map(shape).sort(byId)).toEqual(judged.spans.map(shape).sort(byId));
    const times = new Map(judged.spans.map((s) => [s.spanId, s]));
    for (const s of arrived) {
      expect(s.startMs).toBeCloseTo(times.get(s.spanId)!.startMs, 3);
      expect(s.endMs).toBeCloseTo(times.get(s.spanId)!.endMs, 3);
    }
  });

  it('a collector that cannot be reached is a warning after the export timeout, not a failed run', async () => {
    const { judged, warnings } = await run(suiteToml('unreachable'), { otelExporter: 'otlp', otelEndpoint: 'http://127.0.0.1:9', env: { OTEL_EXPORTER_OTLP_TIMEOUT: '1000' } });
    expect(judged.scenarios[0]!.outcome).toBe('pass');
    expect(warnings.join('\n')).toMatch(/unreachable: trace export failed: OTLP export to http:\/\/127\.0\.0\.1:9\/v1\/traces failed/);
  });
});
