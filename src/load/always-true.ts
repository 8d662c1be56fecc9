/**
 * Checks that cannot fail. The rule: a check counts only if some possible run
 * could make it fail. Every form below passes on every run (or adds nothing to
 * the check it sits in), so the loader rejects it with the fix; the few forms
 * that only a run can reveal (see `statusToleratesEveryError`) make the
 * verdict vacuous instead.
 *
 * The rules live in one table, `RULES`, one function per expectation kind
 * (plus steps and attribute matchers); `ALWAYS_TRUE_FORMS` lists, per schema
 * key, what we reject, and a test keeps it in step with the schema.
 */
import { matchesPattern } from '../common/span-names.js';
import { formatKeyPath, issueAt, type LoadIssue } from './issues.js';
import { pathKey, type ParsedToml, type PathSegments } from './toml.js';

type Raw = Record<string, any>;

/** One always-true form found in the file. */
export interface AlwaysTrue {
  path: PathSegments;
  /** What is wrong: why it always holds. */
  message: string;
  /** The fix. */
  hint: string;
}

/** Where an expectation block is judged: a scenario's subtree or the whole trace. */
export interface Scope {
  /** Name of the span every graph of this scope contains (its root): `clnrm.scenario:NAME` or `clnrm.run`. */
  root: string;
  /** How many steps the scope runs (a scenario's), when known. */
  steps?: number;
}

// ---------------------------------------------------------------------------------------------
// Strings and patterns
// ---------------------------------------------------------------------------------------------

/** Deterministic pseudo-random strings (xorshift32 over a wide alphabet), so the verdict on a pattern never changes. */
function randomProbes(count: number, seed = 0x9e3779b9): string[] {
  const alphabet = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~\t\n\r\u00e9\u00df\u0416\u4e2d\u{1F600}';
  const chars = [...alphabet];
  let x = seed >>> 0;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  return Array.from({ length: count }, () => {
    const length = 1 + (next() % 40);
    return Array.from({ length }, () => chars[next() % chars.length]).join('');
  });
}

/**
 * The strings a pattern is tried on: the empty string, single characters of
 * each class, line breaks, typical attribute values, and 32 pseudo-random strings.
 */
export const REGEX_PROBES: readonly string[] = [
  '',
  ' ',
  'a',
  'Z',
  '0',
  '_',
  '-1.5',
  '\n',
  '\r\n',
  'a\nb',
  '\u0000',
  '\u00e9',
  '\u{1F600}',
  'GET /orders/42',
  'http://example.com/',
  'ERROR',
  'true',
  randomProbes(1)[0]!.repeat(50),
  ...randomProbes(32),
];

/**
 * True when the JavaScript regular expression (compiled as the runner compiles it,
 * without flags) matches every probe: then we take it to match every string.
 * Exact for the usual offenders (`""`, `.*`, `^`, `$`, `(?:)`, `[\s\S]*`, `x*`);
 * a pattern could in theory accept every probe and still reject some other string,
 * which no pattern written to check something does.
 */
export function regexMatchesEverything(source: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(source);
  } catch {
    return false; // Invalid patterns are the schema's error.
  }
  return REGEX_PROBES.every((p) => re.test(p));
}

/** `*`, `**`: a name or glob pattern of stars only accepts every string (any other character constrains it). */
export const onlyStars = (pattern: string): boolean => pattern.length > 0 && /^\*+$/.test(pattern);

// ---------------------------------------------------------------------------------------------
// Bounds
// ---------------------------------------------------------------------------------------------

/**
 * A count bound that every count from `floor` up satisfies: no `eq`, no `lte`,
 * and `gte` at most the floor (0, or 1 for a count the scope always reaches).
 */
export function boundAlwaysHolds(bound: Raw, floor = 0): boolean {
  return bound.eq === undefined && bound.lte === undefined && (bound.gte === undefined || bound.gte <= floor);
}

/** A count bound no count satisfies (`gte` above `lte`, `eq` outside them). */
function boundNeverHolds(bound: Raw): boolean {
  const lo = Math.max(bound.gte ?? 0, bound.eq ?? 0);
  const hi = Math.min(bound.lte ?? Infinity, bound.eq ?? Infinity);
  return lo > hi;
}

function countBound(bound: Raw | undefined, path: PathSegments, what: string, floor = 0): AlwaysTrue[] {
  if (!bound) return [];
  if (boundAlwaysHolds(bound, floor)) {
    const why = floor > 0 ? `the scope always holds at least ${floor}` : 'no count is below 0';
    return [{ path, message: `always true: every count of ${what} satisfies ${describe(bound)} (${why})`, hint: `give a bound that some run could miss, e.g. \`{ gte = ${floor + 1} }\` or \`{ lte = N }\`, or remove it` }];
  }
  if (boundNeverHolds(bound)) {
    return [{ path, message: `never true: no count satisfies ${describe(bound)}`, hint: 'fix the bounds so that some count lies within them' }];
  }
  return [];
}

