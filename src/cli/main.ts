import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../ingest/decode.js';
import { parseDate } from '../ingest/inputs.js';
import { runAnalyze } from './analyze-command.js';

const program = new Command()
  .name('readout')
  .description('Reads news articles and writes down what happened, with the evidence for each fact.')
  .showHelpAfterError();

program
  .command('analyze')
  .description('analyse articles: .txt files (one article each), .jsonl files (one {"id","text",...} per line), or - for standard input')
  .argument('<inputs...>', 'files to read, or - for standard input')
  .option('--published <YYYY-MM-DD>', 'publication date of .txt and standard-input articles', (value) => {
    try {
      return parseDate(value, '--published');
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message.replace(/^--published: /, ''));
    }
  })
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
  .addOption(new Option('--include <layers...>', 'extra layers in the JSON output').choices(['tokens']).default([]))
  .addOption(new Option('--encoding <name>', 'encoding of the inputs').choices(['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1']).default('auto'))
  .option('--max-bytes <n>', 'refuse articles larger than this', (value) => positiveInteger(value), DEFAULT_MAX_BYTES)
  .option('-q, --quiet', 'no progress on standard error', false)
  .action(async (inputs: string[], options) => {
    process.exitCode = await runAnalyze(inputs, options, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
  });

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

// A closed pipe (`readout analyze ... | head`) ends the run quietly rather than with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await program.parseAsync();
