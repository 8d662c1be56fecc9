/**
 * Step faults: force a step's exit code, or stall it past its timeout so the
 * runner's timeout enforcement is exercised. Span family clnrm.chaos.<type>.
 * Their effect is a step run their hook wrapped: the session counts those
 * (chaos.steps_affected) and keeps the span open until the fault ends.
 */
import { observed } from '../evidence.js';
import * as kinds from '../../load/fault-kinds/step.js';
import { defineFault } from '../types.js';

/** The step runs, then exits with the given code whatever it returned. */
export const exitCodeFault = defineFault(kinds.exitCodeFault, async (ctx, p) => {
  const code = p.exitCode;
  // Armed only: the session confirms the effect once the hook wrapped a step (chaos.steps_affected).
  return {
    evidence: observed({ 'chaos.exit_code': code, ...(ctx.fault.step ? { 'chaos.step': ctx.fault.step } : {}) }),
    stepHook: { ...(ctx.fault.step ? { step: ctx.fault.step } : {}), wrap: (argv) => ['sh', '-c', `"$@"; exit ${code}`, 'clnrm-chaos', ...argv] },
  };
});

/** The step sleeps before its command, long enough that only the runner's timeout can end it. */
export const timeoutFault = defineFault(kinds.timeoutFault, async (ctx) => {
  return {
    evidence: observed({ ...(ctx.fault.step ? { 'chaos.step': ctx.fault.step } : {}) }),
    stepHook: { ...(ctx.fault.step ? { step: ctx.fault.step } : {}), wrap: (argv) => ['sh', '-c', 'sleep 86400; exec "$@"', 'clnrm-chaos', ...argv] },
  };
});
