import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { vendoredFile } from './vendored.js';

const requireHere = createRequire(import.meta.url);
// From src/ the relative path names src/vendor/; the build writes dist/vendor/ (npm run build).
const built = (name: 'xmlbuilder2' | 'dockerode') => vendoredFile(name).replace(/\/src\/vendor\//, '/dist/vendor/');

type Create = (o: object) => { ele(n: string, a?: object): any; end(o: object): string };

describe('prebuilt packages (dist/vendor/, scripts/bundle.mjs)', () => {
  it('names dist/vendor/<name>.cjs beside the module that loads it', () => {
    expect(vendoredFile('dockerode')).toMatch(/\/vendor\/dockerode\.cjs$/);
  });

  it('the prebuilt xmlbuilder2 writes the very bytes the package from node_modules writes (escapes, dropped characters, layout)', () => {
    expect(existsSync(built('xmlbuilder2')), 'run npm run build').toBe(true);
    const render = (create: Create) => {
      const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
      const suite = doc.ele('testsuite', { name: 'a < b & "c"', tests: '1' });
      suite.ele('testcase', { name: 'nul\u0000 and esc\u001b' }).ele('failure', { message: '\uFFFE x > y' }).txt('line 1\nline 2 ]]> & <tag>');
      return doc.end({ prettyPrint: true, indent: '  ', newline: '\n' });
    };
    const vendored = (requireHere(built('xmlbuilder2')) as { create: Create }).create;
    const original = (requireHere('xmlbuilder2') as { create: Create }).create;
    expect(render(vendored)).toBe(render(original));
    expect(render(vendored)).toContain('&amp;');
  });
});
