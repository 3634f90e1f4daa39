import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { runAnalyze } from './analyze-command.js';
import { runIngest } from './ingest-command.js';
import { dbOption, encodingOption, maxBytesOption, positiveInteger, publishedOption } from './options.js';
import { registerQueryCommands } from './query-commands.js';
import { registerServeCommand } from './serve-command.js';
import { packageVersion } from './version.js';

const program = new Command()
  .name('readout')
  .description('Reads news articles and writes down what happened, with the evidence for each fact.')
  .version(packageVersion(), '-V, --version')
  .showHelpAfterError();

program
  .command('analyze')
  .description('analyse articles: .txt files (one article each), .jsonl files (one {"id","text",...} per line), .csv files with a header, or - for standard input')
  .argument('<inputs...>', 'files to read, or - for standard input')
  .addOption(publishedOption())
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
  .addOption(new Option('--include <layers...>', 'extra layers in the JSON output').choices(['tokens']).default([]))
  .addOption(encodingOption())
  .addOption(maxBytesOption())
  .option('-q, --quiet', 'no progress on standard error', false)
  .action(async (inputs: string[], options) => {
    process.exitCode = await runAnalyze(inputs, options, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
  });

program
  .command('ingest')
  .description('analyse articles (the inputs analyze takes) and add them to the store, merging the events they report with those already stored')
  .argument('<inputs...>', 'files to read, or - for standard input')
  .addOption(dbOption())
  .addOption(publishedOption())
  .addOption(encodingOption())
  .addOption(maxBytesOption())
  .addOption(new Option('--threads <n>', 'worker threads for analysis').argParser(positiveInteger).default(availableParallelism(), 'the number of cores'))
  .addOption(new Option('--batch <n>', 'articles per transaction').argParser(positiveInteger).default(100))
  .option('-q, --quiet', 'no progress on standard error', false)
  .action(async (inputs: string[], options) => {
    process.exitCode = await runIngest(inputs, options, process.stderr);
  });

registerQueryCommands(program);
registerServeCommand(program);


// A closed pipe (`readout analyze ... | head`) ends the run quietly rather than with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await program.parseAsync();
