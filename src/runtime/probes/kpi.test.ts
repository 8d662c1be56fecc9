/**
 * KPIs from a synthetic timeline (no engine, no clock): MTTD, MTTR,
 * availability, recovery rate and per-fault-type statistics, as
 * docs/experiments.md defines them.
 */
import { describe, expect, it } from 'vitest';
import { computeKpis, kpiAttributes, outages, type FaultRecord, type ProbeSample, type Timeline } from './kpi.js';

/** A sample of probe `probe` that took 10 ms and ended at `atMs`. */
const sample = (atMs: number, ok: boolean, phase: ProbeSample['phase'] = 'during', probe = 'web'): ProbeSample => ({ probe, phase, startedAtMs: atMs - 10, atMs, ok, latencyMs: 10, detail: ok ? '200' : 'ECONNREFUSED' });

const fault = (appliedAtMs: number, endedAtMs: number, over: Partial<FaultRecord> = {}): FaultRecord => ({
  type: 'stop_container',
  name: 'stop',
  occurrence: 0,
  target: 'api',
  fired: true,
  injected: true,
  effective: true,
  appliedAtMs,
  endedAtMs,
  reverted: true,
  ...over,
});

/** Healthy every 100 ms from 0 to 2000, except the given failing instants. */
function samples(failing: readonly number[], until = 2000): ProbeSample[] {
  const out = [sample(0, true, 'before')];
  for (let t = 100; t <= until; t += 100) out.push(sample(t, !failing.includes(t)));
  return out;
}

const timeline = (over: Partial<Timeline>): Timeline => ({ samples: [], faults: [], toleratedFailures: {}, recoverWithinMs: 5000, ...over });

