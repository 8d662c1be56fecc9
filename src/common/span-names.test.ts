import { describe, expect, it } from 'vitest';
import { createRng } from '../plan/rng.js';
import { isRunnerSpanName, matchesPattern, RUNNER_SPAN_NAMES } from './span-names.js';

describe('isRunnerSpanName', () => {
  it('answers as matching each pattern of the catalogue in turn', () => {
    const rng = createRng(7, 'span-names');
    const parts = ['clnrm', '.', ':', 'step', 'scenario', 'chaos', 'x', '*', '\n', 'é', '😀', 'run', 'probe', 'network', 'resource', '', '.*', '$', '(', ')'];
    const names: string[] = [...RUNNER_SPAN_NAMES, '', 'clnrm.', 'clnrm.run\n', 'clnrm.step:', 'clnrm.step:a\nb', 'clnrm.chaos.', 'xclnrm.run', 'clnrm.runx', 'clnrm.probe.x'];
    for (const p of RUNNER_SPAN_NAMES) {
      names.push(p.replace('*', 'anything'), p.replace('*', ''), `${p}x`, `x${p}`, p.replace('.', 'x'));
    }
    for (let k = 0; k < 5000; k++) {
      let name = rng.chance(0.5) ? RUNNER_SPAN_NAMES[rng.int(RUNNER_SPAN_NAMES.length)]!.replace('*', '') : '';
      for (let n = rng.int(4); n > 0; n--) name += parts[rng.int(parts.length)];
      names.push(name);
    }
    let matched = 0;
    for (const name of names) {
      const each = RUNNER_SPAN_NAMES.some((p) => matchesPattern(name, p));
      if (each) matched++;
      expect(isRunnerSpanName(name), JSON.stringify(name)).toBe(each);
    }
    expect(matched).toBeGreaterThan(500);
    expect(names.length - matched).toBeGreaterThan(500);
  });
});
