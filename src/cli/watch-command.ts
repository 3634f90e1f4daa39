import { InvalidArgumentError, Option, type Command } from 'commander';
import { openStore } from '../jobs/stores.js';
import { parseInterval, watchUrls } from '../jobs/watch.js';
import { describe, type IngestOptions } from './ingest-command.js';
import { stopOnInterrupt } from './interrupt.js';
import { batchOption, dbOption, isDefaultStore, maxBytesOption, threadsOption } from './options.js';

export function defineWatch(command: Command): void {
  command
    .argument('<urls...>', 'feeds or pages to poll')
    .addOption(new Option('--every <interval>', 'time between polls: 30s, 10m, 1h').argParser(interval).default(600_000, '10m'))
    .addOption(dbOption())
    .addOption(maxBytesOption())
    .addOption(threadsOption())
    .addOption(batchOption())
    .option('-q, --quiet', 'report only polls that found something', false)
    .action(async (urls: string[], options) => {
      process.exitCode = await runWatch(urls, { ...options, encoding: 'auto', everyMs: options.every, createDirectory: isDefaultStore(command) }, process.stderr);
    });
}

function interval(value: string): number {
  try {
    return parseInterval(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/**
 * `readout watch`: polls feeds and sites every interval and ingests what is new, until Ctrl-C, which
 * finishes the batch in flight (a second Ctrl-C quits at once).
 */
export async function runWatch(urls: string[], options: IngestOptions & { everyMs: number }, stderr: NodeJS.WriteStream): Promise<number> {
  const { store, created } = await openStore(options.db, { createDirectory: options.createDirectory });
  if (created) stderr.write(`readout: created the store ${options.db}\n`);
  const interrupt = stopOnInterrupt(stderr, 'the batch in flight');
  let failed = false;
  try {
    await watchUrls(
      store,
      urls,
      { published: options.published ?? null, encoding: options.encoding, maxBytes: options.maxBytes, threads: options.threads, batchSize: options.batch, everyMs: options.everyMs },
      {
        shouldStop: interrupt.stopping,
        onPoll: (poll, summary) => {
          failed ||= summary.failures.length > 0;
          if (!options.quiet || summary.added + summary.updated + summary.failures.length > 0) stderr.write(`readout: poll ${poll} at ${new Date().toISOString()}\n${describe(summary, options.db)}`);
        },
      },
    );
    return failed ? 1 : 0;
  } finally {
    interrupt.release();
    await store.close();
  }
}
