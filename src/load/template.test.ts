import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../test/kit/index.js';
import { loadSuiteSource } from './index.js';
import { mayHoldTemplate } from './template.js';

/** A suite with `[vars] who = "world"` and one service, then `scenarios`. */
const withScenarios = (scenarios: string) => `[meta]
name = "t"

[vars]
who = "world"

[service.app]
image = "busybox"

${scenarios}`;

const suite = (command: string) => withScenarios(`[[scenario]]
name = "s"
service = "app"
run = ${command}
`);

describe('templates', () => {
  it('a file whose text cannot hold `{{` is not walked; one that can, is', () => {
    expect(mayHoldTemplate(suite('"echo hi"'))).toBe(false);
    expect(mayHoldTemplate(suite('"echo {{ who }}"'))).toBe(true);
    expect(mayHoldTemplate(suite('"echo \\u007B\\u007B who }}"'))).toBe(true);
    expect(mayHoldTemplate(suite('"""echo {\\\n  { who }}"""'))).toBe(true);
  });

  it('expands `{{` however the TOML text spells it: plainly, by escapes, across a line-ending backslash', () => {
    const run = (command: string) => loadSuite(suite(command)).scenarios[0]!.steps[0]!.run;
    expect(run('"echo {{ who }}"')).toBe('echo world');
    expect(run('"echo \\u007B\\u007B who }}"')).toBe('echo world');
    expect(run('"""echo {\\\n  { who }}"""')).toBe('echo world');
    expect(run('"echo hi"')).toBe('echo hi');
  });
});

describe('templates among parts of the file without any', () => {
  const twoScenarios = (second: string) =>
    withScenarios(`[[scenario]]
name = "plain"
service = "app"
run = "echo hi"

[[scenario]]
name = "templated"
service = "app"
${second}
`);
  const runs = (second: string) => loadSuite(twoScenarios(second)).scenarios.map((s) => s.steps.map((st) => st.run).join(' | '));

  it('expands a template deep in one scenario beside one without any', () => {
    expect(runs('steps = [{ name = "a", run = "echo a" }, { name = "b", run = "echo {{ who }}" }]')).toEqual(['echo hi', 'echo a | echo world']);
  });

  it('expands a template in a scenario that also holds an integer beyond 2^53 (which JSON cannot write)', () => {
    const second = ['run = "echo {{ who }}"', '[[scenario.expect.span]]', 'name = "clnrm.step:templated"', 'attrs.all = { "big" = 9007199254740993 }'].join('\n');
    expect(runs(second)).toEqual(['echo hi', 'echo world']);
  });

  it('reports an undefined variable in a scenario, located', () => {
    const loaded = loadSuiteSource('t.clnrm.toml', twoScenarios('run = "echo {{ nobody }}"'), { env: {} });
    expect(loaded).toMatchObject({ ok: false, issues: [expect.objectContaining({ keyPath: 'scenario[1].run', line: 18, message: 'undefined variable `nobody`' })] });
  });
});

describe('templates found by the parser or by a walk', () => {
  const file = (extra: string) => `[meta]
name = "t"

[vars]
who = "world"
raw = "{{ not_expanded }}"
table = { value = "{{ also_not }}", secret = false }

[service.app]
image = "busybox"
args = ["echo", "{{ who }}"]

[[scenario]]
name = "s"
service = "app"
steps = [{ name = "a", run = "echo {{ missing_one }}" }, { name = "b", run = "echo {{ missing_two }}" }]
${extra}`;

  it('renders strings in arrays, leaves `[vars]` alone, and reports undefined variables in file order, located', () => {
    const result = loadSuiteSource('t.clnrm.toml', file(''), { env: {} });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.keyPath, i.line, i.message])).toEqual([
      ['scenario[0].steps[0].run', 16, 'undefined variable `missing_one`'],
      ['scenario[0].steps[1].run', 16, 'undefined variable `missing_two`'],
    ]);
    const defined = loadSuiteSource('t.clnrm.toml', file(''), { env: { missing_one: '1', missing_two: '2' } });
    expect(defined.ok && defined.suite.services.app?.args).toEqual(['echo', 'world']);
    expect(defined.ok && defined.suite.scenarios[0]!.steps.map((s) => s.run)).toEqual(['echo 1', 'echo 2']);
  });

  it('renders the same on the positional path (a file with a TOML date, read by the walk)', () => {
    const dated = file('\n[determinism]\nfreeze_clock = 2025-01-01T00:00:00Z\n');
    const result = loadSuiteSource('t.clnrm.toml', dated, { env: {} });
    expect(!result.ok && result.issues.map((i) => [i.keyPath, i.message])).toEqual([
      ['scenario[0].steps[0].run', 'undefined variable `missing_one`'],
      ['scenario[0].steps[1].run', 'undefined variable `missing_two`'],
    ]);
  });
});
