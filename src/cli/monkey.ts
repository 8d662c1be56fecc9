/**
 * `clnrm monkey FILE`: runs a file's scenarios in monkey mode. The settings given
 * here replace those of each scenario's `[scenario.monkey]`, or make one for a
 * scenario without it (then --duration, --probability and --types are needed);
 * `--scenario NAME` runs that scenario alone. The plan (every drawn fault) is
 * printed before the run; `--plan` prints it and starts nothing.
 */
import { UsageError } from '../common/errors.js';
import type { MonkeyOverrides } from '../plan/monkey.js';
import type { Outcome } from './exit.js';
import { runCommand, type RunCliOptions } from './run.js';

export interface MonkeyCliOptions extends Omit<RunCliOptions, 'filter' | 'shard' | 'chaos' | 'dryRun'> {
  scenario?: string;
  duration?: string;
  interval?: string;
  probability?: string;
  types?: string;
  targets?: string;
}

const UNITS_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000 };

/** `60s`, `500ms`, `2m`, or milliseconds (`1500`) → milliseconds, at least 1. */
export function parseDurationMs(option: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
  const ms = m ? Math.round(Number(m[1]) * UNITS_MS[m[2] ?? 'ms']!) : NaN;
  if (!Number.isFinite(ms) || ms < 1) throw new UsageError(`${option} expects a duration such as 60s, 500ms or 2m, got ${JSON.stringify(value)}`);
  return ms;
}

function parseProbability(value: string): number {
  const p = Number(value);
  if (value.trim() === '' || !Number.isFinite(p) || p <= 0 || p > 1) throw new UsageError(`--probability expects a number above 0 and at most 1, got ${JSON.stringify(value)}`);
  return p;
}

function parseList(option: string, value: string): string[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new UsageError(`${option} expects a comma-separated list of names, got ${JSON.stringify(value)}`);
  return [...new Set(items)];
}

/** The command line's monkey settings (only those given). */
export function monkeyOverrides(o: MonkeyCliOptions): MonkeyOverrides {
  const out: MonkeyOverrides = {};
  if (o.duration !== undefined) out.durationMs = parseDurationMs('--duration', o.duration);
  if (o.interval !== undefined) out.intervalMs = parseDurationMs('--interval', o.interval);
  if (o.probability !== undefined) out.probability = parseProbability(o.probability);
  if (o.types !== undefined) out.types = parseList('--types', o.types);
  if (o.targets !== undefined) out.targets = parseList('--targets', o.targets);
  return out;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function monkeyCommand(file: string, o: MonkeyCliOptions): Promise<Outcome> {
  const monkey = monkeyOverrides(o);
  const run: RunCliOptions = { ...o };
  for (const key of ['scenario', 'duration', 'interval', 'probability', 'types', 'targets']) delete (run as Record<string, unknown>)[key];
  if (o.scenario !== undefined) run.filter = `^${escapeRegex(o.scenario)}$`;
  // A failure is replayed with the same monkey settings (the draws depend on them) and the seed the summary adds.
  const given = (['scenario', 'duration', 'interval', 'probability', 'types', 'targets'] as const).flatMap((k) => (o[k] !== undefined ? [`--${k}`, String(o[k])] : []));
  return runCommand([file], run, { monkey, printPlanFirst: true, replay: { args: (f) => ['monkey', f, ...given], filter: false } });
}
