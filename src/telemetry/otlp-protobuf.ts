/**
 * OTLP/protobuf requests and responses of the trace service.
 *
 * Protobuf decoding: with the OpenTelemetry project's own generated code, not a
 * hand-written decoder. Up to 0.216.0, `@opentelemetry/otlp-transformer` (the
 * 0.2xx line that goes with SDK 2.x) shipped `build/src/generated/root.js`, a
 * protobufjs static module that the project generated with pbjs from the
 * official opentelemetry-proto files; it has `ExportTraceServiceRequest.decode`
 * and `toObject`, and `ExportTraceServiceResponse.encode`. From 0.217.0 on the
 * package writes traces with a hand-rolled serializer and no longer ships the
 * trace messages in that root (0.223.x has no generated root at all), and no
 * release ships the .proto files themselves (their `files` list only has
 * build/). No other npm package ships the official .proto files either: the
 * other OpenTelemetry packages that ever carried protos
 * (`@opentelemetry/otlp-grpc-exporter-base`, `otlp-proto-exporter-base`, both
 * checked with `npm pack --dry-run`) also only shipped an older generated root,
 * and the rest are third-party recompilations. So the project depends on
 * `@opentelemetry/otlp-transformer` pinned exactly at 0.216.0 and loads that
 * file by its path (the package has no `exports` map, so the path resolves;
 * it is not public API, hence the exact pin: do not bump it without checking
 * that `opentelemetry.proto.collector.trace.v1` is still in the root, which the
 * protobuf test in receiver.test.ts does). The exporters used in the tests
 * (0.223.x) bring their own nested copy of the current transformer.
 */
import { createRequire } from 'node:module';
import { BadRequest } from './otlp.js';

/** How a request body is encoded (its content type). */
export type Format = 'json' | 'protobuf';

interface PbType {
  decode(data: Uint8Array): unknown;
  toObject(message: unknown, options: Record<string, unknown>): Record<string, unknown>;
  encode(message: Record<string, unknown>): { finish(): Uint8Array };
}
interface TraceServiceMessages {
  ExportTraceServiceRequest: PbType;
  ExportTraceServiceResponse: PbType;
}

const GENERATED_ROOT = '@opentelemetry/otlp-transformer/build/src/generated/root.js';
let messages: TraceServiceMessages | undefined;

export function traceServiceMessages(): TraceServiceMessages {
  if (messages) return messages;
  const root = createRequire(import.meta.url)(GENERATED_ROOT) as {
    opentelemetry?: { proto?: { collector?: { trace?: { v1?: Partial<TraceServiceMessages> } } } };
  };
  const v1 = root.opentelemetry?.proto?.collector?.trace?.v1;
  if (!v1?.ExportTraceServiceRequest || !v1.ExportTraceServiceResponse) {
    // Invariant of the installed packages (a broken install if it fires), not of any input.
    throw new Error(`${GENERATED_ROOT} has no opentelemetry.proto.collector.trace.v1 messages (was @opentelemetry/otlp-transformer bumped past 0.216.0?)`);
  }
  messages = v1 as TraceServiceMessages;
  return messages;
}

// Same options for every decoded request: 64-bit integers as decimal strings,
// enums as numbers, bytes as base64 (ids are turned into hex below), repeated
// fields always present, unset fields absent. The result has the OTLP/JSON shape.
const TO_OBJECT = { longs: String, enums: Number, bytes: String, arrays: true, defaults: false };


/** The request decoded, before any span is converted: the JSON value or the protobuf message. */
export function decodeRequest(body: Buffer, format: Format): unknown {
  if (format === 'json') {
    try {
      return JSON.parse(body.length ? body.toString('utf8') : '{}');
    } catch (err) {
      throw new BadRequest(`invalid JSON: ${(err as Error).message}`);
    }
  }
  try {
    return traceServiceMessages().ExportTraceServiceRequest.decode(body);
  } catch (err) {
    throw new BadRequest(`invalid protobuf: ${(err as Error).message}`);
  }
}

/** The decoded request in the OTLP/JSON shape (a protobuf message goes through the generated toObject). */
export function asJsonShape(decoded: unknown, format: Format): unknown {
  if (format === 'json') return decoded;
  const { ExportTraceServiceRequest } = traceServiceMessages();
  return ExportTraceServiceRequest.toObject(decoded, TO_OBJECT);
}

/** An ExportTraceServiceResponse, protobuf-encoded. */
export function encodeResponse(message: Record<string, unknown>): Uint8Array {
  return traceServiceMessages().ExportTraceServiceResponse.encode(message).finish();
}
