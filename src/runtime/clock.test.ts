import { describe, expect, it } from 'vitest';
import type { ServiceSpec, Suite } from '../load/index.js';
import { execFileSync } from 'node:child_process';
import { clockModeFor, DATE_PRELUDE, fakeClockEnv, faketimeValue, SKEW_FILE, skewableClockEnv, skewableServices, skewFileTar, suiteClockEnv, unshiftFakedClock } from './clock.js';

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
