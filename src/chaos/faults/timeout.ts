/**
 * timeout: the step sleeps before its command, long enough that only the
 * runner's timeout can end it, so its timeout enforcement is exercised.
 * Its effect is a step run the hook wrapped (chaos.steps_affected).
 */
import { observed } from '../evidence.js';
import { defineFault } from '../types.js';

export const timeoutFault = defineFault({
  kind: 'timeout',
  doc: 'stalls the step named `step` (or every step while active) so that its timeout fires',
  revert: '—',
  evidence: '`chaos.steps_affected`, `chaos.steps`',
  notInjectedWhen: 'no (named) step ran while active',
  params: {},
  targets: 'step',
  span: 'clnrm.chaos.timeout',
  recoverySpan: 'clnrm.recovery',
  decode: () => ({}),
  inject: async (ctx) => ({
    evidence: observed({ ...(ctx.fault.step ? { 'chaos.step': ctx.fault.step } : {}) }),
    stepHook: { ...(ctx.fault.step ? { step: ctx.fault.step } : {}), wrap: (argv) => ['sh', '-c', 'sleep 86400; exec "$@"', 'clnrm-chaos', ...argv] },
  }),
});
