/**
 * exit_code: the step runs, then exits with the given code whatever it returned.
 * Its effect is a step run the hook wrapped: the session counts those
 * (chaos.steps_affected) and keeps the span open until the fault ends.
 */
import { observed } from '../evidence.js';
import { defineFault } from '../types.js';

export const exitCodeFault = defineFault({
  kind: 'exit_code',
  doc: 'forces the step named `step` (or every step while active) to exit with `exit_code`',
  revert: '—',
  evidence: '`chaos.exit_code`, `chaos.steps_affected`, `chaos.steps`',
  notInjectedWhen: 'no (named) step ran while active',
  params: { exit_code: { type: 'integer', minimum: 1, maximum: 255, description: 'Code the step is forced to exit with.' } },
  required: ['exit_code'],
  targets: 'step',
  span: 'clnrm.chaos.exit_code',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ exitCode: Number(p.exit_code) }),
  inject: async (ctx, p) => {
    const code = p.exitCode;
    // Armed only: the session confirms the effect once the hook wrapped a step (chaos.steps_affected).
    return {
      evidence: observed({ 'chaos.exit_code': code, ...(ctx.fault.step ? { 'chaos.step': ctx.fault.step } : {}) }),
      stepHook: { ...(ctx.fault.step ? { step: ctx.fault.step } : {}), wrap: (argv) => ['sh', '-c', `"$@"; exit ${code}`, 'clnrm-chaos', ...argv] },
    };
  },
});
