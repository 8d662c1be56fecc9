/**
 * The proxy script run locally (`node -e`, no engine) in front of a small TCP
 * upstream on 127.0.0.1. The upstream's protocol: each line "N" answers N
 * bytes of "x"; "N end" answers them and then closes its side.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_SERVER_SCRIPT } from './server-script.js';

let upstream: net.Server;
let upstreamPort = 0;
const running: ChildProcess[] = [];

interface Proxy {
  port: number;
  control: string;
  addToxic(t: Record<string, unknown>): Promise<Response>;
  removeToxic(name: string): Promise<Response>;
}

async function startProxy(): Promise<Proxy> {
  const child = spawn(process.execPath, ['-e', PROXY_SERVER_SCRIPT], {
    env: { PATH: process.env.PATH ?? '', PROXY_LISTEN: '0', PROXY_CONTROL: '0', PROXY_BIND: '127.0.0.1', PROXY_UPSTREAM: `127.0.0.1:${upstreamPort}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const ready = await new Promise<{ listen: number; control: number }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
    });
    child.on('exit', (code) => reject(new Error(`proxy exited ${code}: ${err}`)));
  });
  const control = `http://127.0.0.1:${ready.control}`;
  return {
    port: ready.listen,
    control,
    addToxic: (t) => fetch(`${control}/toxics`, { method: 'POST', body: JSON.stringify(t) }),
    removeToxic: (name) => fetch(`${control}/toxics/${encodeURIComponent(name)}`, { method: 'DELETE' }),
  };
}

interface Exchange {
  bytes: number;
  chunks: number;
  ms: number;
  /** When the connection ended (FIN or error), from the request. */
  closeMs: number;
  error?: string;
}

/** One connection: asks for n bytes, then reads until the proxy closes it. */
function exchange(port: number, n: number, opts: { keepOpen?: boolean } = {}): Promise<Exchange> {
  return new Promise((resolve) => {
    const start = performance.now();
    const r: Exchange = { bytes: 0, chunks: 0, ms: -1, closeMs: -1 };
    const s = net.connect(port, '127.0.0.1', () => s.write(`${n}${opts.keepOpen ? '' : ' end'}\n`));
    s.on('data', (d) => {
      r.bytes += d.length;
      r.chunks++;
      if (r.bytes >= n && r.ms < 0) r.ms = performance.now() - start;
    });
    s.on('end', () => s.end());
    s.on('error', (e: NodeJS.ErrnoException) => (r.error = e.code ?? e.message));
    s.on('close', () => {
      r.closeMs = performance.now() - start;
      resolve(r);
    });
  });
}

/** A kept-open connection that asks for n bytes at a time. */
async function session(port: number) {
  const s = net.connect(port, '127.0.0.1');
  await new Promise((r) => s.once('connect', r));
  let got = 0;
  let want = 0;
  let wake: (() => void) | undefined;
  s.on('data', (d) => {
    got += d.length;
    if (got >= want) wake?.();
  });
  return {
    async ask(n: number): Promise<number> {
      const start = performance.now();
      got = 0;
      want = n;
      await new Promise<void>((r) => {
        wake = r;
        s.write(`${n}\n`);
      });
      return performance.now() - start;
    },
    close: () => s.destroy(),
  };
}

