import { Command, CommanderError } from 'commander';
import { ClnrmError } from '../common/errors.js';
import { exitStatus, outcomeOfError, printError, type Outcome } from './exit.js';
import { normalizeOutputFileArgs } from './output-file-args.js';

/**
 * Builds the command tree. Each action returns its outcome; nothing here calls process.exit.
 * Each command's module is imported when it runs, so `--version` and `--help` load none of them.
 */
function buildProgram(setExit: (outcome: Outcome) => void): Command {
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
    .action(async (path: string) => setExit(await (await import('./init.js')).initCommand(path)));

  program
    .command('validate')
    .alias('dry-run')
    .description('Load and check suite files without an engine: schema, references, timeouts')
    .argument('<files...>', 'suite files or glob patterns')
    .option('--format <format>', 'human or json', 'human')
    .option('--var <name=value>', 'template variable (repeatable)', collect)
    .action(async (files: string[], o) => setExit(await (await import('./validate.js')).validateCommand(files, o)));

  program
    .command('fmt')
    .description('Rewrite *.clnrm.toml files in canonical form (comments and multi-line strings kept)')
    .argument('<files...>')
    .option('--check', 'exit 1 if any file would change; write nothing')
    .action(async (files: string[], o) => setExit(await (await import('./fmt.js')).fmtCommand(files, o)));

  program
    .command('migrate')
    .description('Convert a suite file of the Rust clnrm tool; lists every construct it could not convert')
    .argument('<in>', 'suite file to convert (left unchanged unless --in-place)')
    .option('-o, --output <out>', 'write the result here instead of printing it')
    .option('--in-place', 'replace IN with the result')
    .option('--force', 'replace an existing OUT')
    .action(async (input: string, o) => setExit(await (await import('./migrate.js')).migrateCommand(input, o)));

  program
    .command('run')
    .description('Run suite files on the Docker engine; exit 0 when every scenario passed')
    .argument('<files...>', 'suite files or glob patterns')
    .option('-j, --jobs <n>', 'scenarios (and files) run at once', '1')
    .option('--fail-fast', 'stop starting scenarios after the first failure')
    .option('--filter <regex>', 'run only scenarios whose name matches')
    .option('--shard <i/n>', 'run the i-th of n shares of the files (for CI machines)')
    .option('--seed <n>', 'seed of every random draw (overrides [determinism] seed)')
    .option('--var <name=value>', 'template variable (repeatable)', collect)
    .option('--chaos <preset>', 'add chaos to every scenario: gentle, aggressive, none, or custom:FILE.json (overrides [chaos] preset)')
    .option('--report-dir <dir>', 'where reports go (overrides [report] dir)')
    .option('--junit <path>', 'also write one JUnit XML file for all suites of the run')
    .option('--json <path>', 'also write one JSON report for all suites of the run')
    .option('--strict', 'fail scenarios that check nothing but exit code 0 (default when $CI is set)')
    .option('--no-strict', 'report such scenarios as vacuous but let them pass')
    .option('--baseline <dir>', 'fail a suite whose trace digest differs from <dir>/<suite>.trace.sha256')
    .option('--expect-digest <file>', 'fail when the (single) suite\'s trace digest differs from the one in <file>')
    .option('-q, --quiet', 'print failures and the summary only')
    .option('-v, --verbose', 'print every scenario and step')
    .option('--otel-exporter <name>', 'also export the whole trace after the run: stdout (OTLP/JSON lines), otlp, or none (overrides [otel] exporter and the OTEL_* variables; docs/otel.md)')
    .option('--otel-endpoint <url>', 'OTLP/HTTP endpoint for the otlp exporter, e.g. http://localhost:4318 (implies --otel-exporter otlp)')
    .option('--plan', 'print the plan (seeds, chaos schedule, targets, problems) without an engine; start nothing; exit 0 when it is valid')
    .option('--dry-run', 'same as --plan')
    .option('--format <format>', 'with --plan: human or json')
    .option('--reporter <name>', 'default, verbose, dot, json, junit, github or html (repeatable)', collect)
    .option('--outputFile <[name=]path>', 'where a --reporter json/junit file goes; also --outputFile.json=PATH, --outputFile.junit=PATH (default: stdout)', collect)
    .option('--repeat <n>', 'run every scenario n times, with seeds derived from the suite\'s seed (the first is the seed itself); reports pass rates (docs/repeat.md)')
    .option('--seeds <A..B>', 'run every scenario once per seed from A to B (inclusive)')
    .option('--until-fail', 'with --repeat/--seeds: start no more repetitions of a file after one failed')
    .option('--watch', 'run the files, then run each file again when it changes, until Ctrl-C')
    .action(async (files: string[], o) =>
      setExit(o.watch ? await (await import('./watch.js')).watchCommand(files, o) : await (await import('./run.js')).runCommand(files, o)),
    );

  program
    .command('monkey')
    .description('Run a file\'s scenarios in monkey mode: faults drawn from the seed at every interval, with the steady-state probes sampling; prints the plan first')
    .argument('<file>', 'suite file')
    .option('--scenario <name>', 'run only this scenario')
    .option('--duration <time>', 'how long the monkey draws, e.g. 60s (overrides [scenario.monkey] duration_ms)')
    .option('--interval <time>', 'time between two ticks, e.g. 1s (overrides interval_ms)')
    .option('--probability <p>', 'chance that a tick fires a fault, above 0 and at most 1 (overrides probability)')
    .option('--types <list>', 'fault types to draw from, e.g. stop_container,pause_container (overrides types)')
    .option('--targets <list>', 'services to draw from, e.g. api,db (overrides targets)')
    .option('--seed <n>', 'seed of every random draw (overrides [determinism] seed)')
    .option('--var <name=value>', 'template variable (repeatable)', collect)
    .option('--report-dir <dir>', 'where reports go (overrides [report] dir)')
    .option('--junit <path>', 'also write one JUnit XML file for the run')
    .option('--json <path>', 'also write one JSON report for the run')
    .option('--strict', 'fail scenarios that check nothing but exit code 0 (default when $CI is set)')
    .option('--no-strict', 'report such scenarios as vacuous but let them pass')
    .option('-q, --quiet', 'print failures and the summary only')
    .option('-v, --verbose', 'print every scenario and step')
    .option('--plan', 'print the plan (the monkey\'s draws) without an engine; start nothing')
    .option('--format <format>', 'with --plan: human or json')
    .action(async (file: string, o) => setExit(await (await import('./monkey.js')).monkeyCommand(file, o)));

  program
    .command('replay')
    .description('Run a suite again exactly as a report recorded it (file, seed, variables, fault plan, images); refuses when any of them changed')
    .argument('<report>', 'a <suite>.report.json written by clnrm run')
    .option('--scenario <name>', 'replay only this scenario (its part of the trace is compared)')
    .option('--var <name=value>', 'a secret variable the report masks (repeatable)', collect)
    .option('--report-dir <dir>', 'where the replay\'s reports go (default: replay/ next to the report)')
    .option('-j, --jobs <n>', 'scenarios run at once', '1')
    .option('-q, --quiet', 'print failures and the summary only')
    .option('-v, --verbose', 'print every scenario and step')
    .action(async (report: string, o) => setExit(await (await import('./replay.js')).replayCommand(report, o)));

  program
    .command('shrink')
    .description('Reduce the fault plan of a failed scenario to the smallest one that still fails the same way (delta debugging, each candidate run on the engine)')
    .argument('<report>', 'the report.json of the failed run')
    .option('--scenario <name>', 'the failed scenario to shrink')
    .option('--max-runs <n>', 'at most this many runs of the scenario', '32')
    .option('--var <name=value>', 'template variable (repeatable)', collect)
    .option('--report-dir <dir>', 'where the attempts\' reports go (default: the suite\'s [report] dir, under shrink/<scenario>/)')
    .action(async (report: string, o) => setExit(await (await import('./shrink.js')).shrinkCommand(report, o)));

  program
    .command('analyze')
    .description('Judge a suite file\'s expectations against a saved trace, without running anything')
    .argument('<file>', 'suite file')
    .requiredOption('--traces <file>', 'saved trace: OTLP/JSON request(s), JSON lines of them, or a clnrm report.json')
    .option('--trace-id <hex>', 'which trace of the file to judge (default: the run of this suite)')
    .option('--filter <regex>', 'judge only scenarios whose name matches')
    .option('--var <name=value>', 'template variable (repeatable)', collect)
    .option('--strict', 'fail when an expectation cannot be checked from a trace (leak checks need a run)')
    .option('-v, --verbose', 'print every verdict')
    .action(async (file: string, o) => setExit(await (await import('./analyze.js')).analyzeCommand(file, o)));

  program
    .command('diff')
    .description('Compare two canonical traces (or report directories); exit 1 when they differ')
    .argument('<a>', 'a .trace.json file or a report directory')
    .argument('<b>', 'a .trace.json file or a report directory')
    .action(async (a: string, b: string) => setExit(await (await import('./diff.js')).diffCommand(a, b)));

  program
    .command('gc')
    .description('Remove containers, networks and volumes left by runners that are gone')
    .option('--all', 'also remove resources of runs still in progress (and unowned ones)')
    .option('--dry-run', 'list what would be removed and what kept, and why; remove nothing')
    .action(async (o) => setExit(await (await import('./gc.js')).gcCommand(o)));

  program
    .command('doctor')
    .description('Check the engine, fixture images, cgroup memory limits, iptables and the OTLP port')
    .option('--json', 'print the checks as JSON')
    .action(async (o) => setExit(await (await import('./doctor.js')).doctorCommand(o)));

  return program;
}

/** Runs one command line; returns its exit status (cli/exit.ts decides it from the command's outcome). */
export async function main(argv: string[]): Promise<number> {
  return exitStatus(await mainOutcome(argv));
}

async function mainOutcome(argv: string[]): Promise<Outcome> {
  let outcome: Outcome = { kind: 'done' };
  const program = buildProgram((o) => {
    outcome = o;
  });
  try {
    await program.parseAsync(normalizeOutputFileArgs(argv), { from: 'user' });
    return outcome;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0; commander printed its usage message.
      return err.exitCode === 0 ? { kind: 'done' } : { kind: 'usage' };
    }
    printError(err);
    return outcomeOfError(err);
  }
}

export { ClnrmError };
export { endsAtOnce } from './exit.js';
