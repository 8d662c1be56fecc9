/**
 * Console reporter: each scenario's final verdict as soon as it ends (it is
 * judged then), each file's expectations and digest once its trace is complete, then the totals, how to
 * reproduce a failure and where the reports are. On a TTY a status line (what
 * runs, elapsed time, scenarios done/total) is redrawn in place below them;
 * piped output gets plain lines only. Colours: see terminal.ts.
 */
import { dirname } from 'node:path';
import type { Suite } from '../load/index.js';
import type { RunObserver, RunSummary } from './observer.js';
import type { LiveOptions } from './reporter.js';
import { colorEnabled, statusLine, type Colors } from './terminal.js';
import { verdictLocation, type JudgedScenario, type JudgedSuite } from '../validate/judge.js';
import { faultTypeLines, kpiFigures } from './summary.js';
import pc from 'picocolors';
import { gameDayLines, gameDayReport } from './game-day.js';
import type { Verdict } from '../validate/types.js';

/** The mark of a scenario that passed without proving anything (and of a check that could not fail): not a check mark. */
export const VACUOUS_MARK = '○';

export type ConsoleOptions = LiveOptions;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/**
 * The line printed when a scenario ended and was judged: its final verdict (✓, ✗, ! or ○ vacuous),
 * with the reason unless it passed (and always with -v).
 */
export function scenarioEndLine(suite: Suite, r: JudgedScenario, color: Colors, verbose = false, named = true): string {
  // Named by its suite, since with -j the lines of other files come between; under its suite's heading the name alone.
  const name = `${named ? `${suite.name} › ` : ''}${r.name} ${color.dim(seconds(r.durationMs))}`;
  if (r.skipped) return `  ${color.dim('-')} ${name}${color.dim(` (${r.message})`)}`;
  // A vacuous pass is marked whatever the verbosity: it passed without proving anything.
  const vacuous = r.outcome === 'pass' && r.vacuous === true;
  const mark = vacuous ? color.yellow(VACUOUS_MARK) : r.outcome === 'pass' ? color.green('✓') : r.outcome === 'fail' ? color.red('✗') : color.yellow('!');
  const detail = r.outcome === 'pass' && !verbose && !vacuous ? '' : color.dim(` — ${r.message}`);
  return `  ${mark} ${name}${vacuous ? ` ${color.yellow('vacuous')}` : ''}${detail}`;
}

/** A scenario's verdict line and, below it, its KPIs, fault types and (-v) steps and verdicts. */
function scenarioLines(suite: Suite, r: JudgedScenario, color: Colors, verbose: boolean, named = true): string[] {
  const lines = [scenarioEndLine(suite, r, color, verbose, named)];
  if (r.kpis) lines.push(color.dim(`      kpi ${kpiFigures(r.kpis).map(([k, v]) => `${k} ${v}`).join(' · ')}`));
  if (r.kpis) for (const line of faultTypeLines(r.kpis)) lines.push(color.dim(`      fault ${line}`));
  if (verbose) {
    for (const st of r.steps) lines.push(color.dim(`      ${st.outcome === 'pass' ? '✓' : '✗'} step ${st.name}: ${st.message} (attempts ${st.attempts})`));
    for (const v of r.verdicts) lines.push(color.dim(`      ${verdictMark(v)}${v.passed ? '' : ` ${verdictLocation(suite.file, v)}:`} ${v.description}: ${v.message}${v.vacuous && v.passed ? ` (vacuous: ${v.vacuous})` : ''}`));
  }
  return lines;
}

/** Whether -q hides a scenario: it passed and proved something. */
const quietHides = (r: JudgedScenario): boolean => r.outcome === 'pass' && r.vacuous !== true;

/** Shell-quotes an argument when it needs it. */
const SAFE_ARG = new RegExp('^[\\w@%+=:,./-]+$');
const QUOTE = "'";
const shellQuote = (arg: string): string => (SAFE_ARG.test(arg) ? arg : QUOTE + arg.split(QUOTE).join(QUOTE + '\\' + QUOTE + QUOTE) + QUOTE);
const REGEX_SPECIAL = new RegExp('[.*+?^$' + '{}()|[\\]\\\\]', 'g');
const regexEscape = (text: string): string => text.replace(REGEX_SPECIAL, (c) => '\\' + c);

