import { describe, expect, it } from 'vitest';
import { imageContentDigest, type ImageInspect } from './image-digest.js';

const busybox = (): ImageInspect & Record<string, unknown> => ({
  Id: 'sha256:a96b',
  Created: '2026-12-02T13:22:23.886076581Z',
  RepoTags: ['clnrm-fixture/busybox:latest'],
  Os: 'linux',
  Architecture: 'amd64',
  RootFS: { Type: 'layers', Layers: ['sha256:e014'] },
  Config: { Env: ['PATH=/usr/bin:/bin'], Cmd: ['/bin/sh'], Entrypoint: null, WorkingDir: '', User: '', Hostname: '' },
});

describe('imageContentDigest', () => {
  it('is the same for the same layers and configuration, whenever and under whatever tag the image was built', () => {
    const rebuilt = { ...busybox(), Id: 'sha256:ffff', Created: '2027-01-01T00:00:00Z', RepoTags: ['other:tag'], Config: { ...busybox().Config, Hostname: 'builder' } };
    expect(imageContentDigest(rebuilt)).toBe(imageContentDigest(busybox()));
    expect(imageContentDigest(busybox())).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes with a layer, the command, the environment, the user or the working directory', () => {
    const digest = imageContentDigest(busybox());
    const variants: ImageInspect[] = [
      { ...busybox(), RootFS: { Type: 'layers', Layers: ['sha256:e014', 'sha256:0001'] } },
      { ...busybox(), Config: { ...busybox().Config, Cmd: ['/bin/true'] } },
      { ...busybox(), Config: { ...busybox().Config, Env: ['PATH=/bin'] } },
      { ...busybox(), Config: { ...busybox().Config, User: 'nobody' } },
      { ...busybox(), Config: { ...busybox().Config, WorkingDir: '/srv' } },
      { ...busybox(), Architecture: 'arm64' },
    ];
    for (const v of variants) expect(imageContentDigest(v)).not.toBe(digest);
  });

  it('does not depend on the order the engine lists members in', () => {
    const b = busybox();
    const reordered = { Config: Object.fromEntries(Object.entries(b.Config!).reverse()), RootFS: b.RootFS, Architecture: b.Architecture, Os: b.Os };
    expect(imageContentDigest(reordered)).toBe(imageContentDigest(b));
  });
});
