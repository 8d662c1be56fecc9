import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClnrmError } from '../common/errors.js';
import type { Outcome } from './exit.js';

export const DEFAULT_STARTER_PATH = 'tests/example.clnrm.toml';

/** The JSON schema shipped with clnrm, which editors use for completion and validation (docs/editors.md). */
const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/clnrm.schema.json', import.meta.url));

/** The `#:schema` directive for a suite at `target`: a path relative to the file, as taplo resolves it. */
export function schemaDirective(target: string): string {
  const ref = relative(dirname(resolve(target)), SCHEMA_PATH).split(sep).join('/');
  return `#:schema ${ref}`;
}

/** A small suite that passes `clnrm validate` and runs against the fixture image, below its schema directive. */
export const starterSuite = (target: string): string => `${schemaDirective(target)}
${STARTER_BODY}`;

const STARTER_BODY = `# A starter clnrm suite. Check it with \`clnrm validate\`, run it with \`clnrm run\`.
# The format reference is docs/format.md; docs/editors.md sets up completion in editors.

[meta]
name = "example"
description = "A service, a passing step, an expected failure and a killed container"

[determinism]
seed = 42
freeze_clock = "2025-01-01T00:00:00Z"

[service.app]
image = "clnrm-fixture/busybox:latest"
args = ["sleep", "3600"]
limits = { memory_mb = 64 }

[[scenario]]
name = "hello"
run = "echo hello from clnrm"
expected_output_regex = "hello"

[[scenario.expect.span]]
name = "clnrm.step:hello"
status = "OK"
attrs.all = { "exit.code" = 0 }

[[scenario]]
name = "exit_code_is_reported"
run = "exit 3"
expect_failure = true

[[scenario.expect.span]]
name = "clnrm.step:exit_code_is_reported"
status = "ERROR"
attrs.all = { "error.type" = "exit_code", "exit.code" = 3 }

[[scenario]]
name = "killed_container_is_cleaned_up"
run = "sleep 30"
timeout_ms = 20000
expect_failure = true
chaos_injection = { type = "kill_container", target = "app", delay_ms = 500 }

[[scenario.expect.span]]
name = "clnrm.cleanup"
attrs.all = { "cleanup.success" = true }

[expect.hermeticity]
no_container_leakage = true
no_network_leakage = true
`;

/** \`clnrm init [PATH]\`: writes the starter suite; never overwrites an existing file. */
export async function initCommand(path: string | undefined): Promise<Outcome> {
  const target = path ?? DEFAULT_STARTER_PATH;
  mkdirSync(dirname(target), { recursive: true });
  try {
    writeFileSync(target, starterSuite(target), { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ClnrmError('EXISTS', `${target} already exists; nothing was written (give another path: clnrm init PATH)`);
    throw new ClnrmError('IO', `cannot write ${target}: ${(err as Error).message}`);
  }
  process.stdout.write(`wrote ${target}\nnext: clnrm validate ${target}\n`);
  return { kind: 'done' };
}
