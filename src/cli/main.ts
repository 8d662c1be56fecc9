import { Command, CommanderError } from 'commander';
import { ClnrmError } from '../common/errors.js';
import { exitCodeFor, printError } from './exit.js';
import { validateCommand } from './validate.js';
import { initCommand } from './init.js';
import { fmtCommand } from './fmt.js';

/** Builds the command tree. Each action returns its exit status; nothing here calls process.exit. */
function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('clnrm')
    .description('Declarative chaos and hermetic integration test runner for containers, judged by OpenTelemetry spans')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run `clnrm --help` for usage)');

  const collect = (value: string, previous: string[] = []) => [...previous, value];

  program
    .command('init')
    .description('Write a starter suite (never overwrites an existing file)')
    .argument('[path]', 'where to write it', 'tests/example.clnrm.toml')
    .action(async (path: string) => setExit(await initCommand(path)));

  program
    .command('validate')
    .alias('dry-run')
    .description('Load and check suite files without an engine: schema, references, timeouts')
    .argument('<files...>', 'suite files or glob patterns')
    .option('--format <format>', 'human or json', 'human')
    .option('--var <name=value>', 'template variable (repeatable)', collect)
    .action(async (files: string[], o) => setExit(await validateCommand(files, o)));

  program
    .command('fmt')
    .description('Rewrite *.clnrm.toml files in canonical form (comments and multi-line strings kept)')
    .argument('<files...>')
    .option('--check', 'exit 1 if any file would change; write nothing')
    .action(async (files: string[], o) => setExit(await fmtCommand(files, o)));

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
