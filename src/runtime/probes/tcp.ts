/** `tcp`: a TCP connect to service:port from the scenario's probe container; healthy when it connects. */
import { connectFromProbe } from './connect.js';
import { probeKind } from './types.js';

export interface TcpProbe {
  service: string;
  port: number;
}

export const tcpProbe = probeKind<TcpProbe>({
  kind: 'tcp',
  doc: 'connects to `service`:`port` from a probe container on the scenario network; healthy when the connection is accepted',
  params: {
    service: { $ref: '#/$defs/identifier', description: 'Service (its name on the scenario network) to connect to.' },
    port: { type: 'integer', minimum: 1, maximum: 65535, description: 'TCP port.' },
  },
  required: ['service', 'port'],
  decode: (p) => ({ service: String(p.service), port: Number(p.port) }),
  service: (p) => p.service,
  async sample(ctx, p) {
    try {
      const r = await connectFromProbe(ctx, 'tcp', p.service, p.port);
      return r.connected
        ? { ok: true, detail: `connected to ${p.service}:${p.port}`, ...(r.latencyMs !== undefined ? { latencyMs: r.latencyMs } : {}) }
        : { ok: false, detail: `${p.service}:${p.port}: ${r.error ?? 'not connected'}` };
    } catch (err) {
      return { ok: false, detail: `probe container: ${(err as Error).message}` };
    }
  },
});
