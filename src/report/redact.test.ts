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
