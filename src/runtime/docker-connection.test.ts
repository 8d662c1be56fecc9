import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { connectDocker, socketAgent } from './docker-connection.js';

const saved = process.env.DOCKER_HOST;
afterEach(() => {
  if (saved === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = saved;
});

describe('the client of a unix-socket engine', () => {
  it('asks over one kept-alive connection, request after request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-socket-'));
    let connections = 0;
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.setHeader('Content-Type', 'text/plain').end('OK');
    });
    server.on('connection', () => connections++);
    const socket = join(dir, 'engine.sock');
    await new Promise<void>((r) => server.listen(socket, r));
    try {
      process.env.DOCKER_HOST = `unix://${socket}`;
      const { docker, endpoint } = connectDocker();
      expect(endpoint).toBe(`unix://${socket}`);
      expect(String(await docker.ping())).toBe('OK');
      expect(String(await docker.ping())).toBe('OK');
      expect(paths).toEqual(['/_ping', '/_ping']);
      expect(connections).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('its agent prints as its name alone (docker-modem inspects every request\'s options, agent included)', () => {
    expect(inspect({ agent: socketAgent() }, { showHidden: true, depth: null })).toBe("{ agent: Agent (docker socket) }");
  });
});
