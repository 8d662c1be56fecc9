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
 *   GET    /health              200 once the proxy listens; connections accepted, and open_connections (a toxic added now acts on those too)
 *   GET    /toxics              the active toxics, each with connections_affected and chunks_affected (traffic it acted on)
 *   POST   /toxics              { name, type, stream, toxicity, attributes, seed } → 200 (409 duplicate, 400 invalid)
 *   DELETE /toxics/NAME         204 (404 unknown): waits in progress end at once, new data and new connections pass untouched
 *   GET    /toxics/NAME/draws   every random draw made so far, as [connection, value] pairs (determinism checks);
 *                               for an HTTP toxic, as [request number, value] pairs
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
 *   http_error  (requests, stream upstream) answers the chosen share (rate) of the HTTP requests that match
 *               method and path_prefix with status, without forwarding them
 *   http_slow   (requests, stream upstream) holds the response to the chosen share (rate) of matching
 *               requests delay_ms, or factor times the upstream's own response time, longer
 *
 * HTTP toxics parse the client's bytes as HTTP/1.x requests (keep-alive: any number per
 * connection; bodies by content-length or chunked). A connection whose bytes are not an
 * HTTP request passes through untouched and counts in connections_unparsed; an upgrade
 * (CONNECT, Upgrade) passes the rest of its connection through untouched. Responses are
 * matched to requests in order, which holds for clients that wait for a response before
 * sending the next request on the connection (fetch, curl, wget; not HTTP pipelining).
 * Each toxic numbers the requests that match its filter 1, 2, 3, … in the order the proxy
 * reads them, and request i is chosen iff the first draw of its own generator, seeded
 * "SEED:request:i", is below rate: the same seed chooses the same request numbers,
 * whatever the connections and their timing. GET /toxics adds requests_seen,
 * requests_matched, requests_failed (http_error), requests_delayed (http_slow) and
 * connections_unparsed.
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
      // An HTTP toxic lists its per-request draws instead (chooseRequest).
      if (toxic.draws.length < 100000 && !TOXICS[toxic.type].http) toxic.draws.push([conn.id, v]);
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

// ---- HTTP/1.x requests (http_error, http_slow) -----------------------------------------
const EMPTY = Buffer.alloc(0);
const MAX_HEAD = 65536;
const TOKEN = /^[!#%&'*+.^_|~0-9A-Za-z-]+$/;

/** The request line and the headers that frame the body; undefined when the head is not an HTTP/1.x request. */
function parseHead(text) {
  const lines = text.split('\r\n');
  const m = /^(\S+) (\S+) HTTP\/1\.([01])$/.exec(lines[0]);
  if (!m || !TOKEN.test(m[1])) return undefined;
  const req = { method: m[1], target: m[2], minor: Number(m[3]), length: 0, chunked: false, close: m[3] === '0', upgrade: m[1] === 'CONNECT' };
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const i = line.indexOf(':');
    if (i <= 0) return undefined;
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim().toLowerCase();
    if (name === 'content-length') {
      if (!/^\d+$/.test(value)) return undefined;
      req.length = Number(value);
    } else if (name === 'transfer-encoding') req.chunked = /(^|,)\s*chunked\s*$/.test(value);
    else if (name === 'connection') {
      if (/(^|,)\s*close\s*(,|$)/.test(value)) req.close = true;
      if (/(^|,)\s*keep-alive\s*(,|$)/.test(value) && req.minor === 0) req.close = false;
      if (/(^|,)\s*upgrade\s*(,|$)/.test(value)) req.upgrade = true;
    }
  }
  if (req.chunked) req.length = 0;
  req.path = req.target.startsWith('/') ? req.target : /^https?:\/\//i.test(req.target) ? '/' + req.target.replace(/^https?:\/\/[^/]*\/?/i, '') : req.target;
  return req;
}

/** Whether the start of a head could still become a request line (a method token, a space). */
function couldBeRequest(buf) {
  const s = buf.subarray(0, 32).toString('latin1');
  const sp = s.indexOf(' ');
  return sp < 0 ? TOKEN.test(s) || s === '' : TOKEN.test(s.slice(0, sp));
}

/** Whether a toxic's method/path_prefix filter matches the request. */
function matches(t, req) {
  const method = t.attributes.method;
  const prefix = t.attributes.path_prefix;
  return (!method || String(method).toUpperCase() === req.method.toUpperCase()) && (!prefix || req.path.startsWith(String(prefix)));
}

