/**
 * A faked wall clock inside containers: `[determinism] freeze_clock` makes the
 * processes of a service see that instant, standing still (`frozen`) or running
 * on from it (`advancing`, the default: the clock reads `freeze_clock` when the
 * run starts, one shared timeline for every container of the run).
 *
 * How: Debian's libfaketime, loaded into the container's processes with
 * LD_PRELOAD and configured by FAKETIME. The images need not have it: the
 * runner copies a kit into each container before it starts (put archive):
 *
 *   /.clnrm/faketime/lib/       libfaketime.so.1, plus the host's dynamic loader and the libraries
 *                               libfaketime and coreutils `date` need (a self-contained glibc)
 *   /.clnrm/faketime/libexec/   the host's coreutils `date` (dynamically linked)
 *   /.clnrm/faketime/bin/date   runs that `date` through the kit's loader, so it works in any image
 *
 * What it reaches: dynamically linked glibc programs (clnrm-fixture/node's
 * `node`: `Date.now()` shows the faked clock). What it cannot reach: statically
 * linked programs (busybox-static, Go binaries), which never load LD_PRELOAD.
 * Busybox `sh` also runs its own `date` applet without a PATH lookup, so string
 * steps get a one-line prelude that defines a shell function `date` calling the
 * kit's `date` (only where the kit is installed). Each service start records
 * whether the service's main process really loaded libfaketime
 * (`clock.main_process_faked`), read from /proc/PID/maps, instead of assuming it.
 *
 * Monotonic clocks are never faked (FAKETIME_DONT_FAKE_MONOTONIC=1): timers,
 * sleeps and timeouts inside the containers keep working under a frozen clock.
 *
 * Skewable clocks: a service that a `clock_skew` fault of its scenario may target
 * starts with the kit too, but reads its FAKETIME setting from the file
 * SKEW_FILE (FAKETIME_TIMESTAMP_FILE, re-read every second) instead of the
 * environment, which libfaketime would prefer to any file. The file starts with
 * the suite's clock ('+0' when not frozen); the fault rewrites it and its revert
 * puts the original back.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ClockMode, Suite } from '../load/index.js';
import type { Engine } from './engine.js';

export const KIT_DIR = '/.clnrm/faketime';
/** Where Debian's package `libfaketime` installs the library (also in scripts/host-packages.sh). */
export const HOST_LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const HOST_DATE = '/usr/bin/date';
const LOADER = 'ld-linux-x86-64.so.2';

/** Variables of the suite environment that carry the clock to every container. */
export const CLOCK_VARS = { instant: 'CLNRM_FREEZE_CLOCK', mode: 'CLNRM_CLOCK', offset: 'CLNRM_CLOCK_OFFSET_S' } as const;

/** The clock variables of a suite's environment, computed when the run starts (`runStartMs`). */
export function suiteClockEnv(suite: Suite, runStartMs: number): Record<string, string> {
  const frozen = suite.determinism.freezeClock;
  if (!frozen) return {};
  return {
    [CLOCK_VARS.instant]: frozen,
    [CLOCK_VARS.mode]: suite.determinism.clock ?? 'advancing',
    // Advancing: every process of the run sees real time + this offset, so the run starts at freeze_clock.
    [CLOCK_VARS.offset]: ((Date.parse(frozen) - runStartMs) / 1000).toFixed(3),
  };
}

/** The clock a container gets: its service's `clock`, else the suite's; undefined when not faked. */
export function clockModeFor(env: Readonly<Record<string, string>>, override?: ClockMode | 'real'): ClockMode | undefined {
  if (!env[CLOCK_VARS.instant] || override === 'real') return undefined;
  return override ?? (env[CLOCK_VARS.mode] === 'frozen' ? 'frozen' : 'advancing');
}

/** FAKETIME: an absolute instant stands still; a signed number of seconds is an offset from real time. */
export function faketimeValue(mode: ClockMode, env: Readonly<Record<string, string>>): string {
  if (mode === 'frozen') return new Date(Date.parse(env[CLOCK_VARS.instant]!)).toISOString().slice(0, 19).replace('T', ' ');
  const offset = Number(env[CLOCK_VARS.offset] ?? 0);
  return `${offset >= 0 ? '+' : ''}${offset.toFixed(3)}`;
}

