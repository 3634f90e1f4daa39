import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { runAnalyze } from './analyze-command.js';
import { debugging, reportError } from './errors.js';
import { runIngest } from './ingest-command.js';
import { runWatch } from './watch-command.js';
import { parseInterval } from '../jobs/watch.js';
import { queueOption, registerQueueCommands, runQueueIngest } from './queue-commands.js';
import { dbOption, encodingOption, isDefaultStore, maxBytesOption, positiveInteger, publishedOption } from './options.js';
import { registerQueryCommands } from './query-commands.js';
import { registerServeCommand } from './serve-command.js';
import { packageVersion } from './version.js';

const program = new Command()
  .name('readout')
  .description('Reads news articles and writes down what happened, with the evidence for each fact.')
  .version(packageVersion(), '-V, --version')
  .option('--debug', 'show the stack trace of an error')
  .showHelpAfterError();

program
  .command('analyze')
  .description('analyse articles: .txt files (one article each), .jsonl files (one {"id","text",...} per line), .csv files with a header, saved web pages (.html, .htm, .gz), feeds (.rss, .atom, JSON Feed), web archives (.warc, .warc.gz), directories of these, http(s) URLs of pages or feeds, or - for standard input')
  .argument('<inputs...>', 'files to read, or - for standard input')
  .addOption(publishedOption())
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
  .addOption(new Option('--include <layers...>', 'extra layers in the JSON output (text: the article text the offsets index, always there for web inputs)').choices(['tokens', 'text']).default([]))
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
  .addOption(queueOption())
  .option('-q, --quiet', 'no progress on standard error', false)
  .action(async (inputs: string[], options, command: Command) => {
    process.exitCode = options.queue ? await runQueueIngest(inputs, options, process.stderr) : await runIngest(inputs, { ...options, createDirectory: isDefaultStore(command) }, process.stderr);
  });

program
  .command('watch')
  .description('poll feeds and sites (http:// or https:// URLs) and ingest their new articles until stopped (Ctrl-C finishes the batch)')
  .argument('<urls...>', 'feeds or pages to poll')
  .addOption(new Option('--every <interval>', 'time between polls: 30s, 10m, 1h').argParser(interval).default(600_000, '10m'))
  .addOption(dbOption())
  .addOption(maxBytesOption())
  .addOption(new Option('--threads <n>', 'worker threads for analysis').argParser(positiveInteger).default(availableParallelism(), 'the number of cores'))
  .addOption(new Option('--batch <n>', 'articles per transaction').argParser(positiveInteger).default(100))
  .option('-q, --quiet', 'report only polls that found something', false)
  .action(async (urls: string[], options, command: Command) => {
    process.exitCode = await runWatch(urls, { ...options, encoding: 'auto', everyMs: options.every, createDirectory: isDefaultStore(command) }, process.stderr);
  });

function interval(value: string): number {
  try {
    return parseInterval(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

registerQueryCommands(program);
registerQueueCommands(program);
registerServeCommand(program);

// A closed pipe (`readout analyze ... | head`) ends the run quietly rather than with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  await program.parseAsync();
} catch (err) {
  process.exitCode = reportError(err, process.stderr, debugging());
}
