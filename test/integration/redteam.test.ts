/**
 * tests/redteam/: suite files written to make the runner say green without verifying. Each names the
 * command, exit status and reason it must fail with (header comments); this runs them all through the
 * CLI on the real engine and checks both.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, envWithoutCi } from './helpers.js';

const DIR = join(ROOT, 'tests/redteam');

interface Case {
  file: string;
  command: 'run' | 'validate';
  args: string[];
  exit: number;
  reason: RegExp;
  claim: string;
}

function parseHeader(file: string): Case {
  const text = readFileSync(join(DIR, file), 'utf8');
  const header = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^#\s*([a-z]+):\s*(.*)$/.exec(line);
    if (!m) break;
    header.set(m[1]!, m[2]!.trim());
  }
  const need = (k: string) => {
    const v = header.get(k);
    if (v === undefined) throw new Error(`${file}: header line "# ${k}: ..." missing`);
    return v;
  };
  const command = need('command');
  if (command !== 'run' && command !== 'validate') throw new Error(`${file}: command must be run or validate`);
  return {
    file,
    command,
    args: (header.get('args') ?? '').split(/\s+/).filter(Boolean),
    exit: Number(need('exit')),
    reason: new RegExp(need('reason'), 's'),
    claim: need('redteam'),
  };
}

function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: envWithoutCi({ NO_COLOR: '1' }) });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.clnrm.toml'))
  .sort()
  .map(parseHeader);

describe('red team: every adversarial suite fails for its stated reason', () => {
  it('holds the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)('$file: $claim', async (c) => {
    const reportDir = join(ROOT, '.clnrm/redteam', c.file.replace(/\.clnrm\.toml$/, ''));
    const extra = c.command === 'run' ? ['--report-dir', reportDir] : [];
    const r = await cli([c.command, join('tests/redteam', c.file), ...extra, ...c.args]);
    expect(r.code, r.out).toBe(c.exit);
    expect(r.out).toMatch(c.reason);
  }, 120_000);
});
