/**
 * Report files on disk: their names, and the atomic write every report file
 * goes through (written beside its final name, then renamed), so a reader
 * never sees half a report and an interrupted run leaves the previous one intact.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
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
  };
}

export type ReportFileNames = ReturnType<typeof reportFiles>;

/** Writes `content` to `file` through a temporary file in the same directory and a rename. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
