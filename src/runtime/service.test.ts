import { describe, expect, it } from 'vitest';
import { createRecorder } from '../telemetry/recorder.js';
import { FakeEngine, loadSuite } from '../../test/kit/index.js';
import { startService, type StartServiceOptions } from './service.js';
import { ImageUnavailableError } from '../common/errors.js';

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

describe('startService and the image lookup', () => {
  it("takes the image's digest the caller already asked for (no second lookup) and records it on its span", async () => {
    const engine = new FakeEngine();
    const o = options(engine, Promise.resolve());
    await startService({ ...o, imageDigest: Promise.resolve('sha256:given') });
    expect(engine.calls.filter((c) => c.startsWith('ensureImage'))).toEqual([]);
    const [span] = o.recorder.spans().filter((s) => s.name === 'clnrm.service.start');
    expect(span?.attributes['service.image.digest']).toBe('sha256:given');
  });

  it('asks the engine itself without one', async () => {
    const engine = new FakeEngine();
    await startService(options(engine, Promise.resolve()));
    expect(engine.calls.filter((c) => c.startsWith('ensureImage'))).toEqual(['ensureImage alpine:3']);
  });

  it("a lookup the caller started that failed fails the start, named at the service's image key, and creates nothing", async () => {
    const engine = new FakeEngine();
    const o = options(engine, Promise.resolve());
    const lookup = Promise.reject(new ImageUnavailableError('alpine:3', 'not on this engine'));
    lookup.catch(() => undefined);
    const err = await startService({ ...o, imageDigest: lookup }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageUnavailableError);
    expect((err as ImageUnavailableError).message).toMatch(/^service `api` needs image alpine:3/);
    expect((err as ImageUnavailableError).location).toEqual({ keyPath: 'service.api.image' });
    expect(engine.calls.filter((c) => c.startsWith('createContainer'))).toEqual([]);
  });

  it('hands the ready state, with its address on the network, to onReady', async () => {
    const engine = new FakeEngine();
    const states: unknown[] = [];
    const id = await startService({ ...options(engine, Promise.resolve()), onReady: (s) => states.push(s) });
    expect(states).toEqual([expect.objectContaining({ id, running: true })]);
  });
});
