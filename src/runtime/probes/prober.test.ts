/** The prober's program, run here with node: it answers samples of live servers by their outcome, and by its own timer. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBER_SCRIPT } from './prober.js';

let prober: ChildProcess;
let base = '';
const servers: (http.Server | net.Server)[] = [];

const listen = async (server: http.Server | net.Server): Promise<number> => {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};
const sample = async (q: Record<string, string>) => (await fetch(`${base}/sample?${new URLSearchParams(q)}`)).json() as Promise<Record<string, unknown>>;

beforeAll(async () => {
  prober = spawn(process.execPath, ['-e', PROBER_SCRIPT, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    prober.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /prober listening on (\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    prober.on('exit', (code) => reject(new Error(`prober exited ${code}`)));
  });
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  prober.kill('SIGTERM');
  for (const s of servers) s.close();
});

describe('prober', () => {
  it('answers /health', async () => {
    expect(await (await fetch(`${base}/health`)).text()).toBe('ok');
  });

  it('http: the status of a GET to the path asked for; refused connections by their code', async () => {
    const paths: string[] = [];
    const port = await listen(http.createServer((req, res) => { paths.push(req.url ?? ''); res.statusCode = req.url === '/down' ? 503 : 200; res.end(); }));
    expect(await sample({ kind: 'http', host: '127.0.0.1', port: String(port), path: '/health', timeout_ms: '2000' })).toMatchObject({ connected: true, status: 200 });
    expect(await sample({ kind: 'http', host: '127.0.0.1', port: String(port), path: '/down', timeout_ms: '2000' })).toMatchObject({ connected: true, status: 503 });
    expect(paths).toEqual(['/health', '/down']);
    const closed = await listen(net.createServer());
    servers.pop()!.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(await sample({ kind: 'http', host: '127.0.0.1', port: String(closed), path: '/', timeout_ms: '2000' })).toMatchObject({ error: 'ECONNREFUSED' });
    expect(await sample({ kind: 'tcp', host: '127.0.0.1', port: String(closed), timeout_ms: '2000' })).toMatchObject({ error: 'ECONNREFUSED' });
  });

  it('tcp: connected when the connection is accepted; latency measured', async () => {
    const port = await listen(net.createServer((s) => s.end()));
    const r = await sample({ kind: 'tcp', host: '127.0.0.1', port: String(port), timeout_ms: '2000' });
    expect(r).toMatchObject({ connected: true });
    expect(typeof r.latencyMs).toBe('number');
  });

  it('a server that never answers: the sample answers by its own timer, and others are not held up meanwhile', async () => {
    const silent = await listen(http.createServer(() => undefined));
    const fast = await listen(http.createServer((_req, res) => res.end()));
    let slowAnswered = false;
    const slow = sample({ kind: 'http', host: '127.0.0.1', port: String(silent), path: '/', timeout_ms: '2000' }).then((r) => {
      slowAnswered = true;
      return r;
    });
    expect(await sample({ kind: 'http', host: '127.0.0.1', port: String(fast), path: '/', timeout_ms: '2000' })).toMatchObject({ connected: true, status: 200 });
    expect(slowAnswered).toBe(false);
    const r = await slow;
    expect(r).toMatchObject({ error: 'no answer within 2000 ms' });
    expect(r.latencyMs as number).toBeGreaterThanOrEqual(2000);
  });
});