describe('KPIs from the timeline', () => {
  it('MTTD runs from the fault to the first failed sample, MTTR from there to the first healthy one', () => {
    const k = computeKpis(timeline({ samples: samples([600, 700, 800]), faults: [fault(550, 900)] }));
    expect(k.mttdMs).toBe(50);
    expect(k.mttrMs).toBe(300);
    expect(k.faults).toEqual({ effective: 1, detected: 1, recovered: 1 });
    expect(k.recoveryRatePct).toBe(100);
  });

  it('availability is healthy samples over every sample after the check before the faults', () => {
    const k = computeKpis(timeline({ samples: samples([600, 700, 800, 900, 1000]), faults: [fault(550, 900)] }));
    // 20 samples after the before-check (100 … 2000), 5 failed; the before sample does not count.
    expect(k.samples).toEqual({ total: 20, healthy: 15 });
    expect(k.availabilityPct).toBe(75);
  });

  it('a tolerance delays detection to the sample that exceeds it, and a failure within it is no outage', () => {
    const tolerant = timeline({ samples: samples([600, 700, 800, 1500]), faults: [fault(550, 900)], toleratedFailures: { web: 2 } });
    expect(outages(tolerant)).toEqual([{ lostAtMs: 800, restoredAtMs: 900 }]);
    const k = computeKpis(tolerant);
    expect(k.mttdMs).toBe(250);
    expect(k.mttrMs).toBe(100);
  });

  it('a fault that no sample noticed has no MTTD or MTTR, and counts as recovered', () => {
    const k = computeKpis(timeline({ samples: samples([]), faults: [fault(550, 900)] }));
    expect(k.mttdMs).toBeUndefined();
    expect(k.mttrMs).toBeUndefined();
    expect(k.recoveryRatePct).toBe(100);
    expect(kpiAttributes(k)).not.toHaveProperty('kpi.mttd_ms');
  });

  it('a steady state not restored within recover_within_ms after the fault ended is no recovery', () => {
    // Failing from 600 to 1800; the fault ended at 900: steady again only 900 ms after, beyond 500.
    const failing = Array.from({ length: 13 }, (_, i) => 600 + i * 100);
    const k = computeKpis(timeline({ samples: samples(failing), faults: [fault(550, 900)], recoverWithinMs: 500 }));
    expect(k.recoveryRatePct).toBe(0);
    expect(k.mttrMs).toBe(1300);
    expect(computeKpis(timeline({ samples: samples(failing), faults: [fault(550, 900)], recoverWithinMs: 1000 })).recoveryRatePct).toBe(100);
  });

  it('an outage that never ends is detected but not repaired', () => {
    const failing = Array.from({ length: 15 }, (_, i) => 600 + i * 100);
    const k = computeKpis(timeline({ samples: samples(failing), faults: [fault(550, 900)] }));
    expect(k.mttdMs).toBe(50);
    expect(k.mttrMs).toBeUndefined();
    expect(k.recoveryRatePct).toBe(0);
  });

  it('each fault gets the first loss before the next fault; MTTD and MTTR are means', () => {
    const k = computeKpis(timeline({ samples: samples([300, 400, 1300, 1400, 1500, 1600]), faults: [fault(250, 350), fault(1150, 1300, { occurrence: 1 })] }));
    expect(k.mttdMs).toBe(Math.round((50 + 150) / 2));
    expect(k.mttrMs).toBe(Math.round((200 + 400) / 2));
    expect(k.faults).toEqual({ effective: 2, detected: 2, recovered: 2 });
  });

  it("a later fault's outage, still open when an earlier fault's recovery window ends, does not count against the earlier one", () => {
    // Fault 1 (250–350) is noticed at 300 and repaired at 500; fault 2 (1150–1300) causes an outage that never ends.
    const failing = [300, 400, ...Array.from({ length: 8 }, (_, i) => 1300 + i * 100)];
    const k = computeKpis(timeline({ samples: samples(failing), faults: [fault(250, 350), fault(1150, 1300, { occurrence: 1 })], recoverWithinMs: 15000 }));
    expect(k.faults).toEqual({ effective: 2, detected: 2, recovered: 1 });
    expect(k.recoveryRatePct).toBe(50);
  });

  it('an outage first noticed after the fault ended is still its own, and must end within the window', () => {
    // Tolerance 2: the loss is known at 1000, after the fault ended at 900, and lasts to 1600.
    const tolerant = timeline({ samples: samples([800, 900, 1000, 1100, 1200, 1300, 1400, 1500]), faults: [fault(750, 900)], toleratedFailures: { web: 2 }, recoverWithinMs: 500 });
    expect(computeKpis(tolerant).recoveryRatePct).toBe(0);
    expect(computeKpis({ ...tolerant, recoverWithinMs: 700 }).recoveryRatePct).toBe(100);
  });

  it('a sample that hung past a newer one is stale: it counts for availability, not for the steady state', () => {
    const s = samples([]);
    // Started at 500 (before the 700 one), its failure is known only at 1500.
    s.push({ ...sample(1500, false), startedAtMs: 500 });
    const k = computeKpis(timeline({ samples: s, faults: [fault(450, 600)] }));
    expect(outages(timeline({ samples: s }))).toEqual([]);
    expect(k.mttdMs).toBeUndefined();
    expect(k.samples).toEqual({ total: 21, healthy: 20 });
  });

  it('counts every planned injection per fault type: planned, injected, effective, reverted, recovered', () => {
    const k = computeKpis(
      timeline({
        samples: samples([600]),
        faults: [
          fault(550, 900),
          fault(1200, 1200, { type: 'kill_container', reverted: false }),
          { type: 'kill_container', name: 'kill', occurrence: 1, fired: false, injected: false, effective: false, reverted: false },
          fault(1500, 1500, { type: 'pause_container', effective: false, reverted: false }),
        ],
      }),
    );
    expect(k.byFaultType).toEqual({
      stop_container: { planned: 1, injected: 1, effective: 1, reverted: 1, recovered: 1 },
      kill_container: { planned: 2, injected: 1, effective: 1, reverted: 0, recovered: 1 },
      pause_container: { planned: 1, injected: 1, effective: 0, reverted: 0, recovered: 0 },
    });
    expect(k.faults.effective).toBe(2);
    // The same counts as attributes of the scenario span (kpi.*: measured, outside the canonical trace).
    expect(kpiAttributes(k)).toMatchObject({ 'kpi.fault_type.kill_container.planned': 2, 'kpi.fault_type.kill_container.reverted': 0, 'kpi.fault_type.pause_container.effective': 0 });
  });

  it('without faults or samples nothing is measured', () => {
    const k = computeKpis(timeline({ samples: [sample(0, true, 'before')] }));
    expect(k).toEqual({ samples: { total: 0, healthy: 0 }, faults: { effective: 0, detected: 0, recovered: 0 }, byFaultType: {} });
  });

  it('two probes: the steady state is lost when either is, and restored when both are healthy', () => {
    const s = [...samples([500, 600]), ...samples([600, 700, 800]).map((x) => ({ ...x, probe: 'db', atMs: x.atMs + 1, startedAtMs: x.startedAtMs + 1 }))];
    expect(outages(timeline({ samples: s }))).toEqual([{ lostAtMs: 500, restoredAtMs: 901 }]);
  });
});

