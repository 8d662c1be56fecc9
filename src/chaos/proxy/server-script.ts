/**
 * The TCP fault proxy that runs INSIDE a `clnrm-fixture/node` container, as
 * plain JavaScript in a string constant.
 *
 * How it ships: the runner starts the container with
 * `node -e PROXY_SERVER_SCRIPT`, so nothing is copied or bind-mounted, and
 * because the script is an ordinary exported constant of a .ts module, tsc
 * puts it in dist/ with the rest of the code (no build step copies a loose
 * .js, and nothing reads a file relative to import.meta.url). The script is
 * about 12 KB; one argv string may be 128 KB on Linux. Tests run the same
 * constant locally with `spawn(process.execPath, ['-e', PROXY_SERVER_SCRIPT])`.
 *
 * Rules for editing the script: Node built-ins only, CommonJS (`require`),
 * and no backticks or dollar-brace inside it (the outer String.raw template
 * would end or interpolate there).
 *
 * Env: PROXY_LISTEN (port; 0 = any), PROXY_UPSTREAM (host:port),
 * PROXY_CONTROL (control port, default 8474; 0 = any), PROXY_BIND (default
 * 0.0.0.0). Prints one JSON line `{"ready":true,"listen":N,"control":N}` once
 * both ports listen.
 *
 * Control API (HTTP, JSON):
 *   GET    /health              200 once the proxy listens
 *   GET    /toxics              the active toxics, each with connections_affected and chunks_affected (traffic it acted on)
 *   POST   /toxics              { name, type, stream, toxicity, attributes, seed } → 200 (409 duplicate, 400 invalid)
 *   DELETE /toxics/NAME         204 (404 unknown): waits in progress end at once, new data and new connections pass untouched
 *   GET    /toxics/NAME/draws   every random draw made so far, as [connection, value] pairs (determinism checks)
 *
 * Toxics (Toxiproxy semantics, attribute names as Toxiproxy's):
 *   latency     latency ± jitter ms, the jitter drawn once per connection; each chunk is held that long from its arrival
 *   bandwidth   rate KB/s, in pieces of 100 ms worth of data
 *   slow_close  delays the close (FIN) by delay ms
 *   timeout     holds all data; closes the connection after timeout ms (0 = never, data flows again once removed)
 *   reset_peer  on the first data, waits timeout ms, then resets both sides (TCP RST)
 *   slicer      slices the byte stream into average_size ± size_variation bytes, delay_ms (default 1) apart;
 *               one size is drawn per slice, so where slices end depends on byte offsets, not on how TCP chunked the data
 *   limit_data  closes the connection once bytes bytes went through
 *
 * Randomness: each (toxic, connection) pair has its own sfc32 generator seeded
 * from the string "SEED:ORDINAL" (ORDINAL = 1 for the proxy's first accepted
 * connection), hashed to 128 bits. Its first draw decides whether the toxic
 * applies to the connection (draw < toxicity); the second is the latency
 * jitter of that connection; the slicer draws one size per slice of the byte
 * stream. No draw is ever made per chunk: how the kernel happens to split the
 * data into chunks (which depends on timing and load) never changes a draw.
 * The same seed and the same sequence of connections give the same draws,
 * however the connections interleave.
 */
