import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { lazyModuleFiles, loadDockerode } from './dockerode-loader.js';
import { vendoredFile } from '../common/vendored.js';

const requireHere = createRequire(import.meta.url);
const loadedFiles = () => Object.keys(requireHere.cache);
const loaded = (pkg: RegExp) => loadedFiles().some((f) => pkg.test(f));

describe('dockerode without its unused transports', () => {
  it('loads dockerode, but neither ssh2 nor gRPC, until one of them is called', () => {
    const Dockerode = loadDockerode();
    const docker = new Dockerode({ socketPath: '/nonexistent.sock' });
    expect(typeof docker.listContainers).toBe('function');
    expect(loaded(/node_modules\/ssh2\//)).toBe(false);
    expect(loaded(/node_modules\/@grpc\//)).toBe(false);
    expect(loaded(/node_modules\/protobufjs\//)).toBe(false);
  });

  it('a stand-in loads the real module on its first call and behaves as it (the ssh transport gives an http agent)', () => {
    loadDockerode();
    const [sshFile] = lazyModuleFiles();
    expect(sshFile).toMatch(/docker-modem\/lib\/ssh\.js$/);
    const ssh = requireHere(sshFile!) as (opt: object) => unknown;
    // Building the agent connects nowhere: a connection starts only with a request.
    const agent = ssh({ host: '127.0.0.1', port: 1 });
    expect(agent).toBeInstanceOf(Agent);
    expect(loaded(/node_modules\/ssh2\//)).toBe(true);
    // The real module now sits in the cache for good.
    expect(requireHere(sshFile!)).not.toBe(ssh);
  });
});

describe('the prebuilt dockerode of the build (dist/vendor/dockerode.cjs, scripts/bundle.mjs)', () => {
  // The build writes it beside dist/common/; from src/ the same relative path names src/vendor/, so it is read from dist/.
  const file = vendoredFile('dockerode').replace(/\/src\/vendor\//, '/dist/vendor/');

  it('is one file with the same stand-ins: ssh2, gRPC and protobufjs load only when called (an ssh request loads ssh2)', () => {
    expect(existsSync(file), `${file} (run npm run build)`).toBe(true);
    // A fresh process: this one loaded the real transports in the tests above.
    const script = `
      const req = require('node:module').createRequire(process.cwd() + '/');
      const heavy = () => Object.keys(req.cache).filter((f) => /node_modules[/](ssh2|@grpc|protobufjs)[/]/.test(f)).length;
      const Dockerode = req(process.argv[1]);
      const files = Object.keys(req.cache).length;
      const before = heavy();
      const docker = new Dockerode({ protocol: 'ssh', host: '127.0.0.1', port: 1, username: 'nobody' });
      docker.version(() => { console.log(JSON.stringify({ files, before, after: heavy(), api: typeof docker.listContainers })); process.exit(0); });
    `;
    // (ssh2's url parsing prints a deprecation warning of Node's on stderr: not ours to judge.)
    const r = spawnSync(process.execPath, ['--no-deprecation', '-e', script, file], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    // Loading it read that one file of the package; nothing heavy until the ssh transport was used.
    expect(JSON.parse(r.stdout)).toEqual({ files: 1, before: 0, after: expect.any(Number), api: 'function' });
    expect(JSON.parse(r.stdout).after).toBeGreaterThan(0);
  });

  it("loads Node's https (and tls) only when an https:// engine is asked something, and then asks it over TLS", () => {
    expect(existsSync(file), `${file} (run npm run build)`).toBe(true);
    const script = `
      const https = () => process.moduleLoadList.includes('NativeModule https');
      const Dockerode = require(process.argv[1]);
      new Dockerode({ socketPath: '/nonexistent.sock' }).version(() => {
        const afterSocket = https();
        // A TLS port that refuses: the request reaches Node's https client, which reports the refusal.
        new Dockerode({ protocol: 'https', host: '127.0.0.1', port: 1 }).version((err) => {
          console.log(JSON.stringify({ afterSocket, afterHttps: https(), code: err && err.code }));
        });
      });
    `;
    const r = spawnSync(process.execPath, ['-e', script, file], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ afterSocket: false, afterHttps: true, code: 'ECONNREFUSED' });
  });

  it("formats a request's options for its debug log only when that log is on (DEBUG=modem)", () => {
    const script = `
      const util = require('node:util');
      const inspect = util.inspect;
      let calls = 0;
      util.inspect = (...a) => (calls++, inspect(...a));
      const Dockerode = require(process.argv[1]);
      const sock = require('node:path').join(require('node:os').tmpdir(), 'clnrm-debug-' + process.pid + '.sock');
      const server = require('node:http').createServer((q, r) => r.end('OK')).listen(sock, () => {
        new Dockerode({ socketPath: sock }).ping(() => { server.close(); console.log(JSON.stringify({ calls })); });
      });
    `;
    const calls = (debug: string | undefined) => {
      const env = { ...process.env };
      delete env.DEBUG;
      const r = spawnSync(process.execPath, ['-e', script, file], { encoding: 'utf8', timeout: 30_000, env: debug ? { ...env, DEBUG: debug } : env });
      return (JSON.parse(r.stdout) as { calls: number }).calls;
    };
    expect(calls(undefined)).toBe(0);
    expect(calls('modem')).toBeGreaterThan(0);
  });
});
