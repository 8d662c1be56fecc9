/**
 * The proxy's HTTP toxics (http_error, http_slow), run locally (`node -e`, no
 * engine) in front of a small HTTP upstream on 127.0.0.1 that answers
 * "<method> <path> <body length>" after `?wait=MS` milliseconds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_SERVER_SCRIPT } from './server-script.js';

let upstream: http.Server;
let upstreamPort = 0;
/** Requests the upstream received, as "METHOD path". */
const received: string[] = [];
const running: ChildProcess[] = [];

async function startProxy(): Promise<{ port: number; control: string; add(t: Record<string, unknown>): Promise<void>; toxic(name: string): Promise<Record<string, unknown>> }> {
  const child = spawn(process.execPath, ['-e', PROXY_SERVER_SCRIPT], {
    env: { PATH: process.env.PATH ?? '', PROXY_LISTEN: '0', PROXY_CONTROL: '0', PROXY_BIND: '127.0.0.1', PROXY_UPSTREAM: `127.0.0.1:${upstreamPort}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.push(child);
  const ready = await new Promise<{ listen: number; control: number }>((resolve) => child.stdout!.once('data', (d) => resolve(JSON.parse(String(d).split('\n')[0]!))));
  const control = `http://127.0.0.1:${ready.control}`;
  return {
    port: ready.listen,
    control,
    async add(t) {
      const r = await fetch(`${control}/toxics`, { method: 'POST', body: JSON.stringify({ stream: 'upstream', ...t }) });
      expect(r.status, await r.clone().text()).toBe(200);
    },
    toxic: async (name) => ((await (await fetch(`${control}/toxics`)).json()) as Record<string, unknown>[]).find((t) => t.name === name)!,
  };
}

/** Sequential requests on one kept-alive connection (or a new connection each with `fresh`): status, body and time of each. */
async function requests(port: number, list: { method?: string; path: string; body?: string; chunked?: boolean }[], fresh = false) {
  const agent = new http.Agent({ keepAlive: !fresh, maxSockets: 1 });
  const out: { status: number; body: string; ms: number }[] = [];
  for (const q of list) {
    out.push(
      await new Promise((resolve, reject) => {
        const start = performance.now();
        const req = http.request({ host: '127.0.0.1', port, path: q.path, method: q.method ?? 'GET', agent }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode!, body, ms: performance.now() - start }));
        });
        req.on('error', reject);
        if (q.body !== undefined) {
          if (q.chunked) req.setHeader('transfer-encoding', 'chunked');
          else req.setHeader('content-length', Buffer.byteLength(q.body));
          req.write(q.body.slice(0, 3));
          req.write(q.body.slice(3));
        }
        req.end();
      }),
    );
  }
  agent.destroy();
  return out;
}

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push(`${req.method} ${req.url}`);
      const wait = Number(new URL(req.url!, 'http://x').searchParams.get('wait') ?? 0);
      setTimeout(() => res.end(`${req.method} ${req.url} ${body.length}`), wait);
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamPort = (upstream.address() as net.AddressInfo).port;
});
afterEach(() => {
  for (const c of running.splice(0)) c.kill();
  received.length = 0;
});
afterAll(() => new Promise<void>((r) => upstream.close(() => r())));

