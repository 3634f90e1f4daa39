import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import type { Encoding } from '../ingest/decode.js';
import { singleArticle } from '../ingest/inputs.js';
import { readerFor } from '../ingest/readers/index.js';
import { analyzeInputs } from '../jobs/analyze.js';
import { actorsOption, readDictionaries, encodingOption, maxBytesOption, publishedOption, threadsOption, verbsOption } from './options.js';
import { Progress } from './progress.js';

export function defineAnalyze(command: Command): void {
  command
    .argument('<inputs...>', 'files to read, or - for standard input')
    .addOption(publishedOption())
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .addOption(new Option('--include <layers...>', 'extra layers in the JSON output (text: the article text the offsets index, always there for web inputs)').choices(['tokens', 'text']).default([]))
    .addOption(encodingOption())
    .addOption(maxBytesOption())
    .addOption(threadsOption())
    .addOption(actorsOption())
    .addOption(verbsOption())
    .option('-q, --quiet', 'no progress on standard error', false)
    .action(async (inputs: string[], options) => {
      process.exitCode = await runAnalyze(inputs, options, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
    });
}

export interface AnalyzeOptions {
  published?: string;
  format: 'json' | 'text';
  include: string[];
  encoding: Encoding;
  maxBytes: number;
  /** Worker threads; one article is analysed on this thread whatever the number. */
  threads?: number;
  quiet: boolean;
  /** The user's actor dictionary files. */
  actors?: string[];
  /** The user's verb dictionary files. */
  verbs?: string[];
}

const WEB_READERS = new Set(['html', 'feed', 'warc', 'url', 'directory']);

export interface CommandIO {
  stdout: Writable;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

/**
 * Analyses every input in order and writes one readout per article. A bad input is reported on
 * standard error with its name and reason and the others go on; returns the exit code (1 if any
 * input failed).
 */
export async function runAnalyze(paths: string[], options: AnalyzeOptions, io: CommandIO): Promise<number> {
  const dictionaries = readDictionaries(options, io.stderr);
  if (!dictionaries) return 1;
  const { actors, verbs } = dictionaries;
  const includeTokens = options.include.includes('tokens');
  // Text extracted from a page, feed or archive is nowhere else to be seen: the offsets need it.
  const includeText = options.include.includes('text') || paths.some((path) => WEB_READERS.has(readerFor(path).name));
  // One plain-text article reads best as indented JSON; several are JSON Lines.
  const pretty = singleArticle(paths);
  const progress = new Progress(io.stderr, !options.quiet);
  let failures = 0;
  let articles = 0;
  // Worker threads take longer to start than one article takes to analyse.
  const threads = pretty ? 1 : (options.threads ?? 1);
  const results = analyzeInputs(
    paths,
    { published: options.published ?? null, encoding: options.encoding, maxBytes: options.maxBytes, stdin: io.stdin, threads, actors, verbs },
    { format: options.format, includeTokens, includeText, pretty },
  );
  for await (const result of results) {
    progress.tick(result.ok);
    if (!result.ok) {
      failures++;
      io.stderr.write(`readout: ${result.input}: ${result.reason}\n`);
      continue;
    }
    articles++;
    if (!io.stdout.write(result.value)) await once(io.stdout, 'drain');
  }
  progress.finish();
  if (failures > 0) io.stderr.write(`readout: ${failures} input${failures === 1 ? '' : 's'} failed, ${articles} article${articles === 1 ? '' : 's'} analysed\n`);
  return failures > 0 ? 1 : 0;
}
