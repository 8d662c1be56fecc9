/**
 * The build's start-up aids (scripts/bundle.mjs, scripts/code-cache.mjs): the CLI bundle and the prebuilt
 * packages are ASCII (read as latin1), and each is compiled with a V8 code cache this Node takes.
 * Needs the build (npm run build); each check runs in a fresh process, as the CLI starts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const built = (path: string) => `${ROOT}${path}`;

function inFreshNode(script: string): unknown {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('the code caches of the build', () => {
  it('the CLI bundle, its signal handlers and the prebuilt packages are pure ASCII (a latin1 read gives the same text)', () => {
    for (const file of ['dist/bundle/cli.cjs', 'dist/bundle/interrupt.cjs', 'dist/vendor/dockerode.cjs', 'dist/vendor/xmlbuilder2.cjs']) {
      expect(existsSync(built(file)), `${file} (run npm run build)`).toBe(true);
      const bytes = readFileSync(built(file));
      expect(bytes.findIndex((b) => b > 0x7f), file).toBe(-1);
    }
  });

  it('bin/load-cli.js compiles the CLI with its cache, and V8 takes it', () => {
    expect(existsSync(built('dist/bundle/cli.cjs.cache'))).toBe(true);
    const out = inFreshNode(`import { loadCli } from './bin/load-cli.js'; const r = loadCli(); console.log(JSON.stringify({ rejected: r.cacheRejected, main: typeof r.cli.main }));`);
    expect(out).toEqual({ rejected: false, main: 'function' });
  });

  it('the prebuilt packages load with their own caches, taken by V8, and work (a Docker client, an XML document)', () => {
    for (const name of ['dockerode', 'xmlbuilder2']) expect(existsSync(built(`dist/vendor/${name}.cjs.cache`)), name).toBe(true);
    const out = inFreshNode(`
      import { requireVendored, vendoredLoads } from './dist/common/vendored.js';
      const Docker = requireVendored('dockerode');
      const docker = new Docker({ socketPath: '/nonexistent.sock' });
      const xml = requireVendored('xmlbuilder2').create().ele('testsuites', { tests: '0' }).end();
      console.log(JSON.stringify({ loads: vendoredLoads().map((v) => [v.name, v.cache]), list: typeof docker.listContainers, xml, again: requireVendored('dockerode') === Docker }));
    `);
    expect(out).toEqual({
      loads: [['dockerode', 'used'], ['xmlbuilder2', 'used']],
      list: 'function',
      xml: '<?xml version="1.0"?><testsuites tests="0"/>',
      again: true,
    });
  });

  it('a cache that does not fit (that of another package) is refused by V8, and the package loads and works as without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-vendored-'));
    try {
      mkdirSync(join(dir, 'common'));
      mkdirSync(join(dir, 'vendor'));
      copyFileSync(built('dist/common/vendored.js'), join(dir, 'common', 'vendored.js'));
      copyFileSync(built('dist/vendor/dockerode.cjs'), join(dir, 'vendor', 'dockerode.cjs'));
      copyFileSync(built('dist/vendor/xmlbuilder2.cjs.cache'), join(dir, 'vendor', 'dockerode.cjs.cache'));
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      const out = inFreshNode(`
        const { requireVendored, vendoredLoads } = await import(${JSON.stringify(join(dir, 'common', 'vendored.js'))});
        const Docker = requireVendored('dockerode');
        console.log(JSON.stringify({ loads: vendoredLoads().map((v) => [v.name, v.cache]), list: typeof new Docker({ socketPath: '/nonexistent.sock' }).listContainers }));
      `);
      expect(out).toEqual({ loads: [['dockerode', 'rejected']], list: 'function' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
