/**
 * The plan as `clnrm run --plan` prints it: text for people, or JSON
 * (`--format json`) for tools. Both say the same things: per suite its seed and
 * chaos, per scenario its schedule (time, anchor, fault, targets, whether the
 * probability draw fires), and every problem that stops the run.
 */
import { anchorName, type PlannedInjection } from './faults.js';
import { formatProblem, type RunPlan } from './plan.js';

export interface PlanJson {
  valid: boolean;
  problems: { file: string; line?: number; column?: number; keyPath: string; scenario: string; message: string }[];
  suites: {
    file: string;
    name: string;
    seed: number;
    seedDrawn: boolean;
    /** A repeated run (`--repeat`, `--seeds`): which run of the suite this is, 0-based. */
    repetition?: { index: number; count: number };
    chaos: string;
    scenarios: {
      name: string;
      skipped?: string;
      services: string[];
      /** Start waves by `depends_on`; absent when no service of the scenario depends on another. */
      startOrder?: string[][];
      steps: string[];
      rngLabel: string;
      injections: {
        fault: string;
        type: string;
        occurrence: number;
        atMs: number;
        anchor: string;
        targets: string[];
        fires: boolean;
        durationMs?: number;
        params: Record<string, unknown>;
      }[];
    }[];
  }[];
}

const injectionJson = (p: PlannedInjection): PlanJson['suites'][number]['scenarios'][number]['injections'][number] => ({
  fault: p.fault.name,
  type: p.fault.type,
  occurrence: p.occurrence,
  atMs: p.atMs,
  anchor: anchorName(p),
  targets: [...p.targets],
  fires: p.fires,
  ...(p.fault.durationMs !== undefined ? { durationMs: p.fault.durationMs } : {}),
  params: { ...p.fault.params },
});

export function planJson(plan: RunPlan): PlanJson {
  return {
    valid: plan.problems.length === 0,
    problems: plan.problems.map((p) => ({ ...p })),
    suites: plan.suites.map((s) => ({
      file: s.file,
      name: s.name,
      seed: s.seed,
      seedDrawn: s.seedDrawn,
      ...(s.repetition ? { repetition: { ...s.repetition } } : {}),
      chaos: s.chaos,
      scenarios: s.scenarios.map((sc) => {
        const spec = s.suite.scenarios.find((x) => x.name === sc.name)!;
        return {
          name: sc.name,
          ...(sc.skipped !== undefined ? { skipped: sc.skipped } : {}),
          services: [...spec.services],
          ...(sc.startWaves.length > 1 ? { startOrder: sc.startWaves.map((w) => [...w]) } : {}),
          steps: spec.steps.map((st) => st.name),
          rngLabel: sc.rngLabel,
          injections: sc.injections.map(injectionJson),
        };
      }),
    })),
  };
}

const when = (p: PlannedInjection): string => (p.anchor !== undefined ? `${p.atMs} ms after step ${p.anchor} runs` : 'before the first step');

/** `running`: the plan is printed before the run executes it (`clnrm monkey`), not instead of it. */
export function planText(plan: RunPlan, running = false): string {
  const lines: string[] = [];
  for (const s of plan.suites) {
    lines.push(`${s.file} (suite ${s.name})`, `  seed ${s.seed}${s.seedDrawn ? ' (drawn; replay with --seed ' + s.seed + ')' : ''}${s.repetition ? `, repetition ${s.repetition.index + 1} of ${s.repetition.count}` : ''}, chaos ${s.chaos}`);
    for (const sc of s.scenarios) {
      if (sc.skipped !== undefined) {
        lines.push(`  scenario ${sc.name}: skipped (${sc.skipped})`);
        continue;
      }
      const spec = s.suite.scenarios.find((x) => x.name === sc.name)!;
      lines.push(`  scenario ${sc.name}: services ${spec.services.join(', ') || '(none)'}; steps ${spec.steps.map((st) => st.name).join(', ')}`);
      if (sc.startWaves.length > 1) lines.push(`    start order (depends_on): ${sc.startWaves.map((w) => w.join(' + ')).join(' → ')}`);
      if (spec.monkey) {
        const m = spec.monkey;
        const drawn = sc.injections.filter((p) => p.fault.keyPath === m.keyPath).length;
        lines.push(`    monkey: every ${m.intervalMs} ms up to ${m.durationMs} ms, probability ${m.probability}, types ${m.types.join(', ')}, targets ${(m.targets ?? spec.services).join(', ')}: ${drawn} fault(s) drawn`);
      }
      if (sc.injections.length === 0) lines.push('    no faults');
      for (const p of sc.injections) {
        const targets = p.targets.length ? ` → ${p.targets.join(', ')}` : '';
        const lasts = p.fault.durationMs !== undefined ? `, for ${p.fault.durationMs} ms` : '';
        const params = Object.entries(p.fault.params).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
        const withParams = params.length ? ` (${params.join(', ')})` : '';
        const skip = p.fires ? '' : ' — not fired (probability draw)';
        lines.push(`    ${when(p)}: ${p.fault.type} ${p.fault.name}#${p.occurrence}${withParams}${targets}${lasts}${skip}`);
      }
    }
  }
  const scenarios = plan.suites.flatMap((s) => s.scenarios.filter((sc) => sc.skipped === undefined));
  const injections = scenarios.reduce((n, sc) => n + sc.injections.length, 0);
  if (plan.problems.length > 0) {
    lines.push(`plan not valid: ${plan.problems.length} problem(s)`, ...plan.problems.map((p) => `  ${formatProblem(p)}`));
  } else {
    lines.push(`plan valid: ${plan.suites.length} file(s), ${scenarios.length} scenario(s) to run, ${injections} planned injection(s); ${running ? 'running it now' : 'nothing was started'}`);
  }
  return `${lines.join('\n')}\n`;
}
