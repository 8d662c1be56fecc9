/**
 * The content digest of an image: SHA-256 over what a container started from it
 * gets (its file-system layers and its run configuration), from the engine's
 * image inspect. The engine's own image id also hashes the build time, so an
 * image rebuilt from the same bytes (a fixture on a fresh machine) would get a
 * new id although nothing a run sees changed; this digest stays the same, and
 * any change of a layer, the command, the environment, the user or the working
 * directory changes it. It goes into the trace digest (docs/digest.md).
 */
import { createHash } from 'node:crypto';
import { stableJson } from '../common/stable-json.js';

/** The members of `docker image inspect` the digest reads; everything else (created, size, tags) is left out. */
export interface ImageInspect {
  Os?: string;
  Architecture?: string;
  Variant?: string;
  RootFS?: { Type?: string; Layers?: readonly string[] };
  Config?: Readonly<Record<string, unknown>> | null;
}

/** Config members that change what a container of the image runs or sees. */
const RUN_CONFIG_KEYS = ['User', 'Env', 'Cmd', 'Entrypoint', 'WorkingDir', 'ExposedPorts', 'Volumes', 'Labels', 'StopSignal', 'Healthcheck', 'Shell', 'OnBuild'] as const;

/** `sha256:<64 hex>` of the image's layers and run configuration. */
export function imageContentDigest(inspect: ImageInspect): string {
  const config = inspect.Config ?? {};
  const content = {
    os: inspect.Os ?? '',
    architecture: inspect.Architecture ?? '',
    variant: inspect.Variant ?? '',
    layers: [...(inspect.RootFS?.Layers ?? [])],
    config: Object.fromEntries(RUN_CONFIG_KEYS.map((k) => [k, config[k] ?? null])),
  };
  return `sha256:${createHash('sha256').update(stableJson(content), 'utf8').digest('hex')}`;
}
