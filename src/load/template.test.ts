import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../test/kit/index.js';
import { mayHoldTemplate } from './template.js';

const suite = (command: string) => `[meta]
name = "t"

[vars]
who = "world"

[service.app]
image = "busybox"

[[scenario]]
name = "s"
service = "app"
run = ${command}
`;

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
