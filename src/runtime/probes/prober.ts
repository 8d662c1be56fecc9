/**
 * The prober: one long-lived node process, the main process of the scenario's probe container (on
 * the scenario network), that takes `tcp` and `http` samples on request. The runner asks it over HTTP
 * at the container's address (`GET /sample?kind=&host=&port=&path=&timeout_ms=`); it connects (tcp) or
 * sends a GET (http), measures its own latency and answers one JSON object. A sample costs one request
 * to a warm process: no exec to create, no node to start, which under a heavily loaded machine took
 * longer than the samples' own timeouts.
 */
import { NODE_IMAGE } from '../../common/fixtures.js';
import type { Engine, Labels } from '../engine.js';

/** The port the prober listens on inside its container (the container has no other process). */
export const PROBER_PORT = 7079;

/**
 * The prober's program (argument: the port, 0 for any; it prints the one it listens on). Each sample answers by its own timer at `timeout_ms`, and closes whatever it
 * opened then (a lookup of a stopped service's name may hold on in the background; it no longer
 * holds the answer). Connections are never reused between samples (`agent: false`): each sample
 * connects as a new client would.
 */
export const PROBER_SCRIPT = `
const http = require('node:http');
const net = require('node:net');
process.on('SIGTERM', () => process.exit());
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://prober');
  if (u.pathname === '/health') return res.end('ok');
  if (u.pathname !== '/sample') { res.statusCode = 404; return res.end(); }
  const q = u.searchParams;
  const kind = q.get('kind'), host = q.get('host'), port = Number(q.get('port')), path = q.get('path') || '/', ms = Number(q.get('timeout_ms'));
  const t0 = performance.now();
  let answered = false;
  let close = () => {};
  const done = (r) => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    close();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ...r, latencyMs: Math.round(performance.now() - t0) }));
  };
  const timer = setTimeout(() => done({ error: 'no answer within ' + ms + ' ms' }), ms);
  try {
    if (kind === 'tcp') {
      const s = net.connect(port, host);
      close = () => s.destroy();
      s.on('connect', () => done({ connected: true }));
      s.on('error', (e) => done({ error: e.code || e.message }));
    } else {
      const r = http.get({ host, port, path, agent: false }, (a) => { a.resume(); done({ connected: true, status: a.statusCode }); });
      close = () => r.destroy();
      r.on('error', (e) => done({ error: e.code || e.message }));
    }
  } catch (e) {
    done({ error: e.message });
  }
});
server.listen(Number(process.argv[1] || ${PROBER_PORT}), '0.0.0.0', () => console.log('prober listening on ' + server.address().port));
`;

export interface ProberOptions {
  name: string;
  labels: Labels;
  networkId: string;
  onCreated(id: string): void;
  /** How long the prober may take to answer its first /health (default 20 s). */
  readyTimeoutMs?: number;
}

/** Starts the prober container and waits until it answers; resolves with the base URL samples are asked at. */
export async function startProber(engine: Engine, o: ProberOptions): Promise<string> {
  await engine.ensureImage(NODE_IMAGE);
  const id = await engine.createContainer({
    name: o.name,
    image: NODE_IMAGE,
    cmd: ['node', '-e', PROBER_SCRIPT, String(PROBER_PORT)],
    env: {},
    labels: o.labels,
    network: { id: o.networkId, aliases: [] },
  });
  o.onCreated(id);
  await engine.startContainer(id);
  const state = await engine.inspectContainer(id, o.networkId);
  if (!state.ipAddress) throw new Error('the probe container has no address on the scenario network');
  const url = `http://${state.ipAddress}:${PROBER_PORT}`;
  const deadline = Date.now() + (o.readyTimeoutMs ?? 20_000);
  let last = 'no answer';
  for (;;) {
    try {
      const r = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (r.ok) return url;
      last = `HTTP ${r.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    const now = await engine.inspectContainer(id);
    if (!now.running) throw new Error(`the prober exited (code ${now.exitCode ?? '?'}): ${(await engine.logs(id, 10).catch(() => '')).trim()}`);
    if (Date.now() > deadline) throw new Error(`the prober did not answer at ${url}/health within ${o.readyTimeoutMs ?? 20_000} ms (${last})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
