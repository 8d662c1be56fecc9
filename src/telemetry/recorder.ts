/**
 * The runner's own spans, made with the OpenTelemetry SDK and kept in memory
 * for validation and reports. Span and trace ids are derived from the seed and
 * the span's logical position (parent id, name, key or index among same-named
 * siblings), so the same run gives the same ids whatever the completion order.
 *
 * The SDK asks its IdGenerator for ids without context; we hand it the id we
 * computed just before calling startSpan, which is synchronous.
 */
import { createHash } from 'node:crypto';
import { context, SpanStatusCode, trace, type Attributes, type AttributeValue, type Span } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type IdGenerator,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { fromReadableSpan } from './span-record.js';
import { ofTrace, type SpanSource } from './span-source.js';

export interface SpanHandle {
  readonly name: string;
  readonly spanId: string;
  readonly traceId: string;
  /** When the span started, in epoch milliseconds on the recorder's clock. */
  readonly startMs: number;
  setAttributes(attributes: Attributes): void;
  addEvent(name: string, attributes?: Attributes): void;
  /** Marks the span ERROR with `error.type` and a message. */
  fail(errorType: string, message: string): void;
  /** Marks the span OK (spans that prove something happened correctly, like cleanup). */
  ok(): void;
  /** Ends the span; safe to call twice. */
  end(): void;
  /** W3C traceparent of this span, for processes started on its behalf. */
  traceparent(): string;
  readonly ended: boolean;
}

/** The runner's spans as a span source: `read()` gives them as SpanRecords (source `runner`). */
export interface Recorder extends SpanSource {
  readonly traceId: string;
  /** Starts a span. `key` names it among concurrent same-named siblings (e.g. the target of a fault). */
  start(name: string, parent?: SpanHandle, options?: { attributes?: Attributes; key?: string }): SpanHandle;
  /** Every ended span so far, in end order. */
  spans(): ReadableSpan[];
  /** Ids of the spans started and not ended yet (clnrm.run, scenarios still running), in start order. */
  openSpanIds(): string[];
  shutdown(): Promise<void>;
}

/**
 * One monotonic clock for every span time. The SDK otherwise anchors each
 * span to its own clock reading, and sub-millisecond disagreements between
 * anchors could make a span appear to end after its successor started.
 */
const now = (): number => performance.timeOrigin + performance.now();

const hex = (input: string, bytes: number): string => createHash('sha256').update(input).digest('hex').slice(0, bytes * 2);

class QueuedIdGenerator implements IdGenerator {
  nextSpanId = '';
  nextTraceId = '';
  generateSpanId(): string {
    return this.nextSpanId;
  }
  generateTraceId(): string {
    return this.nextTraceId;
  }
}

export interface RecorderOptions {
  seed: number | string;
  /** Distinguishes traces of one run: the suite file's name. */
  traceKey: string;
  serviceName?: string;
  resources?: Attributes;
  /** Extra exporters (stdout, OTLP) besides the in-memory one. */
  exporters?: SpanExporter[];
}

export function createRecorder(options: RecorderOptions): Recorder {
  const ids = new QueuedIdGenerator();
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    idGenerator: ids,
    resource: resourceFromAttributes({ 'service.name': options.serviceName ?? 'clnrm', ...options.resources }),
    spanProcessors: [new SimpleSpanProcessor(memory), ...(options.exporters ?? []).map((e) => new SimpleSpanProcessor(e))],
  });
  const tracer = provider.getTracer('clnrm');
  const traceId = hex(`${options.seed}\u0000trace\u0000${options.traceKey}`, 16);
  const siblings = new Map<string, number>();
  const open = new Set<string>();

  const start: Recorder['start'] = (name, parent, opts = {}) => {
    const parentId = parent?.spanId ?? 'root';
    let position = opts.key;
    if (position === undefined) {
      const counter = `${parentId}\u0000${name}`;
      const index = siblings.get(counter) ?? 0;
      siblings.set(counter, index + 1);
      position = `#${index}`;
    }
    ids.nextSpanId = hex(`${options.seed}\u0000${traceId}\u0000${parentId}\u0000${name}\u0000${position}`, 8);
    ids.nextTraceId = traceId;
    const parentContext = parent ? trace.setSpan(context.active(), (parent as HandleImpl).span) : context.active();
    const startMs = now();
    const span = tracer.startSpan(name, { attributes: opts.attributes ?? {}, startTime: startMs }, parentContext);
    const spanId = span.spanContext().spanId;
    open.add(spanId);
    return new HandleImpl(name, span, startMs, () => open.delete(spanId));
  };

  return {
    traceId,
    start,
    spans: () => memory.getFinishedSpans(),
    openSpanIds: () => [...open],
    sourceName: 'the runner',
    read: (wanted?: string) => ({ spans: ofTrace(memory.getFinishedSpans().map(fromReadableSpan), wanted), problems: [] }),
    shutdown: () => provider.shutdown(),
  };
}

class HandleImpl implements SpanHandle {
  ended = false;
  constructor(
    readonly name: string,
    readonly span: Span,
    readonly startMs: number,
    private readonly onEnd: () => void,
  ) {}
  get spanId() {
    return this.span.spanContext().spanId;
  }
  get traceId() {
    return this.span.spanContext().traceId;
  }
  setAttributes(attributes: Attributes) {
    if (!this.ended) this.span.setAttributes(attributes);
  }
  addEvent(name: string, attributes?: Attributes) {
    if (!this.ended) this.span.addEvent(name, attributes, now());
  }
  fail(errorType: string, message: string) {
    if (this.ended) return;
    this.span.setAttribute('error.type', errorType);
    this.span.setStatus({ code: SpanStatusCode.ERROR, message });
  }
  ok() {
    if (!this.ended) this.span.setStatus({ code: SpanStatusCode.OK });
  }
  end() {
    if (this.ended) return;
    this.ended = true;
    this.span.end(now());
    this.onEnd();
  }
  traceparent() {
    return `00-${this.traceId}-${this.spanId}-01`;
  }
}

export type { ReadableSpan, AttributeValue };
