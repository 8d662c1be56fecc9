/**
 * Shrinking a failing fault plan (`clnrm shrink`): delta debugging (ddmin) over
 * the planned injections, then smaller versions of what is left (shorter
 * durations, lower rates), each candidate judged by running it. Everything here
 * is plain: the runner is passed in, so the search is tested without an engine.
 *
 *   plan that fails ─▶ ddmin (drop injections) ─▶ soften (halve durations, rates) ─▶ smallest plan that still fails
 */
import type { PlannedInjection } from './faults.js';

/** What running a candidate showed: it failed for the same reason (`fails`), or not; `budget` when no run was left. */
export type Verdict = 'fails' | 'passes' | 'budget';

/** Runs a candidate plan; true when it fails for the same reason as the original. */
export type CandidateTest<T> = (candidate: readonly T[]) => Promise<boolean>;

/**
 * A bounded test: each distinct candidate (by `key`) runs at most once, and no
 * more than `maxRuns` run in all; past that every new candidate is `budget`.
 */
export function boundedTest<T>(test: CandidateTest<T>, maxRuns: number, key: (candidate: readonly T[]) => string): { run: (candidate: readonly T[]) => Promise<Verdict>; runs: () => number } {
  const seen = new Map<string, Verdict>();
  let runs = 0;
  return {
    runs: () => runs,
    run: async (candidate) => {
      const k = key(candidate);
      const known = seen.get(k);
      if (known) return known;
      if (runs >= maxRuns) return 'budget';
      runs++;
      const verdict: Verdict = (await test(candidate)) ? 'fails' : 'passes';
      seen.set(k, verdict);
      return verdict;
    },
  };
}

/** `items` cut into `n` chunks of (nearly) equal size, in order. */
export function chunks<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = start + Math.floor((items.length - start) / (n - i));
    if (end > start) out.push(items.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * Zeller's ddmin: a 1-minimal sub-list of `failing` that still fails (removing any
 * single item makes it pass), or the smallest failing one found when the budget ran out.
 * `failing` itself is taken as failing (the caller ran it).
 */
export async function ddmin<T>(failing: readonly T[], test: (candidate: readonly T[]) => Promise<Verdict>): Promise<{ result: T[]; exhausted: boolean }> {
  let current = [...failing];
  let n = 2;
  while (current.length >= 2) {
    const parts = chunks(current, n);
    let reduced = false;
    // First each chunk alone, then each complement: the classic order, which finds a single cause in O(log n) runs.
    for (const candidate of [...parts, ...(n > 2 ? parts.map((p) => current.filter((x) => !p.includes(x))) : [])]) {
      const verdict = await test(candidate);
      if (verdict === 'budget') return { result: current, exhausted: true };
      if (verdict === 'fails') {
        current = candidate;
        n = parts.includes(candidate) ? 2 : Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (reduced) continue;
    if (n >= current.length) break;
    n = Math.min(n * 2, current.length);
  }
  return { result: current, exhausted: false };
}

/**
 * Parameters that are the share of calls, packets or connections a fault hits: lowering
 * them makes it milder. (Not `cpu_percent` or `rate_kbps`: lowering those makes it harsher.)
 */
export const RATE_PARAMS: ReadonlySet<string> = new Set(['rate', 'rate_pct', 'percent', 'toxicity']);

/** Milder versions of an injection, mildest change first: half its duration, half each rate. */
export function softerVersions(inj: PlannedInjection): PlannedInjection[] {
  const out: PlannedInjection[] = [];
  const d = inj.fault.durationMs;
  if (d !== undefined && d >= 2) out.push({ ...inj, fault: { ...inj.fault, durationMs: Math.floor(d / 2) } });
  for (const [key, value] of Object.entries(inj.fault.params)) {
    if (!RATE_PARAMS.has(key) || typeof value !== 'number' || value <= 0) continue;
    const half = Number.isInteger(value) ? Math.floor(value / 2) : value / 2;
    if (half > 0 && half !== value) out.push({ ...inj, fault: { ...inj.fault, params: { ...inj.fault.params, [key]: half } } });
  }
  return out;
}

/**
 * After ddmin: each injection in turn is replaced by a milder version while the plan
 * still fails (halving again until it passes or the budget ends).
 */
export async function soften(plan: readonly PlannedInjection[], test: (candidate: readonly PlannedInjection[]) => Promise<Verdict>): Promise<{ result: PlannedInjection[]; exhausted: boolean }> {
  const current = [...plan];
  for (let i = 0; i < current.length; i++) {
    let progressed = true;
    while (progressed) {
      progressed = false;
      for (const milder of softerVersions(current[i]!)) {
        const candidate = current.map((x, j) => (j === i ? milder : x));
        const verdict = await test(candidate);
        if (verdict === 'budget') return { result: current, exhausted: true };
        if (verdict === 'fails') {
          current[i] = milder;
          progressed = true;
          break;
        }
      }
    }
  }
  return { result: current, exhausted: false };
}

/** A key that tells candidate plans apart: each injection's fault, occurrence, time, targets and (softened) settings. */
export function planKey(plan: readonly PlannedInjection[]): string {
  return JSON.stringify(plan.map((p) => [p.fault.keyPath, p.occurrence, p.atMs, p.targets, p.fires, p.fault.durationMs ?? null, p.fault.params]));
}

/** One line per injection: `name (type) → targets at N ms, for D ms`. */
export function planSummary(plan: readonly PlannedInjection[]): string {
  if (plan.length === 0) return 'no fault';
  return plan
    .map((p) => {
      const rates = Object.entries(p.fault.params).filter(([k]) => RATE_PARAMS.has(k)).map(([k, v]) => ` ${k}=${String(v)}`).join('');
      const occurrence = p.fault.count > 1 ? `#${p.occurrence}` : '';
      return `${p.fault.name}${occurrence} (${p.fault.type}${rates})${p.targets.length ? ` → ${p.targets.join(',')}` : ''} at ${p.atMs} ms${p.fault.durationMs !== undefined ? ` for ${p.fault.durationMs} ms` : ''}${p.fires ? '' : ' (not firing)'}`;
    })
    .join('; ');
}

function tomlValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(tomlValue).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${tomlKey(k)} = ${tomlValue(x)}`).join(', ')} }`;
  return '""';
}

const tomlKey = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));

/**
 * The plan as the `chaos` key of a scenario: one fault per injection that fires,
 * its targets and time as drawn (so no `random(…)`, `every_ms` or `probability` is left to draw).
 */
export function planToml(plan: readonly PlannedInjection[]): string {
  const faults = plan.filter((p) => p.fires);
  if (faults.length === 0) return 'chaos = []\n';
  const entry = (p: PlannedInjection): string => {
    const f = p.fault;
    const fields: [string, unknown][] = [['type', f.type], ['name', f.name]];
    if (p.targets.length === 1) fields.push(['target', p.targets[0]]);
    else if (p.targets.length > 1) fields.push(['target', [...p.targets]]);
    if (p.atMs > 0) fields.push(['at_ms', p.atMs]);
    if (f.durationMs !== undefined) fields.push(['duration_ms', f.durationMs]);
    if (f.step !== undefined) fields.push(['step', f.step]);
    for (const [k, v] of Object.entries(f.params)) fields.push([k, v]);
    return `  { ${fields.map(([k, v]) => `${tomlKey(k)} = ${tomlValue(v)}`).join(', ')} },`;
  };
  return `chaos = [\n${faults.map(entry).join('\n')}\n]\n`;
}
