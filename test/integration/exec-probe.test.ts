/**
 * An exec probe's sample past its timeout on the real engine: the command (and what it started) is killed
 * by the sample's mark, not left running in the service; another sample's command is not touched.
 */
import { describe, expect, it } from 'vitest';
import { PROBE_KINDS } from '../../src/runtime/probes/index.js';
import { listProcesses } from '../../src/runtime/session.js';
import { BUSYBOX, directEngineRun } from './helpers.js';

const { runId, labels, engine: engineOf } = directEngineRun('it-execprobe');

const probe = PROBE_KINDS.exec!;
const sample = (id: string, command: string, timeoutMs: number) =>
  probe.sample({ engine: engineOf(), containers: new Map([['app', id]]), prober: () => Promise.reject(new Error('not used')), timeoutMs, received: () => [] }, probe.decode({ service: 'app', command }));
const commands = async (id: string) => (await listProcesses(engineOf(), id)).map((p) => p.command);

describe('exec probe past its timeout', { timeout: 60_000 }, () => {
  it('kills the command and its children; a command that is not the sample\'s stays', async () => {
    const engine = engineOf();
    const id = await engine.createContainer({ name: `${runId}-a`, image: BUSYBOX, cmd: ['sleep', '3600'], env: {}, labels, init: true });
    await engine.startContainer(id);
    // Not the sample's: started by another exec, it must survive the kill.
    const other = await engine.exec(id, { cmd: ['sh', '-c', 'sleep 4242 >/dev/null 2>&1 &'] }, { onStdout() {}, onStderr() {} });
    expect((await other.done).exitCode).toBe(0);
    // The sample: a shell with a background child and a foreground sleep, both past the 300 ms timeout.
    expect(await sample(id, 'sleep 4343 & sleep 4444', 300)).toEqual({ ok: false, detail: 'no exit within 300 ms' });
    const left = await commands(id);
    expect(left).toContain('sleep 4242');
    expect(left.filter((c) => /sleep 4[34]{3}/.test(c))).toEqual([]);
    // A sample that answers in time is healthy and leaves nothing either.
    expect(await sample(id, 'echo up', 5_000)).toEqual({ ok: true, detail: 'exit code 0' });
  });
});
