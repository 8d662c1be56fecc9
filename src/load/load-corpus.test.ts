/**
 * What `clnrm validate` says about the repository's own suites stays the same, word for word:
 * every *.toml file of the repository, every ```toml block of README.md and docs/, and each of
 * them broken in a few fixed ways (so the error paths are covered, not only valid files).
 * The expected answers (load-corpus.golden.json) were written by the loader before the
 * start-up work of issue 20 changed how a file is checked; a difference is a changed report.
 *
 * Regenerate only for an intended change of the reports:  UPDATE_LOAD_CORPUS=1 npx vitest run src/load/load-corpus.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { checkSuiteSource, formatIssue, loadSuiteSource } from './index.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const GOLDEN = fileURLToPath(new URL('./load-corpus.golden.json', import.meta.url));
const IGNORE = ['node_modules/**', 'dist/**', '.clnrm/**', 'bench/.work/**'];

interface Entry {
  name: string;
  source: string;
}

/** The repository's TOML files and the ```toml blocks of its Markdown docs, by a stable name. */
function corpus(): Entry[] {
  const files = globSync('**/*.toml', { cwd: ROOT, ignore: IGNORE }).sort();
  const entries: Entry[] = files.map((f) => ({ name: f, source: readFileSync(join(ROOT, f), 'utf8') }));
  for (const doc of ['README.md', ...globSync('docs/**/*.md', { cwd: ROOT, ignore: IGNORE }).sort()]) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const blocks = [...text.matchAll(/^```toml\n([\s\S]*?)^```/gm)];
    blocks.forEach((m, i) => entries.push({ name: `${doc}#toml-${i}`, source: m[1]! }));
  }
  return entries;
}

/** Fixed ways to break a file: each exercises another check (syntax, schema, references, always-true). */
function broken(source: string): [string, string][] {
  const lines = source.split('\n');
  const middle = Math.floor(lines.length / 2);
  const firstValue = lines.findIndex((l) => /^\s*[A-Za-z_]+\s*=\s*\S/.test(l));
  const out: [string, string][] = [
    ['without the middle line', lines.filter((_, i) => i !== middle).join('\n')],
    ['with an unknown key', source.replace(/^\[meta\]$/m, '[meta]\nnmae = "x"')],
    ['with a string for a number', source.replace(/(timeout_ms\s*=\s*)(\d+)/, '$1"$2"')],
    ['with a service name misspelled', source.replace(/(service\s*=\s*")([a-z])/, '$1x$2')],
    ['cut in half', source.slice(0, Math.floor(source.length / 2))],
  ];
  if (firstValue >= 0) out.push(['with the first value doubled', [...lines.slice(0, firstValue + 1), lines[firstValue]!, ...lines.slice(firstValue + 1)].join('\n')]);
  return out.filter(([, s]) => s !== source);
}

/** The answer `validate` prints for one file: its verdict, scenario count, and each issue as a human reads it. */
function answer(name: string, source: string): string {
  const result = loadSuiteSource(name, source, { env: {}, vars: {} });
  if (result.ok) return [`ok (${result.suite.scenarios.length} scenario(s))`, ...result.warnings.map(formatIssue)].join('\n');
  return ['invalid', ...result.issues.map(formatIssue)].join('\n');
}

/** The same answer from the checks alone (what `validate` runs: checkSuiteSource builds no model). */
function checkAnswer(name: string, source: string): string {
  const result = checkSuiteSource(name, source, { env: {}, vars: {} });
  if (result.ok) return [`ok (${result.scenarios} scenario(s))`, ...result.warnings.map(formatIssue)].join('\n');
  return ['invalid', ...result.issues.map(formatIssue)].join('\n');
}

function answers(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, source } of corpus()) {
    out[name] = answer(name, source);
    for (const [how, text] of broken(source)) out[`${name} ${how}`] = answer(`${name} ${how}`, text);
  }
  return out;
}

describe('validate answers on the repository corpus', () => {
  it('are unchanged, word for word', () => {
    const now = answers();
    if (process.env.UPDATE_LOAD_CORPUS === '1') writeFileSync(GOLDEN, `${JSON.stringify(now, null, 1)}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;
    // Covers valid and invalid files alike (a corpus of only valid files would test nothing of the error paths).
    const verdicts = Object.values(golden).map((a) => a.split('\n')[0]!.split(' ')[0]);
    expect(verdicts.filter((v) => v === 'ok').length).toBeGreaterThan(50);
    expect(verdicts.filter((v) => v === 'invalid').length).toBeGreaterThan(300);
    expect(Object.keys(now)).toEqual(Object.keys(golden));
    for (const key of Object.keys(golden)) expect(now[key], key).toBe(golden[key]);
  });

  it('are the same from the checks alone, without the model (as validate runs them)', () => {
    let compared = 0;
    for (const { name, source } of corpus()) {
      for (const [label, text] of [[name, source], ...broken(source).map(([how, t]) => [`${name} ${how}`, t])] as [string, string][]) {
        expect(checkAnswer(label, text), label).toBe(answer(label, text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(700);
  });
});