/** A number as TOML writes it (`inf`, `-inf`, `nan`). */
const tomlNumber = (v: unknown): string => (v === Infinity ? 'inf' : v === -Infinity ? '-inf' : Number.isNaN(v) ? 'nan' : String(v));

const describe = (bound: Raw): string =>
  Object.entries(bound)
    .map(([k, v]) => `${k} = ${tomlNumber(v)}`)
    .join(', ');

// ---------------------------------------------------------------------------------------------
// Attribute matchers (attrs.all / attrs.any values, resource_attrs_must_match)
// ---------------------------------------------------------------------------------------------

/**
 * Every key of a matcher table but `exists` must reject some present value;
 * otherwise it only says "present" (`exists = true`), or nothing at all.
 */
function matcherKeys(matcher: unknown, path: PathSegments): AlwaysTrue[] {
  if (typeof matcher !== 'object' || matcher === null) return []; // A literal always can fail.
  const m = matcher as Raw;
  const out: AlwaysTrue[] = [];
  const presence = 'write `exists = true` if presence is all you mean, or a value that some run could miss';
  if (typeof m.regex === 'string' && regexMatchesEverything(m.regex)) {
    out.push({ path: [...path, 'regex'], message: `always true: /${m.regex}/ matches every string (tried on ${REGEX_PROBES.length} probes, the empty string included)`, hint: presence });
  }
  if (typeof m.glob === 'string' && onlyStars(m.glob)) out.push({ path: [...path, 'glob'], message: `always true: glob ${JSON.stringify(m.glob)} matches every string`, hint: presence });
  for (const [key, limit] of INFINITE_BOUNDS) {
    if (m[key] === limit) out.push({ path: [...path, key], message: `always true for a number: ${key} = ${limit > 0 ? 'inf' : '-inf'} accepts every number`, hint: 'give a finite bound' });
  }
  for (const [key] of INFINITE_BOUNDS) {
    if (typeof m[key] === 'number' && Number.isNaN(m[key])) out.push({ path: [...path, key], message: `never true: ${key} = nan compares false with every number`, hint: 'give a finite bound' });
  }
  return out;
}

/** The bound keys of a matcher, each with the infinite value that makes it accept every number. */
const INFINITE_BOUNDS: readonly (readonly [string, number])[] = [
  ['gt', -Infinity],
  ['gte', -Infinity],
  ['lt', Infinity],
  ['lte', Infinity],
];

function attrMap(map: Raw | undefined, path: PathSegments, what: string): AlwaysTrue[] {
  if (map === undefined) return [];
  const out: AlwaysTrue[] = [];
  let keys = 0;
  // A literal value can always fail: only a matcher table is looked into (and only then is its path built).
  for (const k in map) {
    keys++;
    const v = map[k];
    if (typeof v === 'object' && v !== null) out.push(...matcherKeys(v, [...path, k]));
  }
  return keys === 0 ? [empty(path, 'table', what)] : out;
}

function empty(path: PathSegments, shape: 'table' | 'list', what: string): AlwaysTrue {
  return { path, message: `always true: an empty ${shape} checks nothing`, hint: `add ${what}, or remove \`${formatKeyPath(path.slice(-1))}\`` };
}

const emptyList = (list: unknown[] | undefined, path: PathSegments, what: string): AlwaysTrue[] => (Array.isArray(list) && list.length === 0 ? [empty(path, 'list', what)] : []);
const emptyTable = (table: Raw | undefined, path: PathSegments, what: string): AlwaysTrue[] =>
  table !== undefined && Object.keys(table).length === 0 ? [empty(path, 'table', what)] : [];

// ---------------------------------------------------------------------------------------------
// One function per expectation kind
// ---------------------------------------------------------------------------------------------

/** Keys of `[[expect.span]]` that constrain a span beyond its name. */
const SPAN_CONSTRAINTS = ['parent', 'ancestor', 'kind', 'status', 'attrs', 'events', 'duration_ms', 'count'];

