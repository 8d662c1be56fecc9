import { describe, expect, it } from 'vitest';
import { loadSuiteSource } from '../load/index.js';
import type { JudgedSuite } from '../validate/judge.js';
import { maskText, redactSecrets, secretValues } from './redact.js';
import { traceFile } from './write.js';

function judged(): JudgedSuite {
  const r = loadSuiteSource('s.clnrm.toml', '[meta]\nname = "s"\n[service.app]\nimage = "x"\nenv = { API_TOKEN = "tok-12345", MODE = "fast-mode" }\n[[scenario]]\nname = "one"\nrun = "echo $API_TOKEN"\nenv = { DB_PASSWORD = "hunter22" }\n');
  if (!r.ok) throw new Error('fixture');
  const step = { name: 'one', outcome: 'pass' as const, message: 'passed', attempts: 1, startedAt: 0, durationMs: 1, stdout: { text: 'tok-12345 and hunter22 and fast-mode\n', truncatedBytes: 0, totalBytes: 0 }, stderr: { text: '', truncatedBytes: 0, totalBytes: 0 } };
  const span = { traceId: 't', spanId: 's', name: 'clnrm.step:one', kind: 'internal' as const, status: 'OK' as const, attributes: { 'step.command': 'curl -H tok-12345' }, events: [], startMs: 0, endMs: 1, resource: {}, source: 'runner' as const };
  return {
    run: { suite: r.suite, seed: 1, runId: 'r', traceId: 't', scenarios: [], spans: [], startedAt: 0, durationMs: 1, interrupted: false },
    scenarios: [{ name: 'one', outcome: 'pass', message: 'passed', steps: [step], leaks: [], startedAt: 0, durationMs: 1, artifacts: [], verdicts: [] }],
    fileVerdicts: [],
    spans: [span],
    passed: true,
  } as unknown as JudgedSuite;
}

describe('secret masking in reports', () => {
  it('collects values of secret-looking env names only', () => {
    expect(secretValues(judged(), {})).toEqual(['tok-12345', 'hunter22']);
    expect(secretValues(judged(), { GITHUB_TOKEN: 'ghp_abcdef' })).toContain('ghp_abcdef');
  });

  it('masks them in step output and span attributes, and leaves other text alone', () => {
    const j = redactSecrets(judged(), secretValues(judged(), {}));
    expect(j.scenarios[0]!.steps[0]!.stdout.text).toBe('*** and *** and fast-mode\n');
    expect(j.spans[0]!.attributes['step.command']).toBe('curl -H ***');
    expect(judged().spans[0]!.attributes['step.command']).toBe('curl -H tok-12345');
  });

  it('the digest is computed over the masked trace', () => {
    const a = judged();
    const b = judged();
    (b.spans[0]!.attributes as Record<string, string>)['step.command'] = 'curl -H ***';
    expect(traceFile(a).digest).toBe(traceFile(b).digest);
    expect(maskText('abc', [])).toBe('abc');
  });
});

describe('which values are secret (loader)', () => {
  const HEAD = '[meta]\nname = "s"\n[service.app]\nimage = "x"\n';
  const load = (toml: string, vars: Record<string, string> = {}, env: Record<string, string> = {}) => {
    const r = loadSuiteSource('s.clnrm.toml', toml, { env, vars });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.suite;
  };

  it('a [vars] entry marked secret, with the value that replaces it from --var', () => {
    const s = load(`${HEAD}[vars]\nuser = { value = "declared-value", secret = true }\nplain = "visible"\n[[scenario]]\nname = "one"\nrun = "curl -u {{ user }}:x {{ plain }}"\n`, { user: 'from-cli-value' });
    expect([...s.secrets!].sort()).toEqual(['declared-value', 'from-cli-value']);
    expect(s.scenarios[0]!.steps[0]!.run).toBe('curl -u from-cli-value:x visible');
  });

  it('[vars] and --var names that look secret, without a marker', () => {
    const s = load(`${HEAD}[vars]\ndb_password = "pw-from-file"\n[[scenario]]\nname = "one"\nrun = "echo {{ db_password }}"\n`, { API_TOKEN: 'cli-token-1' });
    expect([...s.secrets!].sort()).toEqual(['cli-token-1', 'pw-from-file']);
  });

  it('env entries marked secret, any name; plain KEY = "value" keeps working', () => {
    const s = load(`${HEAD}env = { LOGIN = { value = "login-secret", secret = true }, MODE = "fast" }\n[[scenario]]\nname = "one"\nrun = "true"\nenv = { CODE = { value = 12345, secret = true }, OPEN = { value = "open-value", secret = false } }\n`);
    expect(s.services.app!.env).toEqual({ LOGIN: 'login-secret', MODE: 'fast' });
    expect(s.scenarios[0]!.steps[0]!.env).toEqual({ CODE: '12345', OPEN: 'open-value' });
    expect([...s.secrets!].sort()).toEqual(['12345', 'login-secret']);
  });

  it('a misshapen marker is a located schema error', () => {
    const r = loadSuiteSource('s.clnrm.toml', `${HEAD}[vars]\nx = { value = "v", secrte = true }\n[[scenario]]\nname = "one"\nrun = "true"\n`, { env: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ line: 6, keyPath: 'vars.x', message: 'expected a string, number or boolean, or `{ value = ..., secret = true }` for a secret, got a table' });
  });

  it('load errors about a templated value never show the secret', () => {
    const r = loadSuiteSource('s.clnrm.toml', `${HEAD}[vars]\nmode = { value = "canary-abcdef", secret = true }\n[cleanup]\ncontainers = "{{ mode }}"\n[[scenario]]\nname = "one"\nrun = "true"\n`, { env: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(JSON.stringify(r.issues)).not.toContain('canary-abcdef');
    expect(r.issues[0]!.message).toContain('got "***"');
  });

  it('masks by value everywhere in the judged suite: messages, verdicts, resources, keys, forgeries', () => {
    const j = judged();
    const secret = 'hunter22';
    const dirty = {
      ...j,
      scenarios: [{ ...j.scenarios[0]!, message: `step failed: ${secret}`, verdicts: [{ kind: 'span', keyPath: 'x', description: 'd', passed: false, message: `saw ${secret}` }] }],
      spans: [{ ...j.spans[0]!, resource: { 'service.name': `svc-${secret}` }, events: [{ name: 'e', timeMs: 0, attributes: { [`k-${secret}`]: [`a ${secret}`] } }] }],
      forgeries: [{ name: `clnrm.fake ${secret}` }],
    } as unknown as JudgedSuite;
    const masked = redactSecrets(dirty, secretValues(dirty, {}));
    const { run, ...rest } = masked;
    expect(JSON.stringify(rest)).not.toContain(secret);
    expect(JSON.stringify(rest)).toContain('svc-***');
    expect(run.suite).toBe(dirty.run.suite);
  });
});
