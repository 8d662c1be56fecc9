/**
 * Names of the spans the runner emits (documented in docs/spans.md). The loader
 * uses them to reject expectations on runner spans that can never exist.
 * `:` separates a family from the scenario or step name it is about.
 */
export const RUNNER_SPAN_NAMES = [
  'clnrm.run',
  'clnrm.scenario:*',
  'clnrm.service.start',
  'clnrm.service.restart',
  'clnrm.step:*',
  'clnrm.cleanup',
  'clnrm.cleanup.concurrent',
  'clnrm.recovery',
  'clnrm.timeout.enforced',
  'clnrm.timeout.graceful',
  'clnrm.timeout.hard',
  'clnrm.chaos.*',
  'clnrm.network.chaos',
  'clnrm.network.partition',
  'clnrm.network.recovery',
  'clnrm.resource.*',
  'clnrm.probe',
] as const;

/** Matches a name against a pattern where `*` stands for any run of characters. */
/** Compiled patterns: validation calls this once per span, so each pattern is compiled once. */
const compiled = new Map<string, RegExp>();

export function matchesPattern(name: string, pattern: string): boolean {
  if (!pattern.includes('*')) return name === pattern;
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${patternSource(pattern)}$`, 's');
    compiled.set(pattern, re);
  }
  return re.test(name);
}

/** A pattern as a regular expression's source: `*` is any run of characters, everything else itself. */
const patternSource = (pattern: string): string => pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');

let runnerSpanName: RegExp | undefined;

/**
 * True when `name` matches one of RUNNER_SPAN_NAMES, each as `matchesPattern` matches it: one expression
 * for the whole catalogue (the loader asks this for every runner span name a suite expects).
 */
export function isRunnerSpanName(name: string): boolean {
  runnerSpanName ??= new RegExp(`^(?:${RUNNER_SPAN_NAMES.map(patternSource).join('|')})$`, 's');
  return runnerSpanName.test(name);
}