/** How a failure is replayed: the command's arguments before `--seed`, and whether `--filter` selects the failed scenarios. */
export interface Replay {
  args(file: string): string[];
  filter: boolean;
}
const RUN_REPLAY: Replay = { args: (file) => ['run', file], filter: true };

/** The command that replays the failed scenarios of a suite (same file, same seed, only those scenarios). */
export function reproduceCommand(judged: JudgedSuite, replay: Replay = RUN_REPLAY): string | undefined {
  const failed = judged.scenarios.filter((s) => !s.skipped && s.outcome !== 'pass').map((s) => s.name);
  const fileFailed = judged.fileVerdicts.some((v) => !v.passed);
  if (failed.length === 0 && !fileFailed) return undefined;
  // A file expectation is judged over every scenario: no --filter then.
  const filter = replay.filter && failed.length > 0 && !fileFailed ? ['--filter', `^(${failed.map(regexEscape).join('|')})$`] : [];
  return ['clnrm', ...replay.args(judged.run.suite.file), '--seed', String(judged.run.seed), ...filter].map(shellQuote).join(' ');
}

export function consoleReporter(o: ConsoleOptions = {}): RunObserver & { summary(s: RunSummary): void } {
  const out = o.out ?? process.stdout;
  const color = colorEnabled(out, o.env) ? createColors(true) : createColors(false);
  const status = statusLine(out);
  const write = (line: string) => status.write(line);
  const startedMs = Date.now();
  const running: string[] = [];
  let done = 0;
  let seen = 0;
  /** Scenarios whose verdict line was printed when they ended, by file and name. */
  const printed = new Set<string>();
  const drawStatus = () => {
    if (!status.tty) return;
    const total = o.total ?? seen;
    const now = running.length === 0 ? 'waiting' : `running ${running[0]}${running.length > 1 ? ` (+${running.length - 1})` : ''}`;
    status.set(`${now} · ${done}/${total} scenarios · ${seconds(Date.now() - startedMs)}`);
  };
  // Elapsed time moves on while a scenario runs: redraw every second from the first suite on (never keeps the process alive).
  let ticker: NodeJS.Timeout | undefined;
  const startTicker = () => {
    if (!status.tty || ticker) return;
    ticker = setInterval(drawStatus, 1000);
    ticker.unref();
  };
  return {
    orphansRemoved(count) {
      if (!o.quiet) write(color.dim(`removed ${count} orphaned resource(s) of earlier runs`));
    },
    suiteStart(suite, seed, drawn) {
      seen += suite.scenarios.length;
      startTicker();
      if (!o.quiet) write(color.bold(`${suite.name}`) + color.dim(` (${suite.file}, seed ${seed}${drawn ? ' drawn; replay with --seed ' + seed : ''})`));
      drawStatus();
    },
    scenarioStart(suite, name) {
      running.push(`${suite.name} › ${name}`);
      // On a TTY the status line says what runs; piped output says it with a line.
      if (!o.quiet && !status.tty) write(color.dim(`  ▶ ${suite.name} › ${name}`));
      drawStatus();
    },
    scenarioEnd(suite, result) {
      const i = running.indexOf(`${suite.name} › ${result.name}`);
      if (i >= 0) running.splice(i, 1);
      done++;
      printed.add(`${suite.file}\0${result.name}`);
      if (!o.quiet || !quietHides(result)) for (const line of scenarioLines(suite, result, color, o.verbose ?? false)) write(line);
      drawStatus();
    },
    warning(message) {
      status.clear();
      process.stderr.write(`clnrm: warning: ${message}\n`);
      drawStatus();
    },
    suiteEnd(judged, outcome) {
      const suite = judged.run.suite;
      // Scenarios were printed as they ended, with their final verdicts; what is left is what never ended
      // (skipped, not run after an interrupt) and what needs the whole trace: the file's expectations and the digest.
      const unprinted = judged.scenarios.filter((r) => !printed.has(`${suite.file}\0${r.name}`));
      const shown = unprinted.filter((r) => (r.skipped && r.outcome === 'pass' ? o.verbose : !o.quiet || !quietHides(r)));
      const fileLines = judged.fileVerdicts.some((v) => !v.passed || v.vacuous !== undefined || o.verbose);
      // Named, since with -j the lines of other files come between.
      if (!o.quiet || shown.length > 0 || fileLines || !judged.passed) write(`${color.bold(suite.name)}${color.dim(' — the whole file')}`);
      for (const r of shown) for (const line of scenarioLines(suite, r, color, o.verbose ?? false, false)) write(line);
      for (const v of judged.fileVerdicts) {
        const vacuous = v.passed && v.vacuous !== undefined;
        if (v.passed && !vacuous && !o.verbose) continue;
        const mark = vacuous ? color.yellow(VACUOUS_MARK) : v.passed ? color.green('✓') : color.red('✗');
        const detail = vacuous ? ` ${color.yellow('vacuous')}${color.dim(` — ${v.vacuous}`)}` : v.passed ? '' : color.dim(` — ${v.message}`);
        write(`  ${mark} ${v.passed ? v.keyPath : verdictLocation(judged.run.suite.file, v)}: ${v.description}${detail}`);
      }
      // A game day: its hypotheses after the suite's scenarios, each with its criteria, KPIs and timeline in short (--quiet: only when one did not hold).
      const gameDay = gameDayReport(judged);
      if (gameDay && (!o.quiet || gameDay.outcome !== 'pass')) for (const line of gameDayLines(gameDay)) write(line.startsWith('  game day') ? color.bold(line) : line);
      if (outcome.baseline && !outcome.baseline.matches) {
        write(`  ${color.red('✗')} trace digest ${outcome.digest.slice(0, 16)}… differs from the baseline ${outcome.baseline.digest.slice(0, 16)}… (${outcome.baseline.source}); see \`clnrm diff\``);
      } else if (!o.quiet) {
        write(color.dim(`  trace digest ${outcome.digest}${outcome.baseline ? ' (matches the baseline)' : ''}`));
      }
      if (o.verbose) for (const f of outcome.reports) write(color.dim(`  wrote ${f}`));
    },
    summary(s) {
      if (ticker) clearInterval(ticker);
      status.clear();
      const vacuous = s.suites.flatMap((j) => j.scenarios).filter((r) => !r.skipped && r.outcome === 'pass' && r.vacuous).length;
      const parts = [
        color.green(`${s.passed} passed`) + (vacuous ? color.yellow(` (${vacuous} vacuous)`) : ''),
        s.failed ? color.red(`${s.failed} failed`) : `${s.failed} failed`,
        s.errors ? color.yellow(`${s.errors} errors`) : `${s.errors} errors`,
        // Never "0 leaks" when some cleanup could not be checked: the count is then unknown.
        s.unverifiedCleanups
          ? color.red(`${s.leaks}+ leaks (cleanup of ${s.unverifiedCleanups} scenario(s) not verified: the engine did not answer; run \`clnrm gc\`${process.env.DOCKER_HOST ? ` with DOCKER_HOST=${process.env.DOCKER_HOST}` : ''})`)
          : s.leaks
            ? color.red(`${s.leaks} leaks`)
            : `${s.leaks} leaks`,
      ];
      if (s.skipped) parts.push(`${s.skipped} skipped`);
      if (s.digestMismatches) parts.push(color.red(`${s.digestMismatches} digest mismatch(es)`));
      write(`${parts.join(', ')} in ${seconds(s.durationMs)}${s.interrupted ? color.yellow(' (interrupted)') : ''}`);
      for (const j of s.suites) {
        const command = reproduceCommand(j, o.replay);
        if (command) write(`reproduce: ${command}`);
      }
      const dirs = [...new Set(s.outcomes.flatMap((x) => x?.reports ?? []).map((f) => dirname(f)))];
      if (dirs.length > 0) write(color.dim(`reports: ${dirs.join(', ')}`));
    },
  };
}

const createColors = pc.createColors;

const verdictMark = (v: Verdict): string => (v.passed ? (v.vacuous !== undefined ? VACUOUS_MARK : '✓') : '✗');
