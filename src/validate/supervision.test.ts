/**
 * `[[scenario.expect.supervision]]` judged on the runner's spans: a kill
 * followed by a restart the engine made passes within the bound; a slow, a
 * missing, a not-ready or a runner-made restart fails, saying why; too many
 * restarts in a minute fail; a service never killed is an error, never a pass.
 */
import { describe, expect, it } from 'vitest';
import type { SupervisionSpec } from '../load/index.js';
import type { AttrValue, SpanRecord } from '../telemetry/span-record.js';
import { buildGraph } from './graph.js';
import { checkSupervision, mostRestartsInAMinute } from './supervision.js';

let n = 0;
function span(name: string, startMs: number, endMs: number, attributes: Record<string, AttrValue>, status: SpanRecord['status'] = 'UNSET'): SpanRecord {
  return { traceId: 'a'.repeat(32), spanId: (++n).toString(16).padStart(16, '0'), name, kind: 'internal', status, attributes, events: [], startMs, endMs, resource: {}, source: 'runner' };
}

const started = (policy?: string) => span('clnrm.service.start', 0, 100, { 'service.name': 'api', ...(policy ? { 'restart.policy': policy } : {}) }, 'OK');
const kill = (atMs: number, type = 'kill_process', injected = true) =>
  span(`clnrm.chaos.${type}`, atMs, atMs + 50, { 'chaos.type': type, 'chaos.target': 'api', 'chaos.injected': injected });
const restart = (fromMs: number, toMs: number, count: number, attrs: Record<string, AttrValue> = {}, status: SpanRecord['status'] = 'OK') =>
  span('clnrm.service.restart', fromMs, toMs, { 'service.name': 'api', 'restart.policy': 'always', 'restart.by': 'engine', 'restart.count': count, 'exit.code': 137, ...attrs }, status);

const spec = (extra: Partial<SupervisionSpec> = {}): SupervisionSpec => ({ keyPath: 'x', service: 'api', backWithinMs: 3000, ...extra });
const judge = (s: SupervisionSpec, spans: SpanRecord[]) => {
  const [v] = checkSupervision({ span: [], window: [], supervision: [s] }, { graph: buildGraph(spans), keyPath: 'scenario[0].expect', leaks: [], allowedHosts: [] });
  return v!;
};

describe('[[scenario.expect.supervision]]', () => {
  it('passes when the engine brought the service back within the bound, with the measured time', () => {
    const v = judge(spec({ maxRestartsPerMinute: 1 }), [started('always'), kill(1000), restart(1100, 2500, 1)]);
    expect(v).toMatchObject({ kind: 'supervision', keyPath: 'scenario[0].expect.supervision[0]', passed: true });
    expect(v.message).toBe('kill 1 (kill_process): back after 1500 ms (restart 1, after exit 137); at most 1 restart(s) within a minute');
    expect(v.description).toBe('service api back within 3000 ms after each kill, at most 1 restart(s) per minute');
  });

  it('fails when it came back later than the bound', () => {
    const v = judge(spec(), [started('always'), kill(1000), restart(1100, 4500, 1)]);
    expect(v).toMatchObject({ passed: false, message: 'kill 1 (kill_process): back after 3500 ms, above back_within_ms = 3000' });
  });

  it('fails a service with restart = "no" that never came back, saying so', () => {
    const v = judge(spec(), [started(), kill(1000)]);
    expect(v).toMatchObject({ passed: false, message: 'kill 1 (kill_process): never restarted by the engine: it has no restart policy (restart = "no")' });
    expect(v.error).toBeUndefined();
  });

  it('does not count a start the runner made (a revert), only restarts by the engine', () => {
    const v = judge(spec(), [started('always'), kill(1000, 'stop_container'), restart(1100, 1500, 0, { 'restart.by': 'runner' }, 'UNSET')]);
    expect(v.passed).toBe(false);
    expect(v.message).toContain('never restarted by the engine');
    expect(v.message).toContain('the engine takes stop_container for a deliberate stop and never restarts after it (kill the main process with kill_process)');
  });

  it('fails a service restarted but not ready again, and one still down at the end', () => {
    expect(judge(spec(), [started('always'), kill(1000), restart(1100, 1500, 1, { 'restart.ready': false, 'error.type': 'not_ready' }, 'ERROR')])).toMatchObject({
      passed: false,
      message: 'kill 1 (kill_process): restarted by the engine but not ready again (not_ready)',
    });
    const down = restart(1100, 9000, 3, { 'error.type': 'not_back', 'restart.by': '' }, 'ERROR');
    expect(judge(spec(), [started('on-failure'), kill(1000), down]).message).toBe('kill 1 (kill_process): never restarted by the engine: it was still down when the scenario ended');
  });

  it('pairs each kill with the restart after it, not one before', () => {
    const v = judge(spec(), [started('always'), kill(1000), restart(1100, 1600, 1), kill(5000)]);
    expect(v.passed).toBe(false);
    expect(v.message).toBe('kill 2 (kill_process): never restarted by the engine');
  });

  it('fails more restarts within a minute than allowed (a crash loop), counted by the engine', () => {
    const loop = [restart(1100, 1300, 1), restart(1400, 1800, 2), restart(1900, 2800, 4)];
    const v = judge(spec({ maxRestartsPerMinute: 2 }), [started('always'), kill(1000), ...loop]);
    expect(v.passed).toBe(false);
    expect(v.message).toContain('4 restarts within a minute, above max_restarts_per_minute = 2');
    // A service that then stayed down: its last restarts are counted from the engine's count on the not_back span.
    const down = restart(3000, 9000, 3, { 'error.type': 'not_back', 'restart.by': '' }, 'ERROR');
    expect(mostRestartsInAMinute([restart(1100, 1300, 1), down])).toBe(3);
    // A span that saw no new restart adds none.
    expect(mostRestartsInAMinute([restart(1100, 1300, 2), restart(1400, 1800, 2)])).toBe(2);
    // Restarts more than a minute apart are in different minutes.
    expect(mostRestartsInAMinute([restart(0, 100, 1), restart(70_000, 70_100, 2)])).toBe(1);
  });

  it('is an error, never a pass, when nothing killed the service (or the kill did not take effect)', () => {
    for (const spans of [[started('always')], [started('always'), kill(1000, 'kill_process', false), restart(1100, 1500, 1)]]) {
      const v = judge(spec(), spans);
      expect(v).toMatchObject({ passed: false, error: true });
      expect(v.message).toMatch(/^not exercised: no effective kill_process, kill_container, stop_container fault hit service api/);
    }
  });
});
