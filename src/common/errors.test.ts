import { describe, expect, it } from 'vitest';
import {
  ChaosError,
  ClnrmError,
  describeError,
  EngineError,
  ERROR_CODES,
  formatLocation,
  ImageUnavailableError,
  LoadError,
  PlanError,
  ReportError,
  RuntimeError,
  TelemetryError,
  UsageError,
} from './errors.js';

const cause = new Error('socket hang up');

describe('stage errors', () => {
  it.each([
    [UsageError, 'USAGE'],
    [LoadError, 'CONFIG'],
    [PlanError, 'PLAN'],
    [EngineError, 'ENGINE'],
    [RuntimeError, 'RUNTIME'],
    [ChaosError, 'CHAOS'],
    [TelemetryError, 'TELEMETRY'],
    [ReportError, 'REPORT'],
  ] as const)('%o carries its code, name, cause and location', (Class, code) => {
    const location = { file: 's.clnrm.toml', line: 4, column: 2, keyPath: 'scenario[1].chaos_injection' };
    const err = new Class('it broke', { cause, location });
    expect(err).toBeInstanceOf(ClnrmError);
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe(code);
    expect(err.name).toBe(Class.name);
    expect(err.cause).toBe(cause);
    expect(err.location).toEqual(location);
    expect(ERROR_CODES).toContain(code);
  });

  it('without options: no cause and no location', () => {
    const err = new ChaosError('x');
    expect(err.cause).toBeUndefined();
    expect('cause' in err).toBe(false);
    expect(err.location).toBeUndefined();
  });

  it('the message is the sentence given, never a stack, even when the cause has one', () => {
    const err = new TelemetryError('OTLP export failed', { cause });
    expect(cause.stack).toContain('\n    at ');
    expect(err.message).toBe('OTLP export failed');
    expect(describeError(err)).toBe('OTLP export failed');
    expect(describeError(err)).not.toMatch(/\n\s+at /);
  });

  it('an unavailable image names the image and how to check the engine', () => {
    const err = new ImageUnavailableError('busybox:1', 'manifest unknown', { cause });
    expect(err.code).toBe('IMAGE');
    expect(err.image).toBe('busybox:1');
    expect(err.message).toBe(
      "image busybox:1 is not present and could not be pulled: manifest unknown; pull or build it on the engine's host, or name an image that is present (`clnrm doctor` checks the engine)",
    );
    expect(err.cause).toBe(cause);
  });

  it('an unavailable image, located at its user, names the key path, the user and for a fixture the build command', () => {
    const err = new ImageUnavailableError('clnrm-fixture/redis:latest', 'fixture images are built on this host, never pulled', { cause });
    const located = err.usedAt('service.primary.image', 'service `primary`');
    expect(located).toBeInstanceOf(ImageUnavailableError);
    expect(located.cause).toBe(cause);
    expect(located.image).toBe('clnrm-fixture/redis:latest');
    expect(describeError(located)).toBe(
      'service.primary.image: service `primary` needs image clnrm-fixture/redis:latest, which is not present (fixture images are built on this host, never pulled); build it with `bash scripts/build-fixtures.sh redis`',
    );
  });
});

describe('describeError', () => {
  it('puts the place in front: file:line:col, key path, message', () => {
    expect(describeError(new LoadError('expected a number', { location: { file: 'a.toml', line: 3, column: 9, keyPath: 'service.app.limits' } }))).toBe(
      'a.toml:3:9: service.app.limits: expected a number',
    );
  });

  it('says as much of the place as is known', () => {
    expect(describeError(new LoadError('empty', { location: { file: 'a.toml' } }))).toBe('a.toml: empty');
    expect(describeError(new LoadError('bad', { location: { file: 'a.toml', line: 2 } }))).toBe('a.toml:2: bad');
    expect(describeError(new ChaosError('latency needs latency_ms', { location: { keyPath: 'scenario[0].chaos_injection' } }))).toBe(
      'scenario[0].chaos_injection: latency needs latency_ms',
    );
  });
});

describe('formatLocation', () => {
  it('gives a column only with a line', () => {
    expect(formatLocation({ file: 'f', line: 1, column: 2 })).toBe('f:1:2');
    expect(formatLocation({ file: 'f', column: 2 })).toBe('f');
  });
});
