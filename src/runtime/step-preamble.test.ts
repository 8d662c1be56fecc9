import { describe, expect, it } from 'vitest';
import { splitPreamble, startedSince, wrapArgv } from './session.js';

const END = 'a1b2c3';
const stat = (pid: number, session: number, ticks: number) => `${pid} (sh) S 0 ${pid} ${session} 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 ${ticks} 0 0`;
const preamble = (oom: string, list: string, status = 0) => `${oom}\n${END}-ps\n${list}\n${END} ${status}\n`;

describe('step wrapper preamble', () => {
  it('wraps the step so its command becomes the exec process, after the preamble', () => {
    const argv = wrapArgv(['echo', 'hi'], END);
    expect(argv.slice(0, 2)).toEqual(['sh', '-c']);
    expect(argv[3]).toBe('clnrm-step');
    expect(argv[4]).toBe(END);
    expect(argv.slice(-2)).toEqual(['echo', 'hi']);
    expect(argv[2]).toContain('exec "$@"');
  });

  it('waits for the whole preamble, then hands the rest to the step', () => {
    const text = preamble('oom_kill_disable 0\nunder_oom 0\noom_kill 3', `0\t${stat(1, 1, 10)}\tinit\n0\t${stat(7, 7, 20)}\tsleep 3600`) + 'step error\n';
    expect(splitPreamble(Buffer.from(text.slice(0, 40)), END)).toBeUndefined();
    const split = splitPreamble(Buffer.from(text), END)!;
    expect(split.rest.toString()).toBe('step error\n');
    expect(split.preamble.oomKills).toBe(3);
    expect(split.preamble.processes?.map((p) => p.pid)).toEqual([1, 7]);
  });

  it('lists no command lines before the step (a fork each; nothing compares them): the table keeps every identity', () => {
    expect(wrapArgv(['true'], END)[6]).not.toContain('cmdline');
    const split = splitPreamble(Buffer.from(preamble('oom_kill 0', `0\t${stat(1, 1, 10)}\t\n1\t${stat(7, 7, 20)}\t`)), END)!;
    expect(split.preamble.processes).toEqual([
      { pid: 1, startTicks: '10', sessionId: 1, state: 'S', command: '[sh]', runner: false },
      { pid: 7, startTicks: '20', sessionId: 7, state: 'S', command: '[sh]', runner: true },
    ]);
  });

  it('has no baseline when the listing failed or does not show the init', () => {
    const failed = splitPreamble(Buffer.from(preamble('oom_kill 0', `0\t${stat(1, 1, 10)}\tinit`, 1)), END)!;
    expect(failed.preamble.processes).toBeUndefined();
    const partial = splitPreamble(Buffer.from(preamble('oom_kill 0', `0\t${stat(7, 7, 20)}\tsleep 3600`)), END)!;
    expect(partial.preamble.processes).toBeUndefined();
    expect(partial.preamble.oomKills).toBe(0);
  });

  it('reads no OOM count from a process command line', () => {
    const split = splitPreamble(Buffer.from(preamble('', `0\t${stat(1, 1, 10)}\tinit\n0\t${stat(9, 9, 30)}\techo oom_kill 5`)), END)!;
    expect(split.preamble.oomKills).toBeUndefined();
  });

  it('counts what the step started after the preamble, not the service or the listing', () => {
    const before = splitPreamble(Buffer.from(preamble('', `0\t${stat(1, 1, 10)}\tinit\n0\t${stat(7, 7, 20)}\tsleep 3600\n1\t${stat(40, 39, 50)}\ttr`)), END)!.preamble.processes!;
    const after = [...before, { pid: 41, startTicks: '60', sessionId: 41, state: 'S', command: 'sleep 300', runner: false }, { pid: 8, startTicks: '61', sessionId: 7, state: 'S', command: 'worker', runner: false }];
    expect(startedSince(before, after).map((p) => p.pid)).toEqual([41]);
  });
});
