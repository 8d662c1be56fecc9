// Heavier variant of src/telemetry/receiver-flood.test.ts: floods the real receiver (from dist/, run
// `npx tsc -p tsconfig.build.json` first) with SPANS spans (default 20,000,000) from a child process and
// prints the time and this process's peak RSS. Usage: node bench/otlp-flood.mjs [SPANS] [PER_REQUEST]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startReceiver } from '../dist/telemetry/receiver.js';

const spans = Number(process.argv[2] ?? 20_000_000);
const perRequest = Number(process.argv[3] ?? 10_000);
const trace = '4bf92f3577b34da6a3ce929d0e0e4736';
const receiver = await startReceiver({ hosts: ['127.0.0.1'], channelsOnly: true });
const channel = receiver.openChannel({ traceId: trace, scenario: 'flood', host: '127.0.0.1' });
const url = `${receiver.endpointFor('127.0.0.1')}${channel.path}/v1/traces`;
const mb = (b) => b / 2 ** 20;
const before = mb(process.memoryUsage().rss);
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, mb(process.memoryUsage().rss))), 50);
const started = Date.now();
const sender = fileURLToPath(new URL('./otlp-flood-sender.mjs', import.meta.url));
const out = await new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [sender, url, trace, String(Math.ceil(spans / perRequest)), String(perRequest), '4'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  child.stdout.on('data', (c) => (text += c));
  child.on('error', reject);
  child.on('close', (code) => (code === 0 ? resolve(JSON.parse(text)) : reject(new Error(`sender exited ${code}`))));
});
clearInterval(sampler);
const seconds = (Date.now() - started) / 1000;
console.log(JSON.stringify({ ...out, seconds, spansPerSecond: Math.round(out.spans / seconds), rssBeforeMb: Math.round(before), rssPeakMb: Math.round(peak), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), channel: receiver.channelStats(channel.token) }));
await receiver.close();
