/**
 * `no_external_services` reads every attribute that can name a peer, in every
 * shape a value takes (host, host:port, URL, connection string, lists, arrays),
 * and allows only loopback and the scenario's own containers.
 */
import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../telemetry/span-record.js';
import { externalPeers, hostsIn, isPeerKey, PEER_KEYS } from './peers.js';

const span = (attributes: Record<string, unknown>, source: SpanRecord['source'] = 'sut'): SpanRecord =>
  ({ traceId: 't', spanId: 's', name: 'sut.call', kind: 'client', status: 'OK', attributes, events: [], startMs: 0, endMs: 1, resource: {}, source }) as SpanRecord;

const ALLOWED = ['api', 'db', 'toxic', 'clnrm-r1-0-0-api', '3f2a9c1d0b7e', '172.18.0.3'];

describe('peer attribute keys', () => {
  it('covers the semantic conventions named in the hermeticity rule, deprecated names included', () => {
    for (const key of [
      'server.address', 'server.socket.address', 'client.address', 'network.peer.address', 'network.peer.name',
      'url.full', 'url.domain', 'http.url', 'http.host', 'net.peer.name', 'net.peer.ip', 'net.sock.peer.addr',
      'db.connection_string', 'peer.service', 'messaging.url', 'messaging.kafka.bootstrap_servers', 'rpc.grpc.authority',
    ]) {
      expect(PEER_KEYS, key).toContain(key);
      expect(isPeerKey(key), key).toBe(true);
    }
  });
  it('reads other keys shaped like an address, and never this side of the connection', () => {
    for (const key of ['messaging.rabbitmq.broker', 'app.upstream.url', 'cache.endpoint', 'redis.host', 'elasticsearch.node.address', 'db.dsn']) expect(isPeerKey(key), key).toBe(true);
    for (const key of ['network.local.address', 'net.host.name', 'net.host.ip', 'host.name', 'http.route', 'url.path', 'server.port', 'db.name', 'service.name']) expect(isPeerKey(key), key).toBe(false);
  });
});

describe('hosts in a value', () => {
  it.each([
    ['example.com', ['example.com']],
    ['EXAMPLE.com.', ['example.com']],
    ['example.com:443', ['example.com']],
    ['[2001:db8::1]:443', ['2001:db8::1']],
    ['2001:db8::1', ['2001:db8::1']],
    ['http://example.com/', ['example.com']],
    ['https://user:secret@evil.example:8443/path?q=http://api/', ['evil.example']],
    ['postgres://app:pw@db.external.net:5432/orders', ['db.external.net']],
    ['postgresql://app@db/orders?host=replica.external.net', ['db', 'replica.external.net']],
    ['mongodb://h1.ext:27017,h2.ext:27017/app?replicaSet=rs0', ['h1.ext', 'h2.ext']],
    ['jdbc:postgresql://pg.ext:5432/x', ['pg.ext']],
    ['jdbc:sqlserver://sql.ext:1433;databaseName=x', ['sql.ext']],
    ['Server=tcp:sql.ext,1433;Database=x;User Id=u', ['sql.ext']],
    ['Data Source=ora.ext;User Id=u', ['ora.ext']],
    ['host=db.ext port=5432 dbname=x', ['db.ext']],
    ['Host=db;Port=5432', ['db']],
    ['kafka1.ext:9092,kafka2.ext:9092', ['kafka1.ext', 'kafka2.ext']],
    [['api:8080', 'evil.example:443'], ['api', 'evil.example']],
    ['', []],
  ] as [unknown, string[]][])('%j → %j', (value, hosts) => {
    expect(hostsIn(value)).toEqual(hosts);
  });
});

describe('externalPeers', () => {
  it('flags a host outside the scenario in every peer attribute, arrays and values inside URLs and connection strings included', () => {
    const cases: Record<string, unknown> = {
      'url.full': 'http://example.com/',
      'db.connection_string': 'Server=sql.example.net;Database=orders',
      'server.socket.address': '93.184.216.34',
      'network.peer.address': ['api', '8.8.8.8'],
      'peer.service': 'payments-saas',
      'messaging.url': 'amqp://guest@mq.example.org:5672/',
      'client.address': '203.0.113.9',
    };
    for (const [key, value] of Object.entries(cases)) {
      const found = externalPeers([span({ [key]: value })], ALLOWED);
      expect(found, key).toHaveLength(1);
      expect(found[0]!.key).toBe(key);
    }
  });
  it('allows loopback, unix sockets, the services, proxies and the containers\' names, ids and addresses', () => {
    const local = span({
      'server.address': 'api',
      'url.full': 'http://toxic:9000/x',
      'db.connection_string': 'postgres://u:p@db:5432/x',
      'network.peer.address': ['127.0.0.1', '::1', '172.18.0.3', '/var/run/app.sock'],
      'http.host': 'localhost:8080',
      'net.peer.name': 'clnrm-r1-0-0-API',
      'net.sock.peer.addr': '3f2a9c1d0b7e',
    });
    expect(externalPeers([local], ALLOWED)).toEqual([]);
  });
  it('does not read the runner\'s own spans (a fault may name any host)', () => {
    expect(externalPeers([span({ 'network.host': 'example.com', 'server.address': 'example.com' }, 'runner')], ALLOWED)).toEqual([]);
    expect(externalPeers([span({ 'server.address': 'example.com' }, 'sut')], ALLOWED)).toHaveLength(1);
  });
});
