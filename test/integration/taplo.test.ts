/**
 * Editors read suites through taplo (the engine behind the common TOML extensions), which speaks TOML 1.0:
 * every suite in the repository, once formatted by `clnrm fmt`, must pass `taplo check`, and the starter
 * suite of `clnrm init` must pass it against the schema its `#:schema` directive names.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { formatToml, TomlFormatError } from '../../src/load/format-toml.js';
import { migrateSuite } from '../../src/load/migrate/index.js';
import { CLI, ROOT } from './helpers.js';

const TAPLO = join(ROOT, 'node_modules/@taplo/cli/dist/cli.js');

/** Hostile inputs that nest past the loader's limit: fmt refuses them, so there is no output to check. */
const REFUSED_BY_FMT = [
  'tests/redteam/input-deep-array.clnrm.toml',
  'tests/redteam/input-deep-dotted-key.clnrm.toml',
  'tests/redteam/input-deep-header.clnrm.toml',
  'tests/redteam/input-deep-inline-table.clnrm.toml',
];

function taplo(args: string[], cwd: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [TAPLO, 'check', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', RUST_LOG: 'error' } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('taplo accepts what clnrm writes', () => {
  it('accepts every suite file of the repository after clnrm fmt', () => {
    const files = globSync(['**/*.clnrm.toml'], { cwd: ROOT, ignore: ['node_modules/**', 'dist/**', '.clnrm/**'] }).sort();
    expect(files.length).toBeGreaterThan(50);
    const out = mkdtempSync(join(tmpdir(), 'clnrm-taplo-'));
    const refused: string[] = [];
    const written: string[] = [];
    for (const file of files) {
      let formatted: string;
      try {
        formatted = formatToml(readFileSync(join(ROOT, file), 'utf8'));
      } catch (err) {
        if (!(err instanceof TomlFormatError)) throw err;
        refused.push(file);
        continue;
      }
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), formatted);
      written.push(file);
    }
    expect(refused).toEqual(REFUSED_BY_FMT);
    // One taplo process for all files: it starts in seconds, not per file.
    const r = taplo(written, out);
    expect(r.status, r.out).toBe(0);
  });

  it('accepts every suite clnrm migrate writes from the test set in tests/migrate', () => {
    const out = mkdtempSync(join(tmpdir(), 'clnrm-taplo-'));
    const names = readdirSync(join(ROOT, 'tests/migrate')).filter((f) => f.endsWith('.toml'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const { text } = migrateSuite(readFileSync(join(ROOT, 'tests/migrate', name), 'utf8'), name);
      writeFileSync(join(out, name), text);
    }
    const r = taplo(names, out);
    expect(r.status, r.out).toBe(0);
  });

  it('rejects the TOML 1.1 inline tables that fmt rewrites (the check above can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-taplo-'));
    const source = '[meta]\nname = "x"\n\n[service.app]\nimage = "busybox"\nlimits = {\n  memory_mb = 64,\n}\n';
    writeFileSync(join(dir, 'raw.toml'), source);
    writeFileSync(join(dir, 'formatted.toml'), formatToml(source));
    expect(taplo(['raw.toml'], dir).status).not.toBe(0);
    expect(taplo(['formatted.toml'], dir).status).toBe(0);
  });

  it('checks the starter suite of clnrm init against the schema named by its #:schema directive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-taplo-'));
    const init = spawnSync(process.execPath, [CLI, 'init', 'suites/example.clnrm.toml'], { cwd: dir, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    const starter = readFileSync(join(dir, 'suites/example.clnrm.toml'), 'utf8');
    expect(starter.split('\n')[0]).toMatch(/^#:schema \S*schemas\/clnrm\.schema\.json$/);
    const ok = taplo(['suites/example.clnrm.toml'], dir);
    expect(ok.status, ok.out).toBe(0);
    // The same file with a schema violation fails: taplo did read the schema.
    writeFileSync(join(dir, 'suites/broken.clnrm.toml'), starter.replace('name = "example"', 'name = 3'));
    const broken = taplo(['suites/broken.clnrm.toml'], dir);
    expect(broken.status).not.toBe(0);
    expect(broken.out).toContain('is not of type "string"');
  });
});