function spanRule(spans: Raw[] | undefined, base: PathSegments, scope: Scope): AlwaysTrue[] {
  const out: AlwaysTrue[] = [];
  if (!spans) return out;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    // The key path of a finding, built only for one.
    const at = (...rest: PathSegments): PathSegments => [...base, i, ...rest];
    const constrained = constrainsBeyondName(s);
    // Without `count`, an expectation with only a name asks that such a span exists: the scope's root always does.
    if (!constrained && (onlyStars(s.name) || matchesPattern(scope.root, s.name))) {
      out.push({
        path: at('name'),
        message: `always true: \`${s.name}\` matches \`${scope.root}\`, the span this scope always holds, and nothing else is asked of it`,
        hint: 'name a span the system must emit, or add a condition (attrs, status, parent, count, ...)',
      });
    }
    if (!constrained) continue; // Every check below looks at a key beyond the name.
    for (const key of ['parent', 'ancestor'] as const) {
      if (typeof s[key] === 'string' && onlyStars(s[key])) {
        out.push({ path: at(key), message: `always true: ${key} = ${JSON.stringify(s[key])} only says the span has a ${key}, which every span below the scope's root has`, hint: `name the ${key} span, or remove \`${key}\`` });
      }
    }
    // Each check below finds nothing in an absent table: skipped then, so no key path is built for it.
    if (s.attrs !== undefined) {
      if (isEmptyTable(s.attrs)) out.push(empty(at('attrs'), 'table', '`all`, `any` or `none`'));
      if (s.attrs.all !== undefined) out.push(...attrMap(s.attrs.all, at('attrs', 'all'), 'an attribute that must match (e.g. `"http.status_code" = 200`)'));
      if (s.attrs.any !== undefined) out.push(...attrMap(s.attrs.any, at('attrs', 'any'), 'the attributes of which one must match'));
      if (isEmptyList(s.attrs.none)) out.push(empty(at('attrs', 'none'), 'list', 'an attribute key that must be absent'));
    }
    if (s.events !== undefined) {
      if (isEmptyTable(s.events)) out.push(empty(at('events'), 'table', '`all` or `any`'));
      if (isEmptyList(s.events.all)) out.push(empty(at('events', 'all'), 'list', 'an event name that must be present'));
      if (isEmptyList(s.events.any)) out.push(empty(at('events', 'any'), 'list', 'the event names of which one must be present'));
    }
    const d = s.duration_ms as Raw | undefined;
    if (d && (d.min === undefined || d.min <= 0) && (d.max === undefined || d.max === Infinity)) {
      out.push({ path: at('duration_ms'), message: `always true: every duration satisfies ${describe(d)}`, hint: 'give a `min` above 0 or a finite `max`, or remove `duration_ms`' });
    } else if (d && d.min !== undefined && d.max !== undefined && d.min > d.max) {
      out.push({ path: at('duration_ms'), message: `never true: min ${d.min} is above max ${d.max}`, hint: 'swap or fix the bounds' });
    }
    if (s.count) {
      // Only `count` constrains a name that matches the scope root: the root itself is always counted.
      const rootOnly = SPAN_CONSTRAINTS.every((k) => k === 'count' || s[k] === undefined) && (onlyStars(s.name) || matchesPattern(scope.root, s.name));
      out.push(...countBound(s.count, at('count'), `spans named \`${s.name}\``, rootOnly ? 1 : 0));
    }
  }
  return out;
}

/** Whether a span expectation asks more than its name (one of SPAN_CONSTRAINTS). */
function constrainsBeyondName(s: Raw): boolean {
  for (const k of SPAN_CONSTRAINTS) if (s[k] !== undefined) return true;
  return false;
}

const isEmptyTable = (table: Raw | undefined): boolean => table !== undefined && Object.keys(table).length === 0;
const isEmptyList = (list: unknown[] | undefined): boolean => Array.isArray(list) && list.length === 0;

/** A runner fault span's name prefixes: such a span always lies within its own window. */
const FAULT_SPAN_PREFIXES = ['clnrm.chaos.', 'clnrm.network.', 'clnrm.resource.'];

/**
 * `[[scenario.expect.during]]` and `[[scenario.expect.after]]`: their span conditions as `[[expect.span]]`'s;
 * a `during` that asks only for a span the window always holds (the fault's own span, or the scenario's,
 * which overlaps every window) is always true.
 */
function faultWindowRule(key: 'during' | 'after') {
  return (entries: Raw[] | undefined, base: PathSegments, scope: Scope): AlwaysTrue[] =>
    (entries ?? []).flatMap((d, i) => {
      const path = [...base, i];
      const out = spanRule([d], base, scope).filter((f) => !(f.path.length === path.length + 1 && f.path[f.path.length - 1] === 'name'));
      const constrained = SPAN_CONSTRAINTS.some((k) => d[k] !== undefined);
      const name = String(d.name);
      const own = onlyStars(name) || FAULT_SPAN_PREFIXES.some((p) => name.startsWith(p) || matchesPattern(`${p}x`, name)) || (d.overlap !== 'contained' && matchesPattern(scope.root, name));
      if (key === 'during' && !constrained && own) {
        out.push({
          path: [...path, 'name'],
          message: `always true: \`${name}\` matches a span every fault window holds (the fault's own span, or the scenario's), and nothing else is asked of it`,
          hint: 'name a span the system must emit under the fault, or add a condition (status, attrs, count, ...)',
        });
      }
      return out;
    });
}

