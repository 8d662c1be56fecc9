/** The Rust tool's legacy format: `[test]`, `[[steps]]` with argv commands, `[assertions]`, `[services]`. */
import { formatKeyPath, type PathSegments } from '../key-path.js';
import type { TomlData } from '../toml.js';
import { baseName, convertServices, durationMs, isTable, type Converter } from './converter.js';
import { convertExpect } from './later.js';

export function convertLegacy(c: Converter, data: TomlData, file: string): void {
  const test = isTable(data.test) ? data.test : {};
  const meta = isTable(test.metadata) ? test.metadata : test;
  const metaPath = isTable(test.metadata) ? ['test', 'metadata'] : ['test'];
  c.out.meta = { name: typeof meta.name === 'string' ? meta.name : baseName(file) };
  if (typeof meta.description === 'string') (c.out.meta as TomlData).description = meta.description;
  const timeout = durationMs(meta.timeout);
  if (timeout !== undefined) c.out.limits = { max_duration_seconds: Math.max(1, Math.ceil(timeout / 1000)) };
  else if (meta.timeout !== undefined) c.note([...metaPath, 'timeout'], `${formatKeyPath(metaPath)}.timeout: unreadable duration, not converted`);
  if (Array.isArray(meta.tags)) (c.out.meta as TomlData).tags = meta.tags;
  if (meta.concurrent !== undefined) c.note([...metaPath, 'concurrent'], `${formatKeyPath([...metaPath, 'concurrent'])}: not converted (concurrency is \`clnrm run -j\`)`);
  c.rest(meta, metaPath, ['name', 'description', 'timeout', 'tags', 'concurrent', ...(metaPath.length === 1 ? ['metadata'] : [])]);
  if (metaPath.length === 2) c.rest(test, ['test'], ['metadata']);
  if (isTable(data.vars)) c.out.vars = data.vars;

  // Files between the two formats declare `[service.X]` (the later spelling) besides or instead of `[services]`.
  const services = [...convertServices(c, data.services, ['services']), ...convertServices(c, data.service, ['service'])];
  const steps = Array.isArray(data.steps) ? data.steps : [];
  // The Rust tool ran a step that names no service on its first container.
  const first = services[0];
  const implicit = services.length === 1 ? first : undefined;
  const converted = c.tables(steps, ['steps'], (s, at) => {
    const step = convertStep(c, s, at, implicit);
    if (step.service === undefined && first !== undefined) {
      step.service = first;
      c.note(at, `${formatKeyPath(at)}: names no service; it runs on \`${first}\`, the first of ${services.length}`);
    }
    return step;
  });
  if (converted.length === 0) {
    c.note(['steps'], 'no [[steps]]: the suite has no scenario; one that runs `true` was added so that the file loads');
    converted.push({ name: 'placeholder', run: 'true' });
  }
  c.out.scenario = [{ name: String((c.out.meta as TomlData).name), steps: converted }];
  if (isTable(data.assertions)) {
    c.rest(data.assertions, ['assertions'], [], 'free-form assertion; express it as [[expect.span]] or [expect.hermeticity]');
  }
  if (isTable(data.expect)) convertExpect(c, data.expect, ['expect'], c.out);
  c.rest(data, [], ['test', 'vars', 'services', 'service', 'steps', 'assertions', 'expect']);
}

function convertStep(c: Converter, step: TomlData, path: PathSegments, only: string | undefined): TomlData {
  const out: TomlData = { name: typeof step.name === 'string' ? step.name : `step_${String(path[path.length - 1])}` };
  const command = step.command ?? step.run ?? step.cmd;
  out.run = Array.isArray(command) || typeof command === 'string' ? command : 'true';
  if (command === undefined) c.note(path, `${formatKeyPath(path)}: step without a command; \`true\` is run instead`);
  if (typeof step.service === 'string') out.service = step.service;
  else if (only !== undefined) out.service = only;
  if (typeof step.expected_output_regex === 'string') out.expected_output_regex = step.expected_output_regex;
  const exit = step.expected_exit_code ?? step.expect_exit_code;
  if (typeof exit === 'number') out.expect_exit_code = exit;
  if (isTable(step.env)) out.env = step.env;
  if (typeof step.workdir === 'string') out.workdir = step.workdir;
  const timeout = durationMs(step.timeout ?? step.timeout_ms);
  if (timeout !== undefined) out.timeout_ms = typeof step.timeout_ms === 'number' ? step.timeout_ms : timeout;
  c.rest(step, path, ['name', 'command', 'run', 'cmd', 'service', 'expected_output_regex', 'expected_exit_code', 'expect_exit_code', 'env', 'workdir', 'timeout', 'timeout_ms']);
  return out;
}
