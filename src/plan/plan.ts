/**
 * The plan stage: everything about a run that is decided before the engine is
 * touched. `plan(suites, options)` merges presets and `--chaos` into every
 * scenario, fixes each suite's seed (drawn once when none is given), draws the
 * fault schedules from it (targets of `random(…)`, `probability`, repetition
 * times), and finds every condition under which a scenario cannot run here.
 * Runtime and chaos only execute the result; `clnrm run --plan` prints it.
 *
 *   suites + options ─▶ plan() ─▶ RunPlan (frozen) ─▶ runtime + chaos
 *
 * The draws are exactly those the chaos session made at scenario start before
 * planning became a stage: the schedule comes from the scenario's generator
 * (`createRng(seed, 'scenario:<name>')`) forked as `chaos`.
 */
import { formatLocation, PlanError } from '../common/errors.js';
import type { FaultSpec, ScenarioSpec, Suite } from '../load/index.js';
import { startWaves } from '../load/depends-on.js';
import { parseRandomTarget } from '../load/target.js';
import { planFaults, type PlannedInjection } from './faults.js';
import { monkeyFindings } from '../load/monkey.js';
import { effectiveMonkey, withMonkeys, type MonkeyOverrides } from './monkey.js';
import { withChaos, type ChaosSelection } from './presets.js';
import { createRng, drawSeed, type Rng } from './rng.js';
import { repetitionSeeds, type RepeatSelection } from './repeat.js';

export interface PlanOptions {
  /** `--seed`: overrides every suite's `[determinism] seed`. */
  seed?: number;
  /** `--chaos`: a preset or custom faults added to every scenario (default: each suite's `[chaos] preset`). */
  chaos?: ChaosSelection;
  /** `--filter`: scenarios whose name does not match are planned as skipped. */
  filter?: RegExp;
  /** Whether this runner can inject a fault type (the chaos registry knows it). */
  supported: (faultType: string) => boolean;
  /** Where a seed comes from when neither `--seed` nor the suite gives one (default: the OS). */
  drawSeed?: () => number;
  /** `clnrm monkey`: settings that replace (or make) the monkey of every selected scenario. */
  monkey?: MonkeyOverrides;
  /** `--repeat N` / `--seeds A..B`: each suite is planned once per seed (see repeat.ts). */
  repeat?: RepeatSelection;
  /**
   * Run a scenario with exactly these injections instead of the ones its faults draw
   * (by scenario name; `clnrm shrink` runs candidate plans through it).
   */
  injectionsOverride?: Readonly<Record<string, readonly PlannedInjection[]>>;
}

export interface PlannedScenario {
  readonly name: string;
  readonly keyPath: string;
  /** Why the scenario will not run (`--filter`); skipped scenarios have no injections. */
  readonly skipped?: string;
  /** The label of the scenario's generator: every draw of the scenario comes from `createRng(suite seed, rngLabel)`. */
  readonly rngLabel: string;
  /** The fault schedule, in time order: what chaos executes. */
  readonly injections: readonly PlannedInjection[];
  /**
   * The order services start in, by `depends_on`: each wave after the one before is started
   * (or ready, by the dependency's condition), the services of a wave together.
   */
  readonly startWaves: readonly (readonly string[])[];
}

export interface PlannedSuite {
  readonly file: string;
  readonly name: string;
  /** The suite as it runs: presets and `--chaos` merged into its scenarios. */
  readonly suite: Suite;
  readonly seed: number;
  /** True when no seed was given and it was drawn from the OS (printed, so the run can be replayed). */
  readonly seedDrawn: boolean;
  /** The chaos added to every scenario: `none`, `gentle`, `aggressive` or `custom:FILE`. */
  readonly chaos: string;
  readonly scenarios: readonly PlannedScenario[];
  /** Set when the run repeats the suite: which of the `count` runs this is (0 runs with the suite's own seed under `--repeat`). */
  readonly repetition?: { readonly index: number; readonly count: number };
}

/** A reason a scenario cannot run here, found without the engine. */
export interface PlanProblem {
  /** The suite file, or the `--chaos custom:` file the fault came from. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Key path of the fault (suite faults), or where it came from (`chaos.preset.*`, `[i]` of a custom chaos file). */
  readonly keyPath: string;
  readonly scenario: string;
  readonly message: string;
}

export interface RunPlan {
  readonly suites: readonly PlannedSuite[];
  /** Empty when every selected scenario can run. */
  readonly problems: readonly PlanProblem[];
}

