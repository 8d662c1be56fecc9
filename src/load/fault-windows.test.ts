/**
 * `[[scenario.expect.during]]` / `[[scenario.expect.after]]` at load time: the faults they name must be
 * declared once in their scenario (located errors otherwise), exactly one window reference is given,
 * they belong to a scenario, and forms that always hold are rejected.
 */
import { describe, expect, it } from 'vitest';
import { loadSuiteSource, type LoadIssue } from './index.js';

const FILE = 'w.clnrm.toml';
const HEAD = `[meta]
name = "w"

[service.app]
image = "busybox:1.36"

[[scenario]]
name = "s"
run = "echo ok"
chaos = [
    { name = "cut", type = "pause_container", target = "app", duration_ms = 1000 },
    { type = "kill_container", target = "app", at_ms = 2000 },
    { type = "kill_container", target = "app", at_ms = 3000 },
]
`;

function issuesOf(source: string): LoadIssue[] {
  const r = loadSuiteSource(FILE, source, { env: {} });
  return r.ok ? [] : r.issues;
}

describe('fault window references', () => {
  it('load, with the window and its default overlap in the model', () => {
    const r = loadSuiteSource(FILE, `${HEAD}\n[[scenario.expect.during]]\nfault = "cut"\nname = "app.req"\nstatus = "ERROR"\n\n[[scenario.expect.after]]\nfault = "cut"\nwithin_ms = 500\nname = "app.req"\nstatus = "OK"\n`, { env: {} });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.suite.scenarios[0]!.expect;
    expect(e.during).toEqual([{ window: { fault: 'cut' }, overlap: 'overlaps', span: { keyPath: 'scenario[0].expect.during[0]', name: 'app.req', status: 'ERROR', attrs: {}, events: {} } }]);
    expect(e.after).toEqual([{ fault: 'cut', withinMs: 500, span: { keyPath: 'scenario[0].expect.after[0]', name: 'app.req', status: 'OK', attrs: {}, events: {} } }]);
  });

  it('an unknown fault is a located error with a suggestion', () => {
    const source = `${HEAD}\n[[scenario.expect.during]]\nfault = "cutt"\nname = "app.req"\nstatus = "OK"\n`;
    const [issue] = issuesOf(source);
    expect(issue).toMatchObject({ keyPath: 'scenario[0].expect.during[0].fault', message: 'no fault named `cutt` in this scenario', hint: 'did you mean `cut`?', line: source.split('\n').indexOf('fault = "cutt"') + 1, column: 9 });
  });

  it('a name shared by several faults (the default, their type) is ambiguous', () => {
    const [issue] = issuesOf(`${HEAD}\n[[scenario.expect.after]]\nfault = "kill_container"\nwithin_ms = 500\nname = "app.req"\n`);
    expect(issue?.keyPath).toBe('scenario[0].expect.after[0].fault');
    expect(issue?.message).toContain('names 2 faults of this scenario');
  });

  it('explicit fault names are unique in a scenario', () => {
    const source = HEAD.replace('{ type = "kill_container", target = "app", at_ms = 2000 }', '{ name = "cut", type = "kill_container", target = "app", at_ms = 2000 }');
    expect(issuesOf(source).map((i) => [i.keyPath, i.message])).toEqual([['scenario[0].chaos[1].name', 'duplicate fault name `cut` (also scenario[0].chaos[0])']]);
  });

  it('exactly one of fault, during_all, during_any; each listed fault exists', () => {
    expect(issuesOf(`${HEAD}\n[[scenario.expect.during]]\nname = "app.req"\nstatus = "OK"\n`).map((i) => i.keyPath)).toEqual(['scenario[0].expect.during[0]']);
    expect(issuesOf(`${HEAD}\n[[scenario.expect.during]]\nfault = "cut"\nduring_any = ["cut", "x"]\nname = "app.req"\nstatus = "OK"\n`).map((i) => i.keyPath)).toEqual([
      'scenario[0].expect.during[0].during_any',
      'scenario[0].expect.during[0].during_any[1]',
    ]);
  });

  it('belongs to a scenario, not to the file', () => {
    const [issue] = issuesOf(`${HEAD}\n[[expect.during]]\nfault = "cut"\nname = "app.req"\nstatus = "OK"\n`);
    expect(issue).toMatchObject({ keyPath: 'expect.during', message: '`during` is scoped to the faults of one scenario' });
  });

  it('rejects a during that asks only for a span every window holds, and always-true conditions', () => {
    expect(issuesOf(`${HEAD}\n[[scenario.expect.during]]\nfault = "cut"\nname = "clnrm.chaos.*"\n`).map((i) => i.keyPath)).toEqual(['scenario[0].expect.during[0].name']);
    expect(issuesOf(`${HEAD}\n[[scenario.expect.during]]\nfault = "cut"\nname = "clnrm.scenario:s"\n`).map((i) => i.keyPath)).toEqual(['scenario[0].expect.during[0].name']);
    expect(issuesOf(`${HEAD}\n[[scenario.expect.during]]\nfault = "cut"\nname = "app.req"\ncount = { gte = 0 }\n`).map((i) => i.keyPath)).toEqual(['scenario[0].expect.during[0].count']);
    expect(issuesOf(`${HEAD}\n[[scenario.expect.after]]\nfault = "cut"\nwithin_ms = 100\nname = "app.req"\nattrs = {}\n`).map((i) => i.keyPath)).toEqual(['scenario[0].expect.after[0].attrs']);
    // Naming a span of the system with no other condition is a real check: such a span must fall in the window.
    expect(issuesOf(`${HEAD}\n[[scenario.expect.during]]\nfault = "cut"\nname = "app.req"\n`)).toEqual([]);
  });
});