describe('HTTP toxics of the proxy script', { timeout: 30_000 }, () => {
  it('http_error answers exactly the matching request numbers whose seeded draw is below rate, without forwarding them; others pass', async () => {
    const p = await startProxy();
    await p.add({ name: 'e', type: 'http_error', seed: 42, attributes: { rate: 0.5, status: 503, path_prefix: '/api' } });
    const list = Array.from({ length: 24 }, (_, i) => ({ path: i % 4 === 3 ? `/health?i=${i}` : `/api/items?i=${i}` }));
    const got = await requests(p.port, list);
    const draws = (await (await fetch(`${p.control}/toxics/e/draws`)).json()) as [number, number][];
    expect(draws.map(([i]) => i)).toEqual(Array.from({ length: 18 }, (_, k) => k + 1));
    const chosen = new Set(draws.filter(([, v]) => v < 0.5).map(([i]) => i));
    expect(chosen.size).toBeGreaterThan(0);
    expect(chosen.size).toBeLessThan(18);
    let n = 0;
    const expected = list.map((q) => (q.path.startsWith('/api') && chosen.has(++n) ? 503 : 200));
    expect(got.map((r) => r.status)).toEqual(expected);
    expect(got.filter((r) => r.status === 503).every((r) => r.body === '503 Service Unavailable (clnrm http_error)\n')).toBe(true);
    expect(received).toEqual(list.filter((_, k) => expected[k] === 200).map((q) => `GET ${q.path}`));
    expect(await p.toxic('e')).toMatchObject({ requests_seen: 24, requests_matched: 18, requests_failed: chosen.size, connections_unparsed: 0 });
  });

  it('the same seed fails the same request numbers whether the requests share a connection or not', async () => {
    const statuses = async (fresh: boolean) => {
      const p = await startProxy();
      await p.add({ name: 'e', type: 'http_error', seed: 7, attributes: { rate: 0.4, status: 500 } });
      return (await requests(p.port, Array.from({ length: 15 }, () => ({ path: '/x' })), fresh)).map((r) => r.status);
    };
    const shared = await statuses(false);
    expect(await statuses(true)).toEqual(shared);
    expect(shared).toContain(500);
    expect(shared).toContain(200);
  });

  it('a failed request with a chunked body is swallowed whole: the next request on the connection reaches the upstream intact', async () => {
    const p = await startProxy();
    await p.add({ name: 'e', type: 'http_error', seed: 1, attributes: { rate: 1, status: 502, method: 'POST' } });
    const got = await requests(p.port, [
      { method: 'POST', path: '/write', body: 'a chunked body', chunked: true },
      { method: 'GET', path: '/read' },
      { method: 'POST', path: '/write2', body: 'sized body' },
      { method: 'PUT', path: '/put', body: 'twelve bytes' },
    ]);
    expect(got.map((r) => r.status)).toEqual([502, 200, 502, 200]);
    expect(got[1]!.body).toBe('GET /read 0');
    expect(got[3]!.body).toBe('PUT /put 12');
    expect(received).toEqual(['GET /read', 'PUT /put']);
  });

  it('bytes that are not HTTP pass untouched and count as an unparsed connection, never as a request', async () => {
    const raw = net.createServer((c) => c.on('data', (d) => c.write(Buffer.concat([Buffer.from('echo:'), d]))));
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
    const child = spawn(process.execPath, ['-e', PROXY_SERVER_SCRIPT], {
      env: { PATH: process.env.PATH ?? '', PROXY_LISTEN: '0', PROXY_CONTROL: '0', PROXY_BIND: '127.0.0.1', PROXY_UPSTREAM: `127.0.0.1:${(raw.address() as net.AddressInfo).port}` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running.push(child);
    const ready = await new Promise<{ listen: number; control: number }>((resolve) => child.stdout!.once('data', (d) => resolve(JSON.parse(String(d).split('\n')[0]!))));
    const control = `http://127.0.0.1:${ready.control}`;
    await fetch(`${control}/toxics`, { method: 'POST', body: JSON.stringify({ name: 'e', type: 'http_error', stream: 'upstream', seed: 1, attributes: { rate: 1 } }) });
    const answer = await new Promise<string>((resolve) => {
      const s = net.connect(ready.listen, '127.0.0.1', () => s.write('\u0016\u0003\u0001 binary hello\r\n\r\n'));
      s.on('data', (d) => (resolve(String(d)), s.destroy()));
    });
    expect(answer).toBe('echo:\u0016\u0003\u0001 binary hello\r\n\r\n');
    const [t] = (await (await fetch(`${control}/toxics`)).json()) as Record<string, number>[];
    expect(t).toMatchObject({ requests_seen: 0, requests_matched: 0, requests_failed: 0, connections_unparsed: 1 });
    raw.close();
  });

  it('http_slow holds matching responses delay_ms longer, or factor times the upstream time; others stay fast', async () => {
    const p = await startProxy();
    await p.add({ name: 's', type: 'http_slow', seed: 3, attributes: { rate: 1, method: 'GET', path_prefix: '/slow', delay_ms: 300 } });
    const got = await requests(p.port, [{ path: '/slow/a' }, { path: '/fast' }, { path: '/slow/b' }, { method: 'POST', path: '/slow/c', body: 'x' }]);
    expect(got[0]!.ms).toBeGreaterThanOrEqual(300);
    expect(got[2]!.ms).toBeGreaterThanOrEqual(300);
    expect(got[1]!.ms).toBeLessThan(250);
    expect(got[3]!.ms).toBeLessThan(250);
    expect(got.map((r) => r.body)).toEqual(['GET /slow/a 0', 'GET /fast 0', 'GET /slow/b 0', 'POST /slow/c 1']);
    expect(await p.toxic('s')).toMatchObject({ requests_seen: 4, requests_matched: 2, requests_delayed: 2 });

    const f = await startProxy();
    await f.add({ name: 'f', type: 'http_slow', seed: 3, attributes: { rate: 1, factor: 3 } });
    const [slow] = await requests(f.port, [{ path: '/x?wait=150' }]);
    // Upstream ~150 ms, three times that in all.
    expect(slow!.ms).toBeGreaterThanOrEqual(440);
  });

  it('refuses an HTTP toxic on the downstream stream', async () => {
    const p = await startProxy();
    const r = await fetch(`${p.control}/toxics`, { method: 'POST', body: JSON.stringify({ name: 'e', type: 'http_error', stream: 'downstream' }) });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: 'http_error reads requests: its stream is upstream' });
  });
});

describe('removing an HTTP toxic mid-request', { timeout: 30_000 }, () => {
  it('loses no byte: a half-read head and a swallowed body are framed to their end, then everything passes', async () => {
    const p = await startProxy();
    await p.add({ name: 'e', type: 'http_error', seed: 1, attributes: { rate: 1, status: 503, method: 'POST' } });
    const s = net.connect(p.port, '127.0.0.1');
    await new Promise((r) => s.once('connect', r));
    let answer = '';
    s.on('data', (d) => (answer += d));
    const until = async (re: RegExp) => {
      for (let i = 0; i < 100 && !re.test(answer); i++) await new Promise((r) => setTimeout(r, 20));
      expect(answer).toMatch(re);
    };
    // A failed POST whose body is still coming, then half of a GET head.
    s.write('POST /w HTTP/1.1\r\nhost: x\r\ncontent-length: 10\r\n\r\n12345');
    await until(/503/);
    await fetch(`${p.control}/toxics/e`, { method: 'DELETE' });
    s.write('67890GET /after HTTP/1.1\r\nhost: x\r\n');
    s.write('\r\n');
    await until(/GET \/after 0/);
    expect(received).toEqual(['GET /after']);
    s.destroy();
  });

  it('a head the toxic held back, half read when it is removed, reaches the upstream whole', async () => {
    const p = await startProxy();
    await p.add({ name: 'e', type: 'http_error', seed: 1, attributes: { rate: 1, path_prefix: '/never' } });
    const s = net.connect(p.port, '127.0.0.1');
    await new Promise((r) => s.once('connect', r));
    let answer = '';
    s.on('data', (d) => (answer += d));
    s.write('GET /half HTTP/1.1\r\nho');
    await new Promise((r) => setTimeout(r, 100));
    await fetch(`${p.control}/toxics/e`, { method: 'DELETE' });
    s.write('st: x\r\n\r\n');
    for (let i = 0; i < 100 && !/GET \/half 0/.test(answer); i++) await new Promise((r) => setTimeout(r, 20));
    expect(answer).toMatch(/GET \/half 0/);
    expect(received).toEqual(['GET /half']);
    s.destroy();
  });
});
