/**
 * GitHub Actions workflow commands: one `::error` annotation per failed
 * expectation (at its file:line:col) or failed scenario, one `::warning` per
 * vacuous pass, so they show on the pull request's diff. Escaping as the
 * runner's toolkit does it (actions/toolkit, command.ts): in the message
 * `%`, `\r`, `\n`; in a property also `:` and `,`.
 */
import type { RunObserver, RunSummary } from './observer.js';
import type { LiveOptions } from './reporter.js';
import { verdictLocation, type JudgedSuite } from '../validate/judge.js';

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface Annotation {
  level: 'error' | 'warning';
  file: string;
  line?: number;
  col?: number;
  title: string;
  message: string;
}

export function formatAnnotation(a: Annotation): string {
  const props: [string, string | number | undefined][] = [
    ['file', a.file],
    ['line', a.line],
    ['col', a.col],
    ['title', a.title],
  ];
  const list = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${a.level} ${list.join(',')}::${escapeData(a.message)}`;
}

/** The annotations of a judged suite: failed expectations where they are written, else the failed scenario. */
export function suiteAnnotations(judged: JudgedSuite): Annotation[] {
  const suite = judged.run.suite;
  const out: Annotation[] = [];
  const at = (keyPath: string) => suite.locate(keyPath);
  for (const r of judged.scenarios) {
    if (r.skipped) continue;
    const spec = suite.scenarios.find((s) => s.name === r.name);
    const failedVerdicts = r.verdicts.filter((v) => !v.passed);
    const title = `${suite.name} › ${r.name}`;
    if (r.outcome !== 'pass' && failedVerdicts.length > 0) {
      for (const v of failedVerdicts) {
        out.push({ level: 'error', file: suite.file, ...(v.line !== undefined ? { line: v.line } : {}), ...(v.column !== undefined ? { col: v.column } : {}), title, message: `${v.keyPath}: ${v.description}: ${v.message}` });
      }
    } else if (r.outcome !== 'pass') {
      // At the step that failed when there is one, else at the scenario.
      const step = spec?.steps.find((st) => r.steps.some((s) => s.name === st.name && s.outcome !== 'pass'));
      const pos = (step ? at(step.keyPath) : undefined) ?? (spec ? at(spec.keyPath) : undefined);
      out.push({ level: 'error', file: suite.file, ...(pos ? { line: pos.line, col: pos.column } : {}), title, message: `${r.outcome === 'error' ? 'error' : 'failed'}: ${r.message}` });
    } else if (r.vacuous) {
      const pos = spec ? at(spec.keyPath) : undefined;
      out.push({ level: 'warning', file: suite.file, ...(pos ? { line: pos.line, col: pos.column } : {}), title, message: `vacuous: ${r.message}` });
    }
  }
  for (const v of judged.fileVerdicts) {
    if (v.passed) continue;
    out.push({ level: 'error', file: suite.file, ...(v.line !== undefined ? { line: v.line } : {}), ...(v.column !== undefined ? { col: v.column } : {}), title: suite.name, message: `${verdictLocation(suite.file, v)}: ${v.description}: ${v.message}` });
  }
  return out;
}

export function githubReporter(o: LiveOptions = {}): RunObserver & { summary(s: RunSummary): void } {
  const out = o.out ?? process.stdout;
  return {
    suiteEnd(judged, outcome) {
      for (const a of suiteAnnotations(judged)) out.write(`${formatAnnotation(a)}\n`);
      if (outcome.baseline && !outcome.baseline.matches) {
        out.write(`${formatAnnotation({ level: 'error', file: judged.run.suite.file, title: judged.run.suite.name, message: `trace digest ${outcome.digest} differs from the baseline ${outcome.baseline.digest} (${outcome.baseline.source})` })}\n`);
      }
    },
    summary() {},
  };
}
