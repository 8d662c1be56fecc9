#!/usr/bin/env node
/**
 * Makes the V8 code caches the CLI is compiled with: dist/bundle/cli.cjs.cache (bin/load-cli.js) and
 * dist/vendor/<name>.cjs.cache for the prebuilt packages (src/common/vendored.ts). Run by
 * scripts/bundle.mjs in a process of its own, without an engine.
 *
 * A cache holds the functions compiled by the time it is made, so the CLI first does what a user does:
 * - `init` writes a starter suite, `validate` checks it, `run --plan` plans it;
 * - `run` runs a small suite on the in-memory engine of the unit tests (test/kit/fake-engine.ts, compiled
 *   here by esbuild): services, steps, cleanup, judging and every report, as a real run ends;
 * - `gc --dry-run` (which removes nothing) talks to a stand-in engine on a unix socket of its own (every answer empty), through the
 *   prebuilt dockerode: its requests and answers, as the start of every run.
 * Whatever else a command does compiles when first used, as without a cache. Output of these commands is dropped.
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CODE_CACHE, loadCli } from '../bin/load-cli.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { cli, makeCodeCache } = loadCli({ codeCache: false });
const dir = mkdtempSync(join(tmpdir(), 'clnrm-code-cache-'));
const suite = join(dir, 'example.clnrm.toml');
const write = { out: process.stdout.write, err: process.stderr.write };
const quiet = () => {
  process.stdout.write = () => true;
  process.stderr.write = () => true;
};
const loud = () => Object.assign(process.stdout, { write: write.out }) && Object.assign(process.stderr, { write: write.err });

/** What the warm-up run runs: a service, a one-line scenario, and one of steps judged by expectations. */
const WARM_UP_SUITE = `[meta]
name = "warm"

[determinism]
seed = 1

[service.app]
image = "clnrm-fixture/busybox:latest"
args = ["sleep", "3600"]

[[scenario]]
name = "one"
run = "true"

[[scenario]]
name = "steps"
steps = [{ name = "greet", run = "echo hello" }, { name = "fail", run = "exit 3", expect_exit_code = 3 }]

[[scenario.expect.span]]
name = "clnrm.step:greet"
attrs.all = { "exit.code" = 0 }
`;

/** An engine stand-in: every request answered 200 with an empty list (and OK for its ping). */
async function standInEngine(socketPath) {
  const server = createServer((req, res) => {
    req.resume();
    if (req.url?.endsWith('/_ping')) return res.setHeader('Content-Type', 'text/plain').end('OK');
    res.setHeader('Content-Type', 'application/json').end('[]');
  });
  await new Promise((r) => server.listen(socketPath, r));
  return server;
}

try {
  quiet();
  const codes = [await cli.main(['init', suite]), await cli.main(['validate', suite]), await cli.main(['run', '--plan', suite])];
  // A starter suite that does not validate or plan is a bug elsewhere; a cache made from an error path would be a poor one.
  if (codes.some((c) => c !== 0)) throw new Error(`the CLI's warm-up commands exited ${codes.join(', ')} (init, validate, run --plan)`);

  const fakeFile = join(dir, 'fake-engine.mjs');
  await build({ entryPoints: [join(ROOT, 'test/kit/fake-engine.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: fakeFile, logLevel: 'warning' });
  const { FakeEngine } = await import(pathToFileURL(fakeFile).href);
  // Its networks' gateway is loopback here, where the run's OTLP receiver listens anyway.
  const engine = Object.assign(new FakeEngine(), { createNetwork: async function (name, o) { return { ...(await FakeEngine.prototype.createNetwork.call(this, name, o)), gateway: '127.0.0.1' }; } });
  const runSuite = join(dir, 'warm.clnrm.toml');
  writeFileSync(runSuite, WARM_UP_SUITE);
  const { runCommand } = await cli.runCommandModule();
  const ran = await runCommand([runSuite], { reportDir: join(dir, 'reports') }, { engine });
  // Passed or failed alike compile the run's path (the in-memory engine does not model every command); reports must exist.
  if (!['passed', 'failed'].includes(ran.kind) || !existsSync(join(dir, 'reports', 'warm.junit.xml'))) throw new Error(`the warm-up run on the in-memory engine ended ${JSON.stringify(ran)}`);

  const socket = join(dir, 'engine.sock');
  const server = await standInEngine(socket);
  process.env.DOCKER_HOST = `unix://${socket}`;
  const gc = await cli.main(['gc', '--dry-run']);
  server.close();
  if (gc !== 0) throw new Error(`the warm-up \`gc\` on a stand-in engine exited ${gc}`);
  loud();

  writeFileSync(CODE_CACHE, makeCodeCache());
  for (const v of cli.vendoredLoads()) writeFileSync(v.cacheFile, v.codeCache());
} finally {
  loud();
  rmSync(dir, { recursive: true, force: true });
}
