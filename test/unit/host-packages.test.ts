/**
 * The fixture build may copy only host binaries named in scripts/host-packages.sh, the list the set-up
 * installs from: otherwise a fresh machine stops at "X missing" halfway through `npm run chaos`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (p: string) => readFileSync(`${ROOT}/${p}`, 'utf8');

function listedBinaries(): Map<string, string> {
  const out = execFileSync('sh', ['-c', '. scripts/host-packages.sh; printf "%s" "$HOST_PACKAGES"'], { cwd: ROOT, encoding: 'utf8' });
  const pairs = out.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => f.length === 2);
  return new Map(pairs.map(([bin, pkg]) => [bin!, pkg!]));
}

describe('host packages', () => {
  const build = read('scripts/build-fixtures.sh');

  it('every binary the fixture build needs is listed with its package', () => {
    const needed = [...build.matchAll(/\bneed (\/[^\s)]+)/g)].map((m) => m[1]!);
    expect(needed.length).toBeGreaterThanOrEqual(6);
    const listed = listedBinaries();
    for (const bin of needed) expect(listed.has(bin), `${bin} is copied by build-fixtures.sh but not in host-packages.sh`).toBe(true);
  });

  it('the fixture build reaches host binaries only through need (no command -v / absolute host paths besides node and docker)', () => {
    const code = build.split('\n').filter((l) => !l.trim().startsWith('#'));
    const probes = code.filter((l) => /command -v (?!node\b|docker\b|iptables\b)\w/.test(l));
    expect(probes).toEqual([]);
  });

  it('lists the headless browser the HTML report test opens its pages in', () => {
    expect(listedBinaries().get('/usr/bin/chromium')).toBe('chromium');
    expect(read('test/integration/html-report.test.ts')).toMatch(/'\/usr\/bin\/chromium'/);
  });

  it('the set-up installs from the same list and host_bin refuses unlisted binaries', () => {
    expect(read('scripts/setup.sh')).toMatch(/\. \.\/scripts\/host-packages\.sh/);
    expect(read('scripts/setup.sh')).toMatch(/missing_host_packages/);
    let stderr = '';
    try {
      execFileSync('bash', ['-c', '. scripts/host-packages.sh; host_bin /usr/bin/definitely-not-listed'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(stderr).toMatch(/not in scripts\/host-packages\.sh/);
  });
});
