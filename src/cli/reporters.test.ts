import { describe, expect, it } from 'vitest';
import { UsageError } from '../common/errors.js';
import { REPORTERS } from '../report/reporters/index.js';
import { normalizeOutputFileArgs } from './output-file-args.js';
import { reporterNames, selectReporters } from './reporters.js';

describe('--outputFile.NAME', () => {
  it('becomes --outputFile NAME=PATH, with = or a separate argument; other arguments are kept', () => {
    expect(normalizeOutputFileArgs(['run', 'a.toml', '--outputFile.json=out/r.json', '--outputFile.junit', 'j.xml', '--outputFile', 'x'])).toEqual([
      'run', 'a.toml', '--outputFile', 'json=out/r.json', '--outputFile', 'junit=j.xml', '--outputFile', 'x',
    ]);
    expect(() => normalizeOutputFileArgs(['--outputFile.json'])).toThrow(UsageError);
  });
});

describe('--reporter', () => {
  it('accepts vitest\'s names and html, and nothing else', () => {
    expect([...reporterNames()].sort()).toEqual(['default', 'dot', 'github', 'html', 'json', 'junit', 'verbose']);
    expect(() => selectReporters({ reporter: ['tap'] })).toThrow(/--reporter "tap" is not a reporter; use one of default, verbose, junit, json, dot, github, html$/);
  });

  it('rejects the internal parts of the registry by name, listing the valid reporters', () => {
    const internal = ['console', 'digest', 'cleanup', 'junit-run', 'json-run', 'step-logs'];
    for (const name of internal) {
      expect(Object.keys(REPORTERS)).toContain(name);
      expect(() => selectReporters({ reporter: [name] })).toThrow(UsageError);
      expect(() => selectReporters({ reporter: ['dot', name] })).toThrow(
        new RegExp(`^--reporter "${name}" is an internal part of the reports, not a reporter to choose; use one of default, verbose, junit, json, dot, github, html$`),
      );
    }
  });

  it('is the console alone when not given; --json / --junit keep writing their files', () => {
    const s = selectReporters({ json: 'r.json', junit: 'j.xml' });
    expect(s.observers).toHaveLength(1);
    expect(s.runFiles).toEqual({ json: 'r.json', junit: 'j.xml' });
    expect(s.formats).toEqual([]);
  });

  it('is repeatable (and takes comma lists); json and junit go to their --outputFile path, else to stdout', () => {
    const s = selectReporters({ reporter: ['dot,github', 'json', 'junit'], outputFile: ['junit=out/j.xml'] });
    expect(s.observers).toHaveLength(2);
    expect(s.runFiles).toEqual({ json: '-', junit: 'out/j.xml' });
    expect(selectReporters({ reporter: ['json'], outputFile: ['r.json'] }).runFiles).toEqual({ json: 'r.json' });
    expect(selectReporters({ reporter: ['json'], outputFile: ['r.json'] }).observers).toEqual([]);
  });

  it('adds a per-suite report format to those written into the report directory', () => {
    expect(selectReporters({ reporter: ['html'] }).formats).toEqual(['html']);
    expect(selectReporters({ reporter: ['html'] }).observers).toEqual([]);
  });

  it('refuses an --outputFile it cannot place', () => {
    expect(() => selectReporters({ reporter: ['json', 'junit'], outputFile: ['r.out'] })).toThrow(/needs exactly one of --reporter junit\/json/);
    expect(() => selectReporters({ reporter: ['html'], outputFile: ['html=x'] })).toThrow(/writes into the report directory/);
  });
});