describe('detection by an ERROR span of the system under test', () => {
  const span = (name: string, endMs: number, error: boolean) => ({ name, endMs, error });

  it('the first ERROR span with the named name after the fault is the detection when only the span is named', () => {
    const spans = [span('checkout', 500, true), span('checkout', 560, false), span('cart', 570, true), span('checkout', 620, true), span('checkout', 640, true)];
    const k = computeKpis(timeline({ samples: samples([700, 800]), faults: [fault(550, 900)], detect: { probes: false, span: 'checkout' }, spans }));
    // 500 is before the fault, 560 is OK, 570 is another name: 620 detects; the probes' loss at 700 does not count.
    expect(k.mttdMs).toBe(70);
    // Repair: from the detection to the probes' restoration at 900.
    expect(k.mttrMs).toBe(280);
    expect(k.faults.detected).toBe(1);
  });

  it('finds the first of a flood of ERROR spans (more than a call takes arguments)', () => {
    const spans = Array.from({ length: 300_000 }, (_, i) => span('checkout', 1000 - (i % 400), true));
    const k = computeKpis(timeline({ samples: samples([]), faults: [fault(550, 2000)], detect: { probes: false, span: 'checkout' }, spans }));
    expect(k.mttdMs).toBe(601 - 550);
  });

  it('with both named, whichever comes first detects', () => {
    const base = { samples: samples([700, 800]), faults: [fault(550, 900)] };
    expect(computeKpis(timeline({ ...base, detect: { probes: true, span: 'checkout' }, spans: [span('checkout', 600, true)] })).mttdMs).toBe(50);
    expect(computeKpis(timeline({ ...base, detect: { probes: true, span: 'checkout' }, spans: [span('checkout', 750, true)] })).mttdMs).toBe(150);
  });

  it('an ERROR span after the next fault was applied is that fault\'s, and without one the fault is undetected', () => {
    const k = computeKpis(
      timeline({ samples: samples([]), faults: [fault(300, 400), fault(1000, 1100)], detect: { probes: false, span: 'check*' }, spans: [span('checkout', 1200, true)] }),
    );
    expect(k.faults.detected).toBe(1);
    expect(k.mttdMs).toBe(200);
    // The steady state was never lost: nothing to repair, no MTTR.
    expect(k.mttrMs).toBeUndefined();
  });
});

describe('error budget', () => {
  const requests = (ok: number, failed: number) => [
    ...Array.from({ length: ok }, (_, i) => ({ name: 'http.request', endMs: i, error: false })),
    ...Array.from({ length: failed }, (_, i) => ({ name: 'http.request', endMs: 1000 + i, error: true })),
    { name: 'other', endMs: 5, error: true },
  ];

  it('is failed requests over all requests, as a share of the budget', () => {
    const k = computeKpis(timeline({ errorBudget: { span: 'http.request', budgetPct: 5 }, spans: requests(98, 2) }));
    // 2 % of the requests failed: 40 % of a 5 % budget.
    expect(k.errorBudgetUsedPct).toBe(40);
    expect(k.errorBudget).toEqual({ span: 'http.request', budgetPct: 5, requests: 100, failed: 2 });
    expect(kpiAttributes(k)['kpi.error_budget_used_pct']).toBe(40);
  });

  it('can exceed 100 % when the failures overrun the budget, and is not measured without a request', () => {
    expect(computeKpis(timeline({ errorBudget: { span: 'http.request', budgetPct: 1 }, spans: requests(9, 1) })).errorBudgetUsedPct).toBe(1000);
    const none = computeKpis(timeline({ errorBudget: { span: 'http.request', budgetPct: 1 }, spans: [] }));
    expect(none.errorBudgetUsedPct).toBeUndefined();
    expect(kpiAttributes(none)).not.toHaveProperty('kpi.error_budget_used_pct');
  });
});