function graphRule(g: Raw | undefined, base: PathSegments): AlwaysTrue[] {
  if (!g) return [];
  const out = emptyTable(g, base, '`must_include`, `must_not_cross`, `acyclic` or `no_orphans`');
  if (g.no_orphans === false) out.push({ path: [...base, 'no_orphans'], message: 'always true: `no_orphans = false` asks nothing of the run', hint: 'set `no_orphans = true`, or remove the key' });
  out.push(...emptyList(g.must_include, [...base, 'must_include'], 'a `[parent, child]` edge'));
  out.push(...emptyList(g.must_not_cross, [...base, 'must_not_cross'], 'an `[a, b]` pair'));
  ((g.must_include ?? []) as string[][]).forEach((pair, i) => {
    if (pair.every(onlyStars)) out.push({ path: [...base, 'must_include', i], message: 'always true: `["*", "*"]` only asks that some span has a parent, and every step span has one', hint: 'name the parent or the child' });
  });
  return out;
}

function countsRule(c: Raw | undefined, base: PathSegments, scope: Scope): AlwaysTrue[] {
  if (!c) return [];
  const out = emptyTable(c, base, '`spans_total`, `events_total`, `errors_total` or `by_name`');
  // The scope's root span is always in the scope: at least one span, and at least one of a name pattern of stars.
  out.push(...countBound(c.spans_total, [...base, 'spans_total'], 'spans', 1));
  out.push(...countBound(c.events_total, [...base, 'events_total'], 'events'));
  out.push(...countBound(c.errors_total, [...base, 'errors_total'], 'ERROR spans'));
  out.push(...emptyTable(c.by_name, [...base, 'by_name'], 'a span name with its bound'));
  for (const [name, bound] of Object.entries((c.by_name ?? {}) as Raw)) {
    out.push(...countBound(bound, [...base, 'by_name', name], `spans named \`${name}\``, onlyStars(name) || matchesPattern(scope.root, name) ? 1 : 0));
  }
  return out;
}

function windowRule(windows: Raw[] | undefined, base: PathSegments): AlwaysTrue[] {
  return (windows ?? []).flatMap((w, i) =>
    (w.contains as string[]).flatMap((name, j): AlwaysTrue[] =>
      // A span always lies within its own window: an `outer` that also matches the contained span proves nothing.
      matchesPattern(name, w.outer) || name === w.outer
        ? [{ path: [...base, i, 'contains', j], message: `always true: \`${name}\` is also matched by outer \`${w.outer}\`, and every span lies within its own window`, hint: 'name an outer span other than the contained one' }]
        : [],
    ),
  );
}

function orderRule(o: Raw | undefined, base: PathSegments): AlwaysTrue[] {
  if (!o) return [];
  return [
    ...emptyTable(o, base, '`must_precede` or `must_follow`'),
    ...emptyList(o.must_precede, [...base, 'must_precede'], 'an `[a, b]` pair'),
    ...emptyList(o.must_follow, [...base, 'must_follow'], 'an `[a, b]` pair'),
  ];
}

function statusRule(st: Raw | undefined, base: PathSegments): AlwaysTrue[] {
  if (!st) return [];
  return [...emptyTable(st, base, '`all` or `by_name`'), ...emptyTable(st.by_name, [...base, 'by_name'], 'a span name with its status')];
}

const HERMETICITY_FLAGS = ['no_container_leakage', 'no_network_leakage', 'no_volume_leakage', 'no_process_leakage', 'no_external_services'];

function hermeticityRule(h: Raw | undefined, base: PathSegments): AlwaysTrue[] {
  if (!h) return [];
  const out = emptyTable(h, base, 'a check such as `no_container_leakage = true`');
  for (const flag of HERMETICITY_FLAGS) {
    if (h[flag] === false) out.push({ path: [...base, flag], message: `always true: \`${flag} = false\` checks nothing`, hint: `set it to true, or remove \`${flag}\`` });
  }
  out.push(...attrMap(h.resource_attrs_must_match, [...base, 'resource_attrs_must_match'], 'a resource attribute that must match'));
  out.push(...emptyList(h.span_attrs_forbid_keys, [...base, 'span_attrs_forbid_keys'], 'an attribute key no span may carry'));
  return out;
}

