/**
 * Reports never carry secret values: the values of environment variables
 * whose names look like secrets (TOKEN, PASSWORD, SECRET, KEY, …), from the
 * suite's services and steps and from the runner's environment, are replaced
 * by `***` wherever they appear in step output, messages and span attributes.
 */
import type { JudgedSuite } from '../validate/judge.js';

const SECRET_NAME = /(TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL|AUTH|PRIVATE)/i;
export const MASK = '***';

/** Secret values to mask: from the suite's env tables and the process environment. Short values are skipped (they would mask ordinary text). */
export function secretValues(judged: JudgedSuite, env: Record<string, string | undefined> = process.env): string[] {
  const pairs: [string, string | undefined][] = [
    ...Object.values(judged.run.suite.services).flatMap((s) => Object.entries(s.env)),
    ...judged.run.suite.scenarios.flatMap((sc) => sc.steps.flatMap((st) => Object.entries(st.env))),
    ...Object.entries(env),
  ];
  const values = pairs.filter(([k, v]) => SECRET_NAME.test(k) && v !== undefined && v.length >= 4).map(([, v]) => v!);
  // Longest first, so a secret that contains another is masked whole.
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

export function maskText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(MASK);
  return out;
}

function maskValue<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return maskText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v) => maskValue(v, secrets)) as T;
  return value;
}

const maskRecord = <T extends Record<string, unknown>>(r: T, secrets: readonly string[]): T =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, maskValue(v, secrets)])) as T;

/** A copy of the judged suite with every secret value masked (the original is untouched). */
export function redactSecrets(judged: JudgedSuite, secrets: readonly string[] = secretValues(judged)): JudgedSuite {
  if (secrets.length === 0) return judged;
  return {
    ...judged,
    scenarios: judged.scenarios.map((s) => ({
      ...s,
      message: maskText(s.message, secrets),
      steps: s.steps.map((st) => ({
        ...st,
        message: maskText(st.message, secrets),
        stdout: { ...st.stdout, text: maskText(st.stdout.text, secrets) },
        stderr: { ...st.stderr, text: maskText(st.stderr.text, secrets) },
      })),
      verdicts: s.verdicts.map((v) => ({ ...v, message: maskText(v.message, secrets) })),
    })),
    fileVerdicts: judged.fileVerdicts.map((v) => ({ ...v, message: maskText(v.message, secrets) })),
    spans: judged.spans.map((sp) => ({
      ...sp,
      attributes: maskRecord(sp.attributes, secrets),
      events: sp.events.map((e) => ({ ...e, attributes: maskRecord(e.attributes, secrets) })),
      ...(sp.statusMessage ? { statusMessage: maskText(sp.statusMessage, secrets) } : {}),
    })),
  };
}
