import { maskText } from '../../common/secrets.js';
import type { ScenarioFilesReporter } from '../reporter.js';

export const stepLogs: ScenarioFilesReporter = {
  kind: 'scenario-files',
  doc: 'artifacts/<suite>/<scenario>/<step>.stdout.log and .stderr.log: the captured output of each step',
  artifact: 'logs',
  files: (steps, secrets) =>
    steps.flatMap((s) => (['stdout', 'stderr'] as const).map((stream) => ({ name: `${s.name}.${stream}.log`, content: maskText(s[stream].text, secrets) }))),
};
