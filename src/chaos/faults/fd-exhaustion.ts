/** fd_exhaustion: processes the runner starts in the target while the fault is active get a low open-files limit. */
import { notRunning, observed, stateName, targetState } from '../evidence.js';
import { defineFault } from '../types.js';

export const fdExhaustion = defineFault({
  kind: 'fd_exhaustion',
  doc: 'steps started in the target while the fault is active run with an open-files limit of `nofile` (default 16)',
  revert: '—',
  evidence: '`fd.limit`, `chaos.steps_affected`, `chaos.steps`',
  notInjectedWhen: 'target not running; no step ran in the target while active',
  params: { nofile: { type: 'integer', minimum: 3, description: 'Open-files limit of the processes started in the target while the fault is active (default 16).' } },
  targets: 'service',
  span: 'clnrm.resource.fd_exhaustion',
  recoverySpan: 'clnrm.recovery',
  decode: (p) => ({ nofile: Number(p.nofile ?? 16) }),
  inject: async (ctx, p) => {
    const { nofile } = p;
    const before = await targetState(ctx);
    if (!before.running) return { evidence: notRunning(ctx, before) };
    // Armed only: the session confirms the effect once the hook wrapped a step (chaos.steps_affected).
    return {
      evidence: observed({ 'fd.limit': nofile, 'pressure.level': 'high', 'container.state_before': stateName(before) }),
      stepHook: { service: ctx.target!.service, wrap: (argv) => ['sh', '-c', `ulimit -n ${nofile} && exec "$@"`, 'clnrm-chaos', ...argv] },
      // The limit lives only in the hook: once reverted, the session wraps no further step with it.
      revert: async () => ({ strategy: 'restore_nofile', success: true }),
    };
  },
});
