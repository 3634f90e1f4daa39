import { Option, type Command } from 'commander';
import type { Encoding } from '../ingest/decode.js';
import { countArticles } from '../ingest/inputs.js';
import { ingestInputs, type IngestSummary } from '../jobs/ingest.js';
import { openStore } from '../jobs/stores.js';
import { stopOnInterrupt } from './interrupt.js';
import { actorsOption, batchOption, readDictionaries, dbOption, encodingOption, isDefaultStore, maxBytesOption, publishedOption, threadsOption, verbsOption } from './options.js';
import { Progress } from './progress.js';

export function defineIngest(command: Command): void {
  command
    .argument('<inputs...>', 'files to read, or - for standard input')
    .addOption(dbOption())
    .addOption(publishedOption())
    .addOption(encodingOption())
    .addOption(maxBytesOption())
    .addOption(threadsOption())
    .addOption(batchOption())
    .addOption(actorsOption())
    .addOption(verbsOption())
    .addOption(new Option('--queue <url>', 'a NATS JetStream server (nats://host:port): publish the articles to its work queue for `readout worker`s'))
    .option('-q, --quiet', 'no progress on standard error', false)
    .action(async (inputs: string[], options) => {
      process.exitCode = options.queue
        ? await (await import('./queue-commands.js')).runQueueIngest(inputs, options, process.stderr)
        : await runIngest(inputs, { ...options, createDirectory: isDefaultStore(command) }, process.stderr);
    });
}

export interface IngestOptions {
  db: string;
  /** Create the store's directory: the default location. */
  createDirectory: boolean;
  published?: string;
  encoding: Encoding;
  maxBytes: number;
  threads: number;
  batch: number;
  quiet: boolean;
  /** The user's actor dictionary files. */
  actors?: string[];
  /** The user's verb dictionary files. */
  verbs?: string[];
}

/**
 * Analyses every input and writes it to the store, with progress, then a summary. The first
 * Ctrl-C stops reading and stores what is in flight; the second quits at once (the open batch is
 * rolled back and redone by the next run). Returns the exit code: 1 if any input failed.
 */
export async function runIngest(paths: string[], options: IngestOptions, stderr: NodeJS.WriteStream): Promise<number> {
  const dictionaries = readDictionaries(options, stderr);
  if (!dictionaries) return 1;
  const { actors, verbs } = dictionaries;
  const { store, created } = await openStore(options.db, { createDirectory: options.createDirectory });
  if (created) stderr.write(`readout: created the store ${options.db}\n`);
  const progress = new Progress(stderr, !options.quiet, await countArticles(paths));
  const interrupt = stopOnInterrupt(stderr, 'the articles in flight');
  try {
    const summary = await ingestInputs(
      store,
      paths,
      { published: options.published ?? null, encoding: options.encoding, maxBytes: options.maxBytes, threads: options.threads, batchSize: options.batch, actors, verbs },
      { onArticle: (ok) => progress.tick(ok), shouldStop: interrupt.stopping },
    );
    progress.finish();
    stderr.write(describe(summary, options.db));
    return summary.failures.length > 0 || summary.interrupted ? 1 : 0;
  } finally {
    interrupt.release();
    await store.close();
  }
}

export function describe(s: IngestSummary, path: string): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
  const lines = [
    `readout: ${s.interrupted ? 'interrupted; ' : ''}${n(s.added + s.updated, 'article')} stored in ${path} (${s.added} new, ${s.updated} updated), ${n(s.unchanged, 'article')} already there`,
    `readout: ${n(s.events, 'event report')} (${s.merged.toLocaleString('en')} merged into events already stored), ${n(s.quotes, 'quote')}`,
  ];
  if (s.failures.length > 0) {
    lines.push(`readout: ${n(s.failures.length, 'input')} failed:`);
    for (const f of s.failures) lines.push(`  ${f.input}: ${f.reason}`);
  }
  return lines.join('\n') + '\n';
}
