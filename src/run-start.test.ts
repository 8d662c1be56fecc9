/**
 * How a run starts on the engine: its first requests (the lease, the sweep) go out while the engine answers
 * the command's ping, and a ping that fails is what the run reports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeEngine, loadSuite } from '../test/kit/index.js';
import { EngineError } from './common/errors.js';
import { runFiles } from './run.js';

const work = mkdtempSync(join(tmpdir(), 'clnrm-run-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const suite = loadSuite(`
[meta]
name = "start"

[service.api]
image = "alpine:3"

[[scenario]]
name = "s"
service = "api"
run = "echo ok"
`);

describe("a run and the engine's first answer", () => {
  it('makes its lease before the ping is answered, and runs once it is', async () => {
    const engine = new FakeEngine();
    let answer!: () => void;
    const answered = new Promise<void>((r) => (answer = r));
    const running = runFiles({ suites: [suite], engine, runId: 'start1', reportDir: join(work, 'a'), engineAnswered: answered });
    await new Promise((r) => setTimeout(r, 20));
    // The lease is on the engine already; no scenario resource is.
    expect((await engine.list({ 'clnrm.lease': 'true' })).length).toBe(1);
    expect(engine.created.filter((r) => r.kind !== 'volume')).toEqual([]);
    answer();
    const summary = await running;
    expect(summary.passed).toBe(1);
    expect(await engine.list({ 'clnrm.lease': 'true' })).toEqual([]);
  });

  it('reports the failed ping (not the lease), starts no scenario, and removes the lease the engine made meanwhile', async () => {
    const engine = new FakeEngine();
    const answered = Promise.reject(new EngineError('ping unix:///x.sock failed: cannot reach the Docker engine'));
    answered.catch(() => undefined);
    const err = await runFiles({ suites: [suite], engine, runId: 'start2', reportDir: join(work, 'b'), engineAnswered: answered }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as Error).message).toMatch(/^ping unix:\/\/\/x\.sock failed/);
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.created.filter((r) => r.kind !== 'volume')).toEqual([]);
    expect(await engine.list({ 'clnrm.lease': 'true' })).toEqual([]);
  });
});
