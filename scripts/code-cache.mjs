#!/usr/bin/env node
/**
 * Makes dist/bundle/cli.cjs.cache, the V8 code cache bin/load-cli.js compiles the CLI bundle with.
 * Run by scripts/bundle.mjs in a process of its own. The cache holds the functions compiled by the
 * time it is made, so the CLI first does what needs no engine: `init` writes a starter suite,
 * `validate` checks it, `run --plan` plans it (loading, schema checks, planning, the run command's
 * modules); the rest compiles when first used, as without a cache. Output of these commands is dropped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_CACHE, loadCli } from '../bin/load-cli.js';

const { cli, makeCodeCache } = loadCli({ codeCache: false });
const dir = mkdtempSync(join(tmpdir(), 'clnrm-code-cache-'));
const suite = join(dir, 'example.clnrm.toml');
const write = process.stdout.write;
try {
  process.stdout.write = () => true;
  const codes = [await cli.main(['init', suite]), await cli.main(['validate', suite]), await cli.main(['run', '--plan', suite])];
  process.stdout.write = write;
  // A starter suite that does not validate or plan is a bug elsewhere; a cache made from an error path would be a poor one.
  if (codes.some((c) => c !== 0)) throw new Error(`the CLI's warm-up commands exited ${codes.join(', ')} (init, validate, run --plan)`);
  writeFileSync(CODE_CACHE, makeCodeCache());
} finally {
  process.stdout.write = write;
  rmSync(dir, { recursive: true, force: true });
}
