/** `http`: a GET from the scenario's probe container; healthy when the answer has the expected status. */
import { connectFromProbe } from './connect.js';
import { probeKind } from './types.js';

export interface HttpProbe {
  service: string;
  port: number;
  path: string;
  status: number;
}

export const httpProbe = probeKind<HttpProbe>({
  kind: 'http',
  doc: 'sends `GET path` to `service`:`port` from a probe container on the scenario network; healthy when the answer has status `status`',
  params: {
    service: { $ref: '#/$defs/identifier', description: 'Service (its name on the scenario network) to send the request to.' },
    port: { type: 'integer', minimum: 1, maximum: 65535, description: 'TCP port of the HTTP server.' },
    path: { type: 'string', pattern: '^/', default: '/', description: 'Request path.' },
    status: { type: 'integer', minimum: 100, maximum: 599, default: 200, description: 'The status a healthy answer has.' },
  },
  required: ['service', 'port'],
  decode: (p) => ({ service: String(p.service), port: Number(p.port), path: typeof p.path === 'string' ? p.path : '/', status: typeof p.status === 'number' ? p.status : 200 }),
  service: (p) => p.service,
  async sample(ctx, p) {
    const where = `GET http://${p.service}:${p.port}${p.path}`;
    try {
      const r = await connectFromProbe(ctx, 'http', p.service, p.port, p.path);
      const latency = r.latencyMs !== undefined ? { latencyMs: r.latencyMs } : {};
      if (!r.connected) return { ok: false, detail: `${where}: ${r.error ?? 'no answer'}` };
      return r.status === p.status ? { ok: true, detail: `${where}: ${r.status}`, ...latency } : { ok: false, detail: `${where}: status ${r.status}, expected ${p.status}`, ...latency };
    } catch (err) {
      return { ok: false, detail: `probe container: ${(err as Error).message}` };
    }
  },
});
