/**
 * Step faults: force a step's exit code, or stall it past its timeout so the
 * runner's timeout enforcement is exercised. Span family clnrm.chaos.<type>.
 * Their effect is a step run their hook wrapped: the session counts those
 * (chaos.steps_affected) and keeps the span open until the fault ends.
 */
import { observed } from '../evidence.js';
import type { FaultType } from '../types.js';

/** The step runs, then exits with the given code whatever it returned. */
export const exitCodeFault: FaultType = {
  doc: 'Forces the step named by `step` (or every step while active) to exit with exit_code.',
  spanName: (f) => `clnrm.chaos.${f.type}`,
  perTarget: false,
  async inject(ctx) {
    const code = Number(ctx.fault.params.exit_code);
    // Armed only: the session confirms the effect once the hook wrapped a step (chaos.steps_affected).
    return {
      evidence: observed({ 'chaos.exit_code': code, ...(ctx.fault.step ? { 'chaos.step': ctx.fault.step } : {}) }),
      stepHook: { ...(ctx.fault.step ? { step: ctx.fault.step } : {}), wrap: (argv) => ['sh', '-c', `"$@"; exit ${code}`, 'clnrm-chaos', ...argv] },
    };
  },
};

/** The step sleeps before its command, long enough that only the runner's timeout can end it. */
export const timeoutFault: FaultType = {
  doc: 'Stalls the step named by `step` (or every step while active) so that its timeout fires.',
  spanName: (f) => `clnrm.chaos.${f.type}`,
  perTarget: false,
  async inject(ctx) {
    return {
      evidence: observed({ ...(ctx.fault.step ? { 'chaos.step': ctx.fault.step } : {}) }),
      stepHook: { ...(ctx.fault.step ? { step: ctx.fault.step } : {}), wrap: (argv) => ['sh', '-c', 'sleep 86400; exec "$@"', 'clnrm-chaos', ...argv] },
    };
  },
};
