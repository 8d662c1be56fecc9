import { createRequire } from 'node:module';
import { Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { lazyModuleFiles, loadDockerode } from './dockerode-loader.js';

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
