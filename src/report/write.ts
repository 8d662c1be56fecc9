/**
 * Writes a judged suite's reports into a directory, each file atomically
 * (written beside its final name, then renamed), so a reader never sees half
 * a report and an interrupted run leaves the previous report intact.
 *
 *   json    → <suite>.report.json
 *   junit   → <suite>.junit.xml
 *   digest  → <suite>.trace.json (canonical trace, exactly its RFC 8785 bytes)
 *             <suite>.trace.sha256 (`<hex>  <suite>.trace.json`, checkable with `sha256sum -c`)
 *   cleanup → <suite>.cleanup.json
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Suite } from '../load/index.js';
import type { JudgedSuite } from '../validate/judge.js';
import { canonicalJson, canonicalTrace, sha256Hex } from './canonical.js';
import { renderCleanupReport } from './cleanup.js';
import { renderJsonReport } from './json.js';
import { renderJunit } from './junit.js';
import { reportStem } from './summary.js';
import { redactSecrets } from './redact.js';

export type ReportFormat = Suite['report']['formats'][number];

export const ALL_FORMATS: readonly ReportFormat[] = ['json', 'junit', 'digest', 'cleanup'];

/** Report file names of a suite, by format. */
export function reportFiles(suiteName: string) {
  const stem = reportStem(suiteName);
  return {
    json: `${stem}.report.json`,
    junit: `${stem}.junit.xml`,
    trace: `${stem}.trace.json`,
    digest: `${stem}.trace.sha256`,
    cleanup: `${stem}.cleanup.json`,
  };
}

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

/** The canonical trace file's content and its digest (the SHA-256 of exactly that content). */
export function traceFile(j: JudgedSuite): { json: string; digest: string } {
  // Over the masked spans, so the digest a run compares equals the one it writes.
  const json = canonicalJson(canonicalTrace(redactSecrets(j).spans, j.run.suite.determinism.digestExclude));
  return { json, digest: sha256Hex(json) };
}

/** Writes the selected reports; returns the paths written, in format order. */
export async function writeReports(
  unmasked: JudgedSuite,
  dir: string,
  formats: readonly ReportFormat[] = ALL_FORMATS,
  /** The suite's `traceFile()`, when the caller already computed it (the digest is the costly part). */
  computed?: { json: string; digest: string },
): Promise<string[]> {
  const judged = redactSecrets(unmasked);
  await mkdir(dir, { recursive: true });
  const names = reportFiles(judged.run.suite.name);
  const { json: trace, digest } = computed ?? traceFile(unmasked);
  const files: [string, string][] = [];
  for (const format of ALL_FORMATS) {
    if (!formats.includes(format)) continue;
    if (format === 'json') files.push([names.json, renderJsonReport(judged, digest)]);
    else if (format === 'junit') files.push([names.junit, renderJunit(judged, digest)]);
    else if (format === 'cleanup') files.push([names.cleanup, renderCleanupReport(judged)]);
    else {
      files.push([names.trace, trace]);
      files.push([names.digest, `${digest}  ${names.trace}\n`]);
    }
  }
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    await writeAtomic(path, content);
    written.push(path);
  }
  return written;
}
