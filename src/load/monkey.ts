/**
 * `[scenario.monkey]` checks the schema cannot express: the monkey draws services,
 * so it takes only fault types that act on a service; a type's parameters without
 * default must be given in `fault.<type>` (checked as a fault of that type); the
 * targets must be services the scenario starts; and the scenario must have
 * steady-state probes, which measure what the monkey's faults do.
 */
import { faultFacts, type FaultFacts } from './fault-facts.js';
import { issueAt, type LoadIssue } from './issues.js';
import { checkAgainstDefinition } from './schema.js';
import { pathKey, type ParsedToml, type PathSegments } from './toml.js';

type Raw = Record<string, any>;

/** Keys of a fault that the monkey sets itself: when, where, how often. */
const SET_BY_MONKEY = ['type', 'name', 'target', 'at_ms', 'delay_ms', 'every_ms', 'count', 'probability', 'step'];

/** A monkey as far as these checks read it: the raw table, or a planned spec with command-line settings applied. */
export interface MonkeyShape {
  types: readonly string[];
  targets?: readonly string[];
  /** Per fault type: the keys given in `fault.<type>`. */
  fault: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** A problem of a monkey, at a key path relative to its table. */
export interface MonkeyFinding {
  path: PathSegments;
  message: string;
  hint?: string;
}

/** What makes a monkey unable to run in a scenario that starts `started` (and has probes when `steady`). */
export function monkeyFindings(m: MonkeyShape, started: readonly string[], steady: boolean, facts: Readonly<Record<string, FaultFacts>> = faultFacts()): MonkeyFinding[] {
  const out: MonkeyFinding[] = [];
  if (!steady) out.push({ path: [], message: 'a monkey needs steady-state probes: its result is the KPIs they measure', hint: 'add `[scenario.steady_state]` with at least one `[[scenario.steady_state.probe]]`' });
  m.types.forEach((type, i) => {
    const kind = facts[type];
    if (!kind) {
      out.push({ path: ['types', i], message: `unknown fault type \`${type}\``, hint: `known types: ${Object.keys(facts).join(', ')}` });
      return;
    }
    if (kind.targets !== 'service') {
      const on = kind.targets === 'proxy' ? 'a proxy' : kind.targets === 'step' ? 'steps' : 'the scenario network';
      out.push({ path: ['types', i], message: `fault type \`${type}\` acts on ${on}, and the monkey draws services`, hint: 'use types that act on a service (stop_container, pause_container, cpu_throttle, …)' });
      return;
    }
    const given = m.fault[type] ?? {};
    const missing = kind.required.filter((p) => given[p] === undefined);
    if (missing.length) {
      const names = missing.map((p) => `\`${p}\``).join(', ');
      out.push({ path: ['types', i], message: `fault type \`${type}\` needs ${names}, which have no default`, hint: `give ${names} in \`[scenario.monkey.fault.${type}]\`` });
    }
  });
  (m.targets ?? []).forEach((t, i) => {
    if (!started.includes(t)) out.push({ path: ['targets', i], message: `\`${t}\` is not a service this scenario starts`, hint: started.length ? `started services: ${started.map((s) => `\`${s}\``).join(', ')}` : 'declare a `[service.NAME]`' });
  });
  return out;
}

export function checkMonkeys(file: string, parsed: ParsedToml, facts: Readonly<Record<string, FaultFacts>> = faultFacts()): LoadIssue[] {
  const data = parsed.data as Raw;
  const issues: LoadIssue[] = [];
  const at = (path: PathSegments) => parsed.valuePositions.get(pathKey(path)) ?? parsed.positions.get(pathKey(path));
  const error = (path: PathSegments, message: string, hint?: string) => issues.push(issueAt(file, path, at(path), message, hint));
  const services = Object.keys(data.service ?? {});
  ((data.scenario ?? []) as Raw[]).forEach((sc, si) => {
    const m = sc.monkey as Raw | undefined;
    if (!m) return;
    const base: PathSegments = ['scenario', si, 'monkey'];
    const perType = (m.fault ?? {}) as Record<string, Raw>;
    for (const f of monkeyFindings({ types: m.types ?? [], targets: m.targets, fault: perType }, sc.services ?? services, sc.steady_state !== undefined, facts)) {
      error([...base, ...f.path], f.message, f.hint);
    }
    const types = (m.types ?? []) as string[];
    for (const [type, params] of Object.entries(perType)) {
      const path: PathSegments = [...base, 'fault', type];
      if (!types.includes(type)) {
        error(path, `\`fault.${type}\` is never used: \`${type}\` is not in \`types\``, `add \`${type}\` to \`types\`, or remove \`fault.${type}\``);
        continue;
      }
      const envelope = SET_BY_MONKEY.filter((k) => params[k] !== undefined);
      envelope.forEach((k) => error([...path, k], `\`${k}\` is set by the monkey, not per fault type`, 'give only `duration_ms` and the fault type\'s own parameters here'));
      if (envelope.length) continue;
      for (const issue of checkAgainstDefinition(file, 'fault', { type, ...params })) {
        if (issue.message.startsWith('missing required key')) continue; // Said on the type, with the table to give it in.
        error([...path, ...(issue.keyPath ? issue.keyPath.split('.') : [])], issue.message, issue.hint);
      }
    }
  });
  return issues;
}
