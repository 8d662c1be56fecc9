/**
 * The restart watcher reads the engine and never restarts anything itself: a
 * restart counts as the engine's only when its RestartCount rose; a start with
 * the same count is the runner's; a service still down at the end is `not_back`.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceSpec } from '../load/index.js';
import { createRecorder } from '../telemetry/recorder.js';
import { fromReadableSpan } from '../telemetry/span-record.js';
import type { ContainerState, Engine } from './engine.js';
import { watchSupervision } from './supervision.js';

const state = (over: Partial<ContainerState>): ContainerState => ({ id: 'c1', running: true, paused: false, oomKilled: false, status: 'running', startedAt: 't1', restartCount: 0, ...over });

/** An engine that answers inspect with the scripted states in turn (the last one repeats), and one recorded exit. */
function scripted(states: ContainerState[], exits = [{ atMs: Date.now(), exitCode: 137 }]) {
  let i = 0;
  const calls = { inspect: 0 };
  const engine = {
    inspectContainer: async () => {
      calls.inspect += 1;
      return states[Math.min(i++, states.length - 1)]!;
    },
    exitsSince: async () => exits,
  } as unknown as Engine;
  return { engine, calls };
}

const service = (restart?: ServiceSpec['restart']): ServiceSpec => ({
  name: 'api',
  image: 'x',
  env: {},
  ports: [],
  tmpfs: {},
  capabilities: [],
  privileged: false,
  limits: {},
  ...(restart ? { restart } : {}),
});

async function watch(states: ContainerState[], spec = service({ policy: 'always' }), settleMs = 60) {
  const recorder = createRecorder({ seed: 1, traceKey: 't' });
  const parent = recorder.start('clnrm.scenario:s');
  const { engine, calls } = scripted(states);
  const w = watchSupervision({ engine, recorder, parent, services: [{ spec, containerId: 'c1' }], networkId: 'n', pollMs: 1 });
  await new Promise((r) => setTimeout(r, settleMs));
  await w.stop();
  parent.end();
  return { spans: recorder.spans().map(fromReadableSpan).filter((s) => s.name === 'clnrm.service.restart'), calls };
}

describe('watchSupervision', () => {
  it('records a restart the engine made: its RestartCount, the exit code it restarted after', async () => {
    const { spans } = await watch([state({}), state({ running: false, status: 'restarting', exitCode: 137, restartCount: 1 }), state({ startedAt: 't2', restartCount: 1 })]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ status: 'OK', attributes: { 'service.name': 'api', 'restart.policy': 'always', 'restart.by': 'engine', 'restart.count': 1, 'exit.code': 137 } });
  });

  it('a start that did not raise the RestartCount is the runner\'s, never a restart by the engine', async () => {
    const { spans } = await watch([state({}), state({ running: false, status: 'exited', exitCode: 0 }), state({ startedAt: 't2' })]);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.attributes['restart.by']).toBe('runner');
    expect(spans[0]!.status).toBe('UNSET');
  });

  it('a service still down when the watch stops is not back', async () => {
    const { spans } = await watch([state({}), state({ running: false, status: 'exited', exitCode: 137, restartCount: 3 })]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ status: 'ERROR', attributes: { 'error.type': 'not_back', 'restart.count': 3, 'exit.code': 137 } });
  });

  it('nothing to record while the service runs, and services without a restart policy are not watched', async () => {
    expect((await watch([state({})])).spans).toEqual([]);
    const { spans, calls } = await watch([state({}), state({ running: false, status: 'exited', exitCode: 137 })], service());
    expect(spans).toEqual([]);
    expect(calls.inspect).toBe(0);
  });
});
