import { describe, expect, it } from 'vitest';
import type { ServiceSpec, Suite } from '../load/index.js';
import type { Engine } from './engine.js';
import { execFileSync } from 'node:child_process';
import { clockModeFor, probeMainProcess, DATE_PRELUDE, fakeClockEnv, faketimeValue, SKEW_FILE, skewableClockEnv, skewableServices, skewFileTar, suiteClockEnv, unshiftFakedClock } from './clock.js';

const service = (name: string, extra: Partial<ServiceSpec> = {}) => ({ name, image: 'x', env: {}, ...extra }) as unknown as ServiceSpec;
const suite = (determinism: Suite['determinism'], services: ServiceSpec[] = []) =>
  ({ determinism, services: Object.fromEntries(services.map((s) => [s.name, s])) }) as unknown as Suite;

const FROZEN = '2025-01-01T00:00:00Z';
const RUN_START = Date.parse('2026-12-02T06:00:00Z');

describe('the faked clock', () => {
  it('nothing without freeze_clock', () => {
    expect(suiteClockEnv(suite({ digestExclude: [] }), RUN_START)).toEqual({});
    expect(clockModeFor({})).toBeUndefined();
  });

  it('advancing (the default): FAKETIME is the offset that puts the run start at freeze_clock', () => {
    const env = suiteClockEnv(suite({ freezeClock: FROZEN, digestExclude: [] }), RUN_START);
    expect(env.CLNRM_CLOCK).toBe('advancing');
    expect(clockModeFor(env)).toBe('advancing');
    const offsetS = (Date.parse(FROZEN) - RUN_START) / 1000;
    expect(faketimeValue('advancing', env)).toBe(offsetS.toFixed(3));
    expect(RUN_START + Number(faketimeValue('advancing', env)) * 1000).toBe(Date.parse(FROZEN));
  });

  it('frozen: FAKETIME is the absolute instant (libfaketime keeps it still)', () => {
    const env = suiteClockEnv(suite({ freezeClock: '2025-06-30T12:34:56+02:00', clock: 'frozen', digestExclude: [] }), RUN_START);
    expect(faketimeValue('frozen', env)).toBe('2025-06-30 10:34:56');
    expect(fakeClockEnv('frozen', env)).toMatchObject({ LD_PRELOAD: '/.clnrm/faketime/lib/libfaketime.so.1', FAKETIME_DONT_FAKE_MONOTONIC: '1', TZ: 'UTC' });
  });

  it("a service's clock overrides the suite's; real opts out", () => {
    const env = suiteClockEnv(suite({ freezeClock: FROZEN, clock: 'frozen', digestExclude: [] }), RUN_START);
    expect(clockModeFor(env, 'advancing')).toBe('advancing');
    expect(clockModeFor(env, 'real')).toBeUndefined();
  });

  it('the date prelude only redefines date where the kit is installed', () => {
    expect(DATE_PRELUDE).toMatch(/^if \[ -x \/\.clnrm\/faketime\/bin\/date \]; then date\(\) \{/);
  });

  it('spans of advancing services are moved back to the real timeline; others are left alone', () => {
    const s = suite({ freezeClock: FROZEN, digestExclude: [] }, [service('api'), service('db', { clock: 'real' }), service('web', { env: { OTEL_SERVICE_NAME: 'frontend' } })]);
    const env = suiteClockEnv(s, RUN_START);
    const offset = Date.parse(FROZEN) - RUN_START;
    const span = (svc: string) => ({ startMs: RUN_START + 1000 + offset, endMs: RUN_START + 2000 + offset, events: [{ timeMs: RUN_START + 1500 + offset }], resource: { 'service.name': svc } });
    const [api, db, web] = unshiftFakedClock([span('api'), span('db'), span('frontend')], s, env);
    expect([api!.startMs, api!.endMs, api!.events[0]!.timeMs]).toEqual([RUN_START + 1000, RUN_START + 2000, RUN_START + 1500]);
    expect(web!.startMs).toBe(RUN_START + 1000);
    expect(db!.startMs).toBe(RUN_START + 1000 + offset);
  });
});

describe('skewable clocks (clock_skew)', () => {
  it('the services a clock_skew may target: those it names, or all of the scenario when it names none', () => {
    const services = ['api', 'db', 'web'];
    expect(skewableServices([{ type: 'latency' }, { type: 'clock_skew', target: 'db' }], services)).toEqual(new Set(['db']));
    expect(skewableServices([{ type: 'clock_skew', target: ['api', 'gone'] }], services)).toEqual(new Set(['api']));
    expect(skewableServices([{ type: 'clock_skew' }], services)).toEqual(new Set(services));
    expect(skewableServices([{ type: 'kill_container' }], services)).toEqual(new Set());
  });

  it('libfaketime reads the setting from the file: no FAKETIME, which would win over it', () => {
    const env = skewableClockEnv();
    expect(env).toMatchObject({ LD_PRELOAD: '/.clnrm/faketime/lib/libfaketime.so.1', FAKETIME_TIMESTAMP_FILE: SKEW_FILE, FAKETIME_CACHE_DURATION: '1', FAKETIME_DONT_FAKE_MONOTONIC: '1' });
    expect(env).not.toHaveProperty('FAKETIME');
  });

  it('the file goes in as a tar holding the setting and a newline', () => {
    const tar = skewFileTar('+12.000');
    expect(execFileSync('tar', ['-tf', '-'], { input: tar }).toString().trim()).toBe(SKEW_FILE.slice(1));
    expect(execFileSync('tar', ['-xOf', '-'], { input: tar }).toString()).toBe('+12.000\n');
    // Any user may rewrite it (the fault writes as the service's user).
    expect(execFileSync('tar', ['-tvf', '-'], { input: tar }).toString()).toMatch(/^-rw-rw-rw- /);
  });
});

describe('probeMainProcess right after a start', () => {
  /** An engine whose clock probe answers each of `answers` in turn (stdout, exit code), then the last one again. */
  function answering(answers: readonly { out: string; code: number }[]): { engine: Engine; asked: () => number } {
    let asked = 0;
    const engine = {
      async exec(_id: string, _spec: unknown, output: { onStdout(c: Buffer): void }) {
        const a = answers[Math.min(asked++, answers.length - 1)]!;
        output.onStdout(Buffer.from(a.out));
        return { id: 'x', done: Promise.resolve({ exitCode: a.code }) };
      },
    } as unknown as Engine;
    return { engine, asked: () => asked };
  }

  it("asks again while runc's init stands in for the main process, and reports the service's program", async () => {
    const { engine, asked } = answering([{ out: 'runc:[2:INIT] not_faked\n', code: 0 }, { out: 'runc:[2:INIT] not_faked\n', code: 0 }, { out: 'sleep not_faked\n', code: 0 }]);
    expect(await probeMainProcess(engine, 'c')).toEqual({ comm: 'sleep', faked: false });
    expect(asked()).toBe(3);
  });

  it("asks again while docker's init has no child yet (exit 3)", async () => {
    const { engine } = answering([{ out: '', code: 3 }, { out: 'node faked\n', code: 0 }]);
    expect(await probeMainProcess(engine, 'c')).toEqual({ comm: 'node', faked: true });
  });

  it('gives up after a bounded number of tries (undefined: unverifiable)', async () => {
    const { engine, asked } = answering([{ out: '', code: 3 }]);
    expect(await probeMainProcess(engine, 'c')).toBeUndefined();
    expect(asked()).toBe(20);
  });
});