/** Numbers a request that matches the toxic's filter and draws for it: true when it is chosen. */
function chooseRequest(t, req) {
  t.counts.requests_seen++;
  if (!matches(t, req)) return false;
  const i = ++t.counts.requests_matched;
  const v = sfc32(t.seed + ':request:' + i)();
  if (t.draws.length < 100000) t.draws.push([i, v]);
  return v < num(t.attributes.rate, 1);
}

/**
 * Splits one connection's requests out of its byte stream: onHead(req) is called at the end of
 * each request head and answers whether the request (head and body) passes on or is swallowed.
 */
async function requests(c, write, t, st, conn, onHead) {
  const h = st.http || (st.http = { mode: 'head', buf: EMPTY, left: 0, pass: true, line: '' });
  let data = c.data;
  const pass = (d) => (h.pass ? write(d) : undefined);
  while (data.length > 0 && !conn.closed) {
    if (h.mode === 'opaque') return write(data);
    if (h.mode === 'head') {
      const all = h.buf.length ? Buffer.concat([h.buf, data]) : data;
      if (t.removed) {
        // Removed while this head arrived: it and everything after it pass untouched from here on.
        conn.draining.delete(t);
        h.buf = EMPTY;
        return write(all);
      }
      const end = all.indexOf('\r\n\r\n');
      const req = end < 0 ? undefined : parseHead(all.subarray(0, end).toString('latin1'));
      if (end < 0 ? all.length > MAX_HEAD || !couldBeRequest(all) : !req) {
        h.mode = 'opaque';
        h.buf = EMPTY;
        if (!h.parsed) t.counts.connections_unparsed++;
        return write(all);
      }
      if (end < 0) {
        h.buf = all;
        return;
      }
      h.buf = EMPTY;
      h.parsed = true;
      data = all.subarray(end + 4);
      h.pass = await onHead(req);
      if (h.pass) await write(all.subarray(0, end + 4));
      h.mode = req.upgrade && h.pass ? 'opaque' : req.chunked ? 'size' : req.length > 0 ? 'body' : 'head';
      h.left = req.length;
      continue;
    }
    if (h.mode === 'body' || h.mode === 'data') {
      const n = Math.min(h.left, data.length);
      await pass(data.subarray(0, n));
      h.left -= n;
      data = data.subarray(n);
      if (h.left === 0) h.mode = h.mode === 'body' ? 'head' : 'size';
      if (h.mode === 'head' && t.removed) conn.draining.delete(t);
      continue;
    }
    // Chunked framing: 'size' reads a chunk-size line, 'trailer' the trailer lines up to an empty one.
    const nl = data.indexOf(10);
    const piece = nl < 0 ? data : data.subarray(0, nl + 1);
    await pass(piece);
    data = data.subarray(piece.length);
    h.line += piece.toString('latin1');
    if (nl < 0) {
      if (h.line.length > MAX_HEAD) h.mode = 'opaque';
      continue;
    }
    const line = h.line.replace(/\r?\n$/, '');
    h.line = '';
    if (h.mode === 'size') {
      const size = parseInt(line.split(';')[0].trim(), 16);
      if (!(size >= 0)) h.mode = 'opaque';
      else if (size === 0) h.mode = 'trailer';
      else {
        h.mode = 'data';
        h.left = size + 2; // the chunk's data and its CRLF
      }
    } else if (line === '') {
      h.mode = 'head';
      if (t.removed) conn.draining.delete(t);
    }
  }
}

/** The answer http_error gives instead of the upstream's. */
function errorResponse(t, req) {
  const status = num(t.attributes.status, 503);
  const reason = http.STATUS_CODES[status] || 'Error';
  const body = req.method === 'HEAD' ? '' : status + ' ' + reason + ' (clnrm http_error)\n';
  const head = ['HTTP/1.1 ' + status + ' ' + reason, 'content-type: text/plain', 'content-length: ' + Buffer.byteLength(body), 'connection: ' + (req.close ? 'close' : 'keep-alive'), 'x-clnrm-fault: http_error'];
  return Buffer.from(head.join('\r\n') + '\r\n\r\n' + body, 'latin1');
}