/** The bytes of a step's stdout the runner keeps (runtime/output.ts; a test keeps them equal). */
export const KEPT_OUTPUT_BYTES = 256 * 1024;
/** The spans of the system under test one run accepts (telemetry/receiver.ts; a test keeps them equal). */
export const KEPT_SPANS = 100_000;
/** The most items one step's kept stdout can list: a line holds a key of at least one character and its line break. */
export const ITEMS_PER_STEP = KEPT_OUTPUT_BYTES / 2;

const CONSISTENCY_BOUNDS = ['lost', 'duplicated', 'unexpected'] as const;

/**
 * The most a consistency count can be on any run: lost ≤ the acknowledged keys (lines of the writer
 * steps' kept stdout, or spans: received or printed by any step); duplicated and unexpected ≤ the
 * lines of the reader's kept stdout.
 */
export function consistencyCeiling(c: Raw, key: (typeof CONSISTENCY_BOUNDS)[number], steps = 1): number {
  if (key !== 'lost') return ITEMS_PER_STEP;
  return Array.isArray(c.ack_steps) ? ITEMS_PER_STEP * c.ack_steps.length : KEPT_SPANS + ITEMS_PER_STEP * steps;
}

function consistencyRule(c: Raw | undefined, base: PathSegments, scope: Scope): AlwaysTrue[] {
  if (!c) return [];
  const bounds = CONSISTENCY_BOUNDS.filter((k) => c[k] !== undefined);
  const inverted = c.expect_failure === true;
  if (bounds.length === 0) {
    return [{ path: base, message: `${inverted ? 'never true' : 'always true'}: no bound on \`lost\`, \`duplicated\` or \`unexpected\`, so no listing can ${inverted ? 'violate' : 'fail'} it`, hint: 'add `lost = 0` (nothing acknowledged may be missing), and `duplicated = 0` / `unexpected = 0` as the system promises' }];
  }
  const out: AlwaysTrue[] = [];
  for (const key of bounds) {
    const raw = c[key];
    const bound: Raw = typeof raw === 'number' ? { eq: raw } : raw;
    const path = [...base, key];
    const ceiling = consistencyCeiling(c, key, scope.steps);
    const found = countBound(bound, path, `${key} keys`);
    if (found.length) out.push(...found);
    else if (bound.eq === undefined && bound.lte !== undefined && bound.lte >= ceiling && (bound.gte ?? 0) <= 0) {
      out.push({
        path,
        message: `always true: no run can count more than ${ceiling} ${key} keys (the runner keeps ${KEPT_OUTPUT_BYTES / 1024} KiB of each step's stdout and ${KEPT_SPANS} spans), so lte = ${bound.lte} holds on every run`,
        hint: `bound it by what the system promises, e.g. \`${key} = 0\``,
      });
    }
  }
  // expect_failure passes when a bound is violated: a bound that always holds can then never pass, one that never holds always does.
  return inverted ? out.map((f) => ({ ...f, message: `${f.message}; with expect_failure = true the check would ${f.message.startsWith('always') ? 'never pass' : 'always pass'}` })) : out;
}

/** The highest value each KPI can take (percentages stop at 100; times have no ceiling). */
const KPI_CEILING: Readonly<Record<string, number>> = { mttd_ms: Infinity, mttr_ms: Infinity, availability_pct: 100, recovery_rate_pct: 100 };

/** A KPI bound every value satisfies (`min` at most 0 and `max` at least the ceiling), or none does. */
function kpiRule(k: Raw | undefined, base: PathSegments): AlwaysTrue[] {
  if (!k) return [];
  const out = emptyTable(k, base, 'a KPI bound such as `mttr_ms = { max = 5000 }`');
  for (const [key, bound] of Object.entries(k) as [string, Raw][]) {
    const ceiling = KPI_CEILING[key] ?? Infinity;
    const path = [...base, key];
    const shown = [bound.min !== undefined ? `min = ${tomlNumber(bound.min)}` : '', bound.max !== undefined ? `max = ${tomlNumber(bound.max)}` : ''].filter(Boolean).join(', ');
    if ((bound.min === undefined || bound.min <= 0) && (bound.max === undefined || bound.max >= ceiling)) {
      out.push({
        path,
        message: `always true: every value of ${key} satisfies { ${shown} } (${ceiling === Infinity ? 'no value is below 0' : `values lie between 0 and ${ceiling}`})`,
        hint: ceiling === Infinity ? `give a \`max\` the system could exceed, e.g. \`{ max = 5000 }\`, or remove it` : `give a \`min\` above 0, e.g. \`{ min = 99 }\`, or remove it`,
      });
    } else if (bound.min !== undefined && (bound.min > ceiling || (bound.max !== undefined && bound.min > bound.max))) {
      out.push({ path, message: `never true: no value of ${key} satisfies { ${shown} }`, hint: 'fix the bounds so that some value lies within them' });
    }
  }
  return out;
}

