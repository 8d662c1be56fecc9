/** `clnrm migrate` over the test set of Rust-tool suites in tests/migrate: every file converts, loads, and says what it left out. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatToml } from '../../src/load/format-toml.js';
import { loadSuiteSource } from '../../src/load/index.js';
import { parseToml } from '../../src/load/toml.js';
import { migrateSuite, type Migration } from '../../src/load/migrate/index.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SET = join(ROOT, 'tests/migrate');
const CLI = join(ROOT, 'bin/clnrm.js');
const files = readdirSync(SET).filter((f) => f.endsWith('.toml')).sort();

const migrate = (name: string): Migration => migrateSuite(readFileSync(join(SET, name), 'utf8'), `tests/migrate/${name}`);
const noteAt = (m: Migration, line: number): string[] => m.notes.filter((n) => n.line === line).map((n) => n.message);

/** Every leaf value (string, number, boolean) of a TOML value, as JSON. */
function leaves(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) leaves(v, into);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) leaves(v, into);
  else into.push(JSON.stringify(value));
  return into;
}

/** Keys whose value is carried over in another form (a duration in seconds, an upper-cased status, a plugin that became a container). */
const CONVERTED_IN_ANOTHER_FORM = new Set(['timeout', 'type', 'plugin', 'exporter', 'status', 'collect', 'artifacts.collect']);

/**
 * The `key = value` lines of the input whose values appear nowhere in the output and that no note
 * names by their line: what would have been dropped in silence.
 */
