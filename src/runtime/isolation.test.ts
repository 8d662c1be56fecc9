import { describe, expect, it } from 'vitest';
import { loadSuiteSource } from '../load/index.js';
import { chainFor, installScript, parseHole, removeScript } from './isolation.js';

const NET = '2fda226e5b2f0123456789abcdef0123456789abcdef0123456789abcdef0123';

describe('isolation rules', () => {
  it('allow entries: host:PORT is TCP, host:PORT/udp is UDP', () => {
    expect(parseHole('host:5432')).toEqual({ port: 5432, protocol: 'tcp' });
    expect(parseHole('host:53/udp')).toEqual({ port: 53, protocol: 'udp' });
    expect(() => parseHole('db:5432')).toThrow(/host:PORT/);
    expect(() => parseHole('host:70000')).toThrow(/host:PORT/);
  });

  it('the chain carries the network id, so a sweep can tell whose it is', () => {
    expect(chainFor(NET)).toBe('CLNRM-ISO-2fda226e5b2f');
    expect(chainFor(NET).length).toBeLessThanOrEqual(28); // iptables' limit
    expect(() => chainFor('not-hex')).toThrow(/not hexadecimal/);
  });

  it('lets through answers, the own receiver and the holes, in that order, then rejects the rest; hooked for the bridge only', () => {
    const script = installScript({ bridge: 'br-2fda226e5b2f', networkId: NET, receiver: { host: '192.168.64.1', port: 39283 }, holes: [{ port: 5432, protocol: 'tcp' }, { port: 53, protocol: 'udp' }] });
    const steps = [
      '-N CLNRM-ISO-2fda226e5b2f',
      '-A CLNRM-ISO-2fda226e5b2f -m conntrack --ctstate ESTABLISHED,RELATED -j RETURN',
      '-A CLNRM-ISO-2fda226e5b2f -p tcp -d 192.168.64.1 --dport 39283 -j RETURN',
      '-A CLNRM-ISO-2fda226e5b2f -p tcp --dport 5432 -j RETURN',
      '-A CLNRM-ISO-2fda226e5b2f -p udp --dport 53 -j RETURN',
      '-A CLNRM-ISO-2fda226e5b2f -j REJECT --reject-with icmp-admin-prohibited',
      '-I INPUT 1 -i br-2fda226e5b2f -j CLNRM-ISO-2fda226e5b2f',
    ];
    // One transaction, and the same steps one by one where it is refused.
    expect(script.split('\n')).toEqual([
      'set -e',
      `if ! printf '%s\\n' '*filter' ${steps.map((s) => `'${s}'`).join(' ')} 'COMMIT' | iptables-restore -w --noflush 2>/dev/null; then`,
      ...steps.map((s) => `  iptables -w ${s}`),
      'fi',
    ]);
  });

  it('the transaction installs the same rules as the steps one by one (as the shell prints them)', async () => {
    const script = installScript({ bridge: 'br-2fda226e5b2f', networkId: NET, holes: [{ port: 53, protocol: 'udp' }] });
    const printf = /^if ! (printf .*) \| iptables-restore/m.exec(script)![1]!;
    const { execFileSync } = await import('node:child_process');
    const fed = execFileSync('sh', ['-c', printf], { encoding: 'utf8' }).split('\n');
    const oneByOne = script.split('\n').filter((l) => l.startsWith('  iptables -w ')).map((l) => l.slice('  iptables -w '.length));
    expect(fed).toEqual(['*filter', ...oneByOne, 'COMMIT', '']);
  });

  it('without a receiver nothing on the host is open but the holes', () => {
    const script = installScript({ bridge: 'br-2fda226e5b2f', networkId: NET, holes: [] });
    expect(script).not.toMatch(/--dport/);
    expect(script).toMatch(/-j REJECT/);
  });

  it('refuses values that would not be one shell word', () => {
    expect(() => installScript({ bridge: 'br-x; reboot', networkId: NET, holes: [] })).toThrow(/bridge interface name/);
    expect(() => installScript({ bridge: 'br-x', networkId: NET, receiver: { host: '$(id)', port: 1 }, holes: [] })).toThrow(/IPv4/);
    expect(() => removeScript('INPUT')).toThrow(/not an isolation chain/);
  });
});

describe('[network] allow in a suite file', () => {
  const suite = (allow: string) => `
[meta]
name = "holes"

[network]
allow = ${allow}

[service.app]
image = "clnrm-fixture/busybox:latest"

[[scenario]]
name = "s"
run = "true"
`;

  it('is loaded as written', () => {
    const r = loadSuiteSource('holes.clnrm.toml', suite('["host:5432", "host:53/udp"]'));
    expect(r.ok && r.suite.network.allow).toEqual(['host:5432', 'host:53/udp']);
  });

  it('a malformed entry is located and says the form', () => {
    const r = loadSuiteSource('holes.clnrm.toml', suite('["db:5432"]'));
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues[0]! : undefined;
    expect(issue).toMatchObject({ line: 6, keyPath: 'network.allow[0]' });
    expect(issue?.message).toMatch(/"db:5432" is not allowed here.*host:PORT/);
  });
});