/** One function per key of an `expect` table: the single place where always-true forms are defined. */
export const RULES: Readonly<Record<string, (value: any, path: PathSegments, scope: Scope) => AlwaysTrue[]>> = {
  span: spanRule,
  graph: graphRule,
  counts: countsRule,
  window: windowRule,
  order: orderRule,
  status: statusRule,
  hermeticity: hermeticityRule,
  consistency: consistencyRule,
  kpi: kpiRule,
  // Nothing killed is judged at run time (an error, never a pass); a bound alone cannot make it always true.
  supervision: () => [],
  during: faultWindowRule('during'),
  after: faultWindowRule('after'),
};

/** A step's own check: `expected_output_regex`. */
export function stepRule(step: Raw, path: PathSegments): AlwaysTrue[] {
  const re = step.expected_output_regex;
  if (typeof re !== 'string' || !regexMatchesEverything(re)) return [];
  return [
    {
      path: [...path, 'expected_output_regex'],
      message: `always true: /${re}/ matches every output, the empty one included (tried on ${REGEX_PROBES.length} probes)`,
      hint: 'match something the step must print, e.g. `"ready"`, or remove it',
    },
  ];
}

/** Every always-true form of one `expect` table. */
export function alwaysTrueExpectations(expect: Raw | undefined, base: PathSegments, scope: Scope): AlwaysTrue[] {
  if (!expect) return [];
  const found: AlwaysTrue[] = [];
  // Every rule finds nothing in a key the table does not have: only the keys given are looked at
  // (for…in: no array of entries per table; RULES is a plain object, its keys in the order written).
  for (const key in RULES) if (expect[key] !== undefined) found.push(...RULES[key]!(expect[key], [...base, key], scope));
  return found;
}

/**
 * Known only at run time: `errors_allowed` under `all = "OK"` tolerates as many
 * ERROR spans as there are spans, so no span's failure could fail it.
 */
export function statusToleratesEveryError(errorsAllowed: number, spansInScope: number): boolean {
  return errorsAllowed > 0 && errorsAllowed >= spansInScope;
}

/** The always-true forms of `expect.span` (its conditions are shared by `during` and `after`). */
const SPAN_FORMS: Readonly<Record<string, string>> = {
  'expect.span': '— (each key below)',
  'expect.span.name': 'a name of stars only, or the scope root\'s name (`clnrm.scenario:<this scenario>`, `clnrm.run` for the file), with no other key',
  'expect.span.parent': '`*` (every span below the root has a parent)',
  'expect.span.ancestor': '`*` (every span below the root has an ancestor)',
  'expect.span.kind': '— an enum: a span of another kind fails it',
  'expect.span.status': '— an enum: a span of another status fails it',
  'expect.span.attrs': '`{}`',
  'expect.span.attrs.all': '`{}`; a matcher key that accepts every present value (see matchers)',
  'expect.span.attrs.any': '`{}`; a matcher key that accepts every present value',
  'expect.span.attrs.none': '`[]`',
  'expect.span.events': '`{}`',
  'expect.span.events.all': '`[]`',
  'expect.span.events.any': '`[]`',
  'expect.span.duration_ms': '`min` absent or 0 and `max` absent or `inf` (and `min > max`, never true)',
  'expect.span.count': '`gte` ≤ 0 with no `eq` or `lte`; `gte` ≤ 1 when the name matches the scope root and nothing else is asked (and bounds no count meets, never true)',
};

/**
 * What we reject for every expectation key of the schema, for the docs and a
 * test that fails when the schema gains a key nobody considered here.
 * `—` marks keys with no always-true form (and says why).
 */
