#!/usr/bin/env node
/**
 * Benchmark of the OTLP receiver's ingest, as ratios to a JSON.parse of the request body.
 *
 *   npm run bench:ingest                (needs dist/: npm run build)
 *   SPANS=10000 REPS=41 npm run bench:ingest
 *   DIST=/tmp/other/dist npm run bench:ingest   (another build; it needs node_modules beside it)
 *
 * 1. Builds from a fixed seed one ExportTraceServiceRequest of SPANS (default 10,000) spans
 *    of a system under test (3 services, server/client/database spans with semantic-convention
 *    attributes, int64 values beyond 2^53, arrays, events, errors), as OTLP/JSON (hex ids) and
 *    as OTLP/protobuf (encoded with the OpenTelemetry project's generated messages).
 * 2. REPS times (default 31), interleaved, in this process:
 *      (a) JSON.parse of the JSON body — the baseline;
 *      (b) JSON ingest: what the receiver does with a JSON body (read straight into span records);
 *      (b') JSON.parse + count + convert: the receiver's path for JSON the direct reader leaves to it
 *           (and its former JSON path), for comparison;
 *      (c) protobuf ingest: what the receiver does with a protobuf body (count, read into span records);
 *      (d) the generated decoder + toObject + the JSON-shape converter (the receiver's former
 *          protobuf path), for comparison.
 *    Prints medians and the ratios to (a), and checks that (b), (b'), (c) and (d) give the same
 *    span records (and that the direct reader took the request).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.DIST ? resolve(process.env.DIST) : join(ROOT, 'dist');
const dist = (p) => import(pathToFileURL(join(DIST, p)).href);
const { convertRequest, countSpans } = await dist('telemetry/otlp.js');
const { decodeRequest, asJsonShape, traceServiceMessages } = await dist('telemetry/otlp-protobuf.js');
const reader = await dist('telemetry/otlp-proto-reader.js').catch(() => undefined);

const SPANS = Number(process.env.SPANS ?? 10_000);
const REPS = Number(process.env.REPS ?? 31);

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20250202);
const hex = (bytes) => Array.from({ length: bytes }, () => Math.floor(rnd() * 256).toString(16).padStart(2, '0')).join('');
const T0 = 1_750_000_000_000_000_000n;
const str = (v) => ({ stringValue: v });
const int = (v) => ({ intValue: String(v) });
const kv = (key, value) => ({ key, value });

/** The request in OTLP/JSON shape, ids as hex (the JSON body); `idsAs` turns them into base64 for protobuf. */
function request(idsAs) {
  const traceId = hex(16);
  const services = ['api', 'inventory', 'db-proxy'];
  const perService = Math.ceil(SPANS / services.length);
  let made = 0;
  return {
    resourceSpans: services.map((service) => {
      const spans = [];
      let parent = '';
      for (let i = 0; i < perService && made < SPANS; i++, made++) {
        const spanId = hex(8);
        const start = T0 + BigInt(made) * 1_000_000n + BigInt(Math.floor(rnd() * 1e6));
        const error = rnd() < 0.02;
        const kind = i % 6 === 0 ? 2 : 3;
        spans.push({
          traceId: idsAs(traceId),
          spanId: idsAs(spanId),
          ...(i % 6 === 0 ? {} : { parentSpanId: idsAs(parent) }),
          name: kind === 2 ? 'GET /api/orders/{id}' : i % 3 === 0 ? 'SELECT shop.orders' : 'redis GET',
          kind,
          startTimeUnixNano: String(start),
          endTimeUnixNano: String(start + BigInt(Math.floor(rnd() * 5e6))),
          attributes: [
            kv('http.request.method', str('GET')),
            kv('http.response.status_code', int(error ? 500 : 200)),
            kv('http.route', str('/api/orders/{id}')),
            kv('server.address', str(service)),
            kv('server.port', int(8080)),
            kv('db.system', str(i % 3 === 0 ? 'postgresql' : 'redis')),
            kv('app.order.total_micros', int(2n ** 60n + BigInt(made))),
            kv('app.ratio', { doubleValue: rnd() }),
            kv('app.cached', { boolValue: rnd() < 0.5 }),
            kv('app.tags', { arrayValue: { values: [str('a'), str('b'), int(3)] } }),
          ],
          events: error ? [{ timeUnixNano: String(start + 10n), name: 'exception', attributes: [kv('exception.type', str('Error')), kv('exception.message', str('upstream 500'))] }] : [],
          status: error ? { code: 2, message: 'upstream failed' } : { code: 0 },
        });
        if (i % 6 === 0) parent = spanId;
      }
      return {
        resource: { attributes: [kv('service.name', str(service)), kv('service.version', str('1.4.2')), kv('telemetry.sdk.language', str('nodejs'))] },
        scopeSpans: [{ scope: { name: '@opentelemetry/instrumentation-http', version: '0.57.0' }, spans }],
      };
    }),
  };
}

