/**
 * Report files on disk: their names, and the atomic write every report file
 * goes through (written beside its final name, then renamed), so a reader
 * never sees half a report and an interrupted run leaves the previous one intact.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { reportStem } from './summary.js';

/** Report file names of a suite, by what they hold. */
export function reportFiles(suiteName: string) {
  const stem = reportStem(suiteName);
  return {
    json: `${stem}.report.json`,
    junit: `${stem}.junit.xml`,
    trace: `${stem}.trace.json`,
    digest: `${stem}.trace.sha256`,
    cleanup: `${stem}.cleanup.json`,
    html: `${stem}.html`,
    /** The report's spans, one JSON object a line, when there are too many to hold inline (json.ts INLINE_SPANS_MAX). */
    spans: `${stem}.spans.ndjson`,
  };
}

export type ReportFileNames = ReturnType<typeof reportFiles>;

/**
 * What a report file holds: one string, or its text as a sequence of pieces
 * (a file longer than V8's longest string, ~2^29 characters, such as the
 * canonical trace or the spans of a 10 M-span run), written as they come.
 */
export type FileContent = string | { pieces: Iterable<string> };

/**
 * Pieces are gathered up to this many characters before each write: few system calls, little memory.
 * Below V8's largest young object (128 KiB), so a chunk dies young instead of piling up in the old
 * generation until a full collection (a 10 M-span spans file is ~3 GB of chunks).
 */
const WRITE_CHUNK_CHARS = 1 << 15;

/** The pieces gathered into chunks of about WRITE_CHUNK_CHARS (the last one may be shorter or empty). */
function* chunked(pieces: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= WRITE_CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const chunk of chunked(pieces)) if (chunk) await handle.write(chunk, null, 'utf8');
  } finally {
    await handle.close();
  }
}

/** The content as one string (for contents known to be small, and tests). */
export function contentString(content: FileContent): string {
  if (typeof content === 'string') return content;
  let out = '';
  for (const piece of content.pieces) out += piece;
  return out;
}

/** Writes `content` to `file` through a temporary file in the same directory and a rename. */
export async function writeAtomic(file: string, content: FileContent): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    if (typeof content === 'string') await writeFile(tmp, content, 'utf8');
    else await writePieces(tmp, content.pieces);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Writes `content` to a stream (stdout), piece by piece, waiting whenever the stream's buffer is full; ends it with exactly one newline. */
export async function writeContentTo(out: NodeJS.WritableStream, content: FileContent): Promise<void> {
  const write = (chunk: string) => (out.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  if (typeof content === 'string') return write(`${content.trimEnd()}\n`);
  // Only the last chunk's end is trimmed: what ends the content is there.
  let previous: string | undefined;
  for (const chunk of chunked(content.pieces)) {
    // Whitespace that ends the content may span chunks: a chunk of whitespace only waits with the one before it.
    if (previous !== undefined && chunk.trimEnd() === '') {
      previous += chunk;
      continue;
    }
    if (previous) await write(previous);
    previous = chunk;
  }
  await write(`${(previous ?? '').trimEnd()}\n`);
}