TOXICS.http_error = {
  http: true,
  async chunk(c, write, t, st, conn) {
    await requests(c, write, t, st, conn, (req) => {
      if (!chooseRequest(t, req)) return true;
      t.counts.requests_failed++;
      t.affected.add(conn.id);
      conn.respond(errorResponse(t, req), req.close);
      return false;
    });
  },
};

TOXICS.http_slow = {
  http: true,
  async chunk(c, write, t, st, conn) {
    await requests(c, write, t, st, conn, (req) => {
      const slow = chooseRequest(t, req);
      if (slow) {
        t.counts.requests_delayed++;
        t.affected.add(conn.id);
      }
      (st.pending || (st.pending = [])).push({ slow, at: Date.now() });
      return true;
    });
  },
  /** The first bytes of a response: held delay_ms from their arrival, or (factor - 1) times the upstream's time to answer. */
  async response(c, t, st, conn) {
    const e = st.pending && st.pending.shift();
    if (!e || !e.slow) return;
    const factor = num(t.attributes.factor, 0);
    const ms = factor > 0 ? Math.round((factor - 1) * (c.at - e.at)) : num(t.attributes.delay_ms, 0);
    await sleep(ms - (Date.now() - c.at), t, conn);
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
  const list = [...conn.draining, ...toxics.values()].filter((t) => t.stream === stream);
  const stage = (i) => (data, at) => {
    if (conn.closed) return;
    const t = list[i];
    if (!t) return writeOut(dst, data);
    const kind = TOXICS[t.type];
    // A removed HTTP toxic still frames the request it was in the middle of (conn.draining), then lets go.
    const st = t.removed ? (conn.draining.has(t) ? conn.states.get(t) : undefined) : stateOf(conn, t);
    if (st && st.active && !t.removed) {
      t.affected.add(conn.id);
      t.chunks++;
    }
    if (!st || !st.active || !kind.chunk) return stage(i + 1)(data, at);
    return kind.chunk({ data, at }, (d) => stage(i + 1)(d, Date.now()), t, st, conn);
  };
  return stage(0)(chunk.data, chunk.at);
}

/** Hooks of the request-side HTTP toxics on data coming back (http_slow's hold). */
async function beforeResponse(conn, c) {
  for (const t of [...toxics.values()]) {
    const st = conn.states.get(t);
    if (!t.removed && st && st.active && TOXICS[t.type].response) await TOXICS[t.type].response(c, t, st, conn);
  }
}

/** Reads src and forwards to dst through the stream's toxics, one chunk at a time, in order. */
function pump(conn, stream, src, dst) {
  const queue = [];
  let busy = false, ended = false, queued = 0;
  // http_error's answers join the client's stream in order, behind what is already queued for it.
  if (stream === 'downstream') {
    conn.respond = (data, close) => {
      queue.push({ data, at: Date.now(), synthetic: true, close });
      run();
    };
  }
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
      if (stream === 'downstream') await beforeResponse(conn, c);
      await through(conn, stream, c, dst);
      if (c.close) closeConn(conn);
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
  const conn = { id: ++accepted, client, upstream, states: new Map(), waiters: new Set(), closed: false, draining: new Set() };
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
const describe = (t) => ({ name: t.name, type: t.type, stream: t.stream, toxicity: t.toxicity, attributes: t.attributes, seed: t.seed, connections_affected: t.affected.size, chunks_affected: t.chunks, ...t.counts });

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
  const isHttp = Boolean(TOXICS[b.type].http);
  if (isHttp && stream !== 'upstream') return [400, { error: b.type + ' reads requests: its stream is upstream' }];
  const counts = isHttp ? { requests_seen: 0, requests_matched: 0, requests_failed: 0, requests_delayed: 0, connections_unparsed: 0 } : {};
  const t = { name: b.name, type: b.type, stream, toxicity, attributes, seed: num(b.seed, 0), removed: false, waiters: new Set(), draws: [], affected: new Set(), chunks: 0, counts };
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
    // Mid-request (a head partly read, a body being passed or swallowed): finish framing it, so no byte is lost or misplaced.
    if (st && st.active && st.http && (st.http.mode !== 'head' || st.http.buf.length > 0)) conn.draining.add(t);
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
  if (route === 'GET health') return send(200, { status: 'ok', listen: proxy.address().port, upstream: UPSTREAM, connections: accepted, open_connections: [...conns].filter((c) => !c.closed).length });
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
