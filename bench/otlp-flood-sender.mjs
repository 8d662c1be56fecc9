// Child process of the receiver flood test and bench: POSTs one OTLP/JSON request of
// SPANS_PER_REQUEST spans REQUESTS times (CONCURRENCY at once) to URL, then prints a JSON summary.
// The request is built once and resent, so the sender costs little CPU next to the receiver.
import http from 'node:http';

const [url, traceId, requestsArg, perRequestArg, concurrencyArg] = process.argv.slice(2);
const requests = Number(requestsArg);
const perRequest = Number(perRequestArg);
const concurrency = Number(concurrencyArg ?? 4);
const start = BigInt(Date.now()) * 1_000_000n;
const spans = Array.from({ length: perRequest }, (_, i) => ({
  traceId,
  spanId: (i + 1).toString(16).padStart(16, '0'),
  name: 'flood',
  kind: 1,
  startTimeUnixNano: String(start),
  endTimeUnixNano: String(start + 1000n),
}));
const body = Buffer.from(JSON.stringify({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ spans }] }] }));
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
let sent = 0;
let ok = 0;
let failed = 0;
const post = () =>
  new Promise((resolve) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode === 200) ok++;
        else failed++;
        resolve();
      });
    });
    req.on('error', () => {
      failed++;
      resolve();
    });
    req.end(body);
  });
const worker = async () => {
  while (sent < requests) {
    sent++;
    await post();
  }
};
await Promise.all(Array.from({ length: concurrency }, worker));
agent.destroy();
process.stdout.write(JSON.stringify({ requests: sent, ok, failed, spans: sent * perRequest, bodyBytes: body.length }) + '\n');