/** Container environment that loads libfaketime from the kit. */
export function fakeClockEnv(mode: ClockMode, env: Readonly<Record<string, string>>): Record<string, string> {
  return {
    LD_PRELOAD: `${KIT_DIR}/lib/libfaketime.so.1`,
    FAKETIME: faketimeValue(mode, env),
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    TZ: 'UTC',
  };
}

/** The FAKETIME setting of a skewable service, in its container (see the top of this file). */
export const SKEW_FILE = `${KIT_DIR}/clock.rc`;
/** The fault kind whose targets start with a skewable clock. */
export const CLOCK_SKEW_FAULT = 'clock_skew';

/** The services of a scenario that one of its `clock_skew` faults may target: those it names, or every one when it names none. */
export function skewableServices(faults: readonly { type: string; target?: string | readonly string[] }[], services: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of faults.filter((x) => x.type === CLOCK_SKEW_FAULT)) {
    const named = f.target === undefined ? services : typeof f.target === 'string' ? [f.target] : f.target;
    for (const s of named) if (services.includes(s)) out.add(s);
  }
  return out;
}

/** Container environment of a skewable service: libfaketime reads SKEW_FILE (no FAKETIME, which would win over the file). */
export function skewableClockEnv(): Record<string, string> {
  return {
    LD_PRELOAD: `${KIT_DIR}/lib/libfaketime.so.1`,
    FAKETIME_TIMESTAMP_FILE: SKEW_FILE,
    FAKETIME_CACHE_DURATION: '1',
    // A changed rate (x2) starts from the time of the change instead of jumping by the time already run.
    FAKETIME_XRESET: '1',
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    TZ: 'UTC',
  };
}

