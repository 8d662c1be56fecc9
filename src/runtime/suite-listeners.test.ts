/**
 * Many scenarios at once listen on one suite's abort signal: no false leak warning from Node.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeEngine, loadSuite } from '../../test/kit/index.js';
import { runFiles } from '../run.js';

const work = mkdtempSync(join(tmpdir(), 'clnrm-listeners-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SCENARIOS = 16;
const SUITE = `[meta]
name = "wide"

[determinism]
seed = 3

[otel]
receiver = false

[service.app]
image = "fake"
${Array.from({ length: SCENARIOS }, (_, i) => `
[[scenario]]
name = "s${i}"
steps = [{ name = "a", service = "app", run = "slow", expected_output_regex = "done" }]
`).join('')}`;

describe('a suite run with many scenarios at once', () => {
  it(`runs ${SCENARIOS} scenarios at -j ${SCENARIOS} without a MaxListenersExceededWarning`, async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const engine = new FakeEngine();
      engine.steps.set('slow', { stdout: 'done\n', delayMs: 300 });
      const summary = await runFiles({ suites: [loadSuite(SUITE, { env: {} }, join(work, 'wide.clnrm.toml'))], engine, runId: 'wide', jobs: SCENARIOS, reportDir: join(work, 'r') });
      expect(summary.suites[0]!.scenarios.map((s) => s.outcome)).toEqual(Array(SCENARIOS).fill('pass'));
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });
});