/** A plan with problems: the run stops before the engine is touched (exit status 2, like invalid input). */
export class InvalidPlanError extends PlanError {
  constructor(readonly problems: readonly PlanProblem[]) {
    super(`cannot run: the plan is not valid\n${problems.map(formatProblem).join('\n')}`);
  }
}

export function formatProblem(p: PlanProblem): string {
  return `${formatLocation(p)}: ${p.keyPath}: scenario \`${p.scenario}\`: ${p.message}`;
}

/** The label of a scenario's generator (the runtime draws the scenario's retries, ids and chaos from it). */
export const scenarioRngLabel = (scenario: string): string => `scenario:${scenario}`;

/** The generator of a planned scenario. */
export const scenarioRng = (seed: number, scenario: PlannedScenario): Rng => createRng(seed, scenario.rngLabel);

export function plan(suites: readonly Suite[], options: PlanOptions): RunPlan {
  const problems: PlanProblem[] = [];
  const planned = suites.flatMap((declared): PlannedSuite[] => {
    const given = options.seed ?? declared.determinism.seed;
    const suiteSeed = given ?? (options.drawSeed ?? drawSeed)();
    if (!options.repeat) return [planSuite(declared, suiteSeed, given === undefined, options, problems)];
    const seeds = repetitionSeeds(suiteSeed, options.repeat);
    // What cannot run does not depend on the seed: the problems of the first repetition are those of all.
    return seeds.map((seed, index) => ({
      ...planSuite(declared, seed, given === undefined && index === 0, options, index === 0 ? problems : []),
      repetition: { index, count: seeds.length },
    }));
  });
  return deepFreeze({ suites: planned, problems });
}

/** One suite planned with one seed; its problems are added to `problems`. */
function planSuite(declared: Suite, seed: number, seedDrawn: boolean, options: PlanOptions, problems: PlanProblem[]): PlannedSuite {
  const selected = (sc: ScenarioSpec) => !options.filter || options.filter.test(sc.name);
  // A monkey the command line made unable to run is reported, not drawn (its draws would only add follow-up problems).
  const unrunnable = new Set<string>();
  for (const sc of options.monkey ? declared.scenarios.filter(selected) : []) {
    const found = monkeyProblems(declared, sc, options.monkey!);
    if (found.length) unrunnable.add(sc.name);
    problems.push(...found);
  }
  // The monkey draws from its own fork of the scenario's generator: declared faults keep their draws.
  const monkeyRng = (sc: ScenarioSpec) => createRng(seed, scenarioRngLabel(sc.name)).fork('monkey');
  const suite = withChaos(withMonkeys(declared, monkeyRng, options.monkey, (sc) => selected(sc) && !unrunnable.has(sc.name)), options.chaos);
  const scenarios = suite.scenarios.map((sc): PlannedScenario => {
    const rngLabel = scenarioRngLabel(sc.name);
    if (!selected(sc)) {
      return { name: sc.name, keyPath: sc.keyPath, skipped: `does not match --filter ${options.filter!.source}`, rngLabel, injections: [], startWaves: [] };
    }
    problems.push(...scenarioProblems(suite, sc, options.supported, options.chaos));
    const injections = options.injectionsOverride?.[sc.name] ?? planFaults(sc.faults, sc.services, createRng(seed, rngLabel).fork('chaos'), sc.steps[0]?.name);
    return { name: sc.name, keyPath: sc.keyPath, rngLabel, injections, startWaves: serviceStartWaves(suite, sc) };
  });
  return { file: declared.file, name: declared.name, suite, seed, seedDrawn, chaos: chaosName(declared, options.chaos), scenarios };
}

/** The plan, or an InvalidPlanError naming every problem. */
export function validPlan(p: RunPlan): RunPlan {
  if (p.problems.length > 0) throw new InvalidPlanError(p.problems);
  return p;
}

function chaosName(suite: Suite, selection: ChaosSelection | undefined): string {
  if (!selection) return suite.chaos.preset;
  if (selection.kind === 'custom') return `custom:${selection.file}`;
  return selection.kind === 'preset' ? selection.preset : 'none';
}

/**
 * What would make a fault of this scenario fail whatever the engine does: a type
 * this runner cannot inject, or a service, step or proxy it names that the
 * scenario does not run. The loader checks the suite's own faults against the
 * file; faults from presets and `--chaos custom:` files are checked only here.
 */
