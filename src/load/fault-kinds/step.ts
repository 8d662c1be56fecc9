/** Step faults: they change how a step runs (its `step`, or every step while active). Spans clnrm.chaos.<kind>. */
import { faultKind } from './kind.js';

export const exitCodeFault = faultKind({
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
});

export const timeoutFault = faultKind({
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
});
