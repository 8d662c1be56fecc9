import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { diffCommand } from '../cli/diff.js';
import { exitStatus } from '../cli/exit.js';
import { canonicalJson, type CanonicalNode } from './canonical.js';
import { diffTraces, formatDiff } from './diff.js';

const node = (name: string, o: Partial<CanonicalNode> = {}): CanonicalNode => ({ name, kind: 'internal', status: 'OK', attributes: {}, events: [], children: [], ...o });

function base(): CanonicalNode[] {
  return [
    node('clnrm.run', {
      attributes: { 'suite.name': 'shop', 'run.seed': 42 },
      children: [
        node('clnrm.scenario:happy', {
          children: [
            node('clnrm.service.start', { attributes: { 'service.name': 'api' } }),
            node('clnrm.step:curl', { attributes: { 'exit.code': 0 }, events: [{ name: 'retry', attributes: { 'retry.attempt': 2 } }], children: [node('GET /health', { kind: 'server', status: 'UNSET' })] }),
            node('clnrm.cleanup', { events: [{ name: 'cleanup.complete', attributes: {} }] }),
          ],
        }),
        node('clnrm.scenario:sql', {
          children: [node('SELECT', { attributes: { rows: 1 } }), node('SELECT', { attributes: { rows: 1 } }), node('SELECT', { attributes: { rows: 1 } })],
        }),
      ],
    }),
  ];
}

const clone = (t: CanonicalNode[]): CanonicalNode[] => JSON.parse(JSON.stringify(t)) as CanonicalNode[];
const run = (t: CanonicalNode[]) => t[0]!;
const scenario = (t: CanonicalNode[], name: string) => run(t).children.find((c) => c.name === `clnrm.scenario:${name}`)!;
const lines = (a: CanonicalNode[], b: CanonicalNode[]) => formatDiff(diffTraces(a, b));
const P = 'clnrm.run > clnrm.scenario:happy';

describe('diffTraces', () => {
  it('finds nothing between identical traces, whatever the sibling order', () => {
    const b = clone(base());
    run(b).children.reverse();
    scenario(b, 'happy').children.reverse();
    expect(diffTraces(base(), b)).toEqual([]);
  });

  it('reports added and removed spans by their path from the root', () => {
    const b = clone(base());
    scenario(b, 'happy').children = scenario(b, 'happy').children.filter((c) => c.name !== 'clnrm.service.start');
    scenario(b, 'happy').children.push(node('clnrm.step:new', { children: [node('child')] }));
    expect(lines(base(), b)).toEqual([`- ${P} > clnrm.service.start`, `+ ${P} > clnrm.step:new (2 spans)`]);
  });

  it('reports attribute, status, kind and event changes', () => {
    const b = clone(base());
    const curl = scenario(b, 'happy').children.find((c) => c.name === 'clnrm.step:curl')!;
    curl.attributes = { 'exit.code': 7, 'retry.attempts': 3 };
    curl.status = 'ERROR';
    curl.events = [{ name: 'retry', attributes: { 'retry.attempt': 3 } }];
    curl.children[0]!.kind = 'client';
    expect(lines(base(), b)).toEqual([
      `~ ${P} > clnrm.step:curl: status: OK → ERROR`,
      `~ ${P} > clnrm.step:curl: exit.code: 0 → 7`,
      `~ ${P} > clnrm.step:curl: retry.attempts: (none) → 3`,
      `~ ${P} > clnrm.step:curl: events: +retry {"retry.attempt":3}, -retry {"retry.attempt":2}`,
      `~ ${P} > clnrm.step:curl > GET /health: kind: server → client`,
    ]);
  });

  it('pairs same-named siblings identical-first, so one change among equals is one line', () => {
    const b = clone(base());
    scenario(b, 'sql').children[1]!.attributes = { rows: 2 };
    expect(lines(base(), b)).toEqual(['~ clnrm.run > clnrm.scenario:sql > SELECT[2]: rows: 1 → 2']);
  });

  it('reports a span that moved under another parent', () => {
    const b = clone(base());
    const happy = scenario(b, 'happy');
    const curl = happy.children.find((c) => c.name === 'clnrm.step:curl')!;
    const health = curl.children.pop()!;
    happy.children.find((c) => c.name === 'clnrm.cleanup')!.children.push(health);
    expect(lines(base(), b)).toEqual([`> GET /health: moved from ${P} > clnrm.step:curl to ${P} > clnrm.cleanup`]);
    health.status = 'ERROR';
    expect(lines(base(), b)).toEqual([`> GET /health: moved from ${P} > clnrm.step:curl to ${P} > clnrm.cleanup`, `~ ${P} > clnrm.cleanup > GET /health: status: UNSET → ERROR`]);
  });
});