export function scenarioProblems(suite: Suite, sc: ScenarioSpec, supported: (faultType: string) => boolean, custom?: ChaosSelection): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const steps = sc.steps.map((s) => s.name);
  for (const f of sc.faults) {
    const problem = (message: string) => problems.push({ ...whereIs(suite, f, custom), scenario: sc.name, message });
    if (!supported(f.type)) {
      problem(`fault type ${f.type} cannot be injected by this version of clnrm`);
      continue;
    }
    for (const s of named(f)) {
      if (!sc.services.includes(s)) problem(`fault \`${f.name}\` names service \`${s}\`, which this scenario does not start`);
    }
    const random = typeof f.target === 'string' ? parseRandomTarget(f.target) : undefined;
    if (random && random.count > random.pool.length) problem(`fault \`${f.name}\` cannot pick ${random.count} of ${random.pool.length} services`);
    if (f.step !== undefined && !steps.includes(f.step)) problem(`fault \`${f.name}\` names step \`${f.step}\`, which this scenario does not have`);
    if (f.params.proxy !== undefined) {
      const proxy = suite.proxies[String(f.params.proxy)];
      if (!proxy) problem(`fault \`${f.name}\` names proxy \`${String(f.params.proxy)}\`, which the suite does not declare`);
      else if (!sc.services.includes(proxy.upstream.service)) {
        problem(`fault \`${f.name}\` uses proxy \`${proxy.name}\`, which does not run in this scenario: its upstream service \`${proxy.upstream.service}\` is not started`);
      }
    }
  }
  return problems;
}

/** The scenario's services in start waves by `depends_on` (the loader rejected cycles). */
export function serviceStartWaves(suite: Suite, sc: ScenarioSpec): string[][] {
  const graph = Object.fromEntries(sc.services.map((n) => [n, (suite.services[n]?.dependsOn ?? []).map((d) => d.service)]));
  return startWaves(sc.services, graph);
}

/** What stops the monkey `clnrm monkey`'s settings make of a scenario (the loader checked the file's own). */
function monkeyProblems(suite: Suite, sc: ScenarioSpec, overrides: MonkeyOverrides): PlanProblem[] {
  const monkey = effectiveMonkey(sc, overrides);
  const at = (keyPath: string) => {
    const p = suite.locate?.(keyPath) ?? suite.locate?.(sc.keyPath);
    return p ? { line: p.line, column: p.column } : {};
  };
  if (!monkey) {
    return [{ file: suite.file, ...at(sc.keyPath), keyPath: sc.keyPath, scenario: sc.name, message: 'has no `[scenario.monkey]`: give --duration, --probability and --types to make one' }];
  }
  return monkeyFindings(monkey, sc.services, sc.steadyState !== undefined).map((f) => ({
    file: suite.file,
    ...at(monkey.keyPath),
    keyPath: [monkey.keyPath, ...f.path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))].join('').replace(/\.\[/g, '['),
    scenario: sc.name,
    message: `${f.message}${f.hint ? ` (${f.hint})` : ''}`,
  }));
}

/** Where a fault was written: in the suite file (located), or as item `[i]` of the `--chaos custom:` file. */
function whereIs(suite: Suite, f: FaultSpec, chaos: ChaosSelection | undefined): Pick<PlanProblem, 'file' | 'line' | 'column' | 'keyPath'> {
  const item = /^custom(\[\d+\])$/.exec(f.keyPath);
  if (item && chaos?.kind === 'custom') return { file: chaos.file, keyPath: item[1]! };
  const at = suite.locate?.(f.keyPath);
  return { file: suite.file, keyPath: f.keyPath, ...(at ? { line: at.line, column: at.column } : {}) };
}

/** Every service a fault names: its target (list, name or `random(…)` pool), `groups` and `isolate`. */
function named(f: FaultSpec): string[] {
  const out: string[] = [];
  if (Array.isArray(f.target)) out.push(...f.target);
  else if (typeof f.target === 'string') out.push(...(parseRandomTarget(f.target)?.pool ?? [f.target]));
  if (Array.isArray(f.params.groups)) for (const g of f.params.groups) if (Array.isArray(g)) out.push(...g.map(String));
  if (f.params.isolate !== undefined) out.push(String(f.params.isolate));
  return [...new Set(out)];
}

/** Freezes the plan and everything in it (the loader's suites already are; preset faults and schedules are new). */
function deepFreeze<T>(value: T, seen = new Set<object>()): T {
  if (!value || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const v of Object.values(value as object)) deepFreeze(v, seen);
  return Object.freeze(value);
}
