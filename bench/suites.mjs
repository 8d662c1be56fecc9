/**
 * Varied suite files for the benchmarks (1–10 scenarios, services, proxies, chaos,
 * span expectations; half of them written with TOML 1.1 multi-line inline tables),
 * from a fixed seed so runs are comparable. Every generated file is valid.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ── deterministic generator ─────────────────────────────────────────────────
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20250101);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;
const q = (s) => JSON.stringify(s);

/** A TOML inline table, on one line or (TOML 1.1) over several lines with a trailing comma. */
function inline(pairs, multiline) {
  const body = Object.entries(pairs).map(([k, v]) => `${k} = ${v}`);
  return multiline ? `{\n${body.map((b) => `  ${b},`).join('\n')}\n}` : `{ ${body.join(', ')} }`;
}

export function generateSuite(index) {
  const multiline = index % 2 === 0; // half the files use TOML 1.1 multi-line inline tables
  const out = [];
  out.push(`# generated bench suite ${index}`, '[meta]', `name = "bench_${index}"`, `description = "generated suite ${index}"`, `tags = ["bench", "gen${index % 5}"]`, '');
  out.push('[determinism]', `seed = ${int(1, 100000)}`, 'freeze_clock = "2025-01-01T00:00:00Z"', '');
  out.push('[vars]', 'image = "clnrm-fixture/busybox:latest"', '');
  if (chance(0.5)) out.push('[limits]', `memory_mb = ${pick([64, 128, 256])}`, `cpu_millicores = ${pick([500, 1000])}`, 'max_duration_seconds = 600', '');

  const services = ['app', 'db', 'cache', 'web', 'worker'].slice(0, int(1, 4));
  for (const s of services) {
    out.push(`[service.${s}]`, 'image = "{{ image }}"', 'args = ["sleep", "3600"]');
    if (s === 'web') out.push('ports = [8080]', `wait = ${inline({ port: 8080, timeout_ms: 10000 }, false)}`);
    if (chance(0.5)) out.push(`env = ${inline({ MODE: q('test'), LEVEL: int(1, 9), NAME: q(s) }, multiline)}`);
    out.push('');
  }
  const proxy = services.includes('web') && chance(0.7);
  if (proxy) out.push('[proxy.web_proxy]', 'listen = 18080', 'upstream = "web:8080"', '');

  const scenarios = int(1, 10);
  for (let si = 0; si < scenarios; si++) {
    const name = `scenario_${si}`;
    const timeout = pick([10000, 20000, 30000, 60000]);
    out.push('[[scenario]]', `name = "${name}"`, `description = "scenario ${si} of suite ${index}"`);
    if (services.length > 1) out.push(`service = "${services[0]}"`);
    out.push(`timeout_ms = ${timeout}`);
    let steps = [name];
    let stepTables = false;
    if (chance(0.5)) {
      out.push(`run = ${q(`echo ${name} && sleep 0.1`)}`);
      if (chance(0.3)) out.push('expected_output_regex = "scenario_\\\\d+"');
    } else {
      steps = Array.from({ length: int(2, 4) }, (_, k) => `step_${k}`);
      if (chance(0.5)) {
        out.push('steps = [');
        for (const st of steps) out.push(`    { name = "${st}", run = "echo ${st}", timeout_ms = ${int(1000, timeout - 1)} },`);
        out.push(']');
      } else {
        stepTables = true; // [[scenario.steps]] tables, written after the scenario's own keys
      }
    }
    const faults = [];
    const target = pick(services);
    for (let f = int(0, 3); f > 0; f--) {
      const kind = pick(['kill_container', 'stop_container', 'pause_container', 'memory_pressure', 'cpu_throttle', 'packet_loss', 'partition', 'latency']);
      const at = int(0, timeout - 1);
      if (kind === 'kill_container') faults.push({ type: q(kind), target: q(target), delay_ms: at, signal: q('SIGKILL') });
      else if (kind === 'stop_container') faults.push({ type: q(kind), target: q(target), at_ms: at, stop_timeout_ms: 100 });
      else if (kind === 'pause_container') faults.push({ type: q(kind), target: services.length > 1 ? q(`random(1, [${services.join(', ')}])`) : q(target), at_ms: at, duration_ms: 500 });
      else if (kind === 'memory_pressure') faults.push({ type: q(kind), target: q(target), memory_mb: 16 });
      else if (kind === 'cpu_throttle') faults.push({ type: q(kind), target: q(target), cpu_percent: 50 });
      else if (kind === 'packet_loss') faults.push({ type: q(kind), target: q(target), percent: int(1, 50), mode: q('nth') });
      else if (kind === 'partition' && services.length > 1) faults.push({ type: q(kind), groups: `[["${services[0]}"], ["${services[1]}"]]`, duration_ms: 1000 });
      else if (kind === 'latency' && proxy) faults.push({ type: q(kind), proxy: '"web_proxy"', latency_ms: int(10, 500) });
    }
    if (faults.length === 1 && chance(0.5)) out.push(`chaos_injection = ${inline(faults[0], multiline)}`);
    else if (faults.length > 0) out.push(`chaos = [${faults.map((f) => inline(f, multiline)).join(', ')}]`);

    const sub = [];
    if (stepTables) {
      for (const st of steps) sub.push('', '[[scenario.steps]]', `name = "${st}"`, `run = "echo ${st}"`, `timeout_ms = ${int(1000, timeout - 1)}`);
    }
    for (const st of steps) {
      sub.push('', '[[scenario.expect.span]]', `name = "clnrm.step:${st}"`, `status = "${pick(['OK', 'ERROR', 'UNSET'])}"`);
      if (chance(0.5)) sub.push(`attrs.all = ${inline({ '"step.name"': q(st), '"step.attempt"': 1 }, multiline)}`);
    }
    if (chance(0.5)) sub.push('', '[[scenario.expect.span]]', 'name = "clnrm.cleanup"', 'attrs.all = { "cleanup.success" = true }');
    if (steps.length > 1) sub.push('', '[scenario.expect.order]', `must_precede = [["clnrm.step:${steps[0]}", "clnrm.step:${steps[1]}"]]`);
    out.push(...sub, '');
  }
  out.push('[expect.hermeticity]', 'no_container_leakage = true', 'no_network_leakage = true', '');
  if (chance(0.5)) out.push('[expect.counts]', `spans_total = { gte = ${int(2, 10)} }`, '');
  return out.join('\n');
}

/** Writes `count` generated suites into `dir`; returns their paths, total bytes and scenarios. */
export function writeSuites(dir, count) {
  const files = [];
  let bytes = 0;
  let scenarios = 0;
  for (let i = 0; i < count; i++) {
    const text = generateSuite(i);
    const file = join(dir, `suite_${String(i).padStart(3, '0')}.clnrm.toml`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
    scenarios += (text.match(/^\[\[scenario\]\]$/gm) ?? []).length;
  }
  return { files, bytes, scenarios };
}
