/**
 * Checks the schema cannot express: names that must refer to something
 * declared elsewhere in the file, duplicates, and timeouts that can never fire.
 * Runs on schema-valid data only.
 */
import { isRunnerSpanName, RUNNER_SPAN_NAMES } from '../common/span-names.js';
import { dependencies, dependencyCycle } from './depends-on.js';
import { faultFacts, type FaultFacts } from './fault-facts.js';
import { formatKeyPath, issueAt, type LoadIssue } from './issues.js';
import { didYouMean } from './schema.js';
import { parseRandomTarget } from './target.js';
import { pathKey, type ParsedToml, type PathSegments } from './toml.js';

type Raw = Record<string, any>;

/** Step-level keys that make no sense on a scenario that has `steps` (put them on each step). */
const STEP_ONLY_KEYS = ['expect_exit_code', 'expected_output_regex', 'retries', 'continue_on_failure'];

/** `facts`: what each fault type targets and references, as the schema says (default: the committed schema's). */
export function checkReferences(file: string, parsed: ParsedToml, facts: Readonly<Record<string, FaultFacts>> = faultFacts()): LoadIssue[] {
  const data = parsed.data as Raw;
  const issues: LoadIssue[] = [];
  const at = (path: PathSegments) => parsed.valuePositions.get(pathKey(path)) ?? parsed.positions.get(pathKey(path));
  const keyAt = (path: PathSegments) => parsed.positions.get(pathKey(path));
  const error = (path: PathSegments, message: string, hint?: string) => issues.push(issueAt(file, path, at(path), message, hint));
  const warn = (path: PathSegments, message: string, hint?: string) =>
    issues.push({ ...issueAt(file, path, at(path), message, hint), severity: 'warning' });

  const services = Object.keys(data.service ?? {});
  const proxies = Object.keys(data.proxy ?? {});
  const scenarios: Raw[] = data.scenario ?? [];
  // One list for every `clnrm.scenario:NAME` check (mustExist keeps a Set per list): a new list per check was
  // scenarios × such checks.
  const scenarioNameList = scenarios.map((s) => String(s.name));

  /** A name that must be one of `known`, with a suggestion when it is close to one. */
  const knownSets = new Map<string[], Set<string>>();
  const mustExist = (path: PathSegments, name: string, known: string[], what: string) => {
    // A Set per list: a file with many services and scenarios must not cost services × scenarios.
    let set = knownSets.get(known);
    if (!set) knownSets.set(known, (set = new Set(known)));
    if (set.has(name)) return;
    const guess = didYouMean(name, known);
    const hint = guess ? `did you mean \`${guess}\`?` : known.length ? `declared ${what}s: ${known.map((k) => `\`${k}\``).join(', ')}` : `declare it as [${what}.${name}]`;
    error(path, `unknown ${what} \`${name}\``, hint);
  };

  for (const [name, proxy] of Object.entries((data.proxy ?? {}) as Record<string, Raw>)) {
    const svc = String(proxy.upstream).split(':')[0]!;
    mustExist(['proxy', name, 'upstream'], svc, services, 'service');
  }

  checkServices();

  if (data.otel?.receiver === false && data.otel?.receiver_max_spans !== undefined) {
    error(['otel', 'receiver_max_spans'], 'a cap on the spans the OTLP receiver keeps, and `[otel] receiver = false` turns the receiver off', 'remove one of `receiver = false` and `receiver_max_spans`');
  }

  if (data.game_day !== undefined && !scenarios.some((sc) => sc.hypothesis !== undefined)) {
    error(['game_day'], 'a game day with no hypothesis: no scenario has a `hypothesis`', 'give each scenario of the game day `hypothesis = "…"`');
  }

  const scenarioNames = new Map<string, number>();
  scenarios.forEach((sc, si) => {
    const base: PathSegments = ['scenario', si];
    const prev = scenarioNames.get(sc.name);
    if (prev !== undefined) error([...base, 'name'], `duplicate scenario name \`${sc.name}\` (also scenario[${prev}])`, 'scenario names must be unique in a file');
    else scenarioNames.set(sc.name, si);

    const started: string[] = sc.services ?? services;
    if (sc.services !== undefined) checkDependenciesStarted([...base, 'services'], started);
    (sc.services ?? []).forEach((s: string, i: number) => mustExist([...base, 'services', i], s, services, 'service'));

    // Steady-state probes look at a service the scenario starts; their names tell samples apart.
    const probeNames = new Set<string>();
    ((sc.steady_state?.probe ?? []) as Raw[]).forEach((p, i) => {
      const path: PathSegments = [...base, 'steady_state', 'probe', i];
      if (probeNames.has(p.name)) error([...path, 'name'], `duplicate probe name \`${p.name}\``, 'probe names must be unique in a scenario');
      probeNames.add(p.name);
      if (typeof p.service === 'string') mustExist([...path, 'service'], p.service, started, 'service');
      if (p.type === 'span' && data.otel?.receiver === false) error([...path, 'type'], 'a `span` probe reads the spans the OTLP receiver collects, and `[otel] receiver = false` turns it off', 'remove `receiver = false`, or probe with `exec`, `tcp` or `http`');
    });
    const detectors: unknown[] = Array.isArray(sc.steady_state?.detect) ? sc.steady_state.detect : [];
    if (detectors.filter((d) => typeof d === 'object').length > 1) {
      error([...base, 'steady_state', 'detect'], 'more than one span detector: detection takes the first ERROR span of one name', 'name one span (a `*` pattern covers several names), e.g. `detect = ["probes", { span = "checkout*" }]`');
    }
    // A bound on a KPI nothing measures could never pass.
    if (sc.expect?.kpi?.error_budget_used_pct !== undefined && sc.steady_state?.error_budget === undefined) {
      error([...base, 'expect', 'kpi', 'error_budget_used_pct'], 'error_budget_used_pct is measured only with `[scenario.steady_state] error_budget`', 'add `error_budget = { span = "…", budget_pct = 1 }` to the scenario\'s `[scenario.steady_state]`');
    }
    if (sc.hypothesis !== undefined && data.game_day === undefined) {
      error([...base, 'hypothesis'], 'a `hypothesis` is tested by a game day, and this file has no `[game_day]`', 'add `[game_day]` with a `name`, or remove the hypothesis');
    }

    if (sc.run === undefined && sc.steps === undefined) {
      issues.push(issueAt(file, base, keyAt(base), 'scenario has nothing to run', 'add `run = "..."` or a `steps` list'));
    }
    if (sc.steps) {
      for (const key of STEP_ONLY_KEYS) {
        if (sc[key] !== undefined) error([...base, key], `\`${key}\` belongs on each step when the scenario has \`steps\``, `move it into the steps it applies to`);
      }
    }

    // A scenario with `run` is its own single step (the keys a step reads are the scenario's).
    const steps: Raw[] = sc.steps ?? (sc.run !== undefined ? [sc] : []);
    const stepNames = new Set<string>();
    steps.forEach((st, i) => {
      const sp: PathSegments = sc.steps ? [...base, 'steps', i] : base;
      if (sc.steps) {
        if (stepNames.has(st.name)) error([...sp, 'name'], `duplicate step name \`${st.name}\` in scenario \`${sc.name}\``);
        stepNames.add(st.name);
      }
      const svc = st.service ?? sc.service;
      const image = st.image ?? sc.image;
      if (svc !== undefined) {
        const svcPath = st.service !== undefined ? [...sp, 'service'] : [...base, 'service'];
        mustExist(svcPath, svc, services, 'service');
        if (services.includes(svc) && !started.includes(svc)) error(svcPath, `service \`${svc}\` is not started by this scenario`, 'add it to the scenario\'s `services` list');
        if (image !== undefined) error(svcPath, 'give `service` or `image`, not both');
      } else if (image === undefined && started.length !== 1) {
        issues.push(
          issueAt(file, sp, keyAt(sp), 'step does not say where it runs', started.length ? 'add `service = "NAME"` (or `image = "..."` for a one-off container)' : 'declare a `[service.NAME]` or give the step an `image`'),
        );
      }
      const scenarioTimeout: number | undefined = sc.timeout_ms;
      if (sc.steps && st.timeout_ms !== undefined && scenarioTimeout !== undefined && st.timeout_ms >= scenarioTimeout) {
        warn([...sp, 'timeout_ms'], `step timeout ${st.timeout_ms} ms can never fire: the scenario times out first at ${scenarioTimeout} ms`);
      }
      const strategy = st.timeout_strategy ?? sc.timeout_strategy ?? 'hard';
      if (st.grace_period_ms !== undefined && strategy === 'hard') {
        warn([...sp, 'grace_period_ms'], '`grace_period_ms` has no effect with `timeout_strategy = "hard"`', 'set `timeout_strategy = "graceful"` or remove it');
      }
    });
    if (sc.deadline_ms !== undefined && sc.timeout_ms !== undefined && sc.deadline_ms >= sc.timeout_ms) {
      warn([...base, 'deadline_ms'], `deadline ${sc.deadline_ms} ms can never fire: the scenario times out first at ${sc.timeout_ms} ms`);
    }

    const faults: [PathSegments, Raw][] = [
      ...(sc.chaos_injection ? [[[...base, 'chaos_injection'], sc.chaos_injection] as [PathSegments, Raw]] : []),
      ...((sc.chaos ?? []) as Raw[]).map((f, i) => [[...base, 'chaos', i], f] as [PathSegments, Raw]),
    ];
    const stepList = steps.map((s) => String(s.name));
    for (const [fp, f] of faults) {
      checkTarget(fp, f.target, started);
      if (f.step !== undefined) mustExist([...fp, 'step'], f.step, stepList, 'step');
      const kind = facts[f.type];
      for (const key in kind?.references) {
        const what = kind.references[key]!;
        if (f[key] !== undefined) mustName([...fp, key], f[key], what === 'proxy' ? proxies : started, what);
      }
      if (f.every_ms === undefined && f.count !== undefined && f.count > 1) error([...fp, 'count'], '`count` above 1 needs `every_ms` (the interval between injections)');
      const startMs = f.at_ms ?? f.delay_ms ?? 0;
      if (f.at_ms !== undefined && f.delay_ms !== undefined) error([...fp, 'delay_ms'], 'give `delay_ms` or `at_ms`, not both');
      if (sc.timeout_ms !== undefined && startMs >= sc.timeout_ms) warn([...fp], `fault at ${startMs} ms can never fire: the scenario times out at ${sc.timeout_ms} ms`);
      if (kind?.targets === 'service' && f.target === undefined && started.length !== 1) error(fp, `fault \`${f.type}\` needs a \`target\``, 'add `target = "SERVICE"`');
    }

    checkExpectations([...base, 'expect'], sc.expect, () => stepList);
    checkFaultWindows([...base, 'expect'], sc.expect, faults);
    ((sc.expect?.supervision ?? []) as Raw[]).forEach((s, i) => mustExist([...base, 'expect', 'supervision', i, 'service'], s.service, started, 'service'));
    if (sc.expect?.consistency) checkConsistency([...base, 'expect', 'consistency'], sc.expect.consistency, stepList, faults, steps);
  });
  // Every step of the file, listed only when a file-level expectation names one (most name none).
  let allSteps: string[] | undefined;
  checkExpectations(['expect'], data.expect, () => (allSteps ??= scenarios.flatMap((s) => (s.steps ?? [s]).map((x: Raw) => String(x.name)))));
  if (data.expect?.supervision) {
    error(['expect', 'supervision'], '`supervision` checks the services of one scenario', 'move it to the scenario that starts and kills the service: `[[scenario.expect.supervision]]`');
  }
  for (const key of ['during', 'after'] as const) {
    if (data.expect?.[key]) error(['expect', key], `\`${key}\` is scoped to the faults of one scenario`, `move it to the scenario that injects them: \`[[scenario.expect.${key}]]\``);
  }
  if (data.expect?.consistency) {
    error(['expect', 'consistency'], '`consistency` reads the steps of one scenario', 'move it to the scenario whose writer and reader steps it names: `[scenario.expect.consistency]`');
  }
  return issues;

  /**
   * `[scenario.expect.consistency]`: one source of acknowledgements, steps that exist, a reader that is
   * another step and runs after every writer (a listing taken before the writes proves nothing), and
   * patterns with a `key` group.
   */
  function checkConsistency(base: PathSegments, c: Raw, steps: string[], faults: readonly [PathSegments, Raw][], rawSteps: readonly Raw[]) {
    const fromSteps = c.ack_steps !== undefined || c.ack_regex !== undefined;
    const fromSpans = c.ack_span !== undefined || c.key_attr !== undefined;
    if (fromSteps && fromSpans) error(base, 'acknowledgements from both steps and spans', 'give `ack_steps` and `ack_regex`, or `ack_span` and `key_attr`, not both');
    else if (!fromSteps && !fromSpans) error(base, 'no source of acknowledged operations', 'add `ack_steps` and `ack_regex` (lines of the writer steps\' stdout), or `ack_span` and `key_attr` (spans of the system under test)');
    const pairs: [string, string][] = [
      ['ack_steps', 'ack_regex'],
      ['ack_regex', 'ack_steps'],
      ['ack_span', 'key_attr'],
      ['key_attr', 'ack_span'],
    ];
    for (const [have, need] of pairs) if (c[have] !== undefined && c[need] === undefined && !(fromSteps && fromSpans)) error([...base, have], `\`${have}\` needs \`${need}\``, `add \`${need}\``);
    const ackSteps = (c.ack_steps ?? []) as string[];
    ackSteps.forEach((s, i) => mustExist([...base, 'ack_steps', i], s, steps, 'step'));
    // A step's result keeps the output of its last attempt only: acknowledgements printed by an earlier attempt would go unseen.
    ackSteps.forEach((s, i) => {
      if (rawSteps.find((r) => r.name === s)?.retries !== undefined) error([...base, 'ack_steps', i], `the writer \`${s}\` has \`retries\`: only its last attempt's output is kept, so acknowledgements printed by an earlier attempt would go unseen`, 'remove `retries` from the writer (retry inside the writer program, printing every acknowledgement)');
    });
    mustExist([...base, 'present_step'], c.present_step, steps, 'step');
    const reader = steps.indexOf(c.present_step);
    if (ackSteps.includes(c.present_step)) {
      error([...base, 'present_step'], `the reader \`${c.present_step}\` is also a writer (ack_steps): its listing would be taken before the writes are done`, 'read in a step of its own that runs after the writers (and after the faults they must survive)');
    } else if (reader >= 0) {
      const later = ackSteps.filter((s) => steps.indexOf(s) > reader);
      if (later.length) error([...base, 'present_step'], `the reader \`${c.present_step}\` runs before the writer step(s) ${later.map((s) => `\`${s}\``).join(', ')}: it cannot see their writes`, 'move the reader after every ack step');
    }
    // A fault anchored to a step after the reader strikes after the listing was taken: it cannot lose what was listed.
    if (reader >= 0) {
      for (const [fp, f] of faults) {
        if (typeof f.step === 'string' && steps.indexOf(f.step) > reader) {
          error([...base, 'present_step'], `the reader \`${c.present_step}\` runs before the step \`${f.step}\` that fault \`${f.name ?? f.type}\` (${formatKeyPath(fp)}) is anchored to: its listing predates the fault`, 'read in a step after the faults the writes must survive');
        }
      }
    }
    for (const key of ['ack_regex', 'present_regex']) {
      if (typeof c[key] !== 'string') continue;
      let groups: Record<string, unknown> | undefined;
      try {
        groups = new RegExp(`${c[key]}|`).exec('')?.groups;
      } catch {
        continue; // An invalid pattern is the schema's error.
      }
      if (!groups || !('key' in groups)) error([...base, key], `/${c[key]}/ has no group named \`key\``, 'capture the key with `(?<key>...)`, e.g. `"^ACK (?<key>\\S+)$"`');
    }
  }

  /**
   * `[[scenario.expect.during]]` / `[[scenario.expect.after]]` name faults of their scenario: each name must
   * identify exactly one declared fault (its `name`, default its type), and explicit names are unique.
   */
  function checkFaultWindows(base: PathSegments, expect: Raw | undefined, faults: readonly [PathSegments, Raw][]) {
    const byName = new Map<string, PathSegments[]>();
    for (const [fp, f] of faults) {
      const name = String(f.name ?? f.type);
      const earlier = byName.get(name);
      if (earlier && f.name !== undefined) error([...fp, 'name'], `duplicate fault name \`${name}\` (also ${formatKeyPath(earlier[0]!)})`, 'fault names must be unique in a scenario');
      byName.set(name, [...(earlier ?? []), fp]);
    }
    const known = [...byName.keys()];
    const mustBeFault = (path: PathSegments, name: string) => {
      const declared = byName.get(name);
      if (!declared) {
        const guess = didYouMean(name, known);
        error(path, `no fault named \`${name}\` in this scenario`, guess ? `did you mean \`${guess}\`?` : known.length ? `its faults: ${known.map((k) => `\`${k}\``).join(', ')}` : 'declare the fault in the scenario\'s `chaos` list, with `name = "…"`');
      } else if (declared.length > 1) {
        error(path, `\`${name}\` names ${declared.length} faults of this scenario (${declared.map((d) => formatKeyPath(d)).join(', ')}): its window is ambiguous`, 'give each of them a distinct `name = "…"` and refer to one');
      }
    };
    ((expect?.during ?? []) as Raw[]).forEach((d, i) => {
      const path: PathSegments = [...base, 'during', i];
      const given = (['fault', 'during_all', 'during_any'] as const).filter((k) => d[k] !== undefined);
      if (given.length !== 1) {
        error(given.length ? [...path, given[1]!] : path, given.length ? `give one of \`fault\`, \`during_all\`, \`during_any\`, not ${given.map((k) => `\`${k}\``).join(' and ')}` : 'no fault window: give `fault = "NAME"`, `during_all = [...]` or `during_any = [...]`', 'name the faults by their `name`');
      }
      if (typeof d.fault === 'string') mustBeFault([...path, 'fault'], d.fault);
      for (const key of ['during_all', 'during_any'] as const) {
        const list = (d[key] ?? []) as string[];
        list.forEach((n, j) => {
          if (list.indexOf(n) !== j) error([...path, key, j], `\`${n}\` is listed twice`);
          else mustBeFault([...path, key, j], n);
        });
      }
    });
    ((expect?.after ?? []) as Raw[]).forEach((a, i) => mustBeFault([...base, 'after', i, 'fault'], a.fault));
  }

  /** A parameter naming declared things: a name, or arrays of names (a partition's groups), each checked where it stands. */
  function mustName(path: PathSegments, value: unknown, known: string[], what: string) {
    if (Array.isArray(value)) value.forEach((v, i) => mustName([...path, i], v, known, what));
    else mustExist(path, String(value), known, what);
  }

  /** `depends_on` names declared services and has no cycle; `restart_max_retries` only with `restart = "on-failure"`. */
  function checkServices() {
    const graph: Record<string, string[]> = {};
    for (const [name, svc] of Object.entries((data.service ?? {}) as Record<string, Raw>)) {
      const path: PathSegments = ['service', name];
      if (svc.restart_max_retries !== undefined && svc.restart !== 'on-failure') {
        error([...path, 'restart_max_retries'], '`restart_max_retries` applies only to `restart = "on-failure"`', svc.restart === undefined ? 'add `restart = "on-failure"`' : `the engine retries \`${svc.restart}\` without a limit`);
      }
      const deps = svc.depends_on === undefined ? [] : dependencies(svc.depends_on);
      deps.forEach((d, i) => mustExist([...path, 'depends_on', Array.isArray(svc.depends_on) ? i : d.service], d.service, services, 'service'));
      graph[name] = deps.map((d) => d.service).filter((d) => services.includes(d));
    }
    const cycle = dependencyCycle(graph);
    if (cycle) {
      const [first, second] = cycle as [string, string];
      const deps = data.service[first].depends_on;
      error(['service', first, 'depends_on', Array.isArray(deps) ? deps.indexOf(second) : second], `\`depends_on\` cycle: ${cycle.join(' → ')}`, 'services can only start after what they depend on; remove one of these dependencies');
    }
  }

  /** Every dependency of a service the scenario starts is started too. */
  function checkDependenciesStarted(path: PathSegments, started: string[]) {
    for (const name of started) {
      const svc = (data.service ?? {})[name] as Raw | undefined;
      if (svc?.depends_on === undefined) continue;
      for (const d of dependencies(svc.depends_on)) {
        if (services.includes(d.service) && !started.includes(d.service)) {
          error(path, `service \`${name}\` depends on \`${d.service}\`, which this scenario does not start`, `add \`${d.service}\` to the scenario's \`services\``);
        }
      }
    }
  }

  function checkTarget(fp: PathSegments, target: unknown, started: string[]) {
    if (target === undefined) return;
    if (Array.isArray(target)) {
      target.forEach((t, i) => mustExist([...fp, 'target', i], t, started, 'service'));
      return;
    }
    const text = String(target);
    const random = parseRandomTarget(text);
    if (random) {
      random.pool.forEach((s) => mustExist([...fp, 'target'], s, started, 'service'));
      if (random.count > random.pool.length) error([...fp, 'target'], `cannot pick ${random.count} of ${random.pool.length} services`);
      return;
    }
    if (text.startsWith('random(')) {
      error([...fp, 'target'], `bad target selector ${JSON.stringify(text)}`, 'write `random(N, [a, b, c])`');
      return;
    }
    mustExist([...fp, 'target'], text, started, 'service');
  }

  /** Runner span names must exist in the runner's catalogue, and name real scenarios and steps. */
  function checkExpectations(base: PathSegments, expect: Raw | undefined, steps: () => string[]) {
    if (!expect) return;
    const check = (path: PathSegments, name: string) => {
      if (!name.startsWith('clnrm.') || name.includes('*')) return;
      if (!isRunnerSpanName(name)) {
        const guess = didYouMean(name, RUNNER_SPAN_NAMES.filter((n) => !n.includes('*')) as unknown as string[]);
        error(path, `the runner emits no span named \`${name}\``, guess ? `did you mean \`${guess}\`?` : 'see docs/spans.md for the runner\'s spans');
        return;
      }
      // The family before the first `:`, the subject up to the next one (as `split(':', 2)` reads it).
      const colon = name.indexOf(':');
      if (colon < 0) return;
      const family = name.slice(0, colon);
      const end = name.indexOf(':', colon + 1);
      const subject = name.slice(colon + 1, end < 0 ? name.length : end);
      if (family === 'clnrm.scenario') mustExist(path, subject, scenarioNameList, 'scenario');
      if (family === 'clnrm.step') mustExist(path, subject, steps(), 'step');
    };
    ((expect.span ?? []) as Raw[]).forEach((s, i) => {
      check([...base, 'span', i, 'name'], s.name);
      if (s.parent) check([...base, 'span', i, 'parent'], s.parent);
      if (s.ancestor) check([...base, 'span', i, 'ancestor'], s.ancestor);
    });
    for (const key of ['must_include', 'must_not_cross'] as const) {
      ((expect.graph?.[key] ?? []) as string[][]).forEach((pair, i) => pair.forEach((n, j) => check([...base, 'graph', key, i, j], n)));
    }
    for (const key of ['must_precede', 'must_follow'] as const) {
      ((expect.order?.[key] ?? []) as string[][]).forEach((pair, i) => pair.forEach((n, j) => check([...base, 'order', key, i, j], n)));
    }
    if (expect.status?.errors_allowed !== undefined && expect.status.all !== 'OK') {
      error([...base, 'status', 'errors_allowed'], '`errors_allowed` only applies to `all = "OK"`', expect.status.all === undefined ? 'add `all = "OK"`, or remove `errors_allowed`' : 'remove `errors_allowed`');
    }
    for (const key of ['during', 'after'] as const) {
      ((expect[key] ?? []) as Raw[]).forEach((s, i) => {
        check([...base, key, i, 'name'], s.name);
        if (s.parent) check([...base, key, i, 'parent'], s.parent);
        if (s.ancestor) check([...base, key, i, 'ancestor'], s.ancestor);
      });
    }
    ((expect.window ?? []) as Raw[]).forEach((w, i) => {
      check([...base, 'window', i, 'outer'], w.outer);
      (w.contains as string[]).forEach((n, j) => check([...base, 'window', i, 'contains', j], n));
    });
  }
}
