/**
 * The receiver's accept side: an address added with `peers` takes connections
 * from that range only (defence in depth behind the host-side firewall).
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from './receiver.js';

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

/** POSTs an empty OTLP/JSON request; resolves with the status, or the socket error. */
function post(port: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/v1/traces', method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    req.end('{}');
  });
}

describe('receiver peer check', () => {
  it('closes a connection from outside the range before answering, and records it', async () => {
    receiver = await startReceiver({ hosts: ['127.0.0.1'] });
    await receiver.addHost('127.0.0.1', '10.0.0.0/8');
    const outcome = await post(receiver.port);
    expect(outcome).toBe('ECONNRESET');
    expect(receiver.refusedPeers()).toEqual([{ local: '127.0.0.1', peer: '127.0.0.1' }]);
    expect(receiver.spans()).toEqual([]);
  });

  it('answers a peer inside the range', async () => {
    receiver = await startReceiver({ hosts: ['127.0.0.1'] });
    await receiver.addHost('127.0.0.1', '127.0.0.0/8');
    expect(await post(receiver.port)).toBe(200);
    expect(receiver.refusedPeers()).toEqual([]);
  });

  it('a later call for the same address replaces its range (a gateway reused by the next network)', async () => {
    receiver = await startReceiver({ hosts: ['127.0.0.1'] });
    await receiver.addHost('127.0.0.1', '10.0.0.0/8');
    expect(await post(receiver.port)).toBe('ECONNRESET');
    await receiver.addHost('127.0.0.1', '127.0.0.1/32');
    expect(await post(receiver.port)).toBe(200);
  });

  it('without a range every peer is accepted (loopback, as before)', async () => {
    receiver = await startReceiver({ hosts: ['127.0.0.1'] });
    expect(await post(receiver.port)).toBe(200);
  });

  it('a malformed range is an error, not an open door', async () => {
    receiver = await startReceiver({ hosts: ['127.0.0.1'] });
    await expect(receiver.addHost('127.0.0.1', '10.0.0.0')).rejects.toThrow(/not a CIDR range/);
    await expect(receiver.addHost('127.0.0.1', 'x/8')).rejects.toThrow(/not a CIDR range/);
  });
});
