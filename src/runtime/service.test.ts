import { describe, expect, it } from 'vitest';
import { createRecorder } from '../telemetry/recorder.js';
import { FakeEngine, loadSuite } from '../../test/kit/index.js';
import { startService, type StartServiceOptions } from './service.js';

const suite = loadSuite(`
[meta]
name = "gate"

[service.api]
image = "alpine:3"

[[scenario]]
name = "s"
run = "true"
`);

function options(engine: FakeEngine, beforeStart: Promise<void>): StartServiceOptions {
  const recorder = createRecorder({ seed: 1, traceKey: 'gate' });
  const created: string[] = [];
  return {
    engine,
    recorder,
    parent: recorder.start('clnrm.scenario', undefined, { key: 's' }),
    service: suite.services.api!,
    suite,
    containerName: 'gate-api',
    networkId: 'net',
    labels: {},
    env: {},
    signal: new AbortController().signal,
    onCreated: (id) => created.push(id),
    beforeStart,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('startService waits for beforeStart (the network firewall) between create and start', () => {
  it('creates the container at once but starts it only once beforeStart settles', async () => {
    const engine = new FakeEngine();
    let open!: () => void;
    const starting = startService(options(engine, new Promise<void>((r) => (open = r))));
    await settle();
    expect(engine.calls).toContain('createContainer gate-api');
    expect(engine.calls).not.toContain('startContainer gate-api');
    open();
    await starting;
    expect(engine.calls.indexOf('startContainer gate-api')).toBeGreaterThan(engine.calls.indexOf('createContainer gate-api'));
  });

  it('a beforeStart that fails fails the start: the container is created (cleanup knows it) but never started', async () => {
    const engine = new FakeEngine();
    const o = options(engine, Promise.reject(new Error('firewall could not be installed')));
    const created: string[] = [];
    await expect(startService({ ...o, onCreated: (id) => created.push(id) })).rejects.toThrow('firewall could not be installed');
    expect(created).toHaveLength(1);
    expect(engine.calls).not.toContain('startContainer gate-api');
  });
});