export const ALWAYS_TRUE_FORMS: Readonly<Record<string, string>> = {
  ...SPAN_FORMS,
  'matcher.eq': '— a literal: another value fails it',
  'matcher.ne': '— another value is equal to nothing: the value itself fails it',
  'matcher.gt': '`-inf` (and `nan`, never true)',
  'matcher.gte': '`-inf` (and `nan`, never true)',
  'matcher.lt': '`inf` (and `nan`, never true)',
  'matcher.lte': '`inf` (and `nan`, never true)',
  'matcher.regex': 'a pattern that matches every probe string (`""`, `.*`, `^`, `$`, `(?:)`, `[\\s\\S]*`, ...)',
  'matcher.glob': 'stars only (`*`, `**`)',
  'matcher.in': '— at least one literal (schema): other values fail it',
  'matcher.exists': '— `true` fails on an absent attribute, `false` on a present one',
  'expect.graph': '`{}`',
  'expect.graph.must_include': '`[]`; `["*", "*"]`',
  'expect.graph.must_not_cross': '`[]`',
  'expect.graph.no_orphans': '`false`',
  'expect.graph.acyclic': '— spans of the system under test can form a cycle (and `false` asks for one)',
  'expect.counts': '`{}`',
  'expect.counts.spans_total': '`gte` ≤ 1 with no `eq` or `lte` (the scope root is always counted)',
  'expect.counts.events_total': '`gte` ≤ 0 with no `eq` or `lte`',
  'expect.counts.errors_total': '`gte` ≤ 0 with no `eq` or `lte`',
  'expect.counts.by_name': '`{}`; a bound every count meets (`gte` ≤ 1 for a name of stars only or the scope root\'s name)',
  'expect.window': '— (each entry below)',
  'expect.window.outer': 'an outer pattern that also matches a contained name (a span lies within its own window)',
  'expect.window.contains': '— at least one name (schema)',
  'expect.window.max_duration_ms': '— an integer: a longer `outer` span fails it',
  'expect.order': '`{}`',
  'expect.order.must_precede': '`[]`',
  'expect.order.must_follow': '`[]`',
  'expect.status': '`{}`',
  'expect.status.all': '— an enum: a span of another status fails it',
  'expect.status.by_name': '`{}`',
  'expect.status.errors_allowed': 'at run time: a value ≥ the number of spans it applies to makes the check vacuous',
  'expect.hermeticity': '`{}`',
  'expect.hermeticity.no_container_leakage': '`false`',
  'expect.hermeticity.no_network_leakage': '`false`',
  'expect.hermeticity.no_volume_leakage': '`false`',
  'expect.hermeticity.no_process_leakage': '`false`',
  'expect.hermeticity.no_external_services': '`false`',
  'expect.hermeticity.resource_attrs_must_match': '`{}`; a matcher key that accepts every present value',
  'expect.hermeticity.span_attrs_forbid_keys': '`[]`',
  'expect.consistency': 'no bound at all (`lost`, `duplicated`, `unexpected`)',
  'expect.consistency.ack_steps': '— steps that must exist and run before the reader (reference check)',
  'expect.consistency.ack_regex': '— needs a `key` group; a line that does not match is not an acknowledgement',
  'expect.consistency.ack_span': '— only OK spans of the system under test credited to the scenario count',
  'expect.consistency.key_attr': '— a span without it acknowledges nothing',
  'expect.consistency.present_step': '— another step, after every ack step; at run time it must run and pass (else the check is an error)',
  'expect.consistency.present_regex': '— needs a `key` group',
  'expect.consistency.lost': '`gte` ≤ 0 with no `eq` or `lte`; `lte` at least what a run can count (the kept lines of the ack steps, or the kept spans); at run time: no acknowledged operation makes the check an error, not a pass',
  'expect.consistency.duplicated': '`gte` ≤ 0 with no `eq` or `lte`; `lte` at least the lines a reader\'s kept stdout can hold',
  'expect.consistency.unexpected': '`gte` ≤ 0 with no `eq` or `lte`; `lte` at least the lines a reader\'s kept stdout can hold',
  'expect.consistency.expect_failure': '— inverts the bounds; with a bound that always holds it could never pass (rejected)',
  'expect.kpi': '`{}`',
  'expect.kpi.mttd_ms': '`min` absent or ≤ 0 with no `max` (and `min > max`, never true)',
  'expect.kpi.mttr_ms': '`min` absent or ≤ 0 with no `max` (and `min > max`, never true)',
  'expect.kpi.availability_pct': '`min` absent or ≤ 0 with `max` absent or ≥ 100 (and `min > max` or `min > 100`, never true)',
  'expect.kpi.recovery_rate_pct': '`min` absent or ≤ 0 with `max` absent or ≥ 100 (and `min > max` or `min > 100`, never true)',
  'expect.kpi.error_budget_used_pct': '`min` absent or ≤ 0 with no `max` (it exceeds 100 when the budget is overrun; `min > max`, never true)',
  'expect.supervision': '— (each entry below); at run time: a service no effective kill hit makes the check an error, not a pass',
  'expect.supervision.service': '— a service the scenario starts (reference check)',
  'expect.supervision.back_within_ms': '— a restart counts only when the engine made it and the service runs (and is ready) again; a slower one fails it',
  'expect.supervision.max_restarts_per_minute': '— a crash loop exceeds any bound',
  'expect.during': '— (each entry below); at run time: a fault that was never injected makes the check an error, not a pass',
  'expect.during.fault': '— a fault of the scenario (reference check)',
  'expect.during.during_all': '— at least two faults of the scenario (schema, reference check); windows that never meet fail the check',
  'expect.during.during_any': '— at least two faults of the scenario (schema, reference check)',
  'expect.during.overlap': '— an enum: both scopes can hold a span that fails the conditions',
  'expect.during.name': 'with no other key: stars only, a fault span\'s name (`clnrm.chaos.*`, `clnrm.network.*`, `clnrm.resource.*`: a fault span lies within its own window), or, with `overlap = "overlaps"`, the scope root\'s name',
  ...spanConditionForms('expect.during', ['count']),
  'expect.during.count': '`gte` ≤ 0 with no `eq` or `lte` (and bounds no count meets, never true)',
  'expect.after': '— (each entry below); at run time: a fault that was never injected makes the check an error, not a pass',
  'expect.after.fault': '— a fault of the scenario (reference check)',
  'expect.after.within_ms': '— a later first matching span fails it',
  'expect.after.name': '— a span of the name must start after the window closed',
  ...spanConditionForms('expect.after', []),
  'step.expected_output_regex': 'a pattern that matches every probe string',
};

