/**
 * Reading the spans of a saved report.json (one suite's, or one suite of an
 * aggregate `--json` report): inline in `spans`, or, for a run of more spans
 * than a report holds inline, in the NDJSON file `spansFile.path` names
 * (relative to the report's directory; docs/reports.md). Reports written
 * before `spansFile` existed hold their spans inline and read the same way.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Bytes read at a time: lines are parsed as they come, the file is never one string. */
const READ_CHUNK_BYTES = 4 << 20;

/** Calls `onLine` with each non-empty line of a UTF-8 file (line numbers from 1), reading it in chunks. */
export function eachLine(path: string, onLine: (line: string, lineNumber: number) => void): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let lineNumber = 0;
    const lines = (text: string, final: boolean) => {
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        lineNumber++;
        const line = text.slice(start, nl);
        if (line.trim()) onLine(line, lineNumber);
        start = nl + 1;
      }
      rest = text.slice(start);
      if (final && rest.trim()) onLine(rest, ++lineNumber);
    };
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) lines(rest + decoder.write(buffer.subarray(0, n)), false);
    lines(rest + decoder.end(), true);
  } finally {
    closeSync(fd);
  }
}

/** A report's spans file could not be read, or one of its lines is not JSON. */
export class ReportSpansError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when the report keeps its spans in a spans file rather than inline. */
export function hasSpansFile(report: unknown): boolean {
  return isObject(report) && isObject(report.spansFile) && typeof report.spansFile.path === 'string';
}

/**
 * The span objects of a report (as report.json lists them), or undefined when
 * it has neither inline spans nor a spans file. `reportPath` is where the report
 * was read from: a spans file is found beside it.
 */
export function reportSpans(report: unknown, reportPath: string): unknown[] | undefined {
  if (!isObject(report)) return undefined;
  if (Array.isArray(report.spans)) return report.spans;
  if (!hasSpansFile(report)) return undefined;
  const file = (report.spansFile as { path: string }).path;
  const path = isAbsolute(file) ? file : join(dirname(reportPath), file);
  const spans: unknown[] = [];
  try {
    eachLine(path, (line, n) => {
      try {
        spans.push(JSON.parse(line));
      } catch (err) {
        throw new ReportSpansError(`${path}:${n}: not JSON: ${(err as Error).message}`);
      }
    });
  } catch (err) {
    if (err instanceof ReportSpansError) throw err;
    throw new ReportSpansError(`cannot read the spans file ${path} that ${reportPath} names: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return spans;
}
