import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ChaosError,
  ClnrmError,
  EngineError,
  ERROR_CODES,
  ImageUnavailableError,
  LoadError,
  PlanError,
  ReportError,
  RuntimeError,
  TelemetryError,
  UsageError,
  type ErrorCode,
} from '../common/errors.js';
import { endsAtOnce, exitStatus, outcomeOfError, printError, type Outcome, type OutcomeKind } from './exit.js';

/** The statuses documented in the README ("Commands"). */
const STATUS_OF_KIND: Record<OutcomeKind, number> = {
  passed: 0,
  done: 0,
  'empty-shard': 0,
  failed: 1,
  'nothing-ran': 1,
  error: 1,
  usage: 2,
  config: 2,
  engine: 2,
  interrupted: 130,
};

const example = (kind: OutcomeKind): Outcome =>
  kind === 'interrupted' ? { kind, signal: 'SIGINT' } : kind === 'error' ? { kind, code: 'RUNTIME' } : ({ kind } as Outcome);

describe('exitStatus', () => {
  it.each(Object.entries(STATUS_OF_KIND))('%s exits %i', (kind, status) => {
    expect(exitStatus(example(kind as OutcomeKind))).toBe(status);
  });

  it('an interrupt exits 128 + the signal number: 130 for SIGINT, 143 for SIGTERM', () => {
    expect(exitStatus({ kind: 'interrupted', signal: 'SIGINT' })).toBe(130);
    expect(exitStatus({ kind: 'interrupted', signal: 'SIGTERM' })).toBe(143);
  });
});

describe('outcomeOfError', () => {
  /** Usage, configuration and engine errors mean nothing ran (2); any other stage failure is a failed command (1). */
  const STATUS_OF_CODE: Record<ErrorCode, number> = {
    USAGE: 2,
    CONFIG: 2,
    PLAN: 2,
    ENGINE: 2,
    IMAGE: 1,
    RUNTIME: 1,
    CHAOS: 1,
    TELEMETRY: 1,
    REPORT: 1,
    EXISTS: 1,
    IO: 1,
  };

  it('the table above names every code', () => {
    expect(Object.keys(STATUS_OF_CODE).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each(ERROR_CODES.map((c) => [c, STATUS_OF_CODE[c]] as const))('code %s exits %i', (code, status) => {
    expect(exitStatus(outcomeOfError(new ClnrmError(code, 'x')))).toBe(status);
  });

  it('maps each stage class by its code', () => {
    expect(outcomeOfError(new UsageError('x'))).toEqual({ kind: 'usage' });
    expect(outcomeOfError(new LoadError('x'))).toEqual({ kind: 'config' });
    expect(outcomeOfError(new PlanError('x'))).toEqual({ kind: 'config' });
    expect(outcomeOfError(new EngineError('x'))).toEqual({ kind: 'engine' });
    expect(outcomeOfError(new ImageUnavailableError('busybox', 'no such image'))).toEqual({ kind: 'error', code: 'IMAGE' });
    expect(outcomeOfError(new RuntimeError('x'))).toEqual({ kind: 'error', code: 'RUNTIME' });
    expect(outcomeOfError(new ChaosError('x'))).toEqual({ kind: 'error', code: 'CHAOS' });
    expect(outcomeOfError(new TelemetryError('x'))).toEqual({ kind: 'error', code: 'TELEMETRY' });
    expect(outcomeOfError(new ReportError('x'))).toEqual({ kind: 'error', code: 'REPORT' });
  });

  it('anything that is not a ClnrmError is an internal error: exit 1', () => {
    for (const thrown of [new Error('boom'), new TypeError('x is undefined'), 'a string', undefined]) {
      expect(outcomeOfError(thrown)).toEqual({ kind: 'error', code: 'INTERNAL' });
      expect(exitStatus(outcomeOfError(thrown))).toBe(1);
    }
  });
});

describe('endsAtOnce', () => {
  it('ends the process at once after an interrupt or a status-2 error, and lets it drain otherwise', () => {
    expect(endsAtOnce(130, true)).toBe(true);
    expect(endsAtOnce(2, false)).toBe(true);
    expect(endsAtOnce(0, false)).toBe(false);
    expect(endsAtOnce(1, false)).toBe(false);
  });
});

describe('printError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  function printed(err: unknown): string {
    let text = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      text += String(chunk);
      return true;
    });
    printError(err);
    return text;
  }

  it('prints a located error as file:line:col: key path: message, without a stack', () => {
    vi.stubEnv('CLNRM_DEBUG', '');
    const cause = new Error('ENOENT: no such file');
    const text = printed(new LoadError('expected a table', { cause, location: { file: 'a.clnrm.toml', line: 3, column: 7, keyPath: 'scenario[0].expect' } }));
    expect(text).toBe('clnrm: a.clnrm.toml:3:7: scenario[0].expect: expected a table\n');
  });

  it('says "internal error" for what is not a ClnrmError, still without a stack', () => {
    vi.stubEnv('CLNRM_DEBUG', '');
    expect(printed(new Error('boom'))).toBe('clnrm: internal error: boom\n');
  });

  it('masks secrets of the environment in the message', () => {
    vi.stubEnv('CLNRM_DEBUG', '');
    vi.stubEnv('MY_API_TOKEN', 's3cr3t-value');
    expect(printed(new ChaosError('proxy said s3cr3t-value'))).toBe('clnrm: proxy said ***\n');
  });
});

describe('exit statuses are decided in cli/exit.ts alone', () => {
  const SRC = join(import.meta.dirname, '..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
  // The proxy's server script is another program (run inside its container), with exit statuses of its own.
  const OTHER_PROGRAMS = new Set(['chaos/proxy/server-script.ts']);

  it('no other file of src/ sets process.exitCode or passes a number to process.exit', () => {
    const offenders: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(SRC, file);
      if (rel === 'cli/exit.ts' || OTHER_PROGRAMS.has(rel)) continue;
      const text = readFileSync(file, 'utf8');
      if (/process\.exitCode\s*=/.test(text) || /process\.exit\(\s*\d/.test(text)) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });

  it('commands return outcomes, not numbers', () => {
    const offenders: string[] = [];
    for (const file of files(join(SRC, 'cli'))) {
      const text = readFileSync(file, 'utf8');
      if (/export async function \w+Command\([^)]*\)[^{]*Promise<number>/.test(text)) offenders.push(relative(SRC, file));
    }
    expect(offenders).toEqual([]);
  });
});