/** The rows of `expect.span`'s conditions other than `name` (and `skip`), under another key. */
function spanConditionForms(prefix: string, skip: readonly string[]): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const [key, forms] of Object.entries(SPAN_FORMS)) {
    const sub = key.slice('expect.span.'.length);
    if (sub === '' || sub === 'name' || sub === 'count' || skip.includes(sub)) continue;
    rows[`${prefix}.${sub}`] = forms;
  }
  return rows;
}

/**
 * `[scenario.monkey]` that can inject nothing: no tick fires (`probability = 0`), no type or
 * target to draw (empty lists), or no tick within the duration (the first is at `interval_ms`).
 * Its KPIs would measure a run without faults, as if the system had survived the monkey.
 */
export function monkeyRule(m: Raw | undefined, base: PathSegments): AlwaysTrue[] {
  if (!m) return [];
  const out: AlwaysTrue[] = [];
  if (m.probability === 0) out.push({ path: [...base, 'probability'], message: 'never fires: with probability = 0 no tick injects a fault', hint: 'give a probability above 0, e.g. `probability = 0.2`' });
  const nothing = (key: string, hint: string) => {
    if (Array.isArray(m[key]) && m[key].length === 0) out.push({ path: [...base, key], message: `never fires: an empty \`${key}\` list gives the monkey nothing to draw`, hint });
  };
  nothing('types', 'add a fault type the monkey may draw, e.g. `types = ["stop_container"]`');
  nothing('targets', 'add a service the monkey may draw, or remove `targets` (default: the scenario\'s services)');
  const interval = m.interval_ms ?? 1000;
  if (typeof m.duration_ms === 'number' && m.duration_ms < interval) {
    out.push({ path: [...base, 'duration_ms'], message: `never fires: the first tick is at interval_ms = ${interval}, after duration_ms = ${m.duration_ms}`, hint: 'give a duration of at least one interval' });
  }
  return out;
}

/** Every always-true form of a schema-valid file, located: each scenario's expectations and steps, and the file's. */
export function checkAlwaysTrue(file: string, parsed: ParsedToml): LoadIssue[] {
  const data = parsed.data as Raw;
  const at = (path: PathSegments) => parsed.valuePositions.get(pathKey(path)) ?? parsed.positions.get(pathKey(path));
  const found: AlwaysTrue[] = [];
  ((data.scenario ?? []) as Raw[]).forEach((sc, si) => {
    const base: PathSegments = ['scenario', si];
    if (sc.steps) (sc.steps as Raw[]).forEach((st, i) => found.push(...stepRule(st, [...base, 'steps', i])));
    else found.push(...stepRule(sc, base));
    const steps = Array.isArray(sc.steps) ? sc.steps.length : 1;
    found.push(...alwaysTrueExpectations(sc.expect, [...base, 'expect'], { root: `clnrm.scenario:${sc.name}`, steps }));
    found.push(...monkeyRule(sc.monkey, [...base, 'monkey']));
  });
  found.push(...alwaysTrueExpectations(data.expect, ['expect'], { root: 'clnrm.run' }));
  return found.map((f) => issueAt(file, f.path, at(f.path), f.message, f.hint));
}

/** ALWAYS_TRUE_FORMS as the Markdown table docs/expectations.md carries (a test keeps them equal). */
export function alwaysTrueFormsMarkdown(): string {
  const rows = Object.entries(ALWAYS_TRUE_FORMS).map(([key, forms]) => `| \`${key}\` | ${forms.replace(/\|/g, '\\|')} |`);
  return ['| key | always-true forms rejected (— none, and why) |', '|---|---|', ...rows].join('\n');
}
