import { describe, expect, it } from 'vitest';
import type { CanonicalEvent, CanonicalNode } from './canonical.js';
import { diffTraces, formatDiff } from './diff.js';

const node = (name: string, o: Partial<CanonicalNode> = {}): CanonicalNode => ({ name, kind: 'internal', status: 'OK', attributes: {}, events: [], children: [], ...o });
const planned = (name: string, atMs: number, extra: Record<string, string | number | boolean> = {}): CanonicalEvent => ({
  name: 'chaos.planned',
  attributes: { 'chaos.name': name, 'chaos.type': 'network_latency', 'chaos.occurrence': 0, 'chaos.at_ms': atMs, 'chaos.params': '{"latency_ms":200}', ...extra },
});

function trace(o: { dbDigest?: string; stepDigest?: string; plan?: CanonicalEvent[] } = {}): CanonicalNode[] {
  return [
    node('clnrm.run', {
      children: [
        node('clnrm.scenario:s', {
          events: o.plan ?? [planned('slow', 500), { name: 'chaos.skipped', attributes: { reason: 'probability' } }],
          children: [
            node('clnrm.service.start', { attributes: { 'service.name': 'api', 'service.image': 'clnrm-fixture/sut:latest', 'service.image.digest': 'sha256:aaa' } }),
            node('clnrm.service.start', { attributes: { 'service.name': 'db', 'service.image': 'clnrm-fixture/busybox:latest', 'service.image.digest': o.dbDigest ?? 'sha256:bbb' } }),
            node('clnrm.step:migrate', { attributes: { 'step.name': 'migrate', 'step.image': 'tool:1', 'step.image.digest': o.stepDigest ?? 'sha256:ccc' } }),
          ],
        }),
      ],
    }),
  ];
}
const lines = (a: CanonicalNode[], b: CanonicalNode[]) => formatDiff(diffTraces(a, b));

describe('diff of what determines a run', () => {
  it('names a service whose image changed, with the image and both digests', () => {
    expect(lines(trace(), trace({ dbDigest: 'sha256:ddd' }))).toEqual([
      '~ clnrm.run > clnrm.scenario:s > clnrm.service.start[0]: image changed: service db (clnrm-fixture/busybox:latest): "sha256:bbb" → "sha256:ddd"',
    ]);
  });

  it('names a step whose image changed', () => {
    expect(lines(trace(), trace({ stepDigest: 'sha256:eee' }))).toEqual([
      '~ clnrm.run > clnrm.scenario:s > clnrm.step:migrate: image changed: step migrate (tool:1): "sha256:ccc" → "sha256:eee"',
    ]);
  });

  it('names a changed fault plan per injection, and keeps other event changes apart', () => {
    const other = trace({ plan: [planned('slow', 700), planned('cut', 0, { 'chaos.type': 'network_partition' })] });
    expect(lines(trace(), other)).toEqual([
      '~ clnrm.run > clnrm.scenario:s: fault plan changed: cut#0 added {"chaos.at_ms":0,"chaos.name":"cut","chaos.occurrence":0,"chaos.params":"{\\"latency_ms\\":200}","chaos.type":"network_partition"}; slow#0: chaos.at_ms 500 → 700',
      '~ clnrm.run > clnrm.scenario:s: events: -chaos.skipped {"reason":"probability"}',
    ]);
  });

  it('names a fault whose parameters changed and one no longer planned', () => {
    const a = trace({ plan: [planned('slow', 500), planned('cut', 0)] });
    const b = trace({ plan: [planned('slow', 500, { 'chaos.params': '{"latency_ms":300}' })] });
    expect(lines(a, b)).toEqual(['~ clnrm.run > clnrm.scenario:s: fault plan changed: cut#0 removed {"chaos.at_ms":0,"chaos.name":"cut","chaos.occurrence":0,"chaos.params":"{\\"latency_ms\\":200}","chaos.type":"network_latency"}; slow#0: chaos.params "{\\"latency_ms\\":200}" → "{\\"latency_ms\\":300}"']);
  });

  it('pairs faults of one name in order, so a change in one of them shows as one change', () => {
    const kills = (b: string) => trace({ plan: [planned('kill', 300, { 'chaos.targets': 'n1' }), planned('kill', 900, { 'chaos.targets': b })] });
    expect(diffTraces(kills('n2'), kills('n2'))).toEqual([]);
    expect(lines(kills('n2'), kills('n3'))).toEqual(['~ clnrm.run > clnrm.scenario:s: fault plan changed: kill#0: chaos.targets "n2" → "n3"']);
  });

  it('finds nothing when images and plan are the same', () => {
    expect(diffTraces(trace(), trace())).toEqual([]);
  });
});
