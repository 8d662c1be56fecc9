/** `clnrm replay` refusals that need no engine: the report, the command line, and a changed suite file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'clnrm-replay-unit-'));
const suiteFile = join(dir, 's.clnrm.toml');
const SUITE = '[meta]\nname = "s"\n[[scenario]]\nname = "x"\nrun = "true"\n';
writeFileSync(suiteFile, SUITE);
const sha = (t: string) => createHash('sha256').update(t).digest('hex');

function report(replay: Record<string, unknown> | null): string {
  const path = join(dir, `r${Math.random().toString(36).slice(2)}.report.json`);
  const record = replay && {
    version: 1, suiteFile, suiteSha256: sha(SUITE), suiteModelSha256: '0'.repeat(64), seed: 1, vars: {}, secretVars: [], chaos: null, filter: null,
    scenarios: [{ name: 'x', injections: [] }], images: [], ...replay,
  };
  writeFileSync(path, JSON.stringify({ digest: { algorithm: 'sha256', value: '1'.repeat(64), exclude: [] }, replay: record, spans: [] }));
  return path;
}

let stderr = '';
afterEach(() => {
  vi.restoreAllMocks();
  stderr = '';
});
const replay = async (...args: string[]) => {
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  return main(['replay', ...args]);
};

describe('clnrm replay refuses before touching the engine', () => {
  it('a report without a replay record: status 2, saying why', async () => {
    expect(await replay(report(null))).toBe(2);
    expect(stderr).toMatch(/has no `replay` record/);
  });

  it('a suite file that changed: status 2, naming the file and both hashes', async () => {
    const path = report({ suiteSha256: 'f'.repeat(64) });
    expect(await replay(path)).toBe(2);
    expect(stderr).toContain(`suite file changed: ${suiteFile}: sha256 ${'f'.repeat(64)} → ${sha(SUITE)}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a scenario that did not run, or a --var the report does not mask: usage error naming it', async () => {
    expect(await replay(report({}), '--scenario', 'y')).toBe(2);
    expect(stderr).toContain('scenario "y" did not run');
    expect(await replay(report({}), '--var', 'region=eu')).toBe(2);
    expect(stderr).toContain('--var region: replay uses the recorded variables');
    expect(await replay(report({ vars: { token: '***' }, secretVars: ['token'] }))).toBe(2);
    expect(stderr).toContain('give them with --var NAME=VALUE');
  });
});