/** A tar of SKEW_FILE holding `setting` (a FAKETIME value), to put into a container before it starts. */
export function skewFileTar(setting: string): Buffer {
  const stage = mkdtempSync(join(tmpdir(), 'clnrm-skew-'));
  try {
    mkdirSync(join(stage, KIT_DIR), { recursive: true });
    writeFileSync(join(stage, SKEW_FILE), `${setting}\n`);
    // Writable by every user: the fault rewrites it as the service's user (docker exec runs as the container's user).
    chmodSync(join(stage, SKEW_FILE), 0o666);
    return execFileSync('tar', ['--owner=0', '--group=0', '-C', stage, '-cf', '-', SKEW_FILE.slice(1)]);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Shell line put before a string step: busybox `sh` would run its own (static) `date` applet otherwise. */
export const DATE_PRELUDE = `if [ -x ${KIT_DIR}/bin/date ]; then date() { ${KIT_DIR}/bin/date "$@"; }; fi`;

export type Kit = { tar: Buffer } | { unavailable: string };
let kit: Kit | undefined;

/** Shared libraries (and the loader) a host binary needs, as ldd lists them. */
function libsOf(file: string): string[] {
  const out = execFileSync('ldd', [file], { encoding: 'utf8' });
  return [...out.matchAll(/(?:=>\s*)?(\/\S+)\s+\(0x/g)].map((m) => m[1]!);
}

/** The kit, built once per process from the host's files; `unavailable` says why it cannot be. */
export function clockKit(): Kit {
  if (kit) return kit;
  if (!existsSync(HOST_LIBFAKETIME)) return (kit = { unavailable: `libfaketime is not installed on the host (${HOST_LIBFAKETIME}); apt-get install libfaketime` });
  const stage = mkdtempSync(join(tmpdir(), 'clnrm-faketime-'));
  try {
    const root = join(stage, KIT_DIR);
    for (const d of ['lib', 'libexec', 'bin']) mkdirSync(join(root, d), { recursive: true });
    const libs = new Set([HOST_LIBFAKETIME, ...libsOf(HOST_LIBFAKETIME)]);
    const withDate = existsSync(HOST_DATE);
    if (withDate) for (const l of libsOf(HOST_DATE)) libs.add(l);
    for (const l of libs) cpSync(l, join(root, 'lib', basename(l)), { dereference: true });
    if (withDate) {
      cpSync(HOST_DATE, join(root, 'libexec', 'date'), { dereference: true });
      writeFileSync(join(root, 'bin', 'date'), `#!/bin/sh\nexec ${KIT_DIR}/lib/${LOADER} --library-path ${KIT_DIR}/lib ${KIT_DIR}/libexec/date "$@"\n`);
      chmodSync(join(root, 'bin', 'date'), 0o755);
    }
    const tar = execFileSync('tar', ['--owner=0', '--group=0', '-C', stage, '-cf', '-', '.clnrm'], { maxBuffer: 256 * 1024 * 1024 });
    return (kit = { tar });
  } catch (err) {
    return (kit = { unavailable: `could not assemble the libfaketime kit from the host: ${(err as Error).message}` });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Prints `<comm> faked|not_faked` for the container's main process: pid 1, or under
 * docker's init the oldest child of pid 1 (execs have parent 0, outside the namespace).
 */
const PROBE = `main=1
if [ "$(cat /proc/1/comm 2>/dev/null)" = docker-init ]; then
  main=; for p in /proc/[0-9]*; do
    s=$(cat "$p/stat" 2>/dev/null) || continue; rest=\${s##*) }; set -- $rest
    if [ "$2" = 1 ]; then n=\${p#/proc/}; if [ -z "$main" ] || [ "$n" -lt "$main" ]; then main=$n; fi; fi
  done
fi
[ -n "$main" ] || exit 3
if grep -q libfaketime "/proc/$main/maps" 2>/dev/null; then f=faked; else f=not_faked; fi
echo "$(cat /proc/$main/comm) $f"`;

/** How often, and how many times, the probe asks again while the main process is not the service's program yet. */
const PROBE_RETRY_MS = 50;
const PROBE_TRIES = 20;

/**
 * Whether the container's main process loaded libfaketime; undefined when the container cannot say (no shell).
 * Right after the start, the main process may not be the service's program yet: runc's init still stands in
 * its place (`runc:[2:INIT]`), or docker's init has not started it (the probe exits 3). The probe then asks
 * again a moment later (at most PROBE_TRIES times): what it reports must not depend on how fast it came.
 */
export async function probeMainProcess(engine: Engine, containerId: string): Promise<{ comm: string; faked: boolean } | undefined> {
  for (let attempt = 1; ; attempt++) {
    const seen = await probeOnce(engine, containerId);
    if (seen !== 'not_yet') return seen;
    if (attempt >= PROBE_TRIES) return undefined;
    await new Promise((r) => setTimeout(r, PROBE_RETRY_MS));
  }
}

async function probeOnce(engine: Engine, containerId: string): Promise<{ comm: string; faked: boolean } | undefined | 'not_yet'> {
  let out = '';
  try {
    const h = await engine.exec(containerId, { cmd: ['sh', '-c', PROBE] }, { onStdout: (c) => (out += c.toString()), onStderr() {} });
    const { exitCode } = await h.done;
    if (exitCode === 3) return 'not_yet';
    if (exitCode !== 0) return undefined;
  } catch {
    return undefined;
  }
  const m = /^(\S+) (faked|not_faked)\s*$/.exec(out.trim());
  if (!m) return undefined;
  return m[1]!.startsWith('runc:') ? 'not_yet' : { comm: m[1]!, faked: m[2] === 'faked' };
}

interface TimedSpan {
  startMs: number;
  endMs: number;
  events: readonly { timeMs: number }[];
  resource: Readonly<Record<string, unknown>>;
}

/**
 * Spans of the system under test carry times from the clock its processes saw. Under an
 * advancing faked clock that is real time + the run's offset, exactly: the offset is taken
 * back out, so they line up with the runner's spans (order and window expectations) and
 * the reports shift every span alike. A frozen clock cannot be undone (its times do not
 * move); those spans keep the times they were sent with (docs/digest.md says so).
 */
export function unshiftFakedClock<T extends TimedSpan>(spans: readonly T[], suite: Suite, env: Readonly<Record<string, string>>): readonly T[] {
  const offsetMs = Math.round(Number(env[CLOCK_VARS.offset] ?? 0) * 1000);
  // As they are: a very large trace's view of its table is not copied into objects.
  if (!offsetMs) return spans;
  const advancing = new Set(
    Object.values(suite.services)
      .filter((s) => clockModeFor(env, s.clock) === 'advancing')
      .map((s) => s.env.OTEL_SERVICE_NAME ?? s.name),
  );
  return spans.map((s) =>
    advancing.has(String(s.resource['service.name']))
      ? { ...s, startMs: s.startMs - offsetMs, endMs: s.endMs - offsetMs, events: s.events.map((e) => ({ ...e, timeMs: e.timeMs - offsetMs })) }
      : s,
  );
}