export const PROXY_SERVER_SCRIPT = String.raw`'use strict';
const net = require('node:net');
const http = require('node:http');

const env = process.env;
const LISTEN = Number(env.PROXY_LISTEN);
const CONTROL = Number(env.PROXY_CONTROL || 8474);
const BIND = env.PROXY_BIND || '0.0.0.0';
const UPSTREAM = String(env.PROXY_UPSTREAM || '');
const UP_HOST = UPSTREAM.slice(0, UPSTREAM.lastIndexOf(':'));
const UP_PORT = Number(UPSTREAM.slice(UPSTREAM.lastIndexOf(':') + 1));
if (!Number.isInteger(LISTEN) || !Number.isInteger(CONTROL) || !UP_HOST || !UP_PORT) {
  console.error('clnrm proxy: set PROXY_LISTEN=port, PROXY_UPSTREAM=host:port (and PROXY_CONTROL=port)');
  process.exit(2);
}

// ---- seeded randomness: a small string hash feeding sfc32 ----------------------------
function hashString(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return function () {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}
function sfc32(key) {
  const seed = hashString(key);
  let a = seed(), b = seed(), c = seed(), d = seed();
  function next() {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  for (let i = 0; i < 12; i++) next();
  return next;
}

// ---- state -------------------------------------------------------------------------
const toxics = new Map(); // name -> { name, type, stream, toxicity, attributes, seed, removed, waiters, draws }
const conns = new Set();
let accepted = 0;
const num = (v, dflt) => (v === undefined || v === null || v === '' ? dflt : Number(v));

/** Waits ms, or less if the toxic is removed or the connection closes meanwhile. */
function sleep(ms, toxic, conn) {
  return new Promise((resolve) => {
    if (!(ms > 0) || toxic.removed || conn.closed) return resolve();
    const done = () => {
      clearTimeout(timer);
      toxic.waiters.delete(done);
      conn.waiters.delete(done);
      resolve();
    };
    const timer = ms === Infinity ? undefined : setTimeout(done, ms);
    toxic.waiters.add(done);
    conn.waiters.add(done);
  });
}

/** The toxic's state on one connection; created (and the toxicity drawn) on first use. */
function stateOf(conn, toxic) {
  let st = conn.states.get(toxic);
  if (st) return st;
  const rand = sfc32(toxic.seed + ':' + conn.id);
  st = {
    draw() {
      const v = rand();
      if (toxic.draws.length < 100000) toxic.draws.push([conn.id, v]);
      return v;
    },
  };
  st.active = st.draw() < toxic.toxicity;
  conn.states.set(toxic, st);
  const kind = TOXICS[toxic.type];
  if (st.active && kind.start) {
    toxic.affected.add(conn.id);
    kind.start(toxic, st, conn);
  }
  return st;
}

// ---- the toxics: chunk(c, write, toxic, st, conn) passes c.data on through write ------
const TOXICS = {
  latency: {
    start(t, st) {
      const jitter = num(t.attributes.jitter, 0);
      st.delay = num(t.attributes.latency, 0) + (jitter > 0 ? Math.round((st.draw() * 2 - 1) * jitter) : 0);
    },
    async chunk(c, write, t, st, conn) {
      await sleep(st.delay - (Date.now() - c.at), t, conn);
      await write(c.data);
    },
  },
  bandwidth: {
    async chunk(c, write, t, st, conn) {
      const rate = Math.max(1, num(t.attributes.rate, 1)) * 1024; // bytes per second
      const piece = Math.max(1, Math.floor(rate / 10));
      for (let i = 0; i < c.data.length; i += piece) {
        const part = c.data.subarray(i, i + piece);
        await sleep((part.length / rate) * 1000, t, conn);
        await write(part);
      }
    },
  },
  slow_close: {
    async end(t, st, conn) {
      await sleep(num(t.attributes.delay, 0), t, conn);
    },
  },
  timeout: {
    start(t, st, conn) {
      const ms = num(t.attributes.timeout, 0);
      if (ms > 0) st.timer = setTimeout(() => closeConn(conn), ms);
    },
    stop(st) {
      clearTimeout(st.timer);
    },
    async chunk(c, write, t, st, conn) {
      await sleep(Infinity, t, conn); // held until the toxic is removed (or the connection closes)
      await write(c.data);
    },
  },
  reset_peer: {
    async chunk(c, write, t, st, conn) {
      await sleep(num(t.attributes.timeout, 0), t, conn);
      if (t.removed) return write(c.data);
      resetConn(conn);
    },
  },
  slicer: {
    async chunk(c, write, t, st, conn) {
      const avg = Math.max(1, num(t.attributes.average_size, 1));
      const vary = Math.min(avg - 1, num(t.attributes.size_variation, 0));
      for (let i = 0; i < c.data.length; ) {
        // st.left: bytes still owed to the current slice, which may have begun in an earlier chunk.
        if (!(st.left > 0)) {
          if (st.sliced) await sleep(num(t.attributes.delay_ms, 1), t, conn);
          st.sliced = true;
          st.left = avg + (vary > 0 ? Math.round((st.draw() * 2 - 1) * vary) : 0);
        }
        const size = Math.min(st.left, c.data.length - i);
        await write(c.data.subarray(i, i + size));
        i += size;
        st.left -= size;
      }
    },
  },
  limit_data: {
    async chunk(c, write, t, st, conn) {
      const room = num(t.attributes.bytes, 0) - (st.sent || 0);
      if (c.data.length < room) {
        st.sent = (st.sent || 0) + c.data.length;
        return write(c.data);
      }
      if (room > 0) await write(c.data.subarray(0, room));
      st.sent = num(t.attributes.bytes, 0);
      closeConn(conn);
    },
  },
};

// ---- connections -------------------------------------------------------------------
function writeOut(sock, data) {
  if (sock.destroyed || sock.writableEnded || sock.write(data)) return;
  return new Promise((resolve) => {
    const done = () => {
      sock.off('drain', done);
      sock.off('close', done);
      resolve();
    };
    sock.on('drain', done);
    sock.on('close', done);
  });
}

/** One chunk through the toxics of its stream, in the order they were added. */
function through(conn, stream, chunk, dst) {
  const list = [...toxics.values()].filter((t) => t.stream === stream);
  const stage = (i) => (data, at) => {
    if (conn.closed) return;
    const t = list[i];
    if (!t) return writeOut(dst, data);
    const kind = TOXICS[t.type];
    const st = t.removed ? undefined : stateOf(conn, t);
    if (st && st.active) {
      t.affected.add(conn.id);
      t.chunks++;
    }
    if (!st || !st.active || !kind.chunk) return stage(i + 1)(data, at);
    return kind.chunk({ data, at }, (d) => stage(i + 1)(d, Date.now()), t, st, conn);
  };
  return stage(0)(chunk.data, chunk.at);
}

/** Reads src and forwards to dst through the stream's toxics, one chunk at a time, in order. */
function pump(conn, stream, src, dst) {
  const queue = [];
  let busy = false, ended = false, queued = 0;
  src.on('data', (data) => {
    queue.push({ data, at: Date.now() });
    queued += data.length;
    if (queued > 1048576) src.pause();
    run();
  });
  src.on('end', () => {
    ended = true;
    run();
  });
  async function run() {
    if (busy) return;
    busy = true;
    while (queue.length > 0 && !conn.closed) {
      const c = queue.shift();
      queued -= c.data.length;
      if (src.isPaused() && queued <= 1048576) src.resume();
      await through(conn, stream, c, dst);
    }
    if (ended && !conn.closed) {
      for (const t of [...toxics.values()]) {
        const kind = TOXICS[t.type];
        if (t.stream !== stream || t.removed || !kind.end) continue;
        const st = stateOf(conn, t);
        if (st.active) {
          t.affected.add(conn.id);
          await kind.end(t, st, conn);
        }
      }
      if (!dst.destroyed) dst.end();
    }
    busy = false;
  }
}

function release(conn) {
  conn.closed = true;
  for (const done of [...conn.waiters]) done();
  for (const [t, st] of conn.states) if (TOXICS[t.type].stop) TOXICS[t.type].stop(st);
}
function closeConn(conn) {
  if (conn.closed) return;
  release(conn);
  for (const s of [conn.client, conn.upstream]) if (!s.destroyed) s.end(() => s.destroy());
}
function resetConn(conn) {
  if (conn.closed) return;
  release(conn);
  for (const s of [conn.client, conn.upstream]) {
    try {
      if (!s.destroyed) s.resetAndDestroy();
    } catch {
      s.destroy();
    }
  }
}

const proxy = net.createServer({ allowHalfOpen: true }, (client) => {
  const upstream = net.connect({ host: UP_HOST, port: UP_PORT, allowHalfOpen: true });
  const conn = { id: ++accepted, client, upstream, states: new Map(), waiters: new Set(), closed: false };
  conns.add(conn);
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  for (const t of toxics.values()) stateOf(conn, t);
  pump(conn, 'upstream', client, upstream);
  pump(conn, 'downstream', upstream, client);
  let open = 2;
  for (const s of [client, upstream]) {
    s.on('error', () => resetConn(conn)); // a reset on one side is passed on as a reset
    s.on('close', () => {
      if (--open === 0) {
        release(conn);
        conns.delete(conn);
      }
    });
  }
});

// ---- control API ---------------------------------------------------------------------
// connections_affected / chunks_affected: traffic the toxic acted on (a connection it was drawn active for carried data or ended).
const describe = (t) => ({ name: t.name, type: t.type, stream: t.stream, toxicity: t.toxicity, attributes: t.attributes, seed: t.seed, connections_affected: t.affected.size, chunks_affected: t.chunks });

function addToxic(body) {
  const b = body && typeof body === 'object' ? body : {};
  if (typeof b.name !== 'string' || b.name === '') return [400, { error: 'name is required' }];
  if (!Object.prototype.hasOwnProperty.call(TOXICS, b.type)) return [400, { error: 'unknown toxic type ' + b.type + ' (known: ' + Object.keys(TOXICS).join(', ') + ')' }];
  if (toxics.has(b.name)) return [409, { error: 'toxic ' + b.name + ' already exists' }];
  const stream = b.stream === undefined ? 'downstream' : b.stream;
  if (stream !== 'upstream' && stream !== 'downstream') return [400, { error: 'stream must be upstream or downstream' }];
  const toxicity = num(b.toxicity, 1);
  if (!(toxicity >= 0 && toxicity <= 1)) return [400, { error: 'toxicity must be within 0..1' }];
  const attributes = b.attributes && typeof b.attributes === 'object' ? b.attributes : {};
  const t = { name: b.name, type: b.type, stream, toxicity, attributes, seed: num(b.seed, 0), removed: false, waiters: new Set(), draws: [], affected: new Set(), chunks: 0 };
  toxics.set(t.name, t);
  for (const conn of conns) if (!conn.closed) stateOf(conn, t); // existing connections are affected too
  return [200, describe(t)];
}

function removeToxic(name) {
  const t = toxics.get(name);
  if (!t) return false;
  toxics.delete(name);
  t.removed = true;
  for (const done of [...t.waiters]) done();
  for (const conn of conns) {
    const st = conn.states.get(t);
    if (st && TOXICS[t.type].stop) TOXICS[t.type].stop(st);
  }
  return true;
}

const control = http.createServer((req, res) => {
  const send = (code, body) => {
    res.writeHead(code, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  let parts;
  try {
    parts = (req.url || '/').split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return send(400, { error: 'malformed path' });
  }
  const route = req.method + ' ' + (parts[0] || '') + (parts.length > 1 ? '/:name' : '') + (parts[2] ? '/' + parts[2] : '');
  if (route === 'GET health') return send(200, { status: 'ok', listen: proxy.address().port, upstream: UPSTREAM, connections: accepted });
  if (route === 'GET toxics') return send(200, [...toxics.values()].map(describe));
  if (route === 'DELETE toxics/:name') return removeToxic(parts[1]) ? send(204) : send(404, { error: 'no toxic ' + parts[1] });
  if (route === 'GET toxics/:name/draws') {
    const t = toxics.get(parts[1]);
    return t ? send(200, t.draws) : send(404, { error: 'no toxic ' + parts[1] });
  }
  if (route !== 'POST toxics') return send(404, { error: 'no route ' + req.method + ' ' + req.url });
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (d) => (raw += d));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(raw || '{}');
    } catch (err) {
      return send(400, { error: 'invalid JSON: ' + err.message });
    }
    const [code, answer] = addToxic(body);
    send(code, answer);
  });
});

proxy.on('error', (err) => {
  console.error('clnrm proxy: ' + err.message);
  process.exit(1);
});
control.on('error', (err) => {
  console.error('clnrm proxy control: ' + err.message);
  process.exit(1);
});
proxy.listen(LISTEN, BIND, () => {
  control.listen(CONTROL, BIND, () => {
    console.log(JSON.stringify({ ready: true, listen: proxy.address().port, control: control.address().port, upstream: UPSTREAM }));
  });
});
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => process.exit(0));
// One broken connection must not take the proxy (and every other connection) down.
process.on('uncaughtException', (err) => console.error('clnrm proxy: ' + (err && err.stack ? err.stack : err)));
`;
