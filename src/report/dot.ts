/**
 * Dot reporter: one character per scenario as it ends (`.` its run passed,
 * `x` failed, `E` error), then, as with -q, the judged failures and vacuous
 * passes of each suite and the totals.
 */
import type { RunObserver, RunSummary } from './observer.js';
import type { LiveOptions } from './reporter.js';
import { consoleReporter } from './console.js';

export function dotReporter(o: LiveOptions = {}): RunObserver & { summary(s: RunSummary): void } {
  const out = o.out ?? process.stdout;
  const quiet = consoleReporter({ ...o, out, quiet: true, verbose: false });
  let column = 0;
  const newline = () => {
    if (column > 0) out.write('\n');
    column = 0;
  };
  return {
    scenarioEnd(_suite, r) {
      out.write(r.outcome === 'pass' ? '.' : r.outcome === 'fail' ? 'x' : 'E');
      if (++column >= 80) newline();
    },
    warning(message) {
      newline();
      quiet.warning!(message);
    },
    suiteEnd(judged, outcome) {
      const failing = !judged.passed || judged.scenarios.some((s) => s.vacuous) || (outcome.baseline && !outcome.baseline.matches);
      if (!failing) return;
      newline();
      quiet.suiteEnd!(judged, outcome);
    },
    summary(s) {
      newline();
      quiet.summary(s);
    },
  };
}
