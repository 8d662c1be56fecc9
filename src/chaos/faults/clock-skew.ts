/**
 * clock_skew: shifts the wall clock a service's processes see by `offset_ms`,
 * through libfaketime (the mechanism of `freeze_clock`, src/runtime/clock.ts).
 * A service that a clock_skew of its scenario may target starts with the
 * preload reading its setting from a file (SKEW_FILE); the fault rewrites the
 * file, its revert writes the original back. Running processes re-read it
 * within a second; new ones at once.
 *
 * Evidence: the main process loaded libfaketime (/proc/PID/maps; a static
 * binary such as busybox never does), and the time `date` reads through the
 * preload inside the target moved by `offset_ms` (within CLOCK_TOLERANCE_MS).
 */
import { probeMainProcess, SKEW_FILE, KIT_DIR } from '../../runtime/clock.js';
import { notObserved, notRunning, observed, parseKv, shIn, targetState } from '../evidence.js';
import type { InjectContext } from '../types.js';
import { defineFault } from '../types.js';

/** How far the skew read inside the target may be from `offset_ms` (exec round trips, the second-long cache). */
export const CLOCK_TOLERANCE_MS = 1000;
/** libfaketime re-reads the file every FAKETIME_CACHE_DURATION (1 s): wait that long before reading the effect back. */
const REREAD_MS = 1100;

/** A FAKETIME setting moved by `offsetMs`: a signed offset in seconds (`+12.5`), or an absolute instant (`2025-06-30 10:34:56`, frozen). */
export function skewedSetting(base: string, offsetMs: number): string {
  const rel = /^([+-]\d+(?:\.\d+)?)$/.exec(base.trim());
  if (rel) {
    const s = Number(rel[1]) + offsetMs / 1000;
    return `${s >= 0 ? '+' : ''}${s.toFixed(3)}`;
  }
  const abs = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)$/.exec(base.trim());
  if (abs) return new Date(Date.parse(`${abs[1]}T${abs[2]}Z`) + offsetMs).toISOString().slice(0, 19).replace('T', ' ');
  throw new Error(`unexpected clock setting ${JSON.stringify(base)} in ${SKEW_FILE}`);
}

/** Shell: the setting in $1 (`setting=`) and the time `date` reads through the preload, or `skewable=0`. */
const READ_SH = `[ -r "$1" ] || { echo skewable=0; exit 0; }
echo "setting=$(cat "$1")"
echo "faked_ms=$(${KIT_DIR}/bin/date +%s%3N)"`;

/** Shell: writes the setting $2 into $1 and waits $3 s, until running processes have re-read it. */
const WRITE_SH = `printf '%s\\n' "$2" > "$1" && sleep "$3"`;

/** Writes a setting; true when it was written. */
async function writeSetting(ctx: InjectContext, setting: string): Promise<boolean> {
  return (await shIn(ctx.engine, ctx.target!.containerId, WRITE_SH, [SKEW_FILE, setting, String(REREAD_MS / 1000)])).exitCode === 0;
}

/** The setting, and the skew of the faked clock from the runner's (the midpoint of the exec), in ms. */
async function readClock(ctx: InjectContext): Promise<{ setting?: string; fakedMs: number; skewMs: number }> {
  const before = Date.now();
  const { out } = await shIn(ctx.engine, ctx.target!.containerId, READ_SH, [SKEW_FILE]);
  const after = Date.now();
  const kv = parseKv(out);
  const fakedMs = Number(kv.faked_ms);
  return { ...(kv.setting ? { setting: kv.setting } : {}), fakedMs, skewMs: fakedMs - (before + after) / 2 };
}

export const clockSkew = defineFault({
  kind: 'clock_skew',
  doc: 'shifts the wall clock the target\'s processes see by `offset_ms` (libfaketime; monotonic clocks keep running true)',
  revert: 'writes the original clock setting back',
  evidence: '`clock.main_process` and `clock.main_process_faked` (it loaded libfaketime), `clock.skew_observed` (the time read by `date` through the preload inside the target moved by `offset_ms`, within 1 s), `clock.skew_observed_ms`',
  notInjectedWhen: 'target not running; the target was not started skewable (no clock_skew of its scenario names it); its main process does not load libfaketime (statically linked, e.g. busybox); the time read inside did not move',
  params: { offset_ms: { type: 'integer', description: 'How far the clock is moved: positive into the future, negative into the past.' } },
  required: ['offset_ms'],
  targets: 'service',
  span: 'clnrm.chaos.clock_skew',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => {
    const offsetMs = Number(p.offset_ms);
    if (!Number.isInteger(offsetMs)) throw new Error(`clock_skew: offset_ms must be an integer, not ${JSON.stringify(p.offset_ms)}`);
    return { offsetMs };
  },
  inject: async (ctx, { offsetMs }) => {
    const before = await targetState(ctx);
    if (!before.running || before.paused) return { evidence: notRunning(ctx, before) };
    const attrs = { 'chaos.type': 'clock_skew', 'clock.offset_ms': offsetMs };
    const initial = await readClock(ctx);
    if (initial.setting === undefined) return { evidence: notObserved(`${ctx.target!.service} was not started with a skewable clock (${SKEW_FILE} is missing): only services a clock_skew of the scenario targets are`, attrs) };
    const main = await probeMainProcess(ctx.engine, ctx.target!.containerId);
    const mainAttrs = { ...attrs, 'clock.main_process': main?.comm ?? '?', 'clock.main_process_faked': main?.faked ?? false };
    if (!main?.faked) {
      return { evidence: notObserved(`the main process of ${ctx.target!.service} (${main?.comm ?? 'unknown'}) did not load libfaketime (statically linked, or it clears LD_PRELOAD): its clock cannot be skewed`, mainAttrs) };
    }
    const original = initial.setting;
    const frozen = !/^[+-]/.test(original);
    if (!(await writeSetting(ctx, skewedSetting(original, offsetMs)))) return { evidence: notObserved(`cannot write ${SKEW_FILE} in ${ctx.target!.service}`, mainAttrs) };
    const skewed = await readClock(ctx);
    // A frozen clock stands still: compare the instants; a running one: compare the skews from the runner's clock.
    const movedMs = Math.round(frozen ? skewed.fakedMs - initial.fakedMs : skewed.skewMs - initial.skewMs);
    const ok = Number.isFinite(movedMs) && Math.abs(movedMs - offsetMs) <= CLOCK_TOLERANCE_MS;
    const evidenceAttrs = { ...mainAttrs, 'clock.skew_observed': ok, 'clock.skew_observed_ms': Number.isFinite(movedMs) ? movedMs : -1 };
    const revert = async () => {
      const back = (await writeSetting(ctx, original)) ? await readClock(ctx) : undefined;
      return { strategy: 'restore_clock', success: back?.setting === original };
    };
    return { evidence: ok ? observed(evidenceAttrs) : notObserved(`the clock read inside ${ctx.target!.service} moved ${movedMs} ms, not ${offsetMs} ms`, evidenceAttrs), revert };
  },
});
