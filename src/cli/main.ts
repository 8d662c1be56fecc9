import { Command, CommanderError } from 'commander';
import { ClnrmError } from '../common/errors.js';
import { exitCodeFor, printError } from './exit.js';
import { validateCommand } from './validate.js';

/** Builds the command tree. Each action returns its exit status; nothing here calls process.exit. */
function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('clnrm')
    .description('Declarative chaos and hermetic integration test runner for containers, judged by OpenTelemetry spans')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run `clnrm --help` for usage)');

  const collect = (value: string, previous: string[] = []) => [...previous, value];

  program
    .command('validate')
    .alias('dry-run')
    .description('Load and check suite files without an engine: schema, references, timeouts')
    .argument('<files...>', 'suite files or glob patterns')
    .option('--format <format>', 'human or json', 'human')
    .option('--var <name=value>', 'template variable (repeatable)', collect)
    .action(async (files: string[], o) => setExit(await validateCommand(files, o)));

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    printError(err);
    return exitCodeFor(err);
  }
}

export { ClnrmError };