const jsonBody = Buffer.from(JSON.stringify(request((h) => h)));
const { ExportTraceServiceRequest } = traceServiceMessages();
const pbRequest = JSON.parse(jsonBody.toString('utf8'));
for (const rs of pbRequest.resourceSpans)
  for (const ss of rs.scopeSpans)
    for (const s of ss.spans) for (const k of ['traceId', 'spanId', 'parentSpanId']) if (s[k]) s[k] = Buffer.from(s[k], 'hex').toString('base64');
const pbBody = Buffer.from(ExportTraceServiceRequest.encode(ExportTraceServiceRequest.fromObject(pbRequest)).finish());

const jsonReader = await dist('telemetry/otlp-json-reader.js').catch(() => undefined);
// What the receiver does with a JSON body: the direct reader, or (a build without it, or a body it does not take) JSON.parse + convert.
const ingestJson = () => {
  const read = jsonReader?.readJsonRequest(jsonBody);
  if (read) return read;
  const decoded = decodeRequest(jsonBody, 'json');
  countSpans(decoded);
  return convertRequest(decoded, 'hex');
};
const parseAndConvert = () => {
  const decoded = decodeRequest(jsonBody, 'json');
  countSpans(decoded);
  return convertRequest(decoded, 'hex');
};
const ingestProtobuf = reader ? () => (reader.countProtobufSpans(pbBody), reader.readProtobufRequest(pbBody)) : undefined;
const ingestGenerated = () => {
  const decoded = decodeRequest(pbBody, 'protobuf');
  countSpans(decoded);
  return convertRequest(asJsonShape(decoded, 'protobuf'), 'base64');
};

const a = ingestJson();
if (jsonReader && !jsonReader.readJsonRequest(jsonBody)) throw new Error('the JSON reader did not take the bench request');
if (!isDeepStrictEqual(a, parseAndConvert())) throw new Error('the JSON reader and JSON.parse + convert disagree');
const c = ingestGenerated();
if (a.spans.length !== SPANS || c.spans.length !== SPANS) throw new Error(`expected ${SPANS} spans, got ${a.spans.length} (JSON) and ${c.spans.length} (protobuf)`);
if (ingestProtobuf && !isDeepStrictEqual(ingestProtobuf().spans, c.spans)) throw new Error('the protobuf reader and the generated decoder disagree');
for (const s of [...a.spans, ...c.spans]) delete s.types; // ids, values: compare what both encodings carry
if (!isDeepStrictEqual(a.spans, c.spans)) throw new Error('JSON and protobuf ingest disagree');

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const time = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const phases = { parse: () => JSON.parse(jsonBody.toString('utf8')), json: ingestJson, parseConvert: parseAndConvert, ...(ingestProtobuf ? { protobuf: ingestProtobuf } : {}), generated: ingestGenerated };
const times = Object.fromEntries(Object.keys(phases).map((k) => [k, []]));
for (let i = 0; i < 3; i++) for (const f of Object.values(phases)) f(); // warm-up
for (let i = 0; i < REPS; i++) for (const [k, f] of Object.entries(phases)) times[k].push(time(f));
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));

console.log(`clnrm ingest bench: ${SPANS.toLocaleString('en')} spans; JSON body ${(jsonBody.length / 2 ** 20).toFixed(1)} MiB, protobuf body ${(pbBody.length / 2 ** 20).toFixed(1)} MiB; ${REPS} repetitions (median)`);
console.log(`  (a) JSON.parse of the JSON body              ${m.parse.toFixed(2).padStart(8)} ms`);
console.log(`  (b) JSON ingest                              ${m.json.toFixed(2).padStart(8)} ms`);
console.log(`  (b') JSON.parse + convert (fallback path)     ${m.parseConvert.toFixed(2).padStart(8)} ms`);
if (m.protobuf !== undefined) console.log(`  (c) protobuf ingest (read into span records) ${m.protobuf.toFixed(2).padStart(8)} ms`);
console.log(`  (d) generated decoder + toObject + convert   ${m.generated.toFixed(2).padStart(8)} ms`);
console.log(`    ratio JSON ingest / JSON.parse:             ${(m.json / m.parse).toFixed(2)}x`);
console.log(`    ratio JSON.parse + convert / JSON.parse:    ${(m.parseConvert / m.parse).toFixed(2)}x`);
if (m.protobuf !== undefined) console.log(`    ratio protobuf ingest / JSON.parse:         ${(m.protobuf / m.parse).toFixed(2)}x`);
console.log(`    ratio generated protobuf path / JSON.parse: ${(m.generated / m.parse).toFixed(2)}x`);
