/**
 * Reads a suite file: regular files only, bounded in size. A FIFO, a device
 * (`/dev/zero`), a socket or a directory is refused by name before anything is
 * read, so it can never hang or fill memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Suite files are small; 16 MiB leaves room for a step that embeds a large script or fixture. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; message: string; hint?: string };

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function notRegular(file: string, st: Stats): ReadResult {
  if (st.isDirectory()) return { ok: false, message: 'is a directory, not a suite file', hint: `give the files inside it, e.g. ${file.replace(/\/$/, '')}/*.clnrm.toml` };
  return { ok: false, message: `is ${kindOf(st)}, not a regular file; suite files are read only from regular files`, hint: 'write the suite to a file and pass its path' };
}

const tooBig = (size: number): ReadResult => ({
  ok: false,
  message: `is ${(size / 1048576).toFixed(1)} MiB; suite files are limited to ${MAX_FILE_BYTES / 1048576} MiB`,
  hint: 'split it into several suite files',
});

export function readSuiteBytes(file: string): ReadResult {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: 'no such file', hint: 'check the path (globs are expanded relative to the working directory)' };
    return { ok: false, message: `cannot read: ${(err as Error).message}` };
  }
  // Checked before opening: opening a FIFO for reading would block until a writer comes.
  if (!st.isFile()) return notRegular(file, st);
  if (st.size > MAX_FILE_BYTES) return tooBig(st.size);
  let fd: number;
  try {
    // O_NONBLOCK: should the path have been swapped for a FIFO since the stat, open returns at once.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (err) {
    return { ok: false, message: `cannot read: ${(err as Error).message}` };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return notRegular(file, opened);
    // Read at most one byte past the limit: a file that grows while we read is still bounded.
    const buffer = Buffer.alloc(Math.min(opened.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const got = readSync(fd, buffer, length, buffer.length - length, null);
      if (got === 0) break;
      length += got;
      // All the file had when it was looked at: done, without one more read to find its end (a file growing
      // meanwhile is read as it was then, as if read a moment sooner).
      if (length === buffer.length || length === opened.size) break;
    }
    if (length > MAX_FILE_BYTES) return tooBig(length);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (err) {
    return { ok: false, message: `cannot read: ${(err as Error).message}` };
  } finally {
    closeSync(fd);
  }
}
