import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, fixtureNameOf, imageRemedy } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('fixture images', () => {
  it('the names are the ones scripts/build-fixtures.sh builds', () => {
    const script = readFileSync(`${ROOT}/scripts/build-fixtures.sh`, 'utf8');
    const known = /known: ([a-z ]+)\)/.exec(script)?.[1]?.split(' ');
    expect(known).toEqual([...FIXTURE_NAMES]);
  });

  it('an unknown name makes the build script fail, listing the names', () => {
    let stderr = '';
    try {
      execFileSync('bash', ['scripts/build-fixtures.sh', 'no-such-fixture'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      stderr = String((e as { stderr: string }).stderr);
    }
    // Either the names (engine up) or the engine's absence: never a silent success.
    expect(stderr).toMatch(/unknown fixture 'no-such-fixture' \(known: busybox .* nginx\)|Docker engine/);
  });

  it('fixtureNameOf reads the name of any tag or digest, and only of the fixture repository', () => {
    expect(fixtureNameOf('clnrm-fixture/redis:latest')).toBe('redis');
    expect(fixtureNameOf('clnrm-fixture/postgres')).toBe('postgres');
    expect(fixtureNameOf('clnrm-fixture/debian@sha256:00')).toBe('debian');
    expect(fixtureNameOf('redis:7')).toBeUndefined();
    expect(fixtureNameOf('docker.io/clnrm-fixture/redis:latest')).toBeUndefined();
  });

  it('imageRemedy gives the build command for a fixture, says which names exist otherwise', () => {
    expect(imageRemedy('clnrm-fixture/redis:latest')).toBe('build it with `bash scripts/build-fixtures.sh redis`');
    expect(imageRemedy('clnrm-fixture/postgres')).toBe('build it with `bash scripts/build-fixtures.sh postgres`');
    expect(imageRemedy('clnrm-fixture/redis:7')).toBe(
      'build it with `bash scripts/build-fixtures.sh redis` (it tags clnrm-fixture/redis:latest and :<recipe hash>, not :7)',
    );
    expect(imageRemedy('clnrm-fixture/mysql:latest')).toMatch(/^clnrm-fixture\/mysql is not a fixture scripts\/build-fixtures\.sh builds \(it builds busybox, .*, redis, postgres, debian, nginx\)$/);
    expect(imageRemedy('redis:7')).toMatch(/^pull or build it on the engine's host/);
  });
});