function silentlyDropped(name: string, m: Migration): string[] {
  const kept = new Set(leaves(parseToml(m.text).data));
  const noted = new Set(m.notes.map((n) => n.line));
  const dropped: string[] = [];
  // A note on a table's header line covers the keys of that table.
  let headerLine = 0;
  readFileSync(join(SET, name), 'utf8').split('\n').forEach((text, i) => {
    if (/^\s*\[/.test(text)) headerLine = i + 1;
    const kv = /^\s*([\w."-]+)\s*=\s*(.+)$/.exec(text);
    if (!kv || noted.has(i + 1) || noted.has(headerLine) || text.includes('{{') || CONVERTED_IN_ANOTHER_FORM.has(kv[1]!)) return;
    let value: unknown;
    try {
      value = parseToml(`x = ${kv[2]}`).data.x;
    } catch {
      return; // the first line of a value written over several lines
    }
    if (leaves(value).some((leaf) => !kept.has(leaf))) dropped.push(`${name}:${i + 1}: ${text.trim()}`);
  });
  return dropped;
}

describe('clnrm migrate: the test set', () => {
  it('holds at least 20 files of both formats', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    const formats = files.map((f) => migrate(f).format);
    expect(formats.filter((f) => f === 'legacy').length).toBeGreaterThanOrEqual(8);
    expect(formats.filter((f) => f === 'later').length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s: every value of the input is in the output or named by a note at its line', (name) => {
    expect(silentlyDropped(name, migrate(name))).toEqual([]);
  });

  it('the check of silent drops finds a value that vanished without a note', () => {
    const m = migrate('legacy_postgres_redis_environment.toml');
    const withoutNote = { ...m, notes: m.notes.filter((n) => n.line !== 33) };
    expect(silentlyDropped('legacy_postgres_redis_environment.toml', withoutNote)).toEqual(['legacy_postgres_redis_environment.toml:33: expected_output_regex_not = "ERROR|FATAL"']);
  });

  it.each(files)('%s converts into a suite that loads, formatted like clnrm fmt writes it', (name) => {
    const m = migrate(name);
    const loaded = loadSuiteSource(name, m.text, { env: {} });
    expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.issues)).toBe(true);
    expect(formatToml(m.text)).toBe(m.text);
    // Every note is in the output as a comment, with its file:line.
    for (const n of m.notes) expect(m.text).toContain(`# tests/migrate/${name}:${n.line}: ${n.message}`.replace('# ', '#   '));
  });
});

describe('clnrm migrate: legacy format', () => {
  it('turns [test] and [[steps]] into one scenario with argv steps, services, env and exit codes', () => {
    const m = migrate('legacy_services_env_assertions.toml');
    const loaded = loadSuiteSource('x', m.text, { env: {} });
    if (!loaded.ok) throw new Error('does not load');
    const suite = loaded.suite;
    expect(suite.name).toBe('otel_env');
    expect(suite.scenarios).toHaveLength(1);
    const steps = suite.scenarios[0]!.steps;
    expect(steps.map((s) => s.name)).toEqual(['print_env', 'shell_pipeline']);
    expect(m.text).toContain('run = ["sh", "-c", "echo ok && exit 0"]');
    expect(m.text).toContain('timeout_ms = 30000');
    expect(m.text).toContain('EXTRA = "1"');
    expect(m.text).toContain('OTEL_SERVICE_NAME = "env-test"');
  });

  it('reports every [assertions] key with its line, and the Rust-only metadata', () => {
    const m = migrate('legacy_services_env_assertions.toml');
    expect(noteAt(m, 33)[0]).toMatch(/^assertions\.container_should_have_executed_commands: not converted/);
    expect(noteAt(m, 34)[0]).toMatch(/^assertions\.execution_should_be_hermetic: not converted/);
    expect(noteAt(m, 35)[0]).toMatch(/^assertions\.all_steps_should_succeed: not converted/);
    expect(noteAt(migrate('legacy_metadata_inline_services.toml'), 6)[0]).toMatch(/test\.metadata\.concurrent: not converted/);
  });

  it('converts [test.metadata] timeout to the suite limit and inline [services] tables', () => {
    const m = migrate('legacy_metadata_inline_services.toml');
    expect(m.text).toContain('max_duration_seconds = 60');
    expect(m.text).toMatch(/\[service\.box\]\nimage = "alpine:latest"/);
  });

  it('gives the SurrealDB plugin an image and says so', () => {
    const m = migrate('legacy_surrealdb_two_services.toml');
    expect(m.text).toContain('image = "surrealdb/surrealdb:latest"');
    expect(noteAt(m, 7)[0]).toMatch(/plugin "surrealdb" became a plain container/);
  });
});

describe('clnrm migrate: later format', () => {
  it('maps spans:default, nested hermeticity keys and report paths', () => {
    const m = migrate('later_otel_full.toml');
    expect(m.text).toContain('artifacts = { collect = ["spans"] }');
    expect(m.text).toContain('resource_attrs_must_match = { "service.name" = "clnrm" }');
    expect(m.text).toContain('span_attrs_forbid_keys = ["net.peer.name", "http.url"]');
    expect(m.text).toContain('formats = ["json", "junit", "digest"]');
    expect(m.text).toContain('dir = "reports"');
    expect(m.text).toContain('exporter = "otlp"');
    expect(m.text).not.toContain('plugin');
  });

  it('reports each key without an equivalent at its line', () => {
    const m = migrate('later_otel_full.toml');
    const reported = m.notes.map((n) => `${n.line}:${n.message.split(':')[0]}`);
    expect(reported).toEqual(
      expect.arrayContaining(['7:meta.author', '12:otel.protocol', '13:otel.sample_ratio', '21:service.app.wait_for_span', '38:expect.graph.max_depth', '47:expect.window[0].description', '51:expect.status.none', '67:report.json', '72:report.digest.algorithm']),
    );
  });

  it('keeps {{ var }} templates, gives the Rust built-ins their defaults and reports Tera blocks', () => {
    const m = migrate('later_tera_template.toml');
    expect(m.text).toContain('name = "{{ svc }}_templated"');
    expect(m.text).toContain('svc = "clnrm"');
    expect(m.text).toContain('image = "alpine:latest"');
    expect(noteAt(m, 2)[0]).toMatch(/^Tera block not converted/);
    expect(noteAt(m, 20)[0]).toMatch(/^Tera block not converted/);
    expect(noteAt(m, 21)[0]).toMatch(/^Tera block not converted/);
    expect(m.text).toContain('#     {% for n in [1, 2] %}');
  });

  it('reports unknown plugins, top-level sections and step keys', () => {
    const m = migrate('later_steps_and_weaver.toml');
    expect(noteAt(m, 6)[0]).toMatch(/^weaver: not converted/);
    expect(noteAt(m, 16).join()).toMatch(/plugin = "network_tools": not converted/);
    expect(noteAt(m, 33)[0]).toMatch(/^scenario\[0\]\.steps\[1\]\.retry: not converted/);
    expect(m.text).toContain('run = "curl -fsS -X POST http://api:8080/items"');
  });
});

describe('clnrm migrate: constructs the larger test set brought up', () => {
  it('legacy: [services.X.environment] is env, a step without a service runs on the first one (said), [service.X] and [expect] of mixed files convert', () => {
    expect(migrate('legacy_postgres_redis_environment.toml').text).toMatch(/\[service\.database\]\nimage = "postgres:16"\n.*\nenv = \{ POSTGRES_PASSWORD = "secret", POSTGRES_DB = "orders" \}/);
    const implicit = migrate('legacy_several_services_no_step_service.toml');
    expect(implicit.text).toContain('service = "first"');
    expect(noteAt(implicit, 10)[0]).toBe('steps[0]: names no service; it runs on `first`, the first of 2');
    const mixed = migrate('legacy_mixed_otel_sections.toml');
    expect(mixed.text).toMatch(/\[service\.real\]\nimage = "alpine:3\.19"/);
    expect(mixed.text).toContain('tags = ["otel", "guard"]');
    expect(noteAt(mixed, 24)[0]).toMatch(/^expect\.span\.lifecycle: not converted \(named span expectation tables/);
    expect(noteAt(mixed, 28)).toContain('expect.counts: nothing in it converted; left out');
  });

  it('Tera: later branches of an {% if %}, macro calls, bare values and loop variables are reported, and the file still parses', () => {
    const env = migrate('later_multi_environment.toml');
    expect(noteAt(env, 15)[0]).toMatch(/^not converted: a later branch of a Tera \{% if %\}/);
    const macros = migrate('later_macros_and_includes.toml');
    expect(noteAt(macros, 18)[0]).toMatch(/^Tera expression on a line of its own not converted/);
    const matrix = migrate('later_matrix_template.toml');
    expect(matrix.text).toContain('name = "test_{{ exporter_name }}"');
    expect(noteAt(matrix, 19)[0]).toMatch(/\{\{ exporter\.name \}\} .* became \{\{ exporter_name \}\}, empty in \[vars\]/);
    expect(noteAt(matrix, 25)).toContain('not converted: a key whose value is an unquoted Tera expression: spans_total = { gte = {{ matrix.exporters | length }} }');
  });

  it('later: an html report path, attributes as attrs, and an endpoint without an OTLP exporter', () => {
    const reports = migrate('later_report_several_dirs.toml');
    expect(reports.text).toContain('formats = ["json", "junit", "digest", "html"]');
    expect(noteAt(reports, 8)[0]).toBe('otel.endpoint: not converted (no OTLP exporter to send to)');
    expect(migrate('later_otel_protocols.toml').text).toContain('[expect.span.attrs]\nany = { "exit.code" = 0 }');
    // `attributes` alone is the same table as `attrs`.
    expect(migrateSuite('[meta]\nname = "a"\n\n[[expect.span]]\nname = "s"\nattributes.all = { k = "v" }\n', 'a.toml').text).toContain('[expect.span.attrs]\nall = { k = "v" }');
  });
});

describe('clnrm migrate: the command', () => {
  const clnrm = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

  it('prints the result, lists the notes as file:line on stderr and leaves the input alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-migrate-'));
    copyFileSync(join(SET, 'legacy_services_env_assertions.toml'), join(dir, 'in.toml'));
    const before = readFileSync(join(dir, 'in.toml'), 'utf8');
    const r = clnrm(['migrate', 'in.toml'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('[[scenario]]');
    expect(r.stderr).toContain('in.toml:34: assertions.execution_should_be_hermetic: not converted');
    expect(readFileSync(join(dir, 'in.toml'), 'utf8')).toBe(before);
  });

  it('writes -o OUT, refuses to replace it without --force, and replaces IN only with --in-place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-migrate-'));
    copyFileSync(join(SET, 'later_otel_full.toml'), join(dir, 'in.toml'));
    expect(clnrm(['migrate', 'in.toml', '-o', 'out.clnrm.toml'], dir).status).toBe(0);
    expect(clnrm(['validate', 'out.clnrm.toml'], dir).status).toBe(0);
    writeFileSync(join(dir, 'out.clnrm.toml'), 'mine');
    const again = clnrm(['migrate', 'in.toml', '-o', 'out.clnrm.toml'], dir);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'out.clnrm.toml'), 'utf8')).toBe('mine');
    expect(clnrm(['migrate', 'in.toml', '-o', 'out.clnrm.toml', '--force'], dir).status).toBe(0);
    expect(clnrm(['migrate', 'in.toml', '--in-place'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'in.toml'), 'utf8')).toBe(readFileSync(join(dir, 'out.clnrm.toml'), 'utf8'));
  });

  it('names the line of input that is not TOML and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clnrm-migrate-'));
    writeFileSync(join(dir, 'bad.toml'), '[test]\nname = \n');
    const r = clnrm(['migrate', 'bad.toml', '-o', 'out.toml'], dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/bad\.toml:[23]:\d+: not TOML/);
    expect(existsSync(join(dir, 'out.toml'))).toBe(false);
  });
});

describe('clnrm migrate: nothing dropped in silence', () => {
  it('reports array elements that are not tables', () => {
    const m = migrateSuite('steps = ["echo hi", { name = "a", command = ["true"] }]\n\n[test]\nname = "t"\n', 'x.toml');
    expect(m.notes.map((n) => `${n.line}:${n.message}`)).toContain('1:steps[0]: not a table, not converted');
    expect(m.text).toContain('name = "a"');
  });

  it('reports unknown top-level sections of the legacy format', () => {
    const m = migrateSuite('[test]\nname = "t"\n\n[[steps]]\nname = "a"\ncommand = ["true"]\n\n[plugins]\nx = 1\n', 'x.toml');
    expect(m.notes.map((n) => `${n.line}:${n.message}`)).toContain('8:plugins: not converted (no equivalent in this format)');
  });
});
