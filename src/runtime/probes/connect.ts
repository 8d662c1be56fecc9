/**
 * Connections from the scenario's probe container (node, on the scenario
 * network): one `node -e` exec per sample, which connects (tcp) or sends a GET
 * (http), measures its own latency, and prints one JSON line.
 */
import { within, type ProbeContext } from './types.js';

/** argv after the script: kind host port path timeoutMs. */
const SCRIPT = `
const [kind, host, port, path, ms] = process.argv.slice(1);
const t0 = performance.now();
const done = (r) => { console.log(JSON.stringify({ ...r, latencyMs: Math.round(performance.now() - t0) })); process.exit(); };
setTimeout(() => done({ error: 'no answer within ' + ms + ' ms' }), Number(ms));
if (kind === 'tcp') {
  const s = require('net').connect(Number(port), host);
  s.on('connect', () => { s.destroy(); done({ connected: true }); });
  s.on('error', (e) => done({ error: e.code || e.message }));
} else {
  require('http').get({ host, port: Number(port), path, timeout: Number(ms) }, (res) => { res.resume(); done({ connected: true, status: res.statusCode }); })
    .on('error', (e) => done({ error: e.code || e.message }));
}`;

const START_MARGIN_MS = 250;

export interface ConnectResult {
  connected: boolean;
  status?: number;
  error?: string;
  latencyMs?: number;
}

export async function connectFromProbe(ctx: ProbeContext, kind: 'tcp' | 'http', host: string, port: number, path = '/'): Promise<ConnectResult> {
  let out = '';
  const container = await ctx.probeContainer();
  const take = (chunk: Buffer) => {
    out += chunk.toString('utf8');
  };
  const handle = await ctx.engine.exec(container, { cmd: ['node', '-e', SCRIPT, kind, host, String(port), path, String(ctx.timeoutMs)] }, { onStdout: take, onStderr: take });
  // The script answers within its own timeout; the margin covers node's start-up (a lookup of a
  // stopped service's name can hold the process past its own timer).
  const limitMs = ctx.timeoutMs + START_MARGIN_MS;
  const r = await within(handle.done, limitMs, () => 'timeout' as const);
  if (r === 'timeout') return { connected: false, error: `no answer within ${limitMs} ms` };
  try {
    const line = out.trim().split('\n').pop() ?? '';
    const parsed = JSON.parse(line) as ConnectResult;
    return { ...parsed, connected: parsed.connected === true };
  } catch {
    return { connected: false, error: `the probe container printed no result: ${out.trim().slice(0, 200)}` };
  }
}