beforeAll(async () => {
  upstream = net.createServer({ allowHalfOpen: true }, (c) => {
    let buf = '';
    c.on('data', (d) => {
      buf += d;
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const [n, end] = buf.slice(0, i).split(' ');
        buf = buf.slice(i + 1);
        c.write(Buffer.alloc(Number(n), 120));
        if (end) c.end();
      }
    });
    c.on('end', () => c.end());
    c.on('error', () => undefined);
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamPort = (upstream.address() as net.AddressInfo).port;
});

afterEach(() => {
  for (const c of running.splice(0)) c.kill();
});

afterAll(() => new Promise<void>((r) => upstream.close(() => r())));

describe('TCP fault proxy script', { timeout: 30_000 }, () => {
  it('fits in one argv string and reports health', async () => {
    expect(PROXY_SERVER_SCRIPT.length).toBeLessThan(100_000);
    const p = await startProxy();
    const health = await fetch(`${p.control}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', listen: p.port });
  });

  it('/health counts the connections still open (those a toxic added now would act on), and not one that ended', async () => {
    const p = await startProxy();
    const openNow = async () => ((await (await fetch(`${p.control}/health`)).json()) as { open_connections: number }).open_connections;
    const until = async (want: number) => {
      for (let i = 0; i < 200 && (await openNow()) !== want; i++) await new Promise((r) => setTimeout(r, 10));
      return openNow();
    };
    expect(await openNow()).toBe(0);
    const socket = net.connect(p.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    expect(await until(1)).toBe(1);
    socket.end();
    expect(await until(0)).toBe(0);
    socket.destroy();
  });

  it('forwards both ways untouched without toxics', async () => {
    const p = await startProxy();
    const r = await exchange(p.port, 100_000);
    expect(r).toMatchObject({ bytes: 100_000 });
    expect(r.error).toBeUndefined();
    expect(r.ms).toBeLessThan(500);
  });

  it('manages toxics: list, duplicate, invalid, unknown, delete', async () => {
    const p = await startProxy();
    const t = { name: 'slow', type: 'latency', attributes: { latency: 10 }, seed: 1 };
    const added = await p.addToxic(t);
    expect(added.status).toBe(200);
    expect(await added.json()).toEqual({ name: 'slow', type: 'latency', stream: 'downstream', toxicity: 1, attributes: { latency: 10 }, seed: 1, connections_affected: 0, chunks_affected: 0 });
    expect((await p.addToxic(t)).status).toBe(409);
    expect((await p.addToxic({ name: 'x', type: 'nope' })).status).toBe(400);
    expect((await p.addToxic({ name: 'x', type: 'latency', toxicity: 2 })).status).toBe(400);
    expect((await p.addToxic({ name: 'x', type: 'latency', stream: 'sideways' })).status).toBe(400);
    expect(((await (await fetch(`${p.control}/toxics`)).json()) as unknown[]).length).toBe(1);
    expect((await p.removeToxic('slow')).status).toBe(204);
    expect((await p.removeToxic('slow')).status).toBe(404);
    expect(await (await fetch(`${p.control}/toxics`)).json()).toEqual([]);
  });

  it('counts the traffic each toxic acted on (its evidence): none before a connection, one connection after, none for the other stream', async () => {
    const p = await startProxy();
    await p.addToxic({ name: 'down', type: 'latency', attributes: { latency: 1 } });
    await p.addToxic({ name: 'never', type: 'latency', toxicity: 0, attributes: { latency: 1 } });
    const listed = async () => Object.fromEntries(((await (await fetch(`${p.control}/toxics`)).json()) as { name: string; connections_affected: number; chunks_affected: number }[]).map((t) => [t.name, t]));
    expect((await listed()).down).toMatchObject({ connections_affected: 0, chunks_affected: 0 });
    await exchange(p.port, 1000);
    const after = await listed();
    expect(after.down!.connections_affected).toBe(1);
    expect(after.down!.chunks_affected).toBeGreaterThanOrEqual(1);
    // Drawn non-toxic for the connection (toxicity 0): the data passed it untouched.
    expect(after.never).toMatchObject({ connections_affected: 0, chunks_affected: 0 });
  });

  it('latency adds latency_ms to each response, in either direction', async () => {
    const p = await startProxy();
    const base = (await exchange(p.port, 10)).ms;
    await p.addToxic({ name: 'down', type: 'latency', attributes: { latency: 300 } });
    const down = (await exchange(p.port, 10)).ms;
    expect(down).toBeGreaterThanOrEqual(295);
    expect(down).toBeLessThan(300 + 700);
    await p.addToxic({ name: 'up', type: 'latency', stream: 'upstream', attributes: { latency: 200 } });
    const both = (await exchange(p.port, 10)).ms;
    expect(both).toBeGreaterThanOrEqual(495);
    expect(both).toBeLessThan(500 + 700);
    console.log(`latency: base ${base.toFixed(1)} ms, +300 down ${down.toFixed(1)} ms, +200 up ${both.toFixed(1)} ms`);
  });

  it('bandwidth limits throughput to rate KB/s', async () => {
    const p = await startProxy();
    const fast = (await exchange(p.port, 64 * 1024)).ms;
    await p.addToxic({ name: 'bw', type: 'bandwidth', attributes: { rate: 32 } });
    const slow = await exchange(p.port, 64 * 1024);
    expect(slow.bytes).toBe(64 * 1024);
    expect(slow.ms).toBeGreaterThanOrEqual(1500);
    expect(slow.ms).toBeLessThan(3500);
    console.log(`bandwidth: 64 KB unthrottled ${fast.toFixed(1)} ms, at 32 KB/s ${slow.ms.toFixed(0)} ms`);
  });

  it('slow_close delays the close, not the data', async () => {
    const p = await startProxy();
    await p.addToxic({ name: 'sc', type: 'slow_close', attributes: { delay: 500 } });
    const r = await exchange(p.port, 1000);
    expect(r.bytes).toBe(1000);
    expect(r.ms).toBeLessThan(300);
    expect(r.closeMs).toBeGreaterThanOrEqual(495);
    expect(r.closeMs).toBeLessThan(1500);
  });

  it('timeout holds the data and closes the connection after timeout ms', async () => {
    const p = await startProxy();
    await p.addToxic({ name: 'to', type: 'timeout', attributes: { timeout: 600 } });
    const r = await exchange(p.port, 1000);
    expect(r.bytes).toBe(0);
    expect(r.closeMs).toBeGreaterThanOrEqual(595);
    expect(r.closeMs).toBeLessThan(1600);
  });

  it('timeout 0 never closes; removing it lets the held data through', async () => {
    const p = await startProxy();
    await p.addToxic({ name: 'to', type: 'timeout', attributes: { timeout: 0 } });
    const pending = exchange(p.port, 1000);
    await new Promise((r) => setTimeout(r, 800));
    expect((await p.removeToxic('to')).status).toBe(204);
    const r = await pending;
    expect(r.bytes).toBe(1000);
    expect(r.ms).toBeGreaterThanOrEqual(795);
    expect(r.error).toBeUndefined();
  });

  it('reset_peer resets the connection (ECONNRESET) after timeout ms', async () => {
    const p = await startProxy();
    await p.addToxic({ name: 'rst', type: 'reset_peer', attributes: { timeout: 200 } });
    const r = await exchange(p.port, 1000);
    expect(r.error).toBe('ECONNRESET');
    expect(r.bytes).toBe(0);
    expect(r.closeMs).toBeGreaterThanOrEqual(195);
  });

  it('limit_data closes the connection after exactly `bytes` bytes', async () => {
    const p = await startProxy();
    await p.addToxic({ name: 'lim', type: 'limit_data', attributes: { bytes: 1000 } });
    const r = await exchange(p.port, 5000);
    expect(r.bytes).toBe(1000);
    expect(r.error).toBeUndefined();
  });

  it('slicer delivers every byte, in many more chunks', async () => {
    const p = await startProxy();
    const whole = await exchange(p.port, 5000);
    await p.addToxic({ name: 'sl', type: 'slicer', attributes: { average_size: 100, size_variation: 40 }, seed: 3 });
    const sliced = await exchange(p.port, 5000);
    expect(sliced.bytes).toBe(5000);
    expect(sliced.chunks).toBeGreaterThan(whole.chunks + 10);
    console.log(`slicer: ${whole.chunks} chunk(s) without, ${sliced.chunks} with`);
  });

  it('toxicity 0 affects no connection, 1 every connection', async () => {
    const p = await startProxy();
    await p.addToxic({ name: 'never', type: 'latency', toxicity: 0, attributes: { latency: 400 } });
    for (let i = 0; i < 3; i++) expect((await exchange(p.port, 10)).ms).toBeLessThan(250);
    await p.removeToxic('never');
    await p.addToxic({ name: 'always', type: 'latency', toxicity: 1, attributes: { latency: 400 } });
    for (let i = 0; i < 3; i++) expect((await exchange(p.port, 10)).ms).toBeGreaterThanOrEqual(395);
  });

  it('removing a toxic frees existing connections at once and spares new ones', async () => {
    const p = await startProxy();
    const s = await session(p.port);
    expect(await s.ask(10)).toBeLessThan(250);
    await p.addToxic({ name: 'slow', type: 'latency', attributes: { latency: 400 } });
    expect(await s.ask(10)).toBeGreaterThanOrEqual(395); // an existing connection is affected when a toxic is added
    const stuck = s.ask(10);
    await new Promise((r) => setTimeout(r, 100));
    await p.removeToxic('slow');
    expect(await stuck).toBeLessThan(300); // the wait in progress ended with the removal
    expect(await s.ask(10)).toBeLessThan(250);
    s.close();
    expect((await exchange(p.port, 10)).ms).toBeLessThan(250);
  });

  it('draws the same jitter and toxicity for the same seed and sequence of connections', async () => {
    const run = async (seed: number) => {
      const p = await startProxy();
      await p.addToxic({ name: 'j', type: 'latency', toxicity: 0.5, attributes: { latency: 20, jitter: 15 }, seed });
      for (let i = 0; i < 6; i++) await exchange(p.port, 10);
      return (await (await fetch(`${p.control}/toxics/j/draws`)).json()) as Array<[number, number]>;
    };
    const a = await run(1234);
    const b = await run(1234);
    const c = await run(999);
    // One toxicity draw per connection, plus one jitter draw per affected connection: never per chunk.
    expect(new Set(a.map(([conn]) => conn))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    for (const conn of [1, 2, 3, 4, 5, 6]) {
      const mine = a.filter(([c]) => c === conn);
      expect(mine.length).toBe(mine[0]![1] < 0.5 ? 2 : 1);
    }
    for (const [, v] of a) expect(v >= 0 && v < 1).toBe(true);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('latency: one jitter draw per connection, so every request on it waits the same', async () => {
    const p = await startProxy();
    await p.addToxic({ name: 'j', type: 'latency', attributes: { latency: 150, jitter: 100 }, seed: 7 });
    const s = await session(p.port);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) waits.push(await s.ask(10));
    s.close();
    const draws = (await (await fetch(`${p.control}/toxics/j/draws`)).json()) as Array<[number, number]>;
    expect(draws.length).toBe(2); // toxicity, jitter: five requests (five chunks each way) drew nothing more
    const expected = 150 + Math.round((draws[1]![1] * 2 - 1) * 100);
    for (const w of waits) {
      expect(w).toBeGreaterThanOrEqual(expected - 5);
      expect(w).toBeLessThan(expected + 200);
    }
  });

  it('slicer: the same bytes draw the same slice sizes however the sender chunks them', async () => {
    const drawsFor = async (pieces: number) => {
      const p = await startProxy();
      await p.addToxic({ name: 'sl', type: 'slicer', stream: 'upstream', attributes: { average_size: 100, size_variation: 40, delay_ms: 0 }, seed: 11 });
      const s = net.connect(p.port, '127.0.0.1');
      await new Promise((r) => s.once('connect', r));
      // 2000 bytes of a line the upstream ignores until the newline, sent in `pieces` writes with pauses between.
      const body = Buffer.from(`${'0'.repeat(1999)}\n`);
      const size = body.length / pieces;
      for (let i = 0; i < pieces; i++) {
        s.write(body.subarray(i * size, (i + 1) * size));
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 300));
      s.destroy();
      return ((await (await fetch(`${p.control}/toxics/sl/draws`)).json()) as Array<[number, number]>).map(([, v]) => v);
    };
    const one = await drawsFor(1);
    const many = await drawsFor(20);
    expect(one.length).toBeGreaterThan(10);
    expect(many).toEqual(one);
  });
});
