/**
 * Connections from the scenario's prober (src/runtime/probes/prober.ts: a long-lived node process on
 * the scenario network): one request to it per sample, which connects (tcp) or sends a GET (http),
 * measures its own latency, and answers one JSON object.
 */
import type { ProbeContext } from './types.js';

/**
 * The prober answers within the sample's timeout by its own timer; the margin covers the request to
 * it and back, and a runner or prober whose event loop a loaded machine holds up for a moment.
 */
const ANSWER_MARGIN_MS = 1000;

export interface ConnectResult {
  connected: boolean;
  status?: number;
  error?: string;
  latencyMs?: number;
}

export async function connectFromProbe(ctx: ProbeContext, kind: 'tcp' | 'http', host: string, port: number, path = '/'): Promise<ConnectResult> {
  const prober = await ctx.prober();
  const query = new URLSearchParams({ kind, host, port: String(port), path, timeout_ms: String(ctx.timeoutMs) });
  const limitMs = ctx.timeoutMs + ANSWER_MARGIN_MS;
  let text: string;
  try {
    const res = await fetch(`${prober}/sample?${query}`, { signal: AbortSignal.timeout(limitMs) });
    text = await res.text();
  } catch (err) {
    const e = err as Error;
    if (e.name === 'TimeoutError') return { connected: false, error: `no answer within ${limitMs} ms` };
    return { connected: false, error: `the prober did not answer: ${e.message}` };
  }
  try {
    const parsed = JSON.parse(text) as ConnectResult;
    return { ...parsed, connected: parsed.connected === true };
  } catch {
    return { connected: false, error: `the prober answered no result: ${text.trim().slice(0, 200)}` };
  }
}