describe('clnrm diff', () => {
  const work = mkdtempSync(join(tmpdir(), 'clnrm-diff-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const write = (path: string, t: CanonicalNode[] | string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof t === 'string' ? t : canonicalJson(t));
    return path;
  };
  const io = () => {
    let out = '';
    let err = '';
    const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
    return { io: { out: sink((s) => (out += s)), err: sink((s) => (err += s)) }, out: () => out, err: () => err };
  };
  const changed = () => {
    const b = clone(base());
    scenario(b, 'happy').children[0]!.attributes = { 'service.name': 'web' };
    return b;
  };

  it('exits 0 for identical files, 1 for different ones, printing the differences', async () => {
    const a = write(join(work, 'a', 'shop.trace.json'), base());
    const same = write(join(work, 'same', 'shop.trace.json'), `${JSON.stringify(base(), null, 2)}\n`);
    const b = write(join(work, 'b', 'shop.trace.json'), changed());
    let c = io();
    expect(exitStatus(await diffCommand(a, same, c.io))).toBe(0);
    expect(c.out()).toContain('identical');
    c = io();
    expect(exitStatus(await diffCommand(a, b, c.io))).toBe(1);
    expect(c.out()).toContain(`~ ${P} > clnrm.service.start: service.name: "api" → "web"`);
  });

  it('compares every trace of two report directories', async () => {
    write(join(work, 'd1', 'shop.trace.json'), base());
    write(join(work, 'd1', 'old.trace.json'), base());
    write(join(work, 'd1', 'same.trace.json'), base());
    write(join(work, 'd2', 'shop.trace.json'), changed());
    write(join(work, 'd2', 'same.trace.json'), base());
    write(join(work, 'd2', 'shop.report.json'), '{}');
    const c = io();
    expect(exitStatus(await diffCommand(join(work, 'd1'), join(work, 'd2'), c.io))).toBe(1);
    expect(c.out()).toContain(`only in ${join(work, 'd1')}: old.trace.json`);
    expect(c.out()).toContain(`--- ${join(work, 'd1', 'shop.trace.json')}\n+++ ${join(work, 'd2', 'shop.trace.json')}\n~ ${P}`);
    expect(c.out()).not.toContain('same.trace.json');
    const d = io();
    expect(exitStatus(await diffCommand(join(work, 'd2'), join(work, 'd2'), d.io))).toBe(0);
  });

  it('compares a file with the same-named file of a directory', async () => {
    const c = io();
    expect(exitStatus(await diffCommand(join(work, 'd1', 'same.trace.json'), join(work, 'd2'), c.io))).toBe(0);
  });

  it('exits 2 for a missing path, an unreadable trace or directories without traces', async () => {
    let c = io();
    expect(exitStatus(await diffCommand(join(work, 'nope.trace.json'), join(work, 'd1', 'shop.trace.json'), c.io))).toBe(2);
    expect(c.err()).toContain('no such file or directory');
    c = io();
    const bad = write(join(work, 'bad', 'x.trace.json'), '{"not":"a trace"}');
    expect(exitStatus(await diffCommand(bad, join(work, 'd1', 'shop.trace.json'), c.io))).toBe(2);
    expect(c.err()).toContain('not a canonical trace');
    c = io();
    write(join(work, 'broken', 'x.trace.json'), '[{');
    expect(exitStatus(await diffCommand(join(work, 'broken', 'x.trace.json'), bad, c.io))).toBe(2);
    mkdirSync(join(work, 'empty1'));
    mkdirSync(join(work, 'empty2'));
    expect(exitStatus(await diffCommand(join(work, 'empty1'), join(work, 'empty2'), io().io))).toBe(2);
    expect(exitStatus(await diffCommand(join(work, 'd1', 'old.trace.json'), join(work, 'd2'), io().io))).toBe(2);
  });
});
