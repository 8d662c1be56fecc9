import { afterEach, describe, expect, it } from 'vitest';
import { hostNetnsIsLocal, runLocalShell } from './host-shell.js';

describe('the engine host namespace, reached directly', () => {
  const saved = process.env.CLNRM_HOST_FIREWALL;
  afterEach(() => {
    if (saved === undefined) delete process.env.CLNRM_HOST_FIREWALL;
    else process.env.CLNRM_HOST_FIREWALL = saved;
  });

  it('never for an engine over TCP, nor for a bridge this process does not see', () => {
    expect(hostNetnsIsLocal('http://10.0.0.5:2375', 'lo')).toBe(false);
    expect(hostNetnsIsLocal('unix:///var/run/docker.sock', 'br-000000000000')).toBe(false);
  });

  it('for a local socket and an interface of this namespace only as root, and never when the helper is asked for', () => {
    expect(hostNetnsIsLocal('unix:///var/run/docker.sock', 'lo')).toBe(process.getuid?.() === 0);
    process.env.CLNRM_HOST_FIREWALL = 'helper';
    expect(hostNetnsIsLocal('unix:///var/run/docker.sock', 'lo')).toBe(false);
  });

  it('refuses a bridge name that is not an interface name', () => {
    expect(() => hostNetnsIsLocal('unix:///var/run/docker.sock', '../../etc')).toThrow(/not valid/);
  });

  it('runs a script and reports its exit code and output, as the helper does', async () => {
    expect(await runLocalShell('echo out; echo err >&2; exit 3')).toEqual({ exitCode: 3, output: 'out\nerr\n' });
    expect(await runLocalShell('true')).toEqual({ exitCode: 0, output: '' });
  });
});
