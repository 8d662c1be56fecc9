/**
 * Secret values never leave the runner in clear. A value is secret when it is
 * marked (`{ value = "...", secret = true }` in `[vars]` or an `env` table), or
 * when its name looks like a secret (TOKEN, PASSWORD, SECRET, KEY, …): `[vars]`,
 * `--var`, `env` tables, and the runner's own environment. Masking is by value,
 * so a secret is also caught inside a larger string (a templated command, a
 * step's output, an error message).
 */


export const SECRET_NAME = /(TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL|AUTH|PRIVATE)/i;
export const MASK = '***';
/** Shorter values are not masked: they would mask ordinary text (and `true` or `1` say nothing). */
export const MIN_SECRET_CHARS = 4;

/** Distinct values worth masking, longest first (a secret that contains another is masked whole). */
export function secretList(values: Iterable<string | undefined>): string[] {
  const kept = new Set<string>();
  for (const v of values) if (v !== undefined && v.length >= MIN_SECRET_CHARS) kept.add(v);
  return [...kept].sort((a, b) => b.length - a.length);
}

/** Values of the environment whose names look secret. */
export function environmentSecrets(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter(([k, v]) => SECRET_NAME.test(k) && v !== undefined)
    .map(([, v]) => v!);
}

export function maskText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(MASK);
  return out;
}

/**
 * A copy of plain data (objects, arrays, strings) with every secret masked in every string,
 * keys included. Functions and other values are kept as they are.
 */
export function maskDeep<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskText(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[maskText(k, secrets)] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/**
 * Secrets known to this process, for the last line of defence: the CLI's error
 * printer masks with them whatever message reaches it.
 */
const registered = new Set<string>();
export function registerSecrets(values: Iterable<string>): void {
  for (const v of values) if (v.length >= MIN_SECRET_CHARS) registered.add(v);
}
export function registeredSecrets(): string[] {
  return secretList(registered);
}

/** The parts of a suite that hold secrets (a loaded suite is one): plain data, so this module needs no stage above it. */
export interface SecretSources {
  /** `[vars]` / `--var` values marked or named secret. */
  secrets?: readonly string[];
  services: Readonly<Record<string, { env: Readonly<Record<string, string>> }>>;
  scenarios: readonly { steps: readonly { env: Readonly<Record<string, string>> }[] }[];
}

/** Every value of a suite to mask: its declared secrets, env entries whose names look secret, and the runner's environment's. */
export function suiteSecrets(suite: SecretSources, env: Record<string, string | undefined> = process.env): string[] {
  const envTables = [...Object.values(suite.services).map((s) => s.env), ...suite.scenarios.flatMap((sc) => sc.steps.map((st) => st.env))];
  const named = envTables.flatMap((t) => Object.entries(t).filter(([k]) => SECRET_NAME.test(k)).map(([, v]) => v));
  return secretList([...(suite.secrets ?? []), ...named, ...environmentSecrets(env)]);
}
