/**
 * Console reporter: a line when a scenario starts and ends, then a summary.
 * Colours only on a TTY (picocolors checks NO_COLOR / FORCE_COLOR too).
 */
import pc from 'picocolors';
import type { RunObserver, RunSummary } from './observer.js';
import type { LiveOptions } from './reporter.js';
import { verdictLocation } from '../validate/judge.js';
import { faultTypeLines, kpiFigures } from './summary.js';
import { gameDayLines, gameDayReport } from './game-day.js';
import type { Verdict } from '../validate/types.js';

/** The mark of a scenario that passed without proving anything (and of a check that could not fail): not a check mark. */
export const VACUOUS_MARK = '○';

export type ConsoleOptions = LiveOptions;

export function consoleReporter(o: ConsoleOptions = {}): RunObserver & { summary(s: RunSummary): void } {
  const out = o.out ?? process.stdout;
  const color = pc.createColors((out as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR);
  const write = (line: string) => out.write(`${line}\n`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
  return {
    orphansRemoved(count) {
      if (!o.quiet) write(color.dim(`removed ${count} orphaned resource(s) of earlier runs`));
    },
    suiteStart(suite, seed, drawn) {
      if (!o.quiet) write(color.bold(`${suite.name}`) + color.dim(` (${suite.file}, seed ${seed}${drawn ? ' drawn; replay with --seed ' + seed : ''})`));
    },
    scenarioStart(suite, name) {
      if (!o.quiet) write(color.dim(`  ▶ ${suite.name} › ${name}`));
    },
    warning(message) {
      process.stderr.write(`clnrm: warning: ${message}\n`);
    },
    suiteEnd(judged, outcome) {
      // Verdicts are printed once the whole trace is judged (spans of the system under test arrive late).
      for (const r of judged.scenarios) {
        if (r.skipped && r.outcome === 'pass') {
          if (o.verbose) write(color.dim(`  - ${r.name} (${r.message})`));
          continue;
        }
        // A vacuous pass is shown whatever the verbosity: it passed without proving anything.
        const vacuous = r.outcome === 'pass' && r.vacuous === true;
        const mark = vacuous ? color.yellow(VACUOUS_MARK) : r.outcome === 'pass' ? color.green('✓') : r.outcome === 'fail' ? color.red('✗') : color.yellow('!');
        if (o.quiet && r.outcome === 'pass' && !vacuous) continue;
        const detail = r.outcome === 'pass' && !o.verbose && !vacuous ? '' : color.dim(` — ${r.message}`);
        write(`  ${mark} ${r.name} ${color.dim(seconds(r.durationMs))}${vacuous ? ` ${color.yellow('vacuous')}` : ''}${detail}`);
        if (r.kpis) write(color.dim(`      kpi ${kpiFigures(r.kpis).map(([k, v]) => `${k} ${v}`).join(' · ')}`));
        if (r.kpis) for (const line of faultTypeLines(r.kpis)) write(color.dim(`      fault ${line}`));
        if (o.verbose) {
          for (const s of r.steps) write(color.dim(`      ${s.outcome === 'pass' ? '✓' : '✗'} step ${s.name}: ${s.message} (attempts ${s.attempts})`));
          for (const v of r.verdicts) write(color.dim(`      ${verdictMark(v)}${v.passed ? '' : ` ${verdictLocation(judged.run.suite.file, v)}:`} ${v.description}: ${v.message}${v.vacuous && v.passed ? ` (vacuous: ${v.vacuous})` : ''}`));
        }
      }
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
    },
  };
}

const verdictMark = (v: Verdict): string => (v.passed ? (v.vacuous !== undefined ? VACUOUS_MARK : '✓') : '✗');
