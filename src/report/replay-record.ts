/**
 * What `clnrm replay` needs to re-run a suite exactly as it ran, written into
 * `<suite>.report.json` as `replay` (docs/replay.md): the suite file and the
 * SHA-256 of its bytes, the loaded suite's SHA-256 (template values included),
 * the seed, the command-line variables and chaos selection, the resolved fault
 * plan of every scenario that ran, and the content digest of every service and
 * step image. `replayDifferences` says what no longer matches.
 */
import { createHash } from 'node:crypto';
import { stableJson } from '../common/stable-json.js';
import type { Suite } from '../load/index.js';
import { rowsOf, type SpanRows } from '../telemetry/span-table.js';
import type { PlannedSuite } from '../plan/plan.js';
import { injectionRecord, planDifferences, type InjectionRecord } from '../plan/plan-record.js';
import type { SpanRecord } from '../telemetry/span-record.js';

export const REPLAY_RECORD_VERSION = 1;

export interface ImageRecord {
  scenario: string;
  kind: 'service' | 'step';
  /** The service's or the step's name. */
  name: string;
  /** The image reference as the suite gives it. */
  image: string;
  /** Its content digest when it ran (`sha256:…`, docs/digest.md). */
  digest: string;
}

export interface ReplayRecord {
  version: number;
  /** The suite file's path as given to `clnrm run` (relative to the directory it ran in). */
  suiteFile: string;
  /** SHA-256 of the suite file's bytes. */
  suiteSha256: string;
  /** SHA-256 of the suite as loaded and planned (templates filled in, presets merged): catches changed environment variables. */
  suiteModelSha256: string;
  seed: number;
  /** `--var` values; a secret value is masked and its name listed in `secretVars` (give it again with `--var`). */
  vars: Record<string, string>;
  secretVars: string[];
  /** `--chaos` as given, or null. */
  chaos: string | null;
  /** `--filter` as given, or null. */
  filter: string | null;
  /** The resolved fault plan of every scenario that ran. */
  scenarios: { name: string; injections: InjectionRecord[] }[];
  images: ImageRecord[];
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** SHA-256 of the suite model (functions such as `locate` left out). */
export function suiteModelSha256(suite: Suite): string {
  const plain = JSON.parse(JSON.stringify(suite)) as unknown;
  return sha256Hex(stableJson(plain));
}

/** The image each service and step ran, from the trace: `service.image.digest` and `step.image.digest`, under their scenario. */
export function imagesOf(all: readonly SpanRecord[]): ImageRecord[] {
  // Of a view of table rows (a very large trace), only the runner's spans are made: a runner span's parents
  // are the runner's, and no span of the system under test among judged spans has a runner span's id (forgery.ts).
  const rows = rowsOf(all);
  const spans = rows ? runnerSpansOf(rows) : all;
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const scenarioOf = (s: SpanRecord): string | undefined => {
    for (let p = s.parentSpanId ? byId.get(s.parentSpanId) : undefined, hops = 0; p && hops < 64; p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined, hops++) {
      if (p.name.startsWith('clnrm.scenario:')) return p.name.slice('clnrm.scenario:'.length);
    }
    return undefined;
  };
  const out = new Map<string, ImageRecord>();
  for (const s of spans) {
    if (s.source !== 'runner') continue;
    const service = s.name === 'clnrm.service.start';
    const step = s.name.startsWith('clnrm.step:');
    const digest = s.attributes[service ? 'service.image.digest' : 'step.image.digest'];
    const image = s.attributes[service ? 'service.image' : 'step.image'];
    const name = s.attributes[service ? 'service.name' : 'step.name'];
    const scenario = scenarioOf(s);
    if ((!service && !step) || typeof digest !== 'string' || typeof image !== 'string' || typeof name !== 'string' || scenario === undefined) continue;
    const r: ImageRecord = { scenario, kind: service ? 'service' : 'step', name, image, digest };
    out.set(`${r.scenario}\u0000${r.kind}\u0000${r.name}`, r);
  }
  return [...out.values()].sort((a, b) => stableJson(a).localeCompare(stableJson(b)));
}

function runnerSpansOf(rows: SpanRows): SpanRecord[] {
  const out: SpanRecord[] = [];
  for (let k = 0; k < rows.length; k++) if (rows.source(k) === 'runner') out.push(rows.at(k));
  return out;
}

export interface ReplayRecordInput {
  planned: PlannedSuite;
  spans: readonly SpanRecord[];
  suiteSha256: string;
  vars: Readonly<Record<string, string>>;
  secrets: readonly string[];
  chaos?: string;
  filter?: string;
}

export function replayRecord(o: ReplayRecordInput): ReplayRecord {
  const secretVars = Object.entries(o.vars).filter(([, v]) => o.secrets.includes(v)).map(([k]) => k).sort();
  return {
    version: REPLAY_RECORD_VERSION,
    suiteFile: o.planned.file,
    suiteSha256: o.suiteSha256,
    suiteModelSha256: suiteModelSha256(o.planned.suite),
    seed: o.planned.seed,
    vars: Object.fromEntries(Object.entries(o.vars).map(([k, v]) => [k, secretVars.includes(k) ? '***' : v])),
    secretVars,
    chaos: o.chaos ?? null,
    filter: o.filter ?? null,
    scenarios: o.planned.scenarios.filter((s) => s.skipped === undefined).map((s) => ({ name: s.name, injections: s.injections.map(injectionRecord) })),
    images: imagesOf(o.spans),
  };
}

/** A record read back from a report.json, or why it cannot be used. */
export function parseReplayRecord(report: unknown): ReplayRecord | string {
  const r = (report as { replay?: unknown } | null)?.replay as Partial<ReplayRecord> | null | undefined;
  if (r === undefined || r === null) return 'has no `replay` record (it was written by a version of clnrm without replay, or is not a suite report)';
  if (r.version !== REPLAY_RECORD_VERSION) return `has a \`replay\` record of version ${String(r.version)}; this clnrm reads version ${REPLAY_RECORD_VERSION}`;
  const strings = ['suiteFile', 'suiteSha256', 'suiteModelSha256'] as const;
  for (const k of strings) if (typeof r[k] !== 'string') return `replay.${k}: expected a string`;
  if (typeof r.seed !== 'number' || !Number.isInteger(r.seed)) return 'replay.seed: expected an integer';
  if (!r.vars || typeof r.vars !== 'object' || Object.values(r.vars).some((v) => typeof v !== 'string')) return 'replay.vars: expected an object of strings';
  if (!Array.isArray(r.secretVars) || !Array.isArray(r.scenarios) || !Array.isArray(r.images)) return 'replay: expected arrays `secretVars`, `scenarios` and `images`';
  return r as ReplayRecord;
}

/** What the replay finds now, to compare with the record. */
export interface ReplayNow {
  suiteSha256: string;
  suiteModelSha256: string;
  /** The plan of each scenario that will run. */
  scenarios: { name: string; injections: InjectionRecord[] }[];
  /** Content digest of each recorded image reference now (undefined: the engine does not have it). */
  imageDigests: ReadonlyMap<string, string | undefined>;
}

/** One line per difference that makes the replay refuse (empty: replay can run). Only the `scenarios` selected are compared. */
export function replayDifferences(record: ReplayRecord, now: ReplayNow, selected: readonly string[]): string[] {
  const out: string[] = [];
  if (record.suiteSha256 !== now.suiteSha256) {
    out.push(`suite file changed: ${record.suiteFile}: sha256 ${record.suiteSha256} → ${now.suiteSha256}`);
    // Everything else follows from the file; naming it too would only repeat the change.
    return out;
  }
  if (record.suiteModelSha256 !== now.suiteModelSha256) {
    out.push(`suite as loaded changed: ${record.suiteFile}: the file is the same, but the values templates read (environment variables, --var) differ`);
  }
  for (const name of selected) {
    const recorded = record.scenarios.find((s) => s.name === name);
    const current = now.scenarios.find((s) => s.name === name);
    if (!recorded) continue;
    if (!current) {
      out.push(`plan differs: scenario ${name} ran in the recorded run but is not planned now`);
      continue;
    }
    for (const d of planDifferences(recorded.injections, current.injections)) out.push(`plan differs: scenario ${name}: ${d}`);
  }
  for (const img of record.images.filter((i) => selected.includes(i.scenario))) {
    const digest = now.imageDigests.get(img.image);
    if (digest === img.digest) continue;
    out.push(`image changed: scenario ${img.scenario}: ${img.kind} ${img.name}: ${img.image}: ${img.digest} → ${digest ?? 'not present on the engine'}`);
  }
  return out;
}
