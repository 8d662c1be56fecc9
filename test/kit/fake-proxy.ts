/**
 * A fake control API of a `[proxy.NAME]` fault proxy on 127.0.0.1, for unit
 * tests of the toxic faults: it keeps the toxics it is sent, lists them back
 * (with the traffic they acted on, which the test sets), and removes them,
 * the way the real proxy's control API does (see src/chaos/proxy/server-script.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeToxic {
  name: string;
  type: string;
  stream: string;
  toxicity: number;
  attributes: Record<string, number>;
  seed: number;
  connections_affected: number;
  chunks_affected: number;
}

export interface FakeProxy {
  controlUrl: string;
  readonly toxics: Map<string, FakeToxic>;
  /** Every request, as `METHOD /path`. */
  readonly requests: string[];
  /** Answer POST /toxics with this status (a proxy refusing the toxic). */
  refuseWith?: number;
  /** Lists toxics back with this change (a proxy that stored something else than it was sent). */
  listAs?: (t: FakeToxic) => FakeToxic;
  /** DELETE answers 204 but keeps the toxic. */
  keepOnDelete?: boolean;
  /** Traffic through the proxy: every active toxic counts `connections` more connections it acted on. */
  carry(connections: number): void;
  close(): Promise<void>;
}

export async function startFakeProxy(): Promise<FakeProxy> {
  const toxics = new Map<string, FakeToxic>();
  const requests: string[] = [];
  const proxy: FakeProxy = {
    controlUrl: '',
    toxics,
    requests,
    carry(connections) {
      for (const t of toxics.values()) {
        t.connections_affected += connections;
        t.chunks_affected += connections;
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      const send = (status: number, json?: unknown) => {
        res.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
        res.end(json === undefined ? undefined : JSON.stringify(json));
      };
      const name = /^\/toxics\/([^/]+)$/.exec(req.url ?? '')?.[1];
      if (req.method === 'GET' && req.url === '/toxics') return send(200, [...toxics.values()].map((t) => (proxy.listAs ? proxy.listAs({ ...t, attributes: { ...t.attributes } }) : t)));
      if (req.method === 'POST' && req.url === '/toxics') {
        if (proxy.refuseWith) return send(proxy.refuseWith, { error: 'refused' });
        const t = JSON.parse(body) as FakeToxic;
        if (toxics.has(t.name)) return send(409, { error: `toxic ${t.name} already exists` });
        toxics.set(t.name, { ...t, connections_affected: 0, chunks_affected: 0 });
        return send(200, t);
      }
      if (req.method === 'DELETE' && name !== undefined) {
        const key = decodeURIComponent(name);
        if (!toxics.has(key)) return send(404, { error: `no toxic ${key}` });
        if (!proxy.keepOnDelete) toxics.delete(key);
        return send(204);
      }
      send(404, { error: `no route ${req.method} ${req.url}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.controlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
