/**
 * `[[scenario.expect.supervision]]`: a killed service came back because the
 * engine's restart policy restarted it, soon enough and not too often. Read
 * from the runner's spans: the kill faults on the service (`clnrm.chaos.*`,
 * effective only) and the `clnrm.service.restart` spans the runtime records
 * from the engine's RestartCount. A restart the runner made (a fault's revert)
 * never counts; a service never killed makes the check an error, not a pass.
 */
import { RESTART_SPAN } from '../runtime/supervision.js';
import type { SpanRecord } from '../telemetry/span-record.js';
import type { ExpectationCheck, ExpectationType, Verdict } from './types.js';

/** Fault types that take a service down. */
export const KILL_FAULTS: readonly string[] = ['kill_process', 'kill_container', 'stop_container'];

/** Faults the engine treats as a deliberate stop: its restart policy never restarts after them. */
const ENGINE_STOPS: readonly string[] = ['kill_container', 'stop_container'];

const MINUTE_MS = 60_000;

const byStart = (a: SpanRecord, b: SpanRecord) => a.startMs - b.startMs;

export const checkSupervision: ExpectationCheck = (expect, ctx) =>
  (expect.supervision ?? []).map((s, i): Verdict => {
    const keyPath = `${ctx.keyPath}.supervision[${i}]`;
    const description = `service ${s.service} back within ${s.backWithinMs} ms after each kill${s.maxRestartsPerMinute !== undefined ? `, at most ${s.maxRestartsPerMinute} restart(s) per minute` : ''}`;
    const runner = ctx.graph.spans.filter((x) => x.source === 'runner' && x.attributes['service.name'] === s.service);
    const kills = ctx.graph.spans
      .filter((x) => x.source === 'runner' && x.name.startsWith('clnrm.chaos.') && x.attributes['chaos.target'] === s.service)
      .filter((x) => x.attributes['chaos.injected'] === true && KILL_FAULTS.includes(String(x.attributes['chaos.type'])))
      .sort(byStart);
    if (kills.length === 0) {
      return {
        kind: 'supervision',
        keyPath,
        description,
        passed: false,
        error: true,
        message: `not exercised: no effective ${KILL_FAULTS.join(', ')} fault hit service ${s.service} in this scenario, so nothing had to come back`,
      };
    }
    const restarts = runner.filter((x) => x.name === RESTART_SPAN).sort(byStart);
    const byEngine = restarts.filter((x) => x.attributes['restart.by'] === 'engine');
    const policy = runner.find((x) => x.name === 'clnrm.service.start')?.attributes['restart.policy'];
    const problems: string[] = [];
    const seen: string[] = [];
    kills.forEach((kill, k) => {
      const until = kills[k + 1]?.startMs ?? Infinity;
      const what = `kill ${k + 1} (${kill.attributes['chaos.type']})`;
      const back = byEngine.find((r) => r.startMs >= kill.startMs && r.startMs < until);
      if (!back) {
        const down = restarts.find((r) => r.startMs >= kill.startMs && r.startMs < until && r.attributes['error.type'] === 'not_back');
        const why = [
          policy === undefined ? `it has no restart policy (restart = "no")` : down ? 'it was still down when the scenario ended' : undefined,
          policy !== undefined && ENGINE_STOPS.includes(String(kill.attributes['chaos.type']))
            ? `the engine takes ${kill.attributes['chaos.type']} for a deliberate stop and never restarts after it (kill the main process with kill_process)`
            : undefined,
        ].filter(Boolean);
        problems.push(`${what}: never restarted by the engine${why.length ? `: ${why.join('; ')}` : ''}`);
        return;
      }
      const backMs = Math.round(back.endMs - kill.startMs);
      if (back.status !== 'OK') problems.push(`${what}: restarted by the engine but not ready again (${back.attributes['error.type'] ?? back.status})`);
      else if (backMs > s.backWithinMs) problems.push(`${what}: back after ${backMs} ms, above back_within_ms = ${s.backWithinMs}`);
      else seen.push(`${what}: back after ${backMs} ms (restart ${back.attributes['restart.count'] ?? '?'}${back.attributes['exit.code'] !== undefined ? `, after exit ${back.attributes['exit.code']}` : ''})`);
    });
    if (s.maxRestartsPerMinute !== undefined) {
      // Every restart the engine counted, those of a service that then stayed down (`not_back`) included.
      const most = mostRestartsInAMinute(restarts.filter((r) => r.attributes['restart.by'] !== 'runner'));
      if (most > s.maxRestartsPerMinute) problems.push(`${most} restarts within a minute, above max_restarts_per_minute = ${s.maxRestartsPerMinute}`);
      else seen.push(`at most ${most} restart(s) within a minute`);
    }
    return { kind: 'supervision', keyPath, description, passed: problems.length === 0, message: problems.length ? problems.join('; ') : seen.join('; ') };
  });

/**
 * The most restarts the engine made in any 60 s, counted by its RestartCount (one span can
 * cover several restarts the engine made between two readings).
 */
export function mostRestartsInAMinute(restarts: readonly SpanRecord[]): number {
  let previous = 0;
  const counted = [...restarts]
    .sort((a, b) => a.endMs - b.endMs)
    .map((r) => {
      const count = Number(r.attributes['restart.count']);
      const n = Number.isFinite(count) ? Math.max(0, count - previous) : 1;
      previous = Number.isFinite(count) ? Math.max(previous, count) : previous + 1;
      return { atMs: r.endMs, n };
    });
  let most = 0;
  for (const [i, first] of counted.entries()) {
    const inWindow = counted.slice(i).filter((r) => r.atMs - first.atMs < MINUTE_MS);
    most = Math.max(most, inWindow.reduce((sum, r) => sum + r.n, 0));
  }
  return most;
}

export const supervisionExpectation: ExpectationType = {
  kind: 'supervision',
  key: 'supervision',
  doc: 'after each kill of a service, the engine restarted it (its RestartCount rose) and it ran and was ready again within a bound, and it restarted at most N times per minute; a service never killed is an error, not a pass',
  declared: (e) => e.supervision?.length ?? 0,
  check: checkSupervision,
};
